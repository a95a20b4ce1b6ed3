//! Chart requests, the series they select, and a cache keyed by journal revision.

use serde::{Deserialize, Serialize};

use crate::model::{Journal, Unit};

use super::{
    DEFAULT_MOVING_AVERAGE_WINDOW, DateRange, E1rmSeries, FatigueSeries, MuscleSetsSeries,
    PlannedLoadSeries, VolumeSeries, e1rm_series, fatigue_series, muscle_sets_series,
    planned_load_series, volume_series,
};

/// Which progress chart to draw.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ChartKind {
    #[default]
    E1rm,
    Volume,
    MuscleSets,
    Fatigue,
    PlannedLoad,
}

impl ChartKind {
    pub const ALL: [ChartKind; 5] = [
        Self::E1rm,
        Self::Volume,
        Self::MuscleSets,
        Self::Fatigue,
        Self::PlannedLoad,
    ];
}

/// Everything that decides one chart's data.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ChartRequest {
    pub kind: ChartKind,
    pub exercise: String,
    pub range: DateRange,
    pub unit: Unit,
    /// Session whose sets the fatigue chart shows; `None` takes the latest
    /// session in the range with a top set.
    pub session: Option<u64>,
}

/// The data of one chart.
#[derive(Clone, Debug, PartialEq)]
pub enum ChartSeries {
    E1rm(E1rmSeries),
    Volume(VolumeSeries),
    MuscleSets(MuscleSetsSeries),
    Fatigue(FatigueSeries),
    PlannedLoad(PlannedLoadSeries),
}

impl ChartSeries {
    /// Number of data points the chart marks: sessions for e1RM, volume and
    /// planned load, weeks × muscles for hard sets, and the chosen session's
    /// sets plus the weeks for fatigue.
    pub fn len(&self) -> usize {
        match self {
            Self::E1rm(series) => series.points.len(),
            Self::Volume(series) => series.sessions.len(),
            Self::MuscleSets(series) => series.weeks.len() * series.muscles.len(),
            Self::Fatigue(series) => {
                series
                    .session
                    .as_ref()
                    .map_or(0, |session| session.sets.len())
                    + series.weeks.len()
            }
            Self::PlannedLoad(series) => series.points.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Builds the series `request` asks for.
pub fn build_series(journal: &Journal, request: &ChartRequest) -> ChartSeries {
    let ChartRequest {
        kind,
        exercise,
        range,
        unit,
        session,
    } = request;
    let (range, unit) = (*range, *unit);
    match kind {
        ChartKind::E1rm => ChartSeries::E1rm(e1rm_series(
            journal,
            exercise,
            range,
            unit,
            DEFAULT_MOVING_AVERAGE_WINDOW,
        )),
        ChartKind::Volume => ChartSeries::Volume(volume_series(journal, exercise, range, unit)),
        ChartKind::MuscleSets => {
            ChartSeries::MuscleSets(muscle_sets_series(journal, exercise, range))
        }
        ChartKind::Fatigue => {
            ChartSeries::Fatigue(fatigue_series(journal, exercise, range, unit, *session))
        }
        ChartKind::PlannedLoad => {
            ChartSeries::PlannedLoad(planned_load_series(journal, exercise, range, unit))
        }
    }
}

/// The last series built, kept until the journal revision or the request changes.
#[derive(Debug, Default)]
pub struct SeriesCache {
    /// Journal revision and request the stored series was built from.
    key: Option<(u64, ChartRequest)>,
    series: Option<ChartSeries>,
    /// How many times a series was built, for tests and diagnostics.
    pub builds: u64,
}

impl SeriesCache {
    /// The series for `request`, rebuilt only when `revision` (bumped by the
    /// app on every journal change) or `request` differs from the last call.
    pub fn series(
        &mut self,
        journal: &Journal,
        revision: u64,
        request: &ChartRequest,
    ) -> &ChartSeries {
        let fresh = self
            .key
            .as_ref()
            .is_some_and(|(cached_revision, cached_request)| {
                *cached_revision == revision && cached_request == request
            });
        if !fresh || self.series.is_none() {
            self.key = Some((revision, request.clone()));
            self.series = Some(build_series(journal, request));
            self.builds += 1;
        }
        // Filled just above whenever it was empty.
        self.series
            .get_or_insert_with(|| build_series(journal, request))
    }

    /// The series built last, if any.
    pub fn current(&self) -> Option<&ChartSeries> {
        self.series.as_ref()
    }
}
