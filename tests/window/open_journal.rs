//! Opening a journal while the window keeps drawing: the "Opening…" notice,
//! a file that fails to load, two opens in a row, and edits made meanwhile.

use crate::app_support;

use std::path::Path;
use std::time::Duration;

use app_support::{finish_opening, harness, open_journal};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use topset::app::{Command, TopsetApp};
use topset::storage::load_journal;

/// A journal with three sessions, as a user's file would contain it.
const THREE_SESSIONS: &str = r#"(
  version: 1,
  sessions: [
    (id: 1, start: "2026-11-02T18:00:00", exercises: [
      (exercise: "Squat", sets: [
        (kind: Top, load: Some((value: 140.0, unit: Kg)), reps: 4, rpe: Some(8.0), done: true),
      ]),
    ]),
    (id: 2, start: "2026-11-05T18:00:00", exercises: []),
    (id: 3, start: "2026-11-09T18:00:00", exercises: []),
  ],
)
"#;

/// A journal with one session.
const ONE_SESSION: &str = r#"(
  version: 1,
  sessions: [
    (id: 1, start: "2026-10-01T07:30:00", exercises: []),
  ],
)
"#;

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).expect("write the journal");
}

/// Runs `frames` frames. `Harness::run` would not settle while the spinner
/// of the "Opening…" notice requests repaints.
fn step(harness: &mut Harness<'static, TopsetApp>, frames: usize) {
    harness.run_steps(frames);
}

#[test]
fn notice_shown_until_journal_opens() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("three.ron");
    write(&path, THREE_SESSIONS);

    let mut harness = harness();
    let sample_sessions = harness.state().journal.sessions.len();
    let gate = harness.state_mut().journal_loader.hold_results();
    harness
        .state_mut()
        .queue(Command::OpenJournal(path.clone()));
    step(&mut harness, 3);

    assert!(harness.state().is_opening());
    harness.get_by_label("Opening three.ron…");
    assert_eq!(harness.state().path, None);
    assert_eq!(harness.state().journal.sessions.len(), sample_sessions);

    gate.release();
    finish_opening(&mut harness);
    assert_eq!(harness.state().path.as_deref(), Some(path.as_path()));
    assert_eq!(harness.state().journal.sessions.len(), 3);
    assert!(harness.query_by_label("Opening three.ron…").is_none());
}

#[test]
fn malformed_file_keeps_open_journal() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let good = folder.path().join("good.ron");
    let broken = folder.path().join("broken.ron");
    write(&good, THREE_SESSIONS);
    write(
        &broken,
        "(version: 1, sessions: [(id: 1, start: \"yesterday\"",
    );

    let mut harness = harness();
    open_journal(&mut harness, &good);
    assert_eq!(harness.state().path.as_deref(), Some(good.as_path()));
    open_journal(&mut harness, &broken);

    assert_eq!(harness.state().path.as_deref(), Some(good.as_path()));
    assert_eq!(harness.state().journal.sessions.len(), 3);
    let notice = harness.state().notice.clone().expect("an error is shown");
    assert!(notice.is_error);
    assert!(
        notice.text.contains(&broken.display().to_string()),
        "notice: {}",
        notice.text
    );
    harness.get_by_label_contains("broken.ron");
    assert_eq!(harness.state().recent, std::slice::from_ref(&good));
    assert_eq!(
        std::fs::read_to_string(&broken).expect("read"),
        "(version: 1, sessions: [(id: 1, start: \"yesterday\""
    );
}

#[test]
fn second_of_two_opens_wins() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let first = folder.path().join("first.ron");
    let second = folder.path().join("second.ron");
    write(&first, THREE_SESSIONS);
    write(&second, ONE_SESSION);

    let mut harness = harness();
    let gate = harness.state_mut().journal_loader.hold_results();
    harness
        .state_mut()
        .queue(Command::OpenJournal(first.clone()));
    step(&mut harness, 2);
    harness
        .state_mut()
        .queue(Command::OpenJournal(second.clone()));
    step(&mut harness, 2);
    harness.get_by_label("Opening second.ron…");
    assert!(harness.query_by_label("Opening first.ron…").is_none());

    // Both reads are done and reply at once: the first one's result must be dropped.
    gate.release();
    finish_opening(&mut harness);
    assert_eq!(harness.state().path.as_deref(), Some(second.as_path()));
    assert_eq!(harness.state().journal.sessions.len(), 1);
    assert_eq!(harness.state().recent, std::slice::from_ref(&second));
}

#[test]
fn edits_during_open_are_saved() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let current = folder.path().join("current.ron");
    let next = folder.path().join("next.ron");
    topset::storage::save_journal(&topset::app::sample_journal(), &current).expect("save");
    write(&next, ONE_SESSION);

    let mut harness = harness();
    open_journal(&mut harness, &current);
    assert_eq!(harness.state().journal.programs[0].weeks.len(), 4);

    let gate = harness.state_mut().journal_loader.hold_results();
    harness
        .state_mut()
        .queue(Command::OpenJournal(next.clone()));
    step(&mut harness, 2);
    harness.get_by_label("Program editor").click();
    step(&mut harness, 4);
    harness.get_by_label("Add week").click();
    step(&mut harness, 4);
    assert!(harness.state().is_opening());
    assert_eq!(harness.state().journal.programs[0].weeks.len(), 5);

    gate.release();
    finish_opening(&mut harness);
    assert_eq!(harness.state().path.as_deref(), Some(next.as_path()));
    let saved = load_journal(&current).expect("load the journal left");
    assert_eq!(saved.programs[0].weeks.len(), 5);
}

#[test]
fn new_journal_cancels_open() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("three.ron");
    write(&path, THREE_SESSIONS);

    let mut harness = harness();
    let gate = harness.state_mut().journal_loader.hold_results();
    harness
        .state_mut()
        .queue(Command::OpenJournal(path.clone()));
    step(&mut harness, 2);
    assert!(harness.state().is_opening());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    step(&mut harness, 2);
    assert!(!harness.state().is_opening());

    // The read finishes after the new journal replaced the sample. Its
    // result must not replace the new journal.
    gate.release();
    std::thread::sleep(Duration::from_millis(100));
    harness.run();
    assert_eq!(harness.state().path, None);
    assert!(harness.state().journal.sessions.is_empty());
    assert!(harness.state().recent.is_empty());
}

#[test]
fn program_file_is_imported_not_opened() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let journal = folder.path().join("journal.ron");
    topset::storage::save_journal(&topset::app::sample_journal(), &journal).expect("save");
    let program =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/versions/program-v1.ron");
    let program_bytes = std::fs::read(&program).expect("read");

    let mut harness = harness();
    open_journal(&mut harness, &journal);
    let programs_before = harness.state().journal.programs.len();
    open_journal(&mut harness, &program);

    // The journal stays open, with the shared program added to it.
    assert_eq!(harness.state().path.as_deref(), Some(journal.as_path()));
    let programs = &harness.state().journal.programs;
    assert_eq!(programs.len(), programs_before + 1);
    assert_eq!(programs[programs_before].name, "Top set squat");
    assert_eq!(harness.state().panel, topset::app::Panel::ProgramEditor);
    harness.state_mut().finish_saves();
    assert_eq!(std::fs::read(&program).expect("read"), program_bytes);
    assert_eq!(
        load_journal(&journal).expect("load").programs.len(),
        programs_before + 1
    );

    // The import notice concerns this journal and goes when another opens.
    assert!(harness.state().notice.is_some());
    let other = folder.path().join("other.ron");
    topset::storage::save_journal(&topset::model::Journal::default(), &other).expect("save");
    open_journal(&mut harness, &other);
    assert_eq!(harness.state().path.as_deref(), Some(other.as_path()));
    assert!(harness.state().notice.is_none());
}

#[test]
fn damaged_journal_error_names_its_backup() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("journal.ron");
    write(&path, THREE_SESSIONS);
    // The backup of the last save, then a damaged file in its place.
    std::fs::copy(&path, topset::storage::backup_path(&path, 1)).expect("backup");
    write(&path, "(version: 1, sessions: [(id: 1, start: ");

    let mut harness = harness();
    open_journal(&mut harness, &path);

    let notice = harness.state().notice.clone().expect("an error is shown");
    assert!(notice.is_error);
    let hint = format!(
        "Topset keeps the version before its last save as {}. To go back to it, copy that file over the journal.",
        folder.path().join("journal.ron.bak1").display()
    );
    assert!(notice.text.ends_with(&hint), "notice: {}", notice.text);
}
