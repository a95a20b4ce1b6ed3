//! Units and loads.
//!
//! A [`Load`] keeps the value and the unit the lifter typed, so 90 lb stays
//! 90 lb in files and on screen. Conversion happens only when loads of
//! different units meet (sums, charts) and uses the international pound.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Kilograms in one pound, exact by the 1959 international yard and pound agreement.
pub const KG_PER_LB: f64 = 0.453_592_37;

/// Unit of a load.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Unit {
    #[default]
    Kg,
    Lb,
}

impl Unit {
    /// Short symbol shown after a number ("kg", "lb").
    pub fn symbol(self) -> &'static str {
        match self {
            Self::Kg => "kg",
            Self::Lb => "lb",
        }
    }

    /// Converts `value` from this unit to `target`.
    ///
    /// ```
    /// use topset::model::Unit;
    /// assert_eq!(Unit::Kg.convert(100.0, Unit::Kg), 100.0);
    /// assert!((Unit::Lb.convert(100.0, Unit::Kg) - 45.359237).abs() < 1e-12);
    /// ```
    pub fn convert(self, value: f64, target: Unit) -> f64 {
        match (self, target) {
            (Self::Kg, Self::Lb) => value / KG_PER_LB,
            (Self::Lb, Self::Kg) => value * KG_PER_LB,
            _ => value,
        }
    }

    /// Parses "kg" or "lb" (also "lbs", "kgs", any case).
    pub fn parse(text: &str) -> Option<Unit> {
        match text.trim().to_ascii_lowercase().as_str() {
            "kg" | "kgs" | "kilo" | "kilos" | "kilograms" => Some(Self::Kg),
            "lb" | "lbs" | "pound" | "pounds" => Some(Self::Lb),
            _ => None,
        }
    }
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.symbol())
    }
}

/// A weight on the bar, in the unit it was entered in.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Load {
    pub value: f64,
    pub unit: Unit,
}

impl Load {
    pub fn new(value: f64, unit: Unit) -> Self {
        Self { value, unit }
    }

    pub fn kg(value: f64) -> Self {
        Self::new(value, Unit::Kg)
    }

    pub fn lb(value: f64) -> Self {
        Self::new(value, Unit::Lb)
    }

    /// The value expressed in `unit`, converting only when the units differ.
    pub fn value_in(&self, unit: Unit) -> f64 {
        self.unit.convert(self.value, unit)
    }

    pub fn to_kg(&self) -> f64 {
        self.value_in(Unit::Kg)
    }
}

impl fmt::Display for Load {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", format_number(self.value), self.unit)
    }
}

/// Formats a load value with at most two decimals and no trailing zeros
/// ("102.5", "90", "2.25").
///
/// ```
/// assert_eq!(topset::model::format_number(102.50), "102.5");
/// assert_eq!(topset::model::format_number(90.0), "90");
/// assert_eq!(topset::model::format_number(74.99999999999999), "75");
/// ```
pub fn format_number(value: f64) -> String {
    let text = format!("{value:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_owned()
    } else {
        text.to_owned()
    }
}

/// Parses a number typed by a user, accepting a French decimal comma ("102,5").
///
/// Returns `None` for empty text, text that is not a number, NaN and infinity.
///
/// ```
/// assert_eq!(topset::model::parse_decimal("102,5"), Some(102.5));
/// assert_eq!(topset::model::parse_decimal(" 90 "), Some(90.0));
/// assert_eq!(topset::model::parse_decimal("NaN"), None);
/// ```
pub fn parse_decimal(text: &str) -> Option<f64> {
    let value: f64 = text.trim().replace(',', ".").parse().ok()?;
    value.is_finite().then_some(value)
}
