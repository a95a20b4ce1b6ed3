//! Fatigue: how far each working set's e1RM falls below the top set's.

use chrono::NaiveDate;

use crate::model::{
    BackoffRule, E1rmMethod, Journal, LoggedSet, Prescription, Session, SetKind, Unit,
    estimate_e1rm,
};

use super::e1rm::heaviest_top_set;
use super::{DateRange, entries, sessions_in, week_start};

/// One working set of the chosen session.
#[derive(Clone, Debug, PartialEq)]
pub struct SetFatigue {
    pub kind: SetKind,
    /// Load in the series' unit; `None` for a set without load.
    pub load: Option<f64>,
    pub reps: u32,
    pub rpe: Option<f64>,
    /// `None` when the set gives no estimate (no load, or no RPE with a chart method).
    pub e1rm: Option<f64>,
    /// e1RM drop below the top set, in percent (positive when lower).
    pub drop_from_top_percent: Option<f64>,
    /// e1RM drop below the set before it, in percent.
    pub drop_from_previous_percent: Option<f64>,
}

/// The top set, then each backoff set, of one session.
#[derive(Clone, Debug, PartialEq)]
pub struct SessionFatigue {
    pub session_id: u64,
    pub date: NaiveDate,
    pub sets: Vec<SetFatigue>,
}

/// Fatigue of one ISO week: first backoff against top set e1RM.
#[derive(Clone, Debug, PartialEq)]
pub struct WeekFatigue {
    /// Monday of the week.
    pub week: NaiveDate,
    /// Mean over the week's sessions of the first backoff set's e1RM drop
    /// below the top set's, in percent.
    pub achieved_percent: f64,
    /// Mean planned drop of the sessions that followed a planned day with one.
    pub planned_percent: Option<f64>,
    pub sessions: usize,
}

/// The fatigue series of one exercise.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FatigueSeries {
    pub unit: Unit,
    /// The chosen session, or `None` when no session has a top set.
    pub session: Option<SessionFatigue>,
    /// Weeks with at least one session that gives both estimates, in date order.
    pub weeks: Vec<WeekFatigue>,
}

/// The latest session inside `range` with a completed top set of `exercise`.
pub fn latest_session_with<'a>(
    journal: &'a Journal,
    exercise: &str,
    range: DateRange,
) -> Option<&'a Session> {
    sessions_in(journal, range)
        .into_iter()
        .rev()
        .find(|session| entries(session, exercise).any(|logged| logged.top_set().is_some()))
}

/// Builds the fatigue series of `exercise`: the sets of `session_id` (or of
/// the latest session in the range with a top set), and the weekly achieved
/// and planned drops inside `range`.
pub fn fatigue_series(
    journal: &Journal,
    exercise: &str,
    range: DateRange,
    unit: Unit,
    session_id: Option<u64>,
) -> FatigueSeries {
    let method = journal.settings.e1rm_method;
    let chosen = match session_id {
        Some(id) => journal.sessions.iter().find(|session| session.id == id),
        None => latest_session_with(journal, exercise, range),
    };
    let session = chosen.and_then(|session| session_fatigue(session, exercise, unit, method));

    let mut weeks: Vec<WeekFatigue> = Vec::new();
    let mut planned_counts: Vec<usize> = Vec::new();
    for session in sessions_in(journal, range) {
        let Some(fatigue) = session_fatigue(session, exercise, unit, method) else {
            continue;
        };
        let first_backoff = fatigue.sets.iter().find(|set| set.kind == SetKind::Backoff);
        let Some(achieved) = first_backoff.and_then(|set| set.drop_from_top_percent) else {
            continue;
        };
        let planned = planned_drop_percent(journal, session, exercise);

        let week = week_start(fatigue.date);
        if weeks.last().is_none_or(|last| last.week != week) {
            weeks.push(WeekFatigue {
                week,
                achieved_percent: 0.0,
                planned_percent: None,
                sessions: 0,
            });
            planned_counts.push(0);
        }
        let (Some(last), Some(planned_count)) = (weeks.last_mut(), planned_counts.last_mut())
        else {
            continue;
        };
        // Running means, so the week holds averages at every step.
        last.sessions += 1;
        last.achieved_percent += (achieved - last.achieved_percent) / last.sessions as f64;
        if let Some(planned) = planned {
            *planned_count += 1;
            let mean = last.planned_percent.unwrap_or(0.0);
            last.planned_percent = Some(mean + (planned - mean) / *planned_count as f64);
        }
    }
    FatigueSeries {
        unit,
        session,
        weeks,
    }
}

/// The planned drop for `exercise` in `session`, in percent, from the program
/// day the session followed: the drop of a `PercentDrop` rule, or the
/// fatigue percentage of a `RepeatUntilRpe` rule (both compare to the top set).
pub fn planned_drop_percent(journal: &Journal, session: &Session, exercise: &str) -> Option<f64> {
    let reference = session.planned.as_ref()?;
    let day = journal
        .program(&reference.program)?
        .day(reference.week, reference.day)?;
    let slot = day.slots.iter().find(|slot| slot.exercise == exercise)?;
    let Prescription::TopSetBackoff(prescription) = &slot.prescription else {
        return None;
    };
    match prescription.rule {
        BackoffRule::PercentDrop(drop) => Some(drop),
        BackoffRule::RepeatUntilRpe {
            fatigue_percent, ..
        } => Some(fatigue_percent),
        BackoffRule::RpeTarget(_) => None,
    }
}

/// The top set then each completed backoff set of `exercise` in `session`,
/// or `None` when the session has no top set of it.
fn session_fatigue(
    session: &Session,
    exercise: &str,
    unit: Unit,
    method: E1rmMethod,
) -> Option<SessionFatigue> {
    let top = heaviest_top_set(entries(session, exercise), unit)?;
    let backoffs = entries(session, exercise).flat_map(|logged| logged.backoff_sets());
    let ordered = std::iter::once(top).chain(backoffs);

    let estimate = |set: &LoggedSet| -> Option<f64> {
        let load = set.load?.value_in(unit);
        estimate_e1rm(method, load, set.reps, set.rpe).map(|estimate| estimate.value)
    };
    let top_e1rm = estimate(top);
    let mut previous: Option<f64> = None;
    let mut sets = Vec::new();
    for set in ordered {
        let e1rm = estimate(set);
        let drop_from = |reference: Option<f64>| -> Option<f64> {
            let (reference, e1rm) = (reference?, e1rm?);
            Some((1.0 - e1rm / reference) * 100.0)
        };
        let is_top = sets.is_empty();
        sets.push(SetFatigue {
            kind: set.kind,
            load: set.load.map(|load| load.value_in(unit)),
            reps: set.reps,
            rpe: set.rpe,
            e1rm,
            drop_from_top_percent: if is_top { None } else { drop_from(top_e1rm) },
            drop_from_previous_percent: if is_top { None } else { drop_from(previous) },
        });
        previous = e1rm;
    }
    Some(SessionFatigue {
        session_id: session.id,
        date: session.start.date(),
        sets,
    })
}
