//! Program editor: programs, their weeks, days and exercise slots, with the
//! projected loads, the coaching checks and sharing.
//!
//! The panel edits a copy of the selected program and sends it back with
//! [`Command::SaveProgram`] whenever it differs, so every change is saved and
//! undoable. Changes made while one field keeps focus, or while one widget is
//! dragged, form one undo step.

mod cache;
mod days;
mod prescription;
mod projection;
mod rep_list;

use std::collections::BTreeMap;

use egui::{ComboBox, Ui};

use crate::app::Command;
use crate::model::{
    Day, Journal, Language, Muscle, Program, Unit, WEEKLY_HARD_SETS, Week, check_weekly_sets,
    muscle_key,
};
use crate::storage::{TEMPLATES, load_template, unique_program_name};
use crate::tr;
use crate::ui::widgets::text_field;

pub use cache::PlanCache;
pub use rep_list::{RepListField, RepListKey, RepListTexts, SlotPosition};

/// Selected program and week of the editor, and its cached projection.
#[derive(Default)]
pub struct ProgramEditorState {
    /// Index of the program in the journal.
    pub program: usize,
    /// Index of the week shown.
    pub week: usize,
    /// Journal revision the shell last drew, which keys the projection cache.
    pub journal_revision: u64,
    /// Whether the projected loads are shown in place of the days.
    pub show_projection: bool,
    /// Values derived from the shown program, rebuilt when it or the journal changes.
    pub cache: PlanCache,
    /// Rep lists ("5, 4, 3") as typed, while their field has the focus.
    pub rep_lists: RepListTexts,
}

/// Draws the program editor.
pub fn program_editor_ui(
    ui: &mut Ui,
    state: &mut ProgramEditorState,
    journal: &Journal,
    commands: &mut Vec<Command>,
) {
    ui.heading(tr!("editor.title"));
    program_bar_ui(ui, state, journal, commands);
    sharing_bar_ui(ui, state, journal, commands);

    let Some(original) = journal.programs.get(state.program) else {
        ui.label(tr!("editor.no_program"));
        return;
    };
    let mut program = original.clone();
    state
        .cache
        .refresh(state.journal_revision, original, journal);
    let exercise_names = state.cache.exercise_names().to_vec();

    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if state.show_projection {
                projection::projection_section_ui(ui, state, &mut program, journal);
                return;
            }
            program_fields_ui(ui, &mut program);
            ui.separator();
            week_bar_ui(ui, state, &mut program);
            weekly_sets_ui(ui, state.cache.weekly_sets(), state.week);
            let unit = program.unit;
            if let Some(week) = program.weeks.get_mut(state.week) {
                days::week_ui(
                    ui,
                    week,
                    state.week,
                    &exercise_names,
                    unit,
                    journal,
                    &mut state.rep_lists,
                );
            }
        });

    if program != *original {
        commands.push(Command::SaveProgram {
            index: Some(state.program),
            program: Box::new(program),
            group: edit_group(ui, state.program),
        });
    }
}

/// Undo group of the current edit: the focused widget (typing) or the
/// dragged one (a drag value or a drag and drop), so one gesture is one step.
fn edit_group(ui: &Ui, program: usize) -> Option<String> {
    let focused = ui.memory(|memory| memory.focused());
    if let Some(id) = focused {
        return Some(format!("program-{program}-focus-{id:?}"));
    }
    let dragged = ui.ctx().dragged_id();
    dragged.map(|id| format!("program-{program}-drag-{id:?}"))
}

/// Returns the interface language, in which the coaching checks write their messages.
fn interface_language() -> Language {
    Language::from_locale(&rust_i18n::locale())
}

fn program_bar_ui(
    ui: &mut Ui,
    state: &mut ProgramEditorState,
    journal: &Journal,
    commands: &mut Vec<Command>,
) {
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(tr!("editor.program"));
        let selected = journal
            .programs
            .get(state.program)
            .map_or_else(String::new, |p| p.name.clone());
        ComboBox::from_id_salt("program_choice")
            .selected_text(selected)
            .show_ui(ui, |ui| {
                for (index, program) in journal.programs.iter().enumerate() {
                    ui.selectable_value(&mut state.program, index, &program.name);
                }
            })
            .response
            .labelled_by(label.id);
        if ui.button(tr!("editor.new_program")).clicked() {
            let program = new_program(journal, journal.settings.unit);
            add_program(state, journal, program, commands);
        }
        ui.menu_button(tr!("editor.new_from_template"), |ui| {
            for (key, _) in TEMPLATES {
                if ui
                    .button(tr_key(&format!("editor.template.{key}")))
                    .clicked()
                {
                    match load_template(key) {
                        Ok(file) => {
                            let mut program = file.program;
                            program.name = unique_program_name(journal, &program.name);
                            add_program(state, journal, program, commands);
                        }
                        Err(error) => {
                            log::error!("{error}");
                            commands.push(Command::Notify(error.localized()));
                        }
                    }
                    ui.close();
                }
            }
        });
        if let Some(program) = journal.programs.get(state.program)
            && ui.button(tr!("editor.duplicate_program")).clicked()
        {
            let mut copy = program.clone();
            copy.name = unique_program_name(journal, &program.name);
            add_program(state, journal, copy, commands);
        }
        if journal.programs.get(state.program).is_some()
            && ui.button(tr!("editor.delete_program")).clicked()
        {
            commands.push(Command::DeleteProgram(state.program));
            state.program = state.program.saturating_sub(1);
            state.week = 0;
        }
    });
}

fn sharing_bar_ui(
    ui: &mut Ui,
    state: &mut ProgramEditorState,
    journal: &Journal,
    commands: &mut Vec<Command>,
) {
    ui.horizontal_wrapped(|ui| {
        if ui.button(tr!("editor.import_program")).clicked() {
            commands.push(Command::ImportProgramDialog);
        }
        if journal.programs.get(state.program).is_some() {
            if ui.button(tr!("editor.export_program")).clicked() {
                commands.push(Command::ExportProgramDialog(state.program));
            }
            if ui.button(tr!("editor.print_sheet")).clicked() {
                commands.push(Command::PrintProgramDialog(state.program));
            }
            ui.separator();
            ui.checkbox(&mut state.show_projection, tr!("editor.show_projection"));
        }
    });
}

fn add_program(
    state: &mut ProgramEditorState,
    journal: &Journal,
    program: Program,
    commands: &mut Vec<Command>,
) {
    state.program = journal.programs.len();
    state.week = 0;
    commands.push(Command::SaveProgram {
        index: None,
        program: Box::new(program),
        group: None,
    });
}

fn new_program(journal: &Journal, unit: Unit) -> Program {
    let base = tr!("editor.new_program_name");
    let mut name = base.clone();
    let mut number = 2;
    while journal.program(&name).is_some() {
        name = format!("{base} {number}");
        number += 1;
    }
    Program {
        name,
        unit,
        weeks: vec![Week {
            days: vec![Day {
                name: tr!("editor.day_name", number = 1),
                slots: Vec::new(),
            }],
        }],
        ..Program::default()
    }
}

fn program_fields_ui(ui: &mut Ui, program: &mut Program) {
    egui::Grid::new("program_fields")
        .num_columns(2)
        .show(ui, |ui| {
            text_field(ui, &tr!("editor.name"), &mut program.name);
            ui.end_row();
            text_field(ui, &tr!("editor.author"), &mut program.author);
            ui.end_row();
            text_field(ui, &tr!("editor.description"), &mut program.description);
            ui.end_row();
            let label = ui.label(tr!("editor.unit"));
            ui.horizontal(|ui| {
                ui.radio_value(&mut program.unit, Unit::Kg, "kg")
                    .labelled_by(label.id);
                ui.radio_value(&mut program.unit, Unit::Lb, "lb");
            });
            ui.end_row();
            let label = ui.label(tr!("editor.notes"));
            ui.add(
                egui::TextEdit::multiline(&mut program.notes)
                    .desired_rows(2)
                    .desired_width(360.0),
            )
            .labelled_by(label.id);
            ui.end_row();
        });
}

fn week_bar_ui(ui: &mut Ui, state: &mut ProgramEditorState, program: &mut Program) {
    ui.horizontal_wrapped(|ui| {
        for index in 0..program.weeks.len() {
            let text = tr!("editor.week_number", number = index + 1);
            if ui.selectable_label(state.week == index, text).clicked() {
                state.week = index;
            }
        }
        if ui.button(tr!("editor.add_week")).clicked() {
            let copy = program.weeks.last().cloned().unwrap_or_default();
            program.weeks.push(copy);
            state.week = program.weeks.len() - 1;
        }
        if program.weeks.len() > 1 && ui.button(tr!("editor.delete_week")).clicked() {
            let index = state.week.min(program.weeks.len() - 1);
            program.weeks.remove(index);
            state.week = index.saturating_sub(1);
        }
        if state.week + 1 < program.weeks.len()
            && ui.button(tr!("editor.copy_week_forward")).clicked()
            && let Some(week) = program.weeks.get(state.week).cloned()
        {
            for later in program.weeks.iter_mut().skip(state.week + 1) {
                *later = week.clone();
            }
        }
    });
    state.week = state.week.min(program.weeks.len().saturating_sub(1));
}

/// Planned hard sets per muscle for every week, counts outside 10–20 in
/// the warning colour, then the checks of the week shown in full sentences.
fn weekly_sets_ui(ui: &mut Ui, weeks: &[BTreeMap<Muscle, u32>], week_shown: usize) {
    let mut muscles: Vec<Muscle> = weeks.iter().flat_map(|sets| sets.keys().copied()).collect();
    muscles.sort();
    muscles.dedup();
    if muscles.is_empty() {
        return;
    }

    egui::CollapsingHeader::new(tr!("editor.weekly_sets"))
        .default_open(true)
        .show(ui, |ui| {
            egui::Grid::new("weekly_sets")
                .striped(true)
                .num_columns(muscles.len() + 1)
                .show(ui, |ui| {
                    ui.label("");
                    for muscle in &muscles {
                        ui.strong(tr_key(&format!("checks.muscle.{}", muscle_key(*muscle))));
                    }
                    ui.end_row();
                    for (index, sets) in weeks.iter().enumerate() {
                        ui.label(tr!("editor.week_number", number = index + 1));
                        for muscle in &muscles {
                            let count = sets.get(muscle).copied().unwrap_or(0);
                            let text = count.to_string();
                            let (low, high) = WEEKLY_HARD_SETS;
                            if count == 0 || (low..=high).contains(&count) {
                                ui.label(text);
                            } else {
                                ui.colored_label(ui.visuals().warn_fg_color, text);
                            }
                        }
                        ui.end_row();
                    }
                });
        });

    let language = interface_language();
    if let Some(sets) = weeks.get(week_shown) {
        for check in check_weekly_sets(sets) {
            ui.colored_label(ui.visuals().warn_fg_color, check.message(language));
        }
    }
}

/// Translates a key built at run time (`editor.rule.<name>`).
fn tr_key(key: &str) -> String {
    rust_i18n::t!(key).into_owned()
}
