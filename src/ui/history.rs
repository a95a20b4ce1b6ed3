//! History panel: logged sessions, newest first, filtered by exercise, with
//! an editor for one session and delete with undo.
//!
//! The panel changes nothing itself: saving an edit pushes
//! [`Command::SaveSession`], deleting pushes [`Command::DeleteSession`], and
//! its "Undo" button pushes [`Command::Undo`], which the app's undo history
//! applies.

use egui::RichText;

use super::draft_editor::{DraftEditor, draft_editor_ui};
use super::set_text::number_text;
use crate::app::{Command, SessionDraft};
use crate::model::{Journal, Session};
use crate::tr;

/// State of the history panel.
#[derive(Debug, Default)]
pub struct HistoryState {
    /// Exercise the list is filtered by; `None` lists every session.
    pub filter: Option<String>,
    /// Session being edited; `None` shows the list.
    pub editing: Option<SessionDraft>,
    /// Field texts of the session editor.
    pub editor: DraftEditor,
    /// Date of the last deleted session, shown with an "Undo" button.
    pub deleted: Option<String>,
}

/// Draws the history list, or the editor of the session being edited.
pub fn history_ui(
    ui: &mut egui::Ui,
    state: &mut HistoryState,
    journal: &Journal,
    commands: &mut Vec<Command>,
) {
    if state.editing.is_some() {
        edit_ui(ui, state, journal, commands);
        return;
    }

    ui.heading(tr!("logger.history.title"));
    if let Some(date) = &state.deleted {
        let mut undo = false;
        ui.horizontal(|ui| {
            ui.label(tr!("logger.history.deleted", date = date));
            undo = ui.button(tr!("logger.history.undo")).clicked();
        });
        if undo {
            commands.push(Command::Undo);
            state.deleted = None;
        }
    }
    filter_ui(ui, state, journal);

    let sessions: Vec<&Session> = journal
        .sessions
        .iter()
        .rev()
        .filter(|session| {
            state
                .filter
                .as_deref()
                .is_none_or(|exercise| session.exercise(exercise).is_some())
        })
        .collect();
    if sessions.is_empty() {
        ui.label(tr!("logger.history.empty"));
        return;
    }

    let row_height = ui.text_style_height(&egui::TextStyle::Body) * 2.0 + 8.0;
    egui::ScrollArea::vertical()
        .auto_shrink([false, true])
        .show_rows(ui, row_height, sessions.len(), |ui, rows| {
            for session in sessions.get(rows).unwrap_or_default() {
                session_row_ui(ui, state, journal, session, commands);
            }
        });
}

fn filter_ui(ui: &mut egui::Ui, state: &mut HistoryState, journal: &Journal) {
    ui.horizontal(|ui| {
        let label = ui.label(tr!("logger.history.filter"));
        let all = tr!("logger.history.all_exercises");
        let selected = state.filter.clone().unwrap_or_else(|| all.clone());
        egui::ComboBox::from_id_salt("history-filter")
            .selected_text(selected)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut state.filter, None, all);
                for name in journal.logged_exercise_names() {
                    ui.selectable_value(&mut state.filter, Some(name.clone()), name);
                }
            })
            .response
            .labelled_by(label.id);
    });
}

/// Draws one session: date, name and top sets, with "Edit" and "Delete".
fn session_row_ui(
    ui: &mut egui::Ui,
    state: &mut HistoryState,
    journal: &Journal,
    session: &Session,
    commands: &mut Vec<Command>,
) {
    let date = session.start.format("%Y-%m-%d %H:%M").to_string();
    let label = tr!(
        "logger.history.session_label",
        date = date,
        name = session.name
    );
    ui.horizontal(|ui| {
        ui.label(RichText::new(label.trim()).strong());
        let edit = tr!("logger.history.edit");
        if ui
            .button(&edit)
            .accessible_name(format!("{edit} {}", label.trim()))
            .clicked()
        {
            state.editing = Some(SessionDraft::from_session(session, journal));
            state.editor.reset();
        }
        let delete = tr!("logger.history.delete");
        if ui
            .button(&delete)
            .accessible_name(format!("{delete} {}", label.trim()))
            .clicked()
        {
            commands.push(Command::DeleteSession(session.id));
            state.deleted = Some(date.clone());
        }
    });
    ui.label(exercises_text(session, journal));
    ui.separator();
}

/// The exercises of a session with their top sets ("Bench press 120 kg × 4 @ 8.5").
pub fn exercises_text(session: &Session, journal: &Journal) -> String {
    let unit = journal.settings.unit;
    session
        .exercises
        .iter()
        .map(|logged| {
            let Some(top) = logged.top_set() else {
                return logged.exercise.clone();
            };
            let load = top.load.map_or_else(String::new, |load| {
                format!(" {} {unit} ×", number_text(load.value_in(unit)))
            });
            let rpe = top
                .rpe
                .map_or_else(String::new, |rpe| format!(" @ {}", number_text(rpe)));
            format!("{}{load} {}{rpe}", logged.exercise, top.reps)
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

fn edit_ui(
    ui: &mut egui::Ui,
    state: &mut HistoryState,
    journal: &Journal,
    commands: &mut Vec<Command>,
) {
    let HistoryState {
        editing, editor, ..
    } = state;
    let Some(draft) = editing.as_mut() else {
        return;
    };
    egui::ScrollArea::vertical()
        .auto_shrink([false, true])
        .max_height(ui.available_height() - 40.0)
        .show(ui, |ui| draft_editor_ui(ui, draft, editor, journal));

    // Saving while a field contains invalid text would store the last valid
    // value in its place, so the button waits until the lifter corrects it.
    ui.separator();
    let fields_valid = !editor.has_errors();
    let (save, close) = ui
        .horizontal(|ui| {
            let save = ui
                .add_enabled(fields_valid, egui::Button::new(tr!("logger.history.save")))
                .clicked();
            let close = ui.button(tr!("logger.history.close")).clicked();
            if !fields_valid {
                ui.colored_label(ui.visuals().error_fg_color, tr!("logger.error.fix_fields"));
            }
            (save, close)
        })
        .inner;
    if save {
        commands.push(Command::SaveSession(Box::new(draft.to_session())));
    }
    if save || close {
        *editing = None;
        editor.reset();
    }
}
