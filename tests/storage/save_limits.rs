//! Topset never writes a journal it would reject on opening: a value beyond
//! a journal's limits stops the save with a message naming the field, and
//! the file on disk keeps its last valid content.

use crate::app_support;

use std::fs;
use std::path::Path;

use app_support::{harness, open_journal};
use chrono::NaiveDate;
use topset::app::Command;
use topset::model::{Journal, Load, LoggedExercise, LoggedSet, Session, SetKind};
use topset::storage::{
    Expected, Rule, StorageError, load_journal, recovery_path, save_journal, save_journal_guarded,
    write_recovery,
};

/// Builds a session of one squat set of `load` kg × `reps`.
fn squat_session(id: u64, load: f64, reps: u32) -> Session {
    let start = NaiveDate::from_ymd_opt(2026, 11, 30)
        .and_then(|date| date.and_hms_opt(18, 0, 0))
        .expect("valid date");
    Session {
        id,
        start,
        name: "Lower".to_owned(),
        planned: None,
        exercises: vec![LoggedExercise {
            exercise: "Squat".to_owned(),
            sets: vec![LoggedSet::new(
                SetKind::Backoff,
                Some(Load::kg(load)),
                reps,
                None,
            )],
            note: String::new(),
        }],
        note: String::new(),
        source: None,
    }
}

fn journal_with(session: Session) -> Journal {
    Journal {
        sessions: vec![session],
        ..Journal::default()
    }
}

/// Asserts that `result` rejects saving a load of 5000 kg.
fn assert_load_rejected(result: Result<(), StorageError>, path: &Path) {
    let Err(StorageError::NotSaved {
        path: named,
        field,
        rule,
    }) = result
    else {
        panic!("a journal with a 5000 kg set was saved: {result:?}");
    };
    assert_eq!(named, path);
    assert_eq!(field, "sessions[0].exercises[0].sets[0].load.value");
    assert_eq!(
        rule,
        Rule::OutOfRange {
            value: 5000.0,
            min: -300.0,
            max: 2000.0
        }
    );
}

#[test]
fn out_of_range_load_not_saved() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("journal.ron");
    save_journal(&journal_with(squat_session(1, 140.0, 5)), &path).expect("valid journal saves");
    let before = fs::read(&path).expect("read");

    let invalid = journal_with(squat_session(1, 5000.0, 5));
    assert_load_rejected(save_journal(&invalid, &path), &path);
    assert_load_rejected(
        save_journal_guarded(&invalid, &path, &Expected::Anything, true).map(|_| ()),
        &path,
    );
    assert_eq!(fs::read(&path).expect("read"), before);
    let reopened = load_journal(&path).expect("the last valid journal opens");
    assert_eq!(reopened.sessions[0].exercises[0].sets[0].reps, 5);
}

#[test]
fn recovery_of_invalid_journal_not_written() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("journal.ron");
    let invalid = journal_with(squat_session(1, 140.0, 100_000));
    let result = write_recovery(&invalid, &path);
    let Err(StorageError::NotSaved { field, .. }) = result else {
        panic!("an invalid recovery file was written: {result:?}");
    };
    assert_eq!(field, "sessions[0].exercises[0].sets[0].reps");
    assert!(!recovery_path(&path).exists());
}

#[test]
fn app_reports_unsaved_invalid_session() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("journal.ron");
    save_journal(&journal_with(squat_session(1, 140.0, 5)), &path).expect("valid journal saves");
    let before = fs::read(&path).expect("read");

    let mut harness = harness();
    open_journal(&mut harness, &path);
    harness
        .state_mut()
        .commands
        .push(Command::SaveSession(Box::new(squat_session(2, 5000.0, 3))));
    harness.run();
    harness.state_mut().finish_saves();
    harness.run();

    let notice = harness.state().notice.clone().expect("an error is shown");
    assert!(notice.is_error);
    assert!(
        notice.text.contains(
            "was not saved: sessions[1].exercises[0].sets[0].load.value: \
             5000 is outside the allowed range -300 to 2000"
        ),
        "{}",
        notice.text
    );
    assert_eq!(fs::read(&path).expect("read"), before);
    assert!(harness.state().unsaved);
}
