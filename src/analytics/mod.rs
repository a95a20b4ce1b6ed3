//! Series derived from the journal for the progress charts: top-set e1RM,
//! volume, weekly hard sets per muscle, fatigue and planned against logged
//! top-set loads.
//!
//! Every function here is pure: it reads a [`crate::model::Journal`] and
//! returns plain data, converted to the unit the caller asks for. Sets that
//! cannot give a value (no load, or no RPE for a chart method) are skipped
//! and counted, never guessed. [`SeriesCache`] rebuilds a series only when
//! the journal revision or the request changes.

mod cache;
mod e1rm;
mod fatigue;
mod muscles;
mod planned;
mod range;
mod volume;

pub use cache::{ChartKind, ChartRequest, ChartSeries, SeriesCache, build_series};
pub use e1rm::{DEFAULT_MOVING_AVERAGE_WINDOW, E1rmPoint, E1rmSeries, e1rm_series};
pub use fatigue::{
    FatigueSeries, SessionFatigue, SetFatigue, WeekFatigue, fatigue_series, latest_session_with,
    planned_drop_percent,
};
pub use muscles::{HARD_SETS_BAND, MuscleSetsSeries, muscle_sets_series};
pub use planned::{PlannedLoadPoint, PlannedLoadSeries, planned_load_series};
pub use range::{DateRange, RangePreset, week_start};
pub use volume::{SessionVolume, VolumeSeries, WeekVolume, volume_series};

use crate::model::{Journal, LoggedExercise, Session};

/// Names of the exercises that have at least one completed top set, sorted.
pub fn exercises_with_top_sets(journal: &Journal) -> Vec<String> {
    let mut names: Vec<String> = journal
        .sessions
        .iter()
        .flat_map(|session| session.exercises.iter())
        .filter(|logged| logged.top_set().is_some())
        .map(|logged| logged.exercise.clone())
        .collect();
    names.sort();
    names.dedup();
    names
}

/// The journal's sessions inside `range`, sorted by start time (a journal
/// read from a file may not be sorted).
fn sessions_in(journal: &Journal, range: DateRange) -> Vec<&Session> {
    let mut sessions: Vec<&Session> = journal
        .sessions
        .iter()
        .filter(|session| range.contains(session.start.date()))
        .collect();
    sessions.sort_by_key(|session| session.start);
    sessions
}

/// Every logged entry of `exercise` in `session` (a lifter may log the same
/// exercise twice in one session).
fn entries<'a>(
    session: &'a Session,
    exercise: &'a str,
) -> impl Iterator<Item = &'a LoggedExercise> {
    session
        .exercises
        .iter()
        .filter(move |logged| logged.exercise == exercise)
}
