//! Imports of the real exports in `tests/fixtures/exports/`. Expected counts
//! and top sets were read off the CSV rows (line numbers count the header as
//! line 1).

use std::path::Path;

use chrono::{NaiveDate, NaiveDateTime};
use topset::import::{self, ImportFormat, ImportOptions, ImportPreview, UnitSource};
use topset::model::{Load, LoggedSet, Session, SetKind, Unit};

fn read_export(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/exports")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

fn preview_export(name: &str, unit: Option<Unit>) -> ImportPreview {
    let options = ImportOptions {
        unit,
        ..ImportOptions::default()
    };
    import::preview(&read_export(name), &options, None).expect("export imports")
}

fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S").expect("valid test date")
}

fn session<'a>(preview: &'a ImportPreview, start: &str) -> &'a Session {
    let start = at(start);
    preview
        .sessions
        .iter()
        .find(|session| session.start == start)
        .unwrap_or_else(|| panic!("no session at {start}"))
}

fn top(session: &Session, exercise: &str) -> LoggedSet {
    session
        .exercise(exercise)
        .unwrap_or_else(|| panic!("no {exercise} on {}", session.start))
        .top_set()
        .cloned()
        .unwrap_or_else(|| panic!("no {exercise} top set on {}", session.start))
}

fn kinds(session: &Session, exercise: &str) -> Vec<SetKind> {
    session
        .exercise(exercise)
        .map(|logged| logged.sets.iter().map(|set| set.kind).collect())
        .unwrap_or_default()
}

/// Number of sessions in which `exercise` has a top set.
fn sessions_with_top(preview: &ImportPreview, exercise: &str) -> usize {
    preview
        .sessions
        .iter()
        .filter(|session| {
            session
                .exercise(exercise)
                .and_then(|e| e.top_set())
                .is_some()
        })
        .count()
}

#[test]
fn strong_comma_export_needs_unit() {
    let text = read_export("strong-lb-plain.csv");
    let result = import::preview(&text, &ImportOptions::default(), None);
    assert_eq!(
        result.err(),
        Some(import::ImportError::UnitRequired {
            format: ImportFormat::Strong
        })
    );
}

#[test]
fn strong_warmups_drops_counts() {
    let preview = preview_export("strong-lb-warmups-drops.csv", Some(Unit::Lb));
    assert_eq!(preview.format, ImportFormat::Strong);
    assert_eq!(preview.unit, Unit::Lb);
    assert_eq!(preview.unit_source, UnitSource::User);
    // Distinct (Date, Workout Name) pairs with at least one set kept.
    assert_eq!(preview.sessions.len(), 1163);
    // Rows that are not W or Rest Timer, with 1 to 100 reps.
    assert_eq!(preview.working_sets, 19690);
    // W rows with 1 to 100 reps (the W row of 303 reps is flagged).
    assert_eq!(preview.warmup_sets, 2683);
    assert_eq!(preview.rest_timer_rows, 821);
    assert_eq!(preview.first_date, NaiveDate::from_ymd_opt(2020, 12, 7));
}

#[test]
fn strong_warmups_drops_flags() {
    let preview = preview_export("strong-lb-warmups-drops.csv", Some(Unit::Lb));
    let flagged_sets: Vec<u64> = preview
        .flagged
        .iter()
        .filter(|issue| issue.reason.contains("reps"))
        .map(|issue| issue.line)
        .collect();
    // Line 4166: Leg Extension W 303 reps; 5212: Upright Row W 106 reps;
    // 12988 is 94 reps and stays; 16277: 101 reps; 21456: 104 reps.
    assert_eq!(flagged_sets, [4166, 5212, 16277, 21456]);
    let warmup = preview.flagged.iter().find(|issue| issue.line == 4166);
    assert_eq!(
        warmup.map(|issue| issue.reason.as_str()),
        Some("warm-up set of 303 reps")
    );
    // The longest session, "234h 29m", is kept with a remark, not flagged.
    assert!(
        preview
            .notes
            .iter()
            .any(|issue| issue.reason.starts_with("session lasted 234 h 29 min"))
    );
    assert!(
        !preview
            .flagged
            .iter()
            .any(|issue| issue.reason.starts_with("session lasted"))
    );
}

#[test]
fn strong_flagged_sets_can_be_kept() {
    let options = ImportOptions {
        unit: Some(Unit::Lb),
        keep_flagged: true,
        ..ImportOptions::default()
    };
    let text = read_export("strong-lb-warmups-drops.csv");
    let preview = import::preview(&text, &options, None).expect("export imports");
    assert_eq!(preview.working_sets, 19690 + 2);
    assert_eq!(preview.warmup_sets, 2683 + 2);
}

#[test]
fn strong_failure_top_set() {
    let preview = preview_export("strong-lb-warmups-drops.csv", Some(Unit::Lb));
    let push = session(&preview, "2021-07-12 17:21:22");
    // Lines 2012-2014: W 45x6, 135x6, 185x2; 2015: F 230x5; 2016-2017: F 225x4, 225x3.
    let bench = top(push, "Bench Press");
    assert_eq!(bench.load, Some(Load::lb(230.0)));
    assert_eq!(bench.reps, 5);
    assert_eq!(
        kinds(push, "Bench Press"),
        [
            SetKind::WarmUp,
            SetKind::WarmUp,
            SetKind::WarmUp,
            SetKind::Top,
            SetKind::Failure,
            SetKind::Failure
        ]
    );
}

#[test]
fn strong_kilogram_loads_restored() {
    let preview = preview_export("strong-lb-warmups-drops.csv", Some(Unit::Lb));
    let dead = session(&preview, "2023-05-07 12:17:25");
    // Lines 14525-14530: 154.32, 198.42, 264.55, 308.65, 374.79 and 418.88 lb,
    // which are 70, 90, 120, 140, 170 and 190 kg converted.
    let loads: Vec<Option<Load>> = dead
        .exercise("Deadlift")
        .map(|logged| logged.sets.iter().map(|set| set.load).collect())
        .unwrap_or_default();
    let expected: Vec<Option<Load>> = [70.0, 90.0, 120.0, 140.0, 170.0, 190.0]
        .into_iter()
        .map(|kg| Some(Load::kg(kg)))
        .collect();
    assert_eq!(loads, expected);
    let deadlift = top(dead, "Deadlift");
    assert_eq!(deadlift.load, Some(Load::kg(190.0)));
    assert_eq!(deadlift.reps, 8);
}

#[test]
fn strong_squat_top_set() {
    let preview = preview_export("strong-lb-warmups-drops.csv", Some(Unit::Lb));
    let legs = session(&preview, "2021-07-07 17:05:17");
    // Line 1916: 295x3; 1917: 275x5; 1918: F 275x3.
    let squat = top(legs, "Squat");
    assert_eq!(squat.load, Some(Load::lb(295.0)));
    assert_eq!(squat.reps, 3);
    assert_eq!(
        kinds(legs, "Squat"),
        [SetKind::Top, SetKind::Backoff, SetKind::Failure]
    );
}

#[test]
fn strong_big_three_have_top_sets() {
    let preview = preview_export("strong-lb-warmups-drops.csv", Some(Unit::Lb));
    assert!(sessions_with_top(&preview, "Squat") > 100);
    assert!(sessions_with_top(&preview, "Bench Press") > 100);
    assert!(sessions_with_top(&preview, "Deadlift") > 50);
    let preview = preview_export("strong-lb-plain.csv", Some(Unit::Lb));
    assert!(sessions_with_top(&preview, "Squat") > 50);
    assert!(sessions_with_top(&preview, "Bench Press") > 5);
    assert!(sessions_with_top(&preview, "Deadlift") > 5);
}

#[test]
fn strong_plain_counts() {
    let preview = preview_export("strong-lb-plain.csv", Some(Unit::Lb));
    assert_eq!(preview.format, ImportFormat::Strong);
    assert_eq!(preview.sessions.len(), 476);
    assert_eq!(preview.working_sets, 9065);
    assert_eq!(preview.warmup_sets, 0);
    assert!(preview.skipped.is_empty());
}

#[test]
fn strong_plain_first_squat() {
    let preview = preview_export("strong-lb-plain.csv", Some(Unit::Lb));
    let legs = session(&preview, "2023-01-01 09:24:45");
    assert_eq!(legs.name, "1 Legs #1");
    // Lines 2-6: 45x8, 135x8, then 155x5 three times.
    let squat = top(legs, "Squat");
    assert_eq!(squat.load, Some(Load::lb(155.0)));
    assert_eq!(squat.reps, 5);
    assert_eq!(
        kinds(legs, "Squat"),
        [
            SetKind::Straight,
            SetKind::Straight,
            SetKind::Top,
            SetKind::Straight,
            SetKind::Straight
        ]
    );
}

#[test]
fn strong_plain_float_noise_removed() {
    let preview = preview_export("strong-lb-plain.csv", Some(Unit::Lb));
    let pull = session(&preview, "2023-01-03 09:51:15");
    // Line 49: "Row - Elbows Out " at 74.99999999999999.
    let row = pull.exercise("Row - Elbows Out").expect("trimmed name");
    assert_eq!(row.sets[0].load, Some(Load::lb(75.0)));
    let extra = session(&preview, "2023-04-09 06:15:38");
    // Line 1588: 44.99999997795377.
    let wide = extra
        .exercise("Bench Press - Wide Grip (Barbell)")
        .expect("unknown name kept");
    assert_eq!(wide.sets[0].load, Some(Load::lb(45.0)));
}

#[test]
fn strong_assisted_pull_up_unloaded() {
    let preview = preview_export("strong-lb-plain.csv", Some(Unit::Lb));
    let back = session(&preview, "2023-04-05 06:34:48");
    // Lines 1520-1522: Pull Up (Assisted) 0x7, 0x7, 20x7.
    let assisted = back.exercise("Pull Up (Assisted)").expect("assisted kept");
    assert!(assisted.sets.iter().all(|set| set.load.is_none()));
    assert_eq!(assisted.sets[2].note, "assistance 20 lb");
}

#[test]
fn hevy_counts_and_order() {
    let preview = preview_export("hevy-us-dates-rpe.csv", None);
    assert_eq!(preview.format, ImportFormat::Hevy);
    assert_eq!(preview.unit, Unit::Kg);
    assert_eq!(preview.unit_source, UnitSource::File);
    assert_eq!(preview.sessions.len(), 119);
    // 2,628 rows less 7 timed rows without reps.
    assert_eq!(preview.working_sets, 2621);
    assert_eq!(preview.warmup_sets, 0);
    assert_eq!(preview.cardio_rows, 7);
    assert_eq!(preview.last_date, NaiveDate::from_ymd_opt(2026, 6, 11));
    let starts: Vec<_> = preview.sessions.iter().map(|s| s.start).collect();
    assert!(starts.windows(2).all(|pair| pair[0] <= pair[1]));
}

#[test]
fn hevy_top_sets_by_hand() {
    let preview = preview_export("hevy-us-dates-rpe.csv", None);
    let lower = session(&preview, "2026-06-11 13:01:00");
    // Lines 6-9: Leg Press (Machine) 165 kg x12 four times, RPE 7.5, 7.5, 8, 8.
    let press = top(lower, "Leg Press");
    assert_eq!(press.load, Some(Load::kg(165.0)));
    assert_eq!(press.reps, 12);
    assert_eq!(press.rpe, Some(7.5));
    let upper = session(&preview, "2026-06-10 17:41:00");
    // Lines 23-26: Bench Press (Barbell) 50 kg x8, RPE 7.5 first.
    let bench = top(upper, "Bench Press");
    assert_eq!(bench.load, Some(Load::kg(50.0)));
    assert_eq!(bench.reps, 8);
    assert_eq!(bench.rpe, Some(7.5));
}

#[test]
fn fitnotes_counts() {
    let preview = preview_export("fitnotes-classic-lbs.csv", None);
    assert_eq!(preview.format, ImportFormat::FitNotes);
    assert_eq!(preview.unit, Unit::Lb);
    assert_eq!(preview.unit_source, UnitSource::File);
    // One session per date with a row that has reps.
    assert_eq!(preview.sessions.len(), 465);
    assert_eq!(preview.working_sets, 11281);
    // Rows without reps: cardio and timed holds.
    assert_eq!(preview.skipped.len(), 212);
}

#[test]
fn fitnotes_bench_top_set() {
    let preview = preview_export("fitnotes-classic-lbs.csv", None);
    let day = session(&preview, "2018-08-09 00:00:00");
    // Lines 2795, 2796, 2797, 2814: 125x12, 125x10, 115x10, 105x8.
    let bench = top(day, "Bench Press");
    assert_eq!(bench.load, Some(Load::lb(125.0)));
    assert_eq!(bench.reps, 12);
    assert_eq!(
        kinds(day, "Bench Press"),
        [
            SetKind::Top,
            SetKind::Straight,
            SetKind::Backoff,
            SetKind::Backoff
        ]
    );
    // Line 2: Pushups logged with 0.0 lb are bodyweight sets.
    let first = session(&preview, "2017-06-23 00:00:00");
    let pushups = first.exercise("Push-up").expect("pushups mapped");
    assert!(pushups.sets.iter().all(|set| set.load.is_none()));
}

#[test]
fn largest_export_imports_quickly() {
    let text = read_export("strong-lb-warmups-drops.csv");
    let options = ImportOptions {
        unit: Some(Unit::Lb),
        ..ImportOptions::default()
    };
    // The fastest of three runs, so a busy machine is less likely to fail it.
    let mut elapsed = std::time::Duration::MAX;
    for _ in 0..3 {
        let started = std::time::Instant::now();
        let preview = import::preview(&text, &options, None).expect("export imports");
        elapsed = elapsed.min(started.elapsed());
        assert_eq!(preview.sessions.len(), 1163);
    }
    println!("strong-lb-warmups-drops.csv imported in {elapsed:?}");
    // Debug builds are about ten times slower than release ones.
    let limit_ms = if cfg!(debug_assertions) { 2000 } else { 100 };
    assert!(
        elapsed.as_millis() <= limit_ms,
        "import took {elapsed:?}, limit {limit_ms} ms"
    );
}
