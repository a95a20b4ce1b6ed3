//! The program editor's coaching checks beside each slot, driven by typing
//! into the slot's fields as a user would.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use topset::app::TopsetApp;
use topset::model::{BackoffRule, Prescription, Program};

use crate::app_support::harness;

const FIFTY_PERCENT_WARNING: &str = "Squat: backoff drop of 50 % is outside the 10–15 % band. \
     The method puts backoff sets 10–15 % below the top set.";

fn last_program(harness: &Harness<'_, TopsetApp>) -> Program {
    harness
        .state()
        .journal
        .programs
        .last()
        .cloned()
        .expect("a program")
}

/// Selects the text of the field `label` and types `text` over it, then Enter.
fn replace_field(harness: &mut Harness<'_, TopsetApp>, role: Role, label: &str, text: &str) {
    harness.get_by_role_and_label(role, label).focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_role_and_label(role, label).type_text(text);
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
}

/// Opens the editor on a new program with one slot, renamed Squat.
fn squat_slot_harness() -> Harness<'static, TopsetApp> {
    let mut harness = harness();
    harness.get_by_label("Program editor").click();
    harness.run();
    harness.get_by_label("New program").click();
    harness.run();
    harness.get_by_label("Add exercise").click();
    harness.run();
    replace_field(&mut harness, Role::TextInput, "Exercise name", "Squat");
    harness
}

#[test]
fn typed_drop_outside_band_warned() {
    let mut harness = squat_slot_harness();
    assert!(harness.query_by_label_contains("backoff drop of").is_none());

    replace_field(&mut harness, Role::SpinButton, "Drop %", "50");

    let slot = &last_program(&harness).weeks[0].days[0].slots[0];
    let Prescription::TopSetBackoff(plan) = &slot.prescription else {
        panic!("a new slot should plan a top set");
    };
    assert_eq!(plan.rule, BackoffRule::PercentDrop(50.0));
    harness.get_by_label(FIFTY_PERCENT_WARNING);

    // Back inside the band, the warning goes.
    replace_field(&mut harness, Role::SpinButton, "Drop %", "15");
    assert!(harness.query_by_label_contains("backoff drop of").is_none());
}

#[test]
fn editor_uses_journal_band() {
    let mut harness = squat_slot_harness();
    harness.state_mut().journal.settings.drop_band = (5.0, 8.0);
    harness.run();

    // The new slot's 10 % drop is outside the lifter's own 5–8 %.
    harness.get_by_label(
        "Squat: backoff drop of 10 % is outside the 5–8 % band. \
         The method puts backoff sets 10–15 % below the top set.",
    );
}

#[test]
fn guide_explains_drop_checks() {
    let mut harness = harness();
    harness
        .state_mut()
        .queue(topset::app::Command::ShowGuide(Some(
            topset::model::CheckId::BackoffDropOutOfBand,
        )));
    harness.run();
    // Scrolling to the check takes a few frames.
    harness.run_steps(10);
    harness.get_by_label("Planned backoff drop outside your band");
    harness.get_by_label_contains("Plan backoff sets 10–15 % below the top set");
    harness.get_by_label("Planned drop after a heavy single outside 20–25 %");
}
