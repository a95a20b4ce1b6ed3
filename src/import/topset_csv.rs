//! Reading Topset's own CSV export back (see [`crate::export`]).
//!
//! Sets keep the kinds and loads written in the file: nothing is
//! reclassified or converted, so an export imports back unchanged.

use std::collections::HashMap;

use chrono::NaiveDateTime;

use super::{
    ImportError, ImportFormat, ImportPreview, ImportProgress, LineCounter, RowIssue, UnitSource,
};
use crate::export::{LOG_CSV_COLUMNS, LOG_CSV_MARKER, START_FORMAT, set_kind_from_name};
use crate::import::dates::parse_date_time;
use crate::model::{Load, LoggedExercise, LoggedSet, PlannedDayRef, Session, Unit};
use crate::tr;

/// Returns whether `text` starts with the Topset export marker line.
pub(crate) fn is_topset_export(text: &str) -> bool {
    text.starts_with(LOG_CSV_MARKER)
}

/// Field `name` of a Topset export row, or an empty string when missing.
fn at<'a>(record: &'a csv::StringRecord, name: &str) -> &'a str {
    LOG_CSV_COLUMNS
        .iter()
        .position(|column| *column == name)
        .and_then(|index| record.get(index))
        .unwrap_or("")
}

pub(crate) fn read(
    text: &str,
    progress: Option<&ImportProgress>,
) -> Result<ImportPreview, ImportError> {
    let body_start = text.find('\n').map_or(text.len(), |index| index + 1);
    let body = &text[body_start..];
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(body.as_bytes());
    let header = reader.headers().map_err(|error| ImportError::Csv {
        line: 2,
        message: error.to_string(),
    })?;
    if header.iter().ne(LOG_CSV_COLUMNS) {
        return Err(ImportError::UnknownFormat {
            header: header.iter().collect::<Vec<_>>().join(","),
        });
    }

    let mut preview = ImportPreview::empty(ImportFormat::Topset, Unit::Kg, UnitSource::File);
    let mut by_id: HashMap<String, usize> = HashMap::new();
    let mut record = csv::StringRecord::new();
    let mut lines = LineCounter::new(text);
    loop {
        let line = lines.line_at(body_start + reader.position().byte() as usize);
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(error) => {
                preview.skipped.push(RowIssue {
                    line,
                    reason: error.to_string(),
                });
                continue;
            }
        }
        let line = record.position().map_or(line, |position| {
            lines.line_at(body_start + position.byte() as usize)
        });
        if let Some(progress) = progress {
            progress.advance(body_start + record.position().map_or(0, |p| p.byte() as usize));
        }
        match read_row(&record, &mut by_id, &mut preview.sessions) {
            Ok(()) => {}
            Err(reason) => preview.skipped.push(RowIssue { line, reason }),
        }
    }
    for session in &preview.sessions {
        for exercise in &session.exercises {
            preview
                .exercise_names
                .insert(exercise.exercise.clone(), exercise.exercise.clone());
        }
    }
    Ok(preview)
}

fn read_row(
    record: &csv::StringRecord,
    by_id: &mut HashMap<String, usize>,
    sessions: &mut Vec<Session>,
) -> Result<(), String> {
    let invalid = |name: &str| {
        tr!(
            "import.invalid_value",
            column = name,
            value = at(record, name)
        )
    };
    let id = at(record, "session_id");
    let index = match by_id.get(id) {
        Some(index) => *index,
        None => {
            let start_text = at(record, "start");
            let start = NaiveDateTime::parse_from_str(start_text, START_FORMAT)
                .ok()
                .or_else(|| parse_date_time(start_text))
                .ok_or_else(|| tr!("import.invalid_date", value = start_text))?;
            let planned = match at(record, "planned_program") {
                "" => None,
                program => Some(PlannedDayRef {
                    program: program.to_owned(),
                    week: at(record, "planned_week")
                        .parse()
                        .map_err(|_| invalid("planned_week"))?,
                    day: at(record, "planned_day")
                        .parse()
                        .map_err(|_| invalid("planned_day"))?,
                }),
            };
            let source = at(record, "source");
            sessions.push(Session {
                id: 0,
                start,
                name: at(record, "session_name").to_owned(),
                planned,
                exercises: Vec::new(),
                note: at(record, "session_note").to_owned(),
                source: (!source.is_empty()).then(|| source.to_owned()),
            });
            by_id.insert(id.to_owned(), sessions.len() - 1);
            sessions.len() - 1
        }
    };
    let Some(session) = sessions.get_mut(index) else {
        return Ok(());
    };
    if at(record, "exercise_position").is_empty() {
        return Ok(());
    }
    let position: usize = at(record, "exercise_position")
        .parse()
        .map_err(|_| invalid("exercise_position"))?;
    if position >= session.exercises.len() {
        session.exercises.push(LoggedExercise {
            exercise: at(record, "exercise").to_owned(),
            sets: Vec::new(),
            note: at(record, "exercise_note").to_owned(),
        });
    }
    let Some(exercise) = session.exercises.last_mut() else {
        return Ok(());
    };
    let kind_text = at(record, "set_kind");
    if kind_text.is_empty() {
        return Ok(());
    }
    let kind = set_kind_from_name(kind_text).ok_or_else(|| invalid("set_kind"))?;
    let load = match at(record, "load") {
        "" => None,
        value => {
            let value: f64 = value.parse().map_err(|_| invalid("load"))?;
            let unit = Unit::parse(at(record, "unit")).ok_or_else(|| invalid("unit"))?;
            Some(Load::new(value, unit))
        }
    };
    let rpe = match at(record, "rpe") {
        "" => None,
        value => Some(value.parse().map_err(|_| invalid("rpe"))?),
    };
    let flag = |name: &str| match at(record, name) {
        "true" => Ok(true),
        "false" => Ok(false),
        _ => Err(invalid(name)),
    };
    exercise.sets.push(LoggedSet {
        kind,
        load,
        reps: at(record, "reps").parse().map_err(|_| invalid("reps"))?,
        rpe,
        done: flag("done")?,
        load_typed: flag("load_typed")?,
        note: at(record, "set_note").to_owned(),
    });
    Ok(())
}
