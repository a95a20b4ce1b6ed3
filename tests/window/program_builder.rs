//! Building programs in the editor by clicking and typing, as a user would.

use chrono::NaiveDate;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use topset::app::{Command, TopsetApp};
use topset::model::{Prescription, Program, StartingPoint};

fn harness() -> Harness<'static, TopsetApp> {
    let now = NaiveDate::from_ymd_opt(2026, 11, 30)
        .and_then(|date| date.and_hms_opt(18, 0, 0))
        .expect("valid date");
    let app = TopsetApp::for_tests(now);
    let mut harness = Harness::builder()
        .with_size([1600.0, 1000.0])
        .with_max_steps(crate::app_support::MAX_STEPS)
        .build_ui_state(|ui, app: &mut TopsetApp| app.frame_ui(ui), app);
    harness.run();
    harness.get_by_label("Program editor").click();
    harness.run();
    harness
}

fn last_program(harness: &Harness<'_, TopsetApp>) -> Program {
    harness
        .state()
        .journal
        .programs
        .last()
        .cloned()
        .expect("a program")
}

fn type_into(harness: &mut Harness<'_, TopsetApp>, role: Role, label: &str, text: &str) {
    harness.get_by_role_and_label(role, label).focus();
    harness.run();
    harness.get_by_role_and_label(role, label).type_text(text);
    harness.run();
}

fn click(harness: &mut Harness<'_, TopsetApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

fn undo_from_menu(harness: &mut Harness<'_, TopsetApp>, item: &str) {
    click(harness, "Edit");
    harness.get_by_label_contains(item).click();
    harness.run();
}

#[test]
fn two_week_program_from_scratch() {
    let mut harness = harness();
    let programs_before = harness.state().journal.programs.len();
    click(&mut harness, "New program");
    assert_eq!(harness.state().journal.programs.len(), programs_before + 1);

    type_into(&mut harness, Role::TextInput, "Name", " Squat block");
    assert_eq!(last_program(&harness).name, "New program Squat block");

    click(&mut harness, "Add day");
    assert_eq!(last_program(&harness).weeks[0].days.len(), 2);
    assert_eq!(last_program(&harness).weeks[0].days[1].name, "Day 2");

    // Add one exercise to day 1 and name it by typing.
    harness
        .get_all_by_label("Add exercise")
        .next()
        .expect("an Add exercise button")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Exercise name")
        .focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Exercise name")
        .type_text("Front Squat");
    harness.run();
    let day = &last_program(&harness).weeks[0].days[0];
    assert_eq!(day.slots.len(), 1);
    assert_eq!(day.slots[0].exercise, "Front Squat");

    // Set the top set to 5 reps by typing into the field.
    harness
        .get_by_role_and_label(Role::SpinButton, "Top set reps")
        .focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_role_and_label(Role::SpinButton, "Top set reps")
        .type_text("5");
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    let Prescription::TopSetBackoff(plan) =
        &last_program(&harness).weeks[0].days[0].slots[0].prescription
    else {
        panic!("the slot should plan a top set");
    };
    assert_eq!(plan.top_reps, 5);

    // Week 2 starts as a copy of week 1.
    click(&mut harness, "Add week");
    let program = last_program(&harness);
    assert_eq!(program.weeks.len(), 2);
    assert_eq!(program.weeks[1], program.weeks[0]);

    // Change week 1's day name, then copy week 1 over week 2.
    // The week bar comes before the hard-sets table, which also names weeks.
    harness
        .get_all_by_label("Week 1")
        .next()
        .expect("a Week 1 tab")
        .click();
    harness.run();
    harness
        .get_all_by_role_and_label(Role::TextInput, "Day")
        .next()
        .expect("a day name field")
        .focus();
    harness.run();
    harness
        .get_all_by_role_and_label(Role::TextInput, "Day")
        .next()
        .expect("a day name field")
        .type_text(" heavy");
    harness.run();
    assert_eq!(last_program(&harness).weeks[0].days[0].name, "Day 1 heavy");
    assert_eq!(last_program(&harness).weeks[1].days[0].name, "Day 1");
    click(&mut harness, "Copy this week to the following weeks");
    assert_eq!(last_program(&harness).weeks[1].days[0].name, "Day 1 heavy");
}

#[test]
fn template_adds_guide_program() {
    let mut harness = harness();
    let programs_before = harness.state().journal.programs.len();
    click(&mut harness, "New program from template…");
    click(&mut harness, "Heavy and volume days");
    assert_eq!(harness.state().journal.programs.len(), programs_before + 1);
    let program = last_program(&harness);
    assert_eq!(program.name, "Heavy and volume days");
    let days: Vec<&str> = program.weeks[0]
        .days
        .iter()
        .map(|day| day.name.as_str())
        .collect();
    assert_eq!(
        days,
        ["Upper heavy", "Lower heavy", "Upper volume", "Lower volume"]
    );
    assert_eq!(harness.state().program_editor.program, programs_before);
}

#[test]
fn edit_undoes_and_redoes() {
    let mut harness = harness();
    click(&mut harness, "New program from template…");
    click(&mut harness, "Top set + backoff on the primary lift only");
    let before = last_program(&harness);

    click(&mut harness, "Add week");
    assert_eq!(last_program(&harness).weeks.len(), 5);

    undo_from_menu(&mut harness, "Undo");
    assert_eq!(last_program(&harness), before);

    undo_from_menu(&mut harness, "Redo");
    assert_eq!(last_program(&harness).weeks.len(), 5);
}

#[test]
fn duplicate_day_and_slot() {
    let mut harness = harness();
    click(&mut harness, "New program from template…");
    click(&mut harness, "Top set + backoff on all compound lifts");
    let slots_before = last_program(&harness).weeks[0].days[0].slots.len();

    harness
        .get_all_by_label("Duplicate")
        .next()
        .expect("a Duplicate button")
        .click();
    harness.run();
    let day = &last_program(&harness).weeks[0].days[0];
    assert_eq!(day.slots.len(), slots_before + 1);
    assert_eq!(day.slots[0], day.slots[1]);

    harness
        .get_all_by_label("Duplicate day")
        .next()
        .expect("a Duplicate day button")
        .click();
    harness.run();
    let week = &last_program(&harness).weeks[0];
    assert_eq!(week.days.len(), 5);
    assert_eq!(week.days[0], week.days[1]);
}

#[test]
fn import_through_typed_path() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("shared.ron");
    let file = topset::storage::load_template("primary_only").expect("template");
    topset::storage::save_program_file(&file, &path).expect("write");

    let mut harness = harness();
    let programs_before = harness.state().journal.programs.len();
    click(&mut harness, "Import program…");
    type_into(
        &mut harness,
        Role::TextInput,
        "Program file to import",
        &path.display().to_string(),
    );
    click(&mut harness, "OK");
    assert_eq!(harness.state().journal.programs.len(), programs_before + 1);
    assert_eq!(last_program(&harness), file.program);
    let notice = harness.state().notice.clone().expect("a notice");
    assert!(!notice.is_error, "{}", notice.text);
    assert!(notice.text.contains("imported"), "{}", notice.text);
}

#[test]
fn import_names_unknown_fields() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("shared.ron");
    let file = topset::storage::load_template("primary_only").expect("template");
    topset::storage::save_program_file(&file, &path).expect("write");
    let text = std::fs::read_to_string(&path).expect("program text");
    assert!(text.contains("    author: "), "{text}");
    std::fs::write(&path, text.replacen("    author: ", "    authr: ", 1)).expect("rewrite");

    let mut harness = harness();
    click(&mut harness, "Import program…");
    type_into(
        &mut harness,
        Role::TextInput,
        "Program file to import",
        &path.display().to_string(),
    );
    click(&mut harness, "OK");

    let notice = harness.state().notice.clone().expect("a notice");
    assert!(!notice.is_error, "{}", notice.text);
    assert!(
        notice.text.ends_with(
            "Fields this version of Topset does not read were skipped (a misspelling?): program.authr"
        ),
        "{}",
        notice.text
    );
    assert_eq!(last_program(&harness).author, "");
}

#[test]
fn dragging_slot_reorders_day() {
    let mut harness = harness();
    click(&mut harness, "New program from template…");
    click(&mut harness, "Top set + backoff on all compound lifts");
    let names = |harness: &Harness<'_, TopsetApp>| -> Vec<String> {
        last_program(harness).weeks[0].days[0]
            .slots
            .iter()
            .map(|slot| slot.exercise.clone())
            .collect()
    };
    assert_eq!(
        names(&harness),
        [
            "Bench Press",
            "Barbell Row",
            "Overhead Press",
            "Lateral Raise"
        ]
    );

    // Handles in drawing order: day 1, then its slots.
    let start = harness
        .get_all_by_label("• •")
        .nth(1)
        .expect("the first slot's handle")
        .rect()
        .center();
    let target = harness
        .get_all_by_role_and_label(Role::TextInput, "Exercise name")
        .nth(2)
        .expect("the third slot's name field")
        .rect()
        .center();
    harness.hover_at(start);
    harness.run();
    harness.drag_at(start);
    harness.run();
    for step in 1..=5 {
        let fraction = step as f32 / 5.0;
        harness.hover_at(start + (target - start) * fraction);
        harness.run();
    }
    harness.drop_at(target);
    harness.run();
    harness.run();

    assert_eq!(
        names(&harness),
        [
            "Barbell Row",
            "Bench Press",
            "Overhead Press",
            "Lateral Raise"
        ]
    );

    // The whole drag is one undo step.
    undo_from_menu(&mut harness, "Undo");
    assert_eq!(
        names(&harness),
        [
            "Bench Press",
            "Barbell Row",
            "Overhead Press",
            "Lateral Raise"
        ]
    );
}

#[test]
fn dragged_value_undoes_once() {
    let mut harness = harness();
    click(&mut harness, "New program");
    harness
        .get_all_by_label("Add exercise")
        .next()
        .expect("an Add exercise button")
        .click();
    harness.run();
    let before = last_program(&harness);

    let start = harness
        .get_by_role_and_label(Role::SpinButton, "Backoff reps")
        .rect()
        .center();
    harness.hover_at(start);
    harness.run();
    harness.drag_at(start);
    harness.run();
    for step in 1..=6 {
        harness.hover_at(start + egui::vec2(10.0 * step as f32, 0.0));
        harness.run();
    }
    harness.drop_at(start + egui::vec2(60.0, 0.0));
    harness.run();
    let Prescription::TopSetBackoff(plan) =
        &last_program(&harness).weeks[0].days[0].slots[0].prescription
    else {
        panic!("the slot should plan a top set");
    };
    assert!(plan.backoff_reps > 8, "backoff reps {}", plan.backoff_reps);

    undo_from_menu(&mut harness, "Undo");
    assert_eq!(last_program(&harness), before);
}

#[test]
fn projection_follows_training_max() {
    let mut harness = harness();
    click(&mut harness, "New program from template…");
    click(
        &mut harness,
        "Guide workouts: push, legs, full upper (4-day split)",
    );
    click(&mut harness, "Show projected loads");

    // The sample journal has logged bench press top sets, so the grid shows
    // loads for it from the start.
    assert!(
        harness
            .query_all_by_label_contains("Bench Press: ")
            .next()
            .is_some()
    );

    let mut program = last_program(&harness);
    program
        .starting_points
        .insert("Bench Press".to_owned(), StartingPoint::TrainingMax(100.0));
    let index = harness.state().journal.programs.len() - 1;
    harness.state_mut().queue(Command::SaveProgram {
        index: Some(index),
        program: Box::new(program),
        group: None,
    });
    harness.run();
    harness.run();

    // 100 × 85 % (4 reps at RPE 8.5) = 85 kg in week 1; the template's linear
    // progression adds 2.5 kg a week, so week 4 plans 92.5 kg. Backoff sets
    // are 10 % lighter: 85 × 0.9 = 76.5, and the nearest loadable load with
    // a 20 kg bar and 1.25 kg plates is 77.5 kg (1 kg away, 75 is 1.5 away).
    let week_1 = "Bench Press: 85 kg × 4, 3 × 77.5 kg × 8";
    assert!(
        harness.query_by_label(week_1).is_some(),
        "no label {week_1}"
    );
    let week_4 = "Bench Press: 92.5 kg × 4";
    assert!(
        harness.query_all_by_label_contains(week_4).next().is_some(),
        "no label {week_4}"
    );
}

#[test]
fn top_rpe_target_turns_off_and_on() {
    let mut harness = harness();
    click(&mut harness, "New program");
    harness
        .get_all_by_label("Add exercise")
        .next()
        .expect("an Add exercise button")
        .click();
    harness.run();
    let top_rpe = |harness: &Harness<'_, TopsetApp>| match &last_program(harness).weeks[0].days[0]
        .slots[0]
        .prescription
    {
        Prescription::TopSetBackoff(plan) => plan.top_rpe,
        other => panic!("the slot should plan a top set, not {other:?}"),
    };
    let before = top_rpe(&harness);

    harness
        .get_by_role_and_label(Role::CheckBox, "Top set RPE")
        .click();
    harness.run();
    let after_one = top_rpe(&harness);
    harness
        .get_by_role_and_label(Role::CheckBox, "Top set RPE")
        .click();
    harness.run();
    let after_two = top_rpe(&harness);

    // A new slot plans its top set at RPE 8.5; the target can be left out,
    // and turning it on again starts from RPE 8.
    assert_eq!(before, Some(8.5));
    assert_eq!(after_one, None);
    assert_eq!(after_two, Some(8.0));
}
