//! Session logger driven through its widgets: the method guide's bench
//! example, live backoff loads, hand-typed loads, decimal commas and the rest
//! timer.

use crate::logger_support;

use std::time::Duration;

use chrono::NaiveDate;

use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use logger_support::{Fixture, classic_chart_percent, harness_with, local_time, type_into};
use topset::app::Command;
use topset::model::{Journal, Load, LoggedSet, PlateInventory, Session, SetKind, Unit};
use topset::ui::session_logger::EDIT_SAVE_DELAY;

fn harness() -> Harness<'static, Fixture> {
    harness_with(Journal::default(), None)
}

/// Starts a session of bench press only, from scratch, by clicking.
fn start_bench_session(harness: &mut Harness<'static, Fixture>) {
    start_session(harness, "Bench press");
}

/// Starts a session of `exercise` only, from scratch, by clicking.
fn start_session(harness: &mut Harness<'static, Fixture>, exercise: &str) {
    harness.get_by_label("Choose exercises").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Add exercise")
        .focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Add exercise")
        .type_text(exercise);
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Add exercise")
        .click();
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Start").click();
    harness.run();
}

fn click_done(harness: &mut Harness<'static, Fixture>, set: &str) {
    harness
        .get_by_role_and_label(Role::CheckBox, &format!("Bench press, {set}, done"))
        .click();
    harness.run();
}

/// Loads of the bench press sets of `kind` in the draft, in kg.
fn draft_loads(harness: &Harness<'static, Fixture>, kind: SetKind) -> Vec<Option<f64>> {
    let draft = harness.state().logger.draft.as_ref().expect("a draft");
    draft.exercises[0]
        .logged
        .sets
        .iter()
        .filter(|set| set.kind == kind)
        .map(|set| set.load.map(|load| load.to_kg()))
        .collect()
}

fn last_saved(harness: &Harness<'static, Fixture>) -> Session {
    harness
        .state()
        .commands
        .iter()
        .rev()
        .find_map(|command| match command {
            Command::SaveSession(session) => Some((**session).clone()),
            _ => None,
        })
        .expect("a saved session")
}

#[test]
fn bench_example_logged_by_hand() {
    let mut harness = harness();
    start_bench_session(&mut harness);
    assert!(harness.state().logger.draft.is_some());

    // The planned top set load fills the warm-ups.
    type_into(&mut harness, "Bench press, Top set 1, load", "120");
    let warmups: Vec<(Option<f64>, u32)> = {
        let draft = harness.state().logger.draft.as_ref().expect("a draft");
        draft.exercises[0]
            .logged
            .sets
            .iter()
            .filter(|set| set.kind == SetKind::WarmUp)
            .map(|set| (set.load.map(|load| load.value), set.reps))
            .collect()
    };
    assert_eq!(
        warmups,
        [
            (Some(20.0), 10),
            (Some(60.0), 8),
            (Some(80.0), 5),
            (Some(100.0), 3)
        ]
    );
    for set in ["Warm-up 1", "Warm-up 2", "Warm-up 3", "Warm-up 4"] {
        click_done(&mut harness, set);
    }
    assert_eq!(
        harness.state().commands.len(),
        4,
        "one save per warm-up set"
    );

    // Top set 120 × 4 at RPE 8.5, completed with Enter in the RPE field.
    type_into(&mut harness, "Bench press, Top set 1, reps", "4");
    type_into(&mut harness, "Bench press, Top set 1, RPE", "8.5");
    harness.key_press(Key::Enter);
    harness.run();
    let saved = last_saved(&harness);
    let top = saved.exercises[0].top_set().expect("a done top set");
    assert_eq!(top.load.map(|load| load.value), Some(120.0));
    assert_eq!(top.reps, 4);
    assert_eq!(top.rpe, Some(8.5));
    assert!(
        harness
            .get_by_role_and_label(Role::TextInput, "Bench press, Backoff 1, load")
            .is_focused(),
        "Enter moves to the next set"
    );

    // Backoffs at 100 kg typed by hand (the rule gives 107.5 kg): load, Tab,
    // reps, Tab, Enter in the empty RPE field.
    for (set, reps) in [("Backoff 1", "10"), ("Backoff 2", "9"), ("Backoff 3", "8")] {
        type_into(&mut harness, &format!("Bench press, {set}, load"), "100");
        harness.key_press(Key::Tab);
        harness.run();
        harness
            .get_by_role_and_label(Role::TextInput, &format!("Bench press, {set}, reps"))
            .type_text(reps);
        harness.run();
        harness.key_press(Key::Tab);
        harness.run();
        harness.key_press(Key::Enter);
        harness.run();
    }

    let saved = last_saved(&harness);
    let bench = &saved.exercises[0];
    let backoffs: Vec<(Option<f64>, u32)> = bench
        .backoff_sets()
        .map(|set| (set.load.map(|load| load.value), set.reps))
        .collect();
    assert_eq!(
        backoffs,
        [(Some(100.0), 10), (Some(100.0), 9), (Some(100.0), 8)]
    );
    // 100 × 10 + 100 × 9 + 100 × 8
    assert_eq!(bench.backoff_volume(topset::model::Unit::Kg), 2_700.0);

    // Finishing shows the summary: e1RM from the classic chart, 4 reps at RPE 8.5.
    harness
        .get_by_role_and_label(Role::Button, "Finish session")
        .click();
    harness.run();
    let percent = classic_chart_percent(4, 8.5);
    assert_eq!(percent, 85.0);
    let expected_e1rm = 120.0 * 100.0 / percent;
    let summary = harness.state().logger.summary.clone().expect("a summary");
    let e1rm = summary[0].e1rm.expect("an e1RM").value;
    assert!((e1rm - expected_e1rm).abs() < 1e-9);
    assert_eq!((e1rm * 10.0).round() / 10.0, 141.2);
    assert_eq!(summary[0].backoff_volume, 2_700.0);
    harness.get_by_label_contains("e1RM 141.2 kg");
    harness.get_by_label_contains("backoff volume 2700 kg");
}

#[test]
fn typed_top_set_shows_backoff_plates() {
    let mut harness = harness();
    start_bench_session(&mut harness);
    type_into(&mut harness, "Bench press, Top set 1, load", "120");

    // 120 × 0.9 = 108; per side (108 − 20) / 2 = 44 rounds to 43.75 in steps
    // of 1.25, so 20 + 2 × 43.75 = 107.5 kg = 25 + 15 + 2.5 + 1.25 per side,
    // a real drop of 1 − 107.5 / 120 = 10.4 %.
    assert_eq!(
        draft_loads(&harness, SetKind::Backoff),
        [Some(107.5), Some(107.5), Some(107.5)]
    );
    let expected = "target −10% (108 kg), loaded 107.5 kg (−10.4%) · 25 + 15 + 2.5 + 1.25 per side";
    let first_backoff = 5;
    assert_eq!(
        harness.state().logger.editor.load_details(0, first_backoff),
        Some(expected)
    );
    assert_eq!(harness.get_all_by_label(expected).count(), 3);
}

#[test]
fn typed_backoff_survives_top_change() {
    let mut harness = harness();
    start_bench_session(&mut harness);
    type_into(&mut harness, "Bench press, Top set 1, load", "120");
    type_into(&mut harness, "Bench press, Backoff 2, load", "100");

    type_into(&mut harness, "Bench press, Top set 1, load", "125");
    // 125 × 0.9 = 112.5 kg, loadable as 20 + 2 × (25 + 20 + 1.25).
    assert_eq!(
        draft_loads(&harness, SetKind::Backoff),
        [Some(112.5), Some(100.0), Some(112.5)]
    );
}

#[test]
fn decimal_comma_load_parses() {
    let mut harness = harness();
    start_bench_session(&mut harness);
    type_into(&mut harness, "Bench press, Top set 1, load", "102,5");
    assert_eq!(draft_loads(&harness, SetKind::Top), [Some(102.5)]);
}

#[test]
fn invalid_load_shows_error() {
    let mut harness = harness();
    start_bench_session(&mut harness);
    type_into(&mut harness, "Bench press, Top set 1, load", "12o");
    assert_eq!(draft_loads(&harness, SetKind::Top), [None]);
    harness.get_by_label_contains("“12o” is not a load");
}

#[test]
fn rest_timer_counts_down() {
    let mut harness = harness();
    start_bench_session(&mut harness);
    type_into(&mut harness, "Bench press, Top set 1, load", "120");
    click_done(&mut harness, "Top set 1");
    let started = harness.state().clock.now;
    assert_eq!(
        harness.state().logger.rest.remaining(started),
        Some(Duration::from_secs(240))
    );

    harness.state_mut().clock.now = started + Duration::from_secs(90);
    harness.run();
    harness.get_by_label_contains("Rest 2:30");

    harness.state_mut().clock.now = started + Duration::from_secs(241);
    harness.run();
    harness.get_by_label("Rest over");
    let now = harness.state().clock.now;
    assert!(harness.state().logger.rest.finished(now));
    assert!(harness.state_mut().logger.rest.take_finished_notice(now));

    harness.get_by_role_and_label(Role::Button, "OK").click();
    harness.run();
    assert_eq!(harness.state().logger.rest.remaining(now), None);
}

#[test]
fn backoff_rest_is_shorter() {
    let mut harness = harness();
    start_bench_session(&mut harness);
    type_into(&mut harness, "Bench press, Top set 1, load", "120");
    click_done(&mut harness, "Backoff 1");
    let now = harness.state().clock.now;
    assert_eq!(
        harness.state().logger.rest.remaining(now),
        Some(Duration::from_secs(150))
    );
}

#[test]
fn planned_day_starts_session() {
    use topset::model::{Day, ExerciseSlot, Prescription, Program, TopSetBackoff, Week};

    let day = |name: &str, exercise: &str| Day {
        name: name.to_owned(),
        slots: vec![ExerciseSlot {
            exercise: exercise.to_owned(),
            prescription: Prescription::TopSetBackoff(TopSetBackoff {
                top_reps: 5,
                backoff_sets: 2,
                backoff_reps: 10,
                ..TopSetBackoff::default()
            }),
            ..ExerciseSlot::default()
        }],
    };
    let program = Program {
        name: "Powerbuilding".to_owned(),
        // Monday 2026-11-23: 2026-12-04 falls in week 2.
        start: NaiveDate::from_ymd_opt(2026, 11, 23),
        weeks: vec![
            Week {
                days: vec![day("Push", "Bench press"), day("Legs", "Squat")],
            },
            Week {
                days: vec![day("Push", "Bench press"), day("Legs", "Squat")],
            },
        ],
        ..Program::default()
    };

    let mut harness = harness();
    {
        let journal = &mut harness.state_mut().journal;
        journal.settings.active_program = Some(program.name.clone());
        journal.programs.push(program);
    }
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Start").click();
    harness.run();

    let draft = harness.state().logger.draft.as_ref().expect("a draft");
    let planned = draft.planned.as_ref().expect("a planned day");
    assert_eq!((planned.week, planned.day), (1, 0));
    assert_eq!(draft.name, "Push");
    assert_eq!(draft.start, local_time());
    assert_eq!(draft.id, 1);
    let reps: Vec<(SetKind, u32)> = draft.exercises[0]
        .logged
        .sets
        .iter()
        .filter(|set| set.kind != SetKind::WarmUp)
        .map(|set| (set.kind, set.reps))
        .collect();
    assert_eq!(
        reps,
        [
            (SetKind::Top, 5),
            (SetKind::Backoff, 10),
            (SetKind::Backoff, 10)
        ]
    );
}

#[test]
fn discard_deletes_saved_session() {
    let mut harness = harness();
    start_bench_session(&mut harness);
    type_into(&mut harness, "Bench press, Top set 1, load", "120");
    click_done(&mut harness, "Top set 1");
    harness
        .get_by_role_and_label(Role::Button, "Discard session")
        .click();
    harness.run();
    assert!(matches!(
        harness.state().commands.as_slice(),
        [Command::SaveSession(_), Command::DeleteSession(1)]
    ));
    assert!(harness.state().logger.draft.is_none());
}

#[test]
fn finish_drops_sets_not_done() {
    let mut harness = harness();
    start_bench_session(&mut harness);
    type_into(&mut harness, "Bench press, Top set 1, load", "120");
    click_done(&mut harness, "Top set 1");
    harness
        .get_by_role_and_label(Role::Button, "Finish session")
        .click();
    harness.run();
    let saved = last_saved(&harness);
    let kinds: Vec<SetKind> = saved.exercises[0].sets.iter().map(|set| set.kind).collect();
    assert_eq!(kinds, [SetKind::Top]);
}

#[test]
fn rir_entry_stores_rpe() {
    let mut harness = harness();
    start_bench_session(&mut harness);
    harness.get_by_label("RIR").click();
    harness.run();
    type_into(&mut harness, "Bench press, Top set 1, RIR", "1,5");
    let draft = harness.state().logger.draft.as_ref().expect("a draft");
    let top = draft.exercises[0]
        .logged
        .sets
        .iter()
        .find(|set| set.kind == SetKind::Top)
        .expect("a top set");
    // RIR 1.5 = RPE 10 − 1.5
    assert_eq!(top.rpe, Some(8.5));
}

#[test]
fn enter_moves_to_next_exercise() {
    let mut harness = harness();
    harness.get_by_label("Choose exercises").click();
    harness.run();
    for exercise in ["Bench press", "Squat"] {
        type_into(&mut harness, "Add exercise", exercise);
        harness
            .get_by_role_and_label(Role::Button, "Add exercise")
            .click();
        harness.run();
    }
    harness.get_by_role_and_label(Role::Button, "Start").click();
    harness.run();

    // Mark every bench press set done but the last backoff, then finish
    // that one with Enter in its RPE field.
    type_into(&mut harness, "Bench press, Top set 1, load", "100");
    for set in [
        "Warm-up 1",
        "Warm-up 2",
        "Warm-up 3",
        "Warm-up 4",
        "Top set 1",
        "Backoff 1",
        "Backoff 2",
    ] {
        click_done(&mut harness, set);
    }
    type_into(&mut harness, "Bench press, Backoff 3, RPE", "7");
    harness.key_press(Key::Enter);
    harness.run();

    assert!(
        harness
            .get_by_role_and_label(Role::TextInput, "Squat, Warm-up 1, load")
            .is_focused()
    );
}

#[test]
fn done_set_edit_saved_on_leave() {
    let mut harness = harness();
    start_bench_session(&mut harness);
    type_into(&mut harness, "Bench press, Top set 1, load", "120");
    click_done(&mut harness, "Top set 1");
    assert_eq!(harness.state().commands.len(), 1);

    type_into(&mut harness, "Bench press, Top set 1, reps", "5");
    assert_eq!(
        harness.state().commands.len(),
        1,
        "no save while the lifter is still typing"
    );
    harness.key_press(Key::Tab);
    harness.run();
    assert_eq!(harness.state().commands.len(), 2);
    let saved = last_saved(&harness);
    assert_eq!(saved.exercises[0].top_set().map(|top| top.reps), Some(5));
}

/// Returns the first top set of the first exercise of `session`, done or not.
fn first_top_set(session: &Session) -> &LoggedSet {
    session.exercises[0]
        .sets
        .iter()
        .find(|set| set.kind == SetKind::Top)
        .expect("a top set")
}

#[test]
fn typed_set_saved_before_done() {
    let mut harness = harness();
    start_bench_session(&mut harness);
    type_into(&mut harness, "Bench press, Top set 1, load", "147,5");
    assert!(
        harness.state().commands.is_empty(),
        "no save while the lifter is still typing"
    );

    // Leaving the field saves the value, although the set is not done yet,
    // so that a crash before the tick loses nothing.
    harness.key_press(Key::Tab);
    harness.run();
    assert_eq!(harness.state().commands.len(), 1);
    let saved = last_saved(&harness);
    let top = first_top_set(&saved);
    assert_eq!(top.load, Some(Load::kg(147.5)));
    assert!(!top.done);
}

#[test]
fn typed_value_saved_after_delay() {
    let mut harness = harness();
    start_bench_session(&mut harness);
    type_into(&mut harness, "Bench press, Top set 1, load", "150");
    assert!(harness.state().commands.is_empty());

    // The field keeps the focus; two seconds later the value is saved.
    harness.state_mut().clock.now += EDIT_SAVE_DELAY;
    harness.run();
    assert_eq!(harness.state().commands.len(), 1);
    let saved = last_saved(&harness);
    assert_eq!(first_top_set(&saved).load, Some(Load::kg(150.0)));
    assert!(
        harness
            .get_by_role_and_label(Role::TextInput, "Bench press, Top set 1, load")
            .is_focused()
    );
}

/// Returns whether the first top set of the first exercise is marked done.
fn top_set_done(harness: &Harness<'static, Fixture>) -> bool {
    let draft = harness.state().logger.draft.as_ref().expect("a draft");
    draft.exercises[0]
        .logged
        .sets
        .iter()
        .find(|set| set.kind == SetKind::Top)
        .expect("a top set")
        .done
}

const NEEDS_LOAD_HINT: &str = "Type a load first: the backoff loads follow it.";

#[test]
fn top_set_without_load_stays_open() {
    let mut harness = harness();
    start_bench_session(&mut harness);
    click_done(&mut harness, "Top set 1");

    assert!(!top_set_done(&harness));
    harness.get_by_label(NEEDS_LOAD_HINT);
    assert!(harness.state().commands.is_empty(), "nothing to save");
    let now = harness.state().clock.now;
    assert_eq!(harness.state().logger.rest.remaining(now), None);
    assert!(
        harness
            .get_by_role_and_label(Role::TextInput, "Bench press, Top set 1, load")
            .is_focused()
    );

    harness
        .get_by_role_and_label(Role::TextInput, "Bench press, Top set 1, load")
        .type_text("100");
    harness.run();
    assert!(harness.query_by_label(NEEDS_LOAD_HINT).is_none());
    click_done(&mut harness, "Top set 1");
    assert!(top_set_done(&harness));
    assert_eq!(
        last_saved(&harness).exercises[0]
            .top_set()
            .map(|top| top.load),
        Some(Some(topset::model::Load::kg(100.0)))
    );
}

#[test]
fn bodyweight_top_set_can_be_done() {
    let mut harness = harness();
    harness
        .state_mut()
        .journal
        .exercises
        .push(topset::model::Exercise::new(
            "Pull-up",
            &[topset::model::Muscle::Back],
            topset::model::Equipment::Bodyweight,
            topset::model::Suitability::Good,
        ));
    start_session(&mut harness, "Pull-up");
    harness
        .get_by_role_and_label(Role::CheckBox, "Pull-up, Top set 1, done")
        .click();
    harness.run();

    assert!(top_set_done(&harness));
    assert!(harness.query_by_label(NEEDS_LOAD_HINT).is_none());
    let saved = last_saved(&harness);
    let top = saved.exercises[0].top_set().expect("a done top set");
    assert_eq!(top.load, None, "body weight alone");
}

#[test]
fn straight_sets_show_one_rest() {
    let mut harness = harness();
    start_session(&mut harness, "Lateral Raise");
    harness.get_by_role_and_label(Role::SpinButton, "Lateral Raise: Rest between sets");
    assert!(
        harness
            .query_by_label_contains("Rest after top set")
            .is_none(),
        "an exercise without a top set shows no top-set rest"
    );

    let mut bench = self::harness();
    start_bench_session(&mut bench);
    bench.get_by_role_and_label(Role::SpinButton, "Bench press: Rest after top set");
    bench.get_by_role_and_label(Role::SpinButton, "Bench press: between sets");
}

#[test]
fn rows_stay_put_when_rest_starts() {
    let mut harness = harness();
    start_bench_session(&mut harness);
    type_into(&mut harness, "Bench press, Top set 1, load", "120");
    let backoff = "Bench press, Backoff 1, done";
    let before = harness
        .get_by_role_and_label(Role::CheckBox, backoff)
        .rect();
    click_done(&mut harness, "Top set 1");
    assert!(
        harness
            .state()
            .logger
            .rest
            .remaining(harness.state().clock.now)
            .is_some(),
        "marking the top set done starts the rest"
    );
    let after = harness
        .get_by_role_and_label(Role::CheckBox, backoff)
        .rect();
    assert_eq!(after.top(), before.top());
}

#[test]
fn start_time_follows_clock_until_edited() {
    let mut harness = harness();
    harness.run();
    assert_eq!(harness.state().logger.start.time_text, "18:30");

    // The form stays open for 35 minutes before training.
    harness.state_mut().clock.local = local_time() + chrono::Duration::minutes(35);
    harness.run();
    assert_eq!(harness.state().logger.start.time_text, "19:05");

    harness
        .get_by_role_and_label(Role::TextInput, "Time")
        .focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, "Time")
        .type_text("07:15");
    harness.run();
    harness.state_mut().clock.local = local_time() + chrono::Duration::minutes(50);
    harness.run();
    assert_eq!(harness.state().logger.start.time_text, "07:15");
    assert_eq!(harness.state().logger.start.date_text, "2026-12-04");
}

#[test]
fn loads_shown_in_column_unit() {
    // A lifter who counts in pounds on a gym's kilogram plates.
    let mut harness = harness();
    harness.state_mut().journal.settings.unit = Unit::Lb;
    harness.state_mut().journal.settings.plates = PlateInventory::standard(Unit::Kg);
    start_bench_session(&mut harness);
    type_into(&mut harness, "Bench press, Top set 1, load", "225");
    harness.key_press(egui::Key::Tab);
    harness.run();

    let draft = harness.state().logger.draft.as_ref().expect("a draft");
    let backoff = draft.exercises[0]
        .logged
        .sets
        .iter()
        .find(|set| set.kind == SetKind::Backoff)
        .and_then(|set| set.load)
        .expect("a computed backoff load");
    assert_eq!(backoff.unit, Unit::Kg, "computed on the kilogram plates");
    // 1 lb is 0.45359237 kg exactly; the field rounds to two decimals.
    let pounds = backoff.value / 0.45359237;
    let field = harness.get_by_role_and_label(Role::TextInput, "Bench press, Backoff 1, load");
    assert_eq!(field.value(), Some(format!("{pounds:.2}")));
}

#[test]
fn straight_sets_summary_has_no_backoff_volume() {
    let summary = topset::app::ExerciseSummary {
        exercise: "Lateral Raise".to_owned(),
        top_set: None,
        e1rm: None,
        previous_e1rm: None,
        is_pr: false,
        backoff_volume: 0.0,
        unit: topset::model::Unit::Kg,
        feedback: Default::default(),
    };
    assert_eq!(
        topset::ui::session_logger::summary_line(&summary),
        "Lateral Raise"
    );

    let with_backoffs = topset::app::ExerciseSummary {
        backoff_volume: 2_700.0,
        ..summary
    };
    assert_eq!(
        topset::ui::session_logger::summary_line(&with_backoffs),
        "Lateral Raise · backoff volume 2700 kg"
    );
}

#[test]
fn removing_done_exercise_asks_first() {
    let mut harness = harness();
    start_bench_session(&mut harness);
    type_into(&mut harness, "Bench press, Top set 1, load", "120");
    click_done(&mut harness, "Top set 1");

    harness.get_by_label("Remove Bench press").click();
    harness.run();
    harness.get_by_label("Remove Bench press and its done set?");
    harness.get_by_role_and_label(Role::Button, "Keep").click();
    harness.run();
    let draft = harness.state().logger.draft.as_ref().expect("a draft");
    assert_eq!(draft.exercises.len(), 1);

    harness.get_by_label("Remove Bench press").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Remove")
        .click();
    harness.run();
    let draft = harness.state().logger.draft.as_ref().expect("a draft");
    assert!(draft.exercises.is_empty());
}

#[test]
fn removing_untouched_exercise_does_not_ask() {
    let mut harness = harness();
    start_bench_session(&mut harness);
    harness.get_by_label("Remove Bench press").click();
    harness.run();
    let draft = harness.state().logger.draft.as_ref().expect("a draft");
    assert!(draft.exercises.is_empty());
}
