//! Session logger and History editor against the limits a journal file is
//! checked with when it opens. These are loads up to 2000 in their own
//! unit, assistance up to 300 (a load of -300), at most 1000 reps, notes of
//! 65536 bytes, names of 1024 bytes and start years from 1900 to 2200. A
//! value past them is rejected in its field with a message, the set cannot
//! be done, and no session pushed to the app contains it.

use crate::logger_support;

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use logger_support::{
    Fixture, HistoryFixture, harness_with, history_harness_with, local_time, type_into,
};
use topset::app::{Command, SessionDraft};
use topset::model::{
    Equipment, Exercise, Journal, Load, LoggedExercise, LoggedSet, Muscle, Session, SetKind,
    Suitability,
};
use topset::storage::check_session;

const TOO_HEAVY: &str =
    "5000 kg is more than the 2000 kg a journal stores: type a load of at most 2000 kg.";
const TOO_MANY_REPS: &str =
    "100000 reps is more than the 1000 reps a journal stores for one set: type at most 1000.";
const FIX_FIELDS: &str = "Correct the fields in red first.";

/// Builds the logger with a bench press session from scratch: four
/// warm-ups, one top set and three backoff sets.
fn bench_harness() -> Harness<'static, Fixture> {
    session_harness(Journal::default(), "Bench press")
}

fn session_harness(journal: Journal, exercise: &str) -> Harness<'static, Fixture> {
    let draft = SessionDraft::from_scratch(&journal, "", &[exercise.to_owned()], local_time());
    let mut harness = harness_with(journal, Some(draft));
    harness.run();
    harness
}

fn set(harness: &Harness<'static, Fixture>, kind: SetKind, index: usize) -> LoggedSet {
    let draft = harness.state().logger.draft.as_ref().expect("a draft");
    draft.exercises[0]
        .logged
        .sets
        .iter()
        .filter(|set| set.kind == kind)
        .nth(index)
        .cloned()
        .expect("a set of that kind")
}

/// Types `text` over the whole text of the header field named `name`, which
/// does not select its text on focus as the set fields do.
fn type_over(harness: &mut Harness<'static, Fixture>, name: &str, text: &str) {
    harness.get_by_role_and_label(Role::TextInput, name).focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, name)
        .type_text(text);
    harness.run();
}

fn click_done(harness: &mut Harness<'static, Fixture>, name: &str) {
    harness
        .get_by_role_and_label(Role::CheckBox, &format!("{name}, done"))
        .click();
    harness.run();
}

/// Sessions pushed to the app with `Command::SaveSession`.
fn saved_sessions(commands: &[Command]) -> Vec<&Session> {
    commands
        .iter()
        .filter_map(|command| match command {
            Command::SaveSession(session) => Some(&**session),
            _ => None,
        })
        .collect()
}

/// Asserts that every session pushed to the app passes the checks a journal
/// passes when it opens, and contains no set with `load` or `reps`.
fn assert_saved_sessions_valid(commands: &[Command], load: f64, reps: u32) {
    for session in saved_sessions(commands) {
        assert_eq!(check_session(session), Ok(()));
        for set in session.exercises.iter().flat_map(|exercise| &exercise.sets) {
            assert_ne!(set.load.map(|load| load.value), Some(load));
            assert_ne!(set.reps, reps);
        }
    }
}

#[test]
fn heavy_backoff_load_is_rejected() {
    let mut harness = bench_harness();
    type_into(&mut harness, "Bench press, Top set 1, load", "120");
    click_done(&mut harness, "Bench press, Top set 1");
    type_into(&mut harness, "Bench press, Backoff 1, load", "5000");

    harness.get_by_label(TOO_HEAVY);
    // 120 × 0.9 = 108, loaded as 107.5 with 2.5 kg steps: the computed load stays.
    assert_eq!(
        set(&harness, SetKind::Backoff, 0).load,
        Some(Load::kg(107.5))
    );

    click_done(&mut harness, "Bench press, Backoff 1");
    assert!(!set(&harness, SetKind::Backoff, 0).done);
    assert!(
        harness
            .get_by_role_and_label(Role::TextInput, "Bench press, Backoff 1, load")
            .is_focused(),
        "the invalid field gets the focus"
    );
    let commands = &harness.state().commands;
    assert_eq!(saved_sessions(commands).len(), 1, "only the top set saved");
    assert_saved_sessions_valid(commands, 5000.0, 100_000);
}

#[test]
fn too_many_reps_are_rejected() {
    let mut harness = bench_harness();
    type_into(&mut harness, "Bench press, Top set 1, load", "120");
    let planned_reps = set(&harness, SetKind::Backoff, 0).reps;
    type_into(&mut harness, "Bench press, Backoff 1, reps", "100000");

    harness.get_by_label(TOO_MANY_REPS);
    assert_eq!(set(&harness, SetKind::Backoff, 0).reps, planned_reps);

    // Enter in the RPE field does not complete the set either.
    harness.key_press(Key::Tab);
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    assert!(!set(&harness, SetKind::Backoff, 0).done);
    click_done(&mut harness, "Bench press, Backoff 1");
    assert!(!set(&harness, SetKind::Backoff, 0).done);
    // The typed top set load is saved on leaving its field. No save contains
    // the rejected reps or a done backoff set.
    let commands = &harness.state().commands;
    assert_saved_sessions_valid(commands, 5000.0, 100_000);
    for saved in saved_sessions(commands) {
        let backoff_done = saved.exercises[0]
            .sets
            .iter()
            .any(|set| set.kind == SetKind::Backoff && set.done);
        assert!(!backoff_done);
    }
}

#[test]
fn invalid_field_blocks_finish() {
    let mut harness = bench_harness();
    type_into(&mut harness, "Bench press, Top set 1, load", "120");
    click_done(&mut harness, "Bench press, Top set 1");
    type_into(&mut harness, "Bench press, Top set 1, load", "5000");
    harness.get_by_label(TOO_HEAVY);
    harness.get_by_label(FIX_FIELDS);

    harness
        .get_by_role_and_label(Role::Button, "Finish session")
        .click();
    harness.run();
    assert!(harness.state().logger.draft.is_some(), "still logging");
    assert!(harness.state().logger.summary.is_none());
    assert_saved_sessions_valid(&harness.state().commands, 5000.0, 100_000);

    // A valid load clears the error; the done top set keeps it.
    type_into(&mut harness, "Bench press, Top set 1, load", "125");
    assert!(harness.query_by_label(TOO_HEAVY).is_none());
    assert!(harness.query_by_label(FIX_FIELDS).is_none());
    assert_eq!(set(&harness, SetKind::Top, 0).load, Some(Load::kg(125.0)));
}

#[test]
fn limit_values_are_accepted() {
    let mut harness = bench_harness();
    type_into(&mut harness, "Bench press, Top set 1, load", "2000");
    type_into(&mut harness, "Bench press, Top set 1, reps", "1000");
    click_done(&mut harness, "Bench press, Top set 1");

    let top = set(&harness, SetKind::Top, 0);
    assert!(top.done);
    assert_eq!(top.load, Some(Load::kg(2000.0)));
    assert_eq!(top.reps, 1000);
    // The load was saved on leaving its field, then the reps with the done set.
    let commands = &harness.state().commands;
    let saved = saved_sessions(commands);
    assert_eq!(saved.len(), 2);
    for session in saved {
        assert_eq!(check_session(session), Ok(()));
    }
}

#[test]
fn half_over_limit_is_rejected() {
    let mut harness = bench_harness();
    type_into(&mut harness, "Bench press, Top set 1, load", "2000,5");
    harness.get_by_label(
        "2000.5 kg is more than the 2000 kg a journal stores: type a load of at most 2000 kg.",
    );
    assert_eq!(set(&harness, SetKind::Top, 0).load, None);

    type_into(&mut harness, "Bench press, Top set 1, reps", "1001");
    harness.get_by_label(
        "1001 reps is more than the 1000 reps a journal stores for one set: type at most 1000.",
    );
    click_done(&mut harness, "Bench press, Top set 1");
    assert!(!set(&harness, SetKind::Top, 0).done);
    assert!(saved_sessions(&harness.state().commands).is_empty());
}

#[test]
fn warmup_load_is_checked() {
    let mut harness = bench_harness();
    type_into(&mut harness, "Bench press, Warm-up 2, load", "2500");
    harness.get_by_label(
        "2500 kg is more than the 2000 kg a journal stores: type a load of at most 2000 kg.",
    );
    assert_eq!(set(&harness, SetKind::WarmUp, 1).load, None);
}

#[test]
fn assistance_past_limit_is_rejected() {
    let mut journal = Journal::default();
    journal.exercises.push(Exercise::new(
        "Pull-up",
        &[Muscle::Back],
        Equipment::Bodyweight,
        Suitability::Good,
    ));
    let mut harness = session_harness(journal, "Pull-up");

    type_into(&mut harness, "Pull-up, Top set 1, load", "-300.5");
    harness.get_by_label(
        "-300.5 kg is more assistance than the 300 kg a journal stores: type a load of at least -300 kg.",
    );
    assert_eq!(set(&harness, SetKind::Top, 0).load, None);
    click_done(&mut harness, "Pull-up, Top set 1");
    assert!(!set(&harness, SetKind::Top, 0).done);

    type_into(&mut harness, "Pull-up, Top set 1, load", "-300");
    click_done(&mut harness, "Pull-up, Top set 1");
    let top = set(&harness, SetKind::Top, 0);
    assert!(top.done);
    assert_eq!(top.load, Some(Load::kg(-300.0)));
    let commands = &harness.state().commands;
    let saved = saved_sessions(commands);
    assert_eq!(saved.len(), 1);
    assert_eq!(check_session(saved[0]), Ok(()));
}

#[test]
fn long_session_name_is_rejected() {
    let mut harness = bench_harness();
    let name = "x".repeat(1025);
    type_over(&mut harness, "Session", &name);
    harness.get_by_label(
        "This name is 1025 bytes long, more than the 1024 bytes a journal stores: shorten it.",
    );
    let draft = harness.state().logger.draft.as_ref().expect("a draft");
    assert_eq!(draft.name, "");

    type_over(&mut harness, "Session", "Push");
    let draft = harness.state().logger.draft.as_ref().expect("a draft");
    assert_eq!(draft.name, "Push");
}

#[test]
fn start_year_past_limit_is_rejected() {
    let mut harness = bench_harness();
    type_over(&mut harness, "Date", "9999-12-04");
    harness.get_by_label(
        "The year 9999 is outside the years a journal stores (1900 to 2200): type a date such as 2026-12-04.",
    );
    let draft = harness.state().logger.draft.as_ref().expect("a draft");
    assert_eq!(draft.start, local_time());
}

#[test]
fn long_note_is_rejected() {
    let mut harness = bench_harness();
    let note = "n".repeat(64 * 1024 + 1);
    type_into(&mut harness, "Bench press, Top set 1, note", &note);
    harness.get_by_label(
        "This note is 65537 bytes long, more than the 65536 bytes a journal stores: shorten it.",
    );
    assert_eq!(set(&harness, SetKind::Top, 0).note, "");
}

#[test]
fn reps_field_grows_with_text() {
    let mut harness = bench_harness();
    let name = "Bench press, Backoff 1, reps";
    let narrow = harness
        .get_by_role_and_label(Role::TextInput, name)
        .rect()
        .width();
    type_into(&mut harness, name, "100000");
    // Move the focus away, so the field shows its text from the start.
    harness.key_press(Key::Tab);
    harness.run();

    let field = harness.get_by_role_and_label(Role::TextInput, name);
    assert_eq!(field.value().as_deref(), Some("100000"));
    let wide = field.rect().width();
    assert!(
        wide > narrow + 10.0,
        "field {narrow} px wide with 8, {wide} px with 100000"
    );
}

fn history_harness() -> Harness<'static, HistoryFixture> {
    let session = Session {
        id: 1,
        start: local_time(),
        name: "Push".to_owned(),
        planned: None,
        exercises: vec![LoggedExercise {
            exercise: "Bench press".to_owned(),
            sets: vec![
                LoggedSet::new(SetKind::Top, Some(Load::kg(120.0)), 4, Some(8.5)),
                LoggedSet::new(SetKind::Backoff, Some(Load::kg(100.0)), 10, None),
            ],
            note: String::new(),
        }],
        note: String::new(),
        source: None,
    };
    let journal = Journal {
        sessions: vec![session],
        ..Journal::default()
    };
    history_harness_with(journal)
}

#[test]
fn history_edit_rejects_heavy_load() {
    let mut harness = history_harness();
    harness
        .get_by_role_and_label(Role::Button, "Edit 2026-12-04 18:30 Push")
        .click();
    harness.run();

    let load = "Bench press, Backoff 1, load";
    harness.get_by_role_and_label(Role::TextInput, load).focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, load)
        .type_text("5000");
    harness.run();
    harness.get_by_label(TOO_HEAVY);
    harness.get_by_label(FIX_FIELDS);

    harness
        .get_by_role_and_label(Role::Button, "Save changes")
        .click();
    harness.run();
    assert!(harness.state().commands.is_empty(), "nothing saved");
    assert!(harness.state().history.editing.is_some(), "still editing");

    // With a valid load, Save pushes the session with it.
    harness.get_by_role_and_label(Role::TextInput, load).focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, load)
        .type_text("102,5");
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
    assert_eq!(saved.exercises[0].sets[1].load, Some(Load::kg(102.5)));
    assert_eq!(check_session(saved), Ok(()));
}
