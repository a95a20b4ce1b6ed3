//! `topset check FILE`: reads a journal or program file with every check the
//! app applies, and prints a summary or the located error.
//!
//! Output is English, like the other command-line tools.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::model::{JOURNAL_VERSION, Journal};
use crate::storage::{
    FileKind, MAX_UNKNOWN_FIELDS, ProgramFile, StorageError, journal_from_str, parse_header,
    program_file_from_str, read_limited_bytes, text_from_bytes, unknown_fields,
};

/// Arguments of `topset check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Journal or program file (.ron) to check.
    pub file: PathBuf,
}

/// Runs `topset check`: prints the summary and exits 0, or prints the error
/// to standard error and exits 1.
pub fn run(args: CheckArgs) -> anyhow::Result<ExitCode> {
    match check_file(&args.file) {
        Ok(summary) => {
            print!("{summary}");
            Ok(ExitCode::SUCCESS)
        }
        Err(error) => {
            eprintln!("topset: {error}");
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
/// as a journal otherwise, and returns a summary of its content.
pub fn check_file(path: &Path) -> Result<String, StorageError> {
    let bytes = read_limited_bytes(path)?;
    let text = text_from_bytes(bytes, path)?;
    // A file written with struct names starts with its kind. The journal
    // header is tried first because most checked files are journals.
    let header = parse_header(&text, path, FileKind::Journal)
        .or_else(|error| parse_header(&text, path, FileKind::ProgramFile).map_err(|_| error))?;
    let (mut summary, unknown) = if header.program {
        let file = program_file_from_str(&text, path)?;
        let unknown = unknown_fields::<ProgramFile>(&text);
        (program_summary(path, &file), unknown)
    } else {
        let journal = journal_from_str(&text, path)?;
        let version = header.version.unwrap_or(0);
        // Older journals are read through their own layouts, which this
        // scan does not know, so only current ones are scanned.
        let unknown = if version == u64::from(JOURNAL_VERSION) {
            unknown_fields::<Journal>(&text)
        } else {
            Vec::new()
        };
        (journal_summary(path, &journal, version), unknown)
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
    Ok(summary)
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
