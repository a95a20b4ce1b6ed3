//! The session being logged, with what each exercise's slot prescribes, so
//! warm-up and backoff loads follow the top set while the lifter types it.
//!
//! Loads of bodyweight exercises: `None` is body weight alone, a positive load
//! is load added with a belt or vest, and a negative load is assistance (a band
//! or a machine's counterweight) taken off body weight. Volume counts the
//! added load only, so assisted sets count as negative volume in
//! [`LoggedSet::volume_in`].

use std::borrow::Cow;
use std::time::Duration;

use chrono::NaiveDateTime;

use super::equipment::equipment_inventory;
use super::rest_timer::{BACKOFF_REST, OTHER_REST, TOP_SET_REST};
use crate::model::{
    BackoffDecision, BackoffLoad, BackoffRule, E1rmMethod, Equipment, ExerciseSlot, Journal, Load,
    LoggedExercise, LoggedSet, PlannedDayRef, PlateInventory, Prescription, Program, ProjectedSlot,
    RpeChart, Session, SetKind, Suitability, TopSet, TopSetBackoff, Unit, another_backoff_due,
    backoff_load, find_exercise, project_program, warmup_ramp,
};
use crate::storage::{MAX_ASSISTANCE, MAX_LOAD};

/// Warm-up sets planned after the empty bar, as in the method's bench example
/// (bar × 10, then three steps up to the top set).
pub const WARMUP_STEPS: u32 = 3;

/// Rule that makes the loads the app computes for an exercise loadable.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Loading {
    /// A barbell (or other plate-loaded equipment): the bar plus plates from
    /// the inventory.
    #[default]
    Plates,
    /// Fixed dumbbells, one load per dumbbell.
    Dumbbells,
    /// A machine's or a cable's weight stack.
    Stack,
    /// Body weight, with optional added load or assistance; nothing is computed.
    Bodyweight,
}

impl Loading {
    /// Returns the loading that suits `equipment`.
    pub fn for_equipment(equipment: Equipment) -> Self {
        match equipment {
            Equipment::Barbell | Equipment::Other => Self::Plates,
            Equipment::Dumbbell => Self::Dumbbells,
            Equipment::Machine | Equipment::Cable => Self::Stack,
            Equipment::Bodyweight => Self::Bodyweight,
        }
    }

    /// The loading of `exercise`, looked up in the journal's exercise list and
    /// then in the built-in library; plates for an exercise found in neither.
    pub fn of_exercise(exercise: &str, journal: &Journal) -> Self {
        find_exercise(exercise, &journal.exercises)
            .map_or(Self::Plates, |known| Self::for_equipment(known.equipment))
    }

    /// The equipment whose inventory rounds loads of this loading.
    fn equipment(self) -> Equipment {
        match self {
            Self::Plates => Equipment::Barbell,
            Self::Dumbbells => Equipment::Dumbbell,
            Self::Stack => Equipment::Machine,
            Self::Bodyweight => Equipment::Bodyweight,
        }
    }
}

/// Rest lengths for one exercise, editable while logging.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RestPlan {
    pub after_top_secs: u32,
    pub between_backoffs_secs: u32,
}

impl Default for RestPlan {
    fn default() -> Self {
        Self {
            after_top_secs: TOP_SET_REST.as_secs() as u32,
            between_backoffs_secs: BACKOFF_REST.as_secs() as u32,
        }
    }
}

impl RestPlan {
    /// Rest to take after a set of `kind`.
    pub fn after(&self, kind: SetKind) -> Duration {
        match kind {
            SetKind::Top => Duration::from_secs(u64::from(self.after_top_secs)),
            SetKind::Backoff | SetKind::Straight | SetKind::Drop | SetKind::Failure => {
                Duration::from_secs(u64::from(self.between_backoffs_secs))
            }
            SetKind::WarmUp => OTHER_REST,
        }
    }
}

/// One exercise of the draft: its logged sets and the plan they came from.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DraftExercise {
    /// The sets as logged so far, planned sets included (not done yet).
    pub logged: LoggedExercise,
    /// The slot's prescription; `None` for an exercise edited from history
    /// with no known plan.
    pub prescription: Option<Prescription>,
    pub rest: RestPlan,
    pub loading: Loading,
    /// The journal's e1RM method: its RPE chart gives RPE-target backoff loads
    /// (the classic chart for a rep formula), and it measures fatigue for a
    /// repeat-until-RPE rule.
    pub e1rm_method: E1rmMethod,
}

impl DraftExercise {
    /// Plans the sets that `prescription` prescribes. Warm-up rows are filled
    /// from the last logged top set of the exercise in `journal` when there is
    /// one, and from the top set load once it is typed.
    ///
    /// A repeat-until-RPE rule plans one backoff set; the logger offers the
    /// next one while [`Self::repeat_decision`] says another is due.
    pub fn planned(exercise: &str, prescription: Prescription, journal: &Journal) -> Self {
        let loading = Loading::of_exercise(exercise, journal);
        let mut sets = Vec::new();
        match &prescription {
            Prescription::TopSetBackoff(plan) => {
                for _ in 0..plan.top_sets {
                    sets.push(planned_set(SetKind::Top, None, plan.top_reps, plan.top_rpe));
                }
                let backoff_sets = match plan.rule {
                    BackoffRule::RepeatUntilRpe { .. } => plan.backoff_sets.min(1),
                    BackoffRule::PercentDrop(_) | BackoffRule::RpeTarget(_) => plan.backoff_sets,
                };
                for _ in 0..backoff_sets {
                    sets.push(planned_set(SetKind::Backoff, None, plan.backoff_reps, None));
                }
            }
            Prescription::StraightSets(plan) => {
                for _ in 0..plan.sets {
                    sets.push(planned_set(
                        SetKind::Straight,
                        None,
                        plan.reps_min,
                        plan.rpe,
                    ));
                }
            }
            other => {
                for (reps, rpe) in other.working_sets() {
                    sets.push(planned_set(SetKind::Straight, None, reps, rpe));
                }
            }
        }
        let mut draft = Self {
            logged: LoggedExercise {
                exercise: exercise.to_owned(),
                sets,
                note: String::new(),
            },
            prescription: Some(prescription),
            rest: RestPlan::default(),
            loading,
            e1rm_method: journal.settings.e1rm_method,
        };
        draft.plan_warmups(
            last_top_set_load(journal, exercise),
            &journal.settings.plates,
        );
        draft
    }

    /// Plans an exercise from its slot in a program. The slot's rest time
    /// applies to the sets after the top set; the top set keeps the method's
    /// longer rest (3–5 minutes) because the slot stores one length only.
    pub fn from_slot(slot: &ExerciseSlot, journal: &Journal) -> Self {
        let mut draft = Self::planned(&slot.exercise, slot.prescription.clone(), journal);
        if let Some(seconds) = slot.rest_secs.filter(|seconds| *seconds > 0) {
            draft.rest.between_backoffs_secs = seconds;
        }
        draft
    }

    /// Gives the planned top sets and straight sets the reps and loads of
    /// `projected`, the program's projection of this slot for the week
    /// logged. The logger then plans what the editor's projection shows,
    /// such as a wave's 5, 4 then 3 reps or a linear progression's added
    /// load. Loads are in `unit`, the program's. A set that already has a
    /// load keeps it, and bodyweight exercises get no load. Backoff and
    /// warm-up loads then follow the top set as usual.
    pub fn follow_projection(
        &mut self,
        projected: &ProjectedSlot,
        unit: Unit,
        plates: &PlateInventory,
    ) {
        let loads_planned = self.loading != Loading::Bodyweight;
        for kind in [SetKind::Top, SetKind::Straight] {
            let planned = projected.sets.iter().filter(|set| set.kind == kind);
            let drafted = self
                .logged
                .sets
                .iter_mut()
                .filter(|set| set.kind == kind && !set.done);
            for (set, plan) in drafted.zip(planned) {
                set.reps = plan.reps;
                if loads_planned && set.load.is_none() {
                    set.load = storable(Load::new(plan.loadable, unit));
                }
            }
        }
        // NOTE: the projected top load is rounded with the projection's
        // plates (the journal's when they are in the program's unit, stack
        // steps for machines and dumbbells), while the backoffs below are
        // rounded with `self.inventory(plates)`, so the two can differ by a
        // step for those exercises or for a program in the other unit.

        // A top set added later copies the week's reps too.
        let week_top_reps = projected
            .sets
            .iter()
            .find(|set| set.kind == SetKind::Top)
            .map(|set| set.reps);
        if let (Some(Prescription::TopSetBackoff(plan)), Some(reps)) =
            (&mut self.prescription, week_top_reps)
        {
            plan.top_reps = reps;
        }
        self.refresh_computed_loads(plates);
    }

    /// Plans an exercise chosen outside any program: top set + backoff sets
    /// for exercises that suit the method (or are in neither the journal's
    /// list nor the built-in library), three straight sets of 8–12 for the
    /// others.
    pub fn from_scratch(exercise: &str, journal: &Journal) -> Self {
        let suits_method = find_exercise(exercise, &journal.exercises).is_none_or(|known| {
            known.suitability != Suitability::NotRecommended && !known.isolation
        });
        let prescription = if suits_method {
            Prescription::TopSetBackoff(TopSetBackoff::default())
        } else {
            Prescription::StraightSets(crate::model::StraightSets {
                sets: 3,
                reps_min: 8,
                reps_max: 12,
                rpe: None,
            })
        };
        Self::planned(exercise, prescription, journal)
    }

    /// Returns the backoff rule of the prescription, if it has one.
    pub fn backoff_rule(&self) -> Option<&BackoffRule> {
        match &self.prescription {
            Some(Prescription::TopSetBackoff(plan)) => Some(&plan.rule),
            _ => None,
        }
    }

    /// Returns the top set that backoffs are computed from: the heaviest top
    /// set with a load, done or not, so loads follow the top set while it is typed.
    pub fn reference_top_set(&self) -> Option<&LoggedSet> {
        self.logged
            .sets
            .iter()
            .filter(|set| set.kind == SetKind::Top && set.load.is_some())
            .max_by(|a, b| {
                let a = a.load.map_or(0.0, |load| load.to_kg());
                let b = b.load.map_or(0.0, |load| load.to_kg());
                a.total_cmp(&b)
            })
    }

    /// The load the backoff set at `index` should have from the top set and
    /// the backoff rule, rounded to the exercise's equipment (see
    /// [`Self::inventory`]). `None` when the set is not a backoff set, there is
    /// no rule or no top set load yet, an RPE-target rule has no top set RPE,
    /// or the exercise is done with body weight.
    pub fn backoff_target(&self, index: usize, plates: &PlateInventory) -> Option<BackoffLoad> {
        let set = self.logged.sets.get(index)?;
        if set.kind != SetKind::Backoff || self.loading == Loading::Bodyweight {
            return None;
        }
        let rule = self.backoff_rule()?;
        let inventory = self.inventory(plates);
        let top = TopSet::from_logged(self.reference_top_set()?, inventory.unit)?;
        if top.load <= 0.0 {
            return None;
        }
        let chart = self.e1rm_method.chart().unwrap_or(RpeChart::Classic);
        backoff_load(&top, rule, set.reps, chart, &inventory)
    }

    /// The inventory that rounds this exercise's loads: the journal's `plates`
    /// when they suit its equipment, otherwise the default for the equipment
    /// (see [`super::default_inventory`]).
    pub fn inventory<'a>(&self, plates: &'a PlateInventory) -> Cow<'a, PlateInventory> {
        equipment_inventory(self.loading.equipment(), plates)
    }

    /// For a repeat-until-RPE rule, whether another backoff set is due after
    /// the done top set and the backoff sets done so far. `None` for other
    /// rules and before the top set is done.
    pub fn repeat_decision(&self) -> Option<BackoffDecision> {
        let Some(BackoffRule::RepeatUntilRpe {
            fatigue_percent, ..
        }) = self.backoff_rule()
        else {
            return None;
        };
        let top = self.logged.top_set()?;
        let backoffs: Vec<LoggedSet> = self.logged.backoff_sets().cloned().collect();
        Some(another_backoff_due(
            top,
            &backoffs,
            *fatigue_percent,
            self.e1rm_method,
        ))
    }

    /// Whether the logger should offer "another backoff set?": a
    /// repeat-until-RPE rule says one is due and no planned backoff set is
    /// left to do.
    pub fn offers_another_backoff(&self) -> bool {
        let pending = self
            .logged
            .sets
            .iter()
            .any(|set| set.kind == SetKind::Backoff && !set.done);
        !pending && self.repeat_decision() == Some(BackoffDecision::Due)
    }

    /// Sets the load of the set at `index` as the lifter typed it, then
    /// recomputes the loads that follow the top set. A warm-up or backoff load
    /// typed by hand is kept from then on (`load_typed`).
    pub fn set_load(&mut self, index: usize, load: Option<Load>, plates: &PlateInventory) {
        let Some(set) = self.logged.sets.get_mut(index) else {
            return;
        };
        set.load = load;
        if set.kind == SetKind::Top {
            self.refresh_computed_loads(plates);
        } else {
            set.load_typed = true;
        }
    }

    /// Returns whether the set at `index` is a top set without a load in an
    /// exercise done with a load. Such a set cannot be marked done, because
    /// the backoff loads would have nothing to follow. A typed 0 is a load,
    /// and a bodyweight exercise needs none (no load there is body weight alone).
    pub fn needs_load_before_done(&self, index: usize) -> bool {
        let Some(set) = self.logged.sets.get(index) else {
            return false;
        };
        set.kind == SetKind::Top && set.load.is_none() && self.loading != Loading::Bodyweight
    }

    /// Whether backoff loads depend on the reps and RPE of the sets (and not
    /// only on the top set load), so editing those must recompute them.
    pub fn loads_follow_reps(&self) -> bool {
        matches!(self.backoff_rule(), Some(BackoffRule::RpeTarget(_)))
    }

    /// Forgets a hand-typed load at `index` and computes it again.
    pub fn reset_load(&mut self, index: usize, plates: &PlateInventory) {
        if let Some(set) = self.logged.sets.get_mut(index) {
            set.load_typed = false;
        }
        self.refresh_computed_loads(plates);
    }

    /// Recomputes the backoff loads not typed by hand and not done yet, and
    /// fills the warm-up sets the lifter has neither typed nor done.
    pub fn refresh_computed_loads(&mut self, plates: &PlateInventory) {
        for index in 0..self.logged.sets.len() {
            let target = self.backoff_target(index, plates);
            let Some(set) = self.logged.sets.get_mut(index) else {
                continue;
            };
            if set.kind != SetKind::Backoff || set.load_typed || set.done {
                continue;
            }
            set.load = target
                .map(|backoff| Load::new(backoff.loadable(), plates.unit))
                .and_then(storable);
        }

        let top_load = self
            .reference_top_set()
            .and_then(|top| top.load)
            .map(|load| load.value_in(plates.unit));
        if let Some(top_load) = top_load {
            self.fill_warmups(top_load, plates);
        }
    }

    /// Fills the warm-up sets the lifter has neither typed nor done with a
    /// ramp to `top_load`. The rows stay in place (so a field being typed in
    /// keeps its row); rows past the end of a short ramp lose their load.
    fn fill_warmups(&mut self, top_load: f64, plates: &PlateInventory) {
        if self.loading != Loading::Plates {
            return;
        }
        let inventory = self.inventory(plates);
        let ramp = warmup_ramp(top_load, WARMUP_STEPS, &inventory);
        let warmups = self
            .logged
            .sets
            .iter_mut()
            .filter(|set| set.kind == SetKind::WarmUp);
        for (index, set) in warmups.enumerate() {
            if set.done || set.load_typed {
                continue;
            }
            match ramp.get(index) {
                Some(step) => {
                    set.load = storable(Load::new(step.load, inventory.unit));
                    set.reps = step.reps;
                }
                None => set.load = None,
            }
        }
    }

    /// Puts warm-up rows before the top set of a barbell exercise: one per
    /// step of the ramp to the last logged top set, or the bar and
    /// [`WARMUP_STEPS`] steps, filled once the top set load is typed.
    fn plan_warmups(&mut self, last_top: Option<f64>, plates: &PlateInventory) {
        let has_top_set = self.logged.sets.iter().any(|set| set.kind == SetKind::Top);
        if self.loading != Loading::Plates || !has_top_set {
            return;
        }
        let rows = last_top.map_or(WARMUP_STEPS as usize + 1, |top| {
            warmup_ramp(top, WARMUP_STEPS, &self.inventory(plates)).len()
        });
        let warmups = (0..rows).map(|_| planned_set(SetKind::WarmUp, None, 0, None));
        self.logged.sets.splice(0..0, warmups);
        if let Some(top) = last_top {
            self.fill_warmups(top, plates);
        }
    }

    /// Adds a planned set of `kind` after the last set of that kind (warm-ups
    /// first, then top sets, then the rest) and returns its index.
    pub fn add_set(&mut self, kind: SetKind, plates: &PlateInventory) -> usize {
        let rank = |kind: SetKind| match kind {
            SetKind::WarmUp => 0,
            SetKind::Top => 1,
            _ => 2,
        };
        let index = self
            .logged
            .sets
            .iter()
            .rposition(|set| rank(set.kind) <= rank(kind))
            .map_or(0, |last| last + 1);
        // A new set copies the reps of the set before it, or the plan's reps.
        let template = self.logged.sets.iter().rev().find(|set| set.kind == kind);
        let reps = template.map_or_else(|| self.planned_reps(kind), |set| set.reps);
        let load = match kind {
            SetKind::WarmUp | SetKind::Straight => template.and_then(|set| set.load),
            _ => None,
        };
        self.logged
            .sets
            .insert(index, planned_set(kind, load, reps, None));
        self.refresh_computed_loads(plates);
        index
    }

    fn planned_reps(&self, kind: SetKind) -> u32 {
        match (&self.prescription, kind) {
            (Some(Prescription::TopSetBackoff(plan)), SetKind::Top) => plan.top_reps,
            (Some(Prescription::TopSetBackoff(plan)), SetKind::Backoff) => plan.backoff_reps,
            (Some(Prescription::StraightSets(plan)), _) => plan.reps_min,
            (_, SetKind::WarmUp) => 5,
            _ => 8,
        }
    }

    /// Removes the set at `index` and returns it.
    pub fn remove_set(&mut self, index: usize, plates: &PlateInventory) -> Option<LoggedSet> {
        if index >= self.logged.sets.len() {
            return None;
        }
        let removed = self.logged.sets.remove(index);
        self.refresh_computed_loads(plates);
        Some(removed)
    }

    /// Returns whether every working set is done (the exercise is over).
    pub fn is_complete(&self) -> bool {
        let mut working = self.logged.sets.iter().filter(|set| set.kind.is_working());
        working.clone().next().is_some() && working.all(|set| set.done)
    }
}

/// The session being logged.
#[derive(Clone, Debug, PartialEq)]
pub struct SessionDraft {
    /// Id from [`Journal::next_session_id`], kept when the session is saved again.
    pub id: u64,
    pub start: NaiveDateTime,
    pub name: String,
    pub planned: Option<PlannedDayRef>,
    pub note: String,
    /// Import source of a session opened from history, kept unchanged.
    pub source: Option<String>,
    pub exercises: Vec<DraftExercise>,
}

impl SessionDraft {
    /// Builds a draft of day `day` of week `week` of `program`, or returns
    /// `None` when the program has no such day. Top sets and straight sets
    /// get the reps and loads of the program's projection for that week (see
    /// [`DraftExercise::follow_projection`]).
    pub fn from_day(
        journal: &Journal,
        program: &Program,
        week: usize,
        day: usize,
        start: NaiveDateTime,
    ) -> Option<Self> {
        let planned_day = program.day(week, day)?;
        let projection = project_program(
            program,
            &journal.sessions,
            &journal.exercises,
            &journal.settings,
        );
        let projected_day = projection.day(week, day);
        let exercises = planned_day
            .slots
            .iter()
            .enumerate()
            .map(|(index, slot)| {
                let mut draft = DraftExercise::from_slot(slot, journal);
                let projected = projected_day.and_then(|projected| projected.slots.get(index));
                if let Some(projected) = projected {
                    draft.follow_projection(projected, program.unit, &journal.settings.plates);
                }
                draft
            })
            .collect();
        Some(Self {
            id: journal.next_session_id(),
            start,
            name: planned_day.name.clone(),
            planned: Some(PlannedDayRef {
                program: program.name.clone(),
                week,
                day,
            }),
            note: String::new(),
            source: None,
            exercises,
        })
    }

    /// Builds a draft of the exercises named in `exercises`, outside any program.
    pub fn from_scratch(
        journal: &Journal,
        name: &str,
        exercises: &[String],
        start: NaiveDateTime,
    ) -> Self {
        Self {
            id: journal.next_session_id(),
            start,
            name: name.to_owned(),
            planned: None,
            note: String::new(),
            source: None,
            exercises: exercises
                .iter()
                .map(|exercise| DraftExercise::from_scratch(exercise, journal))
                .collect(),
        }
    }

    /// Builds a draft that edits a logged session. Exercises get their slot's
    /// prescription back when the session followed a planned day that still
    /// exists; the others keep their loads as logged.
    pub fn from_session(session: &Session, journal: &Journal) -> Self {
        let planned_day = session.planned.as_ref().and_then(|planned| {
            journal
                .program(&planned.program)?
                .day(planned.week, planned.day)
        });
        let exercises = session
            .exercises
            .iter()
            .map(|logged| {
                let slot = planned_day.and_then(|day| {
                    day.slots
                        .iter()
                        .find(|slot| slot.exercise == logged.exercise)
                });
                DraftExercise {
                    logged: logged.clone(),
                    prescription: slot.map(|slot| slot.prescription.clone()),
                    rest: RestPlan::default(),
                    loading: Loading::of_exercise(&logged.exercise, journal),
                    e1rm_method: journal.settings.e1rm_method,
                }
            })
            .collect();
        Self {
            id: session.id,
            start: session.start,
            name: session.name.clone(),
            planned: session.planned.clone(),
            note: session.note.clone(),
            source: session.source.clone(),
            exercises,
        }
    }

    /// Returns the session in its current state, planned sets not yet done included (with
    /// `done: false`), ready for [`crate::app::Command::SaveSession`].
    pub fn to_session(&self) -> Session {
        Session {
            id: self.id,
            start: self.start,
            name: self.name.clone(),
            planned: self.planned.clone(),
            exercises: self
                .exercises
                .iter()
                .map(|exercise| exercise.logged.clone())
                .collect(),
            note: self.note.clone(),
            source: self.source.clone(),
        }
    }
}

/// Returns the load of the most recent logged top set of `exercise`, in the
/// unit of the journal's plate inventory.
fn last_top_set_load(journal: &Journal, exercise: &str) -> Option<f64> {
    journal
        .sessions
        .iter()
        .rev()
        .filter_map(|session| session.exercise(exercise)?.top_set()?.load)
        .next()
        .map(|load| load.value_in(journal.settings.plates.unit))
}

/// Returns `load` when a journal can store it (−[`MAX_ASSISTANCE`] to
/// [`MAX_LOAD`] in its own unit). A computed load can go past that when an
/// RPE-target backoff is heavier than a top set near the limit, or when a
/// top set typed in kg is converted to lb plates. Such a set gets no load
/// instead, so the lifter types one that the logger checks.
fn storable(load: Load) -> Option<Load> {
    (-MAX_ASSISTANCE..=MAX_LOAD)
        .contains(&load.value)
        .then_some(load)
}

fn planned_set(kind: SetKind, load: Option<Load>, reps: u32, rpe: Option<f64>) -> LoggedSet {
    LoggedSet {
        done: false,
        ..LoggedSet::new(kind, load, reps, rpe)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoffs_follow_typed_top_set() {
        let journal = Journal::default();
        let plates = PlateInventory::standard_kg();
        let mut bench = DraftExercise::from_scratch("Bench press", &journal);
        let top = bench
            .logged
            .sets
            .iter()
            .position(|set| set.kind == SetKind::Top)
            .expect("a top set");
        bench.set_load(top, Some(Load::kg(120.0)), &plates);

        let backoffs: Vec<f64> = bench
            .logged
            .sets
            .iter()
            .filter(|set| set.kind == SetKind::Backoff)
            .filter_map(|set| set.load.map(|load| load.value))
            .collect();
        // 120 × 0.9 = 108, and the nearest load made of pairs of plates is 107.5.
        assert_eq!(backoffs, [107.5, 107.5, 107.5]);
        let warmups: Vec<(f64, u32)> = bench
            .logged
            .sets
            .iter()
            .filter(|set| set.kind == SetKind::WarmUp)
            .filter_map(|set| Some((set.load?.value, set.reps)))
            .collect();
        assert_eq!(warmups, [(20.0, 10), (60.0, 8), (80.0, 5), (100.0, 3)]);
    }

    #[test]
    fn computed_loads_stay_storable() {
        // A 1100 kg top set on lb plates is 1100 / 0.45359237 = 2425 lb, so
        // its 10 % backoffs (about 2183 lb) and its heaviest warm-ups pass the
        // 2000 lb a journal stores, and are left without a load.
        let journal = Journal::default();
        let plates = PlateInventory::with_sizes(crate::model::Unit::Lb, 45.0, &[45.0], 30);
        let mut bench = DraftExercise::from_scratch("Bench press", &journal);
        let top = bench
            .logged
            .sets
            .iter()
            .position(|set| set.kind == SetKind::Top)
            .expect("a top set");
        bench.set_load(top, Some(Load::kg(1100.0)), &plates);

        let loads = |kind: SetKind| -> Vec<Option<f64>> {
            bench
                .logged
                .sets
                .iter()
                .filter(|set| set.kind == kind)
                .map(|set| set.load.map(|load| load.value))
                .collect()
        };
        assert_eq!(loads(SetKind::Backoff), [None, None, None]);
        let warmups = loads(SetKind::WarmUp);
        assert_eq!(warmups.first(), Some(&Some(45.0)), "the empty bar stays");
        assert_eq!(warmups.last(), Some(&None), "{warmups:?}");
        for load in warmups.iter().flatten() {
            assert!(*load <= 2000.0, "{warmups:?}");
        }
    }

    #[test]
    fn rpe_target_rule_uses_chart() {
        let journal = Journal::default();
        let plates = PlateInventory::standard_kg();
        let plan = TopSetBackoff {
            backoff_reps: 8,
            rule: BackoffRule::RpeTarget(8.0),
            ..TopSetBackoff::default()
        };
        let mut squat =
            DraftExercise::planned("Squat", Prescription::TopSetBackoff(plan), &journal);
        let top = squat
            .logged
            .sets
            .iter()
            .position(|set| set.kind == SetKind::Top)
            .expect("a top set");
        squat.logged.sets[top].rpe = Some(8.5);
        squat.set_load(top, Some(Load::kg(120.0)), &plates);

        let first_backoff = squat
            .logged
            .sets
            .iter()
            .position(|set| set.kind == SetKind::Backoff)
            .expect("a backoff set");
        let target = squat
            .backoff_target(first_backoff, &plates)
            .expect("a target");
        // Classic chart: 4 reps at RPE 8.5 is 85 %, so e1RM = 120 / 0.85;
        // 8 reps at RPE 8 is 73.9 %, so 141.18 × 0.739 = 104.33 kg, and the
        // nearest load made of pairs of plates is 105.
        assert!((target.exact - 120.0 / 0.85 * 0.739).abs() < 1e-6);
        assert_eq!(target.loadable(), 105.0);
    }

    #[test]
    fn added_set_goes_after_its_kind() {
        let journal = Journal::default();
        let plates = PlateInventory::standard_kg();
        let mut bench = DraftExercise::from_scratch("Bench press", &journal);
        let index = bench.add_set(SetKind::Top, &plates);
        assert_eq!(index, 5);
        let kinds: Vec<SetKind> = bench.logged.sets.iter().map(|set| set.kind).collect();
        assert_eq!(
            kinds,
            [
                SetKind::WarmUp,
                SetKind::WarmUp,
                SetKind::WarmUp,
                SetKind::WarmUp,
                SetKind::Top,
                SetKind::Top,
                SetKind::Backoff,
                SetKind::Backoff,
                SetKind::Backoff
            ]
        );
    }

    #[test]
    fn bodyweight_exercise_computes_nothing() {
        use crate::model::{Exercise, Muscle};

        let mut journal = Journal::default();
        journal.exercises.push(Exercise::new(
            "Pull-up",
            &[Muscle::Back],
            Equipment::Bodyweight,
            Suitability::Good,
        ));
        let plates = PlateInventory::standard_kg();
        let mut pull_up = DraftExercise::from_scratch("Pull-up", &journal);
        assert_eq!(pull_up.loading, Loading::Bodyweight);
        assert!(
            pull_up
                .logged
                .sets
                .iter()
                .all(|set| set.kind != SetKind::WarmUp),
            "no warm-up ramp without a bar"
        );

        // Assistance of 20 kg on the top set is a load of −20 kg.
        let top = pull_up
            .logged
            .sets
            .iter()
            .position(|set| set.kind == SetKind::Top)
            .expect("a top set");
        pull_up.set_load(top, Some(Load::kg(-20.0)), &plates);
        assert_eq!(pull_up.logged.sets[top].load, Some(Load::kg(-20.0)));
        let backoff = top + 1;
        assert_eq!(pull_up.backoff_target(backoff, &plates), None);
        assert_eq!(pull_up.logged.sets[backoff].load, None);
    }

    #[test]
    fn top_set_without_load_needs_one() {
        let journal = Journal::default();
        let plates = PlateInventory::standard_kg();
        let mut bench = DraftExercise::from_scratch("Bench press", &journal);
        let top = bench
            .logged
            .sets
            .iter()
            .position(|set| set.kind == SetKind::Top)
            .expect("a top set");
        assert!(bench.needs_load_before_done(top));
        assert!(!bench.needs_load_before_done(top + 1), "a backoff set");

        bench.set_load(top, Some(Load::kg(0.0)), &plates);
        assert!(!bench.needs_load_before_done(top), "0 is a load");
        bench.set_load(top, Some(Load::kg(100.0)), &plates);
        assert!(!bench.needs_load_before_done(top));
        assert!(!bench.needs_load_before_done(99), "no such set");
    }

    #[test]
    fn bodyweight_top_set_needs_no_load() {
        use crate::model::{Exercise, Muscle};

        let mut journal = Journal::default();
        journal.exercises.push(Exercise::new(
            "Pull-up",
            &[Muscle::Back],
            Equipment::Bodyweight,
            Suitability::Good,
        ));
        let pull_up = DraftExercise::from_scratch("Pull-up", &journal);
        let top = pull_up
            .logged
            .sets
            .iter()
            .position(|set| set.kind == SetKind::Top)
            .expect("a top set");
        assert_eq!(pull_up.logged.sets[top].load, None);
        assert!(!pull_up.needs_load_before_done(top));
    }

    #[test]
    fn rest_follows_set_kind() {
        let rest = RestPlan {
            after_top_secs: 300,
            between_backoffs_secs: 120,
        };
        assert_eq!(rest.after(SetKind::Top), Duration::from_secs(300));
        assert_eq!(rest.after(SetKind::Backoff), Duration::from_secs(120));
        assert_eq!(
            RestPlan::default().after(SetKind::Top),
            Duration::from_secs(240)
        );
        assert_eq!(
            RestPlan::default().after(SetKind::Backoff),
            Duration::from_secs(150)
        );
    }

    #[test]
    fn slot_rest_sets_backoff_rest() {
        let journal = Journal::default();
        let slot = ExerciseSlot {
            exercise: "Squat".to_owned(),
            rest_secs: Some(150),
            ..ExerciseSlot::default()
        };
        let draft = DraftExercise::from_slot(&slot, &journal);
        assert_eq!(draft.rest.between_backoffs_secs, 150);
        // The top set keeps the method's 4 minutes.
        assert_eq!(draft.rest.after_top_secs, 240);
    }

    /// Builds a program of `weeks` identical weeks with one day of one
    /// `exercise` slot, moved by `progression` from an e1RM of 123.3 kg. The
    /// slot plans a top set of 3 reps at RPE 8, then three backoffs 10 % lighter.
    fn one_slot_program(
        exercise: &str,
        weeks: usize,
        progression: Option<crate::model::Progression>,
    ) -> Program {
        let slot = ExerciseSlot {
            exercise: exercise.to_owned(),
            prescription: Prescription::TopSetBackoff(TopSetBackoff {
                top_reps: 3,
                top_rpe: Some(8.0),
                ..TopSetBackoff::default()
            }),
            progression,
            ..ExerciseSlot::default()
        };
        let week = crate::model::Week {
            days: vec![crate::model::Day {
                name: "Day 1".to_owned(),
                slots: vec![slot],
            }],
        };
        Program {
            name: "Block".to_owned(),
            unit: Unit::Kg,
            weeks: vec![week; weeks],
            starting_points: [(
                exercise.to_owned(),
                crate::model::StartingPoint::E1rm(123.3),
            )]
            .into(),
            ..Program::default()
        }
    }

    /// Returns the reps and load of the first planned top set of week `week`.
    fn planned_top_set(program: &Program, week: usize) -> (u32, Option<f64>) {
        let start = chrono::NaiveDate::from_ymd_opt(2026, 12, 4)
            .and_then(|date| date.and_hms_opt(18, 0, 0))
            .expect("valid date");
        let journal = Journal::default();
        let draft = SessionDraft::from_day(&journal, program, week, 0, start).expect("a day");
        let top = draft.exercises[0]
            .logged
            .sets
            .iter()
            .find(|set| set.kind == SetKind::Top)
            .expect("a top set");
        (top.reps, top.load.map(|load| load.value))
    }

    #[test]
    fn wave_weeks_plan_projected_top_sets() {
        let wave = crate::model::Progression::Wave {
            reps: vec![5, 4, 3],
            wave_increment: 5.0,
        };
        let program = one_slot_program("Bench Press", 4, Some(wave));
        // Classic chart at RPE 8: 5 reps 81.1 %, 4 reps 83.7 %, 3 reps 86.3 %
        // of 123.3 kg, rounded to the nearest 2.5 kg of pairs of plates.
        // 99.996 → 100 kg.
        assert_eq!(planned_top_set(&program, 0), (5, Some(100.0)));
        // 103.2 → 102.5 kg.
        assert_eq!(planned_top_set(&program, 1), (4, Some(102.5)));
        // 106.4 → 107.5 kg.
        assert_eq!(planned_top_set(&program, 2), (3, Some(107.5)));
        // The second wave starts 5 kg above the first: 104.996 → 105 kg.
        assert_eq!(planned_top_set(&program, 3), (5, Some(105.0)));
    }

    #[test]
    fn slot_without_progression_keeps_reps() {
        let program = one_slot_program("Bench Press", 2, None);
        // 3 reps at RPE 8 is 86.3 % of 123.3 kg: 106.4 → 107.5 kg.
        assert_eq!(planned_top_set(&program, 1), (3, Some(107.5)));
    }

    #[test]
    fn added_top_set_copies_week_reps() {
        let wave = crate::model::Progression::Wave {
            reps: vec![5, 4, 3],
            wave_increment: 5.0,
        };
        let program = one_slot_program("Bench Press", 3, Some(wave));
        let start = chrono::NaiveDate::from_ymd_opt(2026, 12, 4)
            .and_then(|date| date.and_hms_opt(18, 0, 0))
            .expect("valid date");
        let journal = Journal::default();
        let mut draft = SessionDraft::from_day(&journal, &program, 1, 0, start).expect("a day");
        let bench = &mut draft.exercises[0];
        bench.logged.sets.retain(|set| set.kind != SetKind::Top);
        let index = bench.add_set(SetKind::Top, &journal.settings.plates);
        assert_eq!(bench.logged.sets[index].reps, 4);
    }

    #[test]
    fn bodyweight_slot_gets_reps_only() {
        let wave = crate::model::Progression::Wave {
            reps: vec![5, 4, 3],
            wave_increment: 5.0,
        };
        let program = one_slot_program("Pull-up", 3, Some(wave));
        let journal = Journal::default();
        assert_eq!(
            Loading::of_exercise("Pull-up", &journal),
            Loading::Bodyweight,
            "the test needs a bodyweight exercise"
        );
        assert_eq!(planned_top_set(&program, 0), (5, None));
    }
}
