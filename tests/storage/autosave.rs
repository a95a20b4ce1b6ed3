//! The autosaver: debounced saves, recovery files, conflicts and backups,
//! driven with chosen instants through `SaverCore`, plus the real thread.

use std::fs;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use topset::app::autosave::{
    Autosaver, BACKUP_INTERVAL, ConflictChoice, FlushResult, RETRY_DELAY, SaveEvent, SaverCore,
};
use topset::model::{Journal, Load, LoggedExercise, LoggedSet, Session, SetKind};
use topset::storage::{
    backup_path, load_journal, load_journal_stamped, recover_journal, recovery_path, save_journal,
};

const DELAY: Duration = Duration::from_secs(1);

/// A journal with `sessions` sessions of one squat top set each.
fn journal_with(sessions: u64) -> Journal {
    let mut journal = Journal::default();
    for id in 1..=sessions {
        let start = chrono::NaiveDate::from_ymd_opt(2025, 1, 1)
            .unwrap()
            .and_hms_opt(18, 0, 0)
            .unwrap()
            + chrono::Duration::days(id as i64);
        journal.sessions.push(Session {
            id,
            start,
            name: String::new(),
            planned: None,
            exercises: vec![LoggedExercise {
                exercise: "Squat".to_owned(),
                sets: vec![LoggedSet::new(
                    SetKind::Top,
                    Some(Load::kg(100.0 + id as f64)),
                    5,
                    Some(8.0),
                )],
                note: String::new(),
            }],
            note: String::new(),
            source: None,
        });
    }
    journal
}

/// A saver whose journal at `path` was opened as saved from `journal`.
fn opened_core(path: &Path, journal: &Journal, now: Instant) -> SaverCore {
    save_journal(journal, path).unwrap();
    let (_, stamp) = load_journal_stamped(path).unwrap();
    let mut core = SaverCore::new(DELAY);
    assert!(core.opened(path.to_owned(), Some(stamp), now).is_empty());
    core
}

#[test]
fn save_waits_for_delay() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("journal.ron");
    let start = Instant::now();
    let mut core = opened_core(&path, &journal_with(1), start);

    core.changed(Arc::new(journal_with(2)), start);
    assert!(core.tick(start + Duration::from_millis(999)).is_empty());
    assert_eq!(load_journal(&path).unwrap().sessions.len(), 1);

    let events = core.tick(start + DELAY);
    assert!(
        matches!(events.as_slice(), [SaveEvent::Saved { .. }]),
        "{events:?}"
    );
    assert_eq!(load_journal(&path).unwrap().sessions.len(), 2);
    assert!(!core.has_pending());
}

#[test]
fn recovery_written_before_save() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("journal.ron");
    let start = Instant::now();
    let mut core = opened_core(&path, &journal_with(1), start);

    core.changed(Arc::new(journal_with(3)), start);
    assert!(core.write_recovery().is_none());
    assert!(recovery_path(&path).exists());
    let recovered = recover_journal(&path).unwrap().unwrap();
    assert_eq!(recovered.sessions.len(), 3);

    let _ = core.tick(start + DELAY);
    assert!(!recovery_path(&path).exists());
    assert!(recover_journal(&path).unwrap().is_none());
}

#[test]
fn recovery_matching_journal_is_dropped() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("journal.ron");
    save_journal(&journal_with(2), &path).unwrap();
    fs::copy(&path, recovery_path(&path)).unwrap();
    assert!(recover_journal(&path).unwrap().is_none());
    assert!(!recovery_path(&path).exists());
}

#[test]
fn outside_change_stops_save() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("journal.ron");
    let start = Instant::now();
    let mut core = opened_core(&path, &journal_with(1), start);
    save_journal(&journal_with(5), &path).unwrap();
    let outside = fs::read(&path).unwrap();

    core.changed(Arc::new(journal_with(2)), start);
    let events = core.tick(start + DELAY);
    assert!(
        matches!(events.as_slice(), [SaveEvent::Conflict { .. }]),
        "{events:?}"
    );
    assert_eq!(fs::read(&path).unwrap(), outside);
    // Blocked until the user chooses: later ticks write nothing.
    assert!(core.tick(start + DELAY * 10).is_empty());
    assert_eq!(fs::read(&path).unwrap(), outside);
    assert!(core.has_pending());
}

#[test]
fn overwrite_choice_writes_ours() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("journal.ron");
    let start = Instant::now();
    let mut core = opened_core(&path, &journal_with(1), start);
    save_journal(&journal_with(5), &path).unwrap();
    core.changed(Arc::new(journal_with(2)), start);
    let _ = core.tick(start + DELAY);

    let events = core.resolve_conflict(ConflictChoice::Overwrite, start + DELAY * 2);
    assert!(
        matches!(events.as_slice(), [SaveEvent::Saved { .. }]),
        "{events:?}"
    );
    assert_eq!(load_journal(&path).unwrap().sessions.len(), 2);
}

#[test]
fn reload_choice_drops_changes() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("journal.ron");
    let start = Instant::now();
    let mut core = opened_core(&path, &journal_with(1), start);
    save_journal(&journal_with(5), &path).unwrap();
    core.changed(Arc::new(journal_with(2)), start);
    let _ = core.write_recovery();
    let _ = core.tick(start + DELAY);

    assert!(
        core.resolve_conflict(ConflictChoice::Reload, start + DELAY * 2)
            .is_empty()
    );
    assert!(!core.has_pending());
    assert!(!recovery_path(&path).exists());
    assert!(core.tick(start + DELAY * 10).is_empty());
    assert_eq!(load_journal(&path).unwrap().sessions.len(), 5);
}

#[test]
fn save_elsewhere_choice_moves_journal() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("journal.ron");
    let elsewhere = folder.path().join("mine.ron");
    let start = Instant::now();
    let mut core = opened_core(&path, &journal_with(1), start);
    save_journal(&journal_with(5), &path).unwrap();
    core.changed(Arc::new(journal_with(2)), start);
    let _ = core.tick(start + DELAY);

    let events = core.resolve_conflict(
        ConflictChoice::SaveElsewhere(elsewhere.clone()),
        start + DELAY,
    );
    assert!(matches!(events.as_slice(), [SaveEvent::Saved { path, .. }] if *path == elsewhere));
    assert_eq!(load_journal(&elsewhere).unwrap().sessions.len(), 2);
    assert_eq!(load_journal(&path).unwrap().sessions.len(), 5);

    // Later changes go to the new path.
    core.changed(Arc::new(journal_with(3)), start + DELAY * 2);
    let _ = core.tick(start + DELAY * 3);
    assert_eq!(load_journal(&elsewhere).unwrap().sessions.len(), 3);
}

#[test]
fn backups_rotate_at_most_every_interval() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("journal.ron");
    let start = Instant::now();
    let mut core = opened_core(&path, &journal_with(1), start);

    // First save after opening keeps the opened file.
    core.changed(Arc::new(journal_with(2)), start);
    let _ = core.tick(start + DELAY);
    assert_eq!(
        load_journal(&backup_path(&path, 1)).unwrap().sessions.len(),
        1
    );

    // A save soon after makes no new backup.
    core.changed(Arc::new(journal_with(3)), start + DELAY * 2);
    let _ = core.tick(start + DELAY * 3);
    assert_eq!(
        load_journal(&backup_path(&path, 1)).unwrap().sessions.len(),
        1
    );
    assert!(!backup_path(&path, 2).exists());

    // After the interval, the backups move down one step.
    let later = start + BACKUP_INTERVAL + DELAY * 3;
    core.changed(Arc::new(journal_with(4)), later);
    let _ = core.tick(later + DELAY);
    assert_eq!(
        load_journal(&backup_path(&path, 1)).unwrap().sessions.len(),
        3
    );
    assert_eq!(
        load_journal(&backup_path(&path, 2)).unwrap().sessions.len(),
        1
    );
    assert_eq!(load_journal(&path).unwrap().sessions.len(), 4);
}

#[test]
fn failed_save_retries_later() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("missing-folder").join("journal.ron");
    let start = Instant::now();
    let mut core = SaverCore::new(DELAY);
    assert!(core.opened(path.clone(), None, start).is_empty());

    core.changed(Arc::new(journal_with(1)), start);
    let events = core.tick(start + DELAY);
    assert!(
        matches!(events.as_slice(), [SaveEvent::Failed { .. }]),
        "{events:?}"
    );
    assert_eq!(core.due(), Some(start + DELAY + RETRY_DELAY));
    assert!(core.has_pending());

    fs::create_dir(folder.path().join("missing-folder")).unwrap();
    let events = core.tick(start + DELAY + RETRY_DELAY);
    assert!(
        matches!(events.as_slice(), [SaveEvent::Saved { .. }]),
        "{events:?}"
    );
}

#[test]
fn thread_saves_and_reports() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("journal.ron");
    let saver = Autosaver::with_delay(Duration::from_millis(20)).unwrap();
    saver.opened(path.clone(), None);
    saver.changed(Arc::new(journal_with(2)), Instant::now());

    let deadline = Instant::now() + Duration::from_secs(5);
    let mut saved = false;
    while !saved && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(5));
        saved = saver
            .poll()
            .iter()
            .any(|event| matches!(event, SaveEvent::Saved { .. }));
    }
    assert!(saved);
    assert_eq!(load_journal(&path).unwrap().sessions.len(), 2);
    assert_eq!(saver.shutdown(Duration::from_secs(5)), FlushResult::Clean);
}

#[test]
fn shutdown_writes_pending_change() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("journal.ron");
    let saver = Autosaver::with_delay(Duration::from_secs(3600)).unwrap();
    saver.opened(path.clone(), None);
    saver.changed(Arc::new(journal_with(4)), Instant::now());
    assert_eq!(saver.shutdown(Duration::from_secs(5)), FlushResult::Clean);
    assert_eq!(load_journal(&path).unwrap().sessions.len(), 4);
    assert!(!recovery_path(&path).exists());
}

#[test]
fn flush_reports_conflict_as_unsaved() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("journal.ron");
    save_journal(&journal_with(1), &path).unwrap();
    let (_, stamp) = load_journal_stamped(&path).unwrap();
    let saver = Autosaver::with_delay(Duration::from_secs(3600)).unwrap();
    saver.opened(path.clone(), Some(stamp));
    save_journal(&journal_with(5), &path).unwrap();
    saver.changed(Arc::new(journal_with(2)), Instant::now());

    assert_eq!(saver.flush(Duration::from_secs(5)), FlushResult::Unsaved);
    let events = saver.poll();
    assert!(
        events
            .iter()
            .any(|event| matches!(event, SaveEvent::Conflict { .. })),
        "{events:?}"
    );
    assert_eq!(load_journal(&path).unwrap().sessions.len(), 5);
}

#[test]
fn recovery_older_than_journal_ignored() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("journal.ron");
    save_journal(&journal_with(2), &path).unwrap();
    save_journal(&journal_with(3), &recovery_path(&path)).unwrap();
    let an_hour_ago = std::time::SystemTime::now() - Duration::from_secs(3600);
    fs::File::options()
        .write(true)
        .open(recovery_path(&path))
        .unwrap()
        .set_modified(an_hour_ago)
        .unwrap();
    assert!(recover_journal(&path).unwrap().is_none());
}

#[test]
fn same_bytes_rewritten_is_no_conflict() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("journal.ron");
    let start = Instant::now();
    let mut core = opened_core(&path, &journal_with(1), start);
    // A sync tool rewrites identical content with a new modification time.
    let bytes = fs::read(&path).unwrap();
    fs::write(&path, &bytes).unwrap();

    core.changed(Arc::new(journal_with(2)), start);
    let events = core.tick(start + DELAY);
    assert!(
        matches!(events.as_slice(), [SaveEvent::Saved { .. }]),
        "{events:?}"
    );
}

#[test]
fn deleted_journal_is_written_again() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("journal.ron");
    let start = Instant::now();
    let mut core = opened_core(&path, &journal_with(1), start);
    fs::remove_file(&path).unwrap();

    core.changed(Arc::new(journal_with(2)), start);
    let events = core.tick(start + DELAY);
    assert!(
        matches!(events.as_slice(), [SaveEvent::Saved { .. }]),
        "{events:?}"
    );
    assert_eq!(load_journal(&path).unwrap().sessions.len(), 2);
}

#[test]
fn newer_file_blocks_autosave() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("journal.ron");
    let newer =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/versions/journal-v2-newer.ron");
    fs::copy(&newer, &path).unwrap();
    let before = fs::read(&path).unwrap();
    let start = Instant::now();
    let mut core = SaverCore::new(DELAY);
    assert!(core.opened(path.clone(), None, start).is_empty());

    core.changed(Arc::new(journal_with(1)), start);
    let events = core.tick(start + DELAY);
    assert!(
        matches!(
            events.as_slice(),
            [SaveEvent::Failed {
                error: topset::storage::StorageError::NewerVersion { found: 2, .. },
                ..
            }]
        ),
        "{events:?}"
    );
    // No retry: the file stays protected until the user opens another journal.
    assert_eq!(core.due(), None);
    assert!(core.tick(start + RETRY_DELAY * 10).is_empty());
    assert_eq!(fs::read(&path).unwrap(), before);
}
