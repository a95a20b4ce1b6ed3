//! History panel driven through its widgets: filter, edit and delete with undo.

use crate::logger_support;

use chrono::{NaiveDate, NaiveDateTime};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use logger_support::{HistoryFixture, history_harness_with};
use topset::app::Command;
use topset::model::{Journal, Load, LoggedExercise, LoggedSet, Session, SetKind};

fn at(day: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, day)
        .and_then(|date| date.and_hms_opt(18, 0, 0))
        .expect("valid date")
}

fn session(id: u64, day: u32, name: &str, exercise: &str, top_load: f64) -> Session {
    Session {
        id,
        start: at(day),
        name: name.to_owned(),
        planned: None,
        exercises: vec![LoggedExercise {
            exercise: exercise.to_owned(),
            sets: vec![
                LoggedSet::new(SetKind::Top, Some(Load::kg(top_load)), 4, Some(8.5)),
                LoggedSet::new(SetKind::Backoff, Some(Load::kg(100.0)), 10, None),
            ],
            note: String::new(),
        }],
        note: String::new(),
        source: None,
    }
}

fn harness() -> Harness<'static, HistoryFixture> {
    let mut journal = Journal::default();
    journal
        .sessions
        .push(session(1, 2, "Push", "Bench press", 115.0));
    journal.sessions.push(session(2, 4, "Legs", "Squat", 150.0));
    journal
        .sessions
        .push(session(3, 9, "Push", "Bench press", 120.0));
    history_harness_with(journal)
}

#[test]
fn list_shows_top_sets() {
    let harness = harness();
    harness.get_by_label("Bench press 120 kg × 4 @ 8.5");
    harness.get_by_label("Squat 150 kg × 4 @ 8.5");
    harness.get_by_label("Bench press 115 kg × 4 @ 8.5");
}

#[test]
fn filter_keeps_one_exercise() {
    let mut harness = harness();
    harness.state_mut().history.filter = Some("Squat".to_owned());
    harness.run();
    harness.get_by_label("Squat 150 kg × 4 @ 8.5");
    assert!(
        harness
            .query_by_label("Bench press 120 kg × 4 @ 8.5")
            .is_none()
    );
}

#[test]
fn delete_pushes_command_and_undo() {
    let mut harness = harness();
    harness
        .get_by_role_and_label(Role::Button, "Delete 2026-11-04 18:00 Legs")
        .click();
    harness.run();
    assert!(matches!(
        harness.state().commands.as_slice(),
        [Command::DeleteSession(2)]
    ));

    harness.get_by_label("Session of 2026-11-04 18:00 deleted.");
    harness.get_by_role_and_label(Role::Button, "Undo").click();
    harness.run();
    assert!(matches!(
        harness.state().commands.as_slice(),
        [Command::DeleteSession(2), Command::Undo]
    ));
}

#[test]
fn edit_saves_changed_session() {
    let mut harness = harness();
    harness
        .get_by_role_and_label(Role::Button, "Edit 2026-11-09 18:00 Push")
        .click();
    harness.run();
    assert!(harness.state().history.editing.is_some());

    let reps = "Bench press, Backoff 1, reps";
    harness.get_by_role_and_label(Role::TextInput, reps).focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, reps)
        .type_text("9");
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Save changes")
        .click();
    harness.run();

    let [Command::SaveSession(saved)] = harness.state().commands.as_slice() else {
        panic!(
            "expected one SaveSession, got {:?}",
            harness.state().commands
        );
    };
    assert_eq!(saved.id, 3);
    assert_eq!(saved.start, at(9));
    let sets = &saved.exercises[0].sets;
    assert_eq!(sets.len(), 2);
    assert_eq!(sets[1].reps, 9);
    assert_eq!(sets[0].load, Some(Load::kg(120.0)));
    assert!(harness.state().history.editing.is_none());
}

#[test]
fn closing_editor_saves_nothing() {
    let mut harness = harness();
    harness
        .get_by_role_and_label(Role::Button, "Edit 2026-11-09 18:00 Push")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Close without saving")
        .click();
    harness.run();
    assert!(harness.state().commands.is_empty());
    assert!(harness.state().history.editing.is_none());
}
