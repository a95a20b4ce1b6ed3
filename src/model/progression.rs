//! Progression rules: how a slot's load and reps change from one week of a
//! program to the next.
//!
//! Every rule works on the top set, or on the load of straight sets. Backoff
//! sets follow from the top set through the slot's backoff rule. Increments
//! are in the program's unit.

use serde::{Deserialize, Serialize};

use super::units::Unit;

/// A rule that moves a slot's load or reps from week to week.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Progression {
    /// Adds `increment` to the top set every week (the guide's 2.5–5 kg).
    Linear { increment: f64 },
    /// Adds `increment` to the next week's top set when the logged top set's
    /// RPE fell below the slot's target RPE; keeps the load otherwise.
    RpeBased { increment: f64 },
    /// Cycles the top-set reps through `reps` (the guide's 5, 4, 3), the
    /// load following the RPE chart for those reps, and starts each new wave
    /// `wave_increment` heavier than the previous one.
    Wave { reps: Vec<u32>, wave_increment: f64 },
    /// Straight sets: one more rep per week from the slot's minimum to its
    /// maximum reps, then `increment` more load and back to the minimum.
    Double { increment: f64 },
}

impl Progression {
    /// Returns the guide's linear progression: 2.5 kg, or 5 lb, per week.
    pub fn linear(unit: Unit) -> Self {
        Self::Linear {
            increment: small_increment(unit),
        }
    }

    /// Returns an RPE-based progression adding 2.5 kg (5 lb) when the top set felt easy.
    pub fn rpe_based(unit: Unit) -> Self {
        Self::RpeBased {
            increment: small_increment(unit),
        }
    }

    /// Returns the guide's wave: 5, 4 then 3 reps, the next wave 5 kg (10 lb)
    /// above the previous one.
    pub fn wave(unit: Unit) -> Self {
        Self::Wave {
            reps: vec![5, 4, 3],
            wave_increment: 2.0 * small_increment(unit),
        }
    }

    /// Returns a double progression adding 2.5 kg (5 lb) once the top of the rep range is reached.
    pub fn double(unit: Unit) -> Self {
        Self::Double {
            increment: small_increment(unit),
        }
    }

    /// Stable key used in locale strings.
    pub fn key(&self) -> &'static str {
        match self {
            Self::Linear { .. } => "linear",
            Self::RpeBased { .. } => "rpe_based",
            Self::Wave { .. } => "wave",
            Self::Double { .. } => "double",
        }
    }
}

/// Smallest usual jump: 2.5 kg, or 5 lb (2.27 kg).
fn small_increment(unit: Unit) -> f64 {
    match unit {
        Unit::Kg => 2.5,
        Unit::Lb => 5.0,
    }
}

/// Load and reps a progression plans for one week, before plate rounding.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WeekTarget {
    /// Load added to the starting load, in the program's unit.
    pub added_load: f64,
    /// Reps for the top set (or each straight set); `None` keeps the slot's.
    pub reps: Option<u32>,
}

/// Returns the target of `week` (from 0) when every earlier week went as planned.
///
/// `reps_range` is the slot's straight-set rep range, used by double
/// progression. RPE-based progression adds nothing here, because its
/// increments depend on logged RPEs: see [`rpe_based_increment`].
///
/// ```
/// use topset::model::{Progression, target_for_week};
/// let wave = Progression::Wave { reps: vec![5, 4, 3], wave_increment: 5.0 };
/// // Week 4 starts the second wave: 5 reps, 5 kg above week 1.
/// let target = target_for_week(&wave, 3, None);
/// assert_eq!((target.added_load, target.reps), (5.0, Some(5)));
/// ```
pub fn target_for_week(
    progression: &Progression,
    week: usize,
    reps_range: Option<(u32, u32)>,
) -> WeekTarget {
    let weeks = week as f64;
    match progression {
        Progression::Linear { increment } => WeekTarget {
            added_load: increment * weeks,
            reps: None,
        },
        Progression::RpeBased { .. } => WeekTarget {
            added_load: 0.0,
            reps: None,
        },
        Progression::Wave {
            reps,
            wave_increment,
        } => {
            let Some(length) = std::num::NonZeroUsize::new(reps.len()) else {
                return WeekTarget {
                    added_load: 0.0,
                    reps: None,
                };
            };
            let wave = week / length.get();
            let position = week % length.get();
            WeekTarget {
                added_load: wave_increment * wave as f64,
                reps: reps.get(position).copied(),
            }
        }
        Progression::Double { increment } => {
            let Some((low, high)) = reps_range.filter(|(low, high)| low <= high) else {
                return WeekTarget {
                    added_load: 0.0,
                    reps: None,
                };
            };
            // One cycle is low, low + 1, …, high reps, then the load goes up.
            let cycle = (high - low + 1) as usize;
            let completed = week / cycle;
            let position = week % cycle;
            WeekTarget {
                added_load: increment * completed as f64,
                reps: Some(low + position as u32),
            }
        }
    }
}

/// Returns the load an RPE-based rule adds after a logged top set: its
/// increment when the logged RPE is below `target_rpe`, otherwise zero
/// (also when the set has no RPE).
///
/// ```
/// use topset::model::{Progression, rpe_based_increment};
/// let rule = Progression::RpeBased { increment: 2.5 };
/// assert_eq!(rpe_based_increment(&rule, Some(7.5), 8.5), 2.5);
/// assert_eq!(rpe_based_increment(&rule, Some(8.5), 8.5), 0.0);
/// assert_eq!(rpe_based_increment(&rule, None, 8.5), 0.0);
/// ```
pub fn rpe_based_increment(
    progression: &Progression,
    logged_rpe: Option<f64>,
    target_rpe: f64,
) -> f64 {
    match (progression, logged_rpe) {
        (Progression::RpeBased { increment }, Some(rpe)) if rpe < target_rpe => *increment,
        _ => 0.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn linear_adds_increment_weekly() {
        let rule = Progression::Linear { increment: 2.5 };
        assert_eq!(target_for_week(&rule, 0, None).added_load, 0.0);
        assert_eq!(target_for_week(&rule, 3, None).added_load, 7.5);
    }

    #[test]
    fn double_progression_cycles_reps() {
        let rule = Progression::Double { increment: 5.0 };
        // 8, 9 and 10 reps at the starting load, then 8 reps with 5 more.
        let reps: Vec<_> = (0..4)
            .map(|week| target_for_week(&rule, week, Some((8, 10))))
            .collect();
        assert_eq!(reps[0].reps, Some(8));
        assert_eq!(reps[2].reps, Some(10));
        assert_eq!(reps[2].added_load, 0.0);
        assert_eq!(reps[3].reps, Some(8));
        assert_eq!(reps[3].added_load, 5.0);
    }

    #[test]
    fn empty_wave_adds_nothing() {
        let rule = Progression::Wave {
            reps: Vec::new(),
            wave_increment: 5.0,
        };
        assert_eq!(target_for_week(&rule, 4, None).added_load, 0.0);
    }
}
