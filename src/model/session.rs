//! Logged training: sessions, logged exercises and logged sets.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::units::{Load, Unit};

/// Purpose of a logged set. Only top sets feed the e1RM chart, and warm-up
/// sets count neither as top sets nor toward volume.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SetKind {
    WarmUp,
    Top,
    Backoff,
    #[default]
    Straight,
    /// A drop set, as other apps label it (load reduced with no rest).
    Drop,
    /// A set taken to failure, as other apps label it.
    Failure,
}

impl SetKind {
    /// Whether the set counts as work (everything but warm-ups).
    pub fn is_working(self) -> bool {
        self != Self::WarmUp
    }
}

/// One logged set.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LoggedSet {
    pub kind: SetKind,
    /// `None` for a bodyweight set with no added load.
    #[serde(default)]
    pub load: Option<Load>,
    pub reps: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rpe: Option<f64>,
    /// Whether the lifter has completed the set (planned sets start not done).
    /// Written only when false, since most logged sets are done.
    #[serde(default = "default_true", skip_serializing_if = "is_true")]
    pub done: bool,
    /// Whether the lifter typed this backoff load by hand, so a later change to
    /// the top set must not recompute it.
    #[serde(default, skip_serializing_if = "is_false")]
    pub load_typed: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

fn default_true() -> bool {
    true
}

fn is_false(value: &bool) -> bool {
    !*value
}

fn is_true(value: &bool) -> bool {
    *value
}

impl LoggedSet {
    pub fn new(kind: SetKind, load: Option<Load>, reps: u32, rpe: Option<f64>) -> Self {
        Self {
            kind,
            load,
            reps,
            rpe,
            done: true,
            load_typed: false,
            note: String::new(),
        }
    }

    /// Load × reps in `unit`; zero for sets without a load.
    pub fn volume_in(&self, unit: Unit) -> f64 {
        self.load.map_or(0.0, |load| load.value_in(unit)) * f64::from(self.reps)
    }
}

/// One exercise inside a session, with its sets in the order they were done.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LoggedExercise {
    /// Name of the exercise, as in the journal's exercise list.
    pub exercise: String,
    pub sets: Vec<LoggedSet>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl LoggedExercise {
    /// Returns the heaviest completed top set, or `None` when the exercise has none.
    pub fn top_set(&self) -> Option<&LoggedSet> {
        self.sets
            .iter()
            .filter(|set| set.kind == SetKind::Top && set.done)
            .max_by(|a, b| {
                let a = a.load.map_or(0.0, |load| load.to_kg());
                let b = b.load.map_or(0.0, |load| load.to_kg());
                a.total_cmp(&b)
            })
    }

    /// Completed backoff sets.
    pub fn backoff_sets(&self) -> impl Iterator<Item = &LoggedSet> {
        self.sets
            .iter()
            .filter(|set| set.kind == SetKind::Backoff && set.done)
    }

    /// Sum of load × reps over the completed backoff sets, in `unit`.
    pub fn backoff_volume(&self, unit: Unit) -> f64 {
        self.backoff_sets().map(|set| set.volume_in(unit)).sum()
    }
}

/// Reference from a session to the planned day it followed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedDayRef {
    pub program: String,
    /// Week index, from 0.
    pub week: usize,
    /// Day index inside the week, from 0.
    pub day: usize,
}

/// One logged workout.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Session {
    /// Identifier unique inside the journal.
    pub id: u64,
    /// Local date and time the session started.
    pub start: NaiveDateTime,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub planned: Option<PlannedDayRef>,
    pub exercises: Vec<LoggedExercise>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Origin of the session when it was imported ("Strong CSV"), so a
    /// second import of the same file can recognise it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

impl Session {
    /// Returns the logged exercise named `exercise`, if the session contains it.
    pub fn exercise(&self, exercise: &str) -> Option<&LoggedExercise> {
        self.exercises
            .iter()
            .find(|logged| logged.exercise == exercise)
    }
}
