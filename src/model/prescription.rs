//! Prescriptions: what an exercise slot asks the lifter to do.

use serde::{Deserialize, Serialize};

/// How backoff loads follow from the logged top set.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum BackoffRule {
    /// Backoff load is the top set load minus this percentage (10–15 in the guide).
    PercentDrop(f64),
    /// Backoff load from the top set's e1RM and the RPE chart percentage for
    /// the backoff reps at this target RPE.
    RpeTarget(f64),
    /// Keep doing backoff sets until the logged RPE reaches the top set's RPE
    /// or a set's e1RM falls `fatigue_percent` below the top set's.
    RepeatUntilRpe {
        drop_percent: f64,
        fatigue_percent: f64,
    },
}

impl Default for BackoffRule {
    fn default() -> Self {
        Self::PercentDrop(10.0)
    }
}

/// Top set + backoff sets.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TopSetBackoff {
    /// Number of top sets (1 or 2; more is a coaching mistake).
    pub top_sets: u32,
    pub top_reps: u32,
    #[serde(default)]
    pub top_rpe: Option<f64>,
    pub backoff_sets: u32,
    pub backoff_reps: u32,
    #[serde(default)]
    pub rule: BackoffRule,
}

impl Default for TopSetBackoff {
    fn default() -> Self {
        Self {
            top_sets: 1,
            top_reps: 4,
            top_rpe: Some(8.5),
            backoff_sets: 3,
            backoff_reps: 8,
            rule: BackoffRule::PercentDrop(10.0),
        }
    }
}

/// Sets of the same load and reps.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StraightSets {
    pub sets: u32,
    pub reps_min: u32,
    pub reps_max: u32,
    #[serde(default)]
    pub rpe: Option<f64>,
}

/// What a slot prescribes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Prescription {
    TopSetBackoff(TopSetBackoff),
    StraightSets(StraightSets),
}

impl Default for Prescription {
    fn default() -> Self {
        Self::TopSetBackoff(TopSetBackoff::default())
    }
}
