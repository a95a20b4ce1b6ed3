//! `topset chart`: draws a progress chart from a journal to a PNG or SVG file
//! without opening a window.
//!
//! [`chart`] does the work and returns typed errors, so tests call it in the
//! process; [`run`] wraps it for the command line.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;

use crate::analytics::{ChartKind, ChartRequest, DateRange};
use crate::charts::{ChartError, ExportedChart, ImageFormat, export_chart};
use crate::model::Unit;
use crate::storage::{StorageError, load_journal};

/// Arguments of `topset chart`.
#[derive(Debug, clap::Args)]
pub struct ChartArgs {
    /// Journal file (RON) to read.
    pub journal: PathBuf,
    /// Exercise to chart, exactly as the journal names it.
    #[arg(long)]
    pub exercise: String,
    /// Chart to draw.
    #[arg(long, value_enum, default_value_t = KindArg::E1rm)]
    pub kind: KindArg,
    /// Output file; its extension (.png or .svg) picks the format.
    #[arg(long)]
    pub out: PathBuf,
    /// First day to include (YYYY-MM-DD); default: the first session.
    #[arg(long)]
    pub from: Option<NaiveDate>,
    /// Last day to include (YYYY-MM-DD); default: the last session.
    #[arg(long)]
    pub to: Option<NaiveDate>,
    /// Image width in pixels.
    #[arg(long, default_value_t = 1200)]
    pub width: u32,
    /// Image height in pixels.
    #[arg(long, default_value_t = 700)]
    pub height: u32,
    /// Session id whose sets the fatigue chart shows; default: the latest
    /// session in the range with a top set of the exercise.
    #[arg(long)]
    pub session: Option<u64>,
    /// Unit of loads, e1RMs and volumes; default: the journal's unit.
    #[arg(long, value_enum)]
    pub unit: Option<UnitArg>,
}

/// Chart kinds as the command line spells them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum KindArg {
    E1rm,
    Volume,
    MuscleSets,
    Fatigue,
    PlannedLoad,
}

impl From<KindArg> for ChartKind {
    fn from(kind: KindArg) -> Self {
        match kind {
            KindArg::E1rm => ChartKind::E1rm,
            KindArg::Volume => ChartKind::Volume,
            KindArg::MuscleSets => ChartKind::MuscleSets,
            KindArg::Fatigue => ChartKind::Fatigue,
            KindArg::PlannedLoad => ChartKind::PlannedLoad,
        }
    }
}

/// Units as the command line spells them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum UnitArg {
    Kg,
    Lb,
}

/// Why `topset chart` failed.
#[derive(Debug, thiserror::Error)]
pub enum ChartCommandError {
    #[error(transparent)]
    Journal(#[from] StorageError),
    #[error("exercise {name:?} not found in {journal}; exercises with logged sessions: {}", list(.available))]
    UnknownExercise {
        name: String,
        journal: PathBuf,
        available: Vec<String>,
    },
    #[error("session {id} not found in {journal}, or it has no top set of {exercise:?}")]
    UnknownSession {
        id: u64,
        exercise: String,
        journal: PathBuf,
    },
    #[error("invalid date range: --from {from} is after --to {to}")]
    InvalidRange { from: NaiveDate, to: NaiveDate },
    #[error(transparent)]
    Chart(#[from] ChartError),
}

fn list(names: &[String]) -> String {
    if names.is_empty() {
        "none".to_owned()
    } else {
        names.join(", ")
    }
}

/// Reads the journal, checks the request and writes the chart.
pub fn chart(args: &ChartArgs) -> Result<ExportedChart, ChartCommandError> {
    let ChartArgs {
        journal: journal_path,
        exercise,
        kind,
        out,
        from,
        to,
        width,
        height,
        session,
        unit,
    } = args;
    if let (Some(from), Some(to)) = (*from, *to)
        && from > to
    {
        return Err(ChartCommandError::InvalidRange { from, to });
    }
    // Check the extension before reading a large journal.
    if ImageFormat::from_path(out).is_none() {
        return Err(ChartError::UnsupportedFormat { path: out.clone() }.into());
    }

    let journal = load_journal(journal_path)?;
    let available = journal.logged_exercise_names();
    if !available.contains(exercise) {
        return Err(ChartCommandError::UnknownExercise {
            name: exercise.clone(),
            journal: journal_path.clone(),
            available,
        });
    }
    if let Some(id) = *session {
        let has_top_set = journal.sessions.iter().any(|candidate| {
            candidate.id == id
                && candidate
                    .exercises
                    .iter()
                    .any(|logged| &logged.exercise == exercise && logged.top_set().is_some())
        });
        if !has_top_set {
            return Err(ChartCommandError::UnknownSession {
                id,
                exercise: exercise.clone(),
                journal: journal_path.clone(),
            });
        }
    }
    if let Some(language) = journal.settings.language {
        crate::set_language(language);
    }

    let request = ChartRequest {
        kind: (*kind).into(),
        exercise: exercise.clone(),
        range: DateRange::new(*from, *to),
        unit: match unit {
            Some(UnitArg::Kg) => Unit::Kg,
            Some(UnitArg::Lb) => Unit::Lb,
            None => journal.settings.unit,
        },
        session: *session,
    };
    Ok(export_chart(&journal, &request, out, *width, *height)?)
}

/// Runs `topset chart` and reports the file written on standard output.
pub fn run(args: ChartArgs) -> anyhow::Result<ExitCode> {
    let exported = chart(&args)?;
    let format = match exported.format {
        ImageFormat::Png => "PNG",
        ImageFormat::Svg => "SVG",
    };
    writeln!(
        std::io::stdout(),
        "wrote {} ({format}, {}×{} pixels, {} data points)",
        args.out.display(),
        args.width,
        args.height,
        exported.points
    )?;
    Ok(ExitCode::SUCCESS)
}
