//! A session being logged and the journal changing under it: an import or a
//! reload from disk may give the draft's session id to another session
//! before the draft is first saved, and saving the draft must not replace it.

use crate::app_support;

use app_support::harness;
use chrono::NaiveDate;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use topset::app::{Command, TopsetApp};
use topset::model::{Load, LoggedExercise, LoggedSet, Session, SetKind};

/// Builds a one-set squat session with `id`, as an import would add it.
fn imported_session(id: u64) -> Session {
    let start = NaiveDate::from_ymd_opt(2024, 7, 6)
        .and_then(|date| date.and_hms_opt(10, 0, 0))
        .expect("valid date");
    Session {
        id,
        start,
        name: "Imported".to_owned(),
        planned: None,
        exercises: vec![LoggedExercise {
            exercise: "Squat".to_owned(),
            sets: vec![LoggedSet::new(SetKind::Top, Some(Load::kg(140.0)), 3, None)],
            note: String::new(),
        }],
        note: String::new(),
        source: None,
    }
}

/// Starts the planned day in the session logger and returns the draft's id.
fn start_planned_day(harness: &mut Harness<'static, TopsetApp>) -> u64 {
    harness.get_by_label("Session logger").click();
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Start").click();
    harness.run();
    harness.state().logger.draft.as_ref().expect("a draft").id
}

/// Puts `session` into the journal as a reload from disk would.
fn add_to_journal(harness: &mut Harness<'static, TopsetApp>, session: Session) {
    let mut journal = harness.state().journal.clone();
    journal.insert_session(session);
    harness
        .state_mut()
        .queue(Command::ReplaceJournal(Box::new(journal)));
    harness.run();
}

/// Types a top-set load for the day's first exercise and marks it done.
fn log_top_set(harness: &mut Harness<'static, TopsetApp>) {
    let exercise = harness
        .state()
        .logger
        .draft
        .as_ref()
        .expect("a draft")
        .exercises[0]
        .logged
        .exercise
        .clone();
    let load = format!("{exercise}, Top set 1, load");
    harness
        .get_by_role_and_label(Role::TextInput, &load)
        .focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, &load)
        .type_text("100");
    harness.run();
    harness
        .get_by_role_and_label(Role::CheckBox, &format!("{exercise}, Top set 1, done"))
        .click();
    harness.run();
}

#[test]
fn first_save_keeps_other_session() {
    let mut harness = harness();
    let sessions_before = harness.state().journal.sessions.len();
    let draft_id = start_planned_day(&mut harness);
    add_to_journal(&mut harness, imported_session(draft_id));

    log_top_set(&mut harness);

    let journal = &harness.state().journal;
    assert_eq!(journal.sessions.len(), sessions_before + 2);
    let imported = journal
        .sessions
        .iter()
        .find(|session| session.id == draft_id)
        .expect("the imported session is kept");
    assert_eq!(imported.name, "Imported");
    let new_id = harness.state().logger.draft.as_ref().expect("a draft").id;
    assert_ne!(new_id, draft_id);
    let logged = journal
        .sessions
        .iter()
        .find(|session| session.id == new_id)
        .expect("the logged session is saved under a new id");
    let top_set = logged.exercises[0]
        .sets
        .iter()
        .find(|set| set.kind == SetKind::Top)
        .expect("the top set is saved");
    assert_eq!(top_set.load.map(|load| load.value), Some(100.0));
}

#[test]
fn discard_keeps_other_session() {
    let mut harness = harness();
    let sessions_before = harness.state().journal.sessions.len();
    let draft_id = start_planned_day(&mut harness);
    log_top_set(&mut harness);
    assert_eq!(harness.state().journal.sessions.len(), sessions_before + 1);

    // A reload from disk drops the saved draft and brings a session with its id.
    let mut journal = harness.state().journal.clone();
    journal.sessions.retain(|session| session.id != draft_id);
    journal.insert_session(imported_session(draft_id));
    harness
        .state_mut()
        .queue(Command::ReplaceJournal(Box::new(journal)));
    harness.run();

    harness.get_by_label("Discard session").click();
    harness.run();
    assert!(harness.state().logger.draft.is_none());

    let journal = &harness.state().journal;
    assert_eq!(journal.sessions.len(), sessions_before + 1);
    assert!(
        journal
            .sessions
            .iter()
            .any(|session| session.id == draft_id && session.name == "Imported")
    );
}
