//! `topset chart`: draws a progress chart from a journal to a PNG or SVG file
//! without opening a window.
//!
//! [`chart`] does the work and returns typed errors, so tests call it in the
//! process; [`run`] wraps it for the command line.

use std::io::Write;
use std::path::{Path, PathBuf};
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
    /// Exercise to chart, as the journal names it (letter case may differ),
    /// or a part of one name only ("bench" for "Bench Press"). Required except for --kind muscle-sets, which without it charts every
    /// muscle trained instead of this exercise's muscles.
    #[arg(long)]
    pub exercise: Option<String>,
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
    /// Top-set e1RM per session.
    E1rm,
    /// Volume (load × reps) per session.
    Volume,
    /// Hard sets per muscle per week, over every exercise.
    MuscleSets,
    /// One session's sets against its top set, and the first backoff set's
    /// drop per week.
    Fatigue,
    /// Planned against logged top-set load per session.
    PlannedLoad,
}

impl KindArg {
    /// Returns the kind as `--kind` spells it.
    fn cli_name(self) -> &'static str {
        match self {
            Self::E1rm => "e1rm",
            Self::Volume => "volume",
            Self::MuscleSets => "muscle-sets",
            Self::Fatigue => "fatigue",
            Self::PlannedLoad => "planned-load",
        }
    }
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
    #[error("--exercise is required for --kind {kind}; only --kind muscle-sets can leave it out")]
    MissingExercise { kind: &'static str },
    #[error(
        "exercise {name:?} not found in {journal}{}",
        suggestion_list(.suggestions, *.not_shown)
    )]
    UnknownExercise {
        name: String,
        journal: PathBuf,
        /// Exercises with logged sessions: all of them sorted by name, or
        /// when there are more than [`MAX_SUGGESTIONS`], the closest to
        /// `name` from the closest down.
        suggestions: Vec<String>,
        /// Exercises with logged sessions left out of `suggestions`.
        not_shown: usize,
    },
    #[error(
        "exercise {name:?} matches several exercises in {journal} that differ only by \
         letter case; give one exactly as written:{}",
        indented_lines(.matches)
    )]
    AmbiguousExercise {
        name: String,
        journal: PathBuf,
        matches: Vec<String>,
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

/// Maximum number of exercise names an unknown-exercise error lists. Ten fit
/// on a screen beside the error, and a typo or a partial name is usually
/// among the ten closest.
pub const MAX_SUGGESTIONS: usize = 10;

/// Formats the end of an unknown-exercise error: the suggestions, one per line.
fn suggestion_list(suggestions: &[String], not_shown: usize) -> String {
    if suggestions.is_empty() {
        return "; it has no logged sessions".to_owned();
    }
    let mut text = if not_shown == 0 {
        "; exercises with logged sessions:".to_owned()
    } else {
        "; the closest exercises with logged sessions:".to_owned()
    };
    text.push_str(&indented_lines(suggestions));
    if not_shown > 0 {
        text.push_str(&format!("\n  and {not_shown} more"));
    }
    text
}

/// Formats `names` as lines indented by two spaces, each after a line break.
fn indented_lines(names: &[String]) -> String {
    names.iter().map(|name| format!("\n  {name}")).collect()
}

/// Finds the journal's spelling of `requested` among `available`. The exact
/// name comes first, then the one name equal to it ignoring letter case.
/// Last comes the one name that contains it ignoring letter case, so "bench"
/// finds "Bench Press" when no other name contains "bench".
fn resolve_exercise(
    requested: &str,
    available: &[String],
    journal: &Path,
) -> Result<String, ChartCommandError> {
    if available.iter().any(|name| name == requested) {
        return Ok(requested.to_owned());
    }
    let lowercase = requested.to_lowercase();
    let mut same_letters: Vec<&String> = available
        .iter()
        .filter(|name| name.to_lowercase() == lowercase)
        .collect();
    if same_letters.is_empty() {
        let mut containing = available
            .iter()
            .filter(|name| name.to_lowercase().contains(&lowercase));
        if let (Some(only), None) = (containing.next(), containing.next()) {
            return Ok(only.clone());
        }
    }
    match same_letters.len() {
        0 => {
            let suggestions = suggest_exercises(requested, available);
            Err(ChartCommandError::UnknownExercise {
                name: requested.to_owned(),
                journal: journal.to_owned(),
                not_shown: available.len() - suggestions.len(),
                suggestions,
            })
        }
        1 => Ok(same_letters.remove(0).clone()),
        _ => Err(ChartCommandError::AmbiguousExercise {
            name: requested.to_owned(),
            journal: journal.to_owned(),
            matches: same_letters.into_iter().cloned().collect(),
        }),
    }
}

/// Returns every name in `available` (already sorted) when there are at most
/// [`MAX_SUGGESTIONS`], otherwise the closest to `requested`, closest first.
///
/// Letter case is ignored. Names that contain the request, or that it
/// contains, come first. The rest are ranked by the smallest
/// Damerau–Levenshtein distance from the request to the whole name, to one
/// of its words or to its start, so "Bnch" finds "Bench Press" before the
/// shorter "Squat". Ties go to the closer whole name, then by name.
fn suggest_exercises(requested: &str, available: &[String]) -> Vec<String> {
    if available.len() <= MAX_SUGGESTIONS {
        return available.to_vec();
    }
    let requested = requested.to_lowercase();
    let mut ranked: Vec<(bool, usize, usize, &String)> = available
        .iter()
        .map(|name| {
            let lowercase = name.to_lowercase();
            let overlaps = lowercase.contains(&requested) || requested.contains(&lowercase);
            let whole = strsim::damerau_levenshtein(&requested, &lowercase);
            let start: String = lowercase.chars().take(requested.chars().count()).collect();
            let closest_part = lowercase
                .split_whitespace()
                .chain([start.as_str()])
                .map(|part| strsim::damerau_levenshtein(&requested, part))
                .fold(whole, usize::min);
            (!overlaps, closest_part, whole, name)
        })
        .collect();
    ranked.sort();
    ranked
        .into_iter()
        .take(MAX_SUGGESTIONS)
        .map(|(_, _, _, name)| name.clone())
        .collect()
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
    if exercise.is_none() && *kind != KindArg::MuscleSets {
        return Err(ChartCommandError::MissingExercise {
            kind: kind.cli_name(),
        });
    }

    let journal = load_journal(journal_path)?;
    let available = journal.logged_exercise_names();
    // Without an exercise (muscle-sets only), the chart covers every muscle
    // and no session is looked up.
    let exercise = match exercise {
        Some(requested) => resolve_exercise(requested, &available, journal_path)?,
        None => String::new(),
    };
    if let Some(id) = *session
        && !exercise.is_empty()
    {
        let has_top_set = journal.sessions.iter().any(|candidate| {
            candidate.id == id
                && candidate
                    .exercises
                    .iter()
                    .any(|logged| logged.exercise == exercise && logged.top_set().is_some())
        });
        if !has_top_set {
            return Err(ChartCommandError::UnknownSession {
                id,
                exercise,
                journal: journal_path.clone(),
            });
        }
    }
    if let Some(language) = journal.settings.language {
        crate::set_language(language);
    }

    let request = ChartRequest {
        kind: (*kind).into(),
        exercise,
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
