//! Programs: weeks of days of exercise slots.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use std::collections::BTreeMap;

use super::prescription::Prescription;
use super::progression::Progression;
use super::units::Unit;

/// Place of a slot in the day, which decides how the method applies to it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Role {
    #[default]
    Primary,
    Secondary,
    Accessory,
}

/// One exercise planned on a day.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ExerciseSlot {
    pub exercise: String,
    #[serde(default)]
    pub role: Role,
    pub prescription: Prescription,
    /// Rest after each working set, in seconds; `None` uses the logger's default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rest_secs: Option<u32>,
    /// Week-to-week change of the load; `None` keeps each week as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progression: Option<Progression>,
}

/// One planned training day.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Day {
    pub name: String,
    pub slots: Vec<ExerciseSlot>,
}

/// One week of a program.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Week {
    pub days: Vec<Day>,
}

/// A shareable training plan.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Program {
    pub name: String,
    #[serde(default)]
    pub author: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub unit: Unit,
    #[serde(default)]
    pub notes: String,
    /// First day of week 1, when the lifter has started the program.
    #[serde(default)]
    pub start: Option<NaiveDate>,
    pub weeks: Vec<Week>,
    /// Starting point of each exercise's projected loads, by exercise name.
    /// Exercises not listed start from their last logged top set.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub starting_points: BTreeMap<String, StartingPoint>,
}

/// Basis of the projected loads of an exercise.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum StartingPoint {
    /// A training max in the program's unit, used as the 1RM the RPE chart
    /// takes percentages of.
    TrainingMax(f64),
    /// A recent e1RM in the program's unit.
    E1rm(f64),
    /// The e1RM of the last top set logged outside the program, or of the
    /// program's first logged top set when there is none.
    LastTopSet,
}

impl Program {
    /// The day at `week` and `day`, if the program has it.
    pub fn day(&self, week: usize, day: usize) -> Option<&Day> {
        self.weeks.get(week)?.days.get(day)
    }
}
