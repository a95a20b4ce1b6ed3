//! Inventories that round the loads the logger computes, one per kind of
//! equipment.
//!
//! The journal stores one inventory (`Settings::plates`). An exercise whose
//! equipment that inventory does not suit (a dumbbell row when the journal
//! contains a barbell and plates) is rounded with a default inventory in the
//! journal's unit instead, listed below.

use std::borrow::Cow;

use crate::model::{Equipment, PlateInventory, Unit, inventory_for};

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

/// Returns the inventory that rounds loads of `equipment`: the journal's
/// `plates` when it suits that equipment, otherwise the default for it in the
/// journal's unit ([`default_inventory`]).
///
/// ```
/// use topset::app::equipment_inventory;
/// use topset::model::{Equipment, PlateInventory};
/// let plates = PlateInventory::standard_kg();
/// // The journal contains a barbell: dumbbells fall back to the 2.5 kg rack.
/// let dumbbells = equipment_inventory(Equipment::Dumbbell, &plates);
/// assert_eq!(dumbbells.round(26.0).loadable, 25.0);
/// assert_eq!(equipment_inventory(Equipment::Barbell, &plates).round(108.0).loadable, 107.5);
/// ```
pub fn equipment_inventory(
    equipment: Equipment,
    plates: &PlateInventory,
) -> Cow<'_, PlateInventory> {
    match inventory_for(std::slice::from_ref(plates), equipment) {
        Some(inventory) => Cow::Borrowed(inventory),
        None => Cow::Owned(default_inventory(equipment, plates.unit)),
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn journal_stack_wins_over_default() {
        let stack = PlateInventory::stack(Unit::Kg, 4.5, 4.5, 90.0);
        let cable = equipment_inventory(Equipment::Cable, &stack);
        // 4.5 + 4 × 4.5 = 22.5 is the nearest pin to 21 kg.
        assert_eq!(cable.round(21.0).loadable, 22.5);
        // A barbell exercise with only a stack in the journal gets standard plates.
        assert_eq!(
            equipment_inventory(Equipment::Barbell, &stack)
                .round(108.0)
                .loadable,
            107.5
        );
    }

    #[test]
    fn default_lb_rack_steps_by_five() {
        let rack = default_inventory(Equipment::Dumbbell, Unit::Lb);
        assert_eq!(rack.round(62.0).loadable, 60.0);
        assert_eq!(rack.round(63.0).loadable, 65.0);
        assert_eq!(rack.max_load(), 120.0);
    }

    #[test]
    fn default_kg_stack_steps_by_five() {
        let stack = default_inventory(Equipment::Machine, Unit::Kg);
        assert_eq!(stack.round(63.0).loadable, 65.0);
        assert_eq!(stack.round(62.4).loadable, 60.0);
        assert_eq!(stack.max_load(), 100.0);
    }
}
