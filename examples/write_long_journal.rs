//! Writes a long synthetic journal for benchmarks and manual checks.
//!
//! Usage: `cargo run --release --example write_long_journal -- YEARS PATH`
//! (five sessions a week of the long-history program; ten years give 2,600
//! sessions and 80,600 sets).

use std::process::ExitCode;

/// Seed of the journals the benchmarks use.
const SEED: u64 = 2016;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(years), Some(path)) = (args.next(), args.next()) else {
        eprintln!("usage: write_long_journal YEARS PATH");
        return ExitCode::FAILURE;
    };
    let Some(years) = years
        .parse::<u32>()
        .ok()
        .filter(|years| (1..=100).contains(years))
    else {
        eprintln!("write_long_journal: YEARS must be a whole number from 1 to 100, not {years}");
        return ExitCode::FAILURE;
    };
    let journal = topset::model::synthetic::synthetic_journal(years, 5, SEED);
    let path = std::path::PathBuf::from(path);
    if let Err(error) = topset::storage::save_journal(&journal, &path) {
        eprintln!("write_long_journal: {error}");
        return ExitCode::FAILURE;
    }
    let sets: usize = journal
        .sessions
        .iter()
        .flat_map(|session| &session.exercises)
        .map(|logged| logged.sets.len())
        .sum();
    println!(
        "wrote {} ({} sessions, {sets} sets)",
        path.display(),
        journal.sessions.len()
    );
    ExitCode::SUCCESS
}
