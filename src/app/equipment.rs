//! Inventories that round the loads the logger computes, one per kind of
//! equipment.
//!
//! The journal stores one inventory (`Settings::plates`). An exercise whose
//! equipment that inventory does not suit (a dumbbell row when the journal
//! contains a barbell and plates) is rounded with a default inventory in the
//! journal's unit instead, listed below.

use std::borrow::Cow;

use crate::model::{Equipment, PlateInventory, default_inventory, inventory_for};

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Unit;

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
