//! Warm-up ramp from the empty bar up to the top set.

use serde::{Deserialize, Serialize};

use super::plates::PlateInventory;

/// One planned warm-up set.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WarmupSet {
    /// Loadable load, in the plate inventory's unit.
    pub load: f64,
    pub reps: u32,
}

/// One step of a warm-up scheme.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct WarmupStep {
    /// Load as a percentage of the top set.
    pub percent: f64,
    pub reps: u32,
}

/// How to warm up to a top set: an optional set with the empty bar, then
/// steps at percentages of the top set.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WarmupScheme {
    /// Reps with the empty bar (the lightest load for other equipment);
    /// `None` skips that set.
    #[serde(default)]
    pub bar_reps: Option<u32>,
    pub steps: Vec<WarmupStep>,
}

impl WarmupScheme {
    /// `steps` steps after the empty bar × 10, climbing evenly from 50 % of
    /// the top set, with reps falling from 8 to 3 (5 for a single step).
    ///
    /// Three steps give the method guide's bench example: bar × 10, then
    /// 50 %, 67 % and 83 % of the top set for 8, 5 and 3 reps before 120 kg.
    pub fn even(steps: u32) -> Self {
        let steps = (0..steps)
            .map(|step| {
                let percent = 50.0 + 50.0 * f64::from(step) / f64::from(steps);
                let reps = if steps == 1 {
                    5
                } else {
                    // From 8 reps at the first step down to 3 at the last.
                    (8.0 - 5.0 * f64::from(step) / f64::from(steps - 1)).floor() as u32
                };
                WarmupStep { percent, reps }
            })
            .collect();
        Self {
            bar_reps: Some(10),
            steps,
        }
    }
}

impl Default for WarmupScheme {
    fn default() -> Self {
        Self::even(3)
    }
}

/// Plans the warm-up sets of `scheme` for a top set at `top_load`.
///
/// Loads are rounded to the plates. A step that rounds to the top set or
/// above, or to no more than the set before it, is left out, so light top
/// sets get fewer warm-up sets. A top set at or below the empty bar gets none.
///
/// ```
/// use topset::model::{PlateInventory, WarmupScheme, WarmupStep, warmup_sets};
/// let scheme = WarmupScheme {
///     bar_reps: None,
///     steps: vec![WarmupStep { percent: 60.0, reps: 5 }, WarmupStep { percent: 80.0, reps: 2 }],
/// };
/// let ramp = warmup_sets(150.0, &scheme, &PlateInventory::standard_kg());
/// let loads: Vec<(f64, u32)> = ramp.iter().map(|set| (set.load, set.reps)).collect();
/// assert_eq!(loads, [(90.0, 5), (120.0, 2)]);
/// ```
pub fn warmup_sets(
    top_load: f64,
    scheme: &WarmupScheme,
    plates: &PlateInventory,
) -> Vec<WarmupSet> {
    let mut ramp = Vec::new();
    let lightest = plates.min_load();
    if !top_load.is_finite() || top_load <= lightest {
        return ramp;
    }
    if let Some(reps) = scheme.bar_reps {
        ramp.push(WarmupSet {
            load: lightest,
            reps,
        });
    }
    for step in &scheme.steps {
        if !step.percent.is_finite() {
            continue;
        }
        let load = plates.round(top_load * step.percent / 100.0).loadable;
        let previous = ramp.last().map_or(f64::NEG_INFINITY, |set| set.load);
        if load > previous && load < top_load {
            ramp.push(WarmupSet {
                load,
                reps: step.reps,
            });
        }
    }
    ramp
}

/// Plans `steps` warm-up sets after the empty bar for a top set at
/// `top_load`, with [`WarmupScheme::even`].
///
/// ```
/// use topset::model::{PlateInventory, warmup_ramp};
/// let ramp = warmup_ramp(120.0, 3, &PlateInventory::standard_kg());
/// let loads: Vec<(f64, u32)> = ramp.iter().map(|set| (set.load, set.reps)).collect();
/// assert_eq!(loads, [(20.0, 10), (60.0, 8), (80.0, 5), (100.0, 3)]);
/// ```
pub fn warmup_ramp(top_load: f64, steps: u32, plates: &PlateInventory) -> Vec<WarmupSet> {
    warmup_sets(top_load, &WarmupScheme::even(steps), plates)
}
