//! `topset import`: imports an export of another app (or of Topset) into a
//! journal from the command line.
//!
//! [`import`] contains the logic and writes to any `io::Write`, so tests run it
//! in-process; [`run`] connects it to the process's standard output.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use serde::Serialize;

use crate::import::{self, ImportOptions, ImportPreview, RowIssue};
use crate::model::{Journal, Unit};
use crate::storage;
use crate::{tr, tr_count};

/// Unit accepted by `--unit`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum UnitArg {
    Kg,
    Lb,
}

impl From<UnitArg> for Unit {
    fn from(unit: UnitArg) -> Self {
        match unit {
            UnitArg::Kg => Unit::Kg,
            UnitArg::Lb => Unit::Lb,
        }
    }
}

/// Arguments of `topset import`.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// CSV export of Strong, Hevy, FitNotes, Liftosaur or Topset.
    pub file: PathBuf,
    /// Journal to import into; created when it does not exist.
    #[arg(long = "into", value_name = "JOURNAL")]
    pub into: PathBuf,
    /// Unit of loads when the file does not state it (Strong's export does not).
    #[arg(long, value_enum)]
    pub unit: Option<UnitArg>,
    /// Imports sets with implausible values (such as 877777 reps) instead of
    /// leaving them out.
    #[arg(long)]
    pub keep_flagged: bool,
    /// Prints the summary without writing the journal.
    #[arg(long)]
    pub dry_run: bool,
    /// Prints the summary as one JSON object.
    #[arg(long)]
    pub json: bool,
}

/// Summary printed by `--json`.
#[derive(Debug, Serialize)]
pub struct ImportSummary {
    pub format: import::ImportFormat,
    pub unit: &'static str,
    pub sessions: usize,
    pub working_sets: usize,
    pub warmup_sets: usize,
    pub skipped_rows: Vec<RowIssue>,
    pub flagged: Vec<RowIssue>,
    /// Whether the flagged sets were imported (`--keep-flagged`) or left out.
    pub kept_flagged: bool,
    /// Remarks on rows imported whole.
    pub notes: Vec<RowIssue>,
    pub cardio_rows: usize,
    pub rest_timer_rows: usize,
    pub first_date: Option<String>,
    pub last_date: Option<String>,
    /// Sessions added to the journal, or that would be with `--dry-run`.
    pub added: usize,
    /// Sessions the journal already had.
    pub duplicates: usize,
    pub dry_run: bool,
}

/// Runs `topset import`, printing to standard output.
pub fn run(args: ImportArgs) -> anyhow::Result<ExitCode> {
    let stdout = io::stdout();
    import(&args, &mut stdout.lock())?;
    Ok(ExitCode::SUCCESS)
}

fn read_journal(path: &Path) -> anyhow::Result<Journal> {
    if path.exists() {
        Ok(storage::load_journal(path)?)
    } else {
        Ok(Journal::default())
    }
}

/// Imports `args.file` into `args.into` and writes the summary to `out`.
/// Returns the summary; an unreadable file or journal is an error naming it.
pub fn import(args: &ImportArgs, out: &mut dyn Write) -> anyhow::Result<ImportSummary> {
    let bytes = std::fs::read(&args.file)
        .with_context(|| format!("cannot read {}", args.file.display()))?;
    let text = String::from_utf8_lossy(&bytes);
    let mut journal = read_journal(&args.into)?;

    let mut options = ImportOptions::for_journal(&journal);
    options.unit = args.unit.map(Unit::from);
    options.keep_flagged = args.keep_flagged;
    let preview = import::preview(&text, &options, None).map_err(|error| {
        let hint = match error {
            import::ImportError::UnitRequired { .. } => " (pass --unit kg or --unit lb)",
            _ => "",
        };
        anyhow::anyhow!("{}: {error}{hint}", args.file.display())
    })?;

    // A journal created by this import takes the unit of the history, so a
    // lifter who logs in pounds gets pound plates and charts.
    if !args.into.exists() {
        journal.settings.unit = preview.unit;
        journal.settings.plates = crate::model::PlateInventory::standard(preview.unit);
    }
    let report = import::apply(&mut journal, &preview)
        .map_err(|error| anyhow::anyhow!("{}: {error}", args.file.display()))?;
    if !args.dry_run && (report.added > 0 || !args.into.exists()) {
        storage::save_journal(&journal, &args.into)?;
    }
    let summary = summarize(&preview, &report, args);
    if args.json {
        serde_json::to_writer(&mut *out, &summary)?;
        writeln!(out)?;
    } else {
        print_summary(&summary, &args.into, out)?;
    }
    Ok(summary)
}

fn summarize(
    preview: &ImportPreview,
    report: &import::ApplyReport,
    args: &ImportArgs,
) -> ImportSummary {
    ImportSummary {
        format: preview.format,
        unit: preview.unit.symbol(),
        sessions: preview.sessions.len(),
        working_sets: preview.working_sets,
        warmup_sets: preview.warmup_sets,
        skipped_rows: preview.skipped.clone(),
        flagged: preview.flagged.clone(),
        kept_flagged: args.keep_flagged,
        notes: preview.notes.clone(),
        cardio_rows: preview.cardio_rows,
        rest_timer_rows: preview.rest_timer_rows,
        first_date: preview.first_date.map(|date| date.to_string()),
        last_date: preview.last_date.map(|date| date.to_string()),
        added: report.added,
        duplicates: report.duplicates,
        dry_run: args.dry_run,
    }
}

fn print_summary(summary: &ImportSummary, journal: &Path, out: &mut dyn Write) -> io::Result<()> {
    let format = serde_json::to_value(summary.format)
        .ok()
        .and_then(|value| value.as_str().map(str::to_owned))
        .unwrap_or_default();
    writeln!(
        out,
        "{}",
        tr!("import.cli_format", format = format, unit = summary.unit)
    )?;
    let counts = [
        tr_count!("import.count.sessions", summary.sessions),
        tr_count!("import.count.working_sets", summary.working_sets),
        tr_count!("import.count.warmup_sets", summary.warmup_sets),
    ];
    writeln!(out, "{}", counts.join(", "))?;
    if let (Some(first), Some(last)) = (&summary.first_date, &summary.last_date) {
        writeln!(
            out,
            "{}",
            tr!("import.cli_dates", first = first, last = last)
        )?;
    }
    for (title, issues) in [
        (
            tr_count!("import.cli_skipped", summary.skipped_rows.len()),
            &summary.skipped_rows,
        ),
        (
            if summary.kept_flagged {
                tr!("import.cli_flagged_kept", count = summary.flagged.len())
            } else {
                tr!("import.cli_flagged", count = summary.flagged.len())
            },
            &summary.flagged,
        ),
        (
            tr!("import.cli_notes", count = summary.notes.len()),
            &summary.notes,
        ),
    ] {
        if issues.is_empty() {
            continue;
        }
        writeln!(out, "{title}")?;
        for issue in issues {
            writeln!(
                out,
                "  {}",
                tr!("import.cli_issue", line = issue.line, reason = issue.reason)
            )?;
        }
    }
    let outcome = if summary.dry_run {
        tr_count!(
            "import.cli_dry_run",
            summary.added,
            duplicates = summary.duplicates
        )
    } else {
        tr_count!(
            "import.cli_added",
            summary.added,
            duplicates = summary.duplicates,
            journal = journal.display()
        )
    };
    writeln!(out, "{outcome}")
}
