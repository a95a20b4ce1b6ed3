//! Programs: weeks of days of exercise slots.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::prescription::Prescription;
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
}

impl Program {
    /// The day at `week` and `day`, if the program has it.
    pub fn day(&self, week: usize, day: usize) -> Option<&Day> {
        self.weeks.get(week)?.days.get(day)
    }
}
