//! Format versions: old journals upgrade, newer ones are rejected and never
//! written over.

use std::fs;
use std::path::{Path, PathBuf};

use topset::model::{JOURNAL_VERSION, Load, SetKind};
use topset::storage::{
    Expected, StorageError, load_journal, load_program_file, save_journal, save_journal_guarded,
};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/versions")
        .join(name)
}

#[test]
fn version_one_journal_loads() {
    let journal = load_journal(&fixture("journal-v1.ron")).unwrap();
    assert_eq!(journal.version, 1);
    assert_eq!(journal.sessions.len(), 2);
    assert_eq!(journal.programs.len(), 1);
    assert_eq!(journal.exercises.len(), 2);
    let squat = &journal.sessions[0].exercises[0];
    assert_eq!(squat.sets.len(), 4);
    assert_eq!(squat.sets[1].kind, SetKind::Top);
    assert_eq!(squat.sets[1].load, Some(Load::kg(140.0)));
    assert_eq!(squat.sets[3].note, "belt");
    assert_eq!(
        journal.sessions[1].exercises[0].sets[0].load,
        Some(Load::lb(205.0))
    );
}

#[test]
fn version_zero_journal_upgrades() {
    let old = load_journal(&fixture("journal-v0.ron")).unwrap();
    let current = load_journal(&fixture("journal-v1.ron")).unwrap();
    assert_eq!(old.version, JOURNAL_VERSION);
    assert_eq!(old, current);
}

#[test]
fn upgraded_journal_saves_current_version() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("journal.ron");
    let old = load_journal(&fixture("journal-v0.ron")).unwrap();
    save_journal(&old, &path).unwrap();
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("(\n  version: 1,\n"), "{text}");
    assert_eq!(load_journal(&path).unwrap(), old);
}

#[test]
fn newer_journal_names_both_versions() {
    let path = fixture("journal-v2-newer.ron");
    let error = load_journal(&path).unwrap_err();
    assert_eq!(
        error.to_string(),
        format!(
            "{} was written by a newer Topset (journal version 2); this Topset reads versions up to 1, so update Topset to open it",
            path.display()
        )
    );
}

#[test]
fn newer_journal_is_never_overwritten() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("journal.ron");
    let newer = fs::read(fixture("journal-v2-newer.ron")).unwrap();
    fs::write(&path, &newer).unwrap();
    let mine = load_journal(&fixture("journal-v1.ron")).unwrap();

    let error = save_journal_guarded(&mine, &path, &Expected::Anything, true).unwrap_err();
    assert!(
        matches!(
            error,
            StorageError::NewerVersion {
                found: 2,
                supported: 1,
                ..
            }
        ),
        "{error}"
    );
    assert_eq!(fs::read(&path).unwrap(), newer);
    assert!(!folder.path().join("journal.ron.bak1").exists());
}

#[test]
fn program_file_loads() {
    let file = load_program_file(&fixture("program-v1.ron")).unwrap();
    assert_eq!(file.version, 1);
    assert_eq!(file.program.name, "Top set squat");
    assert_eq!(file.program.weeks.len(), 2);
    assert_eq!(file.program.weeks[0].days.len(), 2);
    assert_eq!(file.exercises.len(), 1);
    assert_eq!(file.exercises[0].name, "Safety bar squat");
}

#[test]
fn program_file_round_trips() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("shared.ron");
    let file = load_program_file(&fixture("program-v1.ron")).unwrap();
    topset::storage::save_program_file(&file, &path).unwrap();
    assert_eq!(load_program_file(&path).unwrap(), file);
}

/// Found by the `program_file` fuzz target: a version-0 program file kept
/// version 0 in memory, so saving it and reading it back gave another file.
#[test]
fn version_zero_program_reads_as_current() {
    let path = std::path::Path::new("old.topset-program.ron");
    let text = "(version: 0, program: (name: \"Old block\", weeks: []))";
    let file = topset::storage::program_file_from_str(text, path).expect("version 0 loads");
    assert_eq!(file.version, topset::storage::PROGRAM_FILE_VERSION);
    let saved = topset::storage::program_file_to_string(&file).expect("encode");
    let reread = topset::storage::program_file_from_str(&saved, path).expect("reread");
    assert_eq!(reread, file);
}
