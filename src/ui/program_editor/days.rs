//! Days and exercise slots of one week: add, duplicate, reorder (buttons or
//! drag and drop) and delete, with the coaching checks beside each slot.

use egui::{ComboBox, Ui};

use crate::model::{
    Day, ExerciseSlot, Journal, Prescription, Role, Unit, Week, check_planned_slot,
};
use crate::tr;
use crate::ui::widgets::text_field;

use super::interface_language;
use super::prescription::slot_details_ui;
use super::rep_list::{RepListTexts, SlotPosition};

/// Payload of a drag in the week: a day or a slot.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Dragged {
    Day(usize),
    Slot { day: usize, slot: usize },
}

/// Drop position: before this day or slot, or at the end of the day when
/// `slot` is `None`.
#[derive(Clone, Copy, Debug)]
struct DropTarget {
    day: usize,
    slot: Option<usize>,
}

/// One change to the week's structure, applied after drawing.
enum Edit {
    DeleteDay(usize),
    DuplicateDay(usize),
    DayUp(usize),
    Move(Dragged, DropTarget),
}

/// Draws week `week_index` of the program, its days and their slots.
pub(super) fn week_ui(
    ui: &mut Ui,
    week: &mut Week,
    week_index: usize,
    exercise_names: &[String],
    unit: Unit,
    journal: &Journal,
    rep_lists: &mut RepListTexts,
) {
    let mut edit = None;
    for (day_index, day) in week.days.iter_mut().enumerate() {
        ui.push_id(("day", day_index), |ui| {
            let group = ui.group(|ui| {
                day_header_ui(ui, day, day_index, exercise_names, &mut edit);
                let slots = SlotsContext {
                    week_index,
                    day_index,
                    exercise_names,
                    unit,
                    journal,
                };
                day_slots_ui(ui, day, &slots, rep_lists, &mut edit);
            });
            // A slot row inside the group takes the drop first.
            if edit.is_none()
                && let Some(dragged) = group.response.dnd_release_payload::<Dragged>()
            {
                // Dropping a day on a day puts it before; a slot goes to the end.
                let slot = match *dragged {
                    Dragged::Day(_) => Some(0),
                    Dragged::Slot { .. } => None,
                };
                let target = DropTarget {
                    day: day_index,
                    slot,
                };
                edit = Some(Edit::Move(*dragged, target));
            }
        });
    }
    if ui.button(tr!("editor.add_day")).clicked() {
        let number = week.days.len() + 1;
        week.days.push(Day {
            name: tr!("editor.day_name", number = number),
            slots: Vec::new(),
        });
    }
    if let Some(edit) = edit {
        apply_edit(week, edit);
    }
}

fn day_header_ui(
    ui: &mut Ui,
    day: &mut Day,
    day_index: usize,
    exercise_names: &[String],
    edit: &mut Option<Edit>,
) {
    ui.horizontal(|ui| {
        let handle_id = ui.make_persistent_id("day_handle");
        ui.dnd_drag_source(handle_id, Dragged::Day(day_index), |ui| {
            ui.label("• •").on_hover_text(tr!("editor.drag_day"));
        });
        text_field(ui, &tr!("editor.day"), &mut day.name);
        if ui.button(tr!("editor.add_slot")).clicked() {
            day.slots.push(ExerciseSlot {
                exercise: exercise_names.first().cloned().unwrap_or_default(),
                role: Role::Primary,
                prescription: Prescription::default(),
                ..ExerciseSlot::default()
            });
        }
        if ui.button(tr!("editor.duplicate_day")).clicked() {
            *edit = Some(Edit::DuplicateDay(day_index));
        }
        if day_index > 0 && ui.button(tr!("editor.day_up")).clicked() {
            *edit = Some(Edit::DayUp(day_index));
        }
        if ui.button(tr!("editor.delete_day")).clicked() {
            *edit = Some(Edit::DeleteDay(day_index));
        }
    });
}

/// Data the slots of one day are drawn with, besides the day itself.
struct SlotsContext<'a> {
    week_index: usize,
    day_index: usize,
    exercise_names: &'a [String],
    unit: Unit,
    journal: &'a Journal,
}

fn day_slots_ui(
    ui: &mut Ui,
    day: &mut Day,
    context: &SlotsContext<'_>,
    rep_lists: &mut RepListTexts,
    edit: &mut Option<Edit>,
) {
    let SlotsContext {
        week_index,
        day_index,
        exercise_names,
        unit,
        journal,
    } = *context;
    let mut delete_slot = None;
    let mut duplicate_slot = None;
    let mut move_up = None;
    let language = interface_language();
    for (slot_index, slot) in day.slots.iter_mut().enumerate() {
        if slot_index > 0 {
            ui.separator();
        }
        ui.push_id(("slot", slot_index), |ui| {
            let row = ui.horizontal_wrapped(|ui| {
                let handle_id = ui.make_persistent_id("slot_handle");
                let payload = Dragged::Slot {
                    day: day_index,
                    slot: slot_index,
                };
                ui.dnd_drag_source(handle_id, payload, |ui| {
                    ui.label("• •").on_hover_text(tr!("editor.drag_slot"));
                });
                exercise_ui(ui, slot, exercise_names);
                role_ui(ui, &mut slot.role);
                let position = SlotPosition {
                    week: week_index,
                    day: day_index,
                    slot: slot_index,
                };
                slot_details_ui(ui, slot, unit, position, rep_lists);
                if slot_index > 0 && ui.small_button(tr!("editor.move_up")).clicked() {
                    move_up = Some(slot_index);
                }
                if ui.small_button(tr!("editor.duplicate_slot")).clicked() {
                    duplicate_slot = Some(slot_index);
                }
                if ui.small_button(tr!("editor.delete_slot")).clicked() {
                    delete_slot = Some(slot_index);
                }
            });
            if let Some(dragged) = row.response.dnd_release_payload::<Dragged>()
                && matches!(*dragged, Dragged::Slot { .. })
            {
                let target = DropTarget {
                    day: day_index,
                    slot: Some(slot_index),
                };
                *edit = Some(Edit::Move(*dragged, target));
            }
            for check in check_planned_slot(slot, &journal.exercises, journal.settings.drop_band) {
                ui.colored_label(ui.visuals().warn_fg_color, check.message(language));
            }
        });
    }
    if let Some(index) = move_up {
        day.slots.swap(index, index - 1);
    }
    if let Some(index) = duplicate_slot
        && let Some(copy) = day.slots.get(index).cloned()
    {
        day.slots.insert(index + 1, copy);
    }
    if let Some(index) = delete_slot {
        day.slots.remove(index);
    }
}

/// Draws a list of known exercises and a field to type any name, new ones included.
fn exercise_ui(ui: &mut Ui, slot: &mut ExerciseSlot, exercise_names: &[String]) {
    let label = ui.label(tr!("editor.exercise"));
    ComboBox::from_id_salt("exercise")
        .selected_text(&slot.exercise)
        .width(180.0)
        .show_ui(ui, |ui| {
            for name in exercise_names {
                ui.selectable_value(&mut slot.exercise, name.clone(), name);
            }
        })
        .response
        .labelled_by(label.id);
    let label = ui.label(tr!("editor.exercise_name"));
    ui.add(egui::TextEdit::singleline(&mut slot.exercise).desired_width(140.0))
        .labelled_by(label.id);
}

fn role_ui(ui: &mut Ui, role: &mut Role) {
    let name = |role: Role| match role {
        Role::Primary => tr!("editor.role.primary"),
        Role::Secondary => tr!("editor.role.secondary"),
        Role::Accessory => tr!("editor.role.accessory"),
    };
    let label = ui.label(tr!("editor.role"));
    ComboBox::from_id_salt("role")
        .selected_text(name(*role))
        .show_ui(ui, |ui| {
            for choice in [Role::Primary, Role::Secondary, Role::Accessory] {
                ui.selectable_value(role, choice, name(choice));
            }
        })
        .response
        .labelled_by(label.id);
}

fn apply_edit(week: &mut Week, edit: Edit) {
    match edit {
        Edit::DeleteDay(index) => {
            if index < week.days.len() {
                week.days.remove(index);
            }
        }
        Edit::DuplicateDay(index) => {
            if let Some(copy) = week.days.get(index).cloned() {
                week.days.insert(index + 1, copy);
            }
        }
        Edit::DayUp(index) => {
            if index > 0 && index < week.days.len() {
                week.days.swap(index, index - 1);
            }
        }
        Edit::Move(dragged, target) => move_item(week, dragged, target),
    }
}

/// Moves a dragged day or slot to `target`, keeping the others in order.
fn move_item(week: &mut Week, dragged: Dragged, target: DropTarget) {
    match dragged {
        Dragged::Day(from) => {
            if from >= week.days.len() || from == target.day {
                return;
            }
            let day = week.days.remove(from);
            let to = if from < target.day {
                target.day - 1
            } else {
                target.day
            };
            week.days.insert(to.min(week.days.len()), day);
        }
        Dragged::Slot { day, slot } => {
            let Some(source) = week.days.get_mut(day) else {
                return;
            };
            if slot >= source.slots.len() || (day == target.day && target.slot == Some(slot)) {
                return;
            }
            let moved = source.slots.remove(slot);
            let Some(destination) = week.days.get_mut(target.day) else {
                return;
            };
            let mut index = target.slot.unwrap_or(destination.slots.len());
            if day == target.day && slot < index {
                index -= 1;
            }
            destination
                .slots
                .insert(index.min(destination.slots.len()), moved);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn week() -> Week {
        let slot = |name: &str| ExerciseSlot {
            exercise: name.to_owned(),
            ..ExerciseSlot::default()
        };
        Week {
            days: vec![
                Day {
                    name: "A".to_owned(),
                    slots: vec![slot("Squat"), slot("Bench Press"), slot("Deadlift")],
                },
                Day {
                    name: "B".to_owned(),
                    slots: vec![slot("Overhead Press")],
                },
            ],
        }
    }

    fn names(day: &Day) -> Vec<&str> {
        day.slots
            .iter()
            .map(|slot| slot.exercise.as_str())
            .collect()
    }

    #[test]
    fn slot_moves_down_within_day() {
        let mut week = week();
        let target = DropTarget {
            day: 0,
            slot: Some(2),
        };
        move_item(&mut week, Dragged::Slot { day: 0, slot: 0 }, target);
        assert_eq!(names(&week.days[0]), ["Bench Press", "Squat", "Deadlift"]);
    }

    #[test]
    fn slot_moves_to_other_day() {
        let mut week = week();
        let target = DropTarget { day: 1, slot: None };
        move_item(&mut week, Dragged::Slot { day: 0, slot: 1 }, target);
        assert_eq!(names(&week.days[0]), ["Squat", "Deadlift"]);
        assert_eq!(names(&week.days[1]), ["Overhead Press", "Bench Press"]);
    }

    #[test]
    fn day_moves_before_target() {
        let mut week = week();
        let target = DropTarget {
            day: 0,
            slot: Some(0),
        };
        move_item(&mut week, Dragged::Day(1), target);
        assert_eq!(week.days[0].name, "B");
        assert_eq!(week.days[1].name, "A");
    }
}
