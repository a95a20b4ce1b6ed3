//! Imports of the hand-written files in `tests/fixtures/import/`, one per
//! export variant the real files do not cover. Expected values come from
//! reading the rows (line numbers count the header as line 1).

use std::path::Path;

use chrono::NaiveDateTime;
use topset::import::{self, ImportFormat, ImportOptions, ImportPreview, UnitSource};
use topset::model::{Load, LoggedSet, Session, SetKind, Unit};

fn read_fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

fn preview_fixture(name: &str, unit: Option<Unit>) -> ImportPreview {
    let options = ImportOptions {
        unit,
        ..ImportOptions::default()
    };
    import::preview(&read_fixture(name), &options, None).expect("fixture imports")
}

fn session<'a>(preview: &'a ImportPreview, start: &str) -> &'a Session {
    let start = NaiveDateTime::parse_from_str(start, "%Y-%m-%d %H:%M:%S").expect("valid date");
    preview
        .sessions
        .iter()
        .find(|session| session.start == start)
        .unwrap_or_else(|| panic!("no session at {start}"))
}

fn sets<'a>(session: &'a Session, exercise: &str) -> &'a [LoggedSet] {
    session
        .exercise(exercise)
        .map(|logged| logged.sets.as_slice())
        .unwrap_or_else(|| panic!("no {exercise} on {}", session.start))
}

fn kinds(session: &Session, exercise: &str) -> Vec<SetKind> {
    sets(session, exercise).iter().map(|set| set.kind).collect()
}

fn lines(issues: &[import::RowIssue]) -> Vec<u64> {
    issues.iter().map(|issue| issue.line).collect()
}

#[test]
fn liftosaur_completed_sets_only() {
    let preview = preview_fixture("liftosaur-history.csv", None);
    assert_eq!(preview.format, ImportFormat::Liftosaur);
    assert_eq!(preview.sessions.len(), 2);
    // Session 1: squat 4, bench 3, pulldown 2; session 2: press 3, deadlift 2, chin-up 1.
    assert_eq!(preview.working_sets, 15);
    // Lines 2, 3, 14 and 19 have the warm-up flag.
    assert_eq!(preview.warmup_sets, 4);
    // Lines 13 and 18 were planned but have no completed reps.
    assert_eq!(lines(&preview.skipped), [13, 18]);
}

#[test]
fn liftosaur_units_per_row() {
    let preview = preview_fixture("liftosaur-history.csv", None);
    let day1 = session(&preview, "2024-03-05 18:02:11");
    assert_eq!(day1.name, "Day 1");
    let squat = sets(day1, "Squat");
    // Line 4: the first 185 lb x3 is the top set; line 7 is the AMRAP set of 7.
    assert_eq!(squat[2].kind, SetKind::Top);
    assert_eq!(squat[2].load, Some(Load::lb(185.0)));
    assert_eq!(squat[5].reps, 7);
    assert_eq!(squat[5].note, "felt fast, go up; AMRAP");
    let day2 = session(&preview, "2024-03-07 18:10:00");
    // Line 20: deadlift 120 kg x3 top, line 21: 100 kg x8 backoff.
    assert_eq!(
        kinds(day2, "Deadlift"),
        [SetKind::WarmUp, SetKind::Top, SetKind::Backoff]
    );
    assert_eq!(sets(day2, "Deadlift")[1].load, Some(Load::kg(120.0)));
    // Line 22: chin-up with 0 kg is a bodyweight set.
    assert_eq!(sets(day2, "Chin-up")[0].load, None);
}

#[test]
fn semicolon_decimal_comma_bom_crlf() {
    let preview = preview_fixture("strong-semicolon-decimal-comma.csv", None);
    assert_eq!(preview.format, ImportFormat::Strong);
    assert_eq!(preview.unit, Unit::Kg);
    assert_eq!(preview.unit_source, UnitSource::File);
    assert_eq!(preview.sessions.len(), 2);
    let upper = session(&preview, "2019-02-04 18:30:00");
    // The workout note spans lines 2 and 3.
    assert_eq!(upper.note, "Felt strong today,\nshoulder fine");
    assert_eq!(upper.name, "Oberkörper A");
    let bench = sets(upper, "Bench Press");
    assert_eq!(bench[1].load, Some(Load::kg(92.5)));
    assert_eq!(
        kinds(upper, "Bench Press"),
        [
            SetKind::WarmUp,
            SetKind::Top,
            SetKind::Backoff,
            SetKind::Backoff
        ]
    );
    // Line 7: the plank held 60 seconds is a timed row.
    assert_eq!(lines(&preview.skipped), [7]);
    assert_eq!(preview.cardio_rows, 1);
    let lower = session(&preview, "2019-02-06 18:00:00");
    let squat = sets(lower, "Squat");
    assert_eq!(squat[0].load, Some(Load::kg(102.5)));
    assert_eq!(squat[0].note, "belt");
    assert_eq!(squat[1].reps, 8);
}

#[test]
fn weight_unit_column_per_row() {
    let preview = preview_fixture("strong-weight-unit-column.csv", None);
    assert_eq!(preview.format, ImportFormat::Strong);
    assert_eq!(preview.unit_source, UnitSource::File);
    let morning = session(&preview, "2018-05-01 07:00:00");
    let deadlift = sets(morning, "Deadlift");
    assert_eq!(deadlift[0].load, Some(Load::lb(315.0)));
    assert_eq!(deadlift[0].rpe, Some(8.0));
    assert_eq!(sets(morning, "Lateral Raise")[0].load, Some(Load::kg(10.0)));
    assert_eq!(preview.cardio_rows, 1);
}

#[test]
fn strong_2016_unit_column_name() {
    let preview = preview_fixture("strong-2016-kg-column.csv", None);
    assert_eq!(preview.unit, Unit::Kg);
    assert_eq!(preview.unit_source, UnitSource::File);
    let workout = session(&preview, "2016-03-14 19:05:12");
    assert_eq!(
        sets(workout, "Overhead Press")[1].load,
        Some(Load::kg(32.5))
    );
    assert_eq!(preview.working_sets, 5);
}

#[test]
fn german_headers_and_markers() {
    let preview = preview_fixture("strong-german.csv", Some(Unit::Kg));
    assert_eq!(preview.format, ImportFormat::Strong);
    let push = session(&preview, "2022-10-03 17:45:00");
    // Lines 2-5: Aufwärmen 60x8, 100x3, 87,5x6, Drop-Satz 60x10; line 6 is a rest timer.
    assert_eq!(
        kinds(push, "Bench Press"),
        [
            SetKind::WarmUp,
            SetKind::Top,
            SetKind::Backoff,
            SetKind::Drop
        ]
    );
    assert_eq!(sets(push, "Bench Press")[2].load, Some(Load::kg(87.5)));
    assert_eq!(preview.rest_timer_rows, 1);
    // Line 7: "Versagen" is a failure set of bodyweight dips.
    assert_eq!(kinds(push, "Dip"), [SetKind::Failure]);
}

#[test]
fn hevy_day_first_pounds() {
    let preview = preview_fixture("hevy-day-first-lbs.csv", None);
    assert_eq!(preview.format, ImportFormat::Hevy);
    assert_eq!(preview.unit, Unit::Lb);
    let starts: Vec<String> = preview
        .sessions
        .iter()
        .map(|session| session.start.to_string())
        .collect();
    assert_eq!(starts, ["2026-04-07 10:14:00", "2026-04-09 18:02:00"]);
    let pull = session(&preview, "2026-04-09 18:02:00");
    assert_eq!(
        kinds(pull, "Deadlift"),
        [SetKind::WarmUp, SetKind::Top, SetKind::Backoff]
    );
    assert_eq!(sets(pull, "Deadlift")[1].load, Some(Load::lb(405.0)));
    assert_eq!(
        kinds(pull, "Bicep Curl (Dumbbell)"),
        [SetKind::Top, SetKind::Drop]
    );
    assert_eq!(
        pull.exercise("Bicep Curl (Dumbbell)")
            .map(|e| e.note.as_str()),
        Some("slow eccentrics")
    );
    assert_eq!(kinds(pull, "Pull-up"), [SetKind::Failure]);
    let push = session(&preview, "2026-04-07 10:14:00");
    assert_eq!(push.note, "shoulder ok");
    assert_eq!(preview.cardio_rows, 1);
}

#[test]
fn fitnotes_unit_column_and_comment() {
    let preview = preview_fixture("fitnotes-weight-unit-comment.csv", None);
    assert_eq!(preview.format, ImportFormat::FitNotes);
    assert_eq!(preview.sessions.len(), 2);
    let day = session(&preview, "2021-01-10 00:00:00");
    let bench = sets(day, "Bench Press");
    assert_eq!(bench[0].kind, SetKind::Top);
    assert_eq!(bench[1].note, "paused, good bar path");
    assert_eq!(sets(day, "Lateral Raise")[0].load, Some(Load::lb(25.0)));
    assert_eq!(lines(&preview.skipped), [5]);
}

#[test]
fn malformed_rows_reported_by_line() {
    let preview = preview_fixture("strong-malformed.csv", Some(Unit::Lb));
    let legs = session(&preview, "2023-05-02 18:00:00");
    // Line 3: the unquoted comma can only belong to the exercise name.
    let curl = sets(legs, "Curl, Hammer (Dumbbell)");
    assert_eq!(curl[0].load, Some(Load::lb(30.0)));
    // Line 4: the comma in the notes could belong to either notes column.
    // Line 5: 877777 reps, more than a journal stores (1000).
    // Line 7: "yesterday" is no date; line 8: "X" is no set marker.
    assert_eq!(lines(&preview.skipped), [4, 5, 7, 8]);
    // Line 6: a warm-up of 303 reps.
    assert_eq!(lines(&preview.flagged), [6]);
    assert!(legs.exercise("Leg Press").is_none());
    // Lines 2 and 9 are the squat sets kept.
    assert_eq!(sets(legs, "Squat").len(), 2);
}

#[test]
fn flagged_values_kept_on_request() {
    let options = ImportOptions {
        unit: Some(Unit::Lb),
        keep_flagged: true,
        ..ImportOptions::default()
    };
    let text = read_fixture("strong-malformed.csv");
    let preview = import::preview(&text, &options, None).expect("fixture imports");
    let legs = session(&preview, "2023-05-02 18:00:00");
    assert_eq!(sets(legs, "Leg Extension")[0].reps, 303);
    // 877777 reps cannot be kept: the journal would not open again.
    assert!(legs.exercise("Leg Press").is_none());
    assert_eq!(lines(&preview.flagged), [6]);
}

#[test]
fn unrelated_file_is_rejected() {
    let options = ImportOptions::default();
    let result = import::preview("name,email\nAda,ada@example.com\n", &options, None);
    assert!(matches!(
        result,
        Err(import::ImportError::UnknownFormat { .. })
    ));
    assert_eq!(
        import::preview("  \n", &options, None).err(),
        Some(import::ImportError::Empty)
    );
}

#[test]
fn progress_reaches_the_end() {
    let progress = import::ImportProgress::default();
    let text = read_fixture("liftosaur-history.csv");
    import::preview(&text, &ImportOptions::default(), Some(&progress)).expect("fixture imports");
    assert_eq!(progress.fraction(), 1.0);
}

proptest::proptest! {
    #[test]
    fn arbitrary_rows_never_panic(rows in proptest::collection::vec("[0-9a-zA-Z :,;.\"\\-\n\r]{0,60}", 0..8)) {
        let header = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n";
        let text = format!("{header}{}", rows.join("\n"));
        let options = ImportOptions {
            unit: Some(Unit::Kg),
            ..ImportOptions::default()
        };
        let preview = import::preview(&text, &options, None);
        proptest::prop_assert!(preview.is_ok());
    }
}
