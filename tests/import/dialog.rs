//! The import dialog driven through egui_kittest.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use topset::app::Command;
use topset::model::{Journal, Unit};
use topset::ui::import_dialog::{ImportDialogState, ImportStatus, import_dialog_ui};

const STRONG_ROWS: &str = "\
Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
2023-05-02 18:00:00,Legs,1h,Squat (Barbell),W,135,5,0,0,,,
2023-05-02 18:00:00,Legs,1h,Squat (Barbell),1,315,3,0,0,,,
2023-05-02 18:00:00,Legs,1h,Squat (Barbell),2,275,6,0,0,,,
2023-05-02 18:00:00,Legs,1h,Leg Press,1,300,250,0,0,,,
";

struct Screen {
    dialog: ImportDialogState,
    journal: Journal,
    commands: Vec<Command>,
}

/// Runs the preview job the dialog queued, as the app's worker would.
fn run_job(screen: &mut Screen) {
    let job = screen
        .dialog
        .take_job(&screen.journal)
        .expect("a preview job is queued");
    let (generation, result) = job.run();
    screen.dialog.finish(generation, result);
}

fn harness(screen: Screen) -> Harness<'static, Screen> {
    Harness::new_ui_state(
        |ui, screen: &mut Screen| {
            import_dialog_ui(
                ui,
                &mut screen.dialog,
                &screen.journal,
                &mut screen.commands,
            );
        },
        screen,
    )
}

fn opened_screen() -> Screen {
    let mut screen = Screen {
        dialog: ImportDialogState::default(),
        journal: Journal::default(),
        commands: Vec::new(),
    };
    screen
        .dialog
        .open_file("strong.csv", STRONG_ROWS.to_owned());
    run_job(&mut screen);
    screen
}

#[test]
fn unit_question_then_import() {
    let screen = opened_screen();
    assert!(matches!(
        screen.dialog.status,
        ImportStatus::UnitRequired(_)
    ));
    let mut harness = harness(screen);
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::RadioButton, "lb")
        .click();
    // The dialog now waits for the preview and repaints to show progress.
    harness.step();
    harness.step();
    assert_eq!(harness.state().dialog.unit, Some(Unit::Lb));
    harness.get_by_label_contains("Reading the file");

    run_job(harness.state_mut());
    harness.run();
    let ImportStatus::Ready(preview) = &harness.state().dialog.status else {
        panic!("preview not ready");
    };
    assert_eq!(preview.sessions.len(), 1);
    assert_eq!(preview.working_sets, 2);
    harness.get_by_label("Working sets");
    harness.get_by_label("Implausible values (1)");

    harness.get_by_label("Import").click();
    harness.run();
    let screen = harness.into_state();
    assert!(!screen.dialog.open);
    assert_eq!(screen.dialog.last_result, Some((1, 0)));
    let [Command::ReplaceJournal(journal)] = screen.commands.as_slice() else {
        panic!("expected one ReplaceJournal, got {:?}", screen.commands);
    };
    assert_eq!(journal.sessions.len(), 1);
    assert_eq!(journal.sessions[0].exercises[0].exercise, "Squat");
}

#[test]
fn keep_flagged_queues_new_preview() {
    let mut screen = opened_screen();
    screen.dialog.unit = Some(Unit::Lb);
    screen
        .dialog
        .open_file("strong.csv", STRONG_ROWS.to_owned());
    screen.dialog.unit = Some(Unit::Lb);
    run_job(&mut screen);
    let mut harness = harness(screen);
    harness.run();
    harness
        .get_by_label("Import sets with implausible values too")
        .click();
    harness.step();
    assert!(harness.state().dialog.keep_flagged);
    assert!(matches!(
        harness.state().dialog.status,
        ImportStatus::Parsing
    ));

    run_job(harness.state_mut());
    harness.run();
    let ImportStatus::Ready(preview) = &harness.state().dialog.status else {
        panic!("preview not ready");
    };
    assert_eq!(preview.working_sets, 3);
}

#[test]
fn cancel_closes_without_commands() {
    let mut harness = harness(opened_screen());
    harness.run();
    harness.get_by_label("Cancel").click();
    harness.run();
    let screen = harness.into_state();
    assert!(!screen.dialog.open);
    assert!(screen.commands.is_empty());
    assert!(matches!(screen.dialog.status, ImportStatus::Idle));
}

#[test]
fn stale_result_is_ignored() {
    let mut screen = opened_screen();
    screen.dialog.unit = Some(Unit::Kg);
    screen
        .dialog
        .open_file("strong.csv", STRONG_ROWS.to_owned());
    let old = screen.dialog.take_job(&screen.journal).expect("job queued");
    screen.dialog.unit = Some(Unit::Lb);
    screen.dialog.open_file("other.csv", STRONG_ROWS.to_owned());
    let newer = screen.dialog.take_job(&screen.journal).expect("job queued");
    let (generation, result) = old.run();
    screen.dialog.finish(generation, result);
    assert!(matches!(screen.dialog.status, ImportStatus::Parsing));
    let (generation, result) = newer.run();
    screen.dialog.finish(generation, result);
    assert!(matches!(
        screen.dialog.status,
        ImportStatus::UnitRequired(_)
    ));
}
