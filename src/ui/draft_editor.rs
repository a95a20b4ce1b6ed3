//! Set-by-set editor of a [`SessionDraft`], shared by the session logger and
//! the history panel.
//!
//! Keyboard entry: Tab walks load → reps → RPE → done → note → remove of each
//! set, then the next set. Enter in the RPE (or RIR) field or in the note completes the
//! set: it is marked done and the focus moves to the load of the next set not
//! done yet. Load fields accept a decimal comma ("102,5").

use std::collections::HashMap;
use std::time::Duration;

use egui::{Key, TextEdit};

use super::exercise_review::{ExerciseReview, review_exercises, review_ui};
use super::set_row::{Field, FieldKey, RowAction, SetRow, complete_set, set_row_ui};
use super::set_text::{
    check_name, compute_details, parse_minutes_seconds, parse_start, set_labels,
};
use crate::app::{
    BACKOFF_REST_RANGE, DraftExercise, Loading, SessionDraft, TOP_SET_REST_RANGE,
    format_minutes_seconds,
};
use crate::model::{Journal, SetKind, Settings};
use crate::storage::{MAX_EXERCISES_PER_SESSION, MAX_SETS_PER_EXERCISE};
use crate::{tr, tr_count};

/// Scale on which the effort of a set is typed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum IntensityScale {
    /// Rate of perceived exertion, 1–10.
    #[default]
    Rpe,
    /// Reps in reserve, stored as RPE = 10 − RIR.
    Rir,
}

/// Editing state that is not part of the session: field texts while typed,
/// input errors, cached load details and exercise reviews.
#[derive(Debug, Default)]
pub struct DraftEditor {
    /// Text of each field as typed, so a half-typed number stays on screen.
    pub(super) texts: HashMap<FieldKey, String>,
    /// Error message of each field whose text is invalid.
    pub(super) errors: HashMap<FieldKey, String>,
    /// Load details shown after each set ("asked −10% (108 kg), loaded
    /// 107.5 kg …"), by exercise and set; `None` when the draft changed and
    /// they must be computed again.
    pub(super) details: Option<HashMap<(usize, usize), String>>,
    /// Review of each exercise (e1RM, coaching checks, next drop), computed
    /// like `details`; `None` when a set changed and it must be computed again.
    pub(super) reviews: Option<Vec<ExerciseReview>>,
    /// Settings and interface locale that `details` and `reviews` were
    /// computed with, so a change to either computes them again.
    cached_for: Option<(Settings, String)>,
    /// Whether efforts are typed as RPE or RIR.
    pub scale: IntensityScale,
    /// Name typed in the "add exercise" field.
    new_exercise: String,
    /// Field to focus the next time it is drawn, with its text selected.
    pub(super) focus_request: Option<FieldKey>,
    /// Exercise and set indices of the top set that could not be marked done
    /// because it has no load. Its row shows a hint until a load is typed.
    pub(super) missing_load: Option<(usize, usize)>,
    /// Start date ("2026-12-04") and time ("18:30") of the session as typed.
    date_text: String,
    time_text: String,
    /// Error message of an invalid date or time. While it is set, the text
    /// stays as typed.
    start_error: Option<String>,
    /// Index of the exercise whose removal waits for the lifter to confirm,
    /// because it has done sets that removing it would delete.
    confirm_removal: Option<usize>,
    /// Session name as typed.
    name_text: String,
    /// Error message of an invalid name. While it is set, the text stays as
    /// typed and the session keeps its last valid name.
    name_error: Option<String>,
}

/// Changes the editor made to the draft this frame.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EditorOutcome {
    /// Exercise and set indices of the set marked done this frame.
    pub completed: Option<(usize, usize)>,
    /// Whether anything of the session changed.
    pub changed: bool,
    /// Whether a set was marked done or not done, or a done set or exercise
    /// removed, so the caller saves the session now.
    pub done_sets_changed: bool,
    /// Whether the values of a set or the session header changed, so the
    /// caller saves the session once the lifter leaves the field.
    pub saved_data_edited: bool,
    /// Whether a text field of the editor lost the keyboard focus this frame.
    pub field_left: bool,
}

impl DraftEditor {
    /// Forgets typed texts and cached details, after the draft changed shape
    /// (a set or an exercise added or removed) or was replaced.
    pub fn reset(&mut self) {
        self.texts.clear();
        self.errors.clear();
        self.missing_load = None;
        self.confirm_removal = None;
        self.invalidate();
        self.start_error = None;
        self.name_error = None;
    }

    /// Returns whether a field contains invalid text. The session keeps the
    /// last valid value there, so saving now would drop what the lifter typed.
    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty() || self.start_error.is_some() || self.name_error.is_some()
    }

    /// Drops the cached load details and reviews after an edit, so the next
    /// frame computes them again.
    pub(super) fn invalidate(&mut self) {
        self.details = None;
        self.reviews = None;
    }

    /// Returns the review of exercise `exercise` as last drawn, for tests.
    pub fn review(&self, exercise: usize) -> Option<&ExerciseReview> {
        self.reviews.as_ref()?.get(exercise)
    }

    /// Returns the load details shown after a set, as last drawn, for tests
    /// and screen readers ("asked −10% (108 kg), loaded 107.5 kg (−10.4%) ·
    /// 25 15 2.5 1.25 per side").
    pub fn load_details(&self, exercise: usize, set: usize) -> Option<&str> {
        self.details
            .as_ref()?
            .get(&(exercise, set))
            .map(String::as_str)
    }
}

/// Draws the exercises and sets of `draft`, applying the lifter's edits.
pub fn draft_editor_ui(
    ui: &mut egui::Ui,
    draft: &mut SessionDraft,
    editor: &mut DraftEditor,
    journal: &Journal,
) -> EditorOutcome {
    let mut outcome = EditorOutcome::default();
    let plates = &journal.settings.plates;

    session_header_ui(ui, draft, editor, &mut outcome);
    ui.horizontal(|ui| {
        ui.label(tr!("logger.effort_scale"));
        let rpe = ui.selectable_value(&mut editor.scale, IntensityScale::Rpe, "RPE");
        let rir = ui.selectable_value(&mut editor.scale, IntensityScale::Rir, "RIR");
        if rpe.changed() || rir.changed() {
            editor.texts.clear();
        }
    });

    let locale = rust_i18n::locale();
    let stale = editor
        .cached_for
        .as_ref()
        .is_none_or(|(settings, cached_locale)| {
            *settings != journal.settings || cached_locale.as_str() != &*locale
        });
    if stale {
        editor.invalidate();
        editor.cached_for = Some((journal.settings.clone(), locale.to_string()));
    }
    if editor.details.is_none() {
        editor.details = Some(compute_details(draft, plates));
    }
    if editor.reviews.is_none() {
        editor.reviews = Some(review_exercises(draft, journal));
    }

    let mut remove_exercise = None;
    for exercise_index in 0..draft.exercises.len() {
        ui.separator();
        let removed = exercise_ui(ui, draft, exercise_index, editor, journal, &mut outcome);
        if removed {
            remove_exercise = Some(exercise_index);
        }
    }
    // After the last set of an exercise, Enter moves on to the next exercise.
    if let Some((exercise_index, _)) = outcome.completed
        && editor.focus_request.is_none()
    {
        editor.focus_request = draft
            .exercises
            .iter()
            .enumerate()
            .skip(exercise_index + 1)
            .find_map(|(index, exercise)| {
                let set = exercise.logged.sets.iter().position(|set| !set.done)?;
                Some(FieldKey {
                    exercise: index,
                    set,
                    field: Field::Load,
                })
            });
    }
    if let Some(index) = remove_exercise {
        let had_done_sets = draft
            .exercises
            .get(index)
            .is_some_and(|exercise| exercise.logged.sets.iter().any(|set| set.done));
        draft.exercises.remove(index);
        editor.reset();
        outcome.changed = true;
        outcome.done_sets_changed |= had_done_sets;
    }

    ui.separator();
    let room_for_exercise = draft.exercises.len() < MAX_EXERCISES_PER_SESSION;
    let added = ui
        .add_enabled_ui(room_for_exercise, |ui| {
            add_exercise_ui(ui, &mut editor.new_exercise, journal)
        })
        .inner;
    if let Some(name) = added {
        draft
            .exercises
            .push(DraftExercise::from_scratch(&name, journal));
        editor.reset();
        outcome.changed = true;
    }

    outcome
}

/// Draws a field to type an exercise name, with a menu of the journal's
/// exercises and an "Add" button. Returns the trimmed name when the lifter
/// clicks "Add" or presses Enter, and clears the field. A name longer than
/// a journal stores shows its error and is not returned.
pub fn add_exercise_ui(ui: &mut egui::Ui, text: &mut String, journal: &Journal) -> Option<String> {
    ui.horizontal(|ui| {
        let label = ui.label(tr!("logger.add_exercise"));
        let field = ui
            .add(TextEdit::singleline(text).desired_width(180.0))
            .labelled_by(label.id);
        let submitted = field.lost_focus() && ui.input(|input| input.key_pressed(Key::Enter));
        egui::ComboBox::from_id_salt(("known-exercises", label.id))
            .selected_text(tr!("logger.known_exercises"))
            .show_ui(ui, |ui| {
                for exercise in &journal.exercises {
                    if ui.selectable_label(false, &exercise.name).clicked() {
                        *text = exercise.name.clone();
                    }
                }
            })
            .response
            .accessible_name(tr!("logger.known_exercises"));

        let name = text.trim().to_owned();
        let name_error = check_name(&name).err();
        let valid = !name.is_empty() && name_error.is_none();
        let clicked = ui
            .add_enabled(valid, egui::Button::new(tr!("logger.add")))
            .accessible_name(tr!("logger.add_exercise"))
            .clicked();
        if let Some(error) = name_error {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        if (clicked || submitted) && valid {
            text.clear();
            return Some(name);
        }
        None
    })
    .inner
}

/// Name, date and time of the session. A name too long for the journal, or
/// a date or time that does not parse, stays on screen in red with its error
/// and leaves the session unchanged.
fn session_header_ui(
    ui: &mut egui::Ui,
    draft: &mut SessionDraft,
    editor: &mut DraftEditor,
    outcome: &mut EditorOutcome,
) {
    if editor.start_error.is_none() {
        editor.date_text = draft.start.date().format("%Y-%m-%d").to_string();
        editor.time_text = draft.start.time().format("%H:%M").to_string();
    }
    if editor.name_error.is_none() && editor.name_text != draft.name {
        editor.name_text.clone_from(&draft.name);
    }
    let error_color = ui.visuals().error_fg_color;
    ui.horizontal(|ui| {
        let label = ui.label(tr!("logger.session_name"));
        let name_color = editor.name_error.is_some().then_some(error_color);
        let name = ui
            .add(
                TextEdit::singleline(&mut editor.name_text)
                    .desired_width(160.0)
                    .text_color_opt(name_color),
            )
            .labelled_by(label.id);
        if name.changed() {
            match check_name(&editor.name_text) {
                Ok(()) => {
                    draft.name.clone_from(&editor.name_text);
                    editor.name_error = None;
                    outcome.changed = true;
                    outcome.saved_data_edited = true;
                }
                Err(message) => editor.name_error = Some(message),
            }
        }

        let start_color = editor.start_error.is_some().then_some(error_color);
        let label = ui.label(tr!("logger.date"));
        let date = ui
            .add(
                TextEdit::singleline(&mut editor.date_text)
                    .desired_width(90.0)
                    .text_color_opt(start_color),
            )
            .labelled_by(label.id);
        let label = ui.label(tr!("logger.time"));
        let time = ui
            .add(
                TextEdit::singleline(&mut editor.time_text)
                    .desired_width(50.0)
                    .text_color_opt(start_color),
            )
            .labelled_by(label.id);
        if date.changed() || time.changed() {
            match parse_start(&editor.date_text, &editor.time_text) {
                Ok(start) => {
                    draft.start = start;
                    editor.start_error = None;
                    outcome.changed = true;
                    outcome.saved_data_edited = true;
                }
                Err(message) => editor.start_error = Some(message),
            }
        }
        outcome.field_left |= name.lost_focus() || date.lost_focus() || time.lost_focus();
    });
    for error in [&editor.name_error, &editor.start_error]
        .into_iter()
        .flatten()
    {
        ui.colored_label(error_color, error);
    }
}

/// Draws one exercise; returns whether the lifter asked to remove it.
fn exercise_ui(
    ui: &mut egui::Ui,
    draft: &mut SessionDraft,
    exercise_index: usize,
    editor: &mut DraftEditor,
    journal: &Journal,
    outcome: &mut EditorOutcome,
) -> bool {
    let plates = &journal.settings.plates;
    let draft_id = draft.id;
    let Some(exercise) = draft.exercises.get_mut(exercise_index) else {
        return false;
    };
    let name = exercise.logged.exercise.clone();
    let mut remove_exercise = false;

    let done_sets = exercise.logged.sets.iter().filter(|set| set.done).count();
    ui.horizontal(|ui| {
        ui.heading(&name);
        if ui
            .small_button("×")
            .accessible_name(tr!("logger.remove_exercise", exercise = name))
            .clicked()
        {
            if done_sets == 0 {
                remove_exercise = true;
            } else {
                editor.confirm_removal = Some(exercise_index);
            }
        }
    });
    if editor.confirm_removal == Some(exercise_index) {
        ui.horizontal(|ui| {
            ui.label(tr_count!(
                "logger.confirm_remove",
                done_sets,
                exercise = name
            ));
            if ui.button(tr!("logger.confirm_remove_yes")).clicked() {
                remove_exercise = true;
                editor.confirm_removal = None;
            }
            if ui.button(tr!("logger.confirm_remove_no")).clicked() {
                editor.confirm_removal = None;
            }
        });
    }
    rest_plan_ui(ui, exercise, &name);
    if exercise.loading == Loading::Bodyweight {
        ui.weak(tr!("logger.bodyweight_loads"));
    }

    let mut remove_set = None;
    let mut completed = None;
    egui::Grid::new(("draft-sets", draft_id, exercise_index))
        .num_columns(8)
        .striped(true)
        .show(ui, |ui| {
            ui.label("");
            ui.label(tr!(
                "logger.column.load",
                unit = journal.settings.unit.symbol()
            ));
            ui.label(tr!("logger.column.reps"));
            ui.label(match editor.scale {
                IntensityScale::Rpe => "RPE",
                IntensityScale::Rir => "RIR",
            });
            ui.label(tr!("logger.column.done"));
            ui.label(tr!("logger.column.note"));
            ui.label("");
            ui.label("");
            ui.end_row();

            let labels = set_labels(exercise);
            for (set_index, set_label) in labels.iter().enumerate() {
                let row = SetRow {
                    draft_id,
                    exercise_index,
                    set_index,
                    set_name: tr!("logger.set_name", exercise = name, set = set_label),
                };
                ui.label(set_label);
                match set_row_ui(ui, exercise, &row, editor, journal, outcome) {
                    RowAction::None => {}
                    RowAction::Remove => remove_set = Some(set_index),
                    RowAction::Complete => completed = Some(set_index),
                }
                ui.end_row();
            }
        });

    for (key, message) in &editor.errors {
        if key.exercise == exercise_index {
            ui.colored_label(ui.visuals().error_fg_color, message);
        }
    }

    let room_for_set = exercise.logged.sets.len() < MAX_SETS_PER_EXERCISE;
    ui.horizontal(|ui| {
        for (kind, text) in [
            (SetKind::WarmUp, tr!("logger.add_warmup")),
            (SetKind::Top, tr!("logger.add_top_set")),
            (SetKind::Backoff, tr!("logger.add_backoff")),
            (SetKind::Straight, tr!("logger.add_straight")),
        ] {
            let button = ui
                .add_enabled(room_for_set, egui::Button::new(&text))
                .accessible_name(format!("{name}: {}", text.to_lowercase()));
            if button.clicked() {
                exercise.add_set(kind, plates);
                editor.reset();
                outcome.changed = true;
            }
        }
    });

    if let Some(set_index) = completed {
        complete_set(exercise, exercise_index, set_index, editor, outcome);
    }
    if let Some(set_index) = remove_set {
        if let Some(removed) = exercise.remove_set(set_index, plates) {
            outcome.done_sets_changed |= removed.done;
        }
        editor.reset();
        outcome.changed = true;
    }

    let review = editor
        .reviews
        .as_ref()
        .and_then(|reviews| reviews.get(exercise_index));
    if let Some(review) = review
        && review_ui(ui, review, &name, journal)
        && room_for_set
    {
        exercise.add_set(SetKind::Backoff, plates);
        editor.reset();
        outcome.changed = true;
    }
    remove_exercise
}

/// Draws the rest lengths of one exercise, in seconds shown as minutes and
/// seconds, with the method's range on hover and in the warning colour when
/// a length falls outside it. An exercise without a top set (an accessory
/// done in straight sets) has one rest, between sets, and no method range.
fn rest_plan_ui(ui: &mut egui::Ui, exercise: &mut DraftExercise, name: &str) {
    let has_top_set = exercise
        .logged
        .sets
        .iter()
        .any(|set| set.kind == SetKind::Top);
    let rest = &mut exercise.rest;
    let rests = if has_top_set {
        vec![
            (
                tr!("logger.rest_after_top"),
                &mut rest.after_top_secs,
                Some(TOP_SET_REST_RANGE),
            ),
            (
                tr!("logger.rest_between_backoffs"),
                &mut rest.between_backoffs_secs,
                Some(BACKOFF_REST_RANGE),
            ),
        ]
    } else {
        vec![(
            tr!("logger.rest_between_sets"),
            &mut rest.between_backoffs_secs,
            None,
        )]
    };
    ui.horizontal(|ui| {
        for (text, seconds, range) in rests {
            let outside = range.is_some_and(|(min, max)| {
                !(min.as_secs()..=max.as_secs()).contains(&u64::from(*seconds))
            });
            if outside {
                ui.colored_label(ui.visuals().warn_fg_color, &text);
            } else {
                ui.label(&text);
            }
            let response = ui.add(
                egui::DragValue::new(seconds)
                    .range(0..=900)
                    .speed(5.0)
                    .custom_formatter(|value, _| {
                        format_minutes_seconds(Duration::from_secs(value.max(0.0) as u64))
                    })
                    .custom_parser(parse_minutes_seconds),
            );
            let response = match range {
                Some((min, max)) => response.on_hover_text(tr!(
                    "logger.rest_range",
                    min = format_minutes_seconds(min),
                    max = format_minutes_seconds(max),
                )),
                None => response,
            };
            response.accessible_name(format!("{name}: {text}"));
        }
    });
}
