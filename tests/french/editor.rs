//! The program editor's strings in French.

use chrono::NaiveDate;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use topset::app::TopsetApp;
use topset::model::{
    BackoffRule, Language, Prescription, Settings, StartingPoint, project_program,
    synthetic::guide_program,
};

#[test]
fn editor_labels_in_french() {
    let now = NaiveDate::from_ymd_opt(2026, 11, 30)
        .and_then(|date| date.and_hms_opt(18, 0, 0))
        .expect("valid date");
    let mut app = TopsetApp::for_tests(now);
    app.journal.settings.language = Some(Language::French);
    topset::set_language(Language::French);

    let mut harness = Harness::builder()
        .with_size([1600.0, 1000.0])
        .build_ui_state(|ui, app: &mut TopsetApp| app.frame_ui(ui), app);
    harness.run();

    harness.get_by_label("Programmes").click();
    harness.run();
    harness
        .get_by_label("Nouveau programme depuis un modèle…")
        .click();
    harness.run();
    harness
        .get_by_label("Jours lourds et jours de volume")
        .click();
    harness.run();

    let program = harness.state().journal.programs.last().expect("a program");
    assert_eq!(program.name, "Heavy and volume days");
    assert!(harness.query_by_label("Importer un programme…").is_some());
    assert!(harness.query_all_by_label("Semaine 2").next().is_some());
    assert!(
        harness
            .query_all_by_label("Dupliquer le jour")
            .next()
            .is_some()
    );
}

#[test]
fn sheet_in_french() {
    let mut program = guide_program();
    program
        .starting_points
        .insert("Bench Press".to_owned(), StartingPoint::TrainingMax(140.0));
    let projection = project_program(&program, &[], &[], &Settings::default());
    let html = topset::export::program_sheet_html(&program, &projection, Language::French);
    assert!(html.contains("<html lang=\"fr\">"));
    assert!(html.contains("<h2>Semaine 1</h2>"));
    assert!(html.contains("<th>Charges prévues</th>"));
    // The top set reads 1 × 4 @ RPE 8.5 with a French decimal comma.
    assert!(
        html.contains("Top set 1 × 4 @ RPE 8,5, puis 3 × 8 en backoff (−10 %)"),
        "{html}"
    );
}

#[test]
fn wave_reps_message_in_french() {
    let now = NaiveDate::from_ymd_opt(2026, 11, 30)
        .and_then(|date| date.and_hms_opt(18, 0, 0))
        .expect("valid date");
    let mut app = TopsetApp::for_tests(now);
    app.journal.settings.language = Some(Language::French);
    topset::set_language(Language::French);

    let mut harness = Harness::builder()
        .with_size([1600.0, 1000.0])
        .build_ui_state(|ui, app: &mut TopsetApp| app.frame_ui(ui), app);
    harness.run();
    harness.get_by_label("Programmes").click();
    harness.run();
    harness.get_by_label("Nouveau programme").click();
    harness.run();
    harness.get_by_label("Ajouter un exercice").click();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::ComboBox, "Progression")
        .click();
    harness.run();
    harness.get_by_label("Vagues").click();
    harness.run();

    // Typing ", x" after the wave's 5, 4, 3 leaves the list, and a message explains why.
    let field = "Répétitions de la vague";
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, field)
        .focus();
    harness.run();
    harness.key_press(egui::Key::End);
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, field)
        .type_text(", x");
    harness.run();

    harness.get_by_label_contains("Répétitions invalides « x »");
    harness.get_by_label_contains("La liste reste 5, 4, 3.");
}

#[test]
fn drop_warning_in_french() {
    let now = NaiveDate::from_ymd_opt(2026, 11, 30)
        .and_then(|date| date.and_hms_opt(18, 0, 0))
        .expect("valid date");
    let mut app = TopsetApp::for_tests(now);
    app.journal.settings.language = Some(Language::French);
    topset::set_language(Language::French);

    let mut harness = Harness::builder()
        .with_size([1600.0, 1000.0])
        .build_ui_state(|ui, app: &mut TopsetApp| app.frame_ui(ui), app);
    harness.run();
    harness.get_by_label("Programmes").click();
    harness.run();
    harness.get_by_label("Nouveau programme").click();
    harness.run();
    harness.get_by_label("Ajouter un exercice").click();
    harness.run();

    // Rename the slot Squat, then type a 12.5 % drop and then a 17.5 % one.
    let fields = [
        (
            egui::accesskit::Role::TextInput,
            "Nom de l'exercice",
            "Squat",
        ),
        (egui::accesskit::Role::SpinButton, "Baisse %", "12,5"),
    ];
    for (role, label, text) in fields {
        harness.get_by_role_and_label(role, label).focus();
        harness.run();
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        harness.get_by_role_and_label(role, label).type_text(text);
        harness.run();
        harness.key_press(egui::Key::Enter);
        harness.run();
    }
    let program = harness.state().journal.programs.last().expect("a program");
    let Prescription::TopSetBackoff(plan) = &program.weeks[0].days[0].slots[0].prescription else {
        panic!("a new slot should plan a top set");
    };
    assert_eq!(plan.rule, BackoffRule::PercentDrop(12.5));
    assert!(harness.query_by_label_contains("baisse de").is_none());

    let drop_field = "Baisse %";
    harness
        .get_by_role_and_label(egui::accesskit::Role::SpinButton, drop_field)
        .focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_role_and_label(egui::accesskit::Role::SpinButton, drop_field)
        .type_text("17,5");
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();

    harness.get_by_label(
        "Squat : baisse de 17,5 % sur les séries de backoff, hors de la fourchette de 10 à \
         15 %. La méthode place les séries de backoff 10 à 15 % sous le top set.",
    );
}
