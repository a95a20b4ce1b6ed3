//! Review shown under an exercise of the draft editor once its sets are
//! done: the top set e1RM, the coaching checks, the suggested drop for next time, and
//! for a repeat-until-RPE rule whether another backoff set is due.
//!
//! Reviews are computed when the draft changes, not every frame: the editor
//! keeps them next to its load details and drops both on every edit.

use egui::RichText;

use super::set_text::{number_text, round_to_tenth};
use crate::app::{DraftExercise, ExerciseFeedback, SessionDraft, exercise_feedback};
use crate::model::{BackoffDecision, Estimate, Journal, Severity, estimate_logged_e1rm};
use crate::tr;

/// The review of one exercise of the draft.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ExerciseReview {
    /// e1RM of the done top set, in the journal's unit.
    pub e1rm: Option<Estimate>,
    /// Checks and suggested drop, once every working set is done.
    pub feedback: Option<ExerciseFeedback>,
    /// A repeat-until-RPE rule's decision after the done backoff sets.
    pub repeat: Option<BackoffDecision>,
    /// Whether to offer "another backoff set?".
    pub offer_another_backoff: bool,
}

/// Reviews every exercise of `draft`, in order.
pub fn review_exercises(draft: &SessionDraft, journal: &Journal) -> Vec<ExerciseReview> {
    draft
        .exercises
        .iter()
        .map(|exercise| review_exercise(exercise, journal))
        .collect()
}

fn review_exercise(exercise: &DraftExercise, journal: &Journal) -> ExerciseReview {
    let unit = journal.settings.unit;
    let complete = exercise.is_complete();
    let e1rm = exercise.logged.top_set().and_then(|top| {
        let load = top.load?.value_in(unit);
        estimate_logged_e1rm(journal.settings.e1rm_method, load, top.reps, top.rpe)
    });
    ExerciseReview {
        e1rm: e1rm.filter(|_| complete),
        feedback: complete.then(|| exercise_feedback(exercise, journal)),
        repeat: exercise.repeat_decision(),
        offer_another_backoff: exercise.offers_another_backoff(),
    }
}

/// Draws `review` for the exercise named `name`; returns whether the lifter
/// asked for another backoff set.
pub fn review_ui(
    ui: &mut egui::Ui,
    review: &ExerciseReview,
    name: &str,
    journal: &Journal,
) -> bool {
    let mut another = false;
    if review.offer_another_backoff {
        ui.horizontal(|ui| {
            ui.label(tr!("logger.another_backoff"));
            let text = tr!("logger.add_another_backoff");
            another = ui
                .button(&text)
                .accessible_name(format!("{name}: {}", text.to_lowercase()))
                .clicked();
        });
    } else if let Some(stop) = review.repeat.and_then(stop_text) {
        ui.label(stop);
    }

    if let Some(e1rm) = review.e1rm {
        let unit = journal.settings.unit;
        ui.label(tr!(
            "logger.top_set_e1rm",
            e1rm = format!("{} {unit}", number_text(round_to_tenth(e1rm.value))),
        ));
    }
    let Some(feedback) = &review.feedback else {
        return another;
    };
    for (check, message) in feedback.checks.iter().zip(&feedback.messages) {
        let text = RichText::new(format!("• {message}"));
        match check.severity {
            Severity::Warning => ui.label(text.color(ui.visuals().warn_fg_color)),
            Severity::Info => ui.label(text),
        };
    }
    if let Some(drop) = feedback.next_drop_percent {
        ui.label(tr!(
            "logger.next_drop",
            drop = number_text(round_to_tenth(drop))
        ));
    }
    another
}

/// Returns why a repeat-until-RPE rule stops the backoff sets, or `None`
/// while another set is due.
fn stop_text(decision: BackoffDecision) -> Option<String> {
    match decision {
        BackoffDecision::Due => None,
        BackoffDecision::RpeReached { rpe, .. } => {
            Some(tr!("logger.backoff_stop.rpe", rpe = number_text(rpe)))
        }
        BackoffDecision::FatigueReached { e1rm_drop_percent } => Some(tr!(
            "logger.backoff_stop.fatigue",
            drop = number_text(round_to_tenth(e1rm_drop_percent))
        )),
        BackoffDecision::MaxSets { sets } => Some(tr!("logger.backoff_stop.max", sets = sets)),
    }
}
