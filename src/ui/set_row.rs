//! One row of the set editor: load, reps, RPE or RIR, done and note fields,
//! with the keyboard handling that completes a set on Enter.

use egui::text::{CCursor, CCursorRange};
use egui::{Id, Key, TextEdit};

use super::draft_editor::{DraftEditor, EditorOutcome, IntensityScale};
use super::set_text::{check_note, number_text, parse_load, parse_reps, parse_rpe};
use crate::app::DraftExercise;
use crate::model::{Journal, Load, SetKind};
use crate::tr;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) enum Field {
    Load,
    Reps,
    Intensity,
    Note,
}

/// A text field of one set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) struct FieldKey {
    pub(super) exercise: usize,
    pub(super) set: usize,
    pub(super) field: Field,
}

pub(super) struct SetRow {
    pub(super) draft_id: u64,
    pub(super) exercise_index: usize,
    pub(super) set_index: usize,
    /// Accessible name of the set ("Bench press, Top set 1").
    pub(super) set_name: String,
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

pub(super) enum RowAction {
    None,
    Remove,
    Complete,
}

/// Draws the fields of one set and applies what was typed.
pub(super) fn set_row_ui(
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
    // Whether the load details must be computed again (costly, so not for notes).
    let mut loads_changed = false;
    // Whether the reps or RPE changed, so the exercise's review is stale.
    let mut effort_changed = false;

    // Load, in the column's unit: a computed load is stored in the plates'
    // unit and an imported one in the file's, either of which may differ.
    let load_text = set
        .load
        .map_or_else(String::new, |load| number_text(load.value_in(unit)));
    let load_name = tr!("logger.field.load");
    let load_field = text_field(ui, editor, row, Field::Load, load_text, 70.0, &load_name);
    if let Some(text) = load_field.changed_text {
        match parse_load(&text, exercise.loading, unit) {
            Ok(value) => {
                editor.errors.remove(&row.key(Field::Load));
                if value.is_some()
                    && editor.missing_load == Some((row.exercise_index, row.set_index))
                {
                    editor.missing_load = None;
                }
                let load = value.map(|value| Load::new(value, unit));
                exercise.set_load(row.set_index, load, plates);
                edited = true;
                loads_changed = true;
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
        match parse_reps(&text) {
            Ok(reps) => {
                editor.errors.remove(&row.key(Field::Reps));
                if let Some(set) = exercise.logged.sets.get_mut(row.set_index) {
                    set.reps = reps;
                }
                if exercise.loads_follow_reps() {
                    exercise.refresh_computed_loads(plates);
                    loads_changed = true;
                }
                effort_changed = true;
                edited = true;
            }
            Err(message) => {
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
                if exercise.loads_follow_reps() {
                    exercise.refresh_computed_loads(plates);
                    loads_changed = true;
                }
                effort_changed = true;
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
    let done_clicked = checkbox.changed() && done;
    if checkbox.changed()
        && !done
        && let Some(set) = exercise.logged.sets.get_mut(row.set_index)
    {
        set.done = false;
        loads_changed = true;
        outcome.changed = true;
        outcome.done_sets_changed = true;
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
    if let Some(text) = note_field.changed_text {
        match check_note(&text) {
            Ok(()) => {
                editor.errors.remove(&row.key(Field::Note));
                if let Some(set) = exercise.logged.sets.get_mut(row.set_index) {
                    set.note = text;
                    edited = true;
                }
            }
            Err(message) => {
                editor.errors.insert(row.key(Field::Note), message);
            }
        }
    }

    // Enter or the done box completes the set, unless one of its fields
    // contains invalid text: the set still contains the last valid values, so
    // marking it done would save what the lifter did not type. The first
    // invalid field gets the focus instead.
    let invalid_field = [Field::Load, Field::Reps, Field::Intensity, Field::Note]
        .into_iter()
        .find(|field| editor.errors.contains_key(&row.key(*field)));
    if done_clicked || intensity_field.submitted || note_field.submitted {
        match invalid_field {
            None => action = RowAction::Complete,
            Some(field) if done_clicked => editor.focus_request = Some(row.key(field)),
            Some(_) => {}
        }
    }

    if ui
        .small_button("×")
        .accessible_name(row.field_name(&tr!("logger.field.remove")))
        .clicked()
    {
        action = RowAction::Remove;
    }

    // Load details, with a button to drop a hand-typed backoff load, or why
    // the set could not be marked done:
    ui.horizontal(|ui| {
        if editor.missing_load == Some((row.exercise_index, row.set_index)) {
            ui.colored_label(
                ui.visuals().error_fg_color,
                tr!("logger.top_set_needs_load"),
            );
        }
        // The plates to load are read from a few steps away, mid-session, so
        // they get the body text size.
        if let Some(details) = editor.load_details(row.exercise_index, row.set_index) {
            ui.label(details);
        }
        if set.kind == SetKind::Backoff && set.load_typed && !set.done {
            let reset = ui
                .small_button(tr!("logger.reset"))
                .on_hover_text(tr!("logger.reset_load"))
                .accessible_name(row.field_name(&tr!("logger.reset_load")));
            if reset.clicked() {
                exercise.reset_load(row.set_index, plates);
                edited = true;
                loads_changed = true;
            }
        }
    });

    if loads_changed {
        editor.invalidate();
    } else if effort_changed {
        editor.reviews = None;
    }
    outcome.field_left |=
        load_field.left || reps_field.left || intensity_field.left || note_field.left;
    if edited {
        outcome.changed = true;
        outcome.saved_data_edited = true;
    }
    action
}

struct FieldOutput {
    /// The new text when the lifter changed it this frame.
    changed_text: Option<String>,
    /// Whether the lifter pressed Enter in the field.
    submitted: bool,
    /// Whether the field lost the keyboard focus this frame.
    left: bool,
}

/// Draws a single-line field that shows `current` unless the lifter is typing in
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

    // A number field grows to show all of its text (a clipped "10000" reads
    // as "1000"), but a long note stays clipped to keep the row narrow.
    let mut edit = TextEdit::singleline(text)
        .id(id)
        .desired_width(width)
        .clip_text(field == Field::Note);
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
        left: response.lost_focus(),
    }
}

fn field_id(draft_id: u64, key: FieldKey) -> Id {
    Id::unique(("topset-draft-field", draft_id, key))
}

/// Marks the set done and focuses the load field of the next set not done.
/// A top set that needs a load (see
/// [`DraftExercise::needs_load_before_done`]) stays not done: its own load
/// field gets the focus and its row shows why.
pub(super) fn complete_set(
    exercise: &mut DraftExercise,
    exercise_index: usize,
    set_index: usize,
    editor: &mut DraftEditor,
    outcome: &mut EditorOutcome,
) {
    if exercise.needs_load_before_done(set_index) {
        editor.missing_load = Some((exercise_index, set_index));
        editor.focus_request = Some(FieldKey {
            exercise: exercise_index,
            set: set_index,
            field: Field::Load,
        });
        return;
    }
    let Some(set) = exercise.logged.sets.get_mut(set_index) else {
        return;
    };
    set.done = true;
    outcome.completed = Some((exercise_index, set_index));
    outcome.changed = true;
    outcome.done_sets_changed = true;
    editor.invalidate();

    editor.focus_request = exercise
        .logged
        .sets
        .iter()
        .enumerate()
        .skip(set_index + 1)
        .find(|(_, set)| !set.done)
        .map(|(next, _)| FieldKey {
            exercise: exercise_index,
            set: next,
            field: Field::Load,
        });
}
