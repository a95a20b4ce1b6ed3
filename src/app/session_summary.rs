//! What the logger shows after an exercise and after a session: coaching
//! feedback, top set e1RM against earlier sessions, backoff volume and PRs.

use crate::model::{
    Check, DropSuggestion, Estimate, GUIDE_BACKOFF_REPS, Journal, Language, LoggedExercise,
    LoggedSet, Session, Unit, check_logged_exercise, estimate_logged_e1rm, suggest_next_drop,
};

use super::session_draft::DraftExercise;

/// Coaching feedback on one logged exercise.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ExerciseFeedback {
    /// The method guide's mistakes found in the done sets, warnings first.
    pub checks: Vec<Check>,
    /// The checks' messages in the interface language, in the same order.
    pub messages: Vec<String>,
    /// Suggested change of the backoff drop for next time, when the exercise
    /// has a done top set with a load and done backoff sets with loads.
    pub suggestion: Option<DropSuggestion>,
    /// Drop to use for the backoff sets next time, in percent, inside
    /// `Settings::drop_band` (the suggestion's drop).
    pub next_drop_percent: Option<f64>,
}

/// Returns the feedback on the done sets of `exercise`; see
/// [`logged_exercise_feedback`].
pub fn exercise_feedback(exercise: &DraftExercise, journal: &Journal) -> ExerciseFeedback {
    logged_exercise_feedback(&exercise.logged, journal)
}

/// Checks the done sets of `logged` against the method guide's mistakes and
/// suggests the next drop from its backoff sets.
///
/// Messages are in the interface language (the current `rust-i18n` locale).
/// The suggestion aims for the guide's 8–12 backoff reps, the same bound the
/// "backoff sets under 8 reps" check uses, and stays inside the journal's
/// drop band.
pub fn logged_exercise_feedback(logged: &LoggedExercise, journal: &Journal) -> ExerciseFeedback {
    let mut checks = check_logged_exercise(logged, &journal.exercises);
    // Stable sort: warnings first, then the checks' own order.
    checks.sort_by_key(|check| std::cmp::Reverse(check.severity));
    let language = Language::from_locale(&rust_i18n::locale());
    let messages = checks.iter().map(|check| check.message(language)).collect();
    let suggestion = suggest_next_drop(logged, GUIDE_BACKOFF_REPS, journal.settings.drop_band);
    ExerciseFeedback {
        checks,
        messages,
        suggestion,
        next_drop_percent: suggestion.map(|suggestion| suggestion.drop_percent),
    }
}

/// Summary of one exercise of a finished session.
#[derive(Clone, Debug, PartialEq)]
pub struct ExerciseSummary {
    pub exercise: String,
    /// The heaviest completed top set.
    pub top_set: Option<LoggedSet>,
    /// e1RM of the top set in `unit`, with the journal's e1RM method.
    pub e1rm: Option<Estimate>,
    /// e1RM of the top set of the most recent earlier session with this exercise.
    pub previous_e1rm: Option<f64>,
    /// Whether `e1rm` beats every earlier top set e1RM of the exercise.
    pub is_pr: bool,
    /// Sum of load × reps over the completed backoff sets, in `unit`.
    pub backoff_volume: f64,
    pub unit: Unit,
    /// Coaching checks and the suggested drop for next time.
    pub feedback: ExerciseFeedback,
}

/// Summarises every exercise of `session` against the other sessions of
/// `journal` that started before it.
pub fn session_summary(session: &Session, journal: &Journal) -> Vec<ExerciseSummary> {
    let unit = journal.settings.unit;
    let earlier: Vec<&Session> = journal
        .sessions
        .iter()
        .filter(|other| other.id != session.id && other.start < session.start)
        .collect();

    session
        .exercises
        .iter()
        .map(|logged| {
            let e1rm = top_set_e1rm(logged, journal, unit);
            let history: Vec<(chrono::NaiveDateTime, f64)> = earlier
                .iter()
                .filter_map(|other| {
                    let same = same_exercise(other, &logged.exercise)?;
                    let value = top_set_e1rm(same, journal, unit)?;
                    Some((other.start, value.value))
                })
                .collect();
            let previous_e1rm = history
                .iter()
                .max_by_key(|(start, _)| *start)
                .map(|(_, value)| *value);
            let best = history.iter().map(|(_, value)| *value).reduce(f64::max);
            let is_pr = match (e1rm, best) {
                (Some(current), Some(best)) => current.value > best + 1e-9,
                _ => false,
            };
            ExerciseSummary {
                exercise: logged.exercise.clone(),
                top_set: logged.top_set().cloned(),
                e1rm,
                previous_e1rm,
                is_pr,
                backoff_volume: logged.backoff_volume(unit),
                unit,
                feedback: logged_exercise_feedback(logged, journal),
            }
        })
        .collect()
}

/// Finds the exercise of `session` named `name`, ignoring case and surrounding
/// spaces, because names typed in the logger ("Bench press") and names from
/// the exercise list ("Bench Press") refer to the same exercise.
fn same_exercise<'a>(session: &'a Session, name: &str) -> Option<&'a LoggedExercise> {
    let name = name.trim();
    session
        .exercises
        .iter()
        .find(|logged| logged.exercise.trim().eq_ignore_ascii_case(name))
}

/// e1RM of the completed top set of `logged`, in `unit`, with the journal's method.
fn top_set_e1rm(logged: &LoggedExercise, journal: &Journal, unit: Unit) -> Option<Estimate> {
    let top = logged.top_set()?;
    let load = top.load?.value_in(unit);
    estimate_logged_e1rm(journal.settings.e1rm_method, load, top.reps, top.rpe)
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::model::{CheckId, Load, SetKind};

    fn bench_session(id: u64, day: u32, top_load: f64) -> Session {
        Session {
            id,
            start: NaiveDate::from_ymd_opt(2026, 11, day)
                .and_then(|date| date.and_hms_opt(18, 0, 0))
                .expect("valid date"),
            name: String::new(),
            planned: None,
            exercises: vec![LoggedExercise {
                exercise: "Bench press".to_owned(),
                sets: vec![
                    LoggedSet::new(SetKind::Top, Some(Load::kg(top_load)), 4, Some(8.5)),
                    LoggedSet::new(SetKind::Backoff, Some(Load::kg(100.0)), 10, None),
                    LoggedSet::new(SetKind::Backoff, Some(Load::kg(100.0)), 9, None),
                ],
                note: String::new(),
            }],
            note: String::new(),
            source: None,
        }
    }

    #[test]
    fn summary_compares_with_last_session() {
        let mut journal = Journal::default();
        journal.sessions.push(bench_session(1, 2, 125.0));
        journal.sessions.push(bench_session(2, 9, 115.0));
        let today = bench_session(3, 16, 120.0);

        let summary = session_summary(&today, &journal);
        let bench = summary.first().expect("one exercise");
        // Classic chart: 4 reps at RPE 8.5 is 85 % of 1RM.
        let e1rm = bench.e1rm.expect("an e1RM").value;
        assert!((e1rm - 120.0 / 0.85).abs() < 1e-9);
        assert!((bench.previous_e1rm.expect("a previous e1RM") - 115.0 / 0.85).abs() < 1e-9);
        assert!(!bench.is_pr, "125 kg two weeks ago is still the best");
        assert_eq!(bench.backoff_volume, 1_900.0);
    }

    #[test]
    fn history_matches_name_ignoring_case() {
        let mut journal = Journal::default();
        let mut earlier = bench_session(1, 2, 115.0);
        earlier.exercises[0].exercise = "Bench Press".to_owned();
        journal.sessions.push(earlier);
        let today = bench_session(2, 9, 120.0);

        let summary = session_summary(&today, &journal);
        let bench = summary.first().expect("one exercise");
        // Classic chart: 4 reps at RPE 8.5 is 85 % of 1RM.
        let previous = bench.previous_e1rm.expect("a previous e1RM");
        assert!((previous - 115.0 / 0.85).abs() < 1e-9);
        assert!(bench.is_pr);
    }

    #[test]
    fn summary_carries_feedback() {
        let journal = Journal::default();
        let today = bench_session(1, 9, 120.0);
        // Backoffs of 10 and 9 reps after a top set with no warm-up: only the
        // missing warm-up is a mistake. The drop of 1 − 100 / 120 = 16.7 %
        // stays, clamped to the top of the 10–15 % band.
        let summary = session_summary(&today, &journal);
        let feedback = &summary.first().expect("one exercise").feedback;
        let ids: Vec<CheckId> = feedback.checks.iter().map(|check| check.id).collect();
        assert_eq!(ids, [CheckId::NoWarmup]);
        assert_eq!(feedback.next_drop_percent, Some(15.0));
    }

    #[test]
    fn heavier_top_set_is_pr() {
        let mut journal = Journal::default();
        journal.sessions.push(bench_session(1, 2, 115.0));
        let today = bench_session(2, 9, 120.0);
        let summary = session_summary(&today, &journal);
        assert!(summary.first().expect("one exercise").is_pr);
    }
}
