//! Changes to the sample or a new journal live in no file until saved, so
//! File → New and opening another journal ask before dropping them, as
//! quitting does.

use crate::app_support;

use app_support::{finish_opening, harness};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use topset::app::{Command, Leaving, TopsetApp};
use topset::storage::save_journal;

/// Adds a week to the sample program, a change that is in no file.
fn change_sample(harness: &mut Harness<'static, TopsetApp>) -> usize {
    harness.get_by_label("Program editor").click();
    harness.run();
    harness.get_by_label("Add week").click();
    harness.run();
    assert!(harness.state().unsaved);
    assert!(harness.state().path.is_none());
    harness.state().journal.programs[0].weeks.len()
}

#[test]
fn new_journal_asks_first() {
    let mut harness = harness();
    let weeks = change_sample(&mut harness);

    harness.state_mut().queue(Command::NewJournal);
    harness.run();
    assert_eq!(harness.state().confirm_leave, Some(Leaving::NewJournal));
    assert_eq!(harness.state().journal.programs[0].weeks.len(), weeks);

    harness
        .get_by_role_and_label(Role::Button, "Cancel")
        .click();
    harness.run();
    assert_eq!(harness.state().confirm_leave, None);
    assert_eq!(harness.state().journal.programs[0].weeks.len(), weeks);

    harness.state_mut().queue(Command::NewJournal);
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Discard the changes")
        .click();
    harness.run();
    assert_eq!(harness.state().confirm_leave, None);
    assert!(harness.state().journal.programs.is_empty());
    assert!(harness.state().journal.sessions.is_empty());
}

#[test]
fn open_asks_then_opens() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("other.ron");
    save_journal(&topset::app::sample_journal(), &path).expect("save");
    let mut harness = harness();
    change_sample(&mut harness);

    harness
        .state_mut()
        .queue(Command::OpenJournal(path.clone()));
    harness.run();
    assert_eq!(
        harness.state().confirm_leave,
        Some(Leaving::Open(path.clone()))
    );
    assert!(harness.state().path.is_none());

    harness
        .get_by_role_and_label(Role::Button, "Discard the changes")
        .click();
    finish_opening(&mut harness);
    assert_eq!(harness.state().path.as_deref(), Some(path.as_path()));
    assert!(!harness.state().unsaved);
}
