//! Imports never give a journal that Topset rejects on opening. A row with a
//! value beyond a journal's limits is skipped with its line and reason, long
//! text is shortened, and an import that would overfill the journal is
//! rejected whole. The cases come from inputs the importer fuzz targets
//! found (`fuzz/corpus/import_*/regression-*.csv`), rewritten as short files.

use std::path::Path;

use chrono::NaiveDate;
use topset::import::{self, ImportError, ImportOptions, ImportPreview};
use topset::model::{Journal, Session, Unit};
use topset::storage::{
    MAX_NOTE_BYTES, MAX_SESSIONS, Rule, journal_from_str, journal_to_string, load_journal,
    save_journal,
};

const STRONG_HEADER: &str = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n";

const HEVY_HEADER: &str = "\"title\",\"start_time\",\"end_time\",\"description\",\"exercise_title\",\"superset_id\",\"exercise_notes\",\"set_index\",\"set_type\",\"weight_kg\",\"reps\",\"distance_km\",\"duration_seconds\",\"rpe\"\n";

const TOPSET_HEADER: &str = "#Topset export format 1\nsession_id,start,session_name,session_note,source,planned_program,planned_week,planned_day,exercise_position,exercise,exercise_note,set_kind,load,unit,reps,rpe,done,load_typed,set_note\n";

fn preview(text: &str) -> ImportPreview {
    let options = ImportOptions {
        unit: Some(Unit::Lb),
        keep_flagged: true,
        ..ImportOptions::default()
    };
    import::preview(text, &options, None).expect("the file imports")
}

/// (line, reason) of every skipped row.
fn skipped(preview: &ImportPreview) -> Vec<(u64, &str)> {
    preview
        .skipped
        .iter()
        .map(|issue| (issue.line, issue.reason.as_str()))
        .collect()
}

/// Applies `preview` to an empty journal, then saves and reads it back as
/// the app does on the next start.
fn saved_and_reopened(preview: &ImportPreview) -> Journal {
    let mut journal = Journal::default();
    import::apply(&mut journal, preview).expect("the import fits in a journal");
    let text = journal_to_string(&journal).expect("the journal encodes");
    let reopened = journal_from_str(&text, Path::new("imported.ron")).expect("the journal opens");
    assert_eq!(reopened, journal);
    reopened
}

#[test]
fn year_outside_journal_range_skipped() {
    let text = format!(
        "{HEVY_HEADER}\
\"Legs\",\"7 Apr 0026, 10:14\",\"7 Apr 0026, 11:00\",\"\",\"Squat (Barbell)\",,\"\",0,\"normal\",100,5,,,8\n\
\"Legs\",\"9 Apr 2026, 10:14\",\"9 Apr 2026, 11:00\",\"\",\"Squat (Barbell)\",,\"\",0,\"normal\",100,5,,,8\n"
    );
    let found = preview(&text);
    assert_eq!(
        skipped(&found),
        [(
            2,
            "date \"7 Apr 0026, 10:14\" is outside the years a journal stores (1900 to 2200)"
        )]
    );
    let journal = saved_and_reopened(&found);
    assert_eq!(journal.sessions.len(), 1);
    assert_eq!(
        journal.sessions[0].start.date(),
        NaiveDate::from_ymd_opt(2026, 4, 9).expect("valid date")
    );
}

#[test]
fn values_beyond_limits_skipped_by_line() {
    let text = format!(
        "{STRONG_HEADER}\
2023-05-02 18:00:00,Legs,1h,Squat (Barbell),1,225,5,0,0,,,\n\
2023-05-02 18:00:00,Legs,1h,Squat (Barbell),2,5000,1,0,0,,,\n\
2023-05-02 18:00:00,Legs,1h,Squat (Barbell),3,225,1001,0,0,,,\n\
2023-05-02 18:00:00,Legs,1h,Squat (Barbell),4,225,5,0,0,,,12\n\
2023-05-02 18:00:00,Legs,1h,Squat (Barbell),5,225,1000,0,0,,,\n"
    );
    let found = preview(&text);
    assert_eq!(
        skipped(&found),
        [
            (
                3,
                "a journal cannot store this set: load: 5000 is outside the allowed range -300 to 2000"
            ),
            (
                4,
                "a journal cannot store this set: reps: 1001 is larger than the maximum of 1000"
            ),
            (
                5,
                "a journal cannot store this set: RPE: 12 is outside the allowed range 1 to 10"
            ),
        ]
    );
    let journal = saved_and_reopened(&found);
    let reps: Vec<u32> = journal.sessions[0].exercises[0]
        .sets
        .iter()
        .map(|set| set.reps)
        .collect();
    // 1000 reps is flagged as implausible but still fits, so it is kept
    // when the user asks for flagged rows.
    assert_eq!(reps, [5, 1000]);
}

#[test]
fn long_note_shortened_not_lost() {
    // 40,000 two-byte letters: 80,000 bytes, more than a note may hold.
    let note = "é".repeat(40_000);
    let text = format!(
        "{STRONG_HEADER}2023-05-02 18:00:00,Legs,1h,Squat (Barbell),1,225,5,0,0,{note},,\n"
    );
    let found = preview(&text);
    assert!(found.skipped.is_empty());
    let journal = saved_and_reopened(&found);
    let kept = &journal.sessions[0].exercises[0].sets[0].note;
    assert_eq!(kept.len(), MAX_NOTE_BYTES);
    assert_eq!(kept.chars().count(), MAX_NOTE_BYTES / 2);
}

#[test]
fn topset_rows_beyond_limits_skipped() {
    let text = format!(
        "{TOPSET_HEADER}\
1,2026-08-17T18:05:00,Lower,,,,,,0,Squat,,top,142.5,kg,3,8.5,true,false,\n\
1,2026-08-17T18:05:00,Lower,,,,,,0,Squat,,backoff,NaN,kg,5,,true,false,\n\
2,4668-08-17T18:05:00,Later,,,,,,0,Squat,,top,100,kg,3,,true,false,\n\
3,2026-08-19T18:05:00,Upper,,,Block,5000,0,0,Bench press,,top,100,kg,3,,true,false,\n\
4,2026-08-21T18:05:00,Upper,,,,,,0,,,top,100,kg,3,,true,false,\n"
    );
    let found = preview(&text);
    assert_eq!(
        skipped(&found),
        [
            (
                4,
                "a journal cannot store this set: load: NaN is not a finite number"
            ),
            (
                5,
                "date \"4668-08-17T18:05:00\" is outside the years a journal stores (1900 to 2200)"
            ),
            (6, "invalid planned_week value \"5000\""),
            (7, "the exercise name is missing"),
        ]
    );
    let journal = saved_and_reopened(&found);
    // Session 4 has no exercise left after line 7 is skipped, so it is not imported.
    assert_eq!(journal.sessions.len(), 2);
    assert_eq!(journal.sessions[0].exercises[0].sets.len(), 1);
}

#[test]
fn overfilling_import_refused_whole() {
    let start = NaiveDate::from_ymd_opt(2000, 1, 1)
        .and_then(|date| date.and_hms_opt(9, 0, 0))
        .expect("valid date");
    let sessions = (0..MAX_SESSIONS as u64 - 1)
        .map(|id| Session {
            id,
            start: start + chrono::Duration::minutes(id as i64),
            name: String::new(),
            planned: None,
            exercises: Vec::new(),
            note: String::new(),
            source: None,
        })
        .collect();
    let mut journal = Journal {
        sessions,
        ..Journal::default()
    };
    let text = format!(
        "{STRONG_HEADER}\
2023-05-02 18:00:00,Legs,1h,Squat (Barbell),1,225,5,0,0,,,\n\
2023-05-04 18:00:00,Legs,1h,Squat (Barbell),1,225,5,0,0,,,\n"
    );
    let found = preview(&text);
    let mut copy = journal.clone();
    let Err(ImportError::BeyondLimits { breach }) = import::apply(&mut copy, &found) else {
        panic!("an import past the session limit was applied");
    };
    assert_eq!(breach.field, "sessions");
    assert_eq!(
        breach.rule,
        Rule::TooMany {
            count: MAX_SESSIONS + 1,
            max: MAX_SESSIONS
        }
    );
    assert_eq!(
        import::error_message(&ImportError::BeyondLimits { breach }),
        "Nothing was imported: with these sessions the journal would break one of its limits \
         (sessions: 100001 items is more than the maximum of 100000) and could not be opened again."
    );
    // One session still fits.
    let one = preview(&format!(
        "{STRONG_HEADER}2023-05-02 18:00:00,Legs,1h,Squat (Barbell),1,225,5,0,0,,,\n"
    ));
    import::apply(&mut journal, &one).expect("the last session fits");
    assert_eq!(journal.sessions.len(), MAX_SESSIONS);
}

#[test]
fn real_exports_save_and_reopen() {
    let exports = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/exports");
    let dir = tempfile::tempdir().expect("temporary directory");
    for name in [
        "strong-lb-plain.csv",
        "strong-lb-warmups-drops.csv",
        "hevy-us-dates-rpe.csv",
        "fitnotes-classic-lbs.csv",
    ] {
        let text = std::fs::read_to_string(exports.join(name)).expect("export reads");
        let found = preview(&text);
        let mut journal = Journal::default();
        import::apply(&mut journal, &found).expect("the export fits in a journal");
        let path = dir.path().join(format!("{name}.topset.ron"));
        save_journal(&journal, &path).expect("journal saves");
        let reopened = load_journal(&path).unwrap_or_else(|error| panic!("{name}: {error}"));
        assert_eq!(reopened.sessions.len(), found.sessions.len(), "{name}");
        assert_eq!(reopened, journal, "{name}");
    }
}
