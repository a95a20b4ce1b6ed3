//! Default inventories for equipment the journal's own inventory does not
//! suit: a dumbbell rack and a weight stack in each unit.

use super::{Equipment, PlateInventory, Unit};

/// Heaviest fixed dumbbell of the default kg rack.
const DEFAULT_DUMBBELL_MAX_KG: f64 = 50.0;
/// Step between the fixed dumbbells of the default kg rack.
const DEFAULT_DUMBBELL_STEP_KG: f64 = 2.5;
/// Heaviest fixed dumbbell of the default lb rack.
const DEFAULT_DUMBBELL_MAX_LB: f64 = 120.0;
/// Step between the fixed dumbbells of the default lb rack.
const DEFAULT_DUMBBELL_STEP_LB: f64 = 5.0;

/// Default weight stack in kg: (lightest setting, step per pin, heaviest).
const DEFAULT_STACK_KG: (f64, f64, f64) = (5.0, 5.0, 100.0);
/// Default weight stack in lb: (lightest setting, step per pin, heaviest).
const DEFAULT_STACK_LB: (f64, f64, f64) = (10.0, 10.0, 200.0);

/// Builds the inventory used for `equipment` when the journal has none for it:
///
/// - dumbbells: a rack of fixed dumbbells every 2.5 kg from 2.5 to 50 kg
///   (every 5 lb from 5 to 120 lb), loads counted per dumbbell;
/// - machines and cables: a weight stack from 5 to 100 kg in 5 kg steps (10
///   to 200 lb in 10 lb steps);
/// - barbells and the rest: the standard bar and plates of the unit.
pub fn default_inventory(equipment: Equipment, unit: Unit) -> PlateInventory {
    match equipment {
        Equipment::Dumbbell => {
            let (step, max) = match unit {
                Unit::Kg => (DEFAULT_DUMBBELL_STEP_KG, DEFAULT_DUMBBELL_MAX_KG),
                Unit::Lb => (DEFAULT_DUMBBELL_STEP_LB, DEFAULT_DUMBBELL_MAX_LB),
            };
            let count = (max / step).round() as u32;
            let loads: Vec<f64> = (1..=count).map(|index| f64::from(index) * step).collect();
            PlateInventory::dumbbells(unit, &loads)
        }
        Equipment::Machine | Equipment::Cable => {
            let (lightest, step, max) = match unit {
                Unit::Kg => DEFAULT_STACK_KG,
                Unit::Lb => DEFAULT_STACK_LB,
            };
            PlateInventory::stack(unit, lightest, step, max)
        }
        Equipment::Barbell | Equipment::Bodyweight | Equipment::Other => {
            PlateInventory::standard(unit)
        }
    }
}
