//! Range and consistency checks on parsed journals and programs.
//!
//! Parsing guarantees types; these checks guarantee values the rest of the
//! app can compute with: finite numbers in sane ranges, bounded text and
//! lists, years a calendar can show, unique session ids and exercise names.
//! Each broken rule is named by its field path. Opening a file stops at the
//! first; `topset check` lists up to [`MAX_LISTED_BREACHES`].

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;
use std::path::Path;

use chrono::Datelike;

use crate::model::{
    BackoffRule, Exercise, Journal, LoggedSet, PlateInventory, Prescription, Program, Progression,
    Session, Settings, StartingPoint,
};

use super::error::{Rule, StorageError};

/// Maximum length of a name (exercise, program, session, day, author), in bytes.
pub const MAX_NAME_BYTES: usize = 1024;
/// Maximum length of a note or description, in bytes.
pub const MAX_NOTE_BYTES: usize = 64 * 1024;
/// Maximum load, in the load's own unit (2,000 lb is about 907 kg, well
/// above any lift on record).
pub const MAX_LOAD: f64 = 2000.0;
/// Maximum assistance on a logged set, in the load's own unit. The session
/// logger stores assistance (an assisted pull-up machine) as a negative load,
/// and such machines stay well under this.
pub const MAX_ASSISTANCE: f64 = 300.0;
/// Maximum reps in one set (exports contain warm-ups of 303 reps).
pub const MAX_REPS: u32 = 1000;
/// RPE range accepted in files (the RPE charts cover 6.5 to 10, but other apps log lower).
pub const RPE_RANGE: (f64, f64) = (1.0, 10.0);
/// Years accepted for session and program dates.
pub const YEAR_RANGE: (i32, i32) = (1900, 2200);
/// Maximum sessions in a journal (about 270 years of daily training).
pub const MAX_SESSIONS: usize = 100_000;
/// Maximum exercises in one session, or slots in one day.
pub const MAX_EXERCISES_PER_SESSION: usize = 500;
/// Maximum sets for one exercise in one session.
pub const MAX_SETS_PER_EXERCISE: usize = 1000;
/// Maximum exercises in an exercise list.
pub const MAX_EXERCISES: usize = 100_000;
/// Maximum programs in a journal.
pub const MAX_PROGRAMS: usize = 10_000;
/// Maximum weeks in a program, and days in a week.
pub const MAX_WEEKS: usize = 1000;
pub const MAX_DAYS_PER_WEEK: usize = 14;
/// Most sets a prescription may ask for in one slot.
pub const MAX_PRESCRIBED_SETS: u32 = 100;
/// Maximum rest a slot may plan, in seconds (one hour).
pub const MAX_REST_SECS: u64 = 3600;
/// Most plate sizes in an inventory, and pairs of one size.
pub const MAX_PLATE_SIZES: usize = 100;
pub const MAX_PLATE_PAIRS: u32 = 1000;
/// Maximum number of broken rules listed for one file.
pub const MAX_LISTED_BREACHES: usize = 20;

/// Location of a value inside a file, built without allocating and printed
/// only when a rule breaks (`sessions[2].exercises[0].sets[1].rpe`).
#[derive(Clone, Copy)]
enum Field<'a> {
    Root,
    Name(&'a Field<'a>, &'static str),
    Index(&'a Field<'a>, usize),
}

impl<'a> Field<'a> {
    fn name(&'a self, name: &'static str) -> Field<'a> {
        Field::Name(self, name)
    }

    fn index(&'a self, index: usize) -> Field<'a> {
        Field::Index(self, index)
    }
}

impl fmt::Display for Field<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Root => Ok(()),
            Self::Name(Self::Root, name) => f.write_str(name),
            Self::Name(parent, name) => write!(f, "{parent}.{name}"),
            Self::Index(parent, index) => write!(f, "{parent}[{index}]"),
        }
    }
}

/// Checker of values against the rules that keeps each broken rule, up to
/// `max` of them.
struct Validator {
    found: RefCell<Vec<Breach>>,
    max: usize,
}

/// Signal that the validator has found `max` breaches, so the checks stop.
struct Enough;

type Checked = Result<(), Enough>;

impl Validator {
    fn new(max: usize) -> Self {
        Self {
            found: RefCell::new(Vec::new()),
            max: max.max(1),
        }
    }

    /// Runs `check` and returns the breaches it found.
    fn run(self, check: impl FnOnce(&Self) -> Checked) -> Vec<Breach> {
        // `Enough` only stops the checks early; the breaches are kept.
        let _ = check(&self);
        self.found.into_inner()
    }

    fn fail(&self, field: &Field, rule: Rule) -> Checked {
        let mut found = self.found.borrow_mut();
        found.push(Breach {
            field: field.to_string(),
            rule,
        });
        if found.len() >= self.max {
            Err(Enough)
        } else {
            Ok(())
        }
    }

    fn found_count(&self) -> usize {
        self.found.borrow().len()
    }

    fn number(&self, field: &Field, value: f64, min: f64, max: f64) -> Checked {
        if !value.is_finite() {
            return self.fail(field, Rule::NotFinite { value });
        }
        if value < min || value > max {
            return self.fail(field, Rule::OutOfRange { value, min, max });
        }
        Ok(())
    }

    fn count(&self, field: &Field, value: u64, max: u64) -> Checked {
        if value > max {
            return self.fail(field, Rule::TooLarge { value, max });
        }
        Ok(())
    }

    fn rpe(&self, field: &Field, rpe: Option<f64>) -> Checked {
        match rpe {
            Some(rpe) => self.number(field, rpe, RPE_RANGE.0, RPE_RANGE.1),
            None => Ok(()),
        }
    }

    fn text(&self, field: &Field, text: &str, max: usize) -> Checked {
        if text.len() > max {
            return self.fail(
                field,
                Rule::TooLong {
                    length: text.len(),
                    max,
                },
            );
        }
        Ok(())
    }

    fn name(&self, field: &Field, text: &str) -> Checked {
        if text.trim().is_empty() {
            return self.fail(field, Rule::Empty);
        }
        self.text(field, text, MAX_NAME_BYTES)
    }

    fn list_len<T>(&self, field: &Field, list: &[T], max: usize) -> Checked {
        if list.len() > max {
            return self.fail(
                field,
                Rule::TooMany {
                    count: list.len(),
                    max,
                },
            );
        }
        Ok(())
    }

    fn year(&self, field: &Field, date: impl Datelike + fmt::Display) -> Checked {
        let (min, max) = YEAR_RANGE;
        if date.year() < min || date.year() > max {
            return self.fail(
                field,
                Rule::YearOutOfRange {
                    date: date.to_string(),
                    min,
                    max,
                },
            );
        }
        Ok(())
    }

    fn plates(&self, field: &Field, plates: &PlateInventory) -> Checked {
        self.number(&field.name("bar"), plates.bar, 0.0, MAX_LOAD)?;
        let list = field.name("plates");
        self.list_len(&list, &plates.plates, MAX_PLATE_SIZES)?;
        for (index, stock) in plates.plates.iter().enumerate() {
            let item = list.index(index);
            self.number(&item.name("size"), stock.size, 0.01, MAX_LOAD)?;
            self.count(
                &item.name("pairs"),
                u64::from(stock.pairs),
                u64::from(MAX_PLATE_PAIRS),
            )?;
        }
        Ok(())
    }

    fn settings(&self, field: &Field, settings: &Settings) -> Checked {
        self.plates(&field.name("plates"), &settings.plates)?;
        let band = field.name("drop_band");
        let (low, high) = settings.drop_band;
        let before = self.found_count();
        self.number(&band.index(0), low, 0.0, 100.0)?;
        self.number(&band.index(1), high, 0.0, 100.0)?;
        // The order of the ends matters only once each end is in range.
        if self.found_count() == before && low > high {
            self.fail(
                &band,
                Rule::Reversed {
                    min: low,
                    max: high,
                },
            )?;
        }
        if let Some(name) = &settings.active_program {
            self.text(&field.name("active_program"), name, MAX_NAME_BYTES)?;
        }
        Ok(())
    }

    fn exercises(&self, field: &Field, exercises: &[Exercise]) -> Checked {
        self.list_len(field, exercises, MAX_EXERCISES)?;
        let mut first_by_name: HashMap<&str, usize> = HashMap::with_capacity(exercises.len());
        for (index, exercise) in exercises.iter().enumerate() {
            let item = field.index(index);
            self.name(&item.name("name"), &exercise.name)?;
            self.list_len(&item.name("muscles"), &exercise.muscles, 64)?;
            match first_by_name.get(exercise.name.as_str()) {
                Some(&first) => self.fail(
                    &item.name("name"),
                    Rule::DuplicateName {
                        name: exercise.name.clone(),
                        first,
                    },
                )?,
                None => {
                    first_by_name.insert(&exercise.name, index);
                }
            }
        }
        Ok(())
    }

    fn prescription(&self, field: &Field, prescription: &Prescription) -> Checked {
        let max_sets = u64::from(MAX_PRESCRIBED_SETS);
        let max_reps = u64::from(MAX_REPS);
        match prescription {
            Prescription::TopSetBackoff(plan) => {
                let field = field.name("TopSetBackoff");
                self.count(&field.name("top_sets"), plan.top_sets.into(), max_sets)?;
                self.count(&field.name("top_reps"), plan.top_reps.into(), max_reps)?;
                self.rpe(&field.name("top_rpe"), plan.top_rpe)?;
                self.count(
                    &field.name("backoff_sets"),
                    plan.backoff_sets.into(),
                    max_sets,
                )?;
                self.count(
                    &field.name("backoff_reps"),
                    plan.backoff_reps.into(),
                    max_reps,
                )?;
                let rule = field.name("rule");
                match &plan.rule {
                    BackoffRule::PercentDrop(drop) => {
                        self.number(&rule.name("PercentDrop"), *drop, 0.0, 100.0)
                    }
                    BackoffRule::RpeTarget(rpe) => self.rpe(&rule.name("RpeTarget"), Some(*rpe)),
                    BackoffRule::RepeatUntilRpe {
                        drop_percent,
                        fatigue_percent,
                    } => {
                        let repeat = rule.name("RepeatUntilRpe");
                        self.number(&repeat.name("drop_percent"), *drop_percent, 0.0, 100.0)?;
                        self.number(
                            &repeat.name("fatigue_percent"),
                            *fatigue_percent,
                            0.0,
                            100.0,
                        )
                    }
                }
            }
            Prescription::StraightSets(plan) => {
                let field = field.name("StraightSets");
                self.count(&field.name("sets"), plan.sets.into(), max_sets)?;
                let before = self.found_count();
                self.count(&field.name("reps_min"), plan.reps_min.into(), max_reps)?;
                self.count(&field.name("reps_max"), plan.reps_max.into(), max_reps)?;
                if self.found_count() == before && plan.reps_min > plan.reps_max {
                    self.fail(
                        &field,
                        Rule::Reversed {
                            min: plan.reps_min.into(),
                            max: plan.reps_max.into(),
                        },
                    )?;
                }
                self.rpe(&field.name("rpe"), plan.rpe)
            }
            Prescription::Pyramid(plan) => {
                let field = field.name("Pyramid");
                self.count(&field.name("sets"), plan.reps.len() as u64, max_sets)?;
                for reps in &plan.reps {
                    self.count(&field.name("reps"), (*reps).into(), max_reps)?;
                }
                self.rpe(&field.name("rpe"), plan.rpe)
            }
            Prescription::Cluster(plan) => {
                let field = field.name("Cluster");
                self.count(&field.name("sets"), plan.sets.into(), max_sets)?;
                self.count(&field.name("clusters"), plan.clusters.into(), max_sets)?;
                self.count(
                    &field.name("reps_per_cluster"),
                    plan.reps_per_cluster.into(),
                    max_reps,
                )?;
                self.rpe(&field.name("rpe"), plan.rpe)
            }
            Prescription::RestPause(plan) => {
                let field = field.name("RestPause");
                self.count(
                    &field.name("activation_reps"),
                    plan.activation_reps.into(),
                    max_reps,
                )?;
                self.count(&field.name("mini_sets"), plan.mini_sets.into(), max_sets)?;
                self.count(&field.name("mini_reps"), plan.mini_reps.into(), max_reps)?;
                self.rpe(&field.name("rpe"), plan.rpe)
            }
        }
    }

    fn program(&self, field: &Field, program: &Program) -> Checked {
        self.name(&field.name("name"), &program.name)?;
        self.text(&field.name("author"), &program.author, MAX_NAME_BYTES)?;
        self.text(
            &field.name("description"),
            &program.description,
            MAX_NOTE_BYTES,
        )?;
        self.text(&field.name("notes"), &program.notes, MAX_NOTE_BYTES)?;
        if let Some(start) = program.start {
            self.year(&field.name("start"), start)?;
        }
        let weeks = field.name("weeks");
        self.list_len(&weeks, &program.weeks, MAX_WEEKS)?;
        for (week_index, week) in program.weeks.iter().enumerate() {
            let week_field = weeks.index(week_index);
            let days = week_field.name("days");
            self.list_len(&days, &week.days, MAX_DAYS_PER_WEEK)?;
            for (day_index, day) in week.days.iter().enumerate() {
                let day_field = days.index(day_index);
                self.text(&day_field.name("name"), &day.name, MAX_NAME_BYTES)?;
                let slots = day_field.name("slots");
                self.list_len(&slots, &day.slots, MAX_EXERCISES_PER_SESSION)?;
                for (slot_index, slot) in day.slots.iter().enumerate() {
                    let slot_field = slots.index(slot_index);
                    self.name(&slot_field.name("exercise"), &slot.exercise)?;
                    self.prescription(&slot_field.name("prescription"), &slot.prescription)?;
                    if let Some(rest) = slot.rest_secs {
                        self.count(&slot_field.name("rest_secs"), rest.into(), MAX_REST_SECS)?;
                    }
                    if let Some(progression) = &slot.progression {
                        self.progression(&slot_field.name("progression"), progression)?;
                    }
                }
            }
        }
        let starts = field.name("starting_points");
        for (exercise, start) in &program.starting_points {
            self.name(&starts.name("exercise"), exercise)?;
            if let StartingPoint::TrainingMax(value) | StartingPoint::E1rm(value) = start {
                self.number(&starts.name("value"), *value, 0.0, MAX_LOAD)?;
            }
        }
        Ok(())
    }

    fn progression(&self, field: &Field, progression: &Progression) -> Checked {
        match progression {
            Progression::Linear { increment }
            | Progression::RpeBased { increment }
            | Progression::Double { increment } => {
                self.number(&field.name("increment"), *increment, 0.0, MAX_LOAD)
            }
            Progression::Wave {
                reps,
                wave_increment,
            } => {
                let reps_field = field.name("reps");
                self.count(&reps_field, reps.len() as u64, MAX_PRESCRIBED_SETS.into())?;
                for value in reps {
                    self.count(&reps_field, (*value).into(), MAX_REPS.into())?;
                }
                self.number(
                    &field.name("wave_increment"),
                    *wave_increment,
                    0.0,
                    MAX_LOAD,
                )
            }
        }
    }

    fn programs(&self, field: &Field, programs: &[Program]) -> Checked {
        self.list_len(field, programs, MAX_PROGRAMS)?;
        for (index, program) in programs.iter().enumerate() {
            self.program(&field.index(index), program)?;
        }
        Ok(())
    }

    fn set(&self, field: &Field, set: &LoggedSet) -> Checked {
        if let Some(load) = &set.load {
            let field = field.name("load");
            self.number(&field.name("value"), load.value, -MAX_ASSISTANCE, MAX_LOAD)?;
        }
        self.count(&field.name("reps"), set.reps.into(), MAX_REPS.into())?;
        self.rpe(&field.name("rpe"), set.rpe)?;
        self.text(&field.name("note"), &set.note, MAX_NOTE_BYTES)
    }

    fn session(&self, field: &Field, session: &Session) -> Checked {
        self.year(&field.name("start"), session.start)?;
        self.text(&field.name("name"), &session.name, MAX_NAME_BYTES)?;
        self.text(&field.name("note"), &session.note, MAX_NOTE_BYTES)?;
        if let Some(source) = &session.source {
            self.text(&field.name("source"), source, MAX_NAME_BYTES)?;
        }
        if let Some(planned) = &session.planned {
            let planned_field = field.name("planned");
            self.text(
                &planned_field.name("program"),
                &planned.program,
                MAX_NAME_BYTES,
            )?;
            self.count(
                &planned_field.name("week"),
                planned.week as u64,
                MAX_WEEKS as u64,
            )?;
            self.count(
                &planned_field.name("day"),
                planned.day as u64,
                MAX_DAYS_PER_WEEK as u64,
            )?;
        }
        let exercises = field.name("exercises");
        self.list_len(&exercises, &session.exercises, MAX_EXERCISES_PER_SESSION)?;
        for (exercise_index, logged) in session.exercises.iter().enumerate() {
            let logged_field = exercises.index(exercise_index);
            self.name(&logged_field.name("exercise"), &logged.exercise)?;
            self.text(&logged_field.name("note"), &logged.note, MAX_NOTE_BYTES)?;
            let sets = logged_field.name("sets");
            self.list_len(&sets, &logged.sets, MAX_SETS_PER_EXERCISE)?;
            for (set_index, set) in logged.sets.iter().enumerate() {
                self.set(&sets.index(set_index), set)?;
            }
        }
        Ok(())
    }

    fn sessions(&self, field: &Field, sessions: &[Session]) -> Checked {
        self.list_len(field, sessions, MAX_SESSIONS)?;
        let mut first_by_id: HashMap<u64, usize> = HashMap::with_capacity(sessions.len());
        for (index, session) in sessions.iter().enumerate() {
            let item = field.index(index);
            match first_by_id.get(&session.id) {
                Some(&first) => self.fail(
                    &item.name("id"),
                    Rule::DuplicateId {
                        id: session.id,
                        first,
                    },
                )?,
                None => {
                    first_by_id.insert(session.id, index);
                }
            }
            self.session(&item, session)?;
        }
        Ok(())
    }
}

/// Checks every value of `journal`; `path` only names the file in errors.
pub fn validate_journal(journal: &Journal, path: &Path) -> Result<(), StorageError> {
    check_journal(journal).map_err(|breach| breach.in_file(path))
}

/// Checks every value of `journal` and returns the first broken rule, for
/// journals not read from a file (one with an import applied, say).
pub fn check_journal(journal: &Journal) -> Result<(), Breach> {
    first(journal_breaches(journal, 1))
}

/// Checks every value of `journal` and returns up to `max` broken rules, in
/// the order of a saved file.
pub fn journal_breaches(journal: &Journal, max: usize) -> Vec<Breach> {
    let root = Field::Root;
    Validator::new(max).run(|validator| {
        validator.settings(&root.name("settings"), &journal.settings)?;
        validator.exercises(&root.name("exercises"), &journal.exercises)?;
        validator.programs(&root.name("programs"), &journal.programs)?;
        validator.sessions(&root.name("sessions"), &journal.sessions)
    })
}

fn first(breaches: Vec<Breach>) -> Result<(), Breach> {
    match breaches.into_iter().next() {
        Some(breach) => Err(breach),
        None => Ok(()),
    }
}

/// A broken rule found by [`check_logged_set`] or [`check_session`]: the
/// field path inside the checked value (`reps`, `load.value`,
/// `exercises[2].sets[0].rpe`) and the rule.
#[derive(Clone, Debug, PartialEq)]
pub struct Breach {
    pub field: String,
    pub rule: Rule,
}

impl Breach {
    /// Converts the breach into the error that names the file at `path`.
    pub fn in_file(self, path: &Path) -> StorageError {
        StorageError::Invalid {
            path: path.to_owned(),
            position: None,
            field: self.field,
            rule: self.rule,
        }
    }
}

/// Checks one logged set against the rules a journal enforces, for readers
/// that build sets from other files (the history importers), so that what
/// they add always saves and opens again.
pub fn check_logged_set(set: &LoggedSet) -> Result<(), Breach> {
    first(Validator::new(1).run(|validator| validator.set(&Field::Root, set)))
}

/// Checks one session (start date, names, notes, counts, every set) against
/// the rules a journal enforces; the session id is not checked.
pub fn check_session(session: &Session) -> Result<(), Breach> {
    first(Validator::new(1).run(|validator| validator.session(&Field::Root, session)))
}

/// Checks a program and the exercises shipped with it.
pub fn validate_program(
    program: &Program,
    exercises: &[Exercise],
    path: &Path,
) -> Result<(), StorageError> {
    first(program_breaches(program, exercises, 1)).map_err(|breach| breach.in_file(path))
}

/// Checks a program and the exercises shipped with it, and returns up to
/// `max` broken rules, in the order of a saved file.
pub fn program_breaches(program: &Program, exercises: &[Exercise], max: usize) -> Vec<Breach> {
    let root = Field::Root;
    Validator::new(max).run(|validator| {
        validator.program(&root.name("program"), program)?;
        validator.exercises(&root.name("exercises"), exercises)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::model::{Load, LoggedExercise, SetKind, Unit};

    fn journal_with_set(set: LoggedSet) -> Journal {
        let start = chrono::NaiveDate::from_ymd_opt(2025, 3, 1)
            .and_then(|date| date.and_hms_opt(18, 0, 0))
            .unwrap();
        let session = Session {
            id: 7,
            start,
            name: String::new(),
            planned: None,
            exercises: vec![LoggedExercise {
                exercise: "Squat".to_owned(),
                sets: vec![set],
                note: String::new(),
            }],
            note: String::new(),
            source: None,
        };
        Journal {
            sessions: vec![session],
            ..Journal::default()
        }
    }

    fn message(journal: &Journal) -> String {
        validate_journal(journal, Path::new("j.ron"))
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn nan_rpe_names_field() {
        let journal = journal_with_set(LoggedSet::new(
            SetKind::Top,
            Some(Load::kg(100.0)),
            5,
            Some(f64::NAN),
        ));
        assert_eq!(
            message(&journal),
            "j.ron: sessions[0].exercises[0].sets[0].rpe: NaN is not a finite number"
        );
    }

    #[test]
    fn assistance_past_limit_is_rejected() {
        let set = LoggedSet::new(SetKind::Top, Some(Load::new(-350.0, Unit::Lb)), 5, None);
        assert_eq!(
            message(&journal_with_set(set)),
            "j.ron: sessions[0].exercises[0].sets[0].load.value: -350 is outside the allowed range -300 to 2000"
        );
    }

    #[test]
    fn assisted_set_passes() {
        // 40 lb of assistance on a pull-up, as the session logger stores it.
        let set = LoggedSet::new(SetKind::Straight, Some(Load::new(-40.0, Unit::Lb)), 8, None);
        assert_eq!(
            validate_journal(&journal_with_set(set), Path::new("j.ron")).ok(),
            Some(())
        );
    }

    #[test]
    fn plausible_journal_passes() {
        let set = LoggedSet::new(SetKind::Top, Some(Load::kg(182.5)), 3, Some(9.5));
        let journal = journal_with_set(set);
        assert!(validate_journal(&journal, Path::new("j.ron")).is_ok());
    }

    #[test]
    fn reversed_drop_band_is_rejected() {
        let mut journal = Journal::default();
        journal.settings.drop_band = (15.0, 10.0);
        assert_eq!(
            message(&journal),
            "j.ron: settings.drop_band: smallest value 15 is larger than largest value 10"
        );
    }

    #[test]
    fn breaches_listed_up_to_the_limit() {
        let mut journal = journal_with_set(LoggedSet::new(SetKind::Top, None, 5, Some(11.0)));
        let sets = &mut journal.sessions[0].exercises[0].sets;
        *sets = vec![sets[0].clone(); 25];

        let breaches = journal_breaches(&journal, MAX_LISTED_BREACHES);

        assert_eq!(breaches.len(), 20);
        assert_eq!(breaches[19].field, "sessions[0].exercises[0].sets[19].rpe");
        assert_eq!(
            check_journal(&journal).unwrap_err().field,
            "sessions[0].exercises[0].sets[0].rpe"
        );
    }

    #[test]
    fn duplicate_id_then_rules_of_that_session() {
        let mut journal = journal_with_set(LoggedSet::new(SetKind::Top, None, 5000, None));
        journal.sessions.push(journal.sessions[0].clone());

        let fields: Vec<String> = journal_breaches(&journal, 10)
            .into_iter()
            .map(|breach| breach.field)
            .collect();

        assert_eq!(
            fields,
            [
                "sessions[0].exercises[0].sets[0].reps",
                "sessions[1].id",
                "sessions[1].exercises[0].sets[0].reps",
            ]
        );
    }

    #[test]
    fn drop_band_out_of_range_only() {
        let mut journal = Journal::default();
        journal.settings.drop_band = (15.0, -10.0);
        let fields: Vec<String> = journal_breaches(&journal, 10)
            .into_iter()
            .map(|breach| breach.field)
            .collect();
        assert_eq!(fields, ["settings.drop_band[1]"]);
    }
}
