//! Backoff loads computed from the logged top set.

use super::plates::{PlateInventory, Rounding};

/// One computed backoff load.
#[derive(Clone, Debug, PartialEq)]
pub struct BackoffLoad {
    /// Drop asked for, in percent below the top set.
    pub drop_percent: f64,
    /// Top set load minus the drop, before rounding.
    pub exact: f64,
    /// The nearest load the plates make, with the plates per side.
    pub rounding: Rounding,
}

impl BackoffLoad {
    pub fn loadable(&self) -> f64 {
        self.rounding.loadable
    }

    /// Drop from the top set after rounding, in percent ("asked −10%, loaded −10.4%").
    pub fn real_drop_percent(&self, top_load: f64) -> f64 {
        if top_load <= 0.0 {
            return 0.0;
        }
        (1.0 - self.rounding.loadable / top_load) * 100.0
    }
}

/// Backoff load `drop_percent` below `top_load`, rounded to `plates`.
///
/// ```
/// use topset::model::{PlateInventory, percent_drop};
/// let backoff = percent_drop(120.0, 15.0, &PlateInventory::standard_kg());
/// assert!((backoff.exact - 102.0).abs() < 1e-9);
/// assert_eq!(backoff.loadable(), 102.5);
/// ```
pub fn percent_drop(top_load: f64, drop_percent: f64, plates: &PlateInventory) -> BackoffLoad {
    let exact = top_load * (1.0 - drop_percent / 100.0);
    BackoffLoad {
        drop_percent,
        exact,
        rounding: plates.round(exact),
    }
}
