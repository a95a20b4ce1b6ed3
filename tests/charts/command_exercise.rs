//! `topset chart --exercise`: names matched regardless of letter case, a
//! part of one name taken for it, the closest names listed for an unknown
//! one, and muscle-sets without it.

use crate::charts_support;
use crate::command::chart_args;

use std::path::{Path, PathBuf};

use charts_support::{BENCH, at, bench_journal, logged, session, set};
use topset::cli::chart::{ChartCommandError, chart};
use topset::model::{Journal, Load, SetKind};
use topset::storage::save_journal;

/// Saves `journal` as `journal.ron` in `folder` and returns its path.
fn save_in(folder: &Path, journal: &Journal) -> PathBuf {
    let path = folder.join("journal.ron");
    save_journal(journal, &path).expect("the test journal saves");
    path
}

/// Builds a journal with one session that logs one top set of each of `names`.
fn journal_logging(names: &[&str]) -> Journal {
    let exercises = names
        .iter()
        .map(|name| logged(name, vec![set(SetKind::Top, Load::kg(100.0), 5, Some(8.0))]))
        .collect();
    Journal {
        sessions: vec![session(1, at(2026, 1, 5, 18), exercises)],
        ..Journal::default()
    }
}

/// Ten curls (each containing "curl") and two other lifts.
const TWELVE_EXERCISES: [&str; 12] = [
    "Barbell Curl",
    "Bench Press",
    "Cable Curl",
    "Concentration Curl",
    "Dumbbell Curl",
    "Hammer Curl",
    "Incline Dumbbell Curl",
    "Leg Curl",
    "Preacher Curl",
    "Spider Curl",
    "Squat",
    "Zottman Curl",
];

#[test]
fn exercise_case_is_ignored() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let journal = save_in(folder.path(), &bench_journal());
    let out = folder.path().join("bench.svg");
    let args = chart_args(&[
        journal.to_str().expect("utf-8 path"),
        "--exercise",
        "bench press",
        "--out",
        out.to_str().expect("utf-8 path"),
    ]);

    // The same four sessions as "Bench Press", titled with the journal's spelling.
    assert_eq!(chart(&args).expect("e1RM chart").points, 4);
    let svg = std::fs::read_to_string(&out).expect("the SVG exists");
    assert!(svg.contains("Bench Press: top-set e1RM"), "journal's name");
    assert!(!svg.contains("bench press"), "typed name not used");
}

#[test]
fn part_of_one_name_picks_it() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let journal = save_in(folder.path(), &journal_logging(&TWELVE_EXERCISES));
    let out = folder.path().join("bench.svg");
    let args = chart_args(&[
        journal.to_str().expect("utf-8 path"),
        "--exercise",
        "bench",
        "--out",
        out.to_str().expect("utf-8 path"),
    ]);

    // Bench Press is the only one of the twelve names that contains "bench".
    assert_eq!(chart(&args).expect("e1RM chart").points, 1);
    let svg = std::fs::read_to_string(&out).expect("the SVG exists");
    assert!(svg.contains("Bench Press: top-set e1RM"), "journal's name");
}

#[test]
fn case_only_matches_listed() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let journal = save_in(
        folder.path(),
        &journal_logging(&["Bench Press", "Bench press", "Squat"]),
    );
    let journal_text = journal.to_str().expect("utf-8 path");
    let out = folder.path().join("bench.svg");
    let out_text = out.to_str().expect("utf-8 path");

    let args = chart_args(&[journal_text, "--exercise", "BENCH PRESS", "--out", out_text]);
    let error = chart(&args).expect_err("two names differ only by case");
    let message = error.to_string();
    assert!(
        matches!(error, ChartCommandError::AmbiguousExercise { .. }),
        "{message}"
    );
    assert_eq!(
        message,
        format!(
            "exercise \"BENCH PRESS\" matches several exercises in {} that differ only by \
             letter case; give one exactly as written:\n  Bench Press\n  Bench press",
            journal.display()
        )
    );
    assert!(!out.exists(), "no file written");

    // An exact name still picks its exercise.
    let args = chart_args(&[journal_text, "--exercise", "Bench press", "--out", out_text]);
    assert_eq!(chart(&args).expect("exact name").points, 1);
}

#[test]
fn many_exercises_show_closest() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let journal = save_in(folder.path(), &journal_logging(&TWELVE_EXERCISES));
    let args = chart_args(&[
        journal.to_str().expect("utf-8 path"),
        "--exercise",
        "curl",
        "--out",
        "chart.png",
    ]);
    let message = chart(&args)
        .expect_err("no exercise is named curl")
        .to_string();

    // The ten names containing "curl" come first, ordered by how many letters
    // they add to it (Leg Curl 4, Cable Curl 6, Hammer and Spider Curl 7, …),
    // then by name. Bench Press and Squat are left out.
    assert_eq!(
        message,
        format!(
            "exercise \"curl\" not found in {}; the closest exercises with logged sessions:\n  \
             Leg Curl\n  Cable Curl\n  Hammer Curl\n  Spider Curl\n  Barbell Curl\n  \
             Zottman Curl\n  Dumbbell Curl\n  Preacher Curl\n  Concentration Curl\n  \
             Incline Dumbbell Curl\n  and 2 more",
            journal.display()
        )
    );
}

#[test]
fn typo_suggests_intended_name() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let journal = save_in(folder.path(), &journal_logging(&TWELVE_EXERCISES));
    let args = chart_args(&[
        journal.to_str().expect("utf-8 path"),
        "--exercise",
        "Sqaut",
        "--out",
        "chart.png",
    ]);
    let message = chart(&args).expect_err("Sqaut is a typo").to_string();

    // "Sqaut" is one transposition away from "Squat", and every other name is further.
    let expected_start = format!(
        "exercise \"Sqaut\" not found in {}; the closest exercises with logged sessions:\n  \
         Squat\n",
        journal.display()
    );
    assert!(message.starts_with(&expected_start), "{message}");
    assert!(message.ends_with("\n  and 2 more"), "{message}");
    assert_eq!(message.lines().count(), 12, "{message}");
}

#[test]
fn unknown_exercise_printed_per_line() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let journal = save_in(folder.path(), &bench_journal());
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_topset"))
        .arg("chart")
        .arg(&journal)
        .args(["--exercise", "Bnch", "--out"])
        .arg(folder.path().join("chart.png"))
        .output()
        .expect("the topset binary runs");

    assert_eq!(output.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&output.stdout), "");
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        format!(
            "topset: exercise \"Bnch\" not found in {}; exercises with logged sessions:\n  \
             Bench Press\n  Mystery Curl\n  Squat\n",
            journal.display()
        )
    );
}

#[test]
fn muscle_sets_need_no_exercise() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let journal = save_in(folder.path(), &bench_journal());
    let journal_text = journal.to_str().expect("utf-8 path");
    let out = folder.path().join("muscles.svg");
    let out_text = out.to_str().expect("utf-8 path");

    // Every muscle trained: Bench Press's chest and triceps and Squat's quads
    // and glutes, over the three ISO weeks from 5 to 19 January.
    let args = chart_args(&[journal_text, "--kind", "muscle-sets", "--out", out_text]);
    assert_eq!(chart(&args).expect("muscle-sets chart").points, 4 * 3);
    let svg = std::fs::read_to_string(&out).expect("the SVG exists");
    assert!(svg.contains("Weekly hard sets per muscle"), "{svg}");

    // With an exercise, only its muscles: chest and triceps.
    let args = chart_args(&[
        journal_text,
        "--kind",
        "muscle-sets",
        "--exercise",
        BENCH,
        "--out",
        out_text,
    ]);
    assert_eq!(chart(&args).expect("bench muscles").points, 2 * 3);
}

#[test]
fn other_kinds_require_exercise() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let journal = save_in(folder.path(), &bench_journal());
    let out = folder.path().join("chart.png");
    for kind in ["e1rm", "volume", "fatigue", "planned-load"] {
        let args = chart_args(&[
            journal.to_str().expect("utf-8 path"),
            "--kind",
            kind,
            "--out",
            out.to_str().expect("utf-8 path"),
        ]);
        let error = chart(&args).expect_err("--exercise is missing");
        assert_eq!(
            error.to_string(),
            format!(
                "--exercise is required for --kind {kind}; only --kind muscle-sets can leave \
                 it out"
            )
        );
        assert!(!out.exists(), "no file written for {kind}");
    }

    // Without --kind, the default e1RM chart needs it too.
    let args = chart_args(&[
        journal.to_str().expect("utf-8 path"),
        "--out",
        out.to_str().expect("utf-8 path"),
    ]);
    assert_eq!(
        chart(&args).expect_err("--exercise is missing").to_string(),
        "--exercise is required for --kind e1rm; only --kind muscle-sets can leave it out"
    );
}

#[test]
fn help_describes_exercise_and_kinds() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_topset"))
        .args(["chart", "--help"])
        .output()
        .expect("the topset binary runs");
    assert_eq!(output.status.code(), Some(0));
    let help = String::from_utf8_lossy(&output.stdout);

    assert!(
        help.contains("Usage: topset chart [OPTIONS] --out <OUT> <JOURNAL>\n"),
        "--exercise is optional: {help}"
    );
    assert!(
        help.contains(
            "          Exercise to chart, as the journal names it (letter case may differ), \
             or a part of one name only (\"bench\" for \"Bench Press\"). Required except for --kind muscle-sets, which without it charts every muscle \
             trained instead of this exercise's muscles\n"
        ),
        "{help}"
    );
    assert!(
        help.contains(
            "          - muscle-sets:  Hard sets per muscle per week, over every exercise\n"
        ),
        "{help}"
    );
}
