//! Series functions on a hand-made journal. Expected values are worked out
//! here from the classic RPE chart (tests/fixtures/reference/rpe-chart-classic.csv:
//! 4 @ 8.5 = 85.0 %, 3 @ 9 = 89.2 %, 3 @ 8 = 86.3 %, 5 @ 7 = 78.6 %,
//! 8 @ 8.5 = 75.1 %, 8 @ 9 = 76.2 %, 7 @ 9.5 = 79.9 %) and the pound's
//! definition (0.45359237 kg).

use crate::charts_support;

use charts_support::{BENCH, CURL, SQUAT, bench_journal, date};
use topset::analytics::{
    ChartKind, ChartRequest, DateRange, RangePreset, SeriesCache, e1rm_series,
    exercises_with_top_sets, fatigue_series, muscle_sets_series, planned_load_series,
    volume_series,
};
use topset::model::{Muscle, SetKind, Unit};

const LB: f64 = 0.453_592_37;

fn assert_close(actual: f64, expected: f64, check: &str) {
    assert!(
        (actual - expected).abs() < 1e-6,
        "{check}: expected {expected}, got {actual}"
    );
}

// Hand-computed top-set e1RMs in kg.
const S1_E1RM: f64 = 120.0 / 0.85;
const S2_E1RM: f64 = 275.0 * LB / 0.892;
const S3_E1RM: f64 = 125.0 / 0.863;
const S5_E1RM: f64 = 110.0 / 0.786;

#[test]
fn e1rm_points_follow_top_sets() {
    let series = e1rm_series(&bench_journal(), BENCH, DateRange::ALL, Unit::Kg, 2);
    let dates: Vec<_> = series.points.iter().map(|point| point.date).collect();
    assert_eq!(
        dates,
        [
            date(2026, 1, 5),
            date(2026, 1, 8),
            date(2026, 1, 12),
            date(2026, 1, 19)
        ]
    );
    assert_close(series.points[0].e1rm, S1_E1RM, "session 1 e1RM");
    assert_close(
        series.points[0].e1rm,
        141.176_470_588,
        "guide's 120 × 4 @ 8.5",
    );
    assert_close(series.points[1].e1rm, S2_E1RM, "session 2 e1RM from lb");
    assert_close(series.points[1].load, 275.0 * LB, "session 2 load in kg");
    assert_close(series.points[2].e1rm, S3_E1RM, "session 3 e1RM");
    assert_close(series.points[3].e1rm, S5_E1RM, "session 5 e1RM");
    assert_eq!(series.points[0].reps, 4);
    assert_eq!(series.points[0].rpe, Some(8.5));
    assert!(series.points.iter().all(|point| !point.unreliable));
    // Session 4's top set was missed (0 reps), so it gives no estimate.
    assert_eq!(series.skipped, 1);
}

#[test]
fn e1rm_marks_new_bests_only() {
    let series = e1rm_series(&bench_journal(), BENCH, DateRange::ALL, Unit::Kg, 2);
    let prs: Vec<bool> = series.points.iter().map(|point| point.pr).collect();
    assert_eq!(prs, [false, false, true, false]);
}

#[test]
fn moving_average_spans_window() {
    let series = e1rm_series(&bench_journal(), BENCH, DateRange::ALL, Unit::Kg, 2);
    let expected = [
        S1_E1RM,
        (S1_E1RM + S2_E1RM) / 2.0,
        (S2_E1RM + S3_E1RM) / 2.0,
        (S3_E1RM + S5_E1RM) / 2.0,
    ];
    for (point, expected) in series.points.iter().zip(expected) {
        assert_close(point.moving_average, expected, "moving average");
    }

    let five = e1rm_series(&bench_journal(), BENCH, DateRange::ALL, Unit::Kg, 5);
    let mean_of_all = (S1_E1RM + S2_E1RM + S3_E1RM + S5_E1RM) / 4.0;
    assert_close(five.points[3].moving_average, mean_of_all, "window of 5");
}

#[test]
fn e1rm_range_keeps_history() {
    let range = DateRange::new(Some(date(2026, 1, 8)), Some(date(2026, 1, 14)));
    let series = e1rm_series(&bench_journal(), BENCH, range, Unit::Kg, 2);
    assert_eq!(series.points.len(), 2);
    assert_eq!(series.points[0].session_id, 2);
    // The average and the PR still see session 1, outside the range.
    assert_close(
        series.points[0].moving_average,
        (S1_E1RM + S2_E1RM) / 2.0,
        "average across the range start",
    );
    assert!(series.points[1].pr);
    assert_eq!(series.skipped, 0);
}

#[test]
fn e1rm_converts_to_pounds() {
    let series = e1rm_series(&bench_journal(), BENCH, DateRange::ALL, Unit::Lb, 2);
    assert_close(series.points[0].e1rm, 120.0 / LB / 0.85, "session 1 in lb");
    assert_close(series.points[1].e1rm, 275.0 / 0.892, "session 2 in lb");
    assert_close(series.points[1].load, 275.0, "lb load kept");
    assert_eq!(series.unit, Unit::Lb);
}

#[test]
fn volume_excludes_warmups() {
    let series = volume_series(&bench_journal(), BENCH, DateRange::ALL, Unit::Kg);
    assert_eq!(series.sessions.len(), 5);
    let first = &series.sessions[0];
    // 100 × 10 + 100 × 9 + 100 × 8, as in the method guide.
    assert_close(first.backoff_volume, 2700.0, "guide backoff volume");
    assert_close(first.top_volume, 480.0, "guide top-set volume");
    assert_close(first.other_volume, 0.0, "no other sets");
    assert_close(first.total(), 3180.0, "working volume");
}

#[test]
fn volume_mixes_kg_and_lb() {
    let series = volume_series(&bench_journal(), BENCH, DateRange::ALL, Unit::Kg);
    let second = &series.sessions[1];
    assert_close(second.top_volume, 275.0 * LB * 3.0, "lb top set");
    assert_close(
        second.backoff_volume,
        225.0 * LB * 8.0 + 100.0 * 8.0,
        "lb and kg backoffs",
    );

    let in_lb = volume_series(&bench_journal(), BENCH, DateRange::ALL, Unit::Lb);
    assert_close(
        in_lb.sessions[0].backoff_volume,
        2700.0 / LB,
        "guide volume in lb",
    );
    assert_close(
        in_lb.sessions[1].backoff_volume,
        225.0 * 8.0 + 100.0 / LB * 8.0,
        "session 2 in lb",
    );
}

#[test]
fn volume_sums_iso_weeks() {
    let series = volume_series(&bench_journal(), BENCH, DateRange::ALL, Unit::Kg);
    let weeks: Vec<_> = series.weeks.iter().map(|week| week.week).collect();
    assert_eq!(
        weeks,
        [date(2026, 1, 5), date(2026, 1, 12), date(2026, 1, 19)]
    );

    let first = &series.weeks[0];
    assert_eq!(first.sessions, 2);
    assert_close(first.top_volume, 480.0 + 275.0 * LB * 3.0, "week 1 top");
    assert_close(
        first.backoff_volume,
        2700.0 + 225.0 * LB * 8.0 + 800.0,
        "week 1 backoff",
    );
    let second = &series.weeks[1];
    // Session 3: 125 × 3. Session 4 missed its top set, so it adds 130 × 0.
    assert_close(second.top_volume, 375.0, "week 2 top");
    assert_close(
        second.backoff_volume,
        860.0 + 752.5 + 550.0,
        "week 2 backoff",
    );
    assert_close(series.weeks[2].backoff_volume, 0.0, "week 3 backoff");
}

#[test]
fn hard_sets_count_listed_muscles() {
    let series = muscle_sets_series(&bench_journal(), BENCH, DateRange::ALL);
    assert_eq!(
        series.weeks,
        [date(2026, 1, 5), date(2026, 1, 12), date(2026, 1, 19)]
    );
    // Week 1: 4 working sets on the 5th, 3 on the 8th; warm-ups excluded.
    assert_eq!(
        series.muscles,
        [
            (Muscle::Chest, vec![7, 5, 1]),
            (Muscle::Triceps, vec![7, 5, 1])
        ]
    );
}

#[test]
fn unlisted_exercise_counts_nowhere() {
    // The curl is not in the exercise list: its 3 sets count for no muscle,
    // and the chart shows every muscle trained instead.
    let series = muscle_sets_series(&bench_journal(), CURL, DateRange::ALL);
    assert_eq!(
        series.muscles,
        [
            (Muscle::Chest, vec![7, 5, 1]),
            (Muscle::Triceps, vec![7, 5, 1]),
            (Muscle::Quads, vec![3, 0, 0]),
            (Muscle::Glutes, vec![3, 0, 0]),
        ]
    );
}

#[test]
fn hard_sets_fill_empty_weeks() {
    let range = DateRange::new(Some(date(2026, 1, 1)), Some(date(2026, 1, 31)));
    let series = muscle_sets_series(&bench_journal(), SQUAT, range);
    assert_eq!(series.weeks.first(), Some(&date(2025, 12, 29)));
    assert_eq!(series.weeks.last(), Some(&date(2026, 1, 26)));
    assert_eq!(
        series.muscles,
        [
            (Muscle::Quads, vec![0, 3, 0, 0, 0]),
            (Muscle::Glutes, vec![0, 3, 0, 0, 0])
        ]
    );
}

#[test]
fn fatigue_drops_per_set() {
    let series = fatigue_series(&bench_journal(), BENCH, DateRange::ALL, Unit::Kg, Some(3));
    let session = series.session.expect("session 3 has a top set");
    assert_eq!(session.session_id, 3);
    let kinds: Vec<_> = session.sets.iter().map(|set| set.kind).collect();
    assert_eq!(kinds, [SetKind::Top, SetKind::Backoff, SetKind::Backoff]);

    let backoff_1 = 107.5 / 0.762;
    let backoff_2 = 107.5 / 0.799;
    let e1rms: Vec<f64> = session.sets.iter().filter_map(|set| set.e1rm).collect();
    assert_eq!(e1rms.len(), 3);
    assert_close(e1rms[0], S3_E1RM, "top set");
    assert_close(e1rms[1], backoff_1, "backoff 1");
    assert_close(e1rms[2], backoff_2, "backoff 2");

    assert_eq!(session.sets[0].drop_from_top_percent, None);
    let drop_1 = session.sets[1].drop_from_top_percent.expect("drop 1");
    assert_close(drop_1, (1.0 - backoff_1 / S3_E1RM) * 100.0, "drop 1");
    assert!((drop_1 - 2.601).abs() < 0.001, "drop 1 is about 2.6 %");
    let drop_2 = session.sets[2].drop_from_top_percent.expect("drop 2");
    assert_close(drop_2, (1.0 - backoff_2 / S3_E1RM) * 100.0, "drop 2");
    let step_2 = session.sets[2].drop_from_previous_percent.expect("step 2");
    assert_close(step_2, (1.0 - backoff_2 / backoff_1) * 100.0, "step 2");
}

#[test]
fn fatigue_defaults_to_latest_session() {
    let series = fatigue_series(&bench_journal(), BENCH, DateRange::ALL, Unit::Kg, None);
    assert_eq!(series.session.map(|session| session.session_id), Some(5));

    let range = DateRange::new(None, Some(date(2026, 1, 13)));
    let series = fatigue_series(&bench_journal(), BENCH, range, Unit::Kg, None);
    assert_eq!(series.session.map(|session| session.session_id), Some(3));
}

#[test]
fn weekly_fatigue_against_plan() {
    let series = fatigue_series(&bench_journal(), BENCH, DateRange::ALL, Unit::Kg, None);
    // Week 1: only session 2 has an RPE on its first backoff. Week 2: session
    // 3 (session 4 has no estimate). Week 3: session 5 has no backoff.
    assert_eq!(series.weeks.len(), 2);
    let first = &series.weeks[0];
    assert_eq!(first.week, date(2026, 1, 5));
    let s2_backoff = 225.0 * LB / 0.751;
    assert_close(
        first.achieved_percent,
        (1.0 - s2_backoff / S2_E1RM) * 100.0,
        "week 1 achieved",
    );
    assert_eq!(first.planned_percent, None);
    assert_eq!(first.sessions, 1);

    let second = &series.weeks[1];
    assert_eq!(second.week, date(2026, 1, 12));
    assert_close(
        second.achieved_percent,
        (1.0 - (107.5 / 0.762) / S3_E1RM) * 100.0,
        "week 2 achieved",
    );
    assert_eq!(second.planned_percent, Some(14.0));
}

#[test]
fn planned_load_from_previous_e1rm() {
    let series = planned_load_series(&bench_journal(), BENCH, DateRange::ALL, Unit::Kg);
    assert_eq!(series.points.len(), 1);
    let point = &series.points[0];
    assert_eq!(point.session_id, 3);
    assert_close(point.logged_load, 125.0, "logged load");
    // Session 2's e1RM at 3 reps @ RPE 8 (86.3 %).
    assert_close(point.planned_load, S2_E1RM * 0.863, "planned load");
    // Session 5's prescription has no target RPE.
    assert_eq!(series.left_out, 1);
}

#[test]
fn exercise_choice_needs_top_sets() {
    assert_eq!(exercises_with_top_sets(&bench_journal()), [BENCH, SQUAT]);
}

#[test]
fn presets_end_today() {
    let today = date(2026, 3, 31);
    let three = RangePreset::ThreeMonths.range(today);
    assert_eq!(three.from, Some(date(2025, 12, 31)));
    assert_eq!(three.to, Some(today));
    assert_eq!(
        RangePreset::OneYear.range(today).from,
        Some(date(2025, 3, 31))
    );
    assert_eq!(RangePreset::All.range(today), DateRange::ALL);
}

#[test]
fn cache_rebuilds_on_change() {
    let journal = bench_journal();
    let mut cache = SeriesCache::default();
    let request = ChartRequest {
        kind: ChartKind::E1rm,
        exercise: BENCH.to_owned(),
        range: DateRange::ALL,
        unit: Unit::Kg,
        session: None,
    };
    assert_eq!(cache.series(&journal, 1, &request).len(), 4);
    assert_eq!(cache.series(&journal, 1, &request).len(), 4);
    assert_eq!(cache.builds, 1);

    assert_eq!(cache.series(&journal, 2, &request).len(), 4);
    assert_eq!(cache.builds, 2);

    let squat = ChartRequest {
        exercise: SQUAT.to_owned(),
        ..request.clone()
    };
    assert_eq!(cache.series(&journal, 2, &squat).len(), 1);
    assert_eq!(cache.builds, 3);
}
