//! Set-by-set editor of a [`SessionDraft`], shared by the session logger and
//! the history panel.
//!
//! Keyboard entry: Tab walks load → reps → RPE → done → note of each set, then
//! the next set. Enter in the RPE (or RIR) field or in the note completes the
//! set: it is marked done and the focus moves to the load of the next set not
//! done yet. Load fields accept a decimal comma ("102,5").

use std::collections::HashMap;

use egui::text::{CCursor, CCursorRange};
use egui::{Id, Key, RichText, TextEdit};

use super::exercise_review::{ExerciseReview, review_exercises, review_ui};
use crate::app::{DraftExercise, Loading, SessionDraft};
use crate::model::{
    Journal, Load, PlateInventory, SetKind, Settings, format_number, parse_decimal,
};
use crate::tr;

/// How the effort of a set is typed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum IntensityScale {
    /// Rate of perceived exertion, 1–10.
    #[default]
    Rpe,
    /// Reps in reserve, stored as RPE = 10 − RIR.
    Rir,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Field {
    Load,
    Reps,
    Intensity,
    Note,
}

/// A text field of one set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct FieldKey {
    exercise: usize,
    set: usize,
    field: Field,
}

/// Editing state that is not part of the session: field texts while typed,
/// input errors and cached load details.
#[derive(Debug, Default)]
pub struct DraftEditor {
    /// Text of each field as typed, so a half-typed number stays on screen.
    texts: HashMap<FieldKey, String>,
    /// Error message of each field whose text is invalid.
    errors: HashMap<FieldKey, String>,
    /// Load details shown after each set ("asked −10% (108 kg), loaded
    /// 107.5 kg …"), by exercise and set; `None` when the draft changed and
    /// they must be computed again.
    details: Option<HashMap<(usize, usize), String>>,
    /// Review of each exercise (e1RM, coaching checks, next drop), computed
    /// with `details` and dropped with it.
    reviews: Option<Vec<ExerciseReview>>,
    /// Settings and interface locale that `details` and `reviews` were
    /// computed with, so a change to either computes them again.
    cached_for: Option<(Settings, String)>,
    /// Whether efforts are typed as RPE or RIR.
    pub scale: IntensityScale,
    /// Name typed in the "add exercise" field.
    new_exercise: String,
    /// Field to focus the next time it is drawn, with its text selected.
    focus_request: Option<FieldKey>,
}

/// What happened in the editor this frame.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EditorOutcome {
    /// Exercise and set indices of the set marked done this frame.
    pub completed: Option<(usize, usize)>,
    /// Whether anything of the session changed.
    pub changed: bool,
    /// Whether a change touched a done set (marked done or not done, edited or
    /// removed), so the caller saves the session.
    pub done_sets_changed: bool,
}

impl DraftEditor {
    /// Forgets typed texts and cached details, after the draft changed shape
    /// (a set or an exercise added or removed) or was replaced.
    pub fn reset(&mut self) {
        self.texts.clear();
        self.errors.clear();
        self.invalidate();
    }

    /// Drops the cached load details and reviews after an edit, so the next
    /// frame computes them again.
    fn invalidate(&mut self) {
        self.details = None;
        self.reviews = None;
    }

    /// Returns the review of exercise `exercise` as last drawn, for tests.
    pub fn review(&self, exercise: usize) -> Option<&ExerciseReview> {
        self.reviews.as_ref()?.get(exercise)
    }

    /// Returns the load details shown after a set, as last drawn, for tests and
    /// screen readers ("asked −10% (108 kg), loaded 107.5 kg (−10.4%) · 25 15
    /// 2.5 1.25 per side").
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
    ui.horizontal(|ui| {
        let label = ui.label(tr!("logger.add_exercise"));
        let field = ui
            .add(TextEdit::singleline(&mut editor.new_exercise).desired_width(180.0))
            .labelled_by(label.id);
        let submitted = field.lost_focus() && ui.input(|input| input.key_pressed(Key::Enter));
        let name = editor.new_exercise.trim().to_owned();
        let clicked = ui
            .add_enabled(!name.is_empty(), egui::Button::new(tr!("logger.add")))
            .accessible_name(tr!("logger.add_exercise"))
            .clicked();
        if (clicked || submitted) && !name.is_empty() {
            draft
                .exercises
                .push(DraftExercise::from_scratch(&name, journal));
            editor.new_exercise.clear();
            editor.reset();
            outcome.changed = true;
        }
    });

    if outcome.changed {
        editor.invalidate();
    }
    outcome
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

    ui.horizontal(|ui| {
        ui.heading(&name);
        if ui
            .small_button("×")
            .accessible_name(tr!("logger.remove_exercise", exercise = name))
            .clicked()
        {
            remove_exercise = true;
        }
    });
    rest_plan_ui(ui, exercise, &name);

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

    ui.horizontal(|ui| {
        for (kind, text) in [
            (SetKind::WarmUp, tr!("logger.add_warmup")),
            (SetKind::Top, tr!("logger.add_top_set")),
            (SetKind::Backoff, tr!("logger.add_backoff")),
            (SetKind::Straight, tr!("logger.add_straight")),
        ] {
            let button = ui
                .button(&text)
                .accessible_name(format!("{name}: {}", text.to_lowercase()));
            if button.clicked() {
                exercise.add_set(kind, plates);
                editor.reset();
                outcome.changed = true;
            }
        }
    });

    if let Some(set_index) = completed {
        editor.focus_request = complete_set(exercise, exercise_index, set_index, outcome);
        editor.invalidate();
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
    {
        exercise.add_set(SetKind::Backoff, plates);
        editor.reset();
        outcome.changed = true;
    }
    remove_exercise
}

/// Rest lengths of one exercise, in seconds shown as minutes and seconds.
fn rest_plan_ui(ui: &mut egui::Ui, exercise: &mut DraftExercise, name: &str) {
    ui.horizontal(|ui| {
        for (text, seconds) in [
            (
                tr!("logger.rest_after_top"),
                &mut exercise.rest.after_top_secs,
            ),
            (
                tr!("logger.rest_between_backoffs"),
                &mut exercise.rest.between_backoffs_secs,
            ),
        ] {
            let label = ui.label(&text);
            ui.add(
                egui::DragValue::new(seconds)
                    .range(0..=900)
                    .speed(5.0)
                    .custom_formatter(|value, _| {
                        crate::app::format_minutes_seconds(std::time::Duration::from_secs(
                            value.max(0.0) as u64,
                        ))
                    })
                    .custom_parser(parse_minutes_seconds),
            )
            .accessible_name(format!("{name}: {text}"));
            let _ = label;
        }
    });
}

/// Parses "2:30" or a number of seconds ("150").
fn parse_minutes_seconds(text: &str) -> Option<f64> {
    match text.trim().split_once(':') {
        Some((minutes, seconds)) => {
            let minutes: u32 = minutes.trim().parse().ok()?;
            let seconds: u32 = seconds.trim().parse().ok()?;
            (seconds < 60).then(|| f64::from(minutes * 60 + seconds))
        }
        None => parse_decimal(text),
    }
}

struct SetRow {
    draft_id: u64,
    exercise_index: usize,
    set_index: usize,
    /// Accessible name of the set ("Bench press, Top set 1").
    set_name: String,
}

impl SetRow {
    fn key(&self, field: Field) -> FieldKey {
        FieldKey {
            exercise: self.exercise_index,
            set: self.set_index,
            field,
        }
    }

    fn field_name(&self, field: &str) -> String {
        format!("{}, {field}", self.set_name)
    }
}

enum RowAction {
    None,
    Remove,
    Complete,
}

/// Draws the fields of one set and applies what was typed.
fn set_row_ui(
    ui: &mut egui::Ui,
    exercise: &mut DraftExercise,
    row: &SetRow,
    editor: &mut DraftEditor,
    journal: &Journal,
    outcome: &mut EditorOutcome,
) -> RowAction {
    let plates = &journal.settings.plates;
    let unit = journal.settings.unit;
    let Some(set) = exercise.logged.sets.get(row.set_index).cloned() else {
        return RowAction::None;
    };
    let mut action = RowAction::None;
    let mut edited = false;

    // Load:
    let load_text = set
        .load
        .map_or_else(String::new, |load| number_text(load.value));
    let load_name = tr!("logger.field.load");
    let load_field = text_field(ui, editor, row, Field::Load, load_text, 70.0, &load_name);
    if let Some(text) = load_field.changed_text {
        match parse_load(&text, exercise.loading) {
            Ok(value) => {
                editor.errors.remove(&row.key(Field::Load));
                let load = value.map(|value| Load::new(value, unit));
                exercise.set_load(row.set_index, load, plates);
                edited = true;
            }
            Err(message) => {
                editor.errors.insert(row.key(Field::Load), message);
            }
        }
    }

    // Reps:
    let reps_field = text_field(
        ui,
        editor,
        row,
        Field::Reps,
        set.reps.to_string(),
        40.0,
        &tr!("logger.field.reps"),
    );
    if let Some(text) = reps_field.changed_text {
        match text.trim().parse::<u32>() {
            Ok(reps) => {
                editor.errors.remove(&row.key(Field::Reps));
                if let Some(set) = exercise.logged.sets.get_mut(row.set_index) {
                    set.reps = reps;
                }
                // A rule based on the RPE chart depends on the reps.
                exercise.refresh_computed_loads(plates);
                edited = true;
            }
            Err(_) => {
                let message = tr!("logger.error.reps", value = text.trim());
                editor.errors.insert(row.key(Field::Reps), message);
            }
        }
    }

    // RPE or RIR:
    let intensity_text = set.rpe.map_or_else(String::new, |rpe| match editor.scale {
        IntensityScale::Rpe => number_text(rpe),
        IntensityScale::Rir => number_text(10.0 - rpe),
    });
    let scale_name = match editor.scale {
        IntensityScale::Rpe => "RPE",
        IntensityScale::Rir => "RIR",
    };
    let intensity_field = text_field(
        ui,
        editor,
        row,
        Field::Intensity,
        intensity_text,
        40.0,
        scale_name,
    );
    if let Some(text) = intensity_field.changed_text {
        match parse_rpe(&text, editor.scale) {
            Ok(rpe) => {
                editor.errors.remove(&row.key(Field::Intensity));
                if let Some(set) = exercise.logged.sets.get_mut(row.set_index) {
                    set.rpe = rpe;
                }
                exercise.refresh_computed_loads(plates);
                edited = true;
            }
            Err(message) => {
                editor.errors.insert(row.key(Field::Intensity), message);
            }
        }
    }

    // Done:
    let mut done = set.done;
    let checkbox = ui
        .add(egui::Checkbox::without_text(&mut done))
        .accessible_name(row.field_name(&tr!("logger.field.done")));
    if checkbox.changed() {
        if done {
            action = RowAction::Complete;
        } else if let Some(set) = exercise.logged.sets.get_mut(row.set_index) {
            set.done = false;
            outcome.changed = true;
            outcome.done_sets_changed = true;
        }
    }

    // Note:
    let note_field = text_field(
        ui,
        editor,
        row,
        Field::Note,
        set.note.clone(),
        120.0,
        &tr!("logger.field.note"),
    );
    if let Some(text) = note_field.changed_text
        && let Some(set) = exercise.logged.sets.get_mut(row.set_index)
    {
        set.note = text;
        edited = true;
    }

    // Enter completes the set, unless one of its fields holds invalid text.
    let row_has_error = editor
        .errors
        .keys()
        .any(|key| key.exercise == row.exercise_index && key.set == row.set_index);
    if (intensity_field.submitted || note_field.submitted) && !row_has_error {
        action = RowAction::Complete;
    }

    if ui
        .small_button("×")
        .accessible_name(row.field_name(&tr!("logger.field.remove")))
        .clicked()
    {
        action = RowAction::Remove;
    }

    // Load details, with a button to drop a hand-typed backoff load:
    ui.horizontal(|ui| {
        if let Some(details) = editor.load_details(row.exercise_index, row.set_index) {
            ui.label(RichText::new(details).small());
        }
        if set.kind == SetKind::Backoff && set.load_typed && !set.done {
            let reset = ui
                .small_button(tr!("logger.reset"))
                .on_hover_text(tr!("logger.reset_load"))
                .accessible_name(row.field_name(&tr!("logger.reset_load")));
            if reset.clicked() {
                exercise.reset_load(row.set_index, plates);
                edited = true;
            }
        }
    });

    if edited {
        editor.invalidate();
        outcome.changed = true;
        outcome.done_sets_changed |= set.done;
    }
    action
}

struct FieldOutput {
    /// The new text when the lifter changed it this frame.
    changed_text: Option<String>,
    /// Whether the lifter pressed Enter in the field.
    submitted: bool,
}

/// A single-line field that shows `current` unless the lifter is typing in
/// it or left invalid text in it. The whole text is selected on focus, so
/// typing replaces a prefilled value.
fn text_field(
    ui: &mut egui::Ui,
    editor: &mut DraftEditor,
    row: &SetRow,
    field: Field,
    current: String,
    width: f32,
    field_name: &str,
) -> FieldOutput {
    let key = row.key(field);
    let id = field_id(row.draft_id, key);
    let focused = ui.memory(|memory| memory.has_focus(id));
    let invalid = editor.errors.contains_key(&key);
    let requested = editor.focus_request == Some(key);
    if requested {
        editor.focus_request = None;
    }
    let text = editor.texts.entry(key).or_insert_with(|| current.clone());
    if !focused && !invalid {
        *text = current;
    }

    let mut edit = TextEdit::singleline(text).id(id).desired_width(width);
    if invalid {
        edit = edit.text_color(ui.visuals().error_fg_color);
    }
    let output = edit.show(ui);
    let response = output
        .response
        .response
        .accessible_name(row.field_name(field_name));

    // A field focused by the editor (after Enter) never reports
    // `gained_focus`, because egui counts the request as focus held in the
    // previous frame, so the editor focuses it here and selects the text itself.
    if requested {
        response.request_focus();
    }
    if response.gained_focus() || requested {
        let mut state = output.state;
        state.cursor.set_char_range(Some(CCursorRange::two(
            CCursor::new(0),
            CCursor::new(text.chars().count()),
        )));
        state.store(ui.ctx(), id);
    }
    let submitted = response.lost_focus() && ui.input(|input| input.key_pressed(Key::Enter));
    FieldOutput {
        changed_text: response.changed().then(|| text.clone()),
        submitted,
    }
}

fn field_id(draft_id: u64, key: FieldKey) -> Id {
    Id::unique(("topset-draft-field", draft_id, key))
}

/// Marks the set done and returns the load field of the next set not done,
/// which gets the focus.
fn complete_set(
    exercise: &mut DraftExercise,
    exercise_index: usize,
    set_index: usize,
    outcome: &mut EditorOutcome,
) -> Option<FieldKey> {
    let set = exercise.logged.sets.get_mut(set_index)?;
    set.done = true;
    outcome.completed = Some((exercise_index, set_index));
    outcome.changed = true;
    outcome.done_sets_changed = true;

    let next = exercise
        .logged
        .sets
        .iter()
        .enumerate()
        .skip(set_index + 1)
        .find(|(_, set)| !set.done)?;
    Some(FieldKey {
        exercise: exercise_index,
        set: next.0,
        field: Field::Load,
    })
}

/// Labels of the sets ("Warm-up 1", "Top set 1", "Backoff 2"), numbered per kind.
fn set_labels(exercise: &DraftExercise) -> Vec<String> {
    let mut counts: HashMap<SetKind, usize> = HashMap::new();
    exercise
        .logged
        .sets
        .iter()
        .map(|set| {
            let count = counts.entry(set.kind).or_insert(0);
            *count += 1;
            let kind = match set.kind {
                SetKind::WarmUp => tr!("logger.kind.warmup"),
                SetKind::Top => tr!("logger.kind.top"),
                SetKind::Backoff => tr!("logger.kind.backoff"),
                SetKind::Straight => tr!("logger.kind.straight"),
                SetKind::Drop => tr!("logger.kind.drop"),
                SetKind::Failure => tr!("logger.kind.failure"),
            };
            format!("{kind} {count}")
        })
        .collect()
}

/// Details of every set with a load: the backoff rule's result (exact load,
/// loadable load, real drop and plates per side), or whether a typed load is
/// loadable with the exercise's equipment, with its drop for a backoff set.
fn compute_details(
    draft: &SessionDraft,
    plates: &PlateInventory,
) -> HashMap<(usize, usize), String> {
    let mut details = HashMap::new();
    for (exercise_index, exercise) in draft.exercises.iter().enumerate() {
        if exercise.loading == Loading::Bodyweight {
            continue;
        }
        let inventory = exercise.inventory(plates);
        let unit = inventory.unit;
        let top_load = exercise
            .reference_top_set()
            .and_then(|top| top.load)
            .map(|load| load.value_in(unit))
            .filter(|top| *top > 0.0);
        for (set_index, set) in exercise.logged.sets.iter().enumerate() {
            let text = if set.kind == SetKind::Backoff && !set.load_typed && !set.done {
                let Some(target) = exercise.backoff_target(set_index, plates) else {
                    continue;
                };
                let top = top_load.unwrap_or(0.0);
                let text = tr!(
                    "logger.backoff_details",
                    drop = number_text(round_to_tenth(target.drop_percent)),
                    exact = format!("{} {unit}", number_text(target.exact)),
                    load = format!("{} {unit}", number_text(target.loadable())),
                    real = number_text(round_to_tenth(target.real_drop_percent(top))),
                );
                let text = if target.unreliable {
                    format!("{text} {}", tr!("logger.backoff_unreliable"))
                } else {
                    text
                };
                with_plates(text, exercise.loading, &target.rounding.plates_per_side)
            } else if let Some(load) = set.load
                && set.kind != SetKind::WarmUp
            {
                let value = load.value_in(unit);
                let rounding = inventory.round(value);
                let mut text = if (rounding.loadable - value).abs() < 1e-6 {
                    if exercise.loading != Loading::Plates {
                        continue;
                    }
                    tr!(
                        "logger.plates",
                        plates = plates_text(&rounding.plates_per_side)
                    )
                } else {
                    let nearest = number_text(rounding.loadable);
                    match exercise.loading {
                        Loading::Dumbbells => tr!("logger.not_loadable_dumbbells", load = nearest),
                        Loading::Stack => tr!("logger.not_loadable_stack", load = nearest),
                        Loading::Plates | Loading::Bodyweight => {
                            tr!("logger.not_loadable", load = nearest)
                        }
                    }
                };
                if set.kind == SetKind::Backoff
                    && let Some(top) = top_load
                {
                    let drop = round_to_tenth((1.0 - value / top) * 100.0);
                    text = format!("(−{}%) · {text}", number_text(drop));
                }
                text
            } else {
                continue;
            };
            details.insert((exercise_index, set_index), text);
        }
    }
    details
}

/// Appends the plates per side to `text` for a barbell; dumbbells and
/// stacks have no plates to show.
fn with_plates(text: String, loading: Loading, plates: &[f64]) -> String {
    if loading == Loading::Plates {
        let plates = tr!("logger.plates", plates = plates_text(plates));
        format!("{text} · {plates}")
    } else {
        text
    }
}

fn plates_text(plates: &[f64]) -> String {
    if plates.is_empty() {
        return tr!("logger.empty_bar");
    }
    plates
        .iter()
        .map(|plate| number_text(*plate))
        .collect::<Vec<_>>()
        .join(" ")
}

fn round_to_tenth(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

/// A number as the interface language writes it ("107.5", "107,5" in French).
pub fn number_text(value: f64) -> String {
    let text = format_number(value);
    if rust_i18n::locale().starts_with("fr") {
        text.replace('.', ",")
    } else {
        text
    }
}

/// Parses a typed load: empty is no load, negative is only allowed as
/// assistance on a bodyweight exercise.
fn parse_load(text: &str, loading: Loading) -> Result<Option<f64>, String> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let Some(value) = parse_decimal(text) else {
        return Err(tr!("logger.error.load", value = text.trim()));
    };
    if value < 0.0 && loading != Loading::Bodyweight {
        return Err(tr!("logger.error.negative_load", value = text.trim()));
    }
    Ok(Some(value))
}

/// Parses a typed RPE or RIR into an RPE: empty is no RPE; the RPE must lie
/// in 1–10 in steps of 0.5.
fn parse_rpe(text: &str, scale: IntensityScale) -> Result<Option<f64>, String> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let value = parse_decimal(text);
    let rpe = value.map(|value| match scale {
        IntensityScale::Rpe => value,
        IntensityScale::Rir => 10.0 - value,
    });
    match rpe {
        Some(rpe) if (1.0..=10.0).contains(&rpe) && (rpe * 2.0).fract() == 0.0 => Ok(Some(rpe)),
        _ => Err(tr!("logger.error.rpe", value = text.trim())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rir_converts_to_rpe() {
        assert_eq!(parse_rpe("2", IntensityScale::Rir), Ok(Some(8.0)));
        assert_eq!(parse_rpe("1,5", IntensityScale::Rir), Ok(Some(8.5)));
        assert_eq!(parse_rpe("8.5", IntensityScale::Rpe), Ok(Some(8.5)));
        assert_eq!(parse_rpe("", IntensityScale::Rpe), Ok(None));
    }

    #[test]
    fn rpe_out_of_range_rejected() {
        assert!(parse_rpe("11", IntensityScale::Rpe).is_err());
        assert!(parse_rpe("8.3", IntensityScale::Rpe).is_err());
        assert!(parse_rpe("eight", IntensityScale::Rpe).is_err());
    }

    #[test]
    fn negative_load_only_for_bodyweight() {
        assert_eq!(parse_load("-20", Loading::Bodyweight), Ok(Some(-20.0)));
        assert!(parse_load("-20", Loading::Plates).is_err());
        assert_eq!(parse_load("102,5", Loading::Plates), Ok(Some(102.5)));
        assert_eq!(parse_load(" ", Loading::Plates), Ok(None));
    }

    #[test]
    fn rest_text_parses() {
        assert_eq!(parse_minutes_seconds("2:30"), Some(150.0));
        assert_eq!(parse_minutes_seconds("150"), Some(150.0));
        assert_eq!(parse_minutes_seconds("2:75"), None);
    }
}
