//! Reading Strong, Hevy, FitNotes and Liftosaur exports into sessions.

use std::collections::HashMap;

use chrono::NaiveDateTime;

use super::classify::classify_sets;
use super::layout::{Layout, detect_delimiter};
use super::names::{fit_text, name_key, tidy_name};
use super::rows::{DateCache, Row, RowSet, load_kg, parse_row};
use super::{
    ImportError, ImportOptions, ImportPreview, ImportProgress, LineCounter, MAX_PLAUSIBLE_LOAD_KG,
    MAX_PLAUSIBLE_REPS, MAX_PLAUSIBLE_SESSION_SECS, RowIssue, UnitSource,
};
use crate::model::{LoggedExercise, Session, SetKind, Unit};
use crate::storage::{MAX_EXERCISES_PER_SESSION, MAX_NOTE_BYTES, MAX_SETS_PER_EXERCISE};
use crate::tr;

/// Rows between two progress updates.
const PROGRESS_EVERY: usize = 512;

/// Groups rows into sessions: one per start time and workout name.
struct SessionBuilder<'o> {
    options: &'o ImportOptions,
    source: &'static str,
    sessions: Vec<Session>,
    by_start: HashMap<(NaiveDateTime, String), usize>,
    /// The session of the previous row: rows of a session are adjacent in
    /// every export, so most rows skip the map.
    last: Option<(NaiveDateTime, usize)>,
    last_workout: String,
    /// Name in the file → index in `names`.
    resolved: HashMap<String, usize>,
    /// Journal names of the exercises found so far.
    names: Vec<String>,
    /// Name key → index in `names` of the first spelling used, so names
    /// differing only by case or spaces merge.
    spelling: HashMap<String, usize>,
}

impl<'o> SessionBuilder<'o> {
    fn session_index(&mut self, row: &RowSet<'_>) -> (usize, bool) {
        if let Some((start, index)) = self.last
            && start == row.start
            && self.last_workout == row.workout
        {
            return (index, false);
        }
        let key = (row.start, row.workout.to_owned());
        let mut created = false;
        let index = *self.by_start.entry(key).or_insert_with(|| {
            created = true;
            self.sessions.push(Session {
                id: 0,
                start: row.start,
                name: tidy_name(row.workout),
                planned: None,
                exercises: Vec::new(),
                note: String::new(),
                source: Some(self.source.to_owned()),
            });
            self.sessions.len() - 1
        });
        self.last = Some((row.start, index));
        self.last_workout.clear();
        self.last_workout.push_str(row.workout);
        (index, created)
    }

    /// Index in `names` of the journal name for `raw`.
    fn exercise_index(&mut self, raw: &str) -> usize {
        if let Some(index) = self.resolved.get(raw) {
            return *index;
        }
        let target = self.options.names.resolve(raw);
        let next = self.names.len();
        let index = *self.spelling.entry(name_key(&target)).or_insert(next);
        if index == next {
            self.names.push(target);
        }
        self.resolved.insert(raw.to_owned(), index);
        index
    }

    /// Adds the set of `row` to its session. An `Err` is the reason it cannot
    /// be added: the session or exercise is already at a journal's limit.
    fn add(&mut self, row: RowSet<'_>) -> Result<(), String> {
        let name_index = self.exercise_index(row.exercise);
        let (index, _) = self.session_index(&row);
        let Some(name) = self.names.get(name_index) else {
            return Ok(());
        };
        let Some(session) = self.sessions.get_mut(index) else {
            return Ok(());
        };
        if session.note.is_empty() && !row.workout_note.is_empty() {
            session.note = fit_text(row.workout_note, MAX_NOTE_BYTES).to_owned();
        }
        let position = session
            .exercises
            .iter()
            .rposition(|exercise| exercise.exercise == *name);
        let exercise = match position {
            Some(position) => &mut session.exercises[position],
            None if session.exercises.len() >= MAX_EXERCISES_PER_SESSION => {
                return Err(tr!(
                    "import.too_many_exercises",
                    max = MAX_EXERCISES_PER_SESSION
                ));
            }
            None => {
                session.exercises.push(LoggedExercise {
                    exercise: name.clone(),
                    sets: Vec::new(),
                    note: String::new(),
                });
                let last = session.exercises.len() - 1;
                &mut session.exercises[last]
            }
        };
        if exercise.sets.len() >= MAX_SETS_PER_EXERCISE {
            return Err(tr!("import.too_many_sets", max = MAX_SETS_PER_EXERCISE));
        }
        if exercise.note.is_empty() && !row.exercise_note.is_empty() {
            exercise.note = fit_text(row.exercise_note, MAX_NOTE_BYTES).to_owned();
        }
        exercise.sets.push(row.set);
        Ok(())
    }
}

/// Returns the reason a set has an implausible value, if it has one.
fn implausible(row: &RowSet<'_>) -> Option<String> {
    let set = &row.set;
    if set.reps > MAX_PLAUSIBLE_REPS {
        let reason = if set.kind == SetKind::WarmUp {
            tr!("import.flag_warmup_reps", reps = set.reps)
        } else {
            tr!("import.flag_reps", reps = set.reps)
        };
        return Some(reason);
    }
    if load_kg(set.load) > MAX_PLAUSIBLE_LOAD_KG {
        let load = set.load.map(|load| load.to_string()).unwrap_or_default();
        return Some(tr!("import.flag_load", load = load));
    }
    None
}

/// Reads a Strong, Hevy, FitNotes or Liftosaur export.
pub(crate) fn read(
    text: &str,
    options: &ImportOptions,
    progress: Option<&ImportProgress>,
) -> Result<ImportPreview, ImportError> {
    let delimiter = detect_delimiter(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut record = csv::StringRecord::new();
    let csv_error = |error: csv::Error| ImportError::Csv {
        line: error.position().map_or(0, |position| position.line()),
        message: error.to_string(),
    };

    if !reader.read_record(&mut record).map_err(csv_error)? {
        return Err(ImportError::Empty);
    }
    let Some(layout) = Layout::from_header(record.iter()) else {
        let header = text
            .lines()
            .next()
            .unwrap_or("")
            .chars()
            .take(200)
            .collect();
        return Err(ImportError::UnknownFormat { header });
    };
    let states_unit = layout.header_unit.is_some() || layout.weight_unit.is_some();
    let (unit, unit_source) = match (layout.header_unit, options.unit) {
        (Some(unit), _) => (unit, UnitSource::File),
        (None, Some(unit)) => (unit, UnitSource::User),
        (None, None) if states_unit => (Unit::Kg, UnitSource::File),
        (None, None) => {
            return Err(ImportError::UnitRequired {
                format: layout.format,
            });
        }
    };
    let fallback_unit = layout.header_unit.or(options.unit);

    let mut preview = ImportPreview::empty(layout.format, unit, unit_source);
    let mut builder = SessionBuilder {
        options,
        source: layout.format.source(),
        sessions: Vec::new(),
        by_start: HashMap::new(),
        last: None,
        last_workout: String::new(),
        resolved: HashMap::new(),
        names: Vec::new(),
        spelling: HashMap::new(),
    };
    let mut rows = 0usize;
    let mut lines = LineCounter::new(text);
    let mut dates = DateCache::default();
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(error) => {
                // A broken row (invalid UTF-8, say): report it and read on.
                let line = error
                    .position()
                    .map_or(0, |position| lines.line_at(position.byte() as usize));
                preview.skipped.push(RowIssue {
                    line,
                    reason: error.to_string(),
                });
                continue;
            }
        }
        rows += 1;
        if rows.is_multiple_of(PROGRESS_EVERY)
            && let Some(progress) = progress
        {
            progress.advance(record.position().map_or(0, |p| p.byte() as usize));
        }
        let line = record
            .position()
            .map_or(0, |position| lines.line_at(position.byte() as usize));
        if record.len() == 1 && record.get(0).is_some_and(|cell| cell.trim().is_empty()) {
            continue;
        }

        let fields: Vec<&str> = record.iter().collect();
        let joined: Vec<String>;
        let merged_fields: Vec<&str>;
        let parsed = if fields.len() > layout.width && delimiter == b',' {
            match recover_comma(&layout, &fields, fallback_unit) {
                Some(merged) => {
                    joined = merged;
                    merged_fields = joined.iter().map(String::as_str).collect();
                    parse_row(&layout, &merged_fields, fallback_unit, &mut dates)
                }
                None => Err(tr!(
                    "import.ambiguous_comma",
                    fields = fields.len(),
                    columns = layout.width
                )),
            }
        } else {
            parse_row(&layout, &fields, fallback_unit, &mut dates)
        };
        let row = match parsed {
            Ok(row) => row,
            Err(reason) => {
                preview.skipped.push(RowIssue { line, reason });
                continue;
            }
        };
        match row {
            Row::RestTimer => preview.rest_timer_rows += 1,
            Row::Skipped { reason, cardio } => {
                preview.cardio_rows += usize::from(cardio);
                preview.skipped.push(RowIssue { line, reason });
            }
            Row::Set(row) => {
                let row = *row;
                let (_, created) = builder.session_index(&row);
                if created
                    && let Some(duration) = row.duration_secs
                    && duration > MAX_PLAUSIBLE_SESSION_SECS
                {
                    preview.notes.push(RowIssue {
                        line,
                        reason: tr!(
                            "import.flag_duration",
                            hours = duration / 3600,
                            minutes = duration % 3600 / 60
                        ),
                    });
                }
                if let Some(reason) = implausible(&row) {
                    preview.flagged.push(RowIssue { line, reason });
                    if !options.keep_flagged {
                        continue;
                    }
                }
                if let Err(reason) = builder.add(row) {
                    preview.skipped.push(RowIssue { line, reason });
                }
            }
        }
    }

    for (source, index) in &builder.resolved {
        if let Some(target) = builder.names.get(*index) {
            preview
                .exercise_names
                .insert(tidy_name(source), target.clone());
        }
    }
    let mut sessions = builder.sessions;
    sessions.retain(|session| !session.exercises.is_empty());
    for session in &mut sessions {
        for exercise in &mut session.exercises {
            classify_sets(exercise);
        }
    }
    preview.sessions = sessions;
    Ok(preview)
}

/// Rebuilds a row split by unquoted commas inside one free-text column.
/// Returns the fields when exactly one text column makes the row valid, and
/// `None` when none or several do.
fn recover_comma(layout: &Layout, fields: &[&str], unit: Option<Unit>) -> Option<Vec<String>> {
    let extra = fields.len() - layout.width;
    let mut found: Option<Vec<String>> = None;
    for &column in &layout.text_columns {
        if column + extra >= fields.len() {
            continue;
        }
        let mut merged: Vec<String> = Vec::with_capacity(layout.width);
        merged.extend(fields[..column].iter().map(|field| (*field).to_owned()));
        merged.push(fields[column..=column + extra].join(","));
        merged.extend(
            fields[column + extra + 1..]
                .iter()
                .map(|field| (*field).to_owned()),
        );
        let merged_fields: Vec<&str> = merged.iter().map(String::as_str).collect();
        let parsed = parse_row(layout, &merged_fields, unit, &mut DateCache::default());
        if matches!(parsed, Ok(Row::Set(_))) {
            if found.is_some() {
                return None;
            }
            found = Some(merged);
        }
    }
    found
}
