//! Volume (load × reps) per session and per ISO week, split by set kind.

use chrono::NaiveDate;

use crate::model::{Journal, SetKind, Unit};

use super::{DateRange, entries, sessions_in, week_start};

/// Volume of one exercise in one session, in the series' unit.
#[derive(Clone, Debug, PartialEq)]
pub struct SessionVolume {
    pub session_id: u64,
    pub date: NaiveDate,
    /// Completed top sets.
    pub top_volume: f64,
    /// Completed backoff sets.
    pub backoff_volume: f64,
    /// Completed straight, drop and failure sets (imported sessions often
    /// have only these).
    pub other_volume: f64,
}

impl SessionVolume {
    /// Volume of every working set; warm-ups never count.
    pub fn total(&self) -> f64 {
        self.top_volume + self.backoff_volume + self.other_volume
    }
}

/// Volume of one exercise over one ISO week.
#[derive(Clone, Debug, PartialEq)]
pub struct WeekVolume {
    /// Monday of the week.
    pub week: NaiveDate,
    pub top_volume: f64,
    pub backoff_volume: f64,
    pub other_volume: f64,
    pub sessions: usize,
}

/// The volume series of one exercise.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct VolumeSeries {
    pub unit: Unit,
    /// Sessions with at least one completed working set, in date order.
    pub sessions: Vec<SessionVolume>,
    /// Weeks that have a session, in date order.
    pub weeks: Vec<WeekVolume>,
}

/// Builds the volume series of `exercise` inside `range`, in `unit`. Each
/// set's load is converted before it is multiplied, so kg and lb sets add up.
pub fn volume_series(
    journal: &Journal,
    exercise: &str,
    range: DateRange,
    unit: Unit,
) -> VolumeSeries {
    let mut series = VolumeSeries {
        unit,
        ..VolumeSeries::default()
    };
    for session in sessions_in(journal, range) {
        let mut volume = SessionVolume {
            session_id: session.id,
            date: session.start.date(),
            top_volume: 0.0,
            backoff_volume: 0.0,
            other_volume: 0.0,
        };
        let mut working_sets = 0;
        for set in entries(session, exercise).flat_map(|logged| logged.sets.iter()) {
            if !set.done || !set.kind.is_working() {
                continue;
            }
            working_sets += 1;
            let set_volume = set.volume_in(unit);
            match set.kind {
                SetKind::Top => volume.top_volume += set_volume,
                SetKind::Backoff => volume.backoff_volume += set_volume,
                _ => volume.other_volume += set_volume,
            }
        }
        if working_sets == 0 {
            continue;
        }

        let week = week_start(volume.date);
        match series.weeks.last_mut() {
            Some(last) if last.week == week => {
                last.top_volume += volume.top_volume;
                last.backoff_volume += volume.backoff_volume;
                last.other_volume += volume.other_volume;
                last.sessions += 1;
            }
            _ => series.weeks.push(WeekVolume {
                week,
                top_volume: volume.top_volume,
                backoff_volume: volume.backoff_volume,
                other_volume: volume.other_volume,
                sessions: 1,
            }),
        }
        series.sessions.push(volume);
    }
    series
}
