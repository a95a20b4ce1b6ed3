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

    fn table(self) -> &'static Table {
        static CLASSIC: OnceLock<Table> = OnceLock::new();
        static RTS_2025: OnceLock<Table> = OnceLock::new();
        match self {
            Self::Classic => CLASSIC.get_or_init(|| parse_table(CLASSIC_CSV)),
            Self::Rts2025 => RTS_2025.get_or_init(|| parse_table(RTS_2025_CSV)),
        }
    }
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
