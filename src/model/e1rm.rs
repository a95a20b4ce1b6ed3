//! Estimated one-rep max (e1RM) from a set's load, reps and RPE.

use serde::{Deserialize, Serialize};

use super::rpe_chart::{MAX_CHART_REPS, RpeChart};

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
    /// Set when the reps (or reps + RIR) are past the chart or past about 12
    /// reps for a formula; the value is then an extrapolation.
    pub unreliable: bool,
}

/// Estimates the 1RM of `load` × `reps` at an optional `rpe` with `method`.
///
/// A single at RPE 10, or a single with no RPE, is its own 1RM whatever the
/// method. Returns `None` when the set cannot give an estimate: zero reps, a
/// load that is not a positive finite number, or a chart method without RPE.
///
/// ```
/// use topset::model::{E1rmMethod, estimate_e1rm};
/// let epley = estimate_e1rm(E1rmMethod::Epley, 100.0, 9, None).unwrap();
/// assert!((epley.value - 130.0).abs() < 1e-9);
/// let chart = estimate_e1rm(E1rmMethod::RpeChart, 120.0, 4, Some(8.5)).unwrap();
/// assert!((chart.value - 141.18).abs() < 0.01);
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
    if reps == 1 && rpe.is_none_or(|rpe| rpe >= 10.0) {
        return Some(Estimate {
            value: load,
            unreliable: false,
        });
    }

    let r = f64::from(reps);
    let formula_unreliable = reps > MAX_RELIABLE_FORMULA_REPS;
    let value = match method {
        E1rmMethod::RpeChart | E1rmMethod::RpeChart2025 => {
            let chart = if method == E1rmMethod::RpeChart {
                RpeChart::Classic
            } else {
                RpeChart::Rts2025
            };
            return chart_estimate(chart, load, reps, rpe?);
        }
        E1rmMethod::Epley => load * (1.0 + r / 30.0),
        E1rmMethod::Brzycki => {
            // The formula reaches infinity at 37 reps and turns negative past it.
            if reps >= 37 {
                return None;
            }
            load * 36.0 / (37.0 - r)
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
    };
    Some(Estimate {
        value,
        unreliable: formula_unreliable,
    })
}

/// Chart estimate. Inside the chart it is load / percent. Past it (more than
/// 12 reps, or RPE below 6.5) it extends the chart's curve in reps + RIR by
/// its last slope, so the value keeps rising with reps, and flags the result.
fn chart_estimate(chart: RpeChart, load: f64, reps: u32, rpe: f64) -> Option<Estimate> {
    if !(1.0..=10.0).contains(&rpe) {
        return None;
    }
    if let Some(percent) = chart.percent(reps, rpe) {
        return Some(Estimate {
            value: load * 100.0 / percent,
            unreliable: false,
        });
    }

    // The chart is one curve in reps + RIR, in half-rep steps. Its last two
    // points give the slope used past its end.
    let rir = 10.0 - rpe;
    let position = f64::from(reps) + rir;
    let end = f64::from(MAX_CHART_REPS) + (10.0 - super::rpe_chart::MIN_CHART_RPE);
    let last = chart.percent(MAX_CHART_REPS, super::rpe_chart::MIN_CHART_RPE)?;
    let before = chart.percent(MAX_CHART_REPS, super::rpe_chart::MIN_CHART_RPE + 0.5)?;
    let slope_per_half_step = before - last;
    let percent = if position > end {
        last - slope_per_half_step * (position - end) * 2.0
    } else {
        // Reps within 1–12 with an RPE below the chart: walk down the row.
        let row_end = chart.percent(reps, super::rpe_chart::MIN_CHART_RPE)?;
        let row_before = chart.percent(reps, super::rpe_chart::MIN_CHART_RPE + 0.5)?;
        row_end - (row_before - row_end) * (super::rpe_chart::MIN_CHART_RPE - rpe) * 2.0
    };
    if percent <= 1.0 {
        return None;
    }
    Some(Estimate {
        value: load * 100.0 / percent,
        unreliable: true,
    })
}
