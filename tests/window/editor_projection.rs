//! Projected loads of a program, checked against numbers worked out by hand
//! from the classic RPE chart in `tests/fixtures/reference/rpe-chart-classic.csv`
//! and the standard kg plates (20 kg bar, smallest plate 1.25 kg, so loads
//! step by 2.5 kg).

use chrono::NaiveDate;
use topset::model::{
    BackoffRule, Day, ExerciseSlot, Load, LoggedExercise, LoggedSet, PlannedDayRef, Prescription,
    Program, Progression, Session, SetKind, Settings, StartingPoint, StraightSets, TopSetBackoff,
    Unit, Week, project_program,
};

/// Classic chart percentage for `reps` at `rpe`, read from the reference file.
fn chart_percent(reps: u32, rpe: f64) -> f64 {
    let text = std::fs::read_to_string("tests/fixtures/reference/rpe-chart-classic.csv")
        .expect("reference chart");
    text.lines()
        .skip(1)
        .find_map(|line| {
            let mut cells = line.split(',');
            let row_reps: u32 = cells.next()?.parse().ok()?;
            let row_rpe: f64 = cells.next()?.parse().ok()?;
            let percent: f64 = cells.next()?.parse().ok()?;
            (row_reps == reps && row_rpe == rpe).then_some(percent)
        })
        .expect("chart cell")
}

fn squat_program(weeks: usize, progression: Progression) -> Program {
    let slot = ExerciseSlot {
        exercise: "Squat".to_owned(),
        prescription: Prescription::TopSetBackoff(TopSetBackoff {
            top_sets: 1,
            top_reps: 4,
            top_rpe: Some(8.5),
            backoff_sets: 3,
            backoff_reps: 8,
            rule: BackoffRule::PercentDrop(10.0),
        }),
        progression: Some(progression),
        ..ExerciseSlot::default()
    };
    let mut program = Program {
        name: "Block".to_owned(),
        unit: Unit::Kg,
        weeks: vec![
            Week {
                days: vec![Day {
                    name: "Legs".to_owned(),
                    slots: vec![slot],
                }],
            };
            weeks
        ],
        ..Program::default()
    };
    program
        .starting_points
        .insert("Squat".to_owned(), StartingPoint::TrainingMax(200.0));
    program
}

/// (top set load, top reps, backoff load) of week `week`'s only slot.
fn week_loads(program: &Program, sessions: &[Session], week: usize) -> (f64, u32, f64) {
    let projection = project_program(program, sessions, &[], &Settings::default());
    let slot = &projection.day(week, 0).expect("day").slots[0];
    let top = slot
        .sets
        .iter()
        .find(|set| set.kind == SetKind::Top)
        .expect("top set");
    let backoffs: Vec<_> = slot
        .sets
        .iter()
        .filter(|set| set.kind == SetKind::Backoff)
        .collect();
    assert_eq!(backoffs.len(), 3, "three backoff sets in week {week}");
    (top.loadable, top.reps, backoffs[0].loadable)
}

#[test]
fn chart_cells_used_by_these_tests() {
    assert_eq!(chart_percent(4, 8.5), 85.0);
    assert_eq!(chart_percent(5, 8.5), 82.4);
    assert_eq!(chart_percent(3, 8.5), 87.8);
}

#[test]
fn linear_progression_adds_weekly() {
    let program = squat_program(3, Progression::Linear { increment: 2.5 });
    // Week 1: 200 × 85 % (4 reps at RPE 8.5) = 170; backoff 170 × 0.9 = 153,
    // nearest loadable 152.5.
    assert_eq!(week_loads(&program, &[], 0), (170.0, 4, 152.5));
    // Week 2: 170 + 2.5 = 172.5; backoff 172.5 × 0.9 = 155.25 → 155.
    assert_eq!(week_loads(&program, &[], 1), (172.5, 4, 155.0));
    // Week 3: 170 + 5 = 175; backoff 175 × 0.9 = 157.5, loadable as is.
    assert_eq!(week_loads(&program, &[], 2), (175.0, 4, 157.5));
}

#[test]
fn wave_progression_repeats_heavier() {
    let wave = Progression::Wave {
        reps: vec![5, 4, 3],
        wave_increment: 5.0,
    };
    let program = squat_program(4, wave);
    // Week 1, 5 reps: 200 × 82.4 % = 164.8 → 165; backoff 165 × 0.9 = 148.5 → 147.5.
    assert_eq!(week_loads(&program, &[], 0), (165.0, 5, 147.5));
    // Week 2, 4 reps: 200 × 85 % = 170; backoff 153 → 152.5.
    assert_eq!(week_loads(&program, &[], 1), (170.0, 4, 152.5));
    // Week 3, 3 reps: 200 × 87.8 % = 175.6 → 175; backoff 157.5.
    assert_eq!(week_loads(&program, &[], 2), (175.0, 3, 157.5));
    // Week 4, second wave, 5 reps: 164.8 + 5 = 169.8 → 170; backoff 153 → 152.5.
    assert_eq!(week_loads(&program, &[], 3), (170.0, 5, 152.5));
}

fn session(id: u64, day: u32, planned: Option<PlannedDayRef>, top: (f64, u32, f64)) -> Session {
    let start = NaiveDate::from_ymd_opt(2026, 11, day)
        .and_then(|date| date.and_hms_opt(18, 0, 0))
        .expect("valid date");
    Session {
        id,
        start,
        name: String::new(),
        planned,
        exercises: vec![LoggedExercise {
            exercise: "Squat".to_owned(),
            sets: vec![
                LoggedSet::new(SetKind::Top, Some(Load::kg(top.0)), top.1, Some(top.2)),
                LoggedSet::new(SetKind::Backoff, Some(Load::kg(155.0)), 8, Some(7.5)),
            ],
            note: String::new(),
        }],
        note: String::new(),
        source: None,
    }
}

#[test]
fn rpe_based_adds_after_easy_week() {
    let program = squat_program(3, Progression::RpeBased { increment: 2.5 });
    let planned = |week| {
        Some(PlannedDayRef {
            program: "Block".to_owned(),
            week,
            day: 0,
        })
    };
    // Week 1 logged at RPE 7.5, below the 8.5 target: week 2 adds 2.5 kg.
    // Week 2 logged at RPE 9: week 3 stays at week 2's load.
    let sessions = [
        session(1, 2, planned(0), (170.0, 4, 7.5)),
        session(2, 9, planned(1), (172.5, 4, 9.0)),
    ];
    assert_eq!(week_loads(&program, &sessions, 0).0, 170.0);
    assert_eq!(week_loads(&program, &sessions, 1).0, 172.5);
    assert_eq!(week_loads(&program, &sessions, 2).0, 172.5);

    let projection = project_program(&program, &sessions, &[], &Settings::default());
    let day = projection.day(1, 0).expect("week 2");
    assert_eq!(day.session, Some(2));
    let logged = day.slots[0].logged.as_ref().expect("logged beside planned");
    assert_eq!(logged.sets[0].load, Some(Load::kg(172.5)));
}

#[test]
fn last_top_set_starts_projection() {
    let mut program = squat_program(1, Progression::Linear { increment: 2.5 });
    program.starting_points.clear();
    // A top set of 150 × 4 at RPE 8.5 was logged outside the program. Its
    // e1RM is 150 / 0.85, so 4 reps at RPE 8.5 are 150 again. The backoff
    // is 150 × 0.9 = 135.
    let sessions = [session(1, 2, None, (150.0, 4, 8.5))];
    assert_eq!(week_loads(&program, &sessions, 0), (150.0, 4, 135.0));
}

#[test]
fn double_progression_climbs_reps() {
    let mut program = squat_program(4, Progression::Double { increment: 5.0 });
    for week in &mut program.weeks {
        week.days[0].slots[0].prescription = Prescription::StraightSets(StraightSets {
            sets: 3,
            reps_min: 8,
            reps_max: 10,
            rpe: Some(8.0),
        });
    }
    let projection = project_program(&program, &[], &[], &Settings::default());
    let first = |week: usize| {
        let set = &projection.day(week, 0).expect("day").slots[0].sets[0];
        (set.loadable, set.reps)
    };
    // 8 reps at RPE 8 is 73.9 %: 200 × 0.739 = 147.8 → 147.5 for 8, 9 and 10
    // reps, then 147.8 + 5 = 152.8 → 152.5 for 8 reps again.
    assert_eq!(chart_percent(8, 8.0), 73.9);
    assert_eq!(first(0), (147.5, 8));
    assert_eq!(first(1), (147.5, 9));
    assert_eq!(first(2), (147.5, 10));
    assert_eq!(first(3), (152.5, 8));
}

#[test]
fn own_first_top_set_starts_projection() {
    let mut program = squat_program(2, Progression::Linear { increment: 2.5 });
    program.starting_points.clear();
    let planned = |week| {
        Some(PlannedDayRef {
            program: "Block".to_owned(),
            week,
            day: 0,
        })
    };
    // Only the program's own sessions logged squats. The first one, 140 × 4
    // at RPE 8.5, is the start, so week 1 plans 140 and week 2 plans 142.5,
    // even though week 2 was logged heavier.
    let sessions = [
        session(1, 2, planned(0), (140.0, 4, 8.5)),
        session(2, 9, planned(1), (150.0, 4, 8.5)),
    ];
    assert_eq!(week_loads(&program, &sessions, 0).0, 140.0);
    assert_eq!(week_loads(&program, &sessions, 1).0, 142.5);
}

#[test]
fn cable_loads_round_to_steps() {
    let mut program = squat_program(1, Progression::Linear { increment: 2.5 });
    let slot = &mut program.weeks[0].days[0].slots[0];
    slot.exercise = "Cable Fly".to_owned();
    slot.prescription = Prescription::StraightSets(StraightSets {
        sets: 3,
        reps_min: 12,
        reps_max: 15,
        rpe: Some(8.0),
    });
    program.starting_points.clear();
    program
        .starting_points
        .insert("Cable Fly".to_owned(), StartingPoint::E1rm(20.0));
    let projection = project_program(&program, &[], &[], &Settings::default());
    let set = &projection.day(0, 0).expect("day").slots[0].sets[0];
    // 12 reps at RPE 8 is 62.6 %: 20 × 0.626 = 12.52. The library lists the
    // cable fly as a cable exercise, which the barbell plates do not suit,
    // so it rounds to 2.5 kg steps (12.5) rather than up to the 20 kg bar.
    assert_eq!(chart_percent(12, 8.0), 62.6);
    assert_eq!(set.loadable, 12.5);
    assert_eq!(set.reps, 12);
}
