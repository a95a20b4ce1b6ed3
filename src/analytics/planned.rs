//! Planned against logged top-set load.
//!
//! A `TopSetBackoff` prescription gives reps and a target RPE but no load, so
//! the planned load is derived: the e1RM of the previous session's top set
//! times the share of the 1RM that the method gives for those reps at that
//! RPE. A prescription without a target RPE, or a session with no earlier
//! estimate, has no planned load and is left out (counted in `left_out`).

use chrono::NaiveDate;

use crate::model::{Journal, Prescription, Unit, estimate_e1rm, estimate_logged_e1rm};

use super::e1rm::heaviest_top_set;
use super::{DateRange, entries, sessions_in};

/// One planned session's logged top-set load and the load the program asked for.
#[derive(Clone, Debug, PartialEq)]
pub struct PlannedLoadPoint {
    pub session_id: u64,
    pub date: NaiveDate,
    pub logged_load: f64,
    pub planned_load: f64,
}

/// The planned-load series of one exercise.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlannedLoadSeries {
    pub unit: Unit,
    pub points: Vec<PlannedLoadPoint>,
    /// Planned sessions in the range whose planned load could not be derived.
    pub left_out: usize,
}

/// Builds the planned against logged top-set load series of `exercise`.
///
/// NOTE: the planned load is not rounded to loadable plates, because the
/// plate inventory may be in a unit other than the chart's.
pub fn planned_load_series(
    journal: &Journal,
    exercise: &str,
    range: DateRange,
    unit: Unit,
) -> PlannedLoadSeries {
    let method = journal.settings.e1rm_method;
    let mut series = PlannedLoadSeries {
        unit,
        ..PlannedLoadSeries::default()
    };
    let mut previous_e1rm: Option<f64> = None;

    for session in sessions_in(journal, DateRange::ALL) {
        let Some(top) = heaviest_top_set(entries(session, exercise), unit) else {
            continue;
        };
        let logged_load = top.load.map(|load| load.value_in(unit));
        let date = session.start.date();

        let prescription = session.planned.as_ref().and_then(|reference| {
            let day = journal
                .program(&reference.program)?
                .day(reference.week, reference.day)?;
            let slot = day.slots.iter().find(|slot| slot.exercise == exercise)?;
            match &slot.prescription {
                Prescription::TopSetBackoff(prescription) => Some(prescription.clone()),
                _ => None,
            }
        });
        if let Some(prescription) = prescription.filter(|_| range.contains(date)) {
            // The share of the 1RM for these reps at this RPE is 1 / e1RM(1).
            let share = prescription.top_rpe.and_then(|rpe| {
                estimate_e1rm(method, 1.0, prescription.top_reps, Some(rpe))
                    .map(|estimate| 1.0 / estimate.value)
            });
            match (previous_e1rm, share, logged_load) {
                (Some(e1rm), Some(share), Some(logged_load)) => {
                    series.points.push(PlannedLoadPoint {
                        session_id: session.id,
                        date,
                        logged_load,
                        planned_load: e1rm * share,
                    })
                }
                _ => series.left_out += 1,
            }
        }

        let estimate =
            logged_load.and_then(|load| estimate_logged_e1rm(method, load, top.reps, top.rpe));
        if let Some(estimate) = estimate.filter(|estimate| !estimate.unreliable) {
            previous_e1rm = Some(estimate.value);
        }
    }
    series
}
