//! The projection grid: starting points per exercise, then every planned
//! top-set and backoff load by week and day, beside what was logged.

use egui::{ComboBox, Ui};

use crate::model::{
    Journal, Program, ProjectedSlot, Projection, SetKind, StartingPoint, Unit, format_number,
};
use crate::tr;
use crate::ui::widgets::decimal_field;

use super::ProgramEditorState;

pub(super) fn projection_section_ui(
    ui: &mut Ui,
    state: &mut ProgramEditorState,
    program: &mut Program,
    journal: &Journal,
) {
    starting_points_ui(ui, program);
    // The grid shows the saved program: edits made this frame show next frame.
    if let Some(projection) = state.cache.projection(journal) {
        projection_grid_ui(ui, projection);
    }
}

fn starting_points_ui(ui: &mut Ui, program: &mut Program) {
    let mut exercises: Vec<String> = Vec::new();
    for slot in program
        .weeks
        .iter()
        .flat_map(|week| &week.days)
        .flat_map(|day| &day.slots)
    {
        if !exercises.contains(&slot.exercise) {
            exercises.push(slot.exercise.clone());
        }
    }
    egui::CollapsingHeader::new(tr!("editor.starting_points"))
        .default_open(false)
        .show(ui, |ui| {
            egui::Grid::new("starting_points")
                .num_columns(3)
                .show(ui, |ui| {
                    for exercise in exercises {
                        ui.push_id(&exercise, |ui| {
                            starting_point_row_ui(ui, program, &exercise);
                        });
                        ui.end_row();
                    }
                });
        });
}

fn starting_point_row_ui(ui: &mut Ui, program: &mut Program, exercise: &str) {
    let current = program
        .starting_points
        .get(exercise)
        .cloned()
        .unwrap_or(StartingPoint::LastTopSet);
    let key = |point: &StartingPoint| match point {
        StartingPoint::TrainingMax(_) => "training_max",
        StartingPoint::E1rm(_) => "e1rm",
        StartingPoint::LastTopSet => "last_top_set",
    };
    let label = ui.label(exercise);
    let mut chosen = current.clone();
    ComboBox::from_id_salt("start_kind")
        .selected_text(super::tr_key(&format!("editor.start.{}", key(&current))))
        .show_ui(ui, |ui| {
            let value = match current {
                StartingPoint::TrainingMax(value) | StartingPoint::E1rm(value) => value,
                StartingPoint::LastTopSet => 100.0,
            };
            for choice in [
                StartingPoint::LastTopSet,
                StartingPoint::TrainingMax(value),
                StartingPoint::E1rm(value),
            ] {
                let text = super::tr_key(&format!("editor.start.{}", key(&choice)));
                if ui
                    .selectable_label(key(&choice) == key(&current), text)
                    .clicked()
                {
                    chosen = choice;
                }
            }
        })
        .response
        .labelled_by(label.id);
    if let StartingPoint::TrainingMax(value) | StartingPoint::E1rm(value) = &mut chosen {
        let text = tr!("editor.start_load", unit = program.unit.symbol());
        decimal_field(ui, &text, value, 0.0..=1000.0, 0.5);
    }
    if chosen != current {
        match chosen {
            StartingPoint::LastTopSet => {
                program.starting_points.remove(exercise);
            }
            other => {
                program.starting_points.insert(exercise.to_owned(), other);
            }
        }
    }
}

fn projection_grid_ui(ui: &mut Ui, projection: &Projection) {
    let unit = projection.unit;
    egui::ScrollArea::horizontal()
        .id_salt("projection_scroll")
        .show(ui, |ui| {
            egui::Grid::new("projection_grid")
                .striped(true)
                .num_columns(projection.weeks.iter().map(Vec::len).max().unwrap_or(0) + 1)
                .show(ui, |ui| {
                    // Cells keep their text on one line; the area scrolls sideways.
                    let line = |ui: &mut Ui, text: egui::RichText| {
                        ui.add(egui::Label::new(text).extend());
                    };
                    for (week_index, days) in projection.weeks.iter().enumerate() {
                        let week = tr!("editor.week_number", number = week_index + 1);
                        line(ui, egui::RichText::new(week).strong());
                        for day in days {
                            ui.vertical(|ui| {
                                line(ui, egui::RichText::new(&day.name).strong());
                                for slot in &day.slots {
                                    line(ui, egui::RichText::new(slot_summary(slot, unit)));
                                    if let Some(logged) = logged_summary(slot, unit) {
                                        line(ui, egui::RichText::new(logged).weak());
                                    }
                                }
                            });
                        }
                        ui.end_row();
                    }
                });
        });
}

/// Formats the planned sets as "Squat: 170 kg × 4, 3 × 152.5 kg × 8".
pub(crate) fn slot_summary(slot: &ProjectedSlot, unit: Unit) -> String {
    let unit = unit.symbol();
    if slot.sets.is_empty() {
        return tr!("editor.no_start", exercise = slot.exercise);
    }
    let mut groups: Vec<(u32, f64, u32)> = Vec::new();
    for set in &slot.sets {
        match groups.last_mut() {
            Some((count, load, reps)) if *load == set.loadable && *reps == set.reps => *count += 1,
            _ => groups.push((1, set.loadable, set.reps)),
        }
    }
    let parts: Vec<String> = groups
        .iter()
        .map(|(count, load, reps)| {
            let load = format_number(*load);
            if *count > 1 {
                format!("{count} × {load} {unit} × {reps}")
            } else {
                format!("{load} {unit} × {reps}")
            }
        })
        .collect();
    format!("{}: {}", slot.exercise, parts.join(", "))
}

/// Formats the logged sets as "logged: 172.5 kg × 4 @ 8, 155 × 8, 155 × 8",
/// or returns `None` when the day was not logged.
pub(crate) fn logged_summary(slot: &ProjectedSlot, unit: Unit) -> Option<String> {
    let logged = slot.logged.as_ref()?;
    let top = logged
        .top_set()
        .or_else(|| logged.sets.iter().find(|set| set.kind.is_working()))?;
    let load_text = |set: &crate::model::LoggedSet| {
        set.load
            .map(|load| format_number(load.value_in(unit)))
            .unwrap_or_default()
    };
    let load = load_text(top);
    let rpe = top
        .rpe
        .map(|rpe| format!(" @ {}", format_number(rpe)))
        .unwrap_or_default();
    let backoffs: Vec<String> = logged
        .sets
        .iter()
        .filter(|set| set.kind == SetKind::Backoff)
        .map(|set| format!("{} × {}", load_text(set), set.reps))
        .collect();
    let mut text = tr!(
        "editor.logged",
        sets = format!("{load} {} × {}{rpe}", unit.symbol(), top.reps)
    );
    if !backoffs.is_empty() {
        text.push_str(&format!(", {}", backoffs.join(", ")));
    }
    Some(text)
}
