//! Command-line tools that work without a window: `calc`, `chart`, `check`, `import`.

pub mod calc;
pub mod chart;
pub mod check;
pub mod import;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// Plan, log and chart top set + backoff training.
#[derive(Debug, Parser)]
#[command(name = "topset", version, about)]
pub struct Cli {
    /// Journal to open; without it Topset opens the journal used last time,
    /// or the built-in sample on the first start.
    pub journal: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Tool>,
}

/// A command-line tool.
#[derive(Debug, Subcommand)]
pub enum Tool {
    /// Computes e1RM, backoff loads, plates and warm-ups for a top set.
    Calc(calc::CalcArgs),
    /// Draws a progress chart from a journal to a PNG or SVG file.
    Chart(chart::ChartArgs),
    /// Checks a journal or program file and prints a summary or every error found.
    Check(check::CheckArgs),
    /// Imports a Strong, Hevy, FitNotes or Liftosaur CSV export into a journal.
    Import(import::ImportArgs),
}
