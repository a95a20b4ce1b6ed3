//! `topset check`: summaries of valid files and located errors, in process.

use std::path::{Path, PathBuf};

use clap::Parser;
use topset::cli::check::check_file;
use topset::cli::{Cli, Tool};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

#[test]
fn journal_summary_counts_content() {
    let path = fixture("versions/journal-v1.ron");
    let summary = check_file(&path).unwrap();
    assert_eq!(
        summary,
        format!(
            "{}: journal, format version 1\n  programs: 1\n  exercises: 2\n  sessions: 2\n  sets: 6\n  dates: 2025-03-03 to 2025-03-06\n  planned checks in program \"Top set squat\":\n    week 1, day 1 (Day A): Squat: backoff sets under 8 reps (fewest 6). Drop more next time.\n",
            path.display()
        )
    );
}

#[test]
fn old_journal_summary_mentions_upgrade() {
    let path = fixture("versions/journal-v0.ron");
    let summary = check_file(&path).unwrap();
    assert!(summary.starts_with(&format!(
        "{}: journal, format version 0\n  upgraded to version 1 when read; saving writes version 1\n",
        path.display()
    )));
}

#[test]
fn program_file_summary_counts_days() {
    let path = fixture("versions/program-v1.ron");
    let summary = check_file(&path).unwrap();
    assert_eq!(
        summary,
        format!(
            "{}: program file, format version 1\n  program: Top set squat\n  weeks: 2\n  days: 3\n  custom exercises: 1\n  planned checks in program \"Top set squat\":\n    week 1, day 2 (Day B): Bench press: backoff sets under 8 reps (fewest 6). Drop more next time.\n    week 2, day 1 (Day A): Safety bar squat: backoff sets under 8 reps (fewest 6). Drop more next time.\n",
            path.display()
        )
    );
}

#[test]
fn misspelled_program_fields_listed() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("misspelled.ron");
    let text = std::fs::read_to_string(fixture("versions/program-v1.ron"))
        .unwrap()
        .replace("author: \"Coach\"", "authr: \"Coach\"")
        .replacen(
            "rule: PercentDrop(12.0))))",
            "rule: PercentDrop(12.0))), rest_sec: Some(90))",
            1,
        );
    std::fs::write(&path, text).unwrap();

    let summary = check_file(&path).unwrap();

    assert!(
        summary.contains(
            "  custom exercises: 1\n  unknown fields, skipped when read and dropped when saved (a misspelling?):\n    program.authr\n    program.weeks[0].days[0].slots[0].rest_sec\n  planned checks in program \"Top set squat\":\n"
        ),
        "{summary}"
    );
}

#[test]
fn misspelled_journal_field_listed() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("misspelled.ron");
    let text = std::fs::read_to_string(fixture("versions/journal-v1.ron"))
        .unwrap()
        .replace("note: \"travel gym\"", "nots: \"travel gym\"");
    std::fs::write(&path, text).unwrap();

    let summary = check_file(&path).unwrap();

    assert!(
        summary.contains("dropped when saved (a misspelling?):\n    sessions[1].nots\n"),
        "{summary}"
    );
}

#[test]
fn sample_journal_has_no_unknown_fields() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/sample-journal.ron");
    let summary = check_file(&path).unwrap();
    assert!(!summary.contains("unknown fields"), "{summary}");
}

#[test]
fn named_program_file_is_recognised() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("named.ron");
    let text = std::fs::read_to_string(fixture("versions/program-v1.ron")).unwrap();
    std::fs::write(&path, format!("ProgramFile{text}")).unwrap();
    let summary = check_file(&path).unwrap();
    assert!(
        summary.contains("program file, format version 1"),
        "{summary}"
    );
}

#[test]
fn hostile_file_error_is_located() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile/rpe-eleven.ron");
    let error = check_file(&path).unwrap_err();
    assert_eq!(
        error.to_string(),
        format!(
            "{}:44:70: sessions[0].exercises[0].sets[1].rpe: 11 is outside the allowed range 1 to 10",
            path.display()
        )
    );
}

#[test]
fn every_broken_rule_is_listed() {
    // Three values out of range in a journal that otherwise opens: one run of
    // `check` names all three, each at its line and column, in file order.
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("three-errors.ron");
    let text = std::fs::read_to_string(fixture("versions/journal-v1.ron"))
        .unwrap()
        .replace("drop_band: (10.0, 15.0)", "drop_band: (10.0, 150.0)")
        .replace("reps: 4, rpe: Some(8.5)", "reps: 4, rpe: Some(85.0)")
        .replace("value: 205.0, unit: Lb", "value: -400.0, unit: Lb");
    std::fs::write(&path, text).unwrap();

    let rejected = check_file(&path).unwrap_err();

    let file = path.display();
    assert_eq!(
        rejected.to_string(),
        format!(
            "{file}:12:23: settings.drop_band[1]: 150 is outside the allowed range 0 to 100\n\
             {file}:44:70: sessions[0].exercises[0].sets[1].rpe: 85 is outside the allowed range 1 to 10\n\
             {file}:55:40: sessions[1].exercises[0].sets[0].load.value: -400 is outside the allowed range -300 to 2000"
        )
    );
}

#[test]
fn hostile_program_error_is_located() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile/program-newer-version.ron");
    let error = check_file(&path).unwrap_err();
    assert_eq!(
        error.to_string(),
        format!(
            "{} was written by a newer Topset (program file version 2); this Topset reads versions up to 1, so update Topset to open it",
            path.display()
        )
    );
}

#[test]
fn check_exits_nonzero_on_error() {
    let bad = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile/empty.ron");
    let cli = Cli::try_parse_from(["topset", "check", bad.to_str().unwrap()]).unwrap();
    let Some(Tool::Check(args)) = cli.command else {
        panic!("`topset check FILE` did not parse as the check tool");
    };
    let code = topset::cli::check::run(args).unwrap();
    assert_eq!(code, std::process::ExitCode::FAILURE);

    let good = fixture("versions/journal-v1.ron");
    let cli = Cli::try_parse_from(["topset", "check", good.to_str().unwrap()]).unwrap();
    let Some(Tool::Check(args)) = cli.command else {
        panic!("`topset check FILE` did not parse as the check tool");
    };
    assert_eq!(
        topset::cli::check::run(args).unwrap(),
        std::process::ExitCode::SUCCESS
    );
}

#[test]
fn csv_export_gets_import_hint() {
    let export = fixture("import/strong-german.csv");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_topset"))
        .arg("check")
        .arg(&export)
        .output()
        .expect("the topset binary runs");
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    let hint = format!(
        "topset: `check` reads Topset journals and program files; import a CSV export with \
         `topset import {} --into JOURNAL.ron`",
        export.display()
    );
    assert!(stderr.contains(&hint), "{stderr}");
    assert!(
        stderr.starts_with(&format!("topset: {}:1:", export.display())),
        "{stderr}"
    );
}

#[test]
fn program_drop_outside_band_warned() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("drop-50.ron");
    let text = std::fs::read_to_string(fixture("versions/program-v1.ron"))
        .unwrap()
        .replacen("PercentDrop(12.0)", "PercentDrop(50.0)", 1)
        .replacen("drop_percent: 10.0", "drop_percent: 5.0", 1);
    std::fs::write(&path, text).unwrap();

    let output = std::process::Command::new(env!("CARGO_BIN_EXE_topset"))
        .arg("check")
        .arg(&path)
        .output()
        .expect("the topset binary runs");

    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        format!(
            "{}: program file, format version 1\n  program: Top set squat\n  weeks: 2\n  days: 3\n  \
             custom exercises: 1\n  planned checks in program \"Top set squat\":\n    \
             week 1, day 1 (Day A): Safety bar squat: backoff drop of 50 % is outside the 10–15 % \
             band. The method puts backoff sets 10–15 % below the top set.\n    \
             week 1, day 2 (Day B): Bench press: backoff sets under 8 reps (fewest 6). Drop more \
             next time.\n    \
             week 2, day 1 (Day A): Safety bar squat: backoff sets under 8 reps (fewest 6). Drop \
             more next time.\n    \
             week 2, day 1 (Day A): Safety bar squat: backoff drop of 5 % is outside the 10–15 % \
             band. The method puts backoff sets 10–15 % below the top set.\n",
            path.display()
        )
    );
}

#[test]
fn journal_drop_checked_against_its_band() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("band.ron");
    // The fixture's slot drops 12.5 %, inside 10–15 % but outside 5–10 %.
    let text = std::fs::read_to_string(fixture("versions/journal-v1.ron"))
        .unwrap()
        .replacen("drop_band: (10.0, 15.0)", "drop_band: (5.0, 10.0)", 1);
    std::fs::write(&path, text).unwrap();

    let summary = check_file(&path).unwrap();

    assert!(
        summary.ends_with(
            "  planned checks in program \"Top set squat\":\n    \
             week 1, day 1 (Day A): Squat: backoff sets under 8 reps (fewest 6). Drop more next \
             time.\n    \
             week 1, day 1 (Day A): Squat: backoff drop of 12.5 % is outside the 5–10 % band. \
             The method puts backoff sets 10–15 % below the top set.\n"
        ),
        "{summary}"
    );
}
