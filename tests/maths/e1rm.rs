//! e1RM methods against the reference charts, hand-computed formula values
//! and published checks.

use proptest::prelude::*;
use topset::model::{
    E1rmMethod, MAX_CHART_POSITION, RpeChart, estimate_e1rm, rir_from_rpe, rpe_from_rir,
};

/// Every (reps, RPE, percent) row of a reference chart CSV.
fn reference_cells(file: &str) -> Vec<(u32, f64, f64)> {
    let path = format!(
        "{}/tests/fixtures/reference/{file}",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).expect("reference chart is readable");
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("reps,rpe,percent_1rm"), "{path} header");
    lines
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let fields: Vec<&str> = line.split(',').collect();
            assert_eq!(fields.len(), 3, "{path}: {line}");
            (
                fields[0].parse().expect("reps"),
                fields[1].parse().expect("rpe"),
                fields[2].parse().expect("percent"),
            )
        })
        .collect()
}

fn close(actual: f64, expected: f64, tolerance: f64) -> bool {
    (actual - expected).abs() <= tolerance
}

#[test]
fn classic_chart_matches_every_cell() {
    let cells = reference_cells("rpe-chart-classic.csv");
    assert_eq!(cells.len(), 96);
    for (reps, rpe, percent) in cells {
        assert_eq!(
            RpeChart::Classic.percent(reps, rpe),
            Some(percent),
            "{reps} @ {rpe}"
        );
    }
}

#[test]
fn rts_2025_chart_matches_every_cell() {
    let cells = reference_cells("rpe-chart-rts-2025.csv");
    assert_eq!(cells.len(), 96);
    for (reps, rpe, percent) in cells {
        assert_eq!(
            RpeChart::Rts2025.percent(reps, rpe),
            Some(percent),
            "{reps} @ {rpe}"
        );
    }
}

#[test]
fn chart_estimates_divide_by_every_cell() {
    for (file, method) in [
        ("rpe-chart-classic.csv", E1rmMethod::RpeChart),
        ("rpe-chart-rts-2025.csv", E1rmMethod::RpeChart2025),
    ] {
        for (reps, rpe, percent) in reference_cells(file) {
            let estimate = estimate_e1rm(method, 100.0, reps, Some(rpe)).unwrap();
            assert!(
                close(estimate.value, 10_000.0 / percent, 1e-9),
                "{file} {reps} @ {rpe}"
            );
            assert!(!estimate.unreliable, "{file} {reps} @ {rpe}");
        }
    }
}

#[test]
fn charts_differ_past_ten_positions() {
    // 12 reps at RPE 10: 68.0 % classic, 70.7 % in 2025.
    assert_eq!(RpeChart::Classic.percent(12, 10.0), Some(68.0));
    assert_eq!(RpeChart::Rts2025.percent(12, 10.0), Some(70.7));
}

#[test]
fn epley_published_checks() {
    // 100 × (1 + 9/30) = 130; 120 × (1 + 2/30) = 128.
    let nine = estimate_e1rm(E1rmMethod::Epley, 100.0, 9, None).unwrap();
    assert!(close(nine.value, 130.0, 1e-9));
    let two = estimate_e1rm(E1rmMethod::Epley, 120.0, 2, None).unwrap();
    assert!(close(two.value, 128.0, 1e-9));
}

#[test]
fn classic_chart_published_check() {
    // 225 lb × 5 at RPE 8 is 81.1 %: 225 / 0.811 = 277.435 lb.
    let estimate = estimate_e1rm(E1rmMethod::RpeChart, 225.0, 5, Some(8.0)).unwrap();
    assert!(close(estimate.value, 277.4, 0.05));
    assert!(close(estimate.value, 277.435_265, 1e-5));
}

#[test]
fn formulas_match_hand_arithmetic() {
    let cases = [
        // 100 × (1 + 5/30)
        (E1rmMethod::Epley, 116.666_667),
        // 100 × 36 / (37 − 5) = 3600 / 32
        (E1rmMethod::Brzycki, 112.5),
        // 100 × 100 / (101.3 − 2.67123 × 5) = 10000 / 87.94385
        (E1rmMethod::Lander, 113.708_918),
        // 100 × 5^0.10 = 100 × 1.1746189
        (E1rmMethod::Lombardi, 117.461_894),
        // 100 × 100 / (52.2 + 41.9 × e^−0.275) = 10000 / (52.2 + 41.9 × 0.7595721)
        (E1rmMethod::Mayhew, 119.010_680),
        // 100 × (1 + 0.025 × 5)
        (E1rmMethod::OConner, 112.5),
        // 100 × 100 / (48.8 + 53.8 × e^−0.375) = 10000 / (48.8 + 53.8 × 0.6872893)
        (E1rmMethod::Wathan, 116.582_505),
    ];
    for (method, expected) in cases {
        let estimate = estimate_e1rm(method, 100.0, 5, None).unwrap();
        assert!(
            close(estimate.value, expected, 1e-5),
            "{method:?}: {}",
            estimate.value
        );
        assert!(!estimate.unreliable, "{method:?}");
    }
}

#[test]
fn formulas_count_reps_in_reserve() {
    // 5 reps at RPE 8 leave 2 in reserve: Epley sees 7 reps, 100 × (1 + 7/30).
    let epley = estimate_e1rm(E1rmMethod::Epley, 100.0, 5, Some(8.0)).unwrap();
    assert!(close(epley.value, 123.333_333, 1e-5));
    // Brzycki: 100 × 36 / (37 − 7) = 120.
    let brzycki = estimate_e1rm(E1rmMethod::Brzycki, 100.0, 5, Some(8.0)).unwrap();
    assert!(close(brzycki.value, 120.0, 1e-9));
}

#[test]
fn single_at_rpe_ten_is_the_max() {
    for method in E1rmMethod::ALL {
        let at_ten = estimate_e1rm(method, 180.0, 1, Some(10.0)).unwrap();
        assert_eq!(at_ten.value, 180.0, "{method:?}");
        let no_rpe = estimate_e1rm(method, 180.0, 1, None).unwrap();
        assert_eq!(no_rpe.value, 180.0, "{method:?}");
    }
}

#[test]
fn single_at_rpe_eight_uses_chart() {
    // 1 rep at RPE 8 is 92.2 % on the classic chart: 180 / 0.922 = 195.228.
    let estimate = estimate_e1rm(E1rmMethod::RpeChart, 180.0, 1, Some(8.0)).unwrap();
    assert!(close(estimate.value, 195.227_766, 1e-5));
}

#[test]
fn chart_without_rpe_has_no_estimate() {
    assert_eq!(estimate_e1rm(E1rmMethod::RpeChart, 100.0, 5, None), None);
    assert_eq!(
        estimate_e1rm(E1rmMethod::RpeChart2025, 100.0, 5, None),
        None
    );
}

#[test]
fn invalid_sets_have_no_estimate() {
    for method in E1rmMethod::ALL {
        assert_eq!(
            estimate_e1rm(method, 100.0, 0, Some(8.0)),
            None,
            "{method:?}"
        );
        assert_eq!(
            estimate_e1rm(method, -100.0, 5, Some(8.0)),
            None,
            "{method:?}"
        );
        assert_eq!(estimate_e1rm(method, 0.0, 5, Some(8.0)), None, "{method:?}");
        assert_eq!(
            estimate_e1rm(method, 100.0, 5, Some(11.0)),
            None,
            "{method:?}"
        );
    }
}

#[test]
fn formulas_flag_past_twelve_reps() {
    for method in E1rmMethod::ALL
        .into_iter()
        .filter(|method| method.chart().is_none())
    {
        let twelve = estimate_e1rm(method, 100.0, 12, None).unwrap();
        assert!(!twelve.unreliable, "{method:?}");
        let thirteen = estimate_e1rm(method, 100.0, 13, None).unwrap();
        assert!(thirteen.unreliable, "{method:?}");
        // 11 reps at RPE 8 count as 13 reps.
        let with_reserve = estimate_e1rm(method, 100.0, 11, Some(8.0)).unwrap();
        assert!(with_reserve.unreliable, "{method:?}");
    }
}

#[test]
fn chart_flags_past_its_end() {
    // 12 reps at RPE 6.5 is the last cell; 12 at RPE 6 is past it.
    let last = estimate_e1rm(E1rmMethod::RpeChart, 100.0, 12, Some(6.5)).unwrap();
    assert!(!last.unreliable);
    let past = estimate_e1rm(E1rmMethod::RpeChart, 100.0, 12, Some(6.0)).unwrap();
    assert!(past.unreliable);
    assert!(past.value > last.value);
    // 10 reps at RPE 4 sits at reps + RIR = 16, past 15.5.
    let low_rpe = estimate_e1rm(E1rmMethod::RpeChart, 100.0, 10, Some(4.0)).unwrap();
    assert!(low_rpe.unreliable);
    assert_eq!(MAX_CHART_POSITION, 15.5);
}

#[test]
fn chart_extension_follows_last_ratio() {
    // One half step past 12 @ 6.5 (58.6 %): 58.6 × 58.6 / 59.9 = 57.328 %.
    let estimate = estimate_e1rm(E1rmMethod::RpeChart, 100.0, 12, Some(6.0)).unwrap();
    assert!(close(estimate.value, 100.0 / (0.586 * 58.6 / 59.9), 1e-9));
}

#[test]
fn brzycki_past_37_reps_has_no_value() {
    assert_eq!(estimate_e1rm(E1rmMethod::Brzycki, 100.0, 37, None), None);
    assert_eq!(estimate_e1rm(E1rmMethod::Lander, 100.0, 38, None), None);
    let epley = estimate_e1rm(E1rmMethod::Epley, 100.0, 37, None).unwrap();
    assert!(epley.unreliable);
}

#[test]
fn rir_is_ten_minus_rpe() {
    assert_eq!(rir_from_rpe(10.0), 0.0);
    assert_eq!(rir_from_rpe(7.5), 2.5);
    assert_eq!(rpe_from_rir(3.0), 7.0);
    assert_eq!(rpe_from_rir(rir_from_rpe(8.5)), 8.5);
}

#[test]
fn method_keys_are_stable() {
    let keys: Vec<&str> = E1rmMethod::ALL.iter().map(|method| method.key()).collect();
    assert_eq!(
        keys,
        [
            "rpe_chart",
            "rpe_chart_2025",
            "epley",
            "brzycki",
            "lander",
            "lombardi",
            "mayhew",
            "oconner",
            "wathan"
        ]
    );
}

proptest! {
    #[test]
    fn e1rm_rises_with_reps(
        load in 20.0_f64..400.0,
        reps in 1_u32..12,
        half_steps in 0_u32..8,
    ) {
        let rpe = 10.0 - f64::from(half_steps) / 2.0;
        for method in E1rmMethod::ALL {
            let fewer = estimate_e1rm(method, load, reps, Some(rpe));
            let more = estimate_e1rm(method, load, reps + 1, Some(rpe));
            if let (Some(fewer), Some(more)) = (fewer, more) {
                prop_assert!(more.value >= fewer.value, "{method:?} {reps} @ {rpe}");
            }
        }
    }

    #[test]
    fn chart_e1rm_rises_past_the_chart(load in 20.0_f64..400.0, reps in 1_u32..60, rpe_tenths in 10_u32..=100) {
        let rpe = f64::from(rpe_tenths) / 10.0;
        for method in [E1rmMethod::RpeChart, E1rmMethod::RpeChart2025] {
            let fewer = estimate_e1rm(method, load, reps, Some(rpe)).unwrap();
            let more = estimate_e1rm(method, load, reps + 1, Some(rpe)).unwrap();
            prop_assert!(more.value > fewer.value, "{method:?} {reps} @ {rpe}");
        }
    }
}
