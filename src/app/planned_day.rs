//! What to log next: the program day to train, or a session left
//! unfinished.

use chrono::{NaiveDate, NaiveDateTime};

use crate::model::{Journal, PlannedDayRef, Program, Session};

/// Returns the day of `program` to train next on `today`.
///
/// That is the day after the last one logged from this program, or the first
/// day of the current calendar week when that comes later. Calendar weeks
/// count from the program's start date, and days missed in a past week are
/// not carried over. After the last day of the last week the program starts again from
/// week 1. Returns `None` for a program with no days.
pub fn next_planned_day(
    program: &Program,
    sessions: &[Session],
    today: NaiveDate,
) -> Option<PlannedDayRef> {
    let first = first_day_from(program, 0)?;

    let last_logged = sessions
        .iter()
        .filter_map(|session| {
            let planned = session.planned.as_ref()?;
            (planned.program == program.name).then_some((session.start, planned))
        })
        .max_by_key(|(start, _)| *start)
        .map(|(_, planned)| (planned.week, planned.day));
    let after_logged = last_logged.map(|(week, day)| {
        let next_in_week = program
            .weeks
            .get(week)
            .is_some_and(|planned_week| day + 1 < planned_week.days.len());
        if next_in_week {
            (week, day + 1)
        } else {
            first_day_from(program, week + 1).unwrap_or(first)
        }
    });

    let calendar = program.start.and_then(|start| {
        let days = (today - start).num_days().max(0);
        let week = usize::try_from(days / 7).ok()?;
        (week < program.weeks.len())
            .then(|| first_day_from(program, week))
            .flatten()
    });

    let (week, day) = match (after_logged, calendar) {
        (Some(logged), Some(calendar)) => logged.max(calendar),
        (Some(logged), None) => logged,
        (None, Some(calendar)) => calendar,
        (None, None) => first,
    };
    Some(PlannedDayRef {
        program: program.name.clone(),
        week,
        day,
    })
}

/// How long after its start a session with sets not done yet is offered
/// for resuming: enough for a long session, and well under a day.
pub const RESUME_WINDOW_HOURS: i64 = 12;

/// Returns the latest session that was saved in the middle of logging (it
/// still has sets not done) and started in the last [`RESUME_WINDOW_HOURS`],
/// such as one left open when the app was closed or stopped.
pub fn unfinished_session(journal: &Journal, now: NaiveDateTime) -> Option<&Session> {
    let since = now - chrono::Duration::hours(RESUME_WINDOW_HOURS);
    journal
        .sessions
        .iter()
        .filter(|session| session.start >= since && session.start <= now)
        .filter(|session| {
            session
                .exercises
                .iter()
                .flat_map(|exercise| &exercise.sets)
                .any(|set| !set.done)
        })
        .max_by_key(|session| session.start)
}

/// Returns the first day of the first week at or after `week` that has days.
fn first_day_from(program: &Program, week: usize) -> Option<(usize, usize)> {
    program
        .weeks
        .iter()
        .enumerate()
        .skip(week)
        .find(|(_, planned_week)| !planned_week.days.is_empty())
        .map(|(index, _)| (index, 0))
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, NaiveDateTime};

    use super::*;
    use crate::model::{Day, Week};

    fn at(date: (i32, u32, u32)) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(date.0, date.1, date.2)
            .and_then(|day| day.and_hms_opt(18, 0, 0))
            .expect("valid test date")
    }

    fn program(weeks: usize, days: usize) -> Program {
        Program {
            name: "Block".to_owned(),
            start: NaiveDate::from_ymd_opt(2026, 11, 2),
            weeks: (0..weeks)
                .map(|_| Week {
                    days: (0..days)
                        .map(|index| Day {
                            name: format!("Day {}", index + 1),
                            slots: Vec::new(),
                        })
                        .collect(),
                })
                .collect(),
            ..Program::default()
        }
    }

    fn logged(week: usize, day: usize, start: NaiveDateTime) -> Session {
        Session {
            id: 1,
            start,
            name: String::new(),
            planned: Some(PlannedDayRef {
                program: "Block".to_owned(),
                week,
                day,
            }),
            exercises: Vec::new(),
            note: String::new(),
            source: None,
        }
    }

    fn day_of(planned: Option<PlannedDayRef>) -> Option<(usize, usize)> {
        planned.map(|planned| (planned.week, planned.day))
    }

    #[test]
    fn calendar_week_from_start_date() {
        let block = program(4, 3);
        let today = NaiveDate::from_ymd_opt(2026, 11, 17).expect("date");
        assert_eq!(day_of(next_planned_day(&block, &[], today)), Some((2, 0)));
    }

    #[test]
    fn logged_day_moves_to_next() {
        let block = program(4, 3);
        let today = NaiveDate::from_ymd_opt(2026, 11, 4).expect("date");
        let sessions = [logged(0, 0, at((2026, 11, 2)))];
        assert_eq!(
            day_of(next_planned_day(&block, &sessions, today)),
            Some((0, 1))
        );
    }

    #[test]
    fn last_day_of_week_moves_to_next_week() {
        let block = program(4, 3);
        let today = NaiveDate::from_ymd_opt(2026, 11, 7).expect("date");
        let sessions = [logged(0, 2, at((2026, 11, 6)))];
        assert_eq!(
            day_of(next_planned_day(&block, &sessions, today)),
            Some((1, 0))
        );
    }

    #[test]
    fn program_end_starts_over() {
        let mut block = program(2, 1);
        block.start = None;
        let today = NaiveDate::from_ymd_opt(2026, 11, 20).expect("date");
        let sessions = [logged(1, 0, at((2026, 11, 12)))];
        assert_eq!(
            day_of(next_planned_day(&block, &sessions, today)),
            Some((0, 0))
        );
    }

    #[test]
    fn empty_program_has_no_day() {
        let block = program(0, 0);
        let today = NaiveDate::from_ymd_opt(2026, 11, 20).expect("date");
        assert_eq!(next_planned_day(&block, &[], today), None);
    }

    /// Builds a session started at `start` with one bench press set, done or not.
    fn one_set(id: u64, start: NaiveDateTime, done: bool) -> Session {
        let mut set = crate::model::LoggedSet::new(
            crate::model::SetKind::Top,
            Some(crate::model::Load::kg(100.0)),
            5,
            None,
        );
        set.done = done;
        Session {
            id,
            exercises: vec![crate::model::LoggedExercise {
                exercise: "Bench press".to_owned(),
                sets: vec![set],
                note: String::new(),
            }],
            ..logged(0, 0, start)
        }
    }

    #[test]
    fn latest_unfinished_session_offered() {
        let now = at((2026, 12, 4)) + chrono::Duration::hours(20);
        let hours_ago = |hours| now - chrono::Duration::hours(hours);
        let journal = Journal {
            sessions: vec![
                one_set(1, hours_ago(3), false),
                one_set(2, hours_ago(2), false),
                one_set(3, hours_ago(1), true),
            ],
            ..Journal::default()
        };
        // Session 3 is finished, so the latest with a set to do is session 2.
        assert_eq!(
            unfinished_session(&journal, now).map(|session| session.id),
            Some(2)
        );
    }

    #[test]
    fn stale_or_finished_sessions_ignored() {
        let now = at((2026, 12, 4)) + chrono::Duration::hours(20);
        let journal = Journal {
            sessions: vec![
                one_set(1, now - chrono::Duration::hours(13), false),
                one_set(2, now - chrono::Duration::minutes(30), true),
            ],
            ..Journal::default()
        };
        assert_eq!(
            unfinished_session(&journal, now).map(|session| session.id),
            None
        );
    }
}
