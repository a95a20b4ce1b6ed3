//! Projection of a program: every planned top-set and backoff load, week by
//! week and day by day, from a starting point per exercise, with the
//! sessions logged against the program beside the plan.
//!
//! Loads are in the program's unit. A slot's loads come from its exercise's
//! starting e1RM (or training max) times the RPE chart's percentage for the
//! planned reps and RPE, plus what the slot's progression has added by that
//! week, rounded to the plates.

use std::collections::BTreeMap;

use super::backoff::{TopSet, backoff_load};
use super::e1rm::{E1rmMethod, estimate_e1rm};
use super::exercise::{Equipment, Exercise};
use super::journal::Settings;
use super::library::find_exercise;
use super::plates::PlateInventory;
use super::prescription::Prescription;
use super::program::{ExerciseSlot, Program, StartingPoint};
use super::progression::{Progression, rpe_based_increment, target_for_week};
use super::rpe_chart::RpeChart;
use super::session::{LoggedExercise, LoggedSet, Session, SetKind};
use super::units::Unit;

/// Heaviest load of the stepped loading used for machines, cables and
/// dumbbells, in the program's unit.
const MAX_STACK_LOAD: f64 = 1000.0;

/// RPE assumed for a set the plan gives no RPE for.
pub const DEFAULT_PLANNED_RPE: f64 = 8.0;

/// One planned set with its load.
#[derive(Clone, Debug, PartialEq)]
pub struct ProjectedSet {
    pub kind: SetKind,
    pub reps: u32,
    pub rpe: Option<f64>,
    /// Load before rounding, in the program's unit.
    pub exact: f64,
    /// Load the plates make, in the program's unit.
    pub loadable: f64,
}

/// One slot of a projected day.
#[derive(Clone, Debug, PartialEq)]
pub struct ProjectedSlot {
    pub exercise: String,
    /// Planned sets with loads; empty when the exercise has no starting point.
    pub sets: Vec<ProjectedSet>,
    /// Exercise logged in the session that followed the day, if any.
    pub logged: Option<LoggedExercise>,
}

impl ProjectedSlot {
    /// Returns the first planned top set, or the first set of other schemes.
    pub fn main_set(&self) -> Option<&ProjectedSet> {
        self.sets
            .iter()
            .find(|set| set.kind == SetKind::Top)
            .or_else(|| self.sets.first())
    }
}

/// One projected day.
#[derive(Clone, Debug, PartialEq)]
pub struct ProjectedDay {
    pub name: String,
    pub slots: Vec<ProjectedSlot>,
    /// Id of the session logged for this day, the latest when several were.
    pub session: Option<u64>,
}

/// A program's planned loads, `weeks[week][day]`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Projection {
    pub unit: Unit,
    pub weeks: Vec<Vec<ProjectedDay>>,
}

impl Projection {
    /// Returns the projected day at `week` and `day`.
    pub fn day(&self, week: usize, day: usize) -> Option<&ProjectedDay> {
        self.weeks.get(week)?.get(day)
    }
}

/// Projects `program` from its starting points and the logged `sessions`.
///
/// The last logged top set of an exercise is taken from sessions that did
/// not follow this program, or else from the program's first logged top
/// set, so logging the program does not move its own starting point. Plates are `settings.plates` when they are in the
/// program's unit, the standard plates of that unit otherwise.
pub fn project_program(
    program: &Program,
    sessions: &[Session],
    exercises: &[Exercise],
    settings: &Settings,
) -> Projection {
    let plates = if settings.plates.unit == program.unit {
        settings.plates.clone()
    } else {
        PlateInventory::standard(program.unit)
    };
    // NOTE: the journal stores one inventory, so exercises it does not suit
    // (machines, cables, dumbbells) round to 2.5 kg or 5 lb steps, a common
    // stack and dumbbell increment that may not match the lifter's gym.
    let step = match program.unit {
        Unit::Kg => 2.5,
        Unit::Lb => 5.0,
    };
    let other_plates = PlateInventory::stack(program.unit, step, step, MAX_STACK_LOAD);
    let chart = match settings.e1rm_method {
        E1rmMethod::RpeChart2025 => RpeChart::Rts2025,
        _ => RpeChart::Classic,
    };
    let context = Context {
        plates,
        other_plates,
        exercises,
        chart,
        starts: starting_e1rms(program, sessions),
        logged: logged_days(program, sessions),
    };

    let mut weeks: Vec<Vec<ProjectedDay>> = Vec::with_capacity(program.weeks.len());
    for (week_index, week) in program.weeks.iter().enumerate() {
        let mut days = Vec::with_capacity(week.days.len());
        for (day_index, day) in week.days.iter().enumerate() {
            let session = context.logged.get(&(week_index, day_index)).copied();
            let slots = day
                .slots
                .iter()
                .map(|slot| {
                    let sets = context.project_slot(slot, week_index, day_index);
                    let logged = session
                        .and_then(|session| session.exercise(&slot.exercise))
                        .cloned();
                    ProjectedSlot {
                        exercise: slot.exercise.clone(),
                        sets,
                        logged,
                    }
                })
                .collect();
            days.push(ProjectedDay {
                name: day.name.clone(),
                slots,
                session: session.map(|session| session.id),
            });
        }
        weeks.push(days);
    }
    Projection {
        unit: program.unit,
        weeks,
    }
}

struct Context<'a> {
    /// The journal's plates, for exercises they suit.
    plates: PlateInventory,
    /// Steps for the exercises the journal's plates do not suit.
    other_plates: PlateInventory,
    exercises: &'a [Exercise],
    chart: RpeChart,
    /// Starting e1RM (or training max) by exercise, in the program's unit.
    starts: BTreeMap<String, f64>,
    /// The latest session logged for each (week, day) of the program.
    logged: BTreeMap<(usize, usize), &'a Session>,
}

impl Context<'_> {
    fn project_slot(&self, slot: &ExerciseSlot, week: usize, day: usize) -> Vec<ProjectedSet> {
        let Some(&base) = self.starts.get(&slot.exercise) else {
            return Vec::new();
        };
        let equipment = find_exercise(&slot.exercise, self.exercises)
            .map_or(Equipment::Barbell, |exercise| exercise.equipment);
        let plates = if self.plates.loading.suits(equipment) {
            &self.plates
        } else {
            &self.other_plates
        };
        let added = self.added_load(slot, week, day);
        let reps_range = match &slot.prescription {
            Prescription::StraightSets(plan) => Some((plan.reps_min, plan.reps_max)),
            _ => None,
        };
        let target = slot
            .progression
            .as_ref()
            .map(|progression| target_for_week(progression, week, reps_range));
        let planned_reps = |reps: u32| target.and_then(|target| target.reps).unwrap_or(reps);

        match &slot.prescription {
            Prescription::TopSetBackoff(plan) => {
                let top_reps = planned_reps(plan.top_reps);
                let rpe = plan.top_rpe.unwrap_or(DEFAULT_PLANNED_RPE);
                let Some(top) =
                    self.set_at(plates, base, top_reps, plan.top_rpe, added, SetKind::Top)
                else {
                    return Vec::new();
                };
                let top_set = TopSet {
                    load: top.loadable,
                    reps: top_reps,
                    rpe: Some(rpe),
                };
                let mut sets = vec![top.clone(); plan.top_sets as usize];
                if let Some(backoff) =
                    backoff_load(&top_set, &plan.rule, plan.backoff_reps, self.chart, plates)
                {
                    for _ in 0..plan.backoff_sets {
                        sets.push(ProjectedSet {
                            kind: SetKind::Backoff,
                            reps: plan.backoff_reps,
                            rpe: None,
                            exact: backoff.exact,
                            loadable: backoff.loadable(),
                        });
                    }
                }
                sets
            }
            Prescription::StraightSets(plan) => {
                // Double progression keeps the load of the rep range's bottom
                // while the reps climb, so the load is read at `reps_min`.
                let reps = planned_reps(plan.reps_min);
                let Some(set) = self.set_at(
                    plates,
                    base,
                    plan.reps_min,
                    plan.rpe,
                    added,
                    SetKind::Straight,
                ) else {
                    return Vec::new();
                };
                let set = ProjectedSet { reps, ..set };
                vec![set; plan.sets as usize]
            }
            other => other
                .working_sets()
                .into_iter()
                .filter_map(|(reps, rpe)| {
                    let load_reps = match other {
                        // NOTE: a cluster is loaded for the reps of one
                        // cluster, which the intra-set rest makes possible;
                        // the guide gives no percentage for it.
                        Prescription::Cluster(plan) => plan.reps_per_cluster,
                        Prescription::RestPause(plan) => plan.activation_reps,
                        _ => reps,
                    };
                    let set =
                        self.set_at(plates, base, load_reps, rpe, added, SetKind::Straight)?;
                    Some(ProjectedSet { reps, ..set })
                })
                .collect(),
        }
    }

    /// Builds a set of `reps` at `rpe` for an e1RM of `base`, plus `added`.
    fn set_at(
        &self,
        plates: &PlateInventory,
        base: f64,
        reps: u32,
        rpe: Option<f64>,
        added: f64,
        kind: SetKind,
    ) -> Option<ProjectedSet> {
        let percent = self
            .chart
            .percent_or_extrapolated(reps, rpe.unwrap_or(DEFAULT_PLANNED_RPE))?;
        let exact = base * percent.percent / 100.0 + added;
        Some(ProjectedSet {
            kind,
            reps,
            rpe,
            exact,
            loadable: plates.round(exact).loadable,
        })
    }

    /// Load the slot's progression has added by `week`.
    fn added_load(&self, slot: &ExerciseSlot, week: usize, day: usize) -> f64 {
        let Some(progression) = &slot.progression else {
            return 0.0;
        };
        let Progression::RpeBased { .. } = progression else {
            let reps_range = match &slot.prescription {
                Prescription::StraightSets(plan) => Some((plan.reps_min, plan.reps_max)),
                _ => None,
            };
            return target_for_week(progression, week, reps_range).added_load;
        };

        // RPE-based: each earlier week whose logged top set was easier than
        // the target adds the increment.
        let target_rpe = match &slot.prescription {
            Prescription::TopSetBackoff(plan) => plan.top_rpe,
            Prescription::StraightSets(plan) => plan.rpe,
            _ => None,
        }
        .unwrap_or(DEFAULT_PLANNED_RPE);
        (0..week)
            .map(|earlier| {
                let logged_rpe = self
                    .logged_exercise(earlier, day, &slot.exercise)
                    .and_then(|logged| logged.top_set().or_else(|| logged.sets.first()))
                    .and_then(|set| set.rpe);
                rpe_based_increment(progression, logged_rpe, target_rpe)
            })
            .sum()
    }

    fn logged_exercise(&self, week: usize, day: usize, exercise: &str) -> Option<&LoggedExercise> {
        self.logged.get(&(week, day))?.exercise(exercise)
    }
}

/// Starting e1RM of each exercise the program uses, in the program's unit.
fn starting_e1rms(program: &Program, sessions: &[Session]) -> BTreeMap<String, f64> {
    let mut starts = BTreeMap::new();
    let exercises = program
        .weeks
        .iter()
        .flat_map(|week| &week.days)
        .flat_map(|day| &day.slots)
        .map(|slot| slot.exercise.as_str());
    for exercise in exercises {
        if starts.contains_key(exercise) {
            continue;
        }
        let start = match program.starting_points.get(exercise) {
            Some(StartingPoint::TrainingMax(value) | StartingPoint::E1rm(value)) => {
                Some(*value).filter(|value| value.is_finite() && *value > 0.0)
            }
            Some(StartingPoint::LastTopSet) | None => {
                last_top_set_e1rm(exercise, &program.name, sessions, program.unit)
            }
        };
        if let Some(start) = start {
            starts.insert(exercise.to_owned(), start);
        }
    }
    starts
}

/// e1RM of the latest top set of `exercise` logged outside `program`, or
/// when there is none, of the first one logged in `program`. Either way
/// logging later weeks of the program leaves it unchanged. Exercises logged
/// without a top set use their heaviest working set.
fn last_top_set_e1rm(
    exercise: &str,
    program: &str,
    sessions: &[Session],
    unit: Unit,
) -> Option<f64> {
    let follows_program = |session: &Session| {
        session
            .planned
            .as_ref()
            .is_some_and(|planned| planned.program == program)
    };
    let top_sets = |inside: bool| {
        sessions
            .iter()
            .filter(move |session| follows_program(session) == inside)
            .filter_map(|session| {
                let set = reference_set(session.exercise(exercise)?)?;
                Some((session.start, set))
            })
    };
    let latest_outside = top_sets(false).max_by_key(|(start, _)| *start);
    let (_, set) = latest_outside.or_else(|| top_sets(true).min_by_key(|(start, _)| *start))?;
    let load = set.load?.value_in(unit);
    let method = if set.rpe.is_some() {
        E1rmMethod::RpeChart
    } else {
        E1rmMethod::Epley
    };
    estimate_e1rm(method, load, set.reps, set.rpe).map(|estimate| estimate.value)
}

/// Returns the set a starting point is read from: the top set, or for
/// exercises done without one (straight sets), the heaviest completed
/// working set.
fn reference_set(logged: &LoggedExercise) -> Option<&LoggedSet> {
    logged.top_set().or_else(|| {
        logged
            .sets
            .iter()
            .filter(|set| set.kind.is_working() && set.done && set.load.is_some())
            .max_by(|a, b| {
                let a = a.load.map_or(0.0, |load| load.to_kg());
                let b = b.load.map_or(0.0, |load| load.to_kg());
                a.total_cmp(&b)
            })
    })
}

/// Finds the latest session logged for each (week, day) of `program`.
fn logged_days<'a>(
    program: &Program,
    sessions: &'a [Session],
) -> BTreeMap<(usize, usize), &'a Session> {
    let mut days: BTreeMap<(usize, usize), &Session> = BTreeMap::new();
    for session in sessions {
        let Some(planned) = &session.planned else {
            continue;
        };
        if planned.program != program.name {
            continue;
        }
        let key = (planned.week, planned.day);
        match days.get(&key) {
            Some(existing) if existing.start >= session.start => {}
            _ => {
                days.insert(key, session);
            }
        }
    }
    days
}
