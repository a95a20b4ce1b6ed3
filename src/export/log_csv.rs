//! The training log as CSV: one row per logged set, with every field Topset
//! stores, readable by spreadsheets and by Topset's importer.
//!
//! The first line, [`LOG_CSV_MARKER`], names the file as a Topset export so
//! the importer recognises it; the second is the column header. A logged
//! exercise without sets is one row with an empty `set_kind`, and a session
//! without exercises one row with an empty `exercise`, so nothing is lost.

use std::io;

use crate::model::{Session, SetKind};

/// First line of a Topset CSV export.
pub const LOG_CSV_MARKER: &str = "#Topset export format 1";

/// Format of session start times, with fractions of a second when present.
pub const START_FORMAT: &str = "%Y-%m-%dT%H:%M:%S%.f";

/// Column names, in order.
pub const LOG_CSV_COLUMNS: [&str; 19] = [
    "session_id",
    "start",
    "session_name",
    "session_note",
    "source",
    "planned_program",
    "planned_week",
    "planned_day",
    "exercise_position",
    "exercise",
    "exercise_note",
    "set_kind",
    "load",
    "unit",
    "reps",
    "rpe",
    "done",
    "load_typed",
    "set_note",
];

/// Name of a set kind in the CSV.
pub fn set_kind_name(kind: SetKind) -> &'static str {
    match kind {
        SetKind::WarmUp => "warm-up",
        SetKind::Top => "top",
        SetKind::Backoff => "backoff",
        SetKind::Straight => "straight",
        SetKind::Drop => "drop",
        SetKind::Failure => "failure",
    }
}

/// Returns the set kind named `name` in the CSV.
pub fn set_kind_from_name(name: &str) -> Option<SetKind> {
    let kind = match name {
        "warm-up" => SetKind::WarmUp,
        "top" => SetKind::Top,
        "backoff" => SetKind::Backoff,
        "straight" => SetKind::Straight,
        "drop" => SetKind::Drop,
        "failure" => SetKind::Failure,
        _ => return None,
    };
    Some(kind)
}

/// Writes `sessions` as a Topset CSV export.
pub fn write_log_csv<W: io::Write>(sessions: &[Session], mut writer: W) -> io::Result<()> {
    writeln!(writer, "{LOG_CSV_MARKER}")?;
    let mut csv = csv::Writer::from_writer(writer);
    csv.write_record(LOG_CSV_COLUMNS)?;
    for session in sessions {
        let id = session.id.to_string();
        let start = session.start.format(START_FORMAT).to_string();
        let (program, week, day) = match &session.planned {
            Some(planned) => (
                planned.program.as_str(),
                planned.week.to_string(),
                planned.day.to_string(),
            ),
            None => ("", String::new(), String::new()),
        };
        let session_fields = [
            id.as_str(),
            start.as_str(),
            session.name.as_str(),
            session.note.as_str(),
            session.source.as_deref().unwrap_or(""),
            program,
            week.as_str(),
            day.as_str(),
        ];
        if session.exercises.is_empty() {
            let mut record = session_fields.to_vec();
            record.resize(LOG_CSV_COLUMNS.len(), "");
            csv.write_record(&record)?;
        }
        for (position, exercise) in session.exercises.iter().enumerate() {
            let position = position.to_string();
            let mut record = session_fields.to_vec();
            record.extend([
                position.as_str(),
                exercise.exercise.as_str(),
                exercise.note.as_str(),
            ]);
            if exercise.sets.is_empty() {
                record.resize(LOG_CSV_COLUMNS.len(), "");
                csv.write_record(&record)?;
            }
            for set in &exercise.sets {
                let (load, unit) = match set.load {
                    Some(load) => (load.value.to_string(), load.unit.symbol()),
                    None => (String::new(), ""),
                };
                let reps = set.reps.to_string();
                let rpe = set.rpe.map(|rpe| rpe.to_string()).unwrap_or_default();
                let mut row = record.clone();
                row.extend([
                    set_kind_name(set.kind),
                    load.as_str(),
                    unit,
                    reps.as_str(),
                    rpe.as_str(),
                    if set.done { "true" } else { "false" },
                    if set.load_typed { "true" } else { "false" },
                    set.note.as_str(),
                ]);
                csv.write_record(&row)?;
            }
        }
    }
    csv.flush()?;
    Ok(())
}

/// Returns the Topset CSV export of `sessions` as a string.
pub fn log_csv_string(sessions: &[Session]) -> String {
    let mut bytes = Vec::new();
    // Writing to a Vec cannot fail.
    if write_log_csv(sessions, &mut bytes).is_err() {
        return String::new();
    }
    String::from_utf8(bytes).unwrap_or_default()
}
