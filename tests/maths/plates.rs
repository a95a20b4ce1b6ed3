//! Plate rounding and units: the reference examples, pair counts,
//! fractional plates, ties, collars, dumbbells, stacks and properties.

use proptest::prelude::*;
use topset::model::{
    Equipment, KG_PER_LB, Load, Loading, LoggedExercise, LoggedSet, PlateInventory, PlateStock,
    SetKind, Unit, inventory_for, parse_plate_list,
};

/// Every per-side total an inventory can make, by enumerating each count of
/// each size: an independent check of the rounding table.
fn every_per_side_total(plates: &[PlateStock]) -> Vec<f64> {
    let mut totals = vec![0.0];
    for stock in plates {
        let mut next = Vec::new();
        for total in &totals {
            for count in 0..=stock.pairs {
                next.push(total + stock.size * f64::from(count));
            }
        }
        next.sort_by(f64::total_cmp);
        next.dedup_by(|a, b| (*a - *b).abs() < 1e-9);
        totals = next;
    }
    totals
}

/// Nearest load by brute force, the lighter on a tie.
fn brute_force_round(inventory: &PlateInventory, target: f64) -> f64 {
    let mut best = inventory.bar;
    for total in every_per_side_total(&inventory.plates) {
        let load = if total == 0.0 {
            inventory.bar
        } else {
            inventory.bar + inventory.collars + 2.0 * total
        };
        let better = (load - target).abs() < (best - target).abs() - 1e-9;
        let tie_lighter =
            ((load - target).abs() - (best - target).abs()).abs() <= 1e-9 && load < best;
        if better || tie_lighter {
            best = load;
        }
    }
    best
}

#[test]
fn reference_rounding_examples() {
    // 45 lb bar, 5 lb smallest plates: 137 → 135, and 140 × 0.9 = 126 → 125.
    let gym = PlateInventory::with_sizes(Unit::Lb, 45.0, &[45.0, 35.0, 25.0, 10.0, 5.0], 4);
    assert_eq!(gym.round(137.0).loadable, 135.0);
    assert_eq!(gym.round(140.0 * 0.9).loadable, 125.0);
    assert_eq!(gym.round(135.0).plates_per_side, [45.0]);
}

#[test]
fn rounding_goes_up_when_nearer() {
    // With 5 lb smallest plates the steps are 10 lb: 133 is nearer 135 than 125.
    let gym = PlateInventory::with_sizes(Unit::Lb, 45.0, &[45.0, 25.0, 10.0, 5.0], 4);
    assert_eq!(gym.round(133.0).loadable, 135.0);
    assert_eq!(gym.round(129.0).loadable, 125.0);
}

#[test]
fn ties_go_to_lighter_load() {
    // 130 lies halfway between 125 and 135.
    let gym = PlateInventory::with_sizes(Unit::Lb, 45.0, &[45.0, 25.0, 10.0, 5.0], 4);
    assert_eq!(gym.round(130.0).loadable, 125.0);
    // 21.25 kg lies halfway between the 20 kg bar and 22.5 kg.
    assert_eq!(PlateInventory::standard_kg().round(21.25).loadable, 20.0);
}

#[test]
fn below_bar_is_reported() {
    let gym = PlateInventory::standard_kg();
    let rounding = gym.round(15.0);
    assert!(rounding.below_bar);
    assert_eq!(rounding.loadable, 20.0);
    assert!(rounding.plates_per_side.is_empty());
    assert!(!gym.round(20.0).below_bar);
}

#[test]
fn pair_counts_limit_loads() {
    // One pair of 20 kg and one of 10 kg: 20 + 2 × 30 = 80 kg at most.
    let gym = PlateInventory {
        plates: vec![
            PlateStock {
                size: 20.0,
                pairs: 1,
            },
            PlateStock {
                size: 10.0,
                pairs: 1,
            },
        ],
        ..PlateInventory::standard_kg()
    };
    let heavy = gym.round(100.0);
    assert_eq!(heavy.loadable, 80.0);
    assert!(heavy.above_max);
    assert_eq!(heavy.plates_per_side, [20.0, 10.0]);
    // 60 kg would need 20 per side: one 20 (the 10s cannot pair up twice).
    assert_eq!(gym.round(60.0).plates_per_side, [20.0]);
    // 70 kg needs 25 per side, which these plates cannot make: 20 + 2 × 20 = 60 and 80 are equally near.
    assert_eq!(gym.round(70.0).loadable, 60.0);
}

#[test]
fn counts_force_other_plates() {
    // Only one pair of 25s: 120 kg = 20 + 2 × 50 must use 25 + 20 + 5.
    let gym = PlateInventory {
        plates: vec![
            PlateStock {
                size: 25.0,
                pairs: 1,
            },
            PlateStock {
                size: 20.0,
                pairs: 1,
            },
            PlateStock {
                size: 15.0,
                pairs: 2,
            },
            PlateStock {
                size: 5.0,
                pairs: 1,
            },
        ],
        ..PlateInventory::standard_kg()
    };
    let rounding = gym.round(120.0);
    assert_eq!(rounding.loadable, 120.0);
    assert_eq!(rounding.plates_per_side, [25.0, 20.0, 5.0]);
    // 130 kg needs 55 per side: 25 + 15 + 15.
    assert_eq!(gym.round(130.0).plates_per_side, [25.0, 15.0, 15.0]);
}

#[test]
fn greedy_would_miss_this_load() {
    // One pair of 25s and two of 15s: 80 kg needs 30 per side. Taking the 25
    // first leaves 5, which no plate makes; 15 + 15 does it.
    let gym = PlateInventory {
        plates: vec![
            PlateStock {
                size: 25.0,
                pairs: 1,
            },
            PlateStock {
                size: 15.0,
                pairs: 2,
            },
        ],
        ..PlateInventory::standard_kg()
    };
    let rounding = gym.round(80.0);
    assert_eq!(rounding.loadable, 80.0);
    assert_eq!(rounding.plates_per_side, [15.0, 15.0]);
    // 90 kg needs 35 per side, which these plates cannot make: 80 (30) and
    // 100 (40) are equally near, and the lighter wins.
    assert_eq!(gym.round(90.0).loadable, 80.0);
}

#[test]
fn fractional_plates_round_finely() {
    let mut gym = PlateInventory::standard_kg();
    gym.plates.push(PlateStock {
        size: 0.5,
        pairs: 2,
    });
    gym.plates.push(PlateStock {
        size: 0.25,
        pairs: 2,
    });
    // 101 kg = 20 + 2 × 40.5: 25 + 15 + 0.5.
    let rounding = gym.round(101.0);
    assert_eq!(rounding.loadable, 101.0);
    assert_eq!(rounding.plates_per_side, [25.0, 15.0, 0.5]);
    // 100.4 kg: steps of 0.5 kg, nearest 100.5.
    assert_eq!(gym.round(100.4).loadable, 100.5);
    assert_eq!(gym.round(100.5).plates_per_side, [25.0, 15.0, 0.25]);
}

#[test]
fn collars_count_with_plates() {
    // 2.5 kg collars each: 5 kg together once a plate is on.
    let gym = PlateInventory {
        collars: 5.0,
        ..PlateInventory::standard_kg()
    };
    assert_eq!(gym.round(20.0).loadable, 20.0);
    // 100 = 20 + 5 + 2 × 37.5.
    let rounding = gym.round(100.0);
    assert_eq!(rounding.loadable, 100.0);
    assert_eq!(rounding.plates_per_side, [25.0, 10.0, 2.5]);
    // 22 kg: the bar alone (20) is nearer than 20 + 5 + 2 × 1.25 = 27.5.
    assert_eq!(gym.round(22.0).loadable, 20.0);
}

#[test]
fn dumbbell_rack_rounds_to_list() {
    let rack =
        PlateInventory::dumbbells(Unit::Kg, &[10.0, 12.5, 15.0, 17.5, 20.0, 22.5, 25.0, 30.0]);
    assert_eq!(rack.round(21.0).loadable, 20.0);
    assert_eq!(rack.round(27.5).loadable, 25.0);
    assert_eq!(rack.round(28.0).loadable, 30.0);
    assert!(rack.round(40.0).above_max);
    assert_eq!(rack.round(40.0).loadable, 30.0);
    assert!(rack.round(8.0).below_bar);
    assert_eq!(rack.round(8.0).loadable, 10.0);
    assert!(rack.round(20.0).plates_per_side.is_empty());
}

#[test]
fn stack_rounds_to_pin_steps() {
    // A stack from 5 kg in 5 kg steps up to 100 kg.
    let stack = PlateInventory::stack(Unit::Kg, 5.0, 5.0, 100.0);
    assert_eq!(stack.round(42.0).loadable, 40.0);
    assert_eq!(stack.round(43.0).loadable, 45.0);
    assert_eq!(stack.round(42.5).loadable, 40.0);
    assert_eq!(stack.round(130.0).loadable, 100.0);
    assert!(stack.round(130.0).above_max);
    assert!(stack.round(2.0).below_bar);
    assert_eq!(stack.max_load(), 100.0);
}

#[test]
fn inventory_picked_by_equipment() {
    let inventories = [
        PlateInventory::standard_kg(),
        PlateInventory::dumbbells(Unit::Kg, &[10.0, 20.0]),
        PlateInventory::stack(Unit::Kg, 5.0, 5.0, 100.0),
    ];
    let dumbbell = inventory_for(&inventories, Equipment::Dumbbell).unwrap();
    assert!(matches!(dumbbell.loading, Loading::Dumbbells(_)));
    let cable = inventory_for(&inventories, Equipment::Cable).unwrap();
    assert!(matches!(cable.loading, Loading::Stack { .. }));
    let barbell = inventory_for(&inventories, Equipment::Barbell).unwrap();
    assert_eq!(barbell.loading, Loading::Barbell);
}

#[test]
fn old_inventory_without_new_fields_loads() {
    let text = "(unit: Kg, bar: 20.0, plates: [(size: 25.0, pairs: 4)])";
    let inventory: PlateInventory = ron::from_str(text).unwrap();
    assert_eq!(inventory.collars, 0.0);
    assert_eq!(inventory.loading, Loading::Barbell);
    assert_eq!(inventory.round(70.0).loadable, 70.0);
}

#[test]
fn inventory_survives_ron_round_trip() {
    let mut rack = PlateInventory::dumbbells(Unit::Lb, &[25.0, 30.0]);
    rack.collars = 1.0;
    let text = ron::to_string(&rack).unwrap();
    let back: PlateInventory = ron::from_str(&text).unwrap();
    assert_eq!(back, rack);
}

#[test]
fn plate_list_parses_counts() {
    let plates = parse_plate_list("25x2, 20 10x1;2.5").unwrap();
    assert_eq!(
        plates,
        [
            PlateStock {
                size: 25.0,
                pairs: 2
            },
            PlateStock {
                size: 20.0,
                pairs: 4
            },
            PlateStock {
                size: 10.0,
                pairs: 1
            },
            PlateStock {
                size: 2.5,
                pairs: 4
            },
        ]
    );
    assert!(parse_plate_list("").is_err());
    assert!(parse_plate_list("-5").is_err());
    assert!(parse_plate_list("abc").is_err());
    assert!(parse_plate_list("20xfour").is_err());
}

#[test]
fn many_rounds_stay_fast() {
    // 10,000 roundings with the standard plates, in a debug build; a
    // release build is about ten times faster.
    let gym = PlateInventory::standard_kg();
    let start = std::time::Instant::now();
    let mut total = 0.0;
    for step in 0..10_000 {
        total += gym.round(20.0 + f64::from(step) * 0.037).loadable;
    }
    let elapsed = start.elapsed();
    assert!(total > 0.0);
    assert!(
        elapsed.as_secs_f64() < 2.0,
        "10,000 roundings took {elapsed:?}"
    );
}

#[test]
fn ninety_lb_stays_ninety_lb() {
    let load = Load::lb(90.0);
    assert_eq!(load.value, 90.0);
    assert_eq!(load.unit, Unit::Lb);
    assert_eq!(load.to_string(), "90 lb");
    let text = ron::to_string(&load).unwrap();
    let back: Load = ron::from_str(&text).unwrap();
    assert_eq!(back, load);
    // 90 × 0.45359237 = 40.8233133 kg.
    assert!((load.to_kg() - 40.823_313_3).abs() < 1e-9);
}

#[test]
fn pound_conversion_is_exact() {
    assert_eq!(KG_PER_LB, 0.453_592_37);
    assert_eq!(Unit::Lb.convert(1.0, Unit::Kg), 0.453_592_37);
    // 100 kg / 0.45359237 = 220.4622622 lb.
    assert!((Unit::Kg.convert(100.0, Unit::Lb) - 220.462_262_2).abs() < 1e-6);
}

#[test]
fn mixed_unit_volume_converts_each_set() {
    let logged = LoggedExercise {
        exercise: "Bench Press".into(),
        sets: vec![
            LoggedSet::new(SetKind::Top, Some(Load::kg(100.0)), 5, None),
            LoggedSet::new(SetKind::Backoff, Some(Load::kg(90.0)), 8, None),
            LoggedSet::new(SetKind::Backoff, Some(Load::lb(200.0)), 8, None),
        ],
        note: String::new(),
    };
    // 90 × 8 + 200 × 0.45359237 × 8 = 720 + 725.747792 kg.
    assert!((logged.backoff_volume(Unit::Kg) - 1_445.747_792).abs() < 1e-6);
    // 90 / 0.45359237 × 8 + 1600 = 1587.32 + 1600 lb.
    assert!((logged.backoff_volume(Unit::Lb) - (720.0 / KG_PER_LB + 1600.0)).abs() < 1e-6);
}

proptest! {
    #[test]
    fn rounding_matches_brute_force(
        target in 0.0_f64..300.0,
        pairs in proptest::collection::vec(0_u32..4, 6),
        collars in prop_oneof![Just(0.0), Just(5.0)],
    ) {
        let sizes = [25.0, 20.0, 10.0, 5.0, 2.5, 1.25];
        let inventory = PlateInventory {
            plates: sizes.iter().zip(&pairs).map(|(size, pairs)| PlateStock { size: *size, pairs: *pairs }).collect(),
            collars,
            ..PlateInventory::standard_kg()
        };
        let rounding = inventory.round(target);
        if target >= inventory.bar {
            prop_assert!((rounding.loadable - brute_force_round(&inventory, target)).abs() < 1e-9);
            let plates: f64 = rounding.plates_per_side.iter().sum();
            let rebuilt = if plates == 0.0 { inventory.bar } else { inventory.bar + collars + 2.0 * plates };
            prop_assert!((rebuilt - rounding.loadable).abs() < 1e-9);
        }
    }

    #[test]
    fn rounding_is_loadable_and_idempotent(target in -50.0_f64..700.0, lb in any::<bool>()) {
        let inventory = PlateInventory::standard(if lb { Unit::Lb } else { Unit::Kg });
        let once = inventory.round(target).loadable;
        prop_assert!(inventory.is_loadable(once));
        prop_assert_eq!(inventory.round(once).loadable, once);
    }

    #[test]
    fn rounding_is_monotonic(a in 0.0_f64..700.0, b in 0.0_f64..700.0) {
        let inventory = PlateInventory::standard_kg();
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        prop_assert!(inventory.round(low).loadable <= inventory.round(high).loadable);
    }

    #[test]
    fn unit_conversion_round_trips(value in -1.0e6_f64..1.0e6) {
        let back = Unit::Lb.convert(Unit::Kg.convert(value, Unit::Lb), Unit::Kg);
        prop_assert!((back - value).abs() <= value.abs() * 1e-12 + 1e-12);
        let back = Unit::Kg.convert(Unit::Lb.convert(value, Unit::Kg), Unit::Lb);
        prop_assert!((back - value).abs() <= value.abs() * 1e-12 + 1e-12);
    }
}
