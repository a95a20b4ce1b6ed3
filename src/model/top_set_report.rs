//! Everything a lifter wants to know about one top set: its e1RM by every
//! method, backoff loads for a few drops and the warm-up ramp, with plates.
//! The calculator panel and `topset calc` both show this report.

use super::backoff::{BackoffLoad, TopSet, percent_drop};
use super::e1rm::{E1rmMethod, Estimate, estimate_e1rm};
use super::plates::{PlateInventory, Rounding};
use super::warmup::{WarmupScheme, WarmupSet, warmup_sets};

/// Drops shown when the user asks for none: the guide's 10 % and 15 %.
pub const DEFAULT_DROPS: [f64; 2] = [10.0, 15.0];

/// Error from an invalid top set or drop.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum TopSetError {
    #[error("invalid load {0}: the load must be a positive number")]
    InvalidLoad(f64),
    #[error("invalid reps 0: a set needs at least one rep")]
    ZeroReps,
    #[error("invalid RPE {0}: the RPE must be between 1 and 10")]
    InvalidRpe(f64),
    #[error("invalid drop {0} %: the drop must be at least 0 and less than 100")]
    InvalidDrop(f64),
}

impl TopSet {
    /// Checks that the set can be computed: a positive load, at least one rep
    /// and an RPE in 1–10 when there is one.
    pub fn validate(&self) -> Result<(), TopSetError> {
        if !self.load.is_finite() || self.load <= 0.0 {
            return Err(TopSetError::InvalidLoad(self.load));
        }
        if self.reps == 0 {
            return Err(TopSetError::ZeroReps);
        }
        if let Some(rpe) = self.rpe
            && (!rpe.is_finite() || !(1.0..=10.0).contains(&rpe))
        {
            return Err(TopSetError::InvalidRpe(rpe));
        }
        Ok(())
    }
}

/// One warm-up set with the plates that make it.
#[derive(Clone, Debug, PartialEq)]
pub struct PlannedWarmup {
    pub set: WarmupSet,
    pub rounding: Rounding,
}

/// The e1RM, backoff loads and warm-ups of one top set.
#[derive(Clone, Debug, PartialEq)]
pub struct TopSetReport {
    pub top: TopSet,
    /// Every method of [`E1rmMethod::ALL`] in that order; `None` where the
    /// method cannot estimate the set (a chart without RPE).
    pub e1rm: Vec<(E1rmMethod, Option<Estimate>)>,
    /// One backoff load per drop, in the order asked.
    pub backoffs: Vec<BackoffLoad>,
    pub warmups: Vec<PlannedWarmup>,
}

/// Computes the report for `top` (load in the unit of `plates`).
///
/// ```
/// use topset::model::{PlateInventory, TopSet, WarmupScheme, top_set_report};
/// let top = TopSet { load: 120.0, reps: 4, rpe: Some(8.5) };
/// let report = top_set_report(&top, &[10.0, 15.0], &PlateInventory::standard_kg(), &WarmupScheme::default()).unwrap();
/// assert_eq!(report.backoffs[0].loadable(), 107.5);
/// assert_eq!(report.warmups.len(), 4);
/// ```
pub fn top_set_report(
    top: &TopSet,
    drops: &[f64],
    plates: &PlateInventory,
    warmups: &WarmupScheme,
) -> Result<TopSetReport, TopSetError> {
    top.validate()?;
    if let Some(drop) = drops
        .iter()
        .find(|drop| !drop.is_finite() || !(0.0..100.0).contains(*drop))
    {
        return Err(TopSetError::InvalidDrop(*drop));
    }
    let e1rm = E1rmMethod::ALL
        .iter()
        .map(|method| (*method, estimate_e1rm(*method, top.load, top.reps, top.rpe)))
        .collect();
    let backoffs = drops
        .iter()
        .map(|drop| percent_drop(top.load, *drop, plates))
        .collect();
    let warmups = warmup_sets(top.load, warmups, plates)
        .into_iter()
        .map(|set| PlannedWarmup {
            set,
            rounding: plates.round(set.load),
        })
        .collect();
    Ok(TopSetReport {
        top: *top,
        e1rm,
        backoffs,
        warmups,
    })
}
