//! The whole window for UI tests: the app on the built-in sample journal,
//! with typed-path dialogs and the clock fixed at 30 November 2026, 18:00.

use chrono::NaiveDate;
use egui_kittest::Harness;
use topset::app::TopsetApp;

/// Builds the window at 1280 × 900 points and draws its first frames.
pub fn harness() -> Harness<'static, TopsetApp> {
    let now = NaiveDate::from_ymd_opt(2026, 11, 30)
        .and_then(|date| date.and_hms_opt(18, 0, 0))
        .expect("valid date");
    let mut harness = Harness::builder()
        .with_size([1280.0, 900.0])
        .build_ui_state(
            |ui, app: &mut TopsetApp| app.frame_ui(ui),
            TopsetApp::for_tests(now),
        );
    harness.run();
    harness
}
