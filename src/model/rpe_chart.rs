//! RPE charts: percentage of 1RM for a number of reps at an RPE.
//!
//! Both charts cover 1–12 reps at RPE 6.5–10 in half steps. The classic chart
//! is the one Reactive Training Systems popularised; the 2025 chart is the
//! later RTS TRAC version, equal to the classic one (±0.1) while reps + RIR ≤ 10.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

/// Which RPE chart to read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RpeChart {
    #[default]
    Classic,
    Rts2025,
}

/// Highest rep count the charts cover.
pub const MAX_CHART_REPS: u32 = 12;
/// Lowest RPE the charts cover.
pub const MIN_CHART_RPE: f64 = 6.5;
/// Reps + RIR at the last cell of the charts (12 reps at RPE 6.5).
pub const MAX_CHART_POSITION: f64 = MAX_CHART_REPS as f64 + (10.0 - MIN_CHART_RPE);

/// Reps in reserve for an RPE: RIR = 10 − RPE.
///
/// ```
/// assert_eq!(topset::model::rir_from_rpe(8.5), 1.5);
/// ```
pub fn rir_from_rpe(rpe: f64) -> f64 {
    10.0 - rpe
}

/// RPE for a number of reps in reserve: RPE = 10 − RIR, so 2 RIR is RPE 8.
///
/// ```
/// assert_eq!(topset::model::rpe_from_rir(2.0), 8.0);
/// ```
pub fn rpe_from_rir(rir: f64) -> f64 {
    10.0 - rir
}

/// A chart percentage and whether it comes from past the chart's range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChartPercent {
    /// Percentage of 1RM, 0–100.
    pub percent: f64,
    /// Set for more than 12 reps or reps + RIR past the chart's end (15.5).
    pub extrapolated: bool,
}

const CLASSIC_CSV: &str = include_str!("../../assets/rpe/rpe-chart-classic.csv");
const RTS_2025_CSV: &str = include_str!("../../assets/rpe/rpe-chart-rts-2025.csv");

/// Rows of reps 1–12, columns of RPE 10, 9.5, … 6.5.
type Table = [[f64; 8]; MAX_CHART_REPS as usize];

impl RpeChart {
    /// Percentage of 1RM (0–100) for `reps` at `rpe`, or `None` outside the chart.
    ///
    /// ```
    /// use topset::model::RpeChart;
    /// assert_eq!(RpeChart::Classic.percent(4, 8.5), Some(85.0));
    /// assert_eq!(RpeChart::Classic.percent(13, 8.0), None);
    /// ```
    pub fn percent(self, reps: u32, rpe: f64) -> Option<f64> {
        let row = reps.checked_sub(1)? as usize;
        let column = rpe_column(rpe)?;
        self.table().get(row)?.get(column).copied()
    }

    /// Percentage of 1RM for `reps` at `rpe`, reading past the chart when needed.
    ///
    /// Each chart is one curve in reps + RIR: cells with the same sum have
    /// the same percentage, so 3 reps at RPE 8 reads like 5 reps at RPE 10. An RPE between half steps interpolates along that curve; more
    /// than 12 reps or an RPE below 6.5 reads the curve at reps + RIR. Past the
    /// curve's end the percentage keeps falling by the ratio of its last two
    /// cells, so it never reaches zero and never levels off. Returns `None`
    /// for zero reps or an RPE that is not a number in 1–10.
    ///
    /// ```
    /// use topset::model::RpeChart;
    /// let inside = RpeChart::Classic.percent_or_extrapolated(5, 8.0).unwrap();
    /// assert_eq!((inside.percent, inside.extrapolated), (81.1, false));
    /// // 13 reps at RPE 10 lies on the curve at 12 reps at RPE 9, but past 12 reps.
    /// let past = RpeChart::Classic.percent_or_extrapolated(13, 10.0).unwrap();
    /// assert_eq!((past.percent, past.extrapolated), (65.3, true));
    /// ```
    pub fn percent_or_extrapolated(self, reps: u32, rpe: f64) -> Option<ChartPercent> {
        if reps == 0 || !rpe.is_finite() || !(1.0..=10.0).contains(&rpe) {
            return None;
        }
        if let Some(percent) = self.percent(reps, rpe) {
            return Some(ChartPercent {
                percent,
                extrapolated: false,
            });
        }
        let position = f64::from(reps) + rir_from_rpe(rpe);
        let percent = self.curve_percent(position)?;
        Some(ChartPercent {
            percent,
            extrapolated: reps > MAX_CHART_REPS || position > MAX_CHART_POSITION + 1e-9,
        })
    }

    /// Percentage on the chart's curve at `position` = reps + RIR (from 1).
    ///
    /// Between half steps the curve is linear. Past 15.5 each half step
    /// multiplies the percentage by the ratio of the last two cells.
    pub fn curve_percent(self, position: f64) -> Option<f64> {
        if !position.is_finite() || position < 1.0 - 1e-9 {
            return None;
        }
        if position > MAX_CHART_POSITION {
            let last = self.cell_at_half_step(half_step_count())?;
            let before = self.cell_at_half_step(half_step_count() - 1)?;
            let ratio = last / before;
            let half_steps_past = (position - MAX_CHART_POSITION) * 2.0;
            return Some(last * ratio.powf(half_steps_past));
        }
        // Half steps from the first cell (1 rep at RPE 10).
        let half_steps = ((position - 1.0) * 2.0).max(0.0);
        let lower = half_steps.floor();
        let fraction = half_steps - lower;
        let lower = lower as usize;
        let low = self.cell_at_half_step(lower)?;
        if fraction < 1e-9 {
            return Some(low);
        }
        let high = self.cell_at_half_step(lower + 1)?;
        Some(low + (high - low) * fraction)
    }

    /// Cell number `half_steps` along the curve: 0 is 1 rep at RPE 10, 29 is
    /// 12 reps at RPE 6.5. Reads the RPE 10 column down to 12 reps, then
    /// along the 12-rep row, or the row before it for half positions.
    fn cell_at_half_step(self, half_steps: usize) -> Option<f64> {
        let position = 1.0 + half_steps as f64 / 2.0;
        let reps = (position.floor() as u32).min(MAX_CHART_REPS);
        let rpe = rpe_from_rir(position - f64::from(reps));
        self.percent(reps, rpe)
    }

    fn table(self) -> &'static Table {
        static CLASSIC: OnceLock<Table> = OnceLock::new();
        static RTS_2025: OnceLock<Table> = OnceLock::new();
        match self {
            Self::Classic => CLASSIC.get_or_init(|| parse_table(CLASSIC_CSV)),
            Self::Rts2025 => RTS_2025.get_or_init(|| parse_table(RTS_2025_CSV)),
        }
    }
}

/// Index of the chart's last cell along its curve.
fn half_step_count() -> usize {
    ((MAX_CHART_POSITION - 1.0) * 2.0).round() as usize
}

/// Column of `rpe` in a table row: RPE 10 is column 0, 9.5 column 1, and so on.
fn rpe_column(rpe: f64) -> Option<usize> {
    let half_steps = (10.0 - rpe) * 2.0;
    if !half_steps.is_finite()
        || half_steps < -1e-9
        || (half_steps - half_steps.round()).abs() > 1e-9
    {
        return None;
    }
    let column = half_steps.round() as usize;
    (column < 8).then_some(column)
}

/// Parses a chart shipped with the binary. The files are fixed at build time
/// and a unit test reads every cell, so a malformed line is a build defect.
fn parse_table(csv: &str) -> Table {
    let mut table = [[f64::NAN; 8]; MAX_CHART_REPS as usize];
    for line in csv.lines().skip(1) {
        let fields: Vec<&str> = line.split(',').collect();
        let [reps, rpe, percent] = fields.as_slice() else {
            continue;
        };
        let (Ok(reps), Ok(rpe), Ok(percent)) = (
            reps.parse::<usize>(),
            rpe.parse::<f64>(),
            percent.parse::<f64>(),
        ) else {
            continue;
        };
        if let (Some(column), Some(row)) = (rpe_column(rpe), reps.checked_sub(1))
            && let Some(cell) = table.get_mut(row).and_then(|cells| cells.get_mut(column))
        {
            *cell = percent;
        }
    }
    table
}
