//! Calculator panel driven through egui_kittest: fields found by label,
//! text typed, values checked on screen and in the state.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use topset::model::{E1rmMethod, PlateInventory, Settings, Unit};
use topset::ui::calculator::{CalculatorState, calculator_ui};

fn harness(settings: Settings) -> Harness<'static, CalculatorState> {
    Harness::builder()
        .with_size(egui::vec2(700.0, 900.0))
        .build_ui_state(
            move |ui, state| calculator_ui(ui, state, &settings),
            CalculatorState::default(),
        )
}

fn type_into(harness: &mut Harness<'_, CalculatorState>, label: &str, text: &str) {
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .type_text(text);
    harness.run();
}

#[test]
fn typed_top_set_shows_backoffs() {
    let mut harness = harness(Settings::default());
    type_into(&mut harness, "Top set load", "120");
    type_into(&mut harness, "Reps", "4");
    type_into(&mut harness, "RPE (optional)", "8,5");

    let state = harness.state();
    assert_eq!(state.load_text, "120");
    let report = state.report().expect("a report for a valid top set");
    assert_eq!(report.top.rpe, Some(8.5));
    // 10 %: 108 → 107.5 kg; 15 %: 102 → 102.5 kg.
    assert_eq!(report.backoffs[0].loadable(), 107.5);
    assert_eq!(report.backoffs[1].loadable(), 102.5);
    harness.get_by_label("108 kg");
    harness.get_by_label("107.5 kg");
    harness.get_by_label("10.42 %");
    harness.get_by_label("25 + 15 + 2.5 + 1.25");
    harness.get_by_label("102 kg");
    // Warm-ups from the guide's bench example.
    harness.get_by_label("60 kg × 8");
    harness.get_by_label("100 kg × 3");
}

#[test]
fn every_method_is_shown() {
    let mut harness = harness(Settings::default());
    type_into(&mut harness, "Top set load", "100");
    type_into(&mut harness, "Reps", "5");
    type_into(&mut harness, "RPE (optional)", "8");
    for method in E1rmMethod::ALL {
        harness.get_by_label(method.label());
    }
    // 100 / 0.811 = 123.30 kg on both charts.
    assert_eq!(harness.get_all_by_label("123.3 kg").count(), 2);
    // Epley with 2 reps in reserve: 100 × (1 + 7/30) = 123.33 kg.
    harness.get_by_label("123.33 kg");
}

#[test]
fn unreliable_methods_are_marked() {
    let mut harness = harness(Settings::default());
    type_into(&mut harness, "Top set load", "60");
    type_into(&mut harness, "Reps", "15");
    type_into(&mut harness, "RPE (optional)", "9");
    let marks = harness
        .get_all_by_label("unreliable: past the method's range")
        .count();
    // 15 reps is past both charts, and 16 with the rep in reserve is past 12
    // for every formula (yet under the 37 where Brzycki and Lander stop).
    assert_eq!(marks, 9);
}

#[test]
fn missing_rpe_leaves_charts_empty() {
    let mut harness = harness(Settings::default());
    type_into(&mut harness, "Top set load", "100");
    type_into(&mut harness, "Reps", "9");
    assert_eq!(harness.get_all_by_label("needs an RPE").count(), 2);
    // Epley: 100 × (1 + 9/30) = 130.
    harness.get_by_label("130 kg");
}

#[test]
fn invalid_load_shows_message() {
    let mut harness = harness(Settings::default());
    type_into(&mut harness, "Top set load", "abc");
    type_into(&mut harness, "Reps", "5");
    assert!(harness.state().report().is_none());
    let message = harness.state().message().unwrap().to_owned();
    assert!(message.starts_with("Invalid load \"abc\""), "{message}");
    harness.get_by_label(&message);
}

#[test]
fn reps_past_journal_limit_rejected() {
    let mut harness = harness(Settings::default());
    type_into(&mut harness, "Top set load", "100");
    type_into(&mut harness, "Reps", "100000");
    assert!(harness.state().report().is_none());
    let message = harness.state().message().unwrap().to_owned();
    // A journal stores at most 1000 reps per set.
    assert_eq!(
        message,
        "Invalid reps \"100000\": enter a whole number from 1 to 1000."
    );
    harness.get_by_label(&message);
}

#[test]
fn invalid_rpe_shows_message() {
    let mut harness = harness(Settings::default());
    type_into(&mut harness, "Top set load", "100");
    type_into(&mut harness, "Reps", "5");
    type_into(&mut harness, "RPE (optional)", "12");
    assert!(
        harness
            .state()
            .message()
            .unwrap()
            .starts_with("Invalid RPE \"12\"")
    );
}

#[test]
fn empty_input_asks_for_top_set() {
    let mut harness = harness(Settings::default());
    harness.run();
    harness.get_by_label("Enter the load and reps of a top set.");
    assert!(harness.state().report().is_none());
}

#[test]
fn pounds_use_pound_plates() {
    let settings = Settings {
        unit: Unit::Lb,
        plates: PlateInventory::standard_lb(),
        ..Settings::default()
    };
    let mut harness = harness(settings);
    type_into(&mut harness, "Top set load", "225");
    type_into(&mut harness, "Reps", "5");
    // 225 × 0.9 = 202.5 → 200 lb (25 + 25 + 25 + 2.5 per side).
    harness.get_by_label("202.5 lb");
    harness.get_by_label("200 lb");
    assert_eq!(
        harness.state().report().unwrap().backoffs[0].loadable(),
        200.0
    );
}

#[test]
fn drop_band_sets_backoff_columns() {
    let settings = Settings {
        drop_band: (8.0, 12.0),
        ..Settings::default()
    };
    let mut harness = harness(settings);
    type_into(&mut harness, "Top set load", "100");
    type_into(&mut harness, "Reps", "5");
    harness.get_by_label("8 %");
    harness.get_by_label("12 %");
    harness.get_by_label("92 kg");
    harness.get_by_label("88 kg");
}
