//! Speed of the operations a lifter waits for, on the ten-year synthetic
//! journal (2,600 sessions, 80,600 sets) and the largest real export.
//!
//! Run with `cargo bench --bench speed`; `cargo bench --bench speed -- frame`
//! runs one group. BENCHMARKS.md lists the targets and the figures.
//!
//! Times are the CPU time of the benchmark thread by default, so that other
//! programs competing for the cores do not inflate them. They leave out
//! waits for the disk (saving) and for a free core. `TOPSET_BENCH_WALL=1`
//! measures wall-clock time instead.

use std::hint::black_box;
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime};
use criterion::measurement::{Measurement, ValueFormatter, WallTime};
use criterion::{BatchSize, Criterion};
use egui_kittest::Harness;
use plotters::prelude::{BitMapBackend, IntoDrawingArea, SVGBackend};
use topset::analytics::{
    ChartKind, ChartRequest, DateRange, RangePreset, SeriesCache, build_series,
};
use topset::app::{Clock, FileDialogs, Panel, TopsetApp};
use topset::charts::{draw_chart, render_rgb};
use topset::import::{ImportOptions, apply, preview};
use topset::model::synthetic::synthetic_journal;
use topset::model::{Journal, Unit};
use topset::storage::{journal_from_str, journal_to_string, load_journal, save_journal};
use topset::ui::progress::RangeChoice;

/// Seed of every synthetic journal in the benchmarks.
const SEED: u64 = 2016;

/// Size of the charts drawn: the progress panel's chart in a 1280 × 900 window.
const CHART_SIZE: (u32, u32) = (900, 560);

/// Window size of the frame benchmarks.
const WINDOW: [f32; 2] = [1280.0, 900.0];

/// The largest real export in the fixtures (Strong, lb, 23,709 rows).
const LARGEST_EXPORT: &str = "tests/fixtures/exports/strong-lb-warmups-drops.csv";

fn ten_years() -> Journal {
    synthetic_journal(10, 5, SEED)
}

/// Returns a moment just after the ten-year journal's last session.
fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 1, 5)
        .and_then(|date| date.and_hms_opt(18, 0, 0))
        .unwrap_or_default()
}

fn bench_request(range: DateRange) -> ChartRequest {
    ChartRequest {
        kind: ChartKind::E1rm,
        exercise: "Bench Press".to_owned(),
        range,
        unit: Unit::Kg,
        session: None,
    }
}

fn journal_benches<M: Measurement>(c: &mut Criterion<M>) {
    let journal = ten_years();
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("ten-years.ron");
    save_journal(&journal, &path).expect("save the journal");
    let text = std::fs::read_to_string(&path).expect("read the journal back");

    let mut group = c.benchmark_group("journal");
    group.sample_size(20);
    group.bench_function("open_10y", |b| {
        b.iter(|| load_journal(black_box(&path)).expect("open"))
    });
    group.bench_function("parse_10y", |b| {
        b.iter(|| journal_from_str(black_box(&text), Path::new("ten-years.ron")).expect("parse"))
    });
    group.bench_function("save_10y", |b| {
        b.iter(|| save_journal(black_box(&journal), &path).expect("save"))
    });
    group.bench_function("encode_10y", |b| {
        b.iter(|| journal_to_string(black_box(&journal)).expect("encode"))
    });
    group.finish();
}

fn series_benches<M: Measurement>(c: &mut Criterion<M>) {
    let mut journal = ten_years();
    let request = bench_request(DateRange::ALL);
    let mut group = c.benchmark_group("series");
    // One change (a rep more on the last set) bumps the revision, so the
    // cache builds the series again from the whole journal.
    group.bench_function("e1rm_after_one_change_10y", |b| {
        let mut cache = SeriesCache::default();
        let mut revision = 0;
        b.iter(|| {
            revision += 1;
            if let Some(set) = journal
                .sessions
                .last_mut()
                .and_then(|session| session.exercises.first_mut())
                .and_then(|logged| logged.sets.last_mut())
            {
                set.reps = set.reps % 12 + 1;
            }
            cache.series(&journal, revision, &request).len()
        })
    });
    for kind in [ChartKind::Volume, ChartKind::MuscleSets, ChartKind::Fatigue] {
        let request = ChartRequest {
            kind,
            ..request.clone()
        };
        group.bench_function(format!("{kind:?}_10y").to_lowercase(), |b| {
            b.iter(|| build_series(black_box(&journal), &request).len())
        });
    }
    group.finish();
}

fn import_benches<M: Measurement>(c: &mut Criterion<M>) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(LARGEST_EXPORT);
    let text = std::fs::read_to_string(&path).expect("read the export");
    let options = ImportOptions {
        unit: Some(Unit::Lb),
        ..ImportOptions::for_journal(&Journal::default())
    };
    let mut group = c.benchmark_group("import");
    group.sample_size(20);
    group.bench_function("preview_strong_largest", |b| {
        b.iter(|| preview(black_box(&text), &options, None).expect("preview"))
    });
    // What the import window does: read the file, preview, apply to a copy.
    group.bench_function("read_preview_apply_strong_largest", |b| {
        b.iter_batched(
            Journal::default,
            |mut journal| {
                let text = std::fs::read_to_string(&path).expect("read the export");
                let found = preview(&text, &options, None).expect("preview");
                apply(&mut journal, &found).expect("apply").added
            },
            BatchSize::SmallInput,
        )
    });
    group.finish();
}

fn chart_benches<M: Measurement>(c: &mut Criterion<M>) {
    // Bench press comes back 2.5 times a week: 20 years give 2,600 points.
    let journal = synthetic_journal(20, 5, SEED);
    let series = build_series(&journal, &bench_request(DateRange::ALL));
    assert_eq!(series.len(), 2_600, "points in the e1RM chart");
    let (width, height) = CHART_SIZE;

    let mut group = c.benchmark_group("chart");
    group.bench_function("bitmap_2600_points", |b| {
        b.iter(|| {
            render_rgb("Bench Press", black_box(&series), width, height)
                .expect("draw")
                .hover
                .len()
        })
    });
    group.bench_function("png_2600_points", |b| {
        let dir = tempfile::tempdir().expect("temporary folder");
        let path = dir.path().join("chart.png");
        b.iter(|| {
            let area = BitMapBackend::new(&path, (width, height)).into_drawing_area();
            draw_chart(&area, "Bench Press", black_box(&series)).expect("draw");
            area.present().expect("write the PNG");
        })
    });
    group.bench_function("svg_2600_points", |b| {
        b.iter(|| {
            let mut svg = String::new();
            {
                let area = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
                draw_chart(&area, "Bench Press", black_box(&series)).expect("draw");
                area.present().expect("finish the SVG");
            }
            svg.len()
        })
    });
    group.finish();
}

/// Builds the whole window on the ten-year journal, showing `panel`, and
/// runs the frames it needs to settle.
fn app_harness(panel: Panel) -> Harness<'static, TopsetApp> {
    let mut app = TopsetApp::new(
        ten_years(),
        None,
        FileDialogs::typed_only(),
        Clock::Fixed(now()),
    );
    app.panel = panel;
    let mut harness = Harness::builder()
        .with_size(WINDOW)
        .build_ui_state(|ui, app: &mut TopsetApp| app.frame_ui(ui), app);
    harness.run_ok();
    harness
}

/// Runs one frame as the window does: the panels, then the tessellation of
/// what they drew into triangles (the GPU upload is left out).
fn frame(harness: &mut Harness<'static, TopsetApp>) -> usize {
    harness.step();
    let output = harness.output();
    let shapes = output.shapes.clone();
    let primitives = harness.ctx.tessellate(shapes, output.pixels_per_point);
    primitives.len()
}

fn frame_benches<M: Measurement>(c: &mut Criterion<M>) {
    let mut group = c.benchmark_group("frame");
    for (name, panel) in [
        ("progress_10y", Panel::Progress),
        ("session_logger_10y", Panel::SessionLogger),
        ("history_10y", Panel::History),
    ] {
        let mut harness = app_harness(panel);
        group.bench_function(name, |b| b.iter(|| frame(&mut harness)));
    }
    // The whole history in the chart: 1,300 bench press sessions.
    let mut harness = app_harness(Panel::Progress);
    harness.state_mut().progress.range = RangeChoice::Preset(RangePreset::All);
    harness.run_ok();
    group.bench_function("progress_all_time_10y", |b| b.iter(|| frame(&mut harness)));
    // A journal change between frames: the progress panel rebuilds its
    // series and exercise list and draws a new bitmap.
    let mut harness = app_harness(Panel::Progress);
    group.bench_function("progress_after_change_10y", |b| {
        b.iter(|| {
            harness.state_mut().revision += 1;
            frame(&mut harness)
        })
    });
    group.finish();
}

/// CPU time of the calling thread (`CLOCK_THREAD_CPUTIME_ID`), in
/// nanoseconds, as a criterion measurement.
struct ThreadCpuTime {
    /// Formats values as durations, like criterion's wall-clock measurement.
    wall: WallTime,
}

impl ThreadCpuTime {
    fn now_ns() -> u64 {
        let mut time = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: `time` is a valid timespec that clock_gettime fills in;
        // the thread CPU clock exists on every Linux since 2.6.12.
        let status = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut time) };
        assert_eq!(status, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
        time.tv_sec as u64 * 1_000_000_000 + time.tv_nsec as u64
    }
}

impl Measurement for ThreadCpuTime {
    type Intermediate = u64;
    type Value = u64;

    fn start(&self) -> u64 {
        Self::now_ns()
    }

    fn end(&self, started: u64) -> u64 {
        Self::now_ns().saturating_sub(started)
    }

    fn add(&self, first: &u64, second: &u64) -> u64 {
        first + second
    }

    fn zero(&self) -> u64 {
        0
    }

    fn to_f64(&self, value: &u64) -> f64 {
        *value as f64
    }

    fn formatter(&self) -> &dyn ValueFormatter {
        self.wall.formatter()
    }
}

/// Runs every group with `criterion`. Plots are left out: criterion draws
/// them with system fonts, and its plotting panics on a machine without
/// font packages.
fn run_all<M: Measurement>(criterion: Criterion<M>) {
    let mut criterion = criterion.without_plots().configure_from_args();
    journal_benches(&mut criterion);
    series_benches(&mut criterion);
    import_benches(&mut criterion);
    chart_benches(&mut criterion);
    frame_benches(&mut criterion);
    criterion.final_summary();
}

fn main() {
    if std::env::var_os("TOPSET_BENCH_WALL").is_some_and(|value| value == "1") {
        run_all(Criterion::default());
    } else {
        run_all(Criterion::default().with_measurement(ThreadCpuTime { wall: WallTime }));
    }
}
