//! Reading Topset's own CSV export back (see [`crate::export`]).
//!
//! Sets keep the kinds and loads written in the file: nothing is
//! reclassified or converted, so an export imports back unchanged.

use std::collections::HashMap;

use chrono::NaiveDateTime;

use super::names::fit_text;
use super::{
    ImportError, ImportFormat, ImportPreview, ImportProgress, LineCounter, RowIssue, UnitSource,
    beyond_limit,
};
use crate::export::{LOG_CSV_COLUMNS, LOG_CSV_MARKER, START_FORMAT, set_kind_from_name};
use crate::import::dates::{parse_date_time, year_in_range};
use crate::model::{Load, LoggedExercise, LoggedSet, PlannedDayRef, Session, Unit};
use crate::storage::{
    MAX_DAYS_PER_WEEK, MAX_EXERCISES_PER_SESSION, MAX_NAME_BYTES, MAX_NOTE_BYTES,
    MAX_SETS_PER_EXERCISE, MAX_WEEKS, check_logged_set,
};
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
    let name = |column: &str| fit_text(at(record, column), MAX_NAME_BYTES).to_owned();
    let note = |column: &str| fit_text(at(record, column), MAX_NOTE_BYTES).to_owned();
    let id = at(record, "session_id");
    let index = match by_id.get(id) {
        Some(index) => *index,
        None => {
            let start_text = at(record, "start");
            let start = NaiveDateTime::parse_from_str(start_text, START_FORMAT)
                .ok()
                .or_else(|| parse_date_time(start_text))
                .ok_or_else(|| tr!("import.invalid_date", value = start_text))?;
            if !year_in_range(start) {
                return Err(tr!("import.date_out_of_range", value = start_text));
            }
            let planned = match at(record, "planned_program") {
                "" => None,
                program => Some(PlannedDayRef {
                    program: fit_text(program, MAX_NAME_BYTES).to_owned(),
                    week: at(record, "planned_week")
                        .parse()
                        .ok()
                        .filter(|&week| week <= MAX_WEEKS)
                        .ok_or_else(|| invalid("planned_week"))?,
                    day: at(record, "planned_day")
                        .parse()
                        .ok()
                        .filter(|&day| day <= MAX_DAYS_PER_WEEK)
                        .ok_or_else(|| invalid("planned_day"))?,
                }),
            };
            let source = name("source");
            sessions.push(Session {
                id: 0,
                start,
                name: name("session_name"),
                planned,
                exercises: Vec::new(),
                note: note("session_note"),
                source: (!source.is_empty()).then_some(source),
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
        let exercise = name("exercise");
        if exercise.trim().is_empty() {
            return Err(tr!("import.missing_exercise"));
        }
        if session.exercises.len() >= MAX_EXERCISES_PER_SESSION {
            return Err(tr!(
                "import.too_many_exercises",
                max = MAX_EXERCISES_PER_SESSION
            ));
        }
        session.exercises.push(LoggedExercise {
            exercise,
            sets: Vec::new(),
            note: note("exercise_note"),
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
    if exercise.sets.len() >= MAX_SETS_PER_EXERCISE {
        return Err(tr!("import.too_many_sets", max = MAX_SETS_PER_EXERCISE));
    }
    let set = LoggedSet {
        kind,
        load,
        reps: at(record, "reps").parse().map_err(|_| invalid("reps"))?,
        rpe,
        done: flag("done")?,
        load_typed: flag("load_typed")?,
        note: note("set_note"),
    };
    check_logged_set(&set).map_err(|breach| beyond_limit(&breach))?;
    exercise.sets.push(set);
    Ok(())
}
