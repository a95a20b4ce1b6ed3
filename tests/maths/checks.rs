//! Coaching checks on logged exercises, planned slots and weekly volume,
//! with their messages in both languages.

use chrono::NaiveDate;
use topset::model::{
    BackoffRule, Check, CheckId, Day, Equipment, Exercise, ExerciseSlot, Language, Load,
    LoggedExercise, LoggedSet, Muscle, Prescription, Session, SetKind, Severity, StraightSets,
    Suitability, TopSetBackoff, Week, check_logged_exercise, check_program_week, check_slot,
    check_week_sessions, planned_hard_sets, weekly_hard_sets,
};

fn set(kind: SetKind, load: f64, reps: u32, rpe: Option<f64>) -> LoggedSet {
    LoggedSet::new(kind, Some(Load::kg(load)), reps, rpe)
}

fn logged(exercise: &str, sets: Vec<LoggedSet>) -> LoggedExercise {
    LoggedExercise {
        exercise: exercise.into(),
        sets,
        note: String::new(),
    }
}

fn ids(checks: &[Check]) -> Vec<CheckId> {
    checks.iter().map(|check| check.id).collect()
}

/// The guide's bench example: warm-ups, 120 × 4 @ 8.5, backoffs 100 × 10, 9, 8.
fn guide_bench() -> LoggedExercise {
    logged(
        "Bench Press",
        vec![
            set(SetKind::WarmUp, 20.0, 10, None),
            set(SetKind::WarmUp, 60.0, 8, None),
            set(SetKind::WarmUp, 80.0, 5, None),
            set(SetKind::WarmUp, 100.0, 3, None),
            set(SetKind::Top, 120.0, 4, Some(8.5)),
            set(SetKind::Backoff, 100.0, 10, Some(7.5)),
            set(SetKind::Backoff, 100.0, 9, Some(8.0)),
            set(SetKind::Backoff, 100.0, 8, Some(8.5)),
        ],
    )
}

#[test]
fn guide_example_passes_every_check() {
    assert!(check_logged_exercise(&guide_bench(), &[]).is_empty());
}

#[test]
fn top_set_to_failure_is_flagged() {
    let mut bench = guide_bench();
    bench.sets[4].rpe = Some(10.0);
    let checks = check_logged_exercise(&bench, &[]);
    assert_eq!(ids(&checks), [CheckId::TopSetFailure]);
    assert_eq!(checks[0].severity, Severity::Warning);
    assert_eq!(checks[0].number("rpe"), Some(10.0));
    assert_eq!(checks[0].exercise.as_deref(), Some("Bench Press"));
}

#[test]
fn three_top_sets_are_flagged() {
    let mut bench = guide_bench();
    bench.sets.insert(5, set(SetKind::Top, 120.0, 3, Some(9.0)));
    bench.sets.insert(5, set(SetKind::Top, 120.0, 4, Some(9.0)));
    let checks = check_logged_exercise(&bench, &[]);
    assert_eq!(ids(&checks), [CheckId::TooManyTopSets]);
    assert_eq!(checks[0].number("top_sets"), Some(3.0));
    assert_eq!(checks[0].number("max"), Some(2.0));
}

#[test]
fn short_backoffs_ask_larger_drop() {
    let mut bench = guide_bench();
    bench.sets[6].reps = 7;
    bench.sets[7].reps = 6;
    let checks = check_logged_exercise(&bench, &[]);
    assert_eq!(ids(&checks), [CheckId::BackoffRepsLow]);
    assert_eq!(checks[0].number("sets"), Some(2.0));
    assert_eq!(checks[0].number("min_reps"), Some(6.0));
}

#[test]
fn easy_backoffs_ask_smaller_drop() {
    let mut bench = guide_bench();
    bench.sets[5].rpe = Some(5.5);
    bench.sets[6].rpe = Some(6.0);
    let checks = check_logged_exercise(&bench, &[]);
    assert_eq!(ids(&checks), [CheckId::BackoffTooEasy]);
    assert_eq!(checks[0].number("sets"), Some(2.0));
    assert_eq!(checks[0].number("rpe"), Some(6.0));
    assert_eq!(checks[0].severity, Severity::Info);
}

#[test]
fn four_backoffs_are_flagged() {
    let mut bench = guide_bench();
    bench.sets.push(set(SetKind::Backoff, 100.0, 8, Some(9.0)));
    let checks = check_logged_exercise(&bench, &[]);
    assert_eq!(ids(&checks), [CheckId::TooManyBackoffSets]);
    assert_eq!(checks[0].number("backoff_sets"), Some(4.0));
}

#[test]
fn isolation_and_machine_top_sets() {
    let curl = logged(
        "Bicep Curl",
        vec![
            set(SetKind::WarmUp, 8.0, 10, None),
            set(SetKind::Top, 20.0, 6, Some(8.0)),
        ],
    );
    assert_eq!(
        ids(&check_logged_exercise(&curl, &[])),
        [CheckId::IsolationTopSet]
    );
    let press = logged(
        "Leg Press",
        vec![
            set(SetKind::WarmUp, 100.0, 10, None),
            set(SetKind::Top, 200.0, 6, Some(8.0)),
        ],
    );
    assert_eq!(
        ids(&check_logged_exercise(&press, &[])),
        [CheckId::MachineTopSet]
    );
    // Straight sets on a machine are fine.
    let straight = logged(
        "Leg Press",
        vec![set(SetKind::Straight, 200.0, 10, Some(8.0))],
    );
    assert!(check_logged_exercise(&straight, &[]).is_empty());
}

#[test]
fn journal_exercise_overrides_library() {
    // The journal says this "Bench Press" is on a machine.
    let machine_bench = Exercise::new(
        "Bench Press",
        &[Muscle::Chest],
        Equipment::Machine,
        Suitability::NotRecommended,
    );
    let checks = check_logged_exercise(&guide_bench(), &[machine_bench]);
    assert_eq!(ids(&checks), [CheckId::MachineTopSet]);
}

#[test]
fn heavy_top_set_without_warmup() {
    let squat = logged(
        "Squat",
        vec![
            set(SetKind::Top, 160.0, 3, Some(8.5)),
            set(SetKind::Backoff, 140.0, 8, Some(8.0)),
        ],
    );
    let checks = check_logged_exercise(&squat, &[]);
    assert_eq!(ids(&checks), [CheckId::NoWarmup]);
    assert_eq!(checks[0].number("reps"), Some(3.0));
    // A light top set (RPE 7) needs no warm-up check.
    let light = logged("Squat", vec![set(SetKind::Top, 100.0, 5, Some(7.0))]);
    assert!(check_logged_exercise(&light, &[]).is_empty());
    // Without RPE, 5 reps or fewer count as heavy.
    let no_rpe = logged("Squat", vec![set(SetKind::Top, 160.0, 5, None)]);
    assert_eq!(
        ids(&check_logged_exercise(&no_rpe, &[])),
        [CheckId::NoWarmup]
    );
}

#[test]
fn planned_slot_checks() {
    let slot = |plan: TopSetBackoff| ExerciseSlot {
        exercise: "Squat".into(),
        prescription: Prescription::TopSetBackoff(plan),
        ..ExerciseSlot::default()
    };
    assert!(check_slot(&slot(TopSetBackoff::default()), &[]).is_empty());
    let failure = check_slot(
        &slot(TopSetBackoff {
            top_rpe: Some(10.0),
            ..TopSetBackoff::default()
        }),
        &[],
    );
    assert_eq!(ids(&failure), [CheckId::TopSetFailure]);
    let short = check_slot(
        &slot(TopSetBackoff {
            backoff_reps: 6,
            ..TopSetBackoff::default()
        }),
        &[],
    );
    assert_eq!(ids(&short), [CheckId::BackoffRepsLow]);
    let many = check_slot(
        &slot(TopSetBackoff {
            backoff_sets: 5,
            ..TopSetBackoff::default()
        }),
        &[],
    );
    assert_eq!(ids(&many), [CheckId::TooManyBackoffSets]);
    assert_eq!(many[0].number("backoff_sets"), Some(5.0));
    let easy = check_slot(
        &slot(TopSetBackoff {
            rule: BackoffRule::RpeTarget(6.0),
            ..TopSetBackoff::default()
        }),
        &[],
    );
    assert_eq!(ids(&easy), [CheckId::BackoffTooEasy]);
    let raise = ExerciseSlot {
        exercise: "Lateral Raise".into(),
        prescription: Prescription::TopSetBackoff(TopSetBackoff::default()),
        ..ExerciseSlot::default()
    };
    assert_eq!(ids(&check_slot(&raise, &[])), [CheckId::IsolationTopSet]);
}

fn straight(exercise: &str, sets: u32) -> ExerciseSlot {
    ExerciseSlot {
        exercise: exercise.into(),
        prescription: Prescription::StraightSets(StraightSets {
            sets,
            reps_min: 8,
            reps_max: 12,
            rpe: None,
        }),
        ..ExerciseSlot::default()
    }
}

#[test]
fn program_week_hard_sets() {
    // Bench: 1 top + 3 backoff sets (chest, triceps); dumbbell press 3 × 4 days (chest,
    // shoulders, triceps); pushdown 3 sets (triceps).
    let bench = ExerciseSlot {
        exercise: "Bench Press".into(),
        prescription: Prescription::TopSetBackoff(TopSetBackoff::default()),
        ..ExerciseSlot::default()
    };
    let day = Day {
        name: "Push".into(),
        slots: vec![
            bench,
            straight("Incline Dumbbell Press", 3),
            straight("Triceps Pushdown", 3),
        ],
    };
    let week = Week {
        days: vec![day.clone(), day],
    };
    let sets = planned_hard_sets(&week, &[]);
    // Chest: 2 × (4 + 3) = 14; triceps: 2 × (4 + 3 + 3) = 20; shoulders: 2 × 3 = 6.
    assert_eq!(sets.get(&Muscle::Chest), Some(&14));
    assert_eq!(sets.get(&Muscle::Triceps), Some(&20));
    assert_eq!(sets.get(&Muscle::Shoulders), Some(&6));
    let checks = check_program_week(&week, &[]);
    assert_eq!(ids(&checks), [CheckId::WeeklySetsLow]);
    assert_eq!(checks[0].muscle, Some(Muscle::Shoulders));
    assert_eq!(checks[0].number("sets"), Some(6.0));
}

#[test]
fn logged_week_counts_hard_sets() {
    let start = NaiveDate::from_ymd_opt(2026, 3, 2)
        .unwrap()
        .and_hms_opt(18, 0, 0)
        .unwrap();
    let mut squat = guide_bench();
    squat.exercise = "Squat".into();
    // An easy straight set at RPE 6 does not count.
    squat.sets.push(set(SetKind::Straight, 60.0, 10, Some(6.0)));
    let session = Session {
        id: 1,
        start,
        name: String::new(),
        planned: None,
        exercises: vec![
            squat,
            logged("Unknown Lift", vec![set(SetKind::Straight, 50.0, 10, None)]),
        ],
        note: String::new(),
        source: None,
    };
    // Squat: 1 top + 3 backoffs = 4 hard sets for quads and glutes; warm-ups do not count.
    let sets = weekly_hard_sets(std::slice::from_ref(&session), &[]);
    assert_eq!(sets.get(&Muscle::Quads), Some(&4));
    assert_eq!(sets.get(&Muscle::Glutes), Some(&4));
    assert_eq!(sets.len(), 2);
    let checks = check_week_sessions(&[session.clone(), session.clone(), session], &[]);
    // 12 sets each: inside 10–20.
    assert!(checks.is_empty());
}

#[test]
fn messages_fill_numbers_in_english() {
    let mut bench = guide_bench();
    bench.sets[7].reps = 6;
    let checks = check_logged_exercise(&bench, &[]);
    assert_eq!(
        checks[0].message(Language::English),
        "Bench Press: backoff sets under 8 reps (fewest 6). Drop more next time."
    );
}

#[test]
fn messages_use_french_decimal_comma() {
    let mut bench = guide_bench();
    bench.sets[5].rpe = Some(5.5);
    let checks = check_logged_exercise(&bench, &[]);
    let message = checks[0].message(Language::French);
    assert!(
        message.starts_with("Bench Press : séries de backoff à RPE 5,5 ou moins."),
        "{message}"
    );
}

#[test]
fn weekly_message_names_muscle() {
    let week = Week {
        days: vec![Day {
            name: "Legs".into(),
            slots: vec![straight("Leg Curl", 4)],
        }],
    };
    let checks = check_program_week(&week, &[]);
    assert_eq!(
        checks[0].message(Language::English),
        "Hamstrings: hard sets this week: 4, under the 10–20 the method recommends."
    );
    assert!(
        checks[0]
            .message(Language::French)
            .starts_with("Ischio-jambiers : séries difficiles cette semaine : 4,")
    );
}

#[test]
fn every_check_has_both_messages() {
    let all = [
        CheckId::TopSetFailure,
        CheckId::TooManyTopSets,
        CheckId::BackoffRepsLow,
        CheckId::BackoffTooEasy,
        CheckId::TooManyBackoffSets,
        CheckId::IsolationTopSet,
        CheckId::MachineTopSet,
        CheckId::NoWarmup,
        CheckId::WeeklySetsLow,
        CheckId::WeeklySetsHigh,
        CheckId::BackoffDropOutOfBand,
        CheckId::SingleDropOutOfBand,
    ];
    for id in all {
        let check = Check {
            id,
            severity: id.severity(),
            exercise: Some("Squat".into()),
            muscle: Some(Muscle::Quads),
            numbers: Vec::new(),
        };
        for language in [Language::English, Language::French] {
            let message = check.message(language);
            assert!(
                !message.starts_with("checks."),
                "{id:?} {language:?}: {message}"
            );
            assert!(
                !message.contains("%{exercise}") && !message.contains("%{muscle}"),
                "{message}"
            );
        }
        assert_ne!(
            check.message(Language::English),
            check.message(Language::French),
            "{id:?}"
        );
    }
}
