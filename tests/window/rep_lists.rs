//! Rep-list fields of the program editor ("Wave reps", "Reps per set"):
//! typed a character at a time, as a lifter types them.

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use topset::app::TopsetApp;
use topset::model::{ExerciseSlot, Prescription, Progression};

use crate::app_support::harness;

/// Opens the editor on a new program with one slot and gives the slot a
/// wave progression, which starts as 5, 4, 3.
fn wave_slot_harness() -> Harness<'static, TopsetApp> {
    let mut harness = harness();
    harness.get_by_label("Program editor").click();
    harness.run();
    harness.get_by_label("New program").click();
    harness.run();
    harness.get_by_label("Add exercise").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::ComboBox, "Progression")
        .click();
    harness.run();
    harness.get_by_label("Wave loading").click();
    harness.run();
    harness
}

fn first_slot(harness: &Harness<'_, TopsetApp>) -> ExerciseSlot {
    harness.state().journal.programs[1].weeks[0].days[0].slots[0].clone()
}

fn wave_reps(harness: &Harness<'_, TopsetApp>) -> Vec<u32> {
    match first_slot(harness).progression {
        Some(Progression::Wave { reps, .. }) => reps,
        other => panic!("the slot should have a wave progression, not {other:?}"),
    }
}

/// Focuses the field named `label`, empties it and types `text` one
/// character per frame.
fn retype(harness: &mut Harness<'_, TopsetApp>, label: &str, text: &str) {
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness.key_press(Key::Backspace);
    harness.run();
    for character in text.chars() {
        harness
            .get_by_role_and_label(Role::TextInput, label)
            .type_text(&character.to_string());
        harness.run();
    }
}

fn field_text(harness: &Harness<'_, TopsetApp>, label: &str) -> Option<String> {
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .value()
}

#[test]
fn wave_reps_typed_by_character() {
    let mut harness = wave_slot_harness();
    assert_eq!(wave_reps(&harness), [5, 4, 3]);

    retype(&mut harness, "Wave reps", "6, 4, 2");

    assert_eq!(wave_reps(&harness), [6, 4, 2]);
    assert_eq!(
        field_text(&harness, "Wave reps").as_deref(),
        Some("6, 4, 2")
    );
}

#[test]
fn wave_reps_partial_text_stays() {
    let mut harness = wave_slot_harness();
    retype(&mut harness, "Wave reps", "5,");

    // "5," is the list [5] while the lifter types on, and the comma stays.
    assert_eq!(wave_reps(&harness), [5]);
    assert_eq!(field_text(&harness, "Wave reps").as_deref(), Some("5,"));

    for character in [" ", "4", ",", " ", "3"] {
        harness
            .get_by_role_and_label(Role::TextInput, "Wave reps")
            .type_text(character);
        harness.run();
    }
    assert_eq!(wave_reps(&harness), [5, 4, 3]);
    assert_eq!(
        field_text(&harness, "Wave reps").as_deref(),
        Some("5, 4, 3")
    );
}

#[test]
fn wave_reps_letter_shows_message() {
    let mut harness = wave_slot_harness();
    retype(&mut harness, "Wave reps", "5, x");

    // "5, " was the list [5], so the letter leaves [5] and a message explains why.
    assert_eq!(wave_reps(&harness), [5]);
    assert_eq!(field_text(&harness, "Wave reps").as_deref(), Some("5, x"));
    harness.get_by_label_contains("Invalid reps \"x\"");
    harness.get_by_label_contains("The list stays 5.");
}

#[test]
fn letter_after_full_list_keeps_it() {
    let mut harness = wave_slot_harness();
    harness
        .get_by_role_and_label(Role::TextInput, "Wave reps")
        .focus();
    harness.run();
    harness.key_press(Key::End);
    harness.run();
    for character in [",", " ", "x"] {
        harness
            .get_by_role_and_label(Role::TextInput, "Wave reps")
            .type_text(character);
        harness.run();
    }

    assert_eq!(wave_reps(&harness), [5, 4, 3]);
    assert_eq!(
        field_text(&harness, "Wave reps").as_deref(),
        Some("5, 4, 3, x")
    );
    harness.get_by_label_contains("The list stays 5, 4, 3.");
}

#[test]
fn leaving_field_shows_stored_list() {
    let mut harness = wave_slot_harness();
    retype(&mut harness, "Wave reps", "4, 0");
    assert_eq!(wave_reps(&harness), [4]);
    harness.get_by_label_contains("Invalid reps 0: each entry must be from 1 to 30.");

    // Clicking elsewhere takes the focus away from the field.
    harness.get_by_label("Add day").click();
    harness.run();

    assert_eq!(field_text(&harness, "Wave reps").as_deref(), Some("4"));
    assert!(
        harness
            .query_all_by_label_contains("Invalid reps")
            .next()
            .is_none(),
        "the message should go with the focus"
    );
}

#[test]
fn pyramid_reps_typed_by_character() {
    let mut harness = harness();
    harness.get_by_label("Program editor").click();
    harness.run();
    harness.get_by_label("New program").click();
    harness.run();
    harness.get_by_label("Add exercise").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::ComboBox, "Scheme")
        .click();
    harness.run();
    harness.get_by_label("Pyramid").click();
    harness.run();

    retype(&mut harness, "Reps per set", "12, 10, 8");

    let Prescription::Pyramid(plan) = first_slot(&harness).prescription else {
        panic!("the slot should be a pyramid");
    };
    assert_eq!(plan.reps, [12, 10, 8]);
    assert_eq!(
        field_text(&harness, "Reps per set").as_deref(),
        Some("12, 10, 8")
    );
}
