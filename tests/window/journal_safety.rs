//! The window's answers to unsafe situations: a journal changed by another
//! program, a journal open in another window, changes left by a crash.

use crate::app_support;

use app_support::{finish_opening, harness, open_journal};
use std::fs;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use topset::app::instance_lock::lock_path;
use topset::app::{Command, DialogPurpose, StorageQuestion, TopsetApp};
use topset::model::Journal;
use topset::storage::{backup_path, load_journal, save_journal};

fn add_week(harness: &mut Harness<'static, TopsetApp>) {
    harness.get_by_label("Program editor").click();
    harness.run();
    harness.get_by_label("Add week").click();
    harness.run();
}

#[test]
fn change_on_disk_asks_before_overwriting() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("journal.ron");
    save_journal(&topset::app::sample_journal(), &path).expect("save");

    let mut harness = harness();
    open_journal(&mut harness, &path);

    // Another program replaces the journal after Topset read it.
    let mut other = Journal::default();
    other.programs.clear();
    save_journal(&other, &path).expect("save by another program");
    let other_bytes = fs::read(&path).expect("read");

    add_week(&mut harness);
    harness.state_mut().finish_saves();
    harness.run();
    assert!(matches!(
        harness.state().storage_question,
        Some(StorageQuestion::Conflict { .. })
    ));
    assert_eq!(
        fs::read(&path).expect("read"),
        other_bytes,
        "the other program's file must stay"
    );
    harness.get_by_label("Unsaved changes");
    assert!(harness.query_by_label("Saving…").is_none());

    harness.get_by_label("Overwrite with my version").click();
    harness.run();
    harness.state_mut().finish_saves();
    assert_eq!(
        load_journal(&path).expect("load").programs[0].weeks.len(),
        5
    );
    assert_eq!(
        fs::read(backup_path(&path, 1)).expect("a backup"),
        other_bytes,
        "the version written over is kept as the newest backup"
    );
}

#[test]
fn second_window_is_warned() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("shared.ron");
    save_journal(&Journal::default(), &path).expect("save");

    // Another running process holds the journal's lock, as a second Topset would.
    let mut other_window = std::process::Command::new("sleep")
        .arg("60")
        .spawn()
        .expect("start a stand-in process");
    fs::write(
        topset::app::instance_lock::lock_path(&path),
        other_window.id().to_string(),
    )
    .expect("lock");

    let mut harness = harness();
    open_journal(&mut harness, &path);
    let locked_by = match &harness.state().storage_question {
        Some(StorageQuestion::Locked { pid, .. }) => Some(*pid),
        _ => None,
    };
    assert_eq!(locked_by, Some(other_window.id()));
    assert_eq!(
        harness.state().path,
        None,
        "the journal waits for an answer"
    );

    harness.get_by_label("Open anyway").click();
    harness.run();
    assert_eq!(harness.state().path.as_deref(), Some(path.as_path()));
    let _ = other_window.kill();
    let _ = other_window.wait();
}

#[test]
fn changes_left_by_a_crash_are_offered_back() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("journal.ron");
    save_journal(&Journal::default(), &path).expect("save");
    let mut unsaved = Journal::default();
    unsaved
        .programs
        .push(topset::model::synthetic::guide_program());
    topset::storage::write_recovery(&unsaved, &path).expect("recovery file");

    let mut harness = harness();
    open_journal(&mut harness, &path);
    assert!(matches!(
        harness.state().storage_question,
        Some(StorageQuestion::Recovery { .. })
    ));
    assert!(harness.state().journal.programs.is_empty());

    harness.get_by_label("Restore changes").click();
    harness.run();
    assert_eq!(harness.state().journal.programs.len(), 1);
    harness.state_mut().finish_saves();
    assert_eq!(load_journal(&path).expect("load").programs.len(), 1);
}

#[test]
fn logged_change_reaches_disk() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("journal.ron");
    save_journal(&topset::app::sample_journal(), &path).expect("save");

    let mut harness = harness();
    open_journal(&mut harness, &path);
    add_week(&mut harness);
    harness.state_mut().finish_saves();
    assert!(!harness.state().unsaved);
    assert_eq!(
        load_journal(&path).expect("load").programs[0].weeks.len(),
        5
    );
}

#[test]
fn reload_after_conflict_reads_disk() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("journal.ron");
    save_journal(&topset::app::sample_journal(), &path).expect("save");

    let mut harness = harness();
    open_journal(&mut harness, &path);
    let mut other = Journal::default();
    other.programs.clear();
    save_journal(&other, &path).expect("save by another program");

    add_week(&mut harness);
    harness.state_mut().finish_saves();
    harness.run();
    assert!(matches!(
        harness.state().storage_question,
        Some(StorageQuestion::Conflict { .. })
    ));

    harness
        .get_by_label("Reload from disk (discard my changes)")
        .click();
    finish_opening(&mut harness);
    assert_eq!(harness.state().path.as_deref(), Some(path.as_path()));
    assert!(harness.state().journal.programs.is_empty());
    let question = match &harness.state().storage_question {
        None => "none",
        Some(StorageQuestion::Conflict { .. }) => "conflict",
        Some(StorageQuestion::Recovery { .. }) => "recovery",
        Some(StorageQuestion::Locked { .. }) => "locked",
    };
    assert_eq!(
        question, "none",
        "the discarded changes are not offered back"
    );
    assert!(
        !topset::storage::recovery_path(&path).exists(),
        "the recovery file of the discarded changes is removed"
    );
    assert!(
        lock_path(&path).exists(),
        "the reloaded journal is still locked against a second window"
    );
}

#[test]
fn my_version_saved_elsewhere_not_offered_back() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("journal.ron");
    let elsewhere = folder.path().join("mine.ron");
    save_journal(&topset::app::sample_journal(), &path).expect("save");

    let mut harness = harness();
    open_journal(&mut harness, &path);
    save_journal(&Journal::default(), &path).expect("save by another program");
    let other_bytes = fs::read(&path).expect("read");
    add_week(&mut harness);
    harness.state_mut().finish_saves();
    harness.run();

    harness.get_by_label("Save my version as…").click();
    harness.run();
    harness.state_mut().queue(Command::PathChosen(
        DialogPurpose::SaveJournalAs,
        elsewhere.clone(),
    ));
    harness.run();

    assert_eq!(
        load_journal(&elsewhere).expect("load").programs[0]
            .weeks
            .len(),
        5
    );
    assert_eq!(fs::read(&path).expect("read"), other_bytes);
    assert!(
        !topset::storage::recovery_path(&path).exists(),
        "changes saved elsewhere are not offered back for the first file"
    );
}

#[test]
fn session_in_progress_stays_with_its_journal() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let first = folder.path().join("first.ron");
    let second = folder.path().join("second.ron");
    save_journal(&topset::app::sample_journal(), &first).expect("save");
    save_journal(&Journal::default(), &second).expect("save");

    let mut harness = harness();
    open_journal(&mut harness, &first);
    harness.get_by_label("Session logger").click();
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Start").click();
    harness.run();
    assert!(harness.state().logger.draft.is_some());

    open_journal(&mut harness, &second);
    assert!(
        harness.state().logger.draft.is_none(),
        "the session being logged is left with the first journal"
    );
    harness.state_mut().finish_saves();
    assert!(load_journal(&second).expect("load").sessions.is_empty());
}

#[test]
fn value_being_typed_saved_on_quit() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("journal.ron");
    save_journal(&topset::app::sample_journal(), &path).expect("save");
    let sessions_before = topset::app::sample_journal().sessions.len();

    let mut harness = harness();
    open_journal(&mut harness, &path);
    harness.get_by_label("Session logger").click();
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Start").click();
    harness.run();
    let draft = harness.state().logger.draft.as_ref().expect("a draft");
    let load_field = format!("{}, Top set 1, load", draft.exercises[0].logged.exercise);
    harness
        .get_by_role_and_label(Role::TextInput, &load_field)
        .focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, &load_field)
        .type_text("111");
    harness.run();

    // Quitting writes what the autosaver has, the value in the focused field included.
    harness.state_mut().finish_saves();
    let saved = load_journal(&path).expect("load");
    assert_eq!(saved.sessions.len(), sessions_before + 1);
    let loads: Vec<Option<f64>> = saved
        .sessions
        .iter()
        .flat_map(|session| &session.exercises)
        .flat_map(|logged| &logged.sets)
        .filter(|set| !set.done)
        .map(|set| set.load.map(|load| load.value))
        .collect();
    assert!(loads.contains(&Some(111.0)), "{loads:?}");
}
