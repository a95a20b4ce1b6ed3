//! Exercises: muscle groups, equipment and how well each suits the method.

use serde::{Deserialize, Serialize};

/// Muscle group counted for weekly hard sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Muscle {
    Chest,
    Back,
    Shoulders,
    Biceps,
    Triceps,
    Quads,
    Hamstrings,
    Glutes,
    Calves,
    Abs,
    Forearms,
}

impl Muscle {
    pub const ALL: [Muscle; 11] = [
        Self::Chest,
        Self::Back,
        Self::Shoulders,
        Self::Biceps,
        Self::Triceps,
        Self::Quads,
        Self::Hamstrings,
        Self::Glutes,
        Self::Calves,
        Self::Abs,
        Self::Forearms,
    ];
}

/// What an exercise is done with; decides how loads are rounded.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Equipment {
    #[default]
    Barbell,
    Dumbbell,
    Machine,
    Cable,
    Bodyweight,
    Other,
}

/// How well an exercise suits top set + backoff training, as the method guide rates it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Suitability {
    Ideal,
    Good,
    #[default]
    NotRecommended,
}

/// An exercise in the journal's exercise list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Exercise {
    /// Unique name, used by slots and logged exercises to refer to it.
    pub name: String,
    #[serde(default)]
    pub muscles: Vec<Muscle>,
    #[serde(default)]
    pub equipment: Equipment,
    #[serde(default)]
    pub suitability: Suitability,
    /// Whether the exercise works one joint (curls, raises), which the method
    /// advises against for top sets.
    #[serde(default)]
    pub isolation: bool,
}

impl Exercise {
    /// An exercise that works more than one joint; see [`Exercise::isolation`].
    pub fn new(
        name: &str,
        muscles: &[Muscle],
        equipment: Equipment,
        suitability: Suitability,
    ) -> Self {
        Self {
            name: name.to_owned(),
            muscles: muscles.to_vec(),
            equipment,
            suitability,
            isolation: false,
        }
    }

    /// The same exercise marked as working one joint or not.
    pub fn with_isolation(mut self, isolation: bool) -> Self {
        self.isolation = isolation;
        self
    }

    /// Whether the load comes from a machine or a cable stack, which the
    /// method guide advises against for top sets (little neural benefit).
    pub fn is_machine(&self) -> bool {
        matches!(self.equipment, Equipment::Machine | Equipment::Cable)
    }
}
