//! Program editor and window shell, driven through the accessibility tree.

use crate::app_support;

use app_support::{finish_opening, harness, open_journal};
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use topset::app::Panel;
use topset::model::Prescription;

#[test]
fn navigation_switches_panels() {
    let mut harness = harness();
    harness.get_by_label("Program editor").click();
    harness.run();
    assert_eq!(harness.state().panel, Panel::ProgramEditor);
    harness.get_by_label("Settings").click();
    harness.run();
    assert_eq!(harness.state().panel, Panel::Settings);
}

#[test]
fn new_program_is_added_and_renamed() {
    let mut harness = harness();
    harness.get_by_label("Program editor").click();
    harness.run();
    harness.get_by_label("New program").click();
    harness.run();
    assert_eq!(harness.state().journal.programs.len(), 2);
    assert_eq!(harness.state().journal.programs[1].name, "New program");

    harness
        .get_by_role_and_label(Role::TextInput, "Name")
        .focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Name")
        .type_text(" A");
    harness.run();
    assert_eq!(harness.state().journal.programs[1].name, "New program A");
    assert!(harness.state().unsaved);
}

#[test]
fn typing_undoes_as_one_step() {
    let mut harness = harness();
    harness.get_by_label("Program editor").click();
    harness.run();
    harness.get_by_label("New program").click();
    harness.run();
    let name_field = harness.get_by_role_and_label(Role::TextInput, "Name");
    name_field.focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Name")
        .type_text("xyz");
    harness.run();
    assert_eq!(harness.state().journal.programs[1].name, "New programxyz");

    // Leave the field so Ctrl+Z goes to the journal, not to the text field.
    harness.get_by_label("Add week").click();
    harness.run();
    assert_eq!(harness.state().journal.programs[1].weeks.len(), 2);

    harness.get_by_label("Edit").click();
    harness.run();
    harness.get_by_label_contains("Undo").click();
    harness.run();
    assert_eq!(harness.state().journal.programs[1].weeks.len(), 1);
    assert_eq!(harness.state().journal.programs[1].name, "New programxyz");

    harness.get_by_label("Edit").click();
    harness.run();
    harness.get_by_label_contains("Undo").click();
    harness.run();
    assert_eq!(harness.state().journal.programs[1].name, "New program");

    harness.get_by_label("Edit").click();
    harness.run();
    harness.get_by_label_contains("Redo").click();
    harness.run();
    assert_eq!(harness.state().journal.programs[1].name, "New programxyz");
}

#[test]
fn adding_a_slot_plans_a_top_set() {
    let mut harness = harness();
    harness.get_by_label("Program editor").click();
    harness.run();
    harness.get_by_label("New program").click();
    harness.run();
    harness.get_by_label("Add exercise").click();
    harness.run();
    let day = &harness.state().journal.programs[1].weeks[0].days[0];
    assert_eq!(day.slots.len(), 1);
    let Prescription::TopSetBackoff(plan) = &day.slots[0].prescription else {
        panic!("a new slot should plan a top set and backoffs");
    };
    assert_eq!((plan.top_sets, plan.top_reps, plan.backoff_sets), (1, 4, 3));
}

#[test]
fn open_without_dialog_asks_for_a_typed_path() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("mine.ron");
    topset::storage::save_journal(&topset::model::Journal::default(), &path).expect("save");

    let mut harness = harness();
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label_contains("Open…").click();
    harness.run();
    assert!(harness.state().path_prompt.is_some());
    harness
        .get_by_role_and_label(Role::TextInput, "Journal to open")
        .focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Journal to open")
        .type_text(&path.display().to_string());
    harness.run();
    harness.get_by_label("OK").click();
    finish_opening(&mut harness);
    assert_eq!(harness.state().path.as_deref(), Some(path.as_path()));
    assert!(harness.state().journal.sessions.is_empty());
}

#[test]
fn opening_a_broken_file_keeps_the_journal() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("broken.ron");
    std::fs::write(&path, "(version: 1, sessions: [").expect("write");

    let mut harness = harness();
    let sessions_before = harness.state().journal.sessions.len();
    open_journal(&mut harness, &path);
    let notice = harness.state().notice.clone().expect("an error is shown");
    assert!(notice.is_error);
    assert!(
        notice.text.contains("broken.ron, line 1, column 24"),
        "notice: {}",
        notice.text
    );
    assert_eq!(harness.state().journal.sessions.len(), sessions_before);
    assert_eq!(harness.state().path, None);
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        "(version: 1, sessions: ["
    );
}
