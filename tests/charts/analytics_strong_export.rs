//! Series values on sessions rebuilt by hand from a real Strong export,
//! tests/fixtures/exports/strong-lb-plain.csv (loads in lb, no RPE).
//!
//! Set kinds are read off the loads: the light ramp is warm-ups, the first
//! heaviest set the top set, more sets at that load straight sets, and a
//! lighter set after them a backoff set. The journal uses Epley because
//! the export has no RPE.

use crate::charts_support;

use std::collections::BTreeMap;

use charts_support::{date, logged, session};
use chrono::NaiveDateTime;
use topset::analytics::{DateRange, e1rm_series, muscle_sets_series, volume_series};
use topset::model::{
    E1rmMethod, Equipment, Exercise, Journal, Load, LoggedSet, Muscle, SetKind, Suitability, Unit,
};

const CSV: &str = "tests/fixtures/exports/strong-lb-plain.csv";
const SQUAT: &str = "Squat (Barbell)";
const LB: f64 = 0.453_592_37;

/// Rows of the export by line number (the header is line 1).
fn rows_by_line() -> BTreeMap<u64, csv::StringRecord> {
    let mut reader = csv::Reader::from_path(CSV).expect("the Strong fixture opens");
    let mut rows = BTreeMap::new();
    for record in reader.records() {
        let record = record.expect("the Strong fixture parses");
        let line = record.position().expect("records have positions").line();
        rows.insert(line, record);
    }
    rows
}

/// Builds a session from the squat rows at `lines`, with the kinds given in
/// order, checking each row's date and exercise so a changed fixture fails here.
fn squat_session(
    rows: &BTreeMap<u64, csv::StringRecord>,
    id: u64,
    start: &str,
    lines: std::ops::RangeInclusive<u64>,
    kinds: &[SetKind],
) -> topset::model::Session {
    let start = NaiveDateTime::parse_from_str(start, "%Y-%m-%d %H:%M:%S").expect("test date");
    let mut sets = Vec::new();
    for (line, kind) in lines.zip(kinds) {
        let row = &rows[&line];
        assert_eq!(
            &row[0],
            start.format("%Y-%m-%d %H:%M:%S").to_string(),
            "line {line}"
        );
        assert_eq!(&row[3], SQUAT, "line {line}");
        let weight: f64 = row[5].parse().expect("weight");
        let reps: u32 = row[6].parse().expect("reps");
        sets.push(LoggedSet::new(*kind, Some(Load::lb(weight)), reps, None));
    }
    session(id, start, vec![logged(SQUAT, sets)])
}

fn strong_journal() -> Journal {
    use SetKind::{Backoff, Straight, Top, WarmUp};
    let rows = rows_by_line();
    let sessions = vec![
        // Lines 119–123: 45×8, 135×8, 155×5, 160×5, 160×5.
        squat_session(
            &rows,
            1,
            "2023-01-09 09:03:28",
            119..=123,
            &[WarmUp, WarmUp, WarmUp, Top, Straight],
        ),
        // Lines 509–514: 45×8, 135×6, 155×5, 165×5, 165×5, 95×8.
        squat_session(
            &rows,
            2,
            "2023-01-31 08:40:14",
            509..=514,
            &[WarmUp, WarmUp, WarmUp, Top, Straight, Backoff],
        ),
        // Lines 654–659: 45×8, 135×6, 165×5, 165×5, 165×5, 85×8.
        squat_session(
            &rows,
            3,
            "2023-02-07 09:22:08",
            654..=659,
            &[WarmUp, WarmUp, Top, Straight, Straight, Backoff],
        ),
    ];
    let mut journal = Journal {
        exercises: vec![Exercise::new(
            SQUAT,
            &[Muscle::Quads, Muscle::Glutes],
            Equipment::Barbell,
            Suitability::Ideal,
        )],
        sessions,
        ..Journal::default()
    };
    journal.settings.e1rm_method = E1rmMethod::Epley;
    journal.settings.unit = Unit::Lb;
    journal
}

fn assert_close(actual: f64, expected: f64, check: &str) {
    assert!(
        (actual - expected).abs() < 1e-6,
        "{check}: expected {expected}, got {actual}"
    );
}

#[test]
fn strong_squat_e1rm_in_lb() {
    let series = e1rm_series(&strong_journal(), SQUAT, DateRange::ALL, Unit::Lb, 5);
    // Epley: load × (1 + reps / 30).
    let first = 160.0 * (1.0 + 5.0 / 30.0);
    let later = 165.0 * (1.0 + 5.0 / 30.0);
    let e1rms: Vec<f64> = series.points.iter().map(|point| point.e1rm).collect();
    assert_eq!(e1rms.len(), 3);
    assert_close(e1rms[0], first, "2023-01-09");
    assert_close(e1rms[1], later, "2023-01-31");
    assert_close(e1rms[2], later, "2023-02-07");
    assert_close(e1rms[1], 192.5, "165 × 5 by Epley");

    let prs: Vec<bool> = series.points.iter().map(|point| point.pr).collect();
    assert_eq!(prs, [false, true, false], "an equal e1RM is no PR");
    assert_close(
        series.points[2].moving_average,
        (first + later + later) / 3.0,
        "average of three",
    );
    assert_eq!(series.skipped, 0);
}

#[test]
fn strong_squat_e1rm_in_kg() {
    let series = e1rm_series(&strong_journal(), SQUAT, DateRange::ALL, Unit::Kg, 5);
    assert_close(series.points[1].e1rm, 192.5 * LB, "192.5 lb in kg");
    assert_close(series.points[1].load, 165.0 * LB, "165 lb in kg");
}

#[test]
fn strong_squat_volume_by_kind() {
    let series = volume_series(&strong_journal(), SQUAT, DateRange::ALL, Unit::Lb);
    let volumes: Vec<(f64, f64, f64)> = series
        .sessions
        .iter()
        .map(|session| {
            (
                session.top_volume,
                session.backoff_volume,
                session.other_volume,
            )
        })
        .collect();
    assert_eq!(
        volumes,
        [
            (800.0, 0.0, 800.0),
            (825.0, 760.0, 825.0),
            (825.0, 680.0, 1650.0)
        ]
    );
    // Each session falls in its own ISO week.
    let weeks: Vec<_> = series.weeks.iter().map(|week| week.week).collect();
    assert_eq!(
        weeks,
        [date(2023, 1, 9), date(2023, 1, 30), date(2023, 2, 6)]
    );
}

#[test]
fn strong_squat_weekly_hard_sets() {
    let series = muscle_sets_series(&strong_journal(), SQUAT, DateRange::ALL);
    assert_eq!(
        series.weeks,
        [
            date(2023, 1, 9),
            date(2023, 1, 16),
            date(2023, 1, 23),
            date(2023, 1, 30),
            date(2023, 2, 6)
        ]
    );
    assert_eq!(
        series.muscles,
        [
            (Muscle::Quads, vec![2, 0, 0, 3, 4]),
            (Muscle::Glutes, vec![2, 0, 0, 3, 4])
        ]
    );
}
