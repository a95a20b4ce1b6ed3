//! Warm-up ramp from the empty bar up to the top set.

use super::plates::PlateInventory;

/// One planned warm-up set.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WarmupSet {
    /// Loadable load, in the plate inventory's unit.
    pub load: f64,
    pub reps: u32,
}

/// Plans `steps` warm-up sets after the empty bar for a top set at `top_load`.
///
/// The ramp has the shape of the method guide's bench example (bar × 10, then
/// 50 %, 67 % and 83 % of the top set for 8, 5 and 3 reps before 120 kg):
/// loads climb evenly from half the top set, reps fall from 8 to 3. Loads are
/// rounded to the plates; a step that rounds to the bar or to the previous
/// step is left out.
///
/// ```
/// use topset::model::{PlateInventory, warmup_ramp};
/// let ramp = warmup_ramp(120.0, 3, &PlateInventory::standard_kg());
/// let loads: Vec<(f64, u32)> = ramp.iter().map(|set| (set.load, set.reps)).collect();
/// assert_eq!(loads, [(20.0, 10), (60.0, 8), (80.0, 5), (100.0, 3)]);
/// ```
pub fn warmup_ramp(top_load: f64, steps: u32, plates: &PlateInventory) -> Vec<WarmupSet> {
    let mut ramp = vec![WarmupSet {
        load: plates.bar,
        reps: 10,
    }];
    if !top_load.is_finite() || top_load <= plates.bar || steps == 0 {
        return ramp;
    }
    for step in 0..steps {
        let fraction = 0.5 + 0.5 * f64::from(step) / f64::from(steps);
        let load = plates.round(top_load * fraction).loadable;
        let reps = if steps == 1 {
            5
        } else {
            // From 8 reps at the first step down to 3 at the last.
            (8.0 - 5.0 * f64::from(step) / f64::from(steps - 1)).floor() as u32
        };
        let previous = ramp.last().map_or(0.0, |set| set.load);
        if load > previous && load < top_load {
            ramp.push(WarmupSet { load, reps });
        }
    }
    ramp
}
