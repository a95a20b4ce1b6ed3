//! The session logger's start form offers every program of the journal:
//! the active one, or the first until the lifter picks another, and the
//! program picked becomes the active one.

use crate::logger_support;

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use logger_support::harness_with;
use topset::app::{Command, sample_journal};
use topset::model::Journal;

const GUIDE: &str = "Top set + backoff — guide workouts";

/// Builds the sample journal with no active program and a second program, "Block B".
fn two_programs() -> Journal {
    let mut journal = sample_journal();
    journal.settings.active_program = None;
    let mut second = journal.programs[0].clone();
    second.name = "Block B".to_owned();
    journal.programs.push(second);
    journal
}

#[test]
fn first_program_offered_without_active() {
    let mut harness = harness_with(two_programs(), None);
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Start").click();
    harness.run();
    let draft = harness
        .state()
        .logger
        .draft
        .as_ref()
        .expect("a session started");
    let planned = draft.planned.as_ref().expect("a planned day");
    assert_eq!(planned.program, GUIDE);
}

#[test]
fn picked_program_becomes_active() {
    let mut harness = harness_with(two_programs(), None);
    harness.run();
    harness.get_by_label("Program").click();
    harness.run();
    harness.get_by_label("Block B").click();
    harness.run();

    let settings: Vec<_> = harness
        .state()
        .commands
        .iter()
        .filter_map(|command| match command {
            Command::SaveSettings(settings) => Some(settings.active_program.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(settings, [Some("Block B".to_owned())]);
}

#[test]
fn no_program_points_to_editor() {
    let journal = Journal {
        programs: Vec::new(),
        ..Journal::default()
    };
    let mut harness = harness_with(journal, None);
    harness.run();
    harness.get_by_label("No program yet. Create one in the program editor, or choose exercises.");
}
