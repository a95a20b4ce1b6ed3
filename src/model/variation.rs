//! The method guide's top set variations, and the sets each plans from the
//! day's top set.

use std::ops::RangeInclusive;

use super::plates::{PlateInventory, Rounding};
use super::prescription::{BackoffRule, TopSetBackoff};
use super::session::SetKind;

/// A way to arrange the top set and its backoff sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Variation {
    /// One top set of 3–5 reps at RPE 8–9, then 2–3 backoff sets of 8–12.
    SingleTopSet,
    /// Two top sets of 3–5 reps at RPE 8–9, then 2 backoff sets of 8–10.
    DoubleTopSets,
    /// One single at RPE 9–9.5, then 3–4 backoff sets of 6–8 at 75–80 % of it.
    HeavySingle,
    /// 80 % × 5 and 85 % × 3 of the day's maximum, the top set at 90 % × 1–3,
    /// then 2–3 backoff sets of 8–10 at 75–80 % of that maximum.
    RampingToTopSet,
}

/// Prescription the method guide gives for a variation.
#[derive(Clone, Debug, PartialEq)]
pub struct VariationGuide {
    pub top_sets: u32,
    pub top_reps: RangeInclusive<u32>,
    /// RPE range of the top set; `None` when the guide gives percentages only.
    pub top_rpe: Option<(f64, f64)>,
    pub backoff_sets: RangeInclusive<u32>,
    pub backoff_reps: RangeInclusive<u32>,
    /// Drop of the backoff sets below the top set, in percent (smallest, largest).
    pub drop_percent: (f64, f64),
    /// Sets before the top set, as (percent of the top set, reps).
    pub ramp: Vec<(f64, u32)>,
}

/// One set planned by a variation.
#[derive(Clone, Debug, PartialEq)]
pub struct PlannedSet {
    /// [`SetKind::WarmUp`] for ramp sets, then top and backoff sets.
    pub kind: SetKind,
    /// Load before rounding.
    pub exact: f64,
    pub rounding: Rounding,
    pub reps: RangeInclusive<u32>,
    pub rpe: Option<(f64, f64)>,
}

/// Percent of the day's maximum at which the ramping variation's top set sits.
const RAMP_TOP_PERCENT: f64 = 90.0;

impl Variation {
    pub const ALL: [Variation; 4] = [
        Self::SingleTopSet,
        Self::DoubleTopSets,
        Self::HeavySingle,
        Self::RampingToTopSet,
    ];

    /// Stable key used in files and locale strings.
    pub fn key(self) -> &'static str {
        match self {
            Self::SingleTopSet => "single_top_set",
            Self::DoubleTopSets => "double_top_sets",
            Self::HeavySingle => "heavy_single",
            Self::RampingToTopSet => "ramping_to_top_set",
        }
    }

    /// The guide's numbers for this variation.
    ///
    /// The ramping variation's percentages are of the day's maximum, with the
    /// top set at 90 % of it; they are given here relative to the top set
    /// (80 / 90 = 88.9 %, 85 / 90 = 94.4 %, backoff sets at 75–80 % of the
    /// maximum, that is 11.1–16.7 % below the top set).
    pub fn guide(self) -> VariationGuide {
        match self {
            Self::SingleTopSet => VariationGuide {
                top_sets: 1,
                top_reps: 3..=5,
                top_rpe: Some((8.0, 9.0)),
                backoff_sets: 2..=3,
                backoff_reps: 8..=12,
                drop_percent: (10.0, 15.0),
                ramp: Vec::new(),
            },
            Self::DoubleTopSets => VariationGuide {
                top_sets: 2,
                top_reps: 3..=5,
                top_rpe: Some((8.0, 9.0)),
                backoff_sets: 2..=2,
                backoff_reps: 8..=10,
                drop_percent: (10.0, 15.0),
                ramp: Vec::new(),
            },
            Self::HeavySingle => VariationGuide {
                top_sets: 1,
                top_reps: 1..=1,
                top_rpe: Some((9.0, 9.5)),
                backoff_sets: 3..=4,
                backoff_reps: 6..=8,
                drop_percent: (20.0, 25.0),
                ramp: Vec::new(),
            },
            Self::RampingToTopSet => VariationGuide {
                top_sets: 1,
                top_reps: 1..=3,
                top_rpe: None,
                backoff_sets: 2..=3,
                backoff_reps: 8..=10,
                drop_percent: (
                    100.0 - 80.0 / RAMP_TOP_PERCENT * 100.0,
                    100.0 - 75.0 / RAMP_TOP_PERCENT * 100.0,
                ),
                ramp: vec![
                    (80.0 / RAMP_TOP_PERCENT * 100.0, 5),
                    (85.0 / RAMP_TOP_PERCENT * 100.0, 3),
                ],
            },
        }
    }

    /// A slot prescription for this variation: the guide's middle top reps,
    /// its upper RPE bound below 10, its fewest backoff sets above 2 where it
    /// allows, its fewest backoff reps and its smallest drop.
    pub fn prescription(self) -> TopSetBackoff {
        let guide = self.guide();
        let top_reps = (guide.top_reps.start() + guide.top_reps.end()).div_ceil(2);
        TopSetBackoff {
            top_sets: guide.top_sets,
            top_reps,
            top_rpe: guide.top_rpe.map(|(_, high)| high),
            backoff_sets: (*guide.backoff_sets.end()).min(3),
            backoff_reps: *guide.backoff_reps.start(),
            rule: BackoffRule::PercentDrop(guide.drop_percent.0),
        }
    }

    /// Plans the ramp, top and backoff sets for a day's top set at
    /// `top_load`, with backoff sets `drop_percent` below it (the guide's
    /// smallest drop when `None`), rounded to `plates`.
    ///
    /// ```
    /// use topset::model::{PlateInventory, SetKind, Variation};
    /// let plan = Variation::HeavySingle.plan(200.0, None, &PlateInventory::standard_kg());
    /// let backoff = plan.iter().find(|set| set.kind == SetKind::Backoff).unwrap();
    /// // The guide's heavy single puts backoff sets at 75–80 % of the single.
    /// assert_eq!(backoff.rounding.loadable, 160.0);
    /// ```
    pub fn plan(
        self,
        top_load: f64,
        drop_percent: Option<f64>,
        plates: &PlateInventory,
    ) -> Vec<PlannedSet> {
        let guide = self.guide();
        let mut sets = Vec::new();
        for (percent, reps) in &guide.ramp {
            let exact = top_load * percent / 100.0;
            sets.push(PlannedSet {
                kind: SetKind::WarmUp,
                exact,
                rounding: plates.round(exact),
                reps: *reps..=*reps,
                rpe: None,
            });
        }
        for _ in 0..guide.top_sets {
            sets.push(PlannedSet {
                kind: SetKind::Top,
                exact: top_load,
                rounding: plates.round(top_load),
                reps: guide.top_reps.clone(),
                rpe: guide.top_rpe,
            });
        }
        let drop_percent = drop_percent.unwrap_or(guide.drop_percent.0);
        let exact = top_load * (1.0 - drop_percent / 100.0);
        for _ in 0..*guide.backoff_sets.end() {
            sets.push(PlannedSet {
                kind: SetKind::Backoff,
                exact,
                rounding: plates.round(exact),
                reps: guide.backoff_reps.clone(),
                rpe: Some((7.0, 8.0)),
            });
        }
        sets
    }
}
