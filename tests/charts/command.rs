//! `topset chart` run in the process on a journal file in a temporary folder.

use crate::charts_support;

use std::path::{Path, PathBuf};

use charts_support::{BENCH, bench_journal};
use clap::Parser;
use topset::charts::ChartError;
use topset::cli::chart::{ChartCommandError, chart};
use topset::cli::{Cli, Tool};
use topset::storage::save_journal;

/// Writes the hand-made journal into `folder` and returns its path.
fn journal_file(folder: &Path) -> PathBuf {
    let path = folder.join("journal.ron");
    save_journal(&bench_journal(), &path).expect("the test journal saves");
    path
}

/// Parses `topset chart …` as the binary would.
pub(crate) fn chart_args(arguments: &[&str]) -> topset::cli::chart::ChartArgs {
    let mut line = vec!["topset", "chart"];
    line.extend_from_slice(arguments);
    match Cli::try_parse_from(line).expect("arguments parse").command {
        Some(Tool::Chart(args)) => args,
        other => panic!("expected the chart tool, got {other:?}"),
    }
}

/// Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian).
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "PNG signature");
    assert_eq!(&bytes[12..16], b"IHDR", "first chunk");
    let width = u32::from_be_bytes(bytes[16..20].try_into().expect("4 bytes"));
    let height = u32::from_be_bytes(bytes[20..24].try_into().expect("4 bytes"));
    (width, height)
}

#[test]
fn png_has_requested_size() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let journal = journal_file(folder.path());
    let out = folder.path().join("bench.png");
    let args = chart_args(&[
        journal.to_str().expect("utf-8 path"),
        "--exercise",
        BENCH,
        "--kind",
        "e1rm",
        "--out",
        out.to_str().expect("utf-8 path"),
        "--width",
        "640",
        "--height",
        "360",
    ]);
    let exported = chart(&args).expect("the chart is written");
    assert_eq!(exported.points, 4);
    let bytes = std::fs::read(&out).expect("the PNG exists");
    assert_eq!(png_size(&bytes), (640, 360));
}

#[test]
fn svg_circles_match_points() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let journal = journal_file(folder.path());
    let out = folder.path().join("bench.svg");
    let journal = journal.to_str().expect("utf-8 path");
    let out_text = out.to_str().expect("utf-8 path");

    // Four sessions give an estimate; session 4's top set was missed.
    let args = chart_args(&[journal, "--exercise", BENCH, "--out", out_text]);
    assert_eq!(chart(&args).expect("e1RM chart").points, 4);
    let svg = std::fs::read_to_string(&out).expect("the SVG exists");
    assert_eq!(svg.matches("<circle").count(), 4);
    assert!(svg.contains(r#"width="1200""#), "default width");
    assert!(svg.contains("Bench Press: top-set e1RM"), "English title");
    assert!(svg.contains("Ubuntu, sans-serif"), "embedded font family");

    // From 8 to 14 January: sessions 2 and 3.
    let args = chart_args(&[
        journal,
        "--exercise",
        BENCH,
        "--out",
        out_text,
        "--from",
        "2026-01-08",
        "--to",
        "2026-01-14",
    ]);
    assert_eq!(chart(&args).expect("ranged chart").points, 2);
    let svg = std::fs::read_to_string(&out).expect("the SVG exists");
    assert_eq!(svg.matches("<circle").count(), 2);
}

#[test]
fn fatigue_uses_given_session() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let journal = journal_file(folder.path());
    let out = folder.path().join("fatigue.svg");
    let args = chart_args(&[
        journal.to_str().expect("utf-8 path"),
        "--exercise",
        BENCH,
        "--kind",
        "fatigue",
        "--session",
        "3",
        "--out",
        out.to_str().expect("utf-8 path"),
    ]);
    // Session 3's top set and two backoff sets, then two weeks of drops.
    assert_eq!(chart(&args).expect("fatigue chart").points, 5);
    let svg = std::fs::read_to_string(&out).expect("the SVG exists");
    assert_eq!(svg.matches("<circle").count(), 5);
    assert!(svg.contains("Session of Jan 12, 2026"), "session date");
}

#[test]
fn unknown_exercise_lists_choices() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let journal = journal_file(folder.path());
    let out = folder.path().join("chart.png");
    let args = chart_args(&[
        journal.to_str().expect("utf-8 path"),
        "--exercise",
        "Deadlift",
        "--out",
        out.to_str().expect("utf-8 path"),
    ]);
    let error = chart(&args).expect_err("the exercise is unknown");
    let message = error.to_string();
    assert!(
        matches!(error, ChartCommandError::UnknownExercise { .. }),
        "{message}"
    );
    // Three exercises: all listed, one per line, sorted.
    assert_eq!(
        message,
        format!(
            "exercise \"Deadlift\" not found in {}; exercises with logged sessions:\n  \
             Bench Press\n  Mystery Curl\n  Squat",
            journal.display()
        )
    );
    assert!(!out.exists(), "no file written");
}

#[test]
fn bad_journal_names_line() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let journal = folder.path().join("broken.ron");
    std::fs::write(&journal, "(\n  version: 1,\n  sessions: [ oops ],\n)\n").expect("write");
    let out = folder.path().join("chart.svg");
    let args = chart_args(&[
        journal.to_str().expect("utf-8 path"),
        "--exercise",
        BENCH,
        "--out",
        out.to_str().expect("utf-8 path"),
    ]);
    let message = chart(&args).expect_err("the journal is broken").to_string();
    assert!(message.contains("broken.ron:3:"), "{message}");
}

#[test]
fn unknown_extension_is_rejected() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let journal = journal_file(folder.path());
    let args = chart_args(&[
        journal.to_str().expect("utf-8 path"),
        "--exercise",
        BENCH,
        "--out",
        "chart.jpg",
    ]);
    let error = chart(&args).expect_err("JPEG is not offered");
    assert!(
        matches!(
            error,
            ChartCommandError::Chart(ChartError::UnsupportedFormat { .. })
        ),
        "{error}"
    );
}

#[test]
fn missing_folder_named_plainly() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let journal = journal_file(folder.path());
    let out = folder.path().join("no-such-folder").join("chart.png");
    let args = chart_args(&[
        journal.to_str().expect("utf-8 path"),
        "--exercise",
        BENCH,
        "--out",
        out.to_str().expect("utf-8 path"),
    ]);
    let message = chart(&args).expect_err("the folder is missing").to_string();
    assert_eq!(
        message,
        format!(
            "cannot write {}: No such file or directory (os error 2)",
            out.display()
        )
    );
    assert!(!out.exists());
}

#[test]
fn reversed_range_is_rejected() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let journal = journal_file(folder.path());
    let args = chart_args(&[
        journal.to_str().expect("utf-8 path"),
        "--exercise",
        BENCH,
        "--out",
        "chart.png",
        "--from",
        "2026-02-01",
        "--to",
        "2026-01-01",
    ]);
    let message = chart(&args).expect_err("from is after to").to_string();
    assert!(
        message.contains("2026-02-01 is after --to 2026-01-01"),
        "{message}"
    );
}

#[test]
fn missing_session_is_reported() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let journal = journal_file(folder.path());
    let args = chart_args(&[
        journal.to_str().expect("utf-8 path"),
        "--exercise",
        BENCH,
        "--kind",
        "fatigue",
        "--session",
        "99",
        "--out",
        "chart.png",
    ]);
    let message = chart(&args).expect_err("no session 99").to_string();
    assert!(message.contains("session 99 not found"), "{message}");
}
