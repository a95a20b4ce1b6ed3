//! Importing a real Strong export through the window: the file is read and
//! previewed off the frame loop, the unit is asked, and the import is one
//! undoable step.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use topset::app::{Command, DialogPurpose, TopsetApp};
use topset::model::{Journal, Unit};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/exports")
        .join(name)
}

fn empty_app() -> Harness<'static, TopsetApp> {
    let now = NaiveDate::from_ymd_opt(2026, 11, 30)
        .and_then(|date| date.and_hms_opt(18, 0, 0))
        .expect("valid date");
    let mut app = TopsetApp::for_tests(now);
    app.journal = Journal::default();
    let mut harness = Harness::builder()
        .with_size([1280.0, 900.0])
        .with_max_steps(crate::app_support::MAX_STEPS)
        .build_ui_state(|ui, app: &mut TopsetApp| app.frame_ui(ui), app);
    harness.run();
    harness
}

/// Steps frames until `done` holds; the worker threads need real time.
fn step_until(harness: &mut Harness<'static, TopsetApp>, done: impl Fn(&TopsetApp) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !done(harness.state()) {
        assert!(
            Instant::now() < deadline,
            "timed out waiting for the import"
        );
        std::thread::sleep(Duration::from_millis(20));
        harness.step();
    }
    harness.run();
}

#[test]
fn strong_export_imports_after_choosing_pounds() {
    let mut harness = empty_app();
    harness.state_mut().queue(Command::PathChosen(
        DialogPurpose::ImportHistory,
        fixture("strong-lb-plain.csv"),
    ));
    harness.step();
    step_until(&mut harness, |app| {
        app.import_dialog.open
            && matches!(
                app.import_dialog.status,
                topset::ui::import_dialog::ImportStatus::UnitRequired(_)
            )
    });

    // Strong's comma export does not say kg or lb.
    harness.get_by_label("lb").click();
    // The preview runs again while the dialog repaints its progress bar.
    harness.step();
    step_until(&mut harness, |app| {
        matches!(
            app.import_dialog.status,
            topset::ui::import_dialog::ImportStatus::Ready(_)
        )
    });
    harness.get_by_label("Import").click();
    harness.run();

    let journal = &harness.state().journal;
    assert!(
        journal.sessions.len() > 100,
        "sessions: {}",
        journal.sessions.len()
    );
    let squat = journal
        .sessions
        .iter()
        .find_map(|session| session.exercise("Squat"))
        .expect("a squat session");
    let top = squat.top_set().expect("a top set");
    assert_eq!(top.load.expect("load").unit, Unit::Lb);
    assert!(
        harness
            .state()
            .notice
            .as_ref()
            .is_some_and(|notice| notice.text.starts_with("Import finished"))
    );

    // The whole import is one undo step, and the notice about it goes.
    harness.state_mut().queue(Command::Undo);
    harness.run();
    assert!(harness.state().journal.sessions.is_empty());
    assert!(harness.state().notice.is_none());
}

#[test]
fn open_csv_starts_import() {
    let mut harness = empty_app();
    harness
        .state_mut()
        .queue(Command::OpenJournal(fixture("strong-lb-plain.csv")));
    harness.step();
    step_until(&mut harness, |app| {
        app.import_dialog.open
            && matches!(
                app.import_dialog.status,
                topset::ui::import_dialog::ImportStatus::UnitRequired(_)
            )
    });
    assert!(harness.state().path.is_none());
    assert!(harness.state().notice.is_none());
}

#[test]
fn missing_export_reports_the_path() {
    let mut harness = empty_app();
    harness.state_mut().queue(Command::PathChosen(
        DialogPurpose::ImportHistory,
        fixture("no-such-export.csv"),
    ));
    harness.run();
    step_until(&mut harness, |app| app.notice.is_some());
    let notice = harness.state().notice.clone().expect("notice");
    assert!(notice.is_error);
    assert!(
        notice.text.contains("no-such-export.csv"),
        "notice: {}",
        notice.text
    );
}
