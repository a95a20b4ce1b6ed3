//! Top-set e1RM per session, with PR markers and a moving average.

use chrono::NaiveDate;

use crate::model::{Journal, LoggedSet, Unit, estimate_logged_e1rm};

use super::{DateRange, entries, sessions_in};

/// Sessions averaged by the moving average when the caller has no preference.
pub const DEFAULT_MOVING_AVERAGE_WINDOW: usize = 5;

/// One session's top set and its e1RM, in the series' unit.
#[derive(Clone, Debug, PartialEq)]
pub struct E1rmPoint {
    pub session_id: u64,
    pub date: NaiveDate,
    pub load: f64,
    pub reps: u32,
    pub rpe: Option<f64>,
    pub e1rm: f64,
    /// Whether the estimate extrapolates past what the method was built for.
    pub unreliable: bool,
    /// Whether this e1RM beats every earlier reliable e1RM of the exercise.
    pub pr: bool,
    /// Mean e1RM of this session and the sessions before it, over the window.
    pub moving_average: f64,
}

/// The e1RM series of one exercise.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct E1rmSeries {
    pub unit: Unit,
    /// Points in date order.
    pub points: Vec<E1rmPoint>,
    /// Top sets in the range that gave no estimate (no load, or no RPE with a
    /// chart method), so the chart can say how many it left out.
    pub skipped: usize,
}

/// Builds the top-set e1RM series of `exercise` inside `range`, in `unit`,
/// with the journal's e1RM method.
///
/// PRs and the moving average look at the whole history, so the first point
/// of a range keeps the values it has in a longer range. The first estimate
/// of an exercise is not a PR (it beats nothing), and an unreliable estimate
/// never sets one. The moving average takes the last `window` estimates
/// (at least 1).
pub fn e1rm_series(
    journal: &Journal,
    exercise: &str,
    range: DateRange,
    unit: Unit,
    window: usize,
) -> E1rmSeries {
    let method = journal.settings.e1rm_method;
    let window = window.max(1);
    let mut series = E1rmSeries {
        unit,
        ..E1rmSeries::default()
    };
    let mut best: Option<f64> = None;
    let mut recent: Vec<f64> = Vec::new();

    for session in sessions_in(journal, DateRange::ALL) {
        let Some(top) = heaviest_top_set(entries(session, exercise), unit) else {
            continue;
        };
        let date = session.start.date();
        let in_range = range.contains(date);
        let load = top.load.map(|load| load.value_in(unit));
        let estimate = load.and_then(|load| estimate_logged_e1rm(method, load, top.reps, top.rpe));
        let (Some(load), Some(estimate)) = (load, estimate) else {
            if in_range {
                series.skipped += 1;
            }
            continue;
        };

        let pr = !estimate.unreliable && best.is_some_and(|best| estimate.value > best);
        if !estimate.unreliable {
            best = Some(best.map_or(estimate.value, |best| best.max(estimate.value)));
        }
        recent.push(estimate.value);
        let averaged = &recent[recent.len().saturating_sub(window)..];
        let moving_average = averaged.iter().sum::<f64>() / averaged.len() as f64;

        if in_range {
            series.points.push(E1rmPoint {
                session_id: session.id,
                date,
                load,
                reps: top.reps,
                rpe: top.rpe,
                e1rm: estimate.value,
                unreliable: estimate.unreliable,
                pr,
                moving_average,
            });
        }
    }
    series
}

/// The heaviest completed top set over every entry of the exercise in a
/// session, compared in `unit`.
pub(super) fn heaviest_top_set<'a>(
    entries: impl Iterator<Item = &'a crate::model::LoggedExercise>,
    unit: Unit,
) -> Option<&'a LoggedSet> {
    entries
        .filter_map(|logged| logged.top_set())
        .max_by(|a, b| {
            let a = a.load.map_or(0.0, |load| load.value_in(unit));
            let b = b.load.map_or(0.0, |load| load.value_in(unit));
            a.total_cmp(&b)
        })
}
