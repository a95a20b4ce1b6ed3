//! Estimated one-rep max (e1RM) from a set's load, reps and RPE.

use serde::{Deserialize, Serialize};

use super::rpe_chart::{RpeChart, rir_from_rpe};

/// Rep count past which rep formulas are no longer trusted.
pub const MAX_RELIABLE_FORMULA_REPS: u32 = 12;

/// How to estimate a 1RM.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum E1rmMethod {
    /// Load divided by the classic RPE chart's percentage.
    #[default]
    RpeChart,
    /// Load divided by the 2025 RTS chart's percentage.
    RpeChart2025,
    Epley,
    Brzycki,
    Lander,
    Lombardi,
    Mayhew,
    OConner,
    Wathan,
}

impl E1rmMethod {
    pub const ALL: [E1rmMethod; 9] = [
        Self::RpeChart,
        Self::RpeChart2025,
        Self::Epley,
        Self::Brzycki,
        Self::Lander,
        Self::Lombardi,
        Self::Mayhew,
        Self::OConner,
        Self::Wathan,
    ];

    /// Stable key used in JSON output and files ("rpe_chart", "oconner").
    pub fn key(self) -> &'static str {
        match self {
            Self::RpeChart => "rpe_chart",
            Self::RpeChart2025 => "rpe_chart_2025",
            Self::Epley => "epley",
            Self::Brzycki => "brzycki",
            Self::Lander => "lander",
            Self::Lombardi => "lombardi",
            Self::Mayhew => "mayhew",
            Self::OConner => "oconner",
            Self::Wathan => "wathan",
        }
    }

    /// The RPE chart this method reads, or `None` for a rep formula.
    pub fn chart(self) -> Option<RpeChart> {
        match self {
            Self::RpeChart => Some(RpeChart::Classic),
            Self::RpeChart2025 => Some(RpeChart::Rts2025),
            _ => None,
        }
    }

    /// Name shown in menus and tables (the same in every language).
    pub fn label(self) -> &'static str {
        match self {
            Self::RpeChart => "RPE chart",
            Self::RpeChart2025 => "RPE chart 2025",
            Self::Epley => "Epley",
            Self::Brzycki => "Brzycki",
            Self::Lander => "Lander",
            Self::Lombardi => "Lombardi",
            Self::Mayhew => "Mayhew",
            Self::OConner => "O'Conner",
            Self::Wathan => "Wathan",
        }
    }
}

/// An e1RM and whether it lies outside the range the method was built for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Estimate {
    pub value: f64,
    /// Set when the reps (or reps + RIR) are past the chart, or past 12 reps
    /// plus reps in reserve for a formula. The value is then an extrapolation.
    pub unreliable: bool,
}

/// Estimates the 1RM of a logged set for charts and summaries.
///
/// Works as [`estimate_e1rm`], except that a set logged without RPE under a
/// chart method is read as taken to failure (RPE 10), the assumption the rep
/// formulas make. Strong, FitNotes and most other apps record no RPE, so
/// without this their whole history would give no e1RM under the default
/// method.
///
/// ```
/// use topset::model::{E1rmMethod, estimate_logged_e1rm};
/// // 5 reps at RPE 10 is 86.3 % of 1RM on the classic chart.
/// let estimate = estimate_logged_e1rm(E1rmMethod::RpeChart, 155.0, 5, None).unwrap();
/// assert!((estimate.value - 155.0 / 0.863).abs() < 1e-9);
/// ```
pub fn estimate_logged_e1rm(
    method: E1rmMethod,
    load: f64,
    reps: u32,
    rpe: Option<f64>,
) -> Option<Estimate> {
    let rpe = match (method.chart(), rpe) {
        (Some(_), None) => Some(10.0),
        _ => rpe,
    };
    estimate_e1rm(method, load, reps, rpe)
}

/// Estimates the 1RM of `load` × `reps` at an optional `rpe` with `method`.
///
/// A single at RPE 10, or a single with no RPE, is its own 1RM whatever the
/// method. Chart methods divide the load by the chart's percentage (see
/// [`RpeChart::percent_or_extrapolated`] for sets past the chart). Rep
/// formulas assume a set taken to failure, so with an RPE they count the reps
/// the lifter had left: a formula gets reps + RIR (5 reps at RPE 8 count as
/// 7). Returns `None` when the set cannot give an estimate: zero reps, a load
/// that is not a positive finite number, an RPE outside 1–10, or a chart
/// method without RPE. Brzycki and Lander also return `None` from the rep
/// count where their denominator reaches zero (37 and 37.9 reps).
///
/// ```
/// use topset::model::{E1rmMethod, estimate_e1rm};
/// let epley = estimate_e1rm(E1rmMethod::Epley, 100.0, 9, None).unwrap();
/// assert!((epley.value - 130.0).abs() < 1e-9);
/// let chart = estimate_e1rm(E1rmMethod::RpeChart, 120.0, 4, Some(8.5)).unwrap();
/// assert!((chart.value - 141.18).abs() < 0.01);
/// // A single at RPE 10 is the 1RM itself.
/// assert_eq!(estimate_e1rm(E1rmMethod::Epley, 140.0, 1, Some(10.0)).unwrap().value, 140.0);
/// ```
pub fn estimate_e1rm(
    method: E1rmMethod,
    load: f64,
    reps: u32,
    rpe: Option<f64>,
) -> Option<Estimate> {
    if reps == 0 || !load.is_finite() || load <= 0.0 {
        return None;
    }
    if let Some(rpe) = rpe
        && (!rpe.is_finite() || !(1.0..=10.0).contains(&rpe))
    {
        return None;
    }
    if reps == 1 && rpe.is_none_or(|rpe| rpe >= 10.0) {
        return Some(Estimate {
            value: load,
            unreliable: false,
        });
    }

    if let Some(chart) = method.chart() {
        let percent = chart.percent_or_extrapolated(reps, rpe?)?;
        let value = load * 100.0 / percent.percent;
        // Far past the chart the percentage underflows towards zero.
        if !value.is_finite() {
            return None;
        }
        return Some(Estimate {
            value,
            unreliable: percent.extrapolated,
        });
    }

    let r = f64::from(reps) + rpe.map_or(0.0, rir_from_rpe);
    let value = match method {
        E1rmMethod::Epley => load * (1.0 + r / 30.0),
        E1rmMethod::Brzycki => {
            // The formula reaches infinity at 37 reps and turns negative past it.
            let denominator = 37.0 - r;
            if denominator <= 0.0 {
                return None;
            }
            load * 36.0 / denominator
        }
        E1rmMethod::Lander => {
            let denominator = 101.3 - 2.671_23 * r;
            if denominator <= 0.0 {
                return None;
            }
            100.0 * load / denominator
        }
        E1rmMethod::Lombardi => load * r.powf(0.10),
        E1rmMethod::Mayhew => 100.0 * load / (52.2 + 41.9 * (-0.055 * r).exp()),
        E1rmMethod::OConner => load * (1.0 + 0.025 * r),
        E1rmMethod::Wathan => 100.0 * load / (48.8 + 53.8 * (-0.075 * r).exp()),
        E1rmMethod::RpeChart | E1rmMethod::RpeChart2025 => return None,
    };
    if !value.is_finite() {
        return None;
    }
    Some(Estimate {
        value,
        unreliable: r > f64::from(MAX_RELIABLE_FORMULA_REPS),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chart_past_twelve_reps_keeps_rising() {
        let mut previous = 0.0;
        for reps in 10..=40 {
            let estimate = estimate_e1rm(E1rmMethod::RpeChart, 100.0, reps, Some(8.0)).unwrap();
            assert!(estimate.value > previous, "{reps} reps: {}", estimate.value);
            assert_eq!(estimate.unreliable, reps > 12, "{reps} reps");
            previous = estimate.value;
        }
    }

    #[test]
    fn thirteen_reps_at_rpe_ten_has_estimate() {
        // On the curve, 13 reps at RPE 10 equals 12 reps at RPE 9: 65.3 %.
        let estimate = estimate_e1rm(E1rmMethod::RpeChart, 100.0, 13, Some(10.0)).unwrap();
        assert!((estimate.value - 100.0 / 0.653).abs() < 1e-9);
        assert!(estimate.unreliable);
    }

    #[test]
    fn low_rpe_reads_the_curve() {
        // 3 reps at RPE 5 sits at reps + RIR = 8, like 8 reps at RPE 10 (78.6 %).
        let estimate = estimate_e1rm(E1rmMethod::RpeChart, 100.0, 3, Some(5.0)).unwrap();
        assert!((estimate.value - 100.0 / 0.786).abs() < 1e-9);
        assert!(!estimate.unreliable);
    }

    #[test]
    fn rpe_between_half_steps_interpolates() {
        // 5 reps: RPE 8.5 is 82.4 %, RPE 8 is 81.1 %; RPE 8.25 lies halfway.
        let estimate = estimate_e1rm(E1rmMethod::RpeChart, 100.0, 5, Some(8.25)).unwrap();
        assert!((estimate.value - 100.0 / 0.8175).abs() < 1e-9);
        assert!(!estimate.unreliable);
    }

    #[test]
    fn invalid_rpe_gives_no_estimate() {
        for rpe in [0.5, 10.5, f64::NAN] {
            assert_eq!(estimate_e1rm(E1rmMethod::Epley, 100.0, 5, Some(rpe)), None);
            assert_eq!(
                estimate_e1rm(E1rmMethod::RpeChart, 100.0, 5, Some(rpe)),
                None
            );
        }
    }

    #[test]
    fn extreme_reps_never_divide_by_zero() {
        for method in E1rmMethod::ALL {
            for reps in [36, 37, 38, 100, 1000] {
                if let Some(estimate) = estimate_e1rm(method, 100.0, reps, Some(7.0)) {
                    assert!(estimate.value.is_finite());
                    assert!(estimate.value > 0.0);
                    assert!(estimate.unreliable);
                }
            }
        }
    }
}
