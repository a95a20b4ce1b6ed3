//! History import from other training apps: Strong, Hevy, FitNotes and
//! Liftosaur CSV exports, and Topset's own CSV export.
//!
//! Importing has two steps. [`preview`] is a pure function of the file text
//! and the [`ImportOptions`]: it detects the format, parses every row and
//! returns an [`ImportPreview`] with the new sessions and everything it
//! skipped or flagged, each with its line number. Nothing is written. Then
//! [`apply`] adds the previewed sessions to a journal the caller owns (a
//! copy, applied in one step), skipping sessions the journal already has.
//!
//! Failure handling: a file that cannot be read as a supported export is an
//! [`ImportError`]; a row that cannot be read is reported in
//! [`ImportPreview::skipped`] and the rest of the file is still imported.
//! `preview` never panics on user data and runs on any thread: its inputs
//! and outputs are `Send`, and it reports progress through an
//! [`ImportProgress`] shared with the caller.

mod classify;
mod dates;
mod layout;
mod loads;
mod names;
mod rows;
mod sessions;
mod topset_csv;

use std::collections::{BTreeMap, HashSet};
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;

pub use classify::classify_sets;
pub use dates::parse_date_time;
pub use layout::ImportFormat;
pub use loads::entered_load;
pub use names::{ExerciseNames, name_key};

use crate::model::{Equipment, Exercise, Journal, Session, Suitability, Unit, find_exercise};
use crate::storage::{Breach, check_journal};
use crate::tr;

/// Most reps Topset accepts in one set without asking: more is almost
/// always a typing slip (877777) or a mislabelled row.
pub const MAX_PLAUSIBLE_REPS: u32 = 100;

/// Heaviest load accepted without asking, in kg; no lift in a gym approaches it.
pub const MAX_PLAUSIBLE_LOAD_KG: f64 = 1000.0;

/// Longest plausible session, in seconds (8 hours). Longer ones were left
/// open in the app; Topset stores no duration, so such a session is flagged
/// but its sets are kept.
pub const MAX_PLAUSIBLE_SESSION_SECS: u64 = 8 * 3600;

/// Error that stops an import before any row is read.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ImportError {
    #[error("the file is empty")]
    Empty,
    #[error(
        "line 1 is not the header of a Strong, Hevy, FitNotes, Liftosaur or Topset export: {header}"
    )]
    UnknownFormat { header: String },
    #[error(
        "the {} export does not say whether loads are in kg or lb: choose the unit",
        format.label()
    )]
    UnitRequired { format: ImportFormat },
    #[error("line {line}: {message}")]
    Csv { line: u64, message: String },
    /// The journal with the import added would break one of its rules (more
    /// sessions than a journal can contain), so it could not be opened again.
    #[error("the journal would be beyond its limits after this import: {}: {}", .breach.field, .breach.rule)]
    BeyondLimits { breach: Breach },
}

/// Choices the user makes before importing.
#[derive(Clone, Debug, Default)]
pub struct ImportOptions {
    /// Unit of loads when the file does not state it.
    pub unit: Option<Unit>,
    /// Whether sets with implausible values are imported anyway.
    pub keep_flagged: bool,
    /// Mapping from names in the file to journal exercise names.
    pub names: ExerciseNames,
}

impl ImportOptions {
    /// Options for importing into `journal`, with its exercise aliases.
    pub fn for_journal(journal: &Journal) -> Self {
        Self {
            unit: None,
            keep_flagged: false,
            names: ExerciseNames::for_journal(journal),
        }
    }
}

/// Progress of a running [`preview`], shared between the worker thread and
/// the window that draws a progress bar.
#[derive(Debug, Default)]
pub struct ImportProgress {
    bytes_read: AtomicUsize,
    bytes_total: AtomicUsize,
}

impl ImportProgress {
    /// Fraction of the file parsed so far, from 0 to 1.
    pub fn fraction(&self) -> f32 {
        let total = self.bytes_total.load(Ordering::Relaxed);
        if total == 0 {
            return 0.0;
        }
        let read = self.bytes_read.load(Ordering::Relaxed).min(total);
        read as f32 / total as f32
    }

    fn start(&self, total: usize) {
        self.bytes_total.store(total, Ordering::Relaxed);
        self.bytes_read.store(0, Ordering::Relaxed);
    }

    fn advance(&self, read: usize) {
        self.bytes_read.store(read, Ordering::Relaxed);
    }
}

/// Line numbers of byte offsets, counting every line break, including those
/// inside quoted fields (the CSV reader's own count skips those).
struct LineCounter<'a> {
    bytes: &'a [u8],
    byte: usize,
    line: u64,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            bytes: text.as_bytes(),
            byte: 0,
            line: 1,
        }
    }

    /// Line (from 1) of the byte at `offset`; offsets must not decrease
    /// between calls, which keeps the whole count linear in the file size.
    fn line_at(&mut self, offset: usize) -> u64 {
        let mut offset = offset.min(self.bytes.len());
        // After a CRLF the reader places the next record at the LF; a record
        // never starts with a line break, so skip it.
        while matches!(self.bytes.get(offset), Some(b'\n' | b'\r')) {
            offset += 1;
        }
        if offset > self.byte {
            let breaks = self.bytes[self.byte..offset]
                .iter()
                .filter(|byte| **byte == b'\n')
                .count();
            self.line += breaks as u64;
            self.byte = offset;
        }
        self.line
    }
}

/// A row reported to the user, with its line in the file (from 1).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RowIssue {
    pub line: u64,
    pub reason: String,
}

/// Origin of the unit of unstated loads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum UnitSource {
    /// The header or the rows state it.
    File,
    /// The user chose it.
    User,
}

/// Summary of what an import would add, computed before anything is written.
#[derive(Clone, Debug)]
pub struct ImportPreview {
    pub format: ImportFormat,
    /// Unit of loads the file does not state per row.
    pub unit: Unit,
    pub unit_source: UnitSource,
    /// New sessions sorted by start, with ids from 0 (replaced by [`apply`]).
    pub sessions: Vec<Session>,
    /// Sets that are not warm-up sets (drop and failure sets included).
    pub working_sets: usize,
    pub warmup_sets: usize,
    pub first_date: Option<NaiveDate>,
    pub last_date: Option<NaiveDate>,
    /// Rows not imported, with the reason.
    pub skipped: Vec<RowIssue>,
    /// Implausible values: their sets are left out unless
    /// [`ImportOptions::keep_flagged`] is set.
    pub flagged: Vec<RowIssue>,
    /// Remarks on rows imported whole, such as a session left open for a
    /// day whose duration is ignored.
    pub notes: Vec<RowIssue>,
    /// Skipped rows that were cardio or timed exercises.
    pub cardio_rows: usize,
    /// Strong rest timer rows, dropped.
    pub rest_timer_rows: usize,
    /// Name in the file → journal exercise name, for every exercise found.
    pub exercise_names: BTreeMap<String, String>,
    /// Renames the user made in this preview, remembered by [`apply`].
    pub renamed: BTreeMap<String, String>,
}

/// Changes made by [`apply`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ApplyReport {
    pub added: usize,
    /// Sessions the journal already had (same start, name and exercises).
    pub duplicates: usize,
    /// Exercises added to the journal's exercise list.
    pub new_exercises: Vec<String>,
}

/// Parses `text` as an export and returns what importing it would add.
///
/// `progress`, when given, is updated while rows are parsed.
pub fn preview(
    text: &str,
    options: &ImportOptions,
    progress: Option<&ImportProgress>,
) -> Result<ImportPreview, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    if let Some(progress) = progress {
        progress.start(text.len());
    }
    let mut preview = if topset_csv::is_topset_export(text) {
        topset_csv::read(text, progress)?
    } else {
        sessions::read(text, options, progress)?
    };
    if let Some(progress) = progress {
        progress.advance(text.len());
    }

    preview.sessions.sort_by_key(|session| session.start);
    preview.update_counts();
    Ok(preview)
}

impl ImportPreview {
    fn empty(format: ImportFormat, unit: Unit, unit_source: UnitSource) -> Self {
        Self {
            format,
            unit,
            unit_source,
            sessions: Vec::new(),
            working_sets: 0,
            warmup_sets: 0,
            first_date: None,
            last_date: None,
            skipped: Vec::new(),
            flagged: Vec::new(),
            notes: Vec::new(),
            cardio_rows: 0,
            rest_timer_rows: 0,
            exercise_names: BTreeMap::new(),
            renamed: BTreeMap::new(),
        }
    }

    fn update_counts(&mut self) {
        let sets = self
            .sessions
            .iter()
            .flat_map(|session| &session.exercises)
            .flat_map(|exercise| &exercise.sets);
        let (mut working, mut warmup) = (0, 0);
        for set in sets {
            if set.kind.is_working() {
                working += 1;
            } else {
                warmup += 1;
            }
        }
        self.working_sets = working;
        self.warmup_sets = warmup;
        self.first_date = self.sessions.first().map(|session| session.start.date());
        self.last_date = self.sessions.last().map(|session| session.start.date());
    }

    /// Renames the journal exercise `from` to `to` in every previewed
    /// session, merging it with an exercise already named `to`, and
    /// remembers the rename so [`apply`] stores it as an alias.
    pub fn rename_exercise(&mut self, from: &str, to: &str) {
        let to = names::tidy_name(to);
        if to.is_empty() || from == to {
            return;
        }
        for (source, target) in &mut self.exercise_names {
            if target == from {
                *target = to.clone();
                self.renamed.insert(source.clone(), to.clone());
            }
        }
        let classify = self.format != ImportFormat::Topset;
        for session in &mut self.sessions {
            let Some(renamed) = session.exercises.iter().position(|e| e.exercise == from) else {
                continue;
            };
            let Some(existing) = session.exercises.iter().position(|e| e.exercise == to) else {
                if let Some(exercise) = session.exercises.get_mut(renamed) {
                    exercise.exercise = to.clone();
                }
                continue;
            };
            // Merge into the earlier of the two, keeping the sets in the
            // order they were done.
            let (first, second) = (renamed.min(existing), renamed.max(existing));
            let mut later = session.exercises.remove(second);
            if let Some(merged) = session.exercises.get_mut(first) {
                merged.exercise = to.clone();
                merged.sets.append(&mut later.sets);
                if merged.note.is_empty() {
                    merged.note = later.note;
                }
                if classify {
                    classify_sets(merged);
                }
            }
        }
    }

    /// Journal exercise names the preview uses, sorted and without repeats.
    pub fn journal_exercise_names(&self) -> Vec<String> {
        let mut names: Vec<String> = self.exercise_names.values().cloned().collect();
        names.sort();
        names.dedup();
        names
    }
}

/// Identity of a session for duplicate detection.
fn session_key(session: &Session) -> (NaiveDateTime, String, Vec<String>) {
    (
        session.start,
        session.name.clone(),
        session
            .exercises
            .iter()
            .map(|exercise| exercise.exercise.clone())
            .collect(),
    )
}

/// Adds the sessions of `preview` to `journal`, except those it already has
/// (same start, name and exercises, so a second import of a file adds
/// nothing). Also adds new exercise names to the exercise list and stores
/// the user's renames as aliases.
///
/// Call it on a copy of the journal and replace the journal with the copy in
/// one step, so a failure can never leave it half-imported. Returns
/// [`ImportError::BeyondLimits`] when the journal with the import added
/// breaks a rule every journal file is checked against on opening: the copy
/// must then be dropped, or the journal would not open again.
pub fn apply(journal: &mut Journal, preview: &ImportPreview) -> Result<ApplyReport, ImportError> {
    let mut report = ApplyReport::default();
    let mut existing: HashSet<_> = journal.sessions.iter().map(session_key).collect();
    let mut next_id = journal.next_session_id();
    for session in &preview.sessions {
        if !existing.insert(session_key(session)) {
            report.duplicates += 1;
            continue;
        }
        let mut session = session.clone();
        session.id = next_id;
        next_id += 1;
        journal.sessions.push(session);
        report.added += 1;
    }
    // A stable sort keeps a new session after an existing one with the same
    // start, as `Journal::insert_session` does.
    journal.sessions.sort_by_key(|session| session.start);

    let mut known: HashSet<String> = journal
        .exercises
        .iter()
        .map(|exercise| exercise.name.clone())
        .collect();
    for (source, name) in &preview.exercise_names {
        if known.insert(name.clone()) {
            journal.exercises.push(new_exercise(name, source));
            report.new_exercises.push(name.clone());
        }
    }
    for (source, target) in &preview.renamed {
        journal
            .exercise_aliases
            .insert(source.clone(), target.clone());
    }
    check_journal(journal).map_err(|breach| ImportError::BeyondLimits { breach })?;
    Ok(report)
}

/// Returns the reason a row is skipped when a journal cannot store one of its values.
fn beyond_limit(breach: &Breach) -> String {
    // The fields of a logged set, named as the import preview names columns.
    let field = match breach.field.as_str() {
        "reps" => tr!("import.field_reps"),
        "load.value" => tr!("import.field_load"),
        "rpe" => "RPE".to_owned(),
        "note" => tr!("import.field_note"),
        other => other.to_owned(),
    };
    tr!(
        "import.beyond_limit",
        field = field,
        rule = breach.rule.localized()
    )
}

/// Builds an exercise list entry for a name first seen in an import.
///
/// A name of the built-in library gets the library's entry, so weekly hard
/// sets per muscle and the coaching checks work on imported history. Any
/// other name gets no muscles and the equipment guessed from the app's name
/// for it ("Curl (Dumbbell)").
fn new_exercise(name: &str, source: &str) -> Exercise {
    if let Some(entry) = find_exercise(name, &[]) {
        // Keep the journal's spelling, because the sessions refer to it.
        return Exercise {
            name: name.to_owned(),
            ..entry.clone()
        };
    }
    Exercise::new(name, &[], guess_equipment(source), Suitability::default())
}

/// Equipment named in an app's exercise name, or `Other`.
fn guess_equipment(source: &str) -> Equipment {
    let source = source.to_lowercase();
    if source.contains("dumbbell") || source.contains("dumbell") {
        Equipment::Dumbbell
    } else if source.contains("cable") {
        Equipment::Cable
    } else if source.contains("machine") || source.contains("plate loaded") {
        Equipment::Machine
    } else if source.contains("barbell") {
        Equipment::Barbell
    } else if source.contains("bodyweight") || source.contains("assisted") {
        Equipment::Bodyweight
    } else {
        Equipment::Other
    }
}

/// Message for an [`ImportError`] in the interface language.
pub fn error_message(error: &ImportError) -> String {
    match error {
        ImportError::Empty => tr!("import.error_empty"),
        ImportError::UnknownFormat { header } => tr!("import.error_unknown", header = header),
        ImportError::UnitRequired { format } => {
            tr!("import.error_unit", format = format.label())
        }
        ImportError::Csv { line, message } => {
            tr!("import.error_csv", line = line, message = message)
        }
        ImportError::BeyondLimits { breach } => tr!(
            "import.error_beyond_limits",
            field = breach.field,
            rule = breach.rule.localized()
        ),
    }
}
