//! Backoff loads, repeat-until-RPE decisions, next-drop suggestions,
//! variations and warm-ups, checked against the method guide's numbers.

use topset::model::{
    BackoffDecision, BackoffRule, DropChange, E1rmMethod, Load, LoggedExercise, LoggedSet,
    PlateInventory, RpeChart, SetKind, TopSet, Unit, Variation, WarmupScheme, WarmupStep,
    another_backoff_due, backoff_load, percent_drop, rpe_load_drop, suggest_next_drop, warmup_ramp,
    warmup_sets,
};

fn close(actual: f64, expected: f64) -> bool {
    (actual - expected).abs() < 1e-9
}

#[test]
fn guide_backoff_table_unrounded() {
    // The guide's table: top set → 10 % / 15 % below it.
    let table = [
        (60.0, 54.0, 51.0),
        (80.0, 72.0, 68.0),
        (100.0, 90.0, 85.0),
        (120.0, 108.0, 102.0),
        (140.0, 126.0, 119.0),
    ];
    let gym = PlateInventory::standard_kg();
    for (top, ten, fifteen) in table {
        assert!(
            close(percent_drop(top, 10.0, &gym).exact, ten),
            "{top} at 10 %"
        );
        assert!(
            close(percent_drop(top, 15.0, &gym).exact, fifteen),
            "{top} at 15 %"
        );
    }
}

#[test]
fn backoff_reports_real_drop() {
    // 140 lb × 0.9 = 126 → 125 lb with 5 lb steps: a real drop of 1 − 125/140 = 10.714 %.
    let gym = PlateInventory::with_sizes(Unit::Lb, 45.0, &[45.0, 25.0, 10.0, 5.0], 4);
    let backoff = percent_drop(140.0, 10.0, &gym);
    assert!(close(backoff.exact, 126.0));
    assert_eq!(backoff.loadable(), 125.0);
    assert!((backoff.real_drop_percent(140.0) - 10.714_285_7).abs() < 1e-6);
    assert_eq!(backoff.drop_percent, 10.0);
}

#[test]
fn rpe_drop_uses_chart_percentages() {
    // 100 × 5 @ 8: e1RM = 100 / 0.811. 8 reps @ 7 is 70.7 %: 100 × 70.7 / 81.1 = 87.176 kg.
    let top = TopSet {
        load: 100.0,
        reps: 5,
        rpe: Some(8.0),
    };
    let backoff = rpe_load_drop(
        &top,
        8,
        7.0,
        RpeChart::Classic,
        &PlateInventory::standard_kg(),
    )
    .unwrap();
    assert!((backoff.exact - 87.176_325_5).abs() < 1e-6);
    assert_eq!(backoff.loadable(), 87.5);
    assert!((backoff.drop_percent - 12.823_674_5).abs() < 1e-6);
    assert!(!backoff.unreliable);
}

#[test]
fn rpe_drop_needs_top_set_rpe() {
    let top = TopSet {
        load: 100.0,
        reps: 5,
        rpe: None,
    };
    assert_eq!(
        rpe_load_drop(
            &top,
            8,
            7.0,
            RpeChart::Classic,
            &PlateInventory::standard_kg()
        ),
        None
    );
}

#[test]
fn rpe_drop_flags_reps_past_chart() {
    let top = TopSet {
        load: 100.0,
        reps: 5,
        rpe: Some(8.0),
    };
    let backoff = rpe_load_drop(
        &top,
        15,
        8.0,
        RpeChart::Classic,
        &PlateInventory::standard_kg(),
    )
    .unwrap();
    assert!(backoff.unreliable);
}

#[test]
fn rule_picks_backoff_load() {
    let top = TopSet {
        load: 120.0,
        reps: 4,
        rpe: Some(8.5),
    };
    let gym = PlateInventory::standard_kg();
    let percent = backoff_load(
        &top,
        &BackoffRule::PercentDrop(15.0),
        8,
        RpeChart::Classic,
        &gym,
    )
    .unwrap();
    assert!(close(percent.exact, 102.0));
    let repeat = BackoffRule::RepeatUntilRpe {
        drop_percent: 10.0,
        fatigue_percent: 8.0,
    };
    let repeated = backoff_load(&top, &repeat, 8, RpeChart::Classic, &gym).unwrap();
    assert!(close(repeated.exact, 108.0));
    // 120 / 0.85 × 0.739 (8 reps @ 8) = 104.329 kg.
    let by_rpe = backoff_load(
        &top,
        &BackoffRule::RpeTarget(8.0),
        8,
        RpeChart::Classic,
        &gym,
    )
    .unwrap();
    assert!((by_rpe.exact - 104.329_411_8).abs() < 1e-6);
}

fn set(kind: SetKind, load: f64, reps: u32, rpe: Option<f64>) -> LoggedSet {
    LoggedSet::new(kind, Some(Load::kg(load)), reps, rpe)
}

#[test]
fn backoff_due_until_top_rpe() {
    let top = set(SetKind::Top, 120.0, 4, Some(8.5));
    let first = set(SetKind::Backoff, 100.0, 10, Some(7.0));
    let second = set(SetKind::Backoff, 100.0, 9, Some(8.0));
    let third = set(SetKind::Backoff, 100.0, 8, Some(9.0));
    assert_eq!(
        another_backoff_due(&top, &[], 20.0, E1rmMethod::RpeChart),
        BackoffDecision::Due
    );
    assert_eq!(
        another_backoff_due(
            &top,
            &[first.clone(), second.clone()],
            20.0,
            E1rmMethod::RpeChart
        ),
        BackoffDecision::Due
    );
    assert_eq!(
        another_backoff_due(&top, &[first, second, third], 20.0, E1rmMethod::RpeChart),
        BackoffDecision::RpeReached {
            rpe: 9.0,
            top_rpe: 8.5
        }
    );
}

#[test]
fn backoff_stops_at_fatigue_percent() {
    // Top: 120 × 4 @ 8.5 → e1RM 120 / 0.85 = 141.18. Backoff 100 × 6 @ 8 →
    // 100 / 0.786 = 127.23, 9.88 % below: stops at a 5 % fatigue limit.
    let top = set(SetKind::Top, 120.0, 4, Some(8.5));
    let tired = set(SetKind::Backoff, 100.0, 6, Some(8.0));
    let decision = another_backoff_due(
        &top,
        std::slice::from_ref(&tired),
        5.0,
        E1rmMethod::RpeChart,
    );
    let BackoffDecision::FatigueReached { e1rm_drop_percent } = decision else {
        panic!("expected fatigue stop, got {decision:?}");
    };
    assert!((e1rm_drop_percent - (1.0 - (100.0 / 0.786) / (120.0 / 0.85)) * 100.0).abs() < 1e-9);
    assert_eq!(
        another_backoff_due(&top, &[tired], 10.0, E1rmMethod::RpeChart),
        BackoffDecision::Due
    );
}

#[test]
fn backoff_stops_after_five_sets() {
    let top = set(SetKind::Top, 120.0, 4, None);
    let backoffs = vec![set(SetKind::Backoff, 100.0, 10, None); 5];
    assert_eq!(
        another_backoff_due(&top, &backoffs, 10.0, E1rmMethod::RpeChart),
        BackoffDecision::MaxSets { sets: 5 }
    );
    assert_eq!(
        another_backoff_due(&top, &backoffs[..4], 10.0, E1rmMethod::RpeChart),
        BackoffDecision::Due
    );
}

fn session(top: f64, backoffs: &[(f64, u32, Option<f64>)]) -> LoggedExercise {
    let mut sets = vec![set(SetKind::Top, top, 4, Some(8.5))];
    sets.extend(
        backoffs
            .iter()
            .map(|(load, reps, rpe)| set(SetKind::Backoff, *load, *reps, *rpe)),
    );
    LoggedExercise {
        exercise: "Bench Press".into(),
        sets,
        note: String::new(),
    }
}

#[test]
fn missed_reps_suggest_larger_drop() {
    // 100 → 90: a 10 % drop; 7 reps misses 8: next 12.5 %.
    let last = session(100.0, &[(90.0, 8, Some(8.0)), (90.0, 7, Some(9.0))]);
    let next = suggest_next_drop(&last, 8..=12, (10.0, 15.0)).unwrap();
    assert_eq!(next.change, DropChange::Larger);
    assert!(close(next.last_drop_percent, 10.0));
    assert!(close(next.drop_percent, 12.5));
    assert_eq!(next.min_reps, 7);
}

#[test]
fn easy_backoffs_suggest_smaller_drop() {
    // 100 → 85: a 15 % drop at RPE 6: next 12.5 %.
    let last = session(100.0, &[(85.0, 10, Some(6.0)), (85.0, 10, Some(6.5))]);
    let next = suggest_next_drop(&last, 8..=12, (10.0, 15.0)).unwrap();
    assert_eq!(next.change, DropChange::Smaller);
    assert!(close(next.drop_percent, 12.5));
    // Reps above the range also mean too easy.
    let many = session(100.0, &[(85.0, 14, Some(8.0))]);
    assert_eq!(
        suggest_next_drop(&many, 8..=12, (10.0, 15.0))
            .unwrap()
            .change,
        DropChange::Smaller
    );
}

#[test]
fn suggested_drop_stays_in_band() {
    // Already at 15 % and still missing reps: stays at 15.
    let last = session(100.0, &[(85.0, 6, Some(9.5))]);
    let next = suggest_next_drop(&last, 8..=12, (10.0, 15.0)).unwrap();
    assert_eq!(next.change, DropChange::Larger);
    assert!(close(next.drop_percent, 15.0));
    // A 5 % drop that went well is brought up into the band.
    let light = session(100.0, &[(95.0, 8, Some(8.0))]);
    let next = suggest_next_drop(&light, 8..=12, (10.0, 15.0)).unwrap();
    assert_eq!(next.change, DropChange::Keep);
    assert!(close(next.drop_percent, 10.0));
}

#[test]
fn good_backoffs_keep_drop() {
    let last = session(
        120.0,
        &[
            (100.0, 10, Some(7.5)),
            (100.0, 9, Some(8.0)),
            (100.0, 8, Some(8.5)),
        ],
    );
    let next = suggest_next_drop(&last, 8..=12, (10.0, 15.0)).unwrap();
    assert_eq!(next.change, DropChange::Keep);
    // 1 − 100/120 = 16.67 %, kept inside the band at 15.
    assert!(close(next.drop_percent, 15.0));
}

#[test]
fn no_backoffs_no_suggestion() {
    let last = session(120.0, &[]);
    assert_eq!(suggest_next_drop(&last, 8..=12, (10.0, 15.0)), None);
}

#[test]
fn guide_warmup_example() {
    // Bench example: bar × 10, 60 × 8, 80 × 5, 100 × 3 before 120 kg.
    let ramp = warmup_ramp(120.0, 3, &PlateInventory::standard_kg());
    let sets: Vec<(f64, u32)> = ramp.iter().map(|set| (set.load, set.reps)).collect();
    assert_eq!(sets, [(20.0, 10), (60.0, 8), (80.0, 5), (100.0, 3)]);
}

#[test]
fn warmup_steps_are_adjustable() {
    let scheme = WarmupScheme {
        bar_reps: Some(5),
        steps: vec![
            WarmupStep {
                percent: 40.0,
                reps: 5,
            },
            WarmupStep {
                percent: 60.0,
                reps: 3,
            },
            WarmupStep {
                percent: 80.0,
                reps: 2,
            },
            WarmupStep {
                percent: 90.0,
                reps: 1,
            },
        ],
    };
    // 200 kg: 80, 120, 160, 180.
    let ramp = warmup_sets(200.0, &scheme, &PlateInventory::standard_kg());
    let sets: Vec<(f64, u32)> = ramp.iter().map(|set| (set.load, set.reps)).collect();
    assert_eq!(
        sets,
        [(20.0, 5), (80.0, 5), (120.0, 3), (160.0, 2), (180.0, 1)]
    );
}

#[test]
fn light_top_set_has_short_ramp() {
    // 30 kg: 15 and 20 round to the bar, 25 kg stays.
    let ramp = warmup_ramp(30.0, 3, &PlateInventory::standard_kg());
    let sets: Vec<(f64, u32)> = ramp.iter().map(|set| (set.load, set.reps)).collect();
    assert_eq!(sets, [(20.0, 10), (25.0, 3)]);
    assert!(warmup_ramp(20.0, 3, &PlateInventory::standard_kg()).is_empty());
    assert!(warmup_ramp(15.0, 3, &PlateInventory::standard_kg()).is_empty());
}

#[test]
fn single_variation_plan() {
    let plan = Variation::SingleTopSet.plan(100.0, Some(15.0), &PlateInventory::standard_kg());
    let kinds: Vec<SetKind> = plan.iter().map(|set| set.kind).collect();
    assert_eq!(
        kinds,
        [
            SetKind::Top,
            SetKind::Backoff,
            SetKind::Backoff,
            SetKind::Backoff
        ]
    );
    assert!(close(plan[1].exact, 85.0));
    assert_eq!(plan[0].reps, 3..=5);
    assert_eq!(plan[1].reps, 8..=12);
}

#[test]
fn double_top_sets_plan() {
    let plan = Variation::DoubleTopSets.plan(100.0, None, &PlateInventory::standard_kg());
    let tops = plan.iter().filter(|set| set.kind == SetKind::Top).count();
    let backoffs: Vec<_> = plan
        .iter()
        .filter(|set| set.kind == SetKind::Backoff)
        .collect();
    assert_eq!(tops, 2);
    assert_eq!(backoffs.len(), 2);
    assert!(close(backoffs[0].exact, 90.0));
    assert_eq!(backoffs[0].reps, 8..=10);
}

#[test]
fn heavy_single_backoffs_at_75_to_80() {
    let guide = Variation::HeavySingle.guide();
    assert_eq!(guide.drop_percent, (20.0, 25.0));
    let plan = Variation::HeavySingle.plan(180.0, Some(25.0), &PlateInventory::standard_kg());
    assert_eq!(plan[0].reps, 1..=1);
    assert_eq!(plan[0].rpe, Some((9.0, 9.5)));
    // 180 × 0.75 = 135.
    assert!(close(plan[1].exact, 135.0));
    assert_eq!(
        plan.iter()
            .filter(|set| set.kind == SetKind::Backoff)
            .count(),
        4
    );
}

#[test]
fn ramping_plan_climbs_to_top_set() {
    // Top set 144 kg at 90 % of the day's max (160): 80 % = 128 × 5, 85 % = 136 × 3.
    let plan = Variation::RampingToTopSet.plan(144.0, None, &PlateInventory::standard_kg());
    assert_eq!(plan[0].kind, SetKind::WarmUp);
    assert!((plan[0].exact - 128.0).abs() < 1e-9);
    assert_eq!(plan[0].reps, 5..=5);
    assert!((plan[1].exact - 136.0).abs() < 1e-9);
    assert_eq!(plan[1].reps, 3..=3);
    assert_eq!(plan[2].kind, SetKind::Top);
    assert_eq!(plan[2].reps, 1..=3);
    // Backoffs at 80 % of the max = 128 kg.
    assert!((plan[3].exact - 128.0).abs() < 1e-9);
}

#[test]
fn variation_prescriptions_match_guide() {
    let single = Variation::SingleTopSet.prescription();
    assert_eq!(
        (
            single.top_sets,
            single.top_reps,
            single.backoff_sets,
            single.backoff_reps
        ),
        (1, 4, 3, 8)
    );
    assert_eq!(single.rule, BackoffRule::PercentDrop(10.0));
    let double = Variation::DoubleTopSets.prescription();
    assert_eq!((double.top_sets, double.backoff_sets), (2, 2));
    let heavy = Variation::HeavySingle.prescription();
    assert_eq!(
        (heavy.top_reps, heavy.top_rpe, heavy.backoff_reps),
        (1, Some(9.5), 6)
    );
}
