//! Session logger in French: decimal commas in and out, French labels.

use std::time::Instant;

use chrono::NaiveDate;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use topset::app::Command;
use topset::model::{Journal, Language, SetKind};
use topset::ui::session_logger::{LoggerClock, SessionLoggerState, session_logger_ui};

struct Fixture {
    logger: SessionLoggerState,
    journal: Journal,
    clock: LoggerClock,
    commands: Vec<Command>,
}

#[test]
fn french_backoff_details_use_commas() {
    topset::set_language(Language::French);
    let fixture = Fixture {
        logger: SessionLoggerState::default(),
        journal: Journal::default(),
        clock: LoggerClock {
            now: Instant::now(),
            local: NaiveDate::from_ymd_opt(2026, 12, 4)
                .and_then(|date| date.and_hms_opt(7, 0, 0))
                .expect("valid date"),
        },
        commands: Vec::new(),
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 1000.0))
        .build_ui_state(
            |ui, fixture: &mut Fixture| {
                session_logger_ui(
                    ui,
                    &mut fixture.logger,
                    &fixture.journal,
                    fixture.clock,
                    &mut fixture.commands,
                );
            },
            fixture,
        );

    harness.get_by_label("Choisir les exercices").click();
    harness.run();
    let add = "Ajouter un exercice";
    harness.get_by_role_and_label(Role::TextInput, add).focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, add)
        .type_text("Développé couché");
    harness.run();
    harness.get_by_role_and_label(Role::Button, add).click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Commencer")
        .click();
    harness.run();

    let load = "Développé couché, Top set 1, charge";
    harness.get_by_role_and_label(Role::TextInput, load).focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, load)
        .type_text("122,5");
    harness.run();

    let draft = harness.state().logger.draft.as_ref().expect("a draft");
    let top: Vec<Option<f64>> = draft.exercises[0]
        .logged
        .sets
        .iter()
        .filter(|set| set.kind == SetKind::Top)
        .map(|set| set.load.map(|load| load.value))
        .collect();
    assert_eq!(top, [Some(122.5)]);

    // 122.5 × 0.9 = 110.25; per side (110.25 − 20) / 2 = 45.125 rounds to
    // 45 = 25 + 20, so 110 kg, a real drop of 1 − 110 / 122.5 = 10.2 %.
    let expected = "visé −10 % (110,25 kg), chargé 110 kg (−10,2 %) · 25 + 20 par côté";
    assert_eq!(harness.get_all_by_label(expected).count(), 3);
}
