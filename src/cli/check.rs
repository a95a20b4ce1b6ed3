//! `topset check FILE`: reads a journal or program file with every check the
//! app applies, and prints a summary or the located errors.
//!
//! Output is English, like the other command-line tools.

use std::fmt::{self, Write as _};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::model::{
    Exercise, JOURNAL_VERSION, Journal, Language, Program, Settings, check_planned_slot,
};
use crate::storage::{
    FileKind, MAX_LISTED_BREACHES, MAX_UNKNOWN_FIELDS, ProgramFile, StorageError, journal_from_str,
    journal_rule_errors, parse_header, program_file_from_str, program_rule_errors,
    read_limited_bytes, text_from_bytes, unknown_fields,
};

/// Arguments of `topset check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Journal or program file (.ron) to check.
    pub file: PathBuf,
}

/// Why `topset check` rejected a file: one error, or every broken rule of a
/// file that parses (up to [`MAX_LISTED_BREACHES`]), in file order.
#[derive(Debug)]
pub struct Rejected {
    pub errors: Vec<StorageError>,
}

impl From<StorageError> for Rejected {
    fn from(error: StorageError) -> Self {
        Self {
            errors: vec![error],
        }
    }
}

impl fmt::Display for Rejected {
    /// Writes one error per line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, error) in self.errors.iter().enumerate() {
            if index > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Rejected {}

/// Runs `topset check`: prints the summary and exits 0, or prints the errors
/// to standard error and exits 1.
pub fn run(args: CheckArgs) -> anyhow::Result<ExitCode> {
    match check_file(&args.file) {
        Ok(summary) => {
            print!("{summary}");
            Ok(ExitCode::SUCCESS)
        }
        Err(rejected) => {
            for error in &rejected.errors {
                eprintln!("topset: {error}");
            }
            if rejected.errors.len() >= MAX_LISTED_BREACHES {
                eprintln!("topset: (only the first {MAX_LISTED_BREACHES} errors are listed)");
            }
            let csv = args
                .file
                .extension()
                .is_some_and(|extension| extension.eq_ignore_ascii_case("csv"));
            if csv {
                eprintln!(
                    "topset: `check` reads Topset journals and program files; import a CSV \
                     export with `topset import {} --into JOURNAL.ron`",
                    args.file.display()
                );
            }
            Ok(ExitCode::FAILURE)
        }
    }
}

/// Loads `path` as a program file when it has a top-level `program` field,
/// as a journal otherwise, and returns a summary of its content. A file that
/// parses but breaks rules is rejected with every broken rule, so that one
/// run shows all there is to fix.
pub fn check_file(path: &Path) -> Result<String, Rejected> {
    let bytes = read_limited_bytes(path)?;
    let text = text_from_bytes(bytes, path)?;
    // A file written with struct names starts with its kind. The journal
    // header is tried first because most checked files are journals.
    let header = parse_header(&text, path, FileKind::Journal)
        .or_else(|error| parse_header(&text, path, FileKind::ProgramFile).map_err(|_| error))?;
    let all_rule_errors = |first: StorageError| {
        if !matches!(first, StorageError::Invalid { .. }) {
            return Rejected::from(first);
        }
        let errors = if header.program {
            program_rule_errors(&text, path, MAX_LISTED_BREACHES)
        } else {
            journal_rule_errors(&text, path, MAX_LISTED_BREACHES)
        };
        if errors.is_empty() {
            Rejected::from(first)
        } else {
            Rejected { errors }
        }
    };
    let (mut summary, unknown, planned_checks) = if header.program {
        let file = program_file_from_str(&text, path).map_err(all_rule_errors)?;
        let unknown = unknown_fields::<ProgramFile>(&text);
        // NOTE: a program file carries no settings, so its drops are checked
        // against the default band (10–15 %), not the band of the journal it
        // will be imported into.
        let drop_band = Settings::default().drop_band;
        let planned_checks = planned_checks(&file.program, &file.exercises, drop_band);
        (program_summary(path, &file), unknown, planned_checks)
    } else {
        let journal = journal_from_str(&text, path).map_err(all_rule_errors)?;
        let version = header.version.unwrap_or(0);
        // Older journals are read through their own layouts, which this
        // scan does not know, so only current ones are scanned.
        let unknown = if version == u64::from(JOURNAL_VERSION) {
            unknown_fields::<Journal>(&text)
        } else {
            Vec::new()
        };
        let planned_checks: String = journal
            .programs
            .iter()
            .map(|program| planned_checks(program, &journal.exercises, journal.settings.drop_band))
            .collect();
        (
            journal_summary(path, &journal, version),
            unknown,
            planned_checks,
        )
    };
    if !unknown.is_empty() {
        let _ = writeln!(
            summary,
            "  unknown fields, skipped when read and dropped when saved (a misspelling?):"
        );
        for field in &unknown {
            let _ = writeln!(summary, "    {field}");
        }
        if unknown.len() == MAX_UNKNOWN_FIELDS {
            let _ = writeln!(
                summary,
                "    (only the first {MAX_UNKNOWN_FIELDS} are listed)"
            );
        }
    }
    summary.push_str(&planned_checks);
    Ok(summary)
}

/// Formats the coaching checks of every planned slot of `program` in English,
/// as the program editor shows them. The text is a heading that names the
/// program, then one line per check led by its week and day, or "none".
pub fn planned_checks(program: &Program, exercises: &[Exercise], drop_band: (f64, f64)) -> String {
    let mut lines = String::new();
    for (week_index, week) in program.weeks.iter().enumerate() {
        for (day_index, day) in week.days.iter().enumerate() {
            let checks = day
                .slots
                .iter()
                .flat_map(|slot| check_planned_slot(slot, exercises, drop_band));
            for check in checks {
                let week_number = week_index + 1;
                let day_number = day_index + 1;
                let _ = write!(lines, "    week {week_number}, day {day_number}");
                if !day.name.is_empty() {
                    let _ = write!(lines, " ({})", day.name);
                }
                let _ = writeln!(lines, ": {}", check.message(Language::English));
            }
        }
    }

    let mut text = format!("  planned checks in program {:?}:", program.name);
    if lines.is_empty() {
        text.push_str(" none\n");
    } else {
        text.push('\n');
        text.push_str(&lines);
    }
    text
}

/// Summary of a journal: versions, counts and the span of logged dates.
pub fn journal_summary(path: &Path, journal: &Journal, file_version: u64) -> String {
    let sets: usize = journal
        .sessions
        .iter()
        .flat_map(|session| &session.exercises)
        .map(|logged| logged.sets.len())
        .sum();
    let first = journal.sessions.iter().map(|session| session.start).min();
    let last = journal.sessions.iter().map(|session| session.start).max();

    let mut summary = String::new();
    let _ = writeln!(
        summary,
        "{}: journal, format version {file_version}",
        path.display()
    );
    if file_version < u64::from(JOURNAL_VERSION) {
        let _ = writeln!(
            summary,
            "  upgraded to version {JOURNAL_VERSION} when read; saving writes version {JOURNAL_VERSION}"
        );
    }
    let _ = writeln!(summary, "  programs: {}", journal.programs.len());
    let _ = writeln!(summary, "  exercises: {}", journal.exercises.len());
    let _ = writeln!(summary, "  sessions: {}", journal.sessions.len());
    let _ = writeln!(summary, "  sets: {sets}");
    match (first, last) {
        (Some(first), Some(last)) => {
            let _ = writeln!(summary, "  dates: {} to {}", first.date(), last.date());
        }
        _ => {
            let _ = writeln!(summary, "  dates: none");
        }
    }
    summary
}

/// Summary of a program file.
pub fn program_summary(path: &Path, file: &ProgramFile) -> String {
    let program = &file.program;
    let days: usize = program.weeks.iter().map(|week| week.days.len()).sum();
    let mut summary = String::new();
    let _ = writeln!(
        summary,
        "{}: program file, format version {}",
        path.display(),
        file.version
    );
    let _ = writeln!(summary, "  program: {}", program.name);
    let _ = writeln!(summary, "  weeks: {}", program.weeks.len());
    let _ = writeln!(summary, "  days: {days}");
    let _ = writeln!(summary, "  custom exercises: {}", file.exercises.len());
    summary
}
