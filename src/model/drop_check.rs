//! The planned backoff drop checked against the lifter's drop band, so a
//! program that drops 50 % is flagged in the editor before it is lifted.

use super::checks::{Check, CheckId, check_slot};
use super::exercise::Exercise;
use super::prescription::{BackoffRule, Prescription};
use super::program::ExerciseSlot;
use super::variation::Variation;

/// Drop of the backoff sets below the top set, in percent, that the method
/// guide gives (smallest, largest).
pub const GUIDE_DROP_BAND: (f64, f64) = (10.0, 15.0);

/// Checks one planned slot: every check of [`check_slot`], then its backoff
/// drop against `drop_band` (see [`check_slot_drop`]).
pub fn check_planned_slot(
    slot: &ExerciseSlot,
    exercises: &[Exercise],
    drop_band: (f64, f64),
) -> Vec<Check> {
    let mut checks = check_slot(slot, exercises);
    checks.extend(check_slot_drop(slot, drop_band));
    checks
}

/// Checks the backoff drop a slot plans against `drop_band`, the journal's
/// `Settings::drop_band` in percent (band edges included).
///
/// Only drops written as a percentage are checked: [`BackoffRule::PercentDrop`]
/// and the `drop_percent` of [`BackoffRule::RepeatUntilRpe`]. An RPE target
/// has no fixed drop, and a slot without backoff sets has nothing to check.
/// A top set of one rep is the heavy-single variation, after which the method
/// drops further (backoff sets at 75–80 % of the single), so that slot is
/// checked against the variation's 20–25 % instead of `drop_band`.
///
/// ```
/// use topset::model::{BackoffRule, CheckId, ExerciseSlot, Language, Prescription, TopSetBackoff, check_slot_drop};
/// let slot = ExerciseSlot {
///     exercise: "Bench Press".into(),
///     prescription: Prescription::TopSetBackoff(TopSetBackoff {
///         rule: BackoffRule::PercentDrop(50.0),
///         ..TopSetBackoff::default()
///     }),
///     ..ExerciseSlot::default()
/// };
/// let check = check_slot_drop(&slot, (10.0, 15.0)).unwrap();
/// assert_eq!(check.id, CheckId::BackoffDropOutOfBand);
/// assert!(check.message(Language::English).contains("backoff drop of 50 %"));
/// ```
pub fn check_slot_drop(slot: &ExerciseSlot, drop_band: (f64, f64)) -> Option<Check> {
    let Prescription::TopSetBackoff(plan) = &slot.prescription else {
        return None;
    };
    if plan.backoff_sets == 0 {
        return None;
    }
    let drop = match plan.rule {
        BackoffRule::PercentDrop(drop) => drop,
        BackoffRule::RepeatUntilRpe { drop_percent, .. } => drop_percent,
        BackoffRule::RpeTarget(_) => return None,
    };
    // The message shows two decimals: compare that value, so that a drop
    // shown as "15" is never reported outside a band that ends at 15.
    let drop = (drop * 100.0).round() / 100.0;
    let name = Some(slot.exercise.as_str());

    if plan.top_reps == 1 {
        let (min, max) = Variation::HeavySingle.guide().drop_percent;
        let numbers = vec![
            ("drop", drop),
            ("min", min),
            ("max", max),
            ("low_percent", 100.0 - max),
            ("high_percent", 100.0 - min),
        ];
        return is_outside(drop, (min, max))
            .then(|| Check::new(CheckId::SingleDropOutOfBand, name, numbers));
    }
    let (min, max) = drop_band;
    let (guide_min, guide_max) = GUIDE_DROP_BAND;
    let numbers = vec![
        ("drop", drop),
        ("min", min),
        ("max", max),
        ("guide_min", guide_min),
        ("guide_max", guide_max),
    ];
    is_outside(drop, drop_band).then(|| Check::new(CheckId::BackoffDropOutOfBand, name, numbers))
}

/// Returns whether `drop` lies outside `(min, max)`. NaN compares false, so it is never outside.
fn is_outside(drop: f64, (min, max): (f64, f64)) -> bool {
    drop < min || drop > max
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::TopSetBackoff;

    fn slot(top_reps: u32, backoff_sets: u32, rule: BackoffRule) -> ExerciseSlot {
        ExerciseSlot {
            exercise: "Squat".into(),
            prescription: Prescription::TopSetBackoff(TopSetBackoff {
                top_reps,
                backoff_sets,
                rule,
                ..TopSetBackoff::default()
            }),
            ..ExerciseSlot::default()
        }
    }

    #[test]
    fn rpe_target_is_not_checked() {
        let planned = slot(4, 3, BackoffRule::RpeTarget(6.0));
        assert_eq!(check_slot_drop(&planned, (10.0, 15.0)), None);
    }

    #[test]
    fn no_backoff_sets_no_check() {
        let planned = slot(4, 0, BackoffRule::PercentDrop(50.0));
        assert_eq!(check_slot_drop(&planned, (10.0, 15.0)), None);
    }

    #[test]
    fn drop_rounded_as_shown() {
        let planned = slot(4, 3, BackoffRule::PercentDrop(15.001));
        assert_eq!(check_slot_drop(&planned, (10.0, 15.0)), None);
        let planned = slot(4, 3, BackoffRule::PercentDrop(15.01));
        let check = check_slot_drop(&planned, (10.0, 15.0)).expect("15.01 is outside");
        assert_eq!(check.number("drop"), Some(15.01));
    }

    #[test]
    fn nan_drop_is_not_flagged() {
        let planned = slot(4, 3, BackoffRule::PercentDrop(f64::NAN));
        assert_eq!(check_slot_drop(&planned, (10.0, 15.0)), None);
    }
}
