//! The journal file: round trips, stable bytes, located errors, and the
//! built-in sample's content.

use std::fs;

use topset::app::sample_journal;
use topset::model::{E1rmMethod, Journal, SetKind, Unit, estimate_e1rm};
use topset::storage::{StorageError, journal_to_string, load_journal, save_journal};

#[test]
fn sample_saves_and_loads_back_equal() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("journal.ron");
    let journal = sample_journal();
    save_journal(&journal, &path).expect("save");
    let loaded = load_journal(&path).expect("load");
    assert_eq!(loaded, journal);
}

#[test]
fn saving_twice_gives_identical_bytes() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let first = folder.path().join("first.ron");
    let second = folder.path().join("second.ron");
    let journal = sample_journal();
    save_journal(&journal, &first).expect("first save");
    let reloaded = load_journal(&first).expect("load");
    save_journal(&reloaded, &second).expect("second save");
    assert_eq!(
        fs::read(&first).expect("read"),
        fs::read(&second).expect("read")
    );
}

#[test]
fn save_leaves_no_temporary_file() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("journal.ron");
    save_journal(&Journal::default(), &path).expect("save");
    save_journal(&sample_journal(), &path).expect("save over");
    let names: Vec<String> = fs::read_dir(folder.path())
        .expect("list")
        .map(|entry| {
            entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    assert_eq!(names, ["journal.ron"]);
}

#[test]
fn malformed_file_names_line_and_column() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("broken.ron");
    // Line 3 has a set kind that does not exist.
    let text = "(\n  version: 1,\n  sessions: [(id: 1, start: \"2026-01-05T18:00:00\", exercises: [(exercise: \"Squat\", sets: [(kind: Heavy, reps: 3)])])],\n)\n";
    fs::write(&path, text).expect("write");

    let error = load_journal(&path).expect_err("must fail");
    let StorageError::Syntax {
        path: error_path,
        line,
        column,
        message,
    } = &error
    else {
        panic!("expected a syntax error, got {error:?}");
    };
    assert_eq!(error_path, &path);
    assert_eq!(*line, 3);
    assert_eq!(*column, 98);
    assert!(message.contains("Heavy"), "message: {message}");
    assert!(
        error
            .to_string()
            .starts_with(&format!("{}:3:98: ", path.display()))
    );
    assert_eq!(
        fs::read_to_string(&path).expect("read"),
        text,
        "the file must stay as it was"
    );
}

#[test]
fn newer_version_is_refused_with_both_versions() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("future.ron");
    fs::write(&path, "(version: 99)").expect("write");
    let message = load_journal(&path).expect_err("must fail").to_string();
    assert!(message.contains("version 99"), "message: {message}");
    assert!(message.contains("up to 1"), "message: {message}");
}

#[test]
fn sample_holds_the_guide_bench_example() {
    let journal = sample_journal();
    let last_push = journal
        .sessions
        .iter()
        .rev()
        .find(|session| session.name == "Push")
        .expect("a push day");
    let bench = last_push.exercise("Bench Press").expect("bench press");
    let top = bench.top_set().expect("top set");
    let load = top.load.expect("load");
    assert_eq!(
        (load.value, load.unit, top.reps, top.rpe),
        (120.0, Unit::Kg, 4, Some(8.5))
    );

    let backoffs: Vec<(f64, u32)> = bench
        .backoff_sets()
        .map(|set| (set.load.expect("load").value, set.reps))
        .collect();
    assert_eq!(backoffs, [(100.0, 10), (100.0, 9), (100.0, 8)]);
    // 100 × 10 + 100 × 9 + 100 × 8
    assert_eq!(bench.backoff_volume(Unit::Kg), 2700.0);

    let warmups: Vec<(f64, u32)> = bench
        .sets
        .iter()
        .filter(|set| set.kind == SetKind::WarmUp)
        .map(|set| (set.load.expect("load").value, set.reps))
        .collect();
    assert_eq!(warmups, [(20.0, 10), (60.0, 8), (80.0, 5), (100.0, 3)]);

    // Classic chart: 4 reps at RPE 8.5 is 85.0 % of 1RM, so 120 / 0.85.
    let e1rm = estimate_e1rm(E1rmMethod::RpeChart, 120.0, 4, Some(8.5)).expect("estimate");
    assert!((e1rm.value - 141.176).abs() < 0.001);
}

#[test]
fn sample_covers_several_months() {
    let journal = sample_journal();
    let first = journal.sessions.first().expect("sessions").start.date();
    let last = journal.sessions.last().expect("sessions").start.date();
    assert!((last - first).num_days() >= 100, "{first} to {last}");
    assert_eq!(journal.programs.len(), 1);
    let days: Vec<&str> = journal.programs[0].weeks[0]
        .days
        .iter()
        .map(|day| day.name.as_str())
        .collect();
    assert_eq!(days, ["Push", "Legs", "Full upper"]);
}

#[test]
fn committed_sample_matches_its_generator() {
    let generated = journal_to_string(&topset::model::synthetic::sample_journal()).expect("encode");
    assert_eq!(
        topset::app::SAMPLE_JOURNAL,
        generated,
        "assets/sample-journal.ron is stale: run `cargo run --example write_sample_journal`"
    );
}
