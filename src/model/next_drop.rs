//! Next backoff drop, suggested from how the last session's backoff sets went.

use std::ops::RangeInclusive;

use super::session::LoggedExercise;

/// Backoff reps the method guide aims for in its standard structure.
pub const GUIDE_BACKOFF_REPS: RangeInclusive<u32> = 8..=12;

/// Backoff RPE at or below which the sets were too easy (the guide: "RPE 6 or
/// less, you're leaving gains on the table").
pub const EASY_BACKOFF_RPE: f64 = 6.0;

/// Direction of the suggested drop relative to the last one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DropChange {
    /// Target reps were missed: drop more.
    Larger,
    /// Backoff sets were too easy: drop less.
    Smaller,
    Keep,
}

/// Suggested drop for the next session's backoff sets.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DropSuggestion {
    /// Drop to use next time, in percent below the top set, inside the band.
    pub drop_percent: f64,
    /// Drop the last session used: the mean of its backoff loads below its top set.
    pub last_drop_percent: f64,
    pub change: DropChange,
    /// Minimum reps logged on a backoff set.
    pub min_reps: u32,
    /// Maximum reps logged on a backoff set.
    pub max_reps: u32,
    /// Lowest RPE logged on a backoff set, if any has one.
    pub min_rpe: Option<f64>,
}

/// Suggests the next drop from the backoff sets of `last` inside `band`
/// (smallest and largest drop in percent, 10–15 by default).
///
/// A backoff set under `target_reps` calls for a larger drop. Otherwise a
/// backoff set at RPE 6 or below, or above `target_reps`, calls for a
/// smaller one, and else the drop stays. A change moves the drop by half the band's
/// width (2.5 points for 10–15) and keeps it inside the band. Missed reps win
/// over easy sets, since a lifter who cannot reach the reps needs the lighter
/// load first. Returns `None` without a loaded top set and loaded backoff sets.
///
/// ```
/// use topset::model::{DropChange, Load, LoggedExercise, LoggedSet, SetKind, suggest_next_drop};
/// let bench = LoggedExercise {
///     exercise: "Bench Press".into(),
///     sets: vec![
///         LoggedSet::new(SetKind::Top, Some(Load::kg(100.0)), 4, Some(8.5)),
///         LoggedSet::new(SetKind::Backoff, Some(Load::kg(90.0)), 8, Some(8.0)),
///         LoggedSet::new(SetKind::Backoff, Some(Load::kg(90.0)), 6, Some(9.5)),
///     ],
///     note: String::new(),
/// };
/// let next = suggest_next_drop(&bench, 8..=12, (10.0, 15.0)).unwrap();
/// assert_eq!(next.change, DropChange::Larger);
/// assert!((next.drop_percent - 12.5).abs() < 1e-9);
/// ```
pub fn suggest_next_drop(
    last: &LoggedExercise,
    target_reps: RangeInclusive<u32>,
    band: (f64, f64),
) -> Option<DropSuggestion> {
    let (low, high) = if band.0 <= band.1 {
        band
    } else {
        (band.1, band.0)
    };
    let top_kg = last.top_set()?.load?.to_kg();
    if top_kg <= 0.0 {
        return None;
    }

    let mut drops = Vec::new();
    let mut min_reps = u32::MAX;
    let mut max_reps = 0;
    let mut min_rpe: Option<f64> = None;
    for set in last.backoff_sets() {
        let Some(load) = set.load else {
            continue;
        };
        drops.push((1.0 - load.to_kg() / top_kg) * 100.0);
        min_reps = min_reps.min(set.reps);
        max_reps = max_reps.max(set.reps);
        if let Some(rpe) = set.rpe {
            min_rpe = Some(min_rpe.map_or(rpe, |min: f64| min.min(rpe)));
        }
    }
    if drops.is_empty() {
        return None;
    }
    let last_drop_percent = drops.iter().sum::<f64>() / drops.len() as f64;

    let step = (high - low) / 2.0;
    let missed = min_reps < *target_reps.start();
    let easy = min_rpe.is_some_and(|rpe| rpe <= EASY_BACKOFF_RPE) || max_reps > *target_reps.end();
    let (change, drop_percent) = if missed {
        (DropChange::Larger, last_drop_percent + step)
    } else if easy {
        (DropChange::Smaller, last_drop_percent - step)
    } else {
        (DropChange::Keep, last_drop_percent)
    };
    Some(DropSuggestion {
        drop_percent: drop_percent.clamp(low, high),
        last_drop_percent,
        change,
        min_reps,
        max_reps,
        min_rpe,
    })
}
