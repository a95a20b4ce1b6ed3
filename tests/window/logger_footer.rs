//! The session logger's Finish and Discard buttons stay in the window on a
//! day with many exercises: the sets scroll above them.

use crate::app_support;

use app_support::harness;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;

#[test]
fn finish_visible_on_long_day() {
    let mut harness = harness();
    harness.get_by_label("Session logger").click();
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Start").click();
    harness.run();
    let exercises = harness
        .state()
        .logger
        .draft
        .as_ref()
        .expect("a draft")
        .exercises
        .len();
    assert!(exercises >= 5, "the planned day has {exercises} exercises");

    // The status bar along the bottom of the window starts with the counts.
    let status_top = harness.get_by_label_contains("Sessions: ").rect().top();
    for label in ["Finish session", "Discard session"] {
        let rect = harness.get_by_role_and_label(Role::Button, label).rect();
        assert!(
            rect.bottom() <= status_top,
            "{label} ends at {}, under the status bar at {status_top}",
            rect.bottom()
        );
    }
}
