//! `topset calc`: e1RM by every method, backoff loads, plates and warm-up
//! sets for one top set, as a table or as JSON.
//!
//! [`render`] builds the whole output as a string so tests can call it in
//! process; [`run`] prints it.

use std::fmt::Write as _;
use std::io::Write as _;
use std::process::ExitCode;

use serde_json::{Map, Value, json};

use crate::model::{
    DEFAULT_DROPS, PlateInventory, TopSet, TopSetReport, Unit, WarmupScheme, format_number,
    parse_decimal, parse_plate_list, top_set_report,
};
use crate::storage::{MAX_LOAD, MAX_REPS};
use crate::tr;

/// Arguments of `topset calc`.
#[derive(Debug, Clone, clap::Args)]
pub struct CalcArgs {
    /// Top set load, in the unit of --unit (a decimal comma is accepted: 102,5).
    #[arg(allow_hyphen_values = true)]
    pub load: String,
    /// Reps of the top set.
    #[arg(allow_hyphen_values = true)]
    pub reps: String,
    /// RPE of the top set, 1–10 (needed by the RPE chart methods).
    #[arg(long, allow_hyphen_values = true)]
    pub rpe: Option<String>,
    /// Unit of every load: kg or lb.
    #[arg(long, default_value = "kg")]
    pub unit: String,
    /// Backoff drop below the top set, in percent; repeat for several (default: 10 and 15).
    #[arg(long = "drop", allow_hyphen_values = true)]
    pub drops: Vec<String>,
    /// Empty bar load (default: 20 kg or 45 lb).
    #[arg(long, allow_hyphen_values = true)]
    pub bar: Option<String>,
    /// Plate sizes with optional pair counts, such as 25x4,20x2,2.5 (4 pairs when left out;
    /// default: the standard plates of the unit).
    #[arg(long)]
    pub plates: Option<String>,
    /// Prints one JSON object instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// Invalid `topset calc` input, naming the value.
#[derive(Debug, thiserror::Error)]
pub enum CalcError {
    #[error(
        "invalid load \"{0}\": expected a positive number up to {MAX_LOAD}, such as 102.5 or 102,5"
    )]
    Load(String),
    #[error("invalid reps \"{0}\": expected a whole number from 1 to {MAX_REPS}")]
    Reps(String),
    #[error("invalid RPE \"{0}\": expected a number between 1 and 10")]
    Rpe(String),
    #[error("unknown unit \"{0}\": expected kg or lb")]
    Unit(String),
    #[error(
        "invalid drop \"{0}\": expected a percentage of at least 0 and less than 100, such as 10 or 12.5"
    )]
    Drop(String),
    #[error("invalid bar load \"{0}\": expected a number of 0 or more")]
    Bar(String),
    #[error("invalid --plates: {0}")]
    Plates(#[from] crate::model::PlateListError),
    #[error(transparent)]
    TopSet(#[from] crate::model::TopSetError),
}

/// Runs `topset calc`: prints the output, or the error on standard error
/// with exit code 2.
pub fn run(args: CalcArgs) -> anyhow::Result<ExitCode> {
    match render(&args) {
        Ok(output) => {
            let mut stdout = std::io::stdout().lock();
            stdout.write_all(output.as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
        Err(error) => {
            let mut stderr = std::io::stderr().lock();
            writeln!(stderr, "topset: {error}")?;
            Ok(ExitCode::from(2))
        }
    }
}

/// Builds the output of `topset calc` for `args`: a table, or one JSON
/// object with `--json`.
pub fn render(args: &CalcArgs) -> Result<String, CalcError> {
    let unit = Unit::parse(&args.unit).ok_or_else(|| CalcError::Unit(args.unit.clone()))?;
    let load = parse_decimal(&args.load)
        .filter(|load| *load > 0.0 && *load <= MAX_LOAD)
        .ok_or_else(|| CalcError::Load(args.load.clone()))?;
    let reps = args
        .reps
        .trim()
        .parse::<u32>()
        .ok()
        .filter(|reps| (1..=MAX_REPS).contains(reps))
        .ok_or_else(|| CalcError::Reps(args.reps.clone()))?;
    let rpe = match &args.rpe {
        None => None,
        Some(text) => Some(
            parse_decimal(text)
                .filter(|rpe| (1.0..=10.0).contains(rpe))
                .ok_or_else(|| CalcError::Rpe(text.clone()))?,
        ),
    };
    let drops = if args.drops.is_empty() {
        DEFAULT_DROPS.to_vec()
    } else {
        args.drops
            .iter()
            .map(|text| {
                parse_decimal(text)
                    .filter(|drop| (0.0..100.0).contains(drop))
                    .ok_or_else(|| CalcError::Drop(text.clone()))
            })
            .collect::<Result<_, _>>()?
    };
    let mut plates = PlateInventory::standard(unit);
    if let Some(text) = &args.bar {
        plates.bar = parse_decimal(text)
            .filter(|bar| *bar >= 0.0)
            .ok_or_else(|| CalcError::Bar(text.clone()))?;
    }
    if let Some(text) = &args.plates {
        plates.plates = parse_plate_list(text)?;
    }

    let top = TopSet { load, reps, rpe };
    let report = top_set_report(&top, &drops, &plates, &WarmupScheme::default())?;
    if args.json {
        Ok(json_output(&report, unit))
    } else {
        Ok(table_output(&report, unit))
    }
}

/// Rounds to a millionth of a unit, so that JSON shows 108 and not 108.00000000000001.
fn tidy(value: f64) -> f64 {
    (value * 1e6).round() / 1e6
}

fn json_output(report: &TopSetReport, unit: Unit) -> String {
    let mut e1rm = Map::new();
    for (method, estimate) in &report.e1rm {
        e1rm.insert(
            method.key().to_owned(),
            json!({
                "value": estimate.map(|estimate| tidy(estimate.value)),
                "unreliable": estimate.is_some_and(|estimate| estimate.unreliable),
            }),
        );
    }
    let backoffs: Vec<Value> = report
        .backoffs
        .iter()
        .map(|backoff| {
            json!({
                "drop_percent": tidy(backoff.drop_percent),
                "exact": tidy(backoff.exact),
                "loadable": tidy(backoff.loadable()),
                "real_drop_percent": tidy(backoff.real_drop_percent(report.top.load)),
                "plates_per_side": backoff.rounding.plates_per_side,
                "below_bar": backoff.rounding.below_bar,
            })
        })
        .collect();
    let warmups: Vec<Value> = report
        .warmups
        .iter()
        .map(|warmup| {
            json!({
                "load": tidy(warmup.set.load),
                "reps": warmup.set.reps,
                "plates_per_side": warmup.rounding.plates_per_side,
            })
        })
        .collect();
    let output = json!({
        "unit": unit.symbol(),
        "top_set": {
            "load": report.top.load,
            "reps": report.top.reps,
            "rpe": report.top.rpe,
        },
        "e1rm": e1rm,
        "backoffs": backoffs,
        "warmups": warmups,
    });
    format!("{output}\n")
}

fn table_output(report: &TopSetReport, unit: Unit) -> String {
    let load = |value: f64| format!("{} {unit}", format_number(value));
    let mut out = String::new();
    let top = &report.top;
    let mut set = format!("{} × {}", load(top.load), top.reps);
    if let Some(rpe) = top.rpe {
        let _ = write!(set, " @ RPE {}", format_number(rpe));
    }
    let _ = writeln!(out, "{}", tr!("calculator.top_set", set = set));

    let _ = writeln!(out, "\n{}", tr!("calculator.e1rm"));
    for (method, estimate) in &report.e1rm {
        let value = match estimate {
            Some(estimate) if estimate.unreliable => {
                format!(
                    "{}  ({})",
                    load(estimate.value),
                    tr!("calculator.unreliable")
                )
            }
            Some(estimate) => load(estimate.value),
            None if method.chart().is_some() => tr!("calculator.needs_rpe"),
            None => tr!("calculator.not_computable"),
        };
        let _ = writeln!(out, "  {:<16} {value}", method.label());
    }

    let _ = writeln!(out, "\n{}", tr!("calculator.backoffs"));
    let header = [
        tr!("calculator.drop"),
        tr!("calculator.exact"),
        tr!("calculator.loadable"),
        tr!("calculator.real_drop"),
        tr!("calculator.plates_per_side"),
    ];
    let mut rows = vec![header.to_vec()];
    for backoff in &report.backoffs {
        let mut loadable = load(backoff.loadable());
        if backoff.rounding.below_bar {
            let _ = write!(loadable, " ({})", tr!("calculator.below_bar"));
        } else if backoff.rounding.above_max {
            let _ = write!(loadable, " ({})", tr!("calculator.above_max"));
        }
        rows.push(vec![
            format!("{} %", format_number(backoff.drop_percent)),
            load(backoff.exact),
            loadable,
            format!("{} %", format_number(backoff.real_drop_percent(top.load))),
            backoff.rounding.to_string(),
        ]);
    }
    write_columns(&mut out, &rows);

    let _ = writeln!(out, "\n{}", tr!("calculator.warmups"));
    if report.warmups.is_empty() {
        let _ = writeln!(out, "  {}", tr!("calculator.no_warmups"));
    }
    let mut rows = Vec::new();
    for warmup in &report.warmups {
        rows.push(vec![
            format!("{} × {}", load(warmup.set.load), warmup.set.reps),
            warmup.rounding.to_string(),
        ]);
    }
    write_columns(&mut out, &rows);
    out
}

/// Writes `rows` with two spaces before each column, each padded to its widest cell.
fn write_columns(out: &mut String, rows: &[Vec<String>]) {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|column| {
            rows.iter()
                .filter_map(|row| row.get(column))
                .map(|cell| cell.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    for row in rows {
        let mut line = String::new();
        for (cell, width) in row.iter().zip(&widths) {
            let _ = write!(line, "  {cell:<width$}");
        }
        let _ = writeln!(out, "{}", line.trim_end());
    }
}
