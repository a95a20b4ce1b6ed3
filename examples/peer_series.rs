//! Topset's side of the peer comparison (`scripts/bench/compare.py`): imports
//! a Strong export with Topset's importer and prints, for every session and
//! exercise with a top set, the top set, its Epley e1RM and the backoff
//! volume, as CSV on standard output. The time spent reading, importing and
//! building the series goes to standard error.
//!
//! Definitions (Topset's importer, `topset::import::classify_sets`):
//! - working sets are the numbered sets. Warm-up (W), drop (D) and failure
//!   (F) sets take no part. Rest timer rows and rows without reps are dropped;
//! - the top set is the first heaviest working set with a load;
//! - backoff sets are the working sets after it with a lower load;
//! - e1RM = load × (1 + reps / 30) (Epley), and the load itself for a single;
//! - backoff volume = sum of load × reps over the backoff sets.
//!
//! Usage: `cargo run --release --example peer_series -- FILE [kg|lb]`. Loads
//! are printed in the file's unit (lb when not given).

use std::collections::HashMap;
use std::io::Write;
use std::process::ExitCode;
use std::time::Instant;

use topset::analytics::{DateRange, e1rm_series, exercises_with_top_sets, volume_series};
use topset::import::{ImportOptions, apply, name_key, preview};
use topset::model::{E1rmMethod, Journal, Unit};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: peer_series FILE [kg|lb]");
        return ExitCode::FAILURE;
    };
    let unit_text = args.next().unwrap_or_else(|| "lb".to_owned());
    let Some(unit) = Unit::parse(&unit_text) else {
        eprintln!("peer_series: unknown unit {unit_text}: use kg or lb");
        return ExitCode::FAILURE;
    };

    let started = Instant::now();
    let cpu_started = process_cpu_ms();
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("peer_series: cannot read {path}: {error}");
            return ExitCode::FAILURE;
        }
    };
    // No name mapping: exercises keep the file's names, merged by case and
    // spaces only, as the pandas script groups them.
    let options = ImportOptions {
        unit: Some(unit),
        ..ImportOptions::default()
    };
    let found = match preview(&text, &options, None) {
        Ok(found) => found,
        Err(error) => {
            eprintln!("peer_series: {path}: {error}");
            return ExitCode::FAILURE;
        }
    };
    let mut journal = Journal::default();
    journal.settings.e1rm_method = E1rmMethod::Epley;
    apply(&mut journal, &found).expect("the export fits in a journal");

    let sessions: HashMap<u64, _> = journal
        .sessions
        .iter()
        .map(|session| (session.id, session))
        .collect();
    let mut rows = Vec::new();
    for exercise in exercises_with_top_sets(&journal) {
        let e1rms = e1rm_series(&journal, &exercise, DateRange::ALL, unit, 1);
        let volumes: HashMap<u64, f64> = volume_series(&journal, &exercise, DateRange::ALL, unit)
            .sessions
            .iter()
            .map(|volume| (volume.session_id, volume.backoff_volume))
            .collect();
        for point in e1rms.points {
            let Some(session) = sessions.get(&point.session_id) else {
                continue;
            };
            rows.push((
                session.start,
                session.name.clone(),
                name_key(&exercise),
                point.load,
                point.reps,
                point.e1rm,
                volumes.get(&point.session_id).copied().unwrap_or(0.0),
            ));
        }
    }
    rows.sort_by(|a, b| (a.0, &a.1, &a.2).cmp(&(b.0, &b.1, &b.2)));
    let elapsed = started.elapsed();
    let cpu = process_cpu_ms() - cpu_started;

    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut written = writeln!(
        out,
        "start,workout,exercise,top_load,top_reps,e1rm,backoff_volume"
    );
    for (start, workout, exercise, load, reps, e1rm, volume) in &rows {
        written = written.and_then(|()| {
            writeln!(
                out,
                "{},{},{},{load:.3},{reps},{e1rm:.3},{volume:.3}",
                start.format("%Y-%m-%d %H:%M:%S"),
                csv_field(workout),
                csv_field(exercise),
            )
        });
    }
    if let Err(error) = written.and_then(|()| out.flush()) {
        eprintln!("peer_series: cannot write the table: {error}");
        return ExitCode::FAILURE;
    }
    eprintln!(
        "topset: {} rows in {:.2} ms wall, {cpu:.2} ms CPU (read + import + series)",
        rows.len(),
        elapsed.as_secs_f64() * 1000.0
    );
    ExitCode::SUCCESS
}

/// CPU time of the process so far, in ms: unlike wall time, it does not
/// grow while other programs hold the cores.
fn process_cpu_ms() -> f64 {
    let mut time = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `time` is a valid timespec that clock_gettime fills in.
    let status = unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut time) };
    if status != 0 {
        return f64::NAN;
    }
    time.tv_sec as f64 * 1000.0 + time.tv_nsec as f64 / 1e6
}

/// Quotes `text` for CSV when it contains a comma, a quote or a line break.
fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}
