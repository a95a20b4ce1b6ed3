//! Coaching feedback and backoff rules in the session logger: checks after
//! an exercise and in the summary, the suggested next drop, RPE-target and
//! repeat-until-RPE rules, and dumbbell rounding.

use crate::logger_support;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use logger_support::{Fixture, classic_chart_percent, harness_with, local_time, type_into};
use topset::app::{DraftExercise, Loading, SessionDraft, logged_exercise_feedback};
use topset::model::{
    BackoffDecision, BackoffRule, CheckId, DropChange, Journal, Load, LoggedExercise, LoggedSet,
    PlateInventory, Prescription, SetKind, TopSetBackoff, Unit,
};

/// Builds a harness that logs one exercise planned with `plan`.
fn harness_planned(exercise: &str, plan: TopSetBackoff) -> Harness<'static, Fixture> {
    harness_planned_in(Journal::default(), exercise, plan)
}

/// Builds a harness that logs one exercise planned with `plan` in `journal`.
fn harness_planned_in(
    journal: Journal,
    exercise: &str,
    plan: TopSetBackoff,
) -> Harness<'static, Fixture> {
    let mut draft = SessionDraft::from_scratch(&journal, "Test", &[], local_time());
    draft.exercises.push(DraftExercise::planned(
        exercise,
        Prescription::TopSetBackoff(plan),
        &journal,
    ));
    harness_with(journal, Some(draft))
}

/// Builds a harness that logs bench press with the default plan: four
/// warm-up rows, one top set and three backoff sets at 10 % below it.
fn harness_bench() -> Harness<'static, Fixture> {
    harness_planned("Bench press", TopSetBackoff::default())
}

/// Types the load, reps and RPE of `set` of `exercise` and marks it done.
fn log_set(
    harness: &mut Harness<'static, Fixture>,
    exercise: &str,
    set: &str,
    load: &str,
    reps: &str,
    rpe: &str,
) {
    type_into(harness, &format!("{exercise}, {set}, load"), load);
    type_into(harness, &format!("{exercise}, {set}, reps"), reps);
    type_into(harness, &format!("{exercise}, {set}, RPE"), rpe);
    harness
        .get_by_role_and_label(Role::CheckBox, &format!("{exercise}, {set}, done"))
        .click();
    harness.run();
}

/// Logs the bench press warm-ups and a top set of `top_load` × 4 at RPE 8.5.
fn log_bench_top_set(harness: &mut Harness<'static, Fixture>, top_load: &str) {
    type_into(harness, "Bench press, Top set 1, load", top_load);
    for set in ["Warm-up 1", "Warm-up 2", "Warm-up 3", "Warm-up 4"] {
        harness
            .get_by_role_and_label(Role::CheckBox, &format!("Bench press, {set}, done"))
            .click();
        harness.run();
    }
    log_set(harness, "Bench press", "Top set 1", top_load, "4", "8.5");
}

fn check_ids(harness: &Harness<'static, Fixture>, exercise: usize) -> Vec<CheckId> {
    let review = harness
        .state()
        .logger
        .editor
        .review(exercise)
        .expect("a review");
    let feedback = review.feedback.as_ref().expect("feedback once done");
    feedback.checks.iter().map(|check| check.id).collect()
}

#[test]
fn short_backoffs_suggest_larger_drop() {
    let mut harness = harness_bench();
    log_bench_top_set(&mut harness, "110");
    for (set, reps) in [("Backoff 1", "7"), ("Backoff 2", "7"), ("Backoff 3", "6")] {
        log_set(&mut harness, "Bench press", set, "100", reps, "8.5");
    }

    assert_eq!(check_ids(&harness, 0), [CheckId::BackoffRepsLow]);
    harness.get_by_label_contains("backoff sets under 8 reps (fewest 6). Drop more next time.");

    // The backoffs were 1 − 100 / 110 = 9.09 % below the top set. Reps under
    // 8 move the drop up by half the 10–15 % band, 2.5 points: 11.59 %.
    let expected_drop = (1.0 - 100.0 / 110.0) * 100.0 + 2.5;
    let review = harness.state().logger.editor.review(0).expect("a review");
    let feedback = review.feedback.as_ref().expect("feedback");
    let suggestion = feedback.suggestion.expect("a suggestion");
    assert_eq!(suggestion.change, DropChange::Larger);
    let next_drop = feedback.next_drop_percent.expect("a next drop");
    assert!((next_drop - expected_drop).abs() < 1e-9, "{next_drop}");
    harness.get_by_label("Suggested drop next time: −11.6%");

    // The summary repeats the check and the suggestion.
    harness
        .get_by_role_and_label(Role::Button, "Finish session")
        .click();
    harness.run();
    let summary = harness.state().logger.summary.clone().expect("a summary");
    let ids: Vec<CheckId> = summary[0]
        .feedback
        .checks
        .iter()
        .map(|check| check.id)
        .collect();
    assert_eq!(ids, [CheckId::BackoffRepsLow]);
    harness.get_by_label_contains("Drop more next time.");
    harness.get_by_label("Suggested drop next time: −11.6%");
}

#[test]
fn drop_band_change_updates_suggestion() {
    let mut harness = harness_bench();
    log_bench_top_set(&mut harness, "110");
    for (set, reps) in [("Backoff 1", "7"), ("Backoff 2", "7"), ("Backoff 3", "6")] {
        log_set(&mut harness, "Bench press", set, "100", reps, "8.5");
    }
    harness.get_by_label("Suggested drop next time: −11.6%");

    // A 12.5–20 % band moves the drop by half its width, 3.75 points:
    // 9.09 + 3.75 = 12.84 %, shown without any edit to the session.
    harness.state_mut().journal.settings.drop_band = (12.5, 20.0);
    harness.run();
    let expected_drop = (1.0 - 100.0 / 110.0) * 100.0 + 3.75;
    let review = harness.state().logger.editor.review(0).expect("a review");
    let next_drop = review
        .feedback
        .as_ref()
        .and_then(|feedback| feedback.next_drop_percent)
        .expect("a next drop");
    assert!((next_drop - expected_drop).abs() < 1e-9, "{next_drop}");
    harness.get_by_label("Suggested drop next time: −12.8%");
}

#[test]
fn easy_backoffs_suggest_smaller_drop() {
    let mut harness = harness_bench();
    log_bench_top_set(&mut harness, "115");
    for set in ["Backoff 1", "Backoff 2", "Backoff 3"] {
        log_set(&mut harness, "Bench press", set, "100", "10", "6");
    }

    assert_eq!(check_ids(&harness, 0), [CheckId::BackoffTooEasy]);
    harness.get_by_label_contains("backoff sets at RPE 6 or less. Drop less next time");

    // 1 − 100 / 115 = 13.04 % below the top set, minus 2.5 points: 10.54 %.
    let expected_drop = (1.0 - 100.0 / 115.0) * 100.0 - 2.5;
    let review = harness.state().logger.editor.review(0).expect("a review");
    let feedback = review.feedback.as_ref().expect("feedback");
    assert_eq!(
        feedback.suggestion.map(|suggestion| suggestion.change),
        Some(DropChange::Smaller)
    );
    let next_drop = feedback.next_drop_percent.expect("a next drop");
    assert!((next_drop - expected_drop).abs() < 1e-9, "{next_drop}");
    harness.get_by_label("Suggested drop next time: −10.5%");
}

#[test]
fn missing_warmup_and_failure_flagged() {
    let mut harness = harness_bench();
    // Top set to failure with no warm-up, then three good backoff sets.
    log_set(&mut harness, "Bench press", "Top set 1", "120", "3", "10");
    for set in ["Backoff 1", "Backoff 2", "Backoff 3"] {
        log_set(&mut harness, "Bench press", set, "100", "10", "8");
    }
    assert_eq!(
        check_ids(&harness, 0),
        [CheckId::TopSetFailure, CheckId::NoWarmup]
    );
    harness.get_by_label_contains("top set at RPE 10, taken to failure");
}

#[test]
fn rpe_target_rule_reads_chart() {
    let journal = Journal::default();
    let plates = PlateInventory::standard_kg();
    let plan = TopSetBackoff {
        backoff_reps: 8,
        rule: BackoffRule::RpeTarget(7.5),
        ..TopSetBackoff::default()
    };
    let mut bench =
        DraftExercise::planned("Bench press", Prescription::TopSetBackoff(plan), &journal);
    let top = bench
        .logged
        .sets
        .iter()
        .position(|set| set.kind == SetKind::Top)
        .expect("a top set");
    bench.logged.sets[top].reps = 4;
    bench.logged.sets[top].rpe = Some(8.5);
    bench.set_load(top, Some(Load::kg(120.0)), &plates);

    // e1RM = 120 / 85 % = 141.18 kg; 8 reps at RPE 7.5 is 72.3 % of it,
    // 102.07 kg, and the nearest loadable load is 20 + 2 × (25 + 15 + 1.25)
    // = 102.5 kg.
    let e1rm = 120.0 * 100.0 / classic_chart_percent(4, 8.5);
    assert!((e1rm - 141.176_470_588).abs() < 1e-6);
    let exact = e1rm * classic_chart_percent(8, 7.5) / 100.0;
    assert!((exact - 102.070_588_235).abs() < 1e-6);

    let backoff = top + 1;
    let target = bench.backoff_target(backoff, &plates).expect("a target");
    assert!((target.exact - exact).abs() < 1e-9);
    assert_eq!(target.loadable(), 102.5);
    assert_eq!(target.rounding.plates_per_side, [25.0, 15.0, 1.25]);
    assert_eq!(bench.logged.sets[backoff].load, Some(Load::kg(102.5)));
}

#[test]
fn rpe_target_details_show_real_drop() {
    let plan = TopSetBackoff {
        top_reps: 4,
        top_rpe: Some(8.5),
        backoff_reps: 8,
        rule: BackoffRule::RpeTarget(7.5),
        ..TopSetBackoff::default()
    };
    let mut harness = harness_planned("Bench press", plan);
    type_into(&mut harness, "Bench press, Top set 1, load", "120");
    // Asked: 1 − 102.07 / 120 = 14.9 % below; loaded: 1 − 102.5 / 120 = 14.6 %.
    let expected = "target −14.9% (102.07 kg), loaded 102.5 kg (−14.6%) · 25 + 15 + 1.25 per side";
    assert_eq!(harness.get_all_by_label(expected).count(), 3);
}

#[test]
fn backoff_past_chart_marked_estimate() {
    let plan = TopSetBackoff {
        top_reps: 4,
        top_rpe: Some(8.5),
        backoff_reps: 15,
        rule: BackoffRule::RpeTarget(7.0),
        ..TopSetBackoff::default()
    };
    let mut harness = harness_planned("Bench press", plan);
    type_into(&mut harness, "Bench press, Top set 1, load", "120");
    // The chart stops at 12 reps, so 15 reps is read off its extended curve.
    assert_eq!(
        harness
            .get_all_by_label_contains("(estimate past the RPE chart)")
            .count(),
        3
    );
}

#[test]
fn dumbbells_round_to_default_rack() {
    let journal = Journal::default();
    let plates = PlateInventory::standard_kg();
    // A program slot plans a top set and backoff sets, as the method prescribes.
    let mut press = DraftExercise::planned(
        "Dumbbell Bench Press",
        Prescription::TopSetBackoff(TopSetBackoff::default()),
        &journal,
    );
    assert_eq!(press.loading, Loading::Dumbbells);
    assert!(
        press
            .logged
            .sets
            .iter()
            .all(|set| set.kind != SetKind::WarmUp),
        "no barbell warm-up ramp for dumbbells"
    );
    let top = press
        .logged
        .sets
        .iter()
        .position(|set| set.kind == SetKind::Top)
        .expect("a top set");
    press.set_load(top, Some(Load::kg(30.0)), &plates);

    // 30 × 0.9 = 27 kg; the default rack steps by 2.5 kg, so 27.5 kg is
    // nearest (0.5 away, against 2 for 25 kg), a real drop of 8.3 %.
    let target = press.backoff_target(top + 1, &plates).expect("a target");
    assert_eq!(target.exact, 27.0);
    assert_eq!(target.loadable(), 27.5);
    assert!(target.rounding.plates_per_side.is_empty());
    assert!((target.real_drop_percent(30.0) - (1.0 - 27.5 / 30.0) * 100.0).abs() < 1e-9);
}

#[test]
fn journal_dumbbell_rack_wins() {
    let mut journal = Journal::default();
    journal.settings.plates =
        PlateInventory::dumbbells(Unit::Kg, &[20.0, 22.0, 24.0, 26.0, 28.0, 30.0, 32.0]);
    let mut harness = harness_planned_in(journal, "Dumbbell Bench Press", TopSetBackoff::default());
    type_into(&mut harness, "Dumbbell Bench Press, Top set 1, load", "30");

    // 27 kg lies halfway between the 26 and 28 kg dumbbells: the lighter wins.
    let loads: Vec<Option<f64>> = harness
        .state()
        .logger
        .draft
        .as_ref()
        .expect("a draft")
        .exercises[0]
        .logged
        .sets
        .iter()
        .filter(|set| set.kind == SetKind::Backoff)
        .map(|set| set.load.map(|load| load.value))
        .collect();
    assert_eq!(loads, [Some(26.0), Some(26.0), Some(26.0)]);
    let expected = "target −10% (27 kg), loaded 26 kg (−13.3%)";
    assert_eq!(harness.get_all_by_label(expected).count(), 3);

    // A typed load missing from the rack shows the nearest dumbbell.
    type_into(&mut harness, "Dumbbell Bench Press, Backoff 1, load", "25");
    harness.get_by_label_contains("no dumbbell of this load; nearest 24");
}

#[test]
fn repeat_rule_offers_another_backoff() {
    let plan = TopSetBackoff {
        backoff_sets: 3,
        rule: BackoffRule::RepeatUntilRpe {
            drop_percent: 10.0,
            fatigue_percent: 10.0,
        },
        ..TopSetBackoff::default()
    };
    let mut harness = harness_planned("Bench press", plan);
    let backoff_rows = |harness: &Harness<'static, Fixture>| {
        harness
            .state()
            .logger
            .draft
            .as_ref()
            .expect("a draft")
            .exercises[0]
            .logged
            .sets
            .iter()
            .filter(|set| set.kind == SetKind::Backoff)
            .count()
    };
    assert_eq!(
        backoff_rows(&harness),
        1,
        "one backoff set planned at first"
    );

    log_bench_top_set(&mut harness, "120");
    // 120 × 0.9 = 108 kg rounds to 107.5 kg; RPE 7.5 stays under the top
    // set's 8.5, and its e1RM (107.5 / 72.3 % = 148.7 kg) is not below the
    // top set's, so another set is due.
    log_set(
        &mut harness,
        "Bench press",
        "Backoff 1",
        "107.5",
        "8",
        "7.5",
    );
    let review = harness.state().logger.editor.review(0).expect("a review");
    assert_eq!(review.repeat, Some(BackoffDecision::Due));
    assert!(review.offer_another_backoff);

    harness
        .get_by_role_and_label(Role::Button, "Bench press: + another backoff set")
        .click();
    harness.run();
    assert_eq!(backoff_rows(&harness), 2);
    let draft = harness.state().logger.draft.as_ref().expect("a draft");
    let new_backoff = draft.exercises[0].logged.sets.last().expect("a set");
    assert_eq!(new_backoff.load, Some(Load::kg(107.5)));

    log_set(
        &mut harness,
        "Bench press",
        "Backoff 2",
        "107.5",
        "8",
        "8.5",
    );
    let review = harness.state().logger.editor.review(0).expect("a review");
    assert_eq!(
        review.repeat,
        Some(BackoffDecision::RpeReached {
            rpe: 8.5,
            top_rpe: 8.5
        })
    );
    assert!(!review.offer_another_backoff);
    harness.get_by_label("Backoff sets done: the last one reached RPE 8.5, the top set's RPE.");
}

#[test]
fn isolation_exercise_flagged() {
    let curl = LoggedExercise {
        exercise: "Bicep Curl".to_owned(),
        sets: vec![
            LoggedSet::new(SetKind::WarmUp, Some(Load::kg(8.0)), 12, None),
            LoggedSet::new(SetKind::Top, Some(Load::kg(16.0)), 6, Some(8.5)),
            LoggedSet::new(SetKind::Top, Some(Load::kg(16.0)), 6, Some(8.5)),
            LoggedSet::new(SetKind::Top, Some(Load::kg(16.0)), 6, Some(9.0)),
        ],
        note: String::new(),
    };
    let feedback = logged_exercise_feedback(&curl, &Journal::default());
    let ids: Vec<CheckId> = feedback.checks.iter().map(|check| check.id).collect();
    // Warnings come first.
    assert_eq!(ids, [CheckId::TooManyTopSets, CheckId::IsolationTopSet]);
    assert_eq!(feedback.messages.len(), 2);
    assert!(
        feedback.messages[0].contains("3 top sets"),
        "{}",
        feedback.messages[0]
    );
    assert_eq!(feedback.suggestion, None, "no backoff sets, no suggestion");
}
