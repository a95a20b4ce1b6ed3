//! Each real Strong export, imported as pounds with the default settings,
//! gives squat, bench press and deadlift e1RM charts whose points match the
//! file's rows.

use std::path::PathBuf;

use chrono::NaiveDate;
use topset::analytics::{DateRange, e1rm_series};
use topset::import::{ImportOptions, apply, preview};
use topset::model::{Journal, Unit};

fn imported(name: &str) -> Journal {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/exports")
        .join(name);
    let text = std::fs::read_to_string(&path).expect("read export");
    let mut journal = Journal::default();
    let mut options = ImportOptions::for_journal(&journal);
    options.unit = Some(Unit::Lb);
    let preview = preview(&text, &options, None).expect("preview");
    apply(&mut journal, &preview).expect("the export fits in a journal");
    journal
}

fn point_on(journal: &Journal, exercise: &str, date: (i32, u32, u32)) -> (f64, u32, f64) {
    let date = NaiveDate::from_ymd_opt(date.0, date.1, date.2).expect("valid date");
    let series = e1rm_series(journal, exercise, DateRange::ALL, Unit::Lb, 5);
    let point = series
        .points
        .iter()
        .find(|point| point.date == date)
        .unwrap_or_else(|| panic!("no {exercise} point on {date}"));
    (point.load, point.reps, point.e1rm)
}

#[test]
fn plain_export_charts_the_big_three() {
    let journal = imported("strong-lb-plain.csv");
    for exercise in ["Squat", "Bench Press", "Deadlift"] {
        let series = e1rm_series(&journal, exercise, DateRange::ALL, Unit::Lb, 5);
        assert!(
            series.points.len() >= 10,
            "{exercise}: {} points",
            series.points.len()
        );
    }

    // Lines 2–6: squat 45 × 8, 135 × 8, then 155 × 5 three times, no RPE.
    // The top set is 155 × 5; read as RPE 10 on the classic chart (86.3 %),
    // its e1RM is 155 / 0.863 = 179.606 lb.
    let (load, reps, e1rm) = point_on(&journal, "Squat", (2023, 1, 1));
    assert_eq!((load, reps), (155.0, 5));
    assert!((e1rm - 179.606).abs() < 0.001, "e1RM {e1rm}");
}

#[test]
fn warmup_export_charts_the_big_three() {
    let journal = imported("strong-lb-warmups-drops.csv");
    for exercise in ["Squat", "Bench Press", "Deadlift"] {
        let series = e1rm_series(&journal, exercise, DateRange::ALL, Unit::Lb, 5);
        assert!(
            series.points.len() >= 10,
            "{exercise}: {} points",
            series.points.len()
        );
    }

    // Lines 2–4: bench press 135 × 8 three times. The top set is 135 × 8;
    // 8 reps at RPE 10 is 78.6 % on the classic chart: 135 / 0.786 = 171.756 lb.
    let (load, reps, e1rm) = point_on(&journal, "Bench Press", (2020, 12, 7));
    assert_eq!((load, reps), (135.0, 8));
    assert!((e1rm - 171.756).abs() < 0.001, "e1RM {e1rm}");

    // Lines 63–65: deadlift 135 × 8, 135 × 10, 135 × 10. Equal loads leave
    // the first set as the top set: 135 × 8, so 171.756 lb as well.
    let (load, reps, e1rm) = point_on(&journal, "Deadlift", (2020, 12, 16));
    assert_eq!((load, reps), (135.0, 8));
    assert!((e1rm - 171.756).abs() < 0.001, "e1RM {e1rm}");
}
