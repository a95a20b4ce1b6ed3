//! Load values as the lifter entered them.
//!
//! Exports store loads as floating-point numbers, sometimes after a unit
//! conversion: Strong writes 74.99999999999999 for 75 lb, and a load entered
//! as 120 kg in a pound account becomes 264.55 lb. Hevy stores 90 lb as
//! 40.8233133 kg. [`entered_load`] undoes both: it removes float noise, and
//! when a value is not something a lifter types but is a round value of the
//! other unit converted, it returns the load in that other unit.

use crate::model::{Load, Unit};

/// Smallest step a lifter types: micro plates are 0.25 kg or 0.25 lb.
const TYPED_STEP: f64 = 0.25;

/// Largest rounding error of a converted value written with two decimals.
const CONVERSION_TOLERANCE: f64 = 0.0051;

/// Rounds away float noise: a value within a millionth of a two-decimal
/// number is that number.
pub fn denoise(value: f64) -> f64 {
    let hundredths = (value * 100.0).round();
    if (value * 100.0 - hundredths).abs() < 1e-4 {
        hundredths / 100.0
    } else {
        value
    }
}

fn is_multiple_of(value: f64, step: f64, tolerance: f64) -> bool {
    let steps = (value / step).round();
    (value - steps * step).abs() <= tolerance
}

/// Returns the load a lifter entered, given the value and unit an export stores.
///
/// ```
/// use topset::import::entered_load;
/// use topset::model::{Load, Unit};
/// assert_eq!(entered_load(74.99999999999999, Unit::Lb), Load::lb(75.0));
/// assert_eq!(entered_load(264.55, Unit::Lb), Load::kg(120.0));
/// assert_eq!(entered_load(40.8233133, Unit::Kg), Load::lb(90.0));
/// assert_eq!(entered_load(22.2, Unit::Lb), Load::lb(22.2));
/// ```
pub fn entered_load(value: f64, unit: Unit) -> Load {
    let value = denoise(value);
    if is_multiple_of(value, TYPED_STEP, 1e-9) {
        return Load::new(value, unit);
    }
    let other = match unit {
        Unit::Kg => Unit::Lb,
        Unit::Lb => Unit::Kg,
    };
    let converted = unit.convert(value, other);
    let tolerance = unit.convert(CONVERSION_TOLERANCE, other);
    let rounded = (converted / TYPED_STEP).round() * TYPED_STEP;
    if rounded > 0.0 && (converted - rounded).abs() <= tolerance {
        Load::new(rounded, other)
    } else {
        Load::new(value, unit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_noise_is_removed() {
        assert_eq!(entered_load(44.99999997795377, Unit::Lb), Load::lb(45.0));
        assert_eq!(entered_load(185.00000000000003, Unit::Lb), Load::lb(185.0));
    }

    #[test]
    fn converted_kilograms_return_to_kg() {
        // 20 kg = 44.0925 lb, 140 kg = 308.647 lb, 17 kg = 37.479 lb.
        assert_eq!(entered_load(44.09, Unit::Lb), Load::kg(20.0));
        assert_eq!(entered_load(308.65, Unit::Lb), Load::kg(140.0));
        assert_eq!(entered_load(37.48, Unit::Lb), Load::kg(17.0));
    }

    #[test]
    fn typed_values_stay_in_their_unit() {
        assert_eq!(entered_load(102.5, Unit::Kg), Load::kg(102.5));
        assert_eq!(entered_load(12.2, Unit::Kg), Load::kg(12.2));
        assert_eq!(entered_load(17.2, Unit::Lb), Load::lb(17.2));
    }

    #[test]
    fn seventy_pounds_in_kg_returns_to_lb() {
        // 70 lb = 31.7514659 kg, close to but not exactly 31.75 kg.
        assert_eq!(entered_load(31.7514659, Unit::Kg), Load::lb(70.0));
    }
}
