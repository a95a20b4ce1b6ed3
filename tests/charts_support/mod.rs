//! A small hand-made journal shared by the analytics, chart and panel tests.
//!
//! Bench press, five sessions over three ISO weeks (Monday 2026-01-05 to
//! Monday 2026-01-19), mixing kg and lb, with warm-ups, a top set without
//! RPE, a planned day and an exercise missing from the exercise list.

#![allow(dead_code)]

use chrono::{NaiveDate, NaiveDateTime};
use topset::model::{
    BackoffRule, Day, Equipment, Exercise, ExerciseSlot, Journal, Load, LoggedExercise, LoggedSet,
    Muscle, PlannedDayRef, Prescription, Program, Role, Session, SetKind, Suitability,
    TopSetBackoff, Week,
};

pub const BENCH: &str = "Bench Press";
pub const SQUAT: &str = "Squat";
/// Logged but absent from `journal.exercises`.
pub const CURL: &str = "Mystery Curl";

pub fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("valid test date")
}

pub fn at(year: i32, month: u32, day: u32, hour: u32) -> NaiveDateTime {
    date(year, month, day)
        .and_hms_opt(hour, 0, 0)
        .expect("valid test time")
}

pub fn set(kind: SetKind, load: Load, reps: u32, rpe: Option<f64>) -> LoggedSet {
    LoggedSet::new(kind, Some(load), reps, rpe)
}

pub fn logged(exercise: &str, sets: Vec<LoggedSet>) -> LoggedExercise {
    LoggedExercise {
        exercise: exercise.to_owned(),
        sets,
        note: String::new(),
    }
}

pub fn session(id: u64, start: NaiveDateTime, exercises: Vec<LoggedExercise>) -> Session {
    Session {
        id,
        start,
        name: String::new(),
        planned: None,
        exercises,
        note: String::new(),
        source: None,
    }
}

/// Builds the journal described in the module docs. Its sessions are stored
/// out of date order on purpose, because series must sort them.
pub fn bench_journal() -> Journal {
    use SetKind::{Backoff, Top, WarmUp};
    let kg = Load::kg;
    let lb = Load::lb;

    // The method guide's bench example, with its warm-ups.
    let s1 = session(
        1,
        at(2026, 1, 5, 18),
        vec![
            logged(
                BENCH,
                vec![
                    set(WarmUp, kg(20.0), 10, None),
                    set(WarmUp, kg(60.0), 8, None),
                    set(WarmUp, kg(80.0), 5, None),
                    set(WarmUp, kg(100.0), 3, None),
                    set(Top, kg(120.0), 4, Some(8.5)),
                    set(Backoff, kg(100.0), 10, None),
                    set(Backoff, kg(100.0), 9, None),
                    set(Backoff, kg(100.0), 8, None),
                ],
            ),
            logged(
                SQUAT,
                vec![
                    set(WarmUp, kg(60.0), 5, None),
                    set(Top, kg(140.0), 3, Some(8.0)),
                    set(Backoff, kg(120.0), 6, None),
                    set(Backoff, kg(120.0), 6, None),
                ],
            ),
        ],
    );
    // Top set in lb, backoffs in lb and kg.
    let s2 = session(
        2,
        at(2026, 1, 8, 18),
        vec![logged(
            BENCH,
            vec![
                set(WarmUp, lb(135.0), 5, None),
                set(Top, lb(275.0), 3, Some(9.0)),
                set(Backoff, lb(225.0), 8, Some(8.5)),
                set(Backoff, kg(100.0), 8, None),
            ],
        )],
    );
    // A PR, on a planned day asking for 3 reps at RPE 8 and a 14 % drop.
    let mut s3 = session(
        3,
        at(2026, 1, 12, 18),
        vec![
            logged(
                BENCH,
                vec![
                    set(Top, kg(125.0), 3, Some(8.0)),
                    set(Backoff, kg(107.5), 8, Some(9.0)),
                    set(Backoff, kg(107.5), 7, Some(9.5)),
                ],
            ),
            logged(
                CURL,
                vec![
                    set(SetKind::Straight, kg(15.0), 12, None),
                    set(SetKind::Straight, kg(15.0), 12, None),
                    set(SetKind::Straight, kg(15.0), 12, None),
                ],
            ),
        ],
    );
    s3.planned = Some(PlannedDayRef {
        program: "Block".to_owned(),
        week: 0,
        day: 0,
    });
    // A missed top set (no rep completed): no method can estimate it.
    let s4 = session(
        4,
        at(2026, 1, 15, 18),
        vec![logged(
            BENCH,
            vec![
                set(Top, kg(130.0), 0, None),
                set(Backoff, kg(110.0), 5, None),
            ],
        )],
    );
    // A planned day whose prescription has no target RPE.
    let mut s5 = session(
        5,
        at(2026, 1, 19, 18),
        vec![logged(BENCH, vec![set(Top, kg(110.0), 5, Some(7.0))])],
    );
    s5.planned = Some(PlannedDayRef {
        program: "Block".to_owned(),
        week: 1,
        day: 0,
    });

    let bench_day = |top_rpe: Option<f64>| Day {
        name: "Push".to_owned(),
        slots: vec![ExerciseSlot {
            exercise: BENCH.to_owned(),
            role: Role::Primary,
            prescription: Prescription::TopSetBackoff(TopSetBackoff {
                top_sets: 1,
                top_reps: 3,
                top_rpe,
                backoff_sets: 2,
                backoff_reps: 8,
                rule: BackoffRule::PercentDrop(14.0),
            }),
            ..ExerciseSlot::default()
        }],
    };
    let program = Program {
        name: "Block".to_owned(),
        weeks: vec![
            Week {
                days: vec![bench_day(Some(8.0))],
            },
            Week {
                days: vec![bench_day(None)],
            },
        ],
        ..Program::default()
    };

    Journal {
        exercises: vec![
            Exercise::new(
                BENCH,
                &[Muscle::Chest, Muscle::Triceps],
                Equipment::Barbell,
                Suitability::Ideal,
            ),
            Exercise::new(
                SQUAT,
                &[Muscle::Quads, Muscle::Glutes],
                Equipment::Barbell,
                Suitability::Ideal,
            ),
        ],
        programs: vec![program],
        sessions: vec![s3, s1, s5, s2, s4],
        ..Journal::default()
    }
}
