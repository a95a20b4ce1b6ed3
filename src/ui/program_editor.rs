//! Program editor: programs, their weeks, days and exercise slots.
//!
//! The panel edits a copy of the selected program and sends it back with
//! [`Command::SaveProgram`] whenever it differs, so every change is saved and
//! undoable. Changes made while one field keeps focus form one undo step.

use egui::{ComboBox, Ui};

use crate::app::Command;
use crate::model::{
    BackoffRule, Day, ExerciseSlot, Journal, Prescription, Program, Role, StraightSets,
    TopSetBackoff, Unit, Week,
};
use crate::tr;
use crate::ui::widgets::{count_field, decimal_field, text_field};

/// Which program and week the editor shows.
#[derive(Clone, Debug, Default)]
pub struct ProgramEditorState {
    /// Index of the program in the journal.
    pub program: usize,
    /// Index of the week shown.
    pub week: usize,
}

/// Draws the program editor.
pub fn program_editor_ui(
    ui: &mut Ui,
    state: &mut ProgramEditorState,
    journal: &Journal,
    commands: &mut Vec<Command>,
) {
    ui.heading(tr!("editor.title"));

    ui.horizontal(|ui| {
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
            state.program = journal.programs.len();
            state.week = 0;
            commands.push(Command::SaveProgram {
                index: None,
                program: Box::new(program),
                group: None,
            });
        }
        if journal.programs.get(state.program).is_some()
            && ui.button(tr!("editor.delete_program")).clicked()
        {
            commands.push(Command::DeleteProgram(state.program));
            state.program = state.program.saturating_sub(1);
            state.week = 0;
        }
    });

    let Some(original) = journal.programs.get(state.program) else {
        ui.label(tr!("editor.no_program"));
        return;
    };
    let mut program = original.clone();
    let exercise_names: Vec<&str> = journal
        .exercises
        .iter()
        .map(|exercise| exercise.name.as_str())
        .collect();

    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            program_fields_ui(ui, &mut program);
            ui.separator();
            week_bar_ui(ui, state, &mut program);
            if let Some(week) = program.weeks.get_mut(state.week) {
                week_ui(ui, week, &exercise_names, program_unit_symbol(original));
            }
        });

    if program != *original {
        let focused = ui.memory(|memory| memory.focused());
        let group = focused.map(|id| format!("program-{}-{:?}", state.program, id));
        commands.push(Command::SaveProgram {
            index: Some(state.program),
            program: Box::new(program),
            group,
        });
    }
}

fn program_unit_symbol(program: &Program) -> &'static str {
    program.unit.symbol()
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

fn week_ui(ui: &mut Ui, week: &mut Week, exercise_names: &[&str], unit: &str) {
    let mut delete_day = None;
    for (day_index, day) in week.days.iter_mut().enumerate() {
        ui.push_id(("day", day_index), |ui| {
            ui.group(|ui| {
                ui.horizontal(|ui| {
                    text_field(ui, &tr!("editor.day"), &mut day.name);
                    if ui.button(tr!("editor.add_slot")).clicked() {
                        day.slots.push(ExerciseSlot {
                            exercise: exercise_names
                                .first()
                                .map_or_else(String::new, |name| (*name).to_owned()),
                            role: Role::Primary,
                            prescription: Prescription::default(),
                        });
                    }
                    if ui.button(tr!("editor.delete_day")).clicked() {
                        delete_day = Some(day_index);
                    }
                });
                day_slots_ui(ui, day, exercise_names, unit);
            });
        });
    }
    if let Some(index) = delete_day {
        week.days.remove(index);
    }
    if ui.button(tr!("editor.add_day")).clicked() {
        let number = week.days.len() + 1;
        week.days.push(Day {
            name: tr!("editor.day_name", number = number),
            slots: Vec::new(),
        });
    }
}

fn day_slots_ui(ui: &mut Ui, day: &mut Day, exercise_names: &[&str], unit: &str) {
    let mut delete_slot = None;
    let mut move_up = None;
    for (slot_index, slot) in day.slots.iter_mut().enumerate() {
        ui.push_id(("slot", slot_index), |ui| {
            ui.horizontal_wrapped(|ui| {
                let label = ui.label(tr!("editor.exercise"));
                ComboBox::from_id_salt("exercise")
                    .selected_text(&slot.exercise)
                    .width(200.0)
                    .show_ui(ui, |ui| {
                        for name in exercise_names {
                            ui.selectable_value(&mut slot.exercise, (*name).to_owned(), *name);
                        }
                    })
                    .response
                    .labelled_by(label.id);
                prescription_ui(ui, &mut slot.prescription);
                ui.label(unit).on_hover_text(tr!("editor.unit"));
                if slot_index > 0 && ui.small_button(tr!("editor.move_up")).clicked() {
                    move_up = Some(slot_index);
                }
                if ui.small_button(tr!("editor.delete_slot")).clicked() {
                    delete_slot = Some(slot_index);
                }
            });
        });
    }
    if let Some(index) = move_up {
        day.slots.swap(index, index - 1);
    }
    if let Some(index) = delete_slot {
        day.slots.remove(index);
    }
}

fn prescription_ui(ui: &mut Ui, prescription: &mut Prescription) {
    let is_top_set = matches!(prescription, Prescription::TopSetBackoff(_));
    let label = ui.label(tr!("editor.scheme"));
    ComboBox::from_id_salt("scheme")
        .selected_text(if is_top_set {
            tr!("editor.top_set_backoff")
        } else {
            tr!("editor.straight_sets")
        })
        .show_ui(ui, |ui| {
            if ui
                .selectable_label(is_top_set, tr!("editor.top_set_backoff"))
                .clicked()
                && !is_top_set
            {
                *prescription = Prescription::TopSetBackoff(TopSetBackoff::default());
            }
            if ui
                .selectable_label(!is_top_set, tr!("editor.straight_sets"))
                .clicked()
                && is_top_set
            {
                *prescription = Prescription::StraightSets(StraightSets {
                    sets: 3,
                    reps_min: 8,
                    reps_max: 12,
                    rpe: None,
                });
            }
        })
        .response
        .labelled_by(label.id);

    match prescription {
        Prescription::TopSetBackoff(plan) => {
            count_field(ui, &tr!("editor.top_sets"), &mut plan.top_sets, 1..=5);
            count_field(ui, &tr!("editor.top_reps"), &mut plan.top_reps, 1..=20);
            let mut rpe = plan.top_rpe.unwrap_or(8.0);
            if decimal_field(ui, &tr!("editor.top_rpe"), &mut rpe, 6.0..=10.0, 0.05).changed() {
                plan.top_rpe = Some((rpe * 2.0).round() / 2.0);
            }
            count_field(
                ui,
                &tr!("editor.backoff_sets"),
                &mut plan.backoff_sets,
                0..=8,
            );
            count_field(
                ui,
                &tr!("editor.backoff_reps"),
                &mut plan.backoff_reps,
                1..=30,
            );
            if let BackoffRule::PercentDrop(drop) = &mut plan.rule {
                decimal_field(ui, &tr!("editor.drop_percent"), drop, 0.0..=50.0, 0.1);
            }
        }
        Prescription::StraightSets(plan) => {
            count_field(ui, &tr!("editor.sets"), &mut plan.sets, 1..=10);
            count_field(ui, &tr!("editor.reps_min"), &mut plan.reps_min, 1..=50);
            count_field(ui, &tr!("editor.reps_max"), &mut plan.reps_max, 1..=50);
        }
    }
}
