//! Backoff loads computed from the logged top set, and when to stop doing
//! backoff sets.

use super::e1rm::{E1rmMethod, estimate_e1rm};
use super::plates::{PlateInventory, Rounding};
use super::prescription::BackoffRule;
use super::rpe_chart::RpeChart;
use super::session::LoggedSet;
use super::units::Unit;

/// Maximum backoff sets a repeat-until-RPE rule plans: the method guide's
/// upper bound ("up to 5"), so a rule whose stop condition never comes true
/// still ends.
pub const MAX_REPEATED_BACKOFFS: usize = 5;

/// A top set as the maths needs it: load in the plate inventory's unit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TopSet {
    pub load: f64,
    pub reps: u32,
    pub rpe: Option<f64>,
}

impl TopSet {
    /// The top set of a logged set, with its load expressed in `unit`;
    /// `None` for a set without a load.
    pub fn from_logged(set: &LoggedSet, unit: Unit) -> Option<Self> {
        let load = set.load?.value_in(unit);
        Some(Self {
            load,
            reps: set.reps,
            rpe: set.rpe,
        })
    }
}

/// One computed backoff load.
#[derive(Clone, Debug, PartialEq)]
pub struct BackoffLoad {
    /// Drop asked for, in percent below the top set.
    pub drop_percent: f64,
    /// Top set load minus the drop, before rounding.
    pub exact: f64,
    /// The nearest load the plates make, with the plates per side.
    pub rounding: Rounding,
    /// Whether the load comes from an e1RM read past the RPE chart.
    pub unreliable: bool,
}

impl BackoffLoad {
    /// The load to put on the bar.
    pub fn loadable(&self) -> f64 {
        self.rounding.loadable
    }

    /// Drop from the top set after rounding, in percent ("asked −10%, loaded −10.4%").
    ///
    /// ```
    /// use topset::model::{PlateInventory, percent_drop};
    /// let backoff = percent_drop(120.0, 15.0, &PlateInventory::standard_kg());
    /// // 102 kg rounds to 102.5 kg, a real drop of 1 − 102.5 / 120 = 14.58 %.
    /// assert!((backoff.real_drop_percent(120.0) - 14.583333).abs() < 1e-6);
    /// ```
    pub fn real_drop_percent(&self, top_load: f64) -> f64 {
        if top_load <= 0.0 || !top_load.is_finite() {
            return 0.0;
        }
        (1.0 - self.rounding.loadable / top_load) * 100.0
    }
}

/// Backoff load `drop_percent` below `top_load`, rounded to `plates`.
///
/// ```
/// use topset::model::{PlateInventory, percent_drop};
/// let backoff = percent_drop(120.0, 15.0, &PlateInventory::standard_kg());
/// assert!((backoff.exact - 102.0).abs() < 1e-9);
/// assert_eq!(backoff.loadable(), 102.5);
/// ```
pub fn percent_drop(top_load: f64, drop_percent: f64, plates: &PlateInventory) -> BackoffLoad {
    let exact = top_load * (1.0 - drop_percent / 100.0);
    BackoffLoad {
        drop_percent,
        exact,
        rounding: plates.round(exact),
        unreliable: false,
    }
}

/// Backoff load for `backoff_reps` at `target_rpe`: the top set's e1RM on
/// `chart` times the chart's percentage for the backoff set.
///
/// Returns `None` when the top set has no RPE (the chart needs one) or the
/// input is invalid (zero reps, RPE outside 1–10, load not positive).
///
/// ```
/// use topset::model::{PlateInventory, RpeChart, TopSet, rpe_load_drop};
/// let top = TopSet { load: 120.0, reps: 4, rpe: Some(8.5) };
/// let backoff = rpe_load_drop(&top, 8, 8.0, RpeChart::Classic, &PlateInventory::standard_kg()).unwrap();
/// // e1RM = 120 / 0.85; 8 reps at RPE 8 is 73.9 %: 120 × 73.9 / 85 = 104.33 kg.
/// assert!((backoff.exact - 104.329_411_76).abs() < 1e-6);
/// assert_eq!(backoff.loadable(), 105.0);
/// ```
pub fn rpe_load_drop(
    top: &TopSet,
    backoff_reps: u32,
    target_rpe: f64,
    chart: RpeChart,
    plates: &PlateInventory,
) -> Option<BackoffLoad> {
    let method = match chart {
        RpeChart::Classic => E1rmMethod::RpeChart,
        RpeChart::Rts2025 => E1rmMethod::RpeChart2025,
    };
    let e1rm = estimate_e1rm(method, top.load, top.reps, Some(top.rpe?))?;
    let percent = chart.percent_or_extrapolated(backoff_reps, target_rpe)?;
    let exact = e1rm.value * percent.percent / 100.0;
    Some(BackoffLoad {
        drop_percent: (1.0 - exact / top.load) * 100.0,
        exact,
        rounding: plates.round(exact),
        unreliable: e1rm.unreliable || percent.extrapolated,
    })
}

/// Backoff load that `rule` gives for sets of `backoff_reps` after `top`.
///
/// Every backoff set of a rule uses the same load. A repeat-until-RPE rule
/// starts from its drop, and [`another_backoff_due`] decides when to stop.
pub fn backoff_load(
    top: &TopSet,
    rule: &BackoffRule,
    backoff_reps: u32,
    chart: RpeChart,
    plates: &PlateInventory,
) -> Option<BackoffLoad> {
    match rule {
        BackoffRule::PercentDrop(drop_percent) => {
            Some(percent_drop(top.load, *drop_percent, plates))
        }
        BackoffRule::RpeTarget(target_rpe) => {
            rpe_load_drop(top, backoff_reps, *target_rpe, chart, plates)
        }
        BackoffRule::RepeatUntilRpe { drop_percent, .. } => {
            Some(percent_drop(top.load, *drop_percent, plates))
        }
    }
}

/// Decision of a repeat-until-RPE rule about one more backoff set.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum BackoffDecision {
    /// Do another backoff set.
    Due,
    /// The last backoff set reached the top set's RPE.
    RpeReached { rpe: f64, top_rpe: f64 },
    /// The last backoff set's e1RM fell `e1rm_drop_percent` below the top
    /// set's, at least the rule's fatigue percent.
    FatigueReached { e1rm_drop_percent: f64 },
    /// [`MAX_REPEATED_BACKOFFS`] backoff sets are done.
    MaxSets { sets: usize },
}

/// Decides whether another backoff set is due after `top` and the backoff
/// sets logged so far.
///
/// Backoff sets go on until the last one is logged at the top set's RPE or
/// higher, or its e1RM (by `method`) is `fatigue_percent` or more below the
/// top set's, and never past [`MAX_REPEATED_BACKOFFS`] sets. A set without
/// RPE or load only counts toward the last limit.
///
/// ```
/// use topset::model::{BackoffDecision, E1rmMethod, Load, LoggedSet, SetKind, another_backoff_due};
/// let top = LoggedSet::new(SetKind::Top, Some(Load::kg(120.0)), 4, Some(8.5));
/// let easy = LoggedSet::new(SetKind::Backoff, Some(Load::kg(100.0)), 8, Some(7.5));
/// let hard = LoggedSet::new(SetKind::Backoff, Some(Load::kg(100.0)), 8, Some(8.5));
/// assert_eq!(another_backoff_due(&top, &[easy.clone()], 10.0, E1rmMethod::RpeChart), BackoffDecision::Due);
/// assert_eq!(
///     another_backoff_due(&top, &[easy, hard], 10.0, E1rmMethod::RpeChart),
///     BackoffDecision::RpeReached { rpe: 8.5, top_rpe: 8.5 },
/// );
/// ```
pub fn another_backoff_due(
    top: &LoggedSet,
    backoffs: &[LoggedSet],
    fatigue_percent: f64,
    method: E1rmMethod,
) -> BackoffDecision {
    let Some(last) = backoffs.last() else {
        return BackoffDecision::Due;
    };

    if let (Some(rpe), Some(top_rpe)) = (last.rpe, top.rpe)
        && rpe >= top_rpe
    {
        return BackoffDecision::RpeReached { rpe, top_rpe };
    }

    let e1rm_kg = |set: &LoggedSet| {
        let load = set.load?.to_kg();
        estimate_e1rm(method, load, set.reps, set.rpe).map(|estimate| estimate.value)
    };
    if let (Some(top_e1rm), Some(last_e1rm)) = (e1rm_kg(top), e1rm_kg(last)) {
        let e1rm_drop_percent = (1.0 - last_e1rm / top_e1rm) * 100.0;
        if e1rm_drop_percent >= fatigue_percent {
            return BackoffDecision::FatigueReached { e1rm_drop_percent };
        }
    }

    if backoffs.len() >= MAX_REPEATED_BACKOFFS {
        return BackoffDecision::MaxSets {
            sets: backoffs.len(),
        };
    }
    BackoffDecision::Due
}
