//! Weekly hard sets per muscle group.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};

use crate::model::{Journal, Muscle};

use super::{DateRange, sessions_in, week_start};

/// Weekly hard sets per muscle the method guide recommends (10–20).
pub const HARD_SETS_BAND: (u32, u32) = (10, 20);

/// Hard sets per ISO week for a few muscle groups.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MuscleSetsSeries {
    /// Mondays of every week from the first to the last week of the range,
    /// with no gap, so a week without training shows as zero.
    pub weeks: Vec<NaiveDate>,
    /// For each muscle shown, its hard sets in each week of `weeks`.
    pub muscles: Vec<(Muscle, Vec<u32>)>,
}

/// Counts completed working sets (not warm-ups) per muscle and ISO week, over
/// every exercise whose journal entry lists the muscle. Exercises missing from
/// `journal.exercises` count for no muscle.
///
/// The series shows the muscles of `exercise` when the journal lists it with
/// muscles, otherwise every muscle trained in the range. Weeks run from the
/// range's ends, or from the first and last sessions for an open end.
pub fn muscle_sets_series(journal: &Journal, exercise: &str, range: DateRange) -> MuscleSetsSeries {
    let sessions = sessions_in(journal, range);
    let first = range
        .from
        .or_else(|| sessions.first().map(|s| s.start.date()));
    let last = range.to.or_else(|| sessions.last().map(|s| s.start.date()));
    let (Some(first), Some(last)) = (first, last) else {
        return MuscleSetsSeries::default();
    };

    let mut weeks = Vec::new();
    let mut week = week_start(first);
    while week <= last {
        weeks.push(week);
        let Some(next) = week.checked_add_days(Days::new(7)) else {
            break;
        };
        week = next;
    }

    let mut counts: BTreeMap<Muscle, Vec<u32>> = BTreeMap::new();
    for session in &sessions {
        let week = week_start(session.start.date());
        let Ok(index) = weeks.binary_search(&week) else {
            continue;
        };
        for logged in &session.exercises {
            let Some(listed) = journal.exercise(&logged.exercise) else {
                continue;
            };
            let hard_sets = logged
                .sets
                .iter()
                .filter(|set| set.done && set.kind.is_working())
                .count() as u32;
            for muscle in &listed.muscles {
                let row = counts
                    .entry(*muscle)
                    .or_insert_with(|| vec![0; weeks.len()]);
                if let Some(cell) = row.get_mut(index) {
                    *cell += hard_sets;
                }
            }
        }
    }

    let chosen: Vec<Muscle> = match journal.exercise(exercise) {
        Some(listed) if !listed.muscles.is_empty() => listed.muscles.clone(),
        _ => counts
            .iter()
            .filter(|(_, row)| row.iter().any(|&sets| sets > 0))
            .map(|(muscle, _)| *muscle)
            .collect(),
    };
    let muscles = chosen
        .into_iter()
        .map(|muscle| {
            let row = counts
                .get(&muscle)
                .cloned()
                .unwrap_or_else(|| vec![0; weeks.len()]);
            (muscle, row)
        })
        .collect();
    MuscleSetsSeries { weeks, muscles }
}
