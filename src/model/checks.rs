//! Coaching checks: the method guide's mistakes, found in logged exercises,
//! planned slots and weekly volume.
//!
//! A [`Check`] carries a stable id, a severity and the numbers behind it, so
//! the UI and tests can work with the numbers. Its message is a template in
//! `assets/locales/checks.yml` under `checks.<id>`, with `%{name}`
//! placeholders for those numbers. [`Check::message`] fills it in the
//! language it is given (decimal comma in French) without touching the
//! interface locale, so the model stays free of egui and of global state.

use std::collections::BTreeMap;

use super::exercise::{Exercise, Muscle};
use super::journal::Language;
use super::library::find_exercise;
use super::next_drop::EASY_BACKOFF_RPE;
use super::prescription::{BackoffRule, Prescription};
use super::program::{ExerciseSlot, Week};
use super::session::{LoggedExercise, LoggedSet, Session, SetKind};
use super::units::format_number;

/// Most top sets per exercise before backoff quality suffers.
pub const MAX_TOP_SETS: u32 = 2;
/// Most backoff sets before quality drops and injury risk rises.
pub const MAX_BACKOFF_SETS: u32 = 3;
/// Minimum backoff reps; fewer mean the drop should grow.
pub const MIN_BACKOFF_REPS: u32 = 8;
/// Weekly hard sets per muscle the guide recommends.
pub const WEEKLY_HARD_SETS: (u32, u32) = (10, 20);
/// Minimum RPE of a hard set. Sets at RPE 6 or less are too easy for a
/// backoff set, so they do not count as hard either. Sets without RPE count.
pub const HARD_SET_MIN_RPE: f64 = 6.5;
/// Top set RPE from which the top set counts as heavy and needs a warm-up.
pub const HEAVY_TOP_SET_RPE: f64 = 8.0;
/// Top set reps up to which a top set without RPE counts as heavy.
pub const HEAVY_TOP_SET_REPS: u32 = 5;

/// How much a check matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Worth knowing; the session is still sound.
    Info,
    /// A mistake the method guide warns against.
    Warning,
}

/// Kind of finding. Its snake-case key is stable because files and strings use it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CheckId {
    TopSetFailure,
    TooManyTopSets,
    BackoffRepsLow,
    BackoffTooEasy,
    TooManyBackoffSets,
    IsolationTopSet,
    MachineTopSet,
    NoWarmup,
    WeeklySetsLow,
    WeeklySetsHigh,
    /// A planned percent drop outside the lifter's drop band.
    BackoffDropOutOfBand,
    /// A planned percent drop after a heavy single outside the 20–25 % the
    /// method gives for that variation.
    SingleDropOutOfBand,
}

impl CheckId {
    /// Stable key, also the locale key after `checks.`.
    pub fn key(self) -> &'static str {
        match self {
            Self::TopSetFailure => "top_set_failure",
            Self::TooManyTopSets => "too_many_top_sets",
            Self::BackoffRepsLow => "backoff_reps_low",
            Self::BackoffTooEasy => "backoff_too_easy",
            Self::TooManyBackoffSets => "too_many_backoff_sets",
            Self::IsolationTopSet => "isolation_top_set",
            Self::MachineTopSet => "machine_top_set",
            Self::NoWarmup => "no_warmup",
            Self::WeeklySetsLow => "weekly_sets_low",
            Self::WeeklySetsHigh => "weekly_sets_high",
            Self::BackoffDropOutOfBand => "backoff_drop_out_of_band",
            Self::SingleDropOutOfBand => "single_drop_out_of_band",
        }
    }

    pub fn severity(self) -> Severity {
        match self {
            Self::TopSetFailure
            | Self::TooManyTopSets
            | Self::BackoffRepsLow
            | Self::NoWarmup
            | Self::BackoffDropOutOfBand
            | Self::SingleDropOutOfBand => Severity::Warning,
            Self::BackoffTooEasy
            | Self::TooManyBackoffSets
            | Self::IsolationTopSet
            | Self::MachineTopSet
            | Self::WeeklySetsLow
            | Self::WeeklySetsHigh => Severity::Info,
        }
    }
}

/// One finding, with the numbers behind it.
#[derive(Clone, Debug, PartialEq)]
pub struct Check {
    pub id: CheckId,
    pub severity: Severity,
    /// Exercise the check is about, if any.
    pub exercise: Option<String>,
    /// Muscle the check is about, for weekly volume.
    pub muscle: Option<Muscle>,
    /// Named numbers, also the placeholders of the message.
    pub numbers: Vec<(&'static str, f64)>,
}

impl Check {
    pub(super) fn new(
        id: CheckId,
        exercise: Option<&str>,
        numbers: Vec<(&'static str, f64)>,
    ) -> Self {
        Self {
            id,
            severity: id.severity(),
            exercise: exercise.map(str::to_owned),
            muscle: None,
            numbers,
        }
    }

    /// The number named `name`, if the check has it.
    pub fn number(&self, name: &str) -> Option<f64> {
        self.numbers
            .iter()
            .find(|(number_name, _)| *number_name == name)
            .map(|(_, value)| *value)
    }

    /// The message in `language`, with the exercise, muscle and numbers filled in.
    ///
    /// ```
    /// use topset::model::{CheckId, Language, Load, LoggedExercise, LoggedSet, SetKind, check_logged_exercise};
    /// let squat = LoggedExercise {
    ///     exercise: "Squat".into(),
    ///     sets: vec![
    ///         LoggedSet::new(SetKind::WarmUp, Some(Load::kg(60.0)), 5, None),
    ///         LoggedSet::new(SetKind::Top, Some(Load::kg(140.0)), 3, Some(10.0)),
    ///     ],
    ///     note: String::new(),
    /// };
    /// let checks = check_logged_exercise(&squat, &[]);
    /// assert_eq!(checks[0].id, CheckId::TopSetFailure);
    /// assert!(checks[0].message(Language::English).contains("RPE 10"));
    /// ```
    pub fn message(&self, language: Language) -> String {
        let key = format!("checks.{}", self.id.key());
        let mut text = rust_i18n::t!(key.as_str(), locale = language.code()).into_owned();
        if let Some(exercise) = &self.exercise {
            text = text.replace("%{exercise}", exercise);
        }
        if let Some(muscle) = self.muscle {
            let muscle_key = format!("checks.muscle.{}", muscle_key(muscle));
            let name = rust_i18n::t!(muscle_key.as_str(), locale = language.code());
            text = text.replace("%{muscle}", &name);
        }
        for (name, value) in &self.numbers {
            let mut number = format_number(*value);
            if language == Language::French {
                number = number.replace('.', ",");
            }
            text = text.replace(&format!("%{{{name}}}"), &number);
        }
        text
    }
}

/// Locale key of a muscle group.
pub fn muscle_key(muscle: Muscle) -> &'static str {
    match muscle {
        Muscle::Chest => "chest",
        Muscle::Back => "back",
        Muscle::Shoulders => "shoulders",
        Muscle::Biceps => "biceps",
        Muscle::Triceps => "triceps",
        Muscle::Quads => "quads",
        Muscle::Hamstrings => "hamstrings",
        Muscle::Glutes => "glutes",
        Muscle::Calves => "calves",
        Muscle::Abs => "abs",
        Muscle::Forearms => "forearms",
    }
}

/// Checks one logged exercise against the guide's mistakes.
///
/// `exercises` is the journal's exercise list. An exercise missing from it is
/// looked up in the built-in library. When neither has it, the checks that
/// need its equipment or joints are skipped.
pub fn check_logged_exercise(logged: &LoggedExercise, exercises: &[Exercise]) -> Vec<Check> {
    let name = logged.exercise.as_str();
    let exercise = find_exercise(name, exercises);
    let done: Vec<&LoggedSet> = logged.sets.iter().filter(|set| set.done).collect();
    let top_sets: Vec<&LoggedSet> = done
        .iter()
        .copied()
        .filter(|set| set.kind == SetKind::Top)
        .collect();
    let backoffs: Vec<&LoggedSet> = done
        .iter()
        .copied()
        .filter(|set| set.kind == SetKind::Backoff)
        .collect();
    let mut checks = Vec::new();

    if let Some(rpe) = top_sets.iter().filter_map(|set| set.rpe).reduce(f64::max)
        && rpe >= 10.0
    {
        checks.push(Check::new(
            CheckId::TopSetFailure,
            Some(name),
            vec![("rpe", rpe)],
        ));
    }
    push_count_check(
        &mut checks,
        CheckId::TooManyTopSets,
        name,
        "top_sets",
        top_sets.len(),
        MAX_TOP_SETS,
    );

    let short: Vec<u32> = backoffs
        .iter()
        .map(|set| set.reps)
        .filter(|reps| *reps < MIN_BACKOFF_REPS)
        .collect();
    if let Some(min_reps) = short.iter().min() {
        checks.push(Check::new(
            CheckId::BackoffRepsLow,
            Some(name),
            vec![
                ("sets", short.len() as f64),
                ("min_reps", f64::from(*min_reps)),
                ("target_reps", f64::from(MIN_BACKOFF_REPS)),
            ],
        ));
    }
    let easy: Vec<f64> = backoffs
        .iter()
        .filter_map(|set| set.rpe)
        .filter(|rpe| *rpe <= EASY_BACKOFF_RPE)
        .collect();
    if let Some(rpe) = easy.iter().copied().reduce(f64::max) {
        checks.push(Check::new(
            CheckId::BackoffTooEasy,
            Some(name),
            vec![("sets", easy.len() as f64), ("rpe", rpe)],
        ));
    }
    push_count_check(
        &mut checks,
        CheckId::TooManyBackoffSets,
        name,
        "backoff_sets",
        backoffs.len(),
        MAX_BACKOFF_SETS,
    );

    if !top_sets.is_empty() {
        push_exercise_checks(&mut checks, name, exercise);
    }

    if let Some(first_top) = logged
        .sets
        .iter()
        .position(|set| set.done && set.kind == SetKind::Top)
    {
        let warmed_up = logged.sets[..first_top]
            .iter()
            .any(|set| set.done && set.kind == SetKind::WarmUp);
        let top = &logged.sets[first_top];
        if !warmed_up && is_heavy(top) {
            let mut numbers = vec![("reps", f64::from(top.reps))];
            if let Some(rpe) = top.rpe {
                numbers.push(("rpe", rpe));
            }
            checks.push(Check::new(CheckId::NoWarmup, Some(name), numbers));
        }
    }
    checks
}

/// Checks one planned slot against the guide's mistakes, all but the drop
/// band (see [`check_planned_slot`](super::check_planned_slot), which adds it).
///
/// ```
/// use topset::model::{CheckId, ExerciseSlot, Prescription, TopSetBackoff, check_slot};
/// let slot = ExerciseSlot {
///     exercise: "Bench Press".into(),
///     prescription: Prescription::TopSetBackoff(TopSetBackoff { top_sets: 3, ..TopSetBackoff::default() }),
///     ..ExerciseSlot::default()
/// };
/// let checks = check_slot(&slot, &[]);
/// assert_eq!(checks[0].id, CheckId::TooManyTopSets);
/// assert_eq!(checks[0].number("top_sets"), Some(3.0));
/// ```
pub fn check_slot(slot: &ExerciseSlot, exercises: &[Exercise]) -> Vec<Check> {
    let name = slot.exercise.as_str();
    let Prescription::TopSetBackoff(plan) = &slot.prescription else {
        return Vec::new();
    };
    let mut checks = Vec::new();
    if let Some(rpe) = plan.top_rpe.filter(|rpe| *rpe >= 10.0) {
        checks.push(Check::new(
            CheckId::TopSetFailure,
            Some(name),
            vec![("rpe", rpe)],
        ));
    }
    push_count_check(
        &mut checks,
        CheckId::TooManyTopSets,
        name,
        "top_sets",
        plan.top_sets as usize,
        MAX_TOP_SETS,
    );
    if plan.backoff_sets > 0 && plan.backoff_reps < MIN_BACKOFF_REPS {
        checks.push(Check::new(
            CheckId::BackoffRepsLow,
            Some(name),
            vec![
                ("sets", f64::from(plan.backoff_sets)),
                ("min_reps", f64::from(plan.backoff_reps)),
                ("target_reps", f64::from(MIN_BACKOFF_REPS)),
            ],
        ));
    }
    if let BackoffRule::RpeTarget(rpe) = plan.rule
        && plan.backoff_sets > 0
        && rpe <= EASY_BACKOFF_RPE
    {
        checks.push(Check::new(
            CheckId::BackoffTooEasy,
            Some(name),
            vec![("sets", f64::from(plan.backoff_sets)), ("rpe", rpe)],
        ));
    }
    push_count_check(
        &mut checks,
        CheckId::TooManyBackoffSets,
        name,
        "backoff_sets",
        plan.backoff_sets as usize,
        MAX_BACKOFF_SETS,
    );
    if plan.top_sets > 0 {
        push_exercise_checks(&mut checks, name, find_exercise(name, exercises));
    }
    checks
}

/// Hard sets per muscle in `sessions` (the caller picks the week): completed
/// working sets at RPE 6.5 or more, or without RPE, counted once for each
/// muscle of the exercise. Exercises found in neither `exercises` nor the
/// library are not counted.
pub fn weekly_hard_sets(sessions: &[Session], exercises: &[Exercise]) -> BTreeMap<Muscle, u32> {
    let mut sets = BTreeMap::new();
    for logged in sessions.iter().flat_map(|session| &session.exercises) {
        let Some(exercise) = find_exercise(&logged.exercise, exercises) else {
            continue;
        };
        let hard = logged.sets.iter().filter(|set| is_hard(set)).count() as u32;
        add_sets(&mut sets, exercise, hard);
    }
    sets
}

/// Planned hard sets per muscle in a program week: every working set of
/// every slot (see [`Prescription::working_sets`]).
pub fn planned_hard_sets(week: &Week, exercises: &[Exercise]) -> BTreeMap<Muscle, u32> {
    let mut sets = BTreeMap::new();
    for slot in week.days.iter().flat_map(|day| &day.slots) {
        let Some(exercise) = find_exercise(&slot.exercise, exercises) else {
            continue;
        };
        add_sets(&mut sets, exercise, slot.prescription.working_set_count());
    }
    sets
}

/// Checks weekly hard sets per muscle against the guide's 10–20.
///
/// Muscles with no set at all are left out: the week may simply not train
/// them (forearms, abs), and a check for each would drown the others.
///
/// ```
/// use std::collections::BTreeMap;
/// use topset::model::{CheckId, Muscle, check_weekly_sets};
/// let sets = BTreeMap::from([(Muscle::Chest, 6), (Muscle::Quads, 12), (Muscle::Back, 24)]);
/// let checks = check_weekly_sets(&sets);
/// assert_eq!(checks.len(), 2);
/// assert_eq!((checks[0].id, checks[0].muscle), (CheckId::WeeklySetsLow, Some(Muscle::Chest)));
/// assert_eq!((checks[1].id, checks[1].muscle), (CheckId::WeeklySetsHigh, Some(Muscle::Back)));
/// ```
pub fn check_weekly_sets(sets: &BTreeMap<Muscle, u32>) -> Vec<Check> {
    let (min, max) = WEEKLY_HARD_SETS;
    let mut checks = Vec::new();
    for (muscle, count) in sets {
        let id = if *count == 0 {
            continue;
        } else if *count < min {
            CheckId::WeeklySetsLow
        } else if *count > max {
            CheckId::WeeklySetsHigh
        } else {
            continue;
        };
        let mut check = Check::new(
            id,
            None,
            vec![
                ("sets", f64::from(*count)),
                ("min", f64::from(min)),
                ("max", f64::from(max)),
            ],
        );
        check.muscle = Some(*muscle);
        checks.push(check);
    }
    checks
}

/// Checks a week of logged sessions for hard sets per muscle outside 10–20.
pub fn check_week_sessions(sessions: &[Session], exercises: &[Exercise]) -> Vec<Check> {
    check_weekly_sets(&weekly_hard_sets(sessions, exercises))
}

/// Checks a program week for planned hard sets per muscle outside 10–20.
pub fn check_program_week(week: &Week, exercises: &[Exercise]) -> Vec<Check> {
    check_weekly_sets(&planned_hard_sets(week, exercises))
}

fn push_count_check(
    checks: &mut Vec<Check>,
    id: CheckId,
    exercise: &str,
    name: &'static str,
    count: usize,
    max: u32,
) {
    if count > max as usize {
        checks.push(Check::new(
            id,
            Some(exercise),
            vec![(name, count as f64), ("max", f64::from(max))],
        ));
    }
}

/// Isolation and machine checks, for an exercise done with a top set.
fn push_exercise_checks(checks: &mut Vec<Check>, name: &str, exercise: Option<&Exercise>) {
    let Some(exercise) = exercise else {
        return;
    };
    if exercise.isolation {
        checks.push(Check::new(CheckId::IsolationTopSet, Some(name), Vec::new()));
    } else if exercise.is_machine() {
        checks.push(Check::new(CheckId::MachineTopSet, Some(name), Vec::new()));
    }
}

/// Whether a top set is heavy enough to need a warm-up: RPE 8 or more, or
/// without RPE, 5 reps or fewer. Sets without a load are never heavy.
fn is_heavy(set: &LoggedSet) -> bool {
    if set.load.is_none_or(|load| load.value <= 0.0) {
        return false;
    }
    match set.rpe {
        Some(rpe) => rpe >= HEAVY_TOP_SET_RPE,
        None => set.reps <= HEAVY_TOP_SET_REPS,
    }
}

fn is_hard(set: &LoggedSet) -> bool {
    set.done
        && set.kind.is_working()
        && set.reps > 0
        && set.rpe.is_none_or(|rpe| rpe >= HARD_SET_MIN_RPE)
}

fn add_sets(sets: &mut BTreeMap<Muscle, u32>, exercise: &Exercise, count: u32) {
    for muscle in &exercise.muscles {
        *sets.entry(*muscle).or_insert(0) += count;
    }
}
