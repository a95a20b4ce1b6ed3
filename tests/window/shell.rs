//! Desktop conventions: keyboard shortcuts, recent journals, title, About.

use crate::app_support;

use app_support::{finish_opening, harness, open_journal};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use topset::app::{DialogPurpose, Panel, TopsetApp};
use topset::model::Journal;
use topset::storage::save_journal;

#[test]
fn ctrl_o_asks_for_a_journal() {
    let mut harness = harness();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run();
    let prompt = harness.state().path_prompt.clone().expect("a path prompt");
    assert_eq!(prompt.purpose, DialogPurpose::OpenJournal);
}

#[test]
fn ctrl_shift_s_asks_where_to_save() {
    let mut harness = harness();
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    harness.run();
    let prompt = harness.state().path_prompt.clone().expect("a path prompt");
    assert_eq!(prompt.purpose, DialogPurpose::SaveJournalAs);
}

#[test]
fn ctrl_s_on_sample_asks_for_path() {
    let mut harness = harness();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let prompt = harness.state().path_prompt.clone().expect("a path prompt");
    assert_eq!(prompt.purpose, DialogPurpose::SaveJournalAs);
}

#[test]
fn ctrl_z_and_ctrl_y_undo_and_redo() {
    let mut harness = harness();
    harness.get_by_label("Program editor").click();
    harness.run();
    harness.get_by_label("Add week").click();
    harness.run();
    assert_eq!(harness.state().journal.programs[0].weeks.len(), 5);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().journal.programs[0].weeks.len(), 4);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    harness.run();
    assert_eq!(harness.state().journal.programs[0].weeks.len(), 5);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert_eq!(harness.state().journal.programs[0].weeks.len(), 5);
}

#[test]
fn ctrl_n_starts_an_empty_journal() {
    let mut harness = harness();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    assert!(harness.state().journal.sessions.is_empty());
    assert!(harness.state().journal.programs.is_empty());
    assert_eq!(harness.state().path, None);
}

#[test]
fn saved_journal_appears_in_recent_menu() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("recent.ron");
    save_journal(&Journal::default(), &path).expect("save");

    let mut harness = harness();
    open_journal(&mut harness, &path);
    assert_eq!(harness.state().recent, std::slice::from_ref(&path));

    // Back to the sample, then reopen the file from File → Open recent.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    assert_eq!(harness.state().path, None);
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Open recent").hover();
    harness.run();
    harness.get_by_label(&path.display().to_string()).click();
    finish_opening(&mut harness);
    assert_eq!(harness.state().path.as_deref(), Some(path.as_path()));
}

#[test]
fn title_shows_name_and_unsaved_mark() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("block.ron");
    save_journal(&topset::app::sample_journal(), &path).expect("save");

    let mut harness = harness();
    assert_eq!(harness.state().title(), "Sample journal — Topset");
    open_journal(&mut harness, &path);
    assert_eq!(harness.state().title(), "block.ron — Topset");
    harness.get_by_label("Program editor").click();
    harness.run();
    harness.get_by_label("Add week").click();
    harness.run();
    // The change is saved at once in the background, so the mark goes away.
    harness.state_mut().finish_saves();
    assert_eq!(harness.state().title(), "block.ron — Topset");
    let on_disk = topset::storage::load_journal(&path).expect("load");
    assert_eq!(on_disk.programs[0].weeks.len(), 5);
}

#[test]
fn about_window_shows_version() {
    let mut harness = harness();
    harness.get_by_label("Help").click();
    harness.run();
    harness.get_by_label("About Topset").click();
    harness.run();
    harness.get_by_label(&format!("Version {}", env!("CARGO_PKG_VERSION")));
    assert_eq!(harness.state().panel, Panel::SessionLogger);
}

#[test]
fn typed_path_opens_with_enter() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("typed.ron");
    save_journal(&Journal::default(), &path).expect("save");

    let mut harness = harness();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Journal to open")
        .focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Journal to open")
        .type_text(&path.display().to_string());
    harness.run();
    harness.key_press(Key::Enter);
    finish_opening(&mut harness);
    assert_eq!(harness.state().path.as_deref(), Some(path.as_path()));
}

#[test]
fn guide_explains_each_check() {
    let mut harness = harness();
    harness.get_by_label("Help").click();
    harness.run();
    harness.get_by_label("Method guide").click();
    harness.run();
    assert_eq!(harness.state().guide, Some(None));
    harness.get_by_label("Backoff sets under 8 reps");
    harness.get_by_label_contains("drop more next time");
}

#[test]
fn guide_opens_on_a_check() {
    let mut harness = harness();
    harness
        .state_mut()
        .queue(topset::app::Command::ShowGuide(Some(
            topset::model::CheckId::TopSetFailure,
        )));
    harness.run();
    assert_eq!(
        harness.state().guide,
        Some(Some(topset::model::CheckId::TopSetFailure))
    );
    // Scrolling to the check takes a few frames.
    harness.run_steps(10);
    harness.get_by_label("Top set taken to failure (RPE 10)");
}

/// A file dropped onto the window, as the windowing layer hands it to egui.
#[derive(Debug)]
struct DroppedPath(std::path::PathBuf);

impl egui::DroppedFile for DroppedPath {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|error| error.to_string())
    }
}

/// Drops `path` onto the window; the next frame handles it.
fn drop_file(harness: &mut Harness<'static, TopsetApp>, path: std::path::PathBuf) {
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(DroppedPath(path)));
}

#[test]
fn dropped_program_is_imported() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("block.topset-program.ron");
    let mut program = topset::model::synthetic::guide_program();
    program.name = "Shared block".to_owned();
    let file = topset::storage::ProgramFile::new(program, Vec::new());
    topset::storage::save_program_file(&file, &path).expect("save program");

    let mut harness = harness();
    drop_file(&mut harness, path);
    harness.run();
    let names: Vec<&str> = harness
        .state()
        .journal
        .programs
        .iter()
        .map(|program| program.name.as_str())
        .collect();
    assert!(names.contains(&"Shared block"), "programs: {names:?}");
}

#[test]
fn dropped_journal_is_opened() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("dropped.ron");
    save_journal(&Journal::default(), &path).expect("save");

    let mut harness = harness();
    drop_file(&mut harness, path.clone());
    finish_opening(&mut harness);
    assert_eq!(harness.state().path.as_deref(), Some(path.as_path()));
}

#[test]
fn typed_path_prompt_focused_and_cancelled() {
    let mut harness = harness();
    harness
        .state_mut()
        .queue(topset::app::Command::TypePath(DialogPurpose::OpenJournal));
    harness.run();

    // Typed without a click: the field has the focus.
    let field = harness.get_by_role_and_label(Role::TextInput, "Journal to open");
    assert!(field.is_focused());
    field.type_text("week.ron");
    harness.run();
    assert_eq!(
        harness
            .state()
            .path_prompt
            .as_ref()
            .map(|prompt| prompt.text.as_str()),
        Some("week.ron")
    );

    harness
        .get_by_role_and_label(Role::Button, "Cancel")
        .click();
    harness.run();
    assert!(harness.state().path_prompt.is_none());
    assert!(harness.state().path.is_none());
}
