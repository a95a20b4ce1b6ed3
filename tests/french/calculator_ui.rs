//! Calculator panel in French: labels, decimal commas and messages.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use topset::model::{Language, Settings};
use topset::ui::calculator::{CalculatorState, calculator_ui};

#[test]
fn french_panel_uses_decimal_comma() {
    topset::set_language(Language::French);
    let settings = Settings::default();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(700.0, 900.0))
        .build_ui_state(
            move |ui, state| calculator_ui(ui, state, &settings),
            CalculatorState::default(),
        );
    harness.run();
    harness.get_by_label("Saisissez la charge et les répétitions d'un top set.");

    for (label, text) in [
        ("Charge du top set", "120"),
        ("Répétitions", "4"),
        ("RPE (facultatif)", "8,5"),
    ] {
        harness
            .get_by_role_and_label(Role::TextInput, label)
            .focus();
        harness.run();
        harness
            .get_by_role_and_label(Role::TextInput, label)
            .type_text(text);
        harness.run();
    }

    harness.get_by_label("Séries de backoff");
    assert_eq!(harness.get_all_by_label("Disques par côté").count(), 2);
    // 120 × 0.9 = 108 → 107,5 kg, a real drop of 10,42 %.
    harness.get_by_label("107,5 kg");
    harness.get_by_label("10,42 %");
    harness.get_by_label("25 + 15 + 2,5 + 1,25");
    harness.get_by_label("Séries d'échauffement");
    // The RPE charts are named in French, formulas keep their authors' names.
    harness.get_by_label("Table RPE");
    harness.get_by_label("Table RPE 2025");
    harness.get_by_label("Epley");
    assert_eq!(
        harness.state().report().unwrap().backoffs[0].loadable(),
        107.5
    );
}

#[test]
fn french_error_names_value() {
    topset::set_language(Language::French);
    let settings = Settings::default();
    let mut harness = Harness::builder().build_ui_state(
        move |ui, state| calculator_ui(ui, state, &settings),
        CalculatorState::default(),
    );
    for (label, text) in [("Charge du top set", "-5"), ("Répétitions", "3")] {
        harness
            .get_by_role_and_label(Role::TextInput, label)
            .focus();
        harness.run();
        harness
            .get_by_role_and_label(Role::TextInput, label)
            .type_text(text);
        harness.run();
    }
    let message = harness.state().message().unwrap();
    assert!(message.starts_with("Charge invalide « -5 »"), "{message}");
}
