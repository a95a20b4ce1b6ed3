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
    Pyramid(Pyramid),
    Cluster(Cluster),
    RestPause(RestPause),
}

impl Default for Prescription {
    fn default() -> Self {
        Self::TopSetBackoff(TopSetBackoff::default())
    }
}

impl Prescription {
    /// Working sets planned, each as (reps, RPE), in the order they are done.
    ///
    /// A cluster set counts once with its total reps, and a rest-pause slot
    /// counts its activation set and each mini-set.
    pub fn working_sets(&self) -> Vec<(u32, Option<f64>)> {
        match self {
            Self::TopSetBackoff(plan) => {
                let top = (0..plan.top_sets).map(|_| (plan.top_reps, plan.top_rpe));
                let backoff = (0..plan.backoff_sets).map(|_| (plan.backoff_reps, None));
                top.chain(backoff).collect()
            }
            Self::StraightSets(plan) => (0..plan.sets).map(|_| (plan.reps_min, plan.rpe)).collect(),
            Self::Pyramid(plan) => plan.reps.iter().map(|reps| (*reps, plan.rpe)).collect(),
            Self::Cluster(plan) => (0..plan.sets)
                .map(|_| (plan.clusters * plan.reps_per_cluster, plan.rpe))
                .collect(),
            Self::RestPause(plan) => std::iter::once((plan.activation_reps, plan.rpe))
                .chain((0..plan.mini_sets).map(|_| (plan.mini_reps, plan.rpe)))
                .collect(),
        }
    }

    /// Number of working sets, which the weekly hard-set count uses.
    pub fn working_set_count(&self) -> u32 {
        u32::try_from(self.working_sets().len()).unwrap_or(u32::MAX)
    }
}

/// Sets whose load climbs (or falls) from one set to the next while the
/// reps go the other way.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Pyramid {
    /// Reps of each set in order, for example `[10, 8, 6, 4]`.
    pub reps: Vec<u32>,
    /// RPE of the heaviest set.
    #[serde(default)]
    pub rpe: Option<f64>,
}

impl Default for Pyramid {
    fn default() -> Self {
        Self {
            reps: vec![10, 8, 6, 4],
            rpe: Some(8.5),
        }
    }
}

/// Heavy sets split into short clusters with a brief rest inside the set.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Cluster {
    pub sets: u32,
    /// Clusters in each set.
    pub clusters: u32,
    /// Reps in each cluster.
    pub reps_per_cluster: u32,
    /// Rest between the clusters of one set, in seconds.
    pub intra_rest_secs: u32,
    #[serde(default)]
    pub rpe: Option<f64>,
}

impl Default for Cluster {
    fn default() -> Self {
        Self {
            sets: 3,
            clusters: 3,
            reps_per_cluster: 2,
            intra_rest_secs: 20,
            rpe: Some(8.5),
        }
    }
}

/// One activation set, then mini-sets at the same load after brief pauses.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RestPause {
    pub activation_reps: u32,
    pub mini_sets: u32,
    pub mini_reps: u32,
    /// Pause before each mini-set, in seconds.
    pub pause_secs: u32,
    #[serde(default)]
    pub rpe: Option<f64>,
}

impl Default for RestPause {
    fn default() -> Self {
        Self {
            activation_reps: 10,
            mini_sets: 3,
            mini_reps: 3,
            pause_secs: 15,
            rpe: Some(9.0),
        }
    }
}
