//! Deterministic training histories: the built-in sample journal and the
//! large journals used by benchmarks.
//!
//! The history follows the method guide: on each planned day the primary
//! lifts get a warm-up ramp, one top set of 3–5 reps at RPE 8–9 and backoff
//! sets 10–15 % lighter for 8–10 reps; other slots get straight sets. Top set
//! loads rise each week with small day-to-day noise from a seeded generator,
//! so the same arguments always give the same journal.

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};

use super::{
    BackoffRule, Day, Equipment, Exercise, ExerciseSlot, Journal, Load, LoggedExercise, LoggedSet,
    Muscle, PlannedDayRef, PlateInventory, Prescription, Program, Role, Session, SetKind, Settings,
    StraightSets, Suitability, TopSetBackoff, Unit, Week, default_inventory, warmup_ramp,
};

/// The guide's three sample workouts (push day, leg day, full upper) as a
/// four-week program.
pub fn guide_program() -> Program {
    let top = |exercise: &str, top_reps: u32, backoff_sets: u32, backoff_reps: u32| ExerciseSlot {
        exercise: exercise.to_owned(),
        role: Role::Primary,
        prescription: Prescription::TopSetBackoff(TopSetBackoff {
            top_sets: 1,
            top_reps,
            top_rpe: Some(8.5),
            backoff_sets,
            backoff_reps,
            rule: BackoffRule::PercentDrop(10.0),
        }),
        ..ExerciseSlot::default()
    };
    let straight = |exercise: &str, sets: u32, reps_min: u32, reps_max: u32| ExerciseSlot {
        exercise: exercise.to_owned(),
        role: Role::Accessory,
        prescription: Prescription::StraightSets(StraightSets {
            sets,
            reps_min,
            reps_max,
            rpe: None,
        }),
        ..ExerciseSlot::default()
    };
    let push = Day {
        name: "Push".to_owned(),
        slots: vec![
            top("Bench Press", 4, 3, 8),
            straight("Incline Dumbbell Press", 3, 10, 12),
            straight("Cable Fly", 3, 12, 15),
            straight("Lateral Raise", 3, 12, 15),
            straight("Triceps Pushdown", 3, 12, 15),
        ],
    };
    let legs = Day {
        name: "Legs".to_owned(),
        slots: vec![
            top("Squat", 4, 3, 8),
            top("Romanian Deadlift", 5, 2, 10),
            straight("Leg Press", 3, 10, 12),
            straight("Leg Curl", 3, 10, 12),
            straight("Calf Raise", 4, 12, 15),
        ],
    };
    let upper = Day {
        name: "Full upper".to_owned(),
        slots: vec![
            top("Overhead Press", 5, 2, 8),
            top("Barbell Row", 5, 2, 8),
            straight("Weighted Dip", 3, 8, 10),
            straight("Lat Pulldown", 3, 10, 12),
            straight("Face Pull", 3, 15, 20),
        ],
    };
    let week = Week {
        days: vec![push, legs, upper],
    };
    Program {
        name: "Top set + backoff — guide workouts".to_owned(),
        author: "Topset".to_owned(),
        description: "Push day, leg day and full upper from the method guide, on a 4-day split."
            .to_owned(),
        unit: Unit::Kg,
        notes: "Raise a top set once it ends below its target RPE; backoffs follow it.".to_owned(),
        start: None,
        weeks: vec![week; 4],
        starting_points: Default::default(),
    }
}

/// The exercises the guide program uses, with their muscles.
pub fn guide_exercises() -> Vec<Exercise> {
    use Equipment::{Barbell, Cable, Dumbbell, Machine};
    use Muscle::*;
    use Suitability::{Good, Ideal, NotRecommended};
    let isolation = |mut exercise: Exercise| {
        exercise.isolation = true;
        exercise
    };
    vec![
        Exercise::new("Bench Press", &[Chest, Triceps, Shoulders], Barbell, Ideal),
        Exercise::new(
            "Incline Dumbbell Press",
            &[Chest, Shoulders, Triceps],
            Dumbbell,
            Good,
        ),
        isolation(Exercise::new("Cable Fly", &[Chest], Cable, NotRecommended)),
        isolation(Exercise::new(
            "Lateral Raise",
            &[Shoulders],
            Dumbbell,
            NotRecommended,
        )),
        isolation(Exercise::new(
            "Triceps Pushdown",
            &[Triceps],
            Cable,
            NotRecommended,
        )),
        Exercise::new("Squat", &[Quads, Glutes], Barbell, Ideal),
        Exercise::new("Romanian Deadlift", &[Hamstrings, Glutes], Barbell, Good),
        Exercise::new("Leg Press", &[Quads, Glutes], Machine, NotRecommended),
        isolation(Exercise::new(
            "Leg Curl",
            &[Hamstrings],
            Machine,
            NotRecommended,
        )),
        isolation(Exercise::new(
            "Calf Raise",
            &[Calves],
            Machine,
            NotRecommended,
        )),
        Exercise::new("Overhead Press", &[Shoulders, Triceps], Barbell, Ideal),
        Exercise::new("Barbell Row", &[Back, Biceps], Barbell, Ideal),
        Exercise::new(
            "Weighted Dip",
            &[Chest, Triceps],
            Equipment::Bodyweight,
            Good,
        ),
        Exercise::new("Lat Pulldown", &[Back, Biceps], Cable, NotRecommended),
        isolation(Exercise::new(
            "Face Pull",
            &[Shoulders, Back],
            Cable,
            NotRecommended,
        )),
        Exercise::new("Deadlift", &[Hamstrings, Glutes, Back], Barbell, Ideal),
    ]
}

/// Starting top set load (kg) and weekly gain for each exercise of the guide program.
fn starting_load(exercise: &str) -> (f64, f64) {
    match exercise {
        "Bench Press" => (100.0, 1.25),
        "Squat" => (130.0, 2.5),
        "Romanian Deadlift" => (110.0, 2.5),
        "Overhead Press" => (55.0, 0.625),
        "Barbell Row" => (85.0, 1.25),
        "Incline Dumbbell Press" => (26.0, 0.25),
        "Weighted Dip" => (15.0, 0.3),
        "Leg Press" => (180.0, 2.5),
        "Lat Pulldown" => (65.0, 0.6),
        "Leg Curl" => (45.0, 0.5),
        "Calf Raise" => (80.0, 0.8),
        "Triceps Pushdown" => (30.0, 0.3),
        "Cable Fly" => (15.0, 0.15),
        "Lateral Raise" => (10.0, 0.1),
        "Face Pull" => (20.0, 0.2),
        "Deadlift" => (150.0, 2.5),
        _ => (40.0, 0.5),
    }
}

/// Small deterministic pseudo-random generator (xorshift64*).
struct Noise(u64);

impl Noise {
    fn new(seed: u64) -> Self {
        Self(seed.max(1))
    }

    /// A number in [0, 1).
    fn next(&mut self) -> f64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        let value = self.0.wrapping_mul(0x2545_F491_4F6C_DD1D);
        (value >> 11) as f64 / (1u64 << 53) as f64
    }

    /// One of `choices`, picked evenly.
    fn pick<T: Copy>(&mut self, choices: &[T]) -> T {
        let index = ((self.next() * choices.len() as f64) as usize).min(choices.len() - 1);
        choices[index]
    }
}

/// Logs `weeks` weeks of `program` from `first_day`, `days_per_week` sessions
/// a week cycling through the program's days, with loads in kg.
pub fn generate_sessions(
    program: &Program,
    first_day: NaiveDate,
    weeks: u32,
    days_per_week: u32,
    seed: u64,
) -> Vec<Session> {
    generate(program, first_day, weeks, days_per_week, seed, f64::from)
}

/// [`generate_sessions`] with `progress` turning a week number into the
/// number of weekly gains added to the starting loads.
fn generate(
    program: &Program,
    first_day: NaiveDate,
    weeks: u32,
    days_per_week: u32,
    seed: u64,
    progress: fn(u32) -> f64,
) -> Vec<Session> {
    let plates = PlateInventory::standard_kg();
    // Straight sets on dumbbells, cables and machines use loads those have,
    // so the logged history never reads as unloadable.
    let exercises = guide_exercises();
    let inventory_of = |name: &str| {
        let equipment = exercises
            .iter()
            .find(|exercise| exercise.name == name)
            .map_or(Equipment::Barbell, |exercise| exercise.equipment);
        default_inventory(equipment, Unit::Kg)
    };
    let mut noise = Noise::new(seed);
    let mut sessions = Vec::new();
    let Some(template_week) = program.weeks.first() else {
        return sessions;
    };
    let day_count = template_week.days.len().max(1);
    // Training days spread over the week: Monday, Wednesday, Friday, then the gaps.
    let offsets = [0, 2, 4, 1, 3, 5, 6];
    let mut day_cursor = 0usize;

    for week in 0..weeks {
        for slot_in_week in 0..days_per_week.min(7) {
            let date =
                first_day + Duration::days(i64::from(week) * 7 + offsets[slot_in_week as usize]);
            let day_index = day_cursor % day_count;
            day_cursor += 1;
            let Some(day) = program.day(week as usize % program.weeks.len().max(1), day_index)
            else {
                continue;
            };
            let hour = noise.pick(&[7, 12, 17, 18, 19]);
            let start = NaiveDateTime::new(
                date,
                NaiveTime::from_hms_opt(hour, 0, 0).unwrap_or_default(),
            );
            let exercises = day
                .slots
                .iter()
                .map(|slot| {
                    let equipment_plates = inventory_of(&slot.exercise);
                    log_slot(slot, progress(week), &plates, &equipment_plates, &mut noise)
                })
                .collect();
            sessions.push(Session {
                id: sessions.len() as u64 + 1,
                start,
                name: day.name.clone(),
                planned: Some(PlannedDayRef {
                    program: program.name.clone(),
                    week: week as usize % program.weeks.len().max(1),
                    day: day_index,
                }),
                exercises,
                note: String::new(),
                source: None,
            });
        }
    }
    sessions
}

/// Logs one slot: top sets and backoffs rounded to `plates`, straight sets
/// to `equipment_plates`, the inventory of the slot's equipment.
fn log_slot(
    slot: &ExerciseSlot,
    week: f64,
    plates: &PlateInventory,
    equipment_plates: &PlateInventory,
    noise: &mut Noise,
) -> LoggedExercise {
    let (base, gain) = starting_load(&slot.exercise);
    // A bad day now and then: the load stalls or dips a little.
    let day_form = noise.pick(&[-1.0, 0.0, 0.0, 0.0, 1.0]);
    let target = base + gain * week + day_form * gain;
    let mut sets = Vec::new();
    match &slot.prescription {
        Prescription::TopSetBackoff(plan) => {
            let top = plates.round(target).loadable;
            for warmup in warmup_ramp(top, 3, plates) {
                sets.push(LoggedSet::new(
                    SetKind::WarmUp,
                    Some(Load::kg(warmup.load)),
                    warmup.reps,
                    None,
                ));
            }
            let top_rpe = noise.pick(&[8.0, 8.5, 8.5, 9.0]);
            sets.push(LoggedSet::new(
                SetKind::Top,
                Some(Load::kg(top)),
                plan.top_reps,
                Some(top_rpe),
            ));
            let drop = noise.pick(&[10.0, 12.5, 15.0]);
            let backoff = plates.round(top * (1.0 - drop / 100.0)).loadable;
            for index in 0..plan.backoff_sets {
                let reps = (plan.backoff_reps + 2).saturating_sub(index);
                let rpe = 7.0 + 0.5 * f64::from(index.min(2));
                sets.push(LoggedSet::new(
                    SetKind::Backoff,
                    Some(Load::kg(backoff)),
                    reps,
                    Some(rpe),
                ));
            }
        }
        Prescription::StraightSets(plan) => {
            let load = equipment_plates.round(target).loadable;
            for index in 0..plan.sets {
                let reps = plan.reps_max.saturating_sub(index).max(plan.reps_min);
                sets.push(LoggedSet::new(
                    SetKind::Straight,
                    Some(Load::kg(load)),
                    reps,
                    None,
                ));
            }
        }
        other => {
            let load = equipment_plates.round(target).loadable;
            for (reps, rpe) in other.working_sets() {
                sets.push(LoggedSet::new(
                    SetKind::Straight,
                    Some(Load::kg(load)),
                    reps,
                    rpe,
                ));
            }
        }
    }
    LoggedExercise {
        exercise: slot.exercise.clone(),
        sets,
        note: String::new(),
    }
}

/// The guide's bench example: warm-ups bar × 10, 60 × 8, 80 × 5, 100 × 3;
/// top set 120 × 4 at RPE 8.5; backoffs 100 × 10, 9 and 8.
pub fn guide_bench_example() -> LoggedExercise {
    let set = |kind, load: f64, reps, rpe| LoggedSet::new(kind, Some(Load::kg(load)), reps, rpe);
    LoggedExercise {
        exercise: "Bench Press".to_owned(),
        sets: vec![
            set(SetKind::WarmUp, 20.0, 10, None),
            set(SetKind::WarmUp, 60.0, 8, None),
            set(SetKind::WarmUp, 80.0, 5, None),
            set(SetKind::WarmUp, 100.0, 3, None),
            set(SetKind::Top, 120.0, 4, Some(8.5)),
            set(SetKind::Backoff, 100.0, 10, Some(7.5)),
            set(SetKind::Backoff, 100.0, 9, Some(8.0)),
            set(SetKind::Backoff, 100.0, 8, Some(8.5)),
        ],
        note: String::new(),
    }
}

/// The built-in sample: the guide program and sixteen weeks of sessions
/// ending with the guide's bench example as the last push day.
pub fn sample_journal() -> Journal {
    let mut program = guide_program();
    let first_day = NaiveDate::from_ymd_opt(2026, 8, 3).unwrap_or_default();
    program.start = Some(first_day);
    let mut sessions = generate_sessions(&program, first_day, 16, 3, 2026);
    if let Some(last_push) = sessions
        .iter_mut()
        .rev()
        .find(|session| session.name == "Push")
        && let Some(bench) = last_push
            .exercises
            .iter_mut()
            .find(|logged| logged.exercise == "Bench Press")
    {
        *bench = guide_bench_example();
    }
    Journal {
        settings: Settings {
            active_program: Some(program.name.clone()),
            ..Settings::default()
        },
        exercises: guide_exercises(),
        programs: vec![program],
        sessions,
        ..Journal::default()
    }
}

/// Time scale of the slowdown in [`long_history_progress`], in weeks: after
/// 16 weeks it has added about 11 weekly gains (16 × ln 2) instead of 16.
const PROGRESS_SLOWDOWN_WEEKS: f64 = 16.0;

/// Gains added after `week` weeks of a long history: linear at first, then
/// slowing down as a lifter's progress does (about 56 weekly gains after ten
/// years instead of 520).
fn long_history_progress(week: u32) -> f64 {
    PROGRESS_SLOWDOWN_WEEKS * (1.0 + f64::from(week) / PROGRESS_SLOWDOWN_WEEKS).ln()
}

/// Builds the program of the long benchmark histories: four days of six exercises,
/// two top set + backoff lifts and four accessories of four sets each, so a
/// session has 31 sets with the warm-ups.
pub fn long_history_program() -> Program {
    let top = |exercise: &str, top_reps: u32, backoff_sets: u32| ExerciseSlot {
        exercise: exercise.to_owned(),
        role: Role::Primary,
        prescription: Prescription::TopSetBackoff(TopSetBackoff {
            top_sets: 1,
            top_reps,
            top_rpe: Some(8.5),
            backoff_sets,
            backoff_reps: 8,
            rule: BackoffRule::PercentDrop(12.5),
        }),
        ..ExerciseSlot::default()
    };
    let straight = |exercise: &str| ExerciseSlot {
        exercise: exercise.to_owned(),
        role: Role::Accessory,
        prescription: Prescription::StraightSets(StraightSets {
            sets: 4,
            reps_min: 10,
            reps_max: 12,
            rpe: None,
        }),
        ..ExerciseSlot::default()
    };
    let day = |name: &str, slots: Vec<ExerciseSlot>| Day {
        name: name.to_owned(),
        slots,
    };
    let week = Week {
        days: vec![
            day(
                "Push",
                vec![
                    top("Bench Press", 4, 3),
                    top("Overhead Press", 5, 2),
                    straight("Incline Dumbbell Press"),
                    straight("Cable Fly"),
                    straight("Lateral Raise"),
                    straight("Triceps Pushdown"),
                ],
            ),
            day(
                "Legs",
                vec![
                    top("Squat", 4, 3),
                    top("Romanian Deadlift", 5, 2),
                    straight("Leg Press"),
                    straight("Leg Curl"),
                    straight("Calf Raise"),
                    straight("Face Pull"),
                ],
            ),
            day(
                "Pull",
                vec![
                    top("Deadlift", 3, 3),
                    top("Barbell Row", 5, 2),
                    straight("Lat Pulldown"),
                    straight("Face Pull"),
                    straight("Weighted Dip"),
                    straight("Lateral Raise"),
                ],
            ),
            day(
                "Upper",
                vec![
                    top("Bench Press", 5, 3),
                    top("Barbell Row", 5, 2),
                    straight("Incline Dumbbell Press"),
                    straight("Lat Pulldown"),
                    straight("Triceps Pushdown"),
                    straight("Calf Raise"),
                ],
            ),
        ],
    };
    Program {
        name: "Top set + backoff — long history".to_owned(),
        author: "Topset".to_owned(),
        description: "Four days of two top set + backoff lifts and four accessories.".to_owned(),
        unit: Unit::Kg,
        notes: String::new(),
        start: None,
        weeks: vec![week; 4],
        ..Program::default()
    }
}

/// Generates a long history for benchmarks: `years` of 52 weeks with `days_per_week`
/// sessions of [`long_history_program`], from Monday 4 January 2016. Ten
/// years at five days a week give 2,600 sessions and 80,600 sets.
pub fn synthetic_journal(years: u32, days_per_week: u32, seed: u64) -> Journal {
    let mut program = long_history_program();
    let first_day = NaiveDate::from_ymd_opt(2016, 1, 4).unwrap_or_default();
    program.start = Some(first_day);
    let sessions = generate(
        &program,
        first_day,
        years * 52,
        days_per_week,
        seed,
        long_history_progress,
    );
    Journal {
        settings: Settings {
            active_program: Some(program.name.clone()),
            ..Settings::default()
        },
        exercises: guide_exercises(),
        programs: vec![program],
        sessions,
        ..Journal::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ten_years_give_2600_sessions() {
        let journal = synthetic_journal(10, 5, 7);
        // 10 years × 52 weeks × 5 sessions.
        assert_eq!(journal.sessions.len(), 2_600);
        let exercises: usize = journal.sessions.iter().map(|s| s.exercises.len()).sum();
        assert_eq!(exercises, 2_600 * 6);
        // Per session: two top set lifts of 4 warm-ups + 1 top set + 3 and 2
        // backoffs (8 + 7 sets), and 4 accessories of 4 sets.
        let sets: usize = journal
            .sessions
            .iter()
            .flat_map(|session| &session.exercises)
            .map(|logged| logged.sets.len())
            .sum();
        assert_eq!(sets, 2_600 * 31);
    }

    #[test]
    fn same_seed_same_journal() {
        assert_eq!(synthetic_journal(1, 5, 3), synthetic_journal(1, 5, 3));
        assert_ne!(synthetic_journal(1, 5, 3), synthetic_journal(1, 5, 4));
    }

    #[test]
    fn loads_level_off_over_ten_years() {
        let journal = synthetic_journal(10, 5, 7);
        let squat_tops: Vec<f64> = journal
            .sessions
            .iter()
            .flat_map(|session| &session.exercises)
            .filter(|logged| logged.exercise == "Squat")
            .filter_map(|logged| logged.top_set()?.load.map(|load| load.to_kg()))
            .collect();
        let first = squat_tops.first().copied().unwrap_or_default();
        let last = squat_tops.last().copied().unwrap_or_default();
        // Starting at 130 kg ± one 2.5 kg gain; 16 × ln(1 + 519/16) ≈ 56
        // gains of 2.5 kg after ten years: about 270 kg, far below a
        // linear 1,430 kg.
        assert!((127.5..=132.5).contains(&first), "first squat {first}");
        assert!((260.0..=280.0).contains(&last), "last squat {last}");
    }
}
