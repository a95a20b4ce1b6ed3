//! `topset import` run in-process on temporary journals.

use std::path::{Path, PathBuf};

use topset::cli::import::{ImportArgs, UnitArg, import};
use topset::storage::load_journal;

fn fixture(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(relative)
}

fn args(file: PathBuf, into: PathBuf) -> ImportArgs {
    ImportArgs {
        file,
        into,
        unit: None,
        keep_flagged: false,
        dry_run: false,
        json: false,
    }
}

#[test]
fn json_summary_has_fields() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let mut args = args(
        fixture("import/strong-malformed.csv"),
        dir.path().join("journal.ron"),
    );
    args.unit = Some(UnitArg::Lb);
    args.json = true;
    args.dry_run = true;
    let mut out = Vec::new();
    import(&args, &mut out).expect("import runs");
    let value: serde_json::Value = serde_json::from_slice(&out).expect("one JSON object");
    assert_eq!(value["format"], "strong");
    assert_eq!(value["unit"], "lb");
    assert_eq!(value["sessions"], 1);
    // Lines 2, 3 and 9 are kept.
    assert_eq!(value["working_sets"], 3);
    assert_eq!(value["warmup_sets"], 0);
    assert_eq!(value["skipped_rows"][0]["line"], 4);
    assert_eq!(value["skipped_rows"][1]["line"], 5);
    assert_eq!(
        value["skipped_rows"][1]["reason"],
        "a journal cannot store this set: reps: 877777 is larger than the maximum of 1000"
    );
    assert_eq!(value["flagged"][0]["line"], 6);
    assert_eq!(value["flagged"][0]["reason"], "warm-up set of 303 reps");
    assert_eq!(value["first_date"], "2023-05-02");
    assert_eq!(value["last_date"], "2023-05-02");
    assert!(!dir.path().join("journal.ron").exists(), "dry run wrote");
}

/// Returns the text summary of a dry-run import of `strong-malformed.csv`
/// in pounds: one workout, lines 2, 3 and 9 kept, lines 4, 5, 7 and 8
/// skipped, line 6 flagged.
fn malformed_dry_run(keep_flagged: bool) -> String {
    let dir = tempfile::tempdir().expect("temporary directory");
    let mut args = args(
        fixture("import/strong-malformed.csv"),
        dir.path().join("journal.ron"),
    );
    args.unit = Some(UnitArg::Lb);
    args.dry_run = true;
    args.keep_flagged = keep_flagged;
    let mut out = Vec::new();
    import(&args, &mut out).expect("import runs");
    String::from_utf8(out).expect("UTF-8 output")
}

#[test]
fn text_summary_says_flagged_left_out() {
    let text = malformed_dry_run(false);
    assert!(
        text.contains(
            "Sets left out for implausible values (1); pass --keep-flagged to import them:\n  line 6: warm-up set of 303 reps"
        ),
        "{text}"
    );

    let text = malformed_dry_run(true);
    assert!(
        text.contains("Sets with implausible values imported as asked (1):"),
        "{text}"
    );
}

#[test]
fn text_summary_singular_counts() {
    let text = malformed_dry_run(false);
    assert!(
        text.contains("1 session, 3 working sets, 0 warm-up sets\n"),
        "{text}"
    );
    assert!(text.contains("4 rows skipped:"), "{text}");
    assert!(
        text.contains("Dry run: 1 session would be added (0 already there)"),
        "{text}"
    );
}

#[test]
fn import_creates_then_dedupes() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let journal_path = dir.path().join("new.ron");
    let args = args(
        fixture("exports/hevy-us-dates-rpe.csv"),
        journal_path.clone(),
    );
    let mut out = Vec::new();
    let summary = import(&args, &mut out).expect("import runs");
    assert_eq!(summary.added, 119);
    let journal = load_journal(&journal_path).expect("journal saved");
    assert_eq!(journal.sessions.len(), 119);
    let text = String::from_utf8(out).expect("UTF-8 output");
    assert!(
        text.contains("119 sessions, 2621 working sets, 0 warm-up sets"),
        "{text}"
    );

    let summary = import(&args, &mut Vec::new()).expect("second import runs");
    assert_eq!(summary.added, 0);
    assert_eq!(summary.duplicates, 119);
    assert_eq!(
        load_journal(&journal_path).expect("journal").sessions.len(),
        119
    );
}

#[test]
fn missing_unit_is_an_error() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let args = args(
        fixture("exports/strong-lb-plain.csv"),
        dir.path().join("journal.ron"),
    );
    let error = import(&args, &mut Vec::new()).expect_err("unit is required");
    let message = error.to_string();
    assert!(message.contains("--unit"), "{message}");
    assert!(message.contains("strong-lb-plain.csv"), "{message}");
}

#[test]
fn unreadable_file_names_path() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let missing = dir.path().join("missing.csv");
    let args = args(missing, dir.path().join("journal.ron"));
    let error = import(&args, &mut Vec::new()).expect_err("file is missing");
    assert!(format!("{error:#}").contains("missing.csv"), "{error:#}");
}

/// Runs the built `topset` binary with `arguments`.
fn run_binary(arguments: &[&std::ffi::OsStr]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_topset"))
        .args(arguments)
        .env("LANG", "C")
        .output()
        .expect("topset runs")
}

#[test]
fn binary_imports_strong_export() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let journal_path = dir.path().join("journal.ron");
    let export = fixture("exports/strong-lb-plain.csv");
    let output = run_binary(&[
        "import".as_ref(),
        export.as_os_str(),
        "--into".as_ref(),
        journal_path.as_os_str(),
        "--unit".as_ref(),
        "lb".as_ref(),
        "--json".as_ref(),
    ]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    let value: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("one JSON object on standard output");
    assert_eq!(value["format"], "strong");
    assert_eq!(value["unit"], "lb");
    // Distinct (Date, Workout Name) pairs. No row has a W set order.
    assert_eq!(value["sessions"], 476);
    assert_eq!(value["working_sets"], 9065);
    assert_eq!(value["warmup_sets"], 0);
    assert_eq!(value["skipped_rows"], serde_json::json!([]));
    // Sessions left open in Strong: 21h 41m (line 967), 24h 13m (line
    // 2250) and 47h 52m (line 2372). Their sets are kept, with a remark.
    assert_eq!(value["flagged"], serde_json::json!([]));
    let note_lines: Vec<u64> = value["notes"]
        .as_array()
        .expect("notes is a list")
        .iter()
        .filter_map(|issue| issue["line"].as_u64())
        .collect();
    assert_eq!(note_lines, [967, 2250, 2372]);
    assert_eq!(value["first_date"], "2023-01-01");
    assert_eq!(value["last_date"], "2024-12-18");
    assert_eq!(value["added"], 476);

    let journal = load_journal(&journal_path).expect("the written journal loads");
    assert_eq!(journal.sessions.len(), 476);
}

#[test]
fn binary_names_missing_file() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let missing = dir.path().join("no-such-export.csv");
    let journal_path = dir.path().join("journal.ron");
    let output = run_binary(&[
        "import".as_ref(),
        missing.as_os_str(),
        "--into".as_ref(),
        journal_path.as_os_str(),
        "--unit".as_ref(),
        "lb".as_ref(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("no-such-export.csv"), "{stderr}");
    assert!(!journal_path.exists(), "a journal was written");
}

#[test]
fn new_journal_takes_the_import_unit() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let journal_path = folder.path().join("pounds.ron");
    let export = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/exports/strong-lb-plain.csv");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_topset"))
        .arg("import")
        .arg(&export)
        .arg("--into")
        .arg(&journal_path)
        .args(["--unit", "lb"])
        .output()
        .expect("run topset import");
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let journal = topset::storage::load_journal(&journal_path).expect("load");
    assert_eq!(journal.settings.unit, topset::model::Unit::Lb);
    assert_eq!(journal.settings.plates.unit, topset::model::Unit::Lb);
    // The standard pound bar.
    assert_eq!(journal.settings.plates.bar, 45.0);
}
