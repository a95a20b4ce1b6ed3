//! A session saved in the middle of logging (the app was closed or stopped
//! with sets still to do) is offered back in the session logger.

use crate::logger_support;

use chrono::Duration;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use logger_support::{harness_with, local_time};
use topset::model::{Journal, Load, LoggedExercise, LoggedSet, Session, SetKind};

/// Builds a bench press session started `minutes_ago` before the test clock,
/// with its top set done and one backoff set still to do.
fn half_done(id: u64, minutes_ago: i64) -> Session {
    let mut backoff = LoggedSet::new(SetKind::Backoff, Some(Load::kg(107.5)), 5, None);
    backoff.done = false;
    Session {
        id,
        start: local_time() - Duration::minutes(minutes_ago),
        name: "Upper".to_owned(),
        planned: None,
        exercises: vec![LoggedExercise {
            exercise: "Bench press".to_owned(),
            sets: vec![
                LoggedSet::new(SetKind::Top, Some(Load::kg(120.0)), 4, Some(8.5)),
                backoff,
            ],
            note: String::new(),
        }],
        note: String::new(),
        source: None,
    }
}

#[test]
fn recent_unfinished_session_resumes() {
    let journal = Journal {
        sessions: vec![half_done(7, 45)],
        ..Journal::default()
    };
    let mut harness = harness_with(journal, None);
    harness.run();
    harness.get_by_label_contains("Session \"Upper\" started at 17:45 still has sets to do.");
    harness
        .get_by_role_and_label(Role::Button, "Resume this session")
        .click();
    harness.run();

    let draft = harness
        .state()
        .logger
        .draft
        .as_ref()
        .expect("the session resumed");
    let session = draft.to_session();
    assert_eq!(session.id, 7);
    let done: Vec<bool> = session.exercises[0]
        .sets
        .iter()
        .map(|set| set.done)
        .collect();
    assert_eq!(done, [true, false]);
}

#[test]
fn old_unfinished_session_not_offered() {
    let journal = Journal {
        sessions: vec![half_done(7, 13 * 60)],
        ..Journal::default()
    };
    let mut harness = harness_with(journal, None);
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Resume this session")
            .is_none()
    );
    harness.get_by_label("Start a session");
}
