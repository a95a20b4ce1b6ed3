//! Topset CSV export and import: an exported journal imports back unchanged,
//! and importing a file twice adds nothing the second time.

use std::path::Path;

use chrono::NaiveDate;
use topset::export::{LOG_CSV_MARKER, log_csv_string};
use topset::import::{self, ImportFormat, ImportOptions};
use topset::model::{
    Journal, Load, LoggedExercise, LoggedSet, PlannedDayRef, Session, SetKind, Unit,
};

fn sample_sessions() -> Vec<Session> {
    let start = |day, hour| {
        NaiveDate::from_ymd_opt(2025, 3, day)
            .and_then(|date| date.and_hms_milli_opt(hour, 15, 30, 250))
            .expect("valid test date")
    };
    let mut top = LoggedSet::new(SetKind::Top, Some(Load::kg(142.5)), 3, Some(8.5));
    top.note = "belt, \"tight\"\nsecond line".to_owned();
    let mut backoff = LoggedSet::new(SetKind::Backoff, Some(Load::kg(125.0)), 5, None);
    backoff.load_typed = true;
    let mut planned = LoggedSet::new(SetKind::Backoff, Some(Load::kg(125.0)), 5, None);
    planned.done = false;
    vec![
        Session {
            id: 4,
            start: start(3, 18),
            name: "Lower, heavy".to_owned(),
            planned: Some(PlannedDayRef {
                program: "Top set block".to_owned(),
                week: 1,
                day: 0,
            }),
            exercises: vec![
                LoggedExercise {
                    exercise: "Squat".to_owned(),
                    sets: vec![
                        LoggedSet::new(SetKind::WarmUp, Some(Load::kg(60.0)), 5, None),
                        top,
                        backoff,
                        planned,
                    ],
                    note: "low bar".to_owned(),
                },
                LoggedExercise {
                    exercise: "Dip".to_owned(),
                    sets: vec![LoggedSet::new(SetKind::Straight, None, 12, None)],
                    note: String::new(),
                },
                LoggedExercise {
                    exercise: "Squat".to_owned(),
                    sets: vec![LoggedSet::new(
                        SetKind::Drop,
                        Some(Load::lb(135.0)),
                        12,
                        None,
                    )],
                    note: String::new(),
                },
                LoggedExercise {
                    exercise: "Plank".to_owned(),
                    sets: Vec::new(),
                    note: String::new(),
                },
            ],
            note: "good day".to_owned(),
            source: Some("Strong CSV".to_owned()),
        },
        Session {
            id: 9,
            start: start(5, 7),
            name: String::new(),
            planned: None,
            exercises: Vec::new(),
            note: String::new(),
            source: None,
        },
        Session {
            id: 11,
            start: start(6, 7),
            name: "Upper".to_owned(),
            planned: None,
            exercises: vec![LoggedExercise {
                exercise: "Bench Press".to_owned(),
                sets: vec![LoggedSet::new(
                    SetKind::Failure,
                    Some(Load::lb(74.99999999999999)),
                    8,
                    Some(10.0),
                )],
                note: String::new(),
            }],
            note: String::new(),
            source: None,
        },
    ]
}

/// Sessions with ids cleared, since an import assigns new ones.
fn without_ids(sessions: &[Session]) -> Vec<Session> {
    sessions
        .iter()
        .cloned()
        .map(|mut session| {
            session.id = 0;
            session
        })
        .collect()
}

#[test]
fn export_starts_with_marker() {
    let csv = log_csv_string(&sample_sessions());
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some(LOG_CSV_MARKER));
    assert_eq!(
        lines.next(),
        Some(
            "session_id,start,session_name,session_note,source,planned_program,planned_week,\
             planned_day,exercise_position,exercise,exercise_note,set_kind,load,unit,reps,rpe,\
             done,load_typed,set_note"
        )
    );
}

#[test]
fn export_imports_back_unchanged() {
    let sessions = sample_sessions();
    let csv = log_csv_string(&sessions);
    let preview =
        import::preview(&csv, &ImportOptions::default(), None).expect("export imports back");
    assert_eq!(preview.format, ImportFormat::Topset);
    assert!(preview.skipped.is_empty(), "{:?}", preview.skipped);

    let mut journal = Journal::default();
    let report = import::apply(&mut journal, &preview).expect("the import fits");
    assert_eq!(report.added, 3);
    assert_eq!(without_ids(&journal.sessions), without_ids(&sessions));
}

#[test]
fn second_import_adds_nothing() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/hevy-day-first-lbs.csv");
    let text = std::fs::read_to_string(path).expect("fixture readable");
    let mut journal = Journal::default();
    let options = ImportOptions::for_journal(&journal);
    let preview = import::preview(&text, &options, None).expect("fixture imports");
    let first = import::apply(&mut journal, &preview).expect("the import fits");
    assert_eq!(first.added, 2);
    assert_eq!(first.duplicates, 0);
    assert!(first.new_exercises.contains(&"Deadlift".to_owned()));
    let exercises = journal.exercises.len();

    let preview = import::preview(&text, &ImportOptions::for_journal(&journal), None)
        .expect("fixture imports");
    let second = import::apply(&mut journal, &preview).expect("the import fits");
    assert_eq!(second.added, 0);
    assert_eq!(second.duplicates, 2);
    assert_eq!(journal.sessions.len(), 2);
    assert_eq!(journal.exercises.len(), exercises);
    let ids: Vec<u64> = journal.sessions.iter().map(|session| session.id).collect();
    assert_eq!(ids, [1, 2]);
}

#[test]
fn renamed_exercise_becomes_alias() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/hevy-day-first-lbs.csv");
    let text = std::fs::read_to_string(path).expect("fixture readable");
    let mut journal = Journal::default();
    let mut preview = import::preview(&text, &ImportOptions::for_journal(&journal), None)
        .expect("fixture imports");
    preview.rename_exercise("Bicep Curl (Dumbbell)", "Bicep Curl");
    import::apply(&mut journal, &preview).expect("the import fits");
    assert_eq!(
        journal.exercise_aliases.get("Bicep Curl (Dumbbell)"),
        Some(&"Bicep Curl".to_owned())
    );
    let pull = journal.sessions.last().expect("two sessions");
    assert!(pull.exercise("Bicep Curl").is_some());
    assert!(pull.exercise("Bicep Curl (Dumbbell)").is_none());

    // The next import of the same file uses the alias.
    let preview = import::preview(&text, &ImportOptions::for_journal(&journal), None)
        .expect("fixture imports");
    assert_eq!(
        preview.exercise_names.get("Bicep Curl (Dumbbell)"),
        Some(&"Bicep Curl".to_owned())
    );
}

#[test]
fn journal_round_trip_keeps_load_units() {
    let sessions = sample_sessions();
    let csv = log_csv_string(&sessions);
    let preview = import::preview(&csv, &ImportOptions::default(), None).expect("imports");
    let bench = preview.sessions[2].exercises[0].sets[0].load;
    assert_eq!(bench, Some(Load::new(74.99999999999999, Unit::Lb)));
}

#[test]
fn rename_merges_within_session() {
    let text = "\
Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
2023-02-01 08:00:00,Pull,1h,Deadlift Old Data ,1,315,3,0,0,,,
2023-02-01 08:00:00,Pull,1h,Deadlift (Barbell),1,275,5,0,0,,,
";
    let options = ImportOptions {
        unit: Some(Unit::Lb),
        ..ImportOptions::default()
    };
    let mut preview = import::preview(text, &options, None).expect("rows import");
    assert_eq!(preview.sessions[0].exercises.len(), 2);
    preview.rename_exercise("Deadlift Old Data", "Deadlift");
    let session = &preview.sessions[0];
    assert_eq!(session.exercises.len(), 1);
    let kinds: Vec<SetKind> = session.exercises[0]
        .sets
        .iter()
        .map(|set| set.kind)
        .collect();
    // 315 lb first, then 275 lb: a top set and its backoff once merged.
    assert_eq!(kinds, [SetKind::Top, SetKind::Backoff]);
    assert_eq!(
        preview.renamed.get("Deadlift Old Data"),
        Some(&"Deadlift".to_owned())
    );
}

#[test]
fn preview_types_cross_threads() {
    fn assert_send<T: Send + 'static>() {}
    assert_send::<import::ImportPreview>();
    assert_send::<import::ImportOptions>();
    assert_send::<topset::ui::import_dialog::PreviewJob>();
    assert_send::<std::sync::Arc<import::ImportProgress>>();
}
