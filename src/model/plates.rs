//! Plate inventory and rounding to a loadable load.
//!
//! A loadable load is what one piece of equipment can be set to: the bar plus
//! the same plates on each side (using no more pairs of each size than the
//! inventory holds, and the collars once any plate is on), one of a rack of
//! fixed dumbbells, or a pin position of a weight stack. Rounding picks the
//! loadable load nearest to the target; when two are equally near, the
//! lighter one wins, because a slightly easier backoff set costs less than a
//! missed one.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::exercise::Equipment;
use super::plate_table::PerSidePlates;
use super::units::{Unit, format_number};

/// Plates of one size, counted in pairs (one plate for each side).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlateStock {
    pub size: f64,
    pub pairs: u32,
}

/// Kind of loading a piece of equipment takes.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub enum Loading {
    /// A bar (or plate-loaded machine) with plates in pairs, one of each
    /// pair on each side.
    #[default]
    Barbell,
    /// Fixed dumbbells: the load of each dumbbell on the rack.
    Dumbbells(Vec<f64>),
    /// A weight stack: the lightest setting is the inventory's `bar`, each
    /// pin position adds `step`, up to `max`.
    Stack { step: f64, max: f64 },
}

impl Loading {
    /// Whether an exercise done with `equipment` is loaded this way.
    pub fn suits(&self, equipment: Equipment) -> bool {
        match self {
            Self::Barbell => matches!(equipment, Equipment::Barbell | Equipment::Other),
            Self::Dumbbells(_) => equipment == Equipment::Dumbbell,
            Self::Stack { .. } => matches!(equipment, Equipment::Machine | Equipment::Cable),
        }
    }
}

/// One piece of equipment and what it can be loaded with.
///
/// Stored in journals: every field added after the first version carries
/// `#[serde(default)]` so older files still load.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlateInventory {
    pub unit: Unit,
    /// The empty bar; for a weight stack its lightest setting; unused for
    /// fixed dumbbells.
    pub bar: f64,
    /// Plate sizes with their pair counts, in any order. Fractional plates
    /// (0.5 kg, 0.25 kg, 1.25 lb) are plates like any other.
    pub plates: Vec<PlateStock>,
    /// Weight of both collars together, counted whenever a plate is on the bar.
    #[serde(default)]
    pub collars: f64,
    #[serde(default)]
    pub loading: Loading,
}

/// Resolution of rounding: one thousandth of a unit, in units per cell.
pub(super) const MILLI: f64 = 1000.0;

/// Largest per-side table rounding builds. Only an inventory with thousands
/// of pairs and a tiny common divisor reaches it, and rounding then falls
/// back to loading the heaviest plates first.
const MAX_TABLE_CELLS: u64 = 1 << 18;

impl PlateInventory {
    /// Returns a 20 kg bar with 25, 20, 15, 10, 5, 2.5 and 1.25 kg plates.
    pub fn standard_kg() -> Self {
        Self::with_sizes(Unit::Kg, 20.0, &[25.0, 20.0, 15.0, 10.0, 5.0, 2.5, 1.25], 4)
    }

    /// Returns a 45 lb bar with 45, 35, 25, 10, 5 and 2.5 lb plates.
    pub fn standard_lb() -> Self {
        Self::with_sizes(Unit::Lb, 45.0, &[45.0, 35.0, 25.0, 10.0, 5.0, 2.5], 4)
    }

    /// Returns the standard inventory for `unit`.
    pub fn standard(unit: Unit) -> Self {
        match unit {
            Unit::Kg => Self::standard_kg(),
            Unit::Lb => Self::standard_lb(),
        }
    }

    /// Builds an inventory with `pairs` pairs of each size.
    pub fn with_sizes(unit: Unit, bar: f64, sizes: &[f64], pairs: u32) -> Self {
        let plates = sizes
            .iter()
            .map(|&size| PlateStock { size, pairs })
            .collect();
        Self {
            unit,
            bar,
            plates,
            collars: 0.0,
            loading: Loading::Barbell,
        }
    }

    /// Builds a rack of fixed dumbbells with the given loads.
    pub fn dumbbells(unit: Unit, loads: &[f64]) -> Self {
        Self {
            unit,
            bar: 0.0,
            plates: Vec::new(),
            collars: 0.0,
            loading: Loading::Dumbbells(loads.to_vec()),
        }
    }

    /// A weight stack from `lightest` to `max` in steps of `step`.
    pub fn stack(unit: Unit, lightest: f64, step: f64, max: f64) -> Self {
        Self {
            unit,
            bar: lightest,
            plates: Vec::new(),
            collars: 0.0,
            loading: Loading::Stack { step, max },
        }
    }

    /// Returns the lightest loadable load (the empty bar for a barbell).
    pub fn min_load(&self) -> f64 {
        match &self.loading {
            Loading::Barbell | Loading::Stack { .. } => self.bar,
            Loading::Dumbbells(loads) => valid_loads(loads).next().unwrap_or(self.bar),
        }
    }

    /// Returns whether `load` is exactly loadable (to a thousandth of a unit).
    pub fn is_loadable(&self, load: f64) -> bool {
        let rounding = self.round(load);
        !rounding.below_bar && (rounding.loadable - load).abs() < 0.5 / MILLI
    }

    /// Rounds `target` (in the inventory's unit) to the nearest loadable load.
    ///
    /// Ties go to the lighter load. A target below the lightest load returns
    /// that load with `below_bar` set; a target above the heaviest returns the
    /// heaviest with `above_max` set.
    ///
    /// For a barbell this builds a small table of the per-side totals up to
    /// the target, in steps of the plates' common divisor. With the standard
    /// kg plates that is about 100 cells by 7 sizes, cheap enough to run many
    /// times a frame. Plates per side are the heaviest first, as lifters
    /// load them.
    ///
    /// ```
    /// use topset::model::{PlateInventory, Unit};
    /// let gym = PlateInventory::with_sizes(Unit::Lb, 45.0, &[45.0, 25.0, 10.0, 5.0], 4);
    /// assert_eq!(gym.round(137.0).loadable, 135.0);
    /// assert_eq!(gym.round(126.0).loadable, 125.0);
    /// assert_eq!(gym.round(126.0).plates_per_side, [25.0, 10.0, 5.0]);
    /// assert!(gym.round(30.0).below_bar);
    /// ```
    pub fn round(&self, target: f64) -> Rounding {
        let lightest = self.min_load();
        if !target.is_finite() || target < lightest {
            return Rounding {
                target,
                loadable: lightest,
                plates_per_side: Vec::new(),
                below_bar: true,
                above_max: false,
            };
        }
        match &self.loading {
            Loading::Barbell => self.round_barbell(target),
            Loading::Dumbbells(loads) => round_to_list(target, valid_loads(loads), lightest),
            Loading::Stack { step, max } => self.round_stack(target, *step, *max),
        }
    }

    fn round_stack(&self, target: f64, step: f64, max: f64) -> Rounding {
        let mut rounding = Rounding {
            target,
            loadable: self.bar,
            plates_per_side: Vec::new(),
            below_bar: false,
            above_max: false,
        };
        if !step.is_finite() || step <= 0.0 || !max.is_finite() || max <= self.bar {
            rounding.above_max = target > self.bar;
            return rounding;
        }
        let top_pin = ((max - self.bar) / step + 1e-9).floor();
        let pins = (target - self.bar) / step;
        let below = pins.floor().min(top_pin);
        let above = pins.ceil().min(top_pin);
        let below_load = self.bar + below * step;
        let above_load = self.bar + above * step;
        // Strictly nearer only, so that on a tie the lighter load stays.
        rounding.loadable = if (above_load - target).abs() < (target - below_load).abs() {
            above_load
        } else {
            below_load
        };
        rounding.above_max = target > self.bar + top_pin * step + 0.5 / MILLI;
        rounding
    }

    fn round_barbell(&self, target: f64) -> Rounding {
        let plates = PerSidePlates::new(&self.plates);
        let collars = if self.collars.is_finite() {
            self.collars.max(0.0)
        } else {
            0.0
        };
        let load_of = |cells: u64| {
            if cells == 0 {
                self.bar
            } else {
                self.bar + collars + 2.0 * plates.weight(cells)
            }
        };

        // Per-side total the target requests, in cells of the common divisor.
        let requested_cells =
            ((target - self.bar - collars) / 2.0 * MILLI / plates.divisor as f64).max(0.0);
        let capacity = plates.capacity_cells();
        let above_max = target > load_of(capacity) + 0.5 / MILLI;
        let limit = (requested_cells.ceil() as u64)
            .saturating_add(plates.largest_cells())
            .min(capacity);
        if limit > MAX_TABLE_CELLS {
            return self.round_heaviest_first(target, &plates, load_of);
        }

        let table = plates.table(limit as usize);
        let mut best: Option<(u64, f64)> = None;
        for cells in 0..=limit {
            if !table.reachable(cells as usize) {
                continue;
            }
            let distance = (load_of(cells) - target).abs();
            // Strictly nearer only, so that on a tie the lighter load stays.
            if best.is_none_or(|(_, best_distance)| distance < best_distance - 1e-9) {
                best = Some((cells, distance));
            }
        }
        let cells = best.map_or(0, |(cells, _)| cells);
        Rounding {
            target,
            loadable: load_of(cells),
            plates_per_side: table.plates(cells as usize, &plates.sizes),
            below_bar: false,
            above_max,
        }
    }

    /// Fallback for inventories too large to tabulate: loads the heaviest
    /// plates that fit under the target, which is loadable but may not be the
    /// nearest load.
    fn round_heaviest_first(
        &self,
        target: f64,
        plates: &PerSidePlates,
        load_of: impl Fn(u64) -> f64,
    ) -> Rounding {
        let mut remaining =
            ((target - load_of(0)) / 2.0 * MILLI / plates.divisor as f64).max(0.0) as u64;
        let mut cells = 0;
        let mut plates_per_side = Vec::new();
        for stock in &plates.sizes {
            let count = (remaining / stock.cells).min(u64::from(stock.pairs));
            remaining -= count * stock.cells;
            cells += count * stock.cells;
            plates_per_side.extend(std::iter::repeat_n(stock.size, count as usize));
        }
        Rounding {
            target,
            loadable: load_of(cells),
            plates_per_side,
            below_bar: false,
            above_max: false,
        }
    }

    /// Returns the heaviest loadable load.
    pub fn max_load(&self) -> f64 {
        match &self.loading {
            Loading::Barbell => {
                let plates = PerSidePlates::new(&self.plates);
                let cells = plates.capacity_cells();
                if cells == 0 {
                    self.bar
                } else {
                    self.bar + self.collars.max(0.0) + 2.0 * plates.weight(cells)
                }
            }
            Loading::Dumbbells(loads) => valid_loads(loads).last().unwrap_or(self.bar),
            Loading::Stack { .. } => self.round(f64::MAX).loadable,
        }
    }
}

impl Default for PlateInventory {
    fn default() -> Self {
        Self::standard_kg()
    }
}

/// The inventory among `inventories` that loads exercises done with
/// `equipment`, the first one when several do.
pub fn inventory_for(
    inventories: &[PlateInventory],
    equipment: Equipment,
) -> Option<&PlateInventory> {
    inventories
        .iter()
        .find(|inventory| inventory.loading.suits(equipment))
}

/// Result of rounding a target load to the plates.
#[derive(Clone, Debug, PartialEq)]
pub struct Rounding {
    /// The load asked for.
    pub target: f64,
    /// The nearest load the inventory can make.
    pub loadable: f64,
    /// Plates on each side, heaviest first (empty for dumbbells and stacks).
    pub plates_per_side: Vec<f64>,
    /// Whether the target was lighter than the empty bar (then `loadable` is the bar).
    pub below_bar: bool,
    /// Whether the target was heavier than everything loadable (then
    /// `loadable` is the heaviest load).
    pub above_max: bool,
}

/// Loads of a dumbbell rack that can be used, lightest first.
fn valid_loads(loads: &[f64]) -> impl Iterator<Item = f64> {
    let mut valid: Vec<f64> = loads
        .iter()
        .copied()
        .filter(|load| load.is_finite() && *load >= 0.0)
        .collect();
    valid.sort_by(f64::total_cmp);
    valid.into_iter()
}

/// Nearest of `loads` (sorted lightest first) to `target`, the lighter on a
/// tie, or `fallback` when the list is empty.
fn round_to_list(target: f64, loads: impl Iterator<Item = f64>, fallback: f64) -> Rounding {
    let mut best: Option<f64> = None;
    let mut heaviest = f64::NEG_INFINITY;
    for load in loads {
        heaviest = load;
        if best.is_none_or(|best| (load - target).abs() < (best - target).abs()) {
            best = Some(load);
        }
    }
    Rounding {
        target,
        loadable: best.unwrap_or(fallback),
        plates_per_side: Vec::new(),
        below_bar: false,
        above_max: target > heaviest + 0.5 / MILLI,
    }
}

/// Error from [`parse_plate_list`], naming the entry that failed.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum PlateListError {
    #[error(
        "invalid plate \"{0}\": expected a size such as 20 or 1.25, optionally with pairs as in 20x4"
    )]
    Invalid(String),
    #[error("invalid plate \"{0}\": the size must be a positive number")]
    NotPositive(String),
    #[error("the plate list is empty")]
    Empty,
}

/// Parses a plate list such as `25x4,20x2,10,2.5x1`: sizes separated by
/// commas or spaces, each with an optional pair count after `x` (4 pairs when
/// left out).
///
/// ```
/// use topset::model::{PlateStock, parse_plate_list};
/// let plates = parse_plate_list("20x2, 1.25").unwrap();
/// assert_eq!(plates, [PlateStock { size: 20.0, pairs: 2 }, PlateStock { size: 1.25, pairs: 4 }]);
/// assert!(parse_plate_list("20x, 5").is_err());
/// ```
pub fn parse_plate_list(text: &str) -> Result<Vec<PlateStock>, PlateListError> {
    let mut plates = Vec::new();
    for entry in text
        .split([',', ' ', ';'])
        .filter(|entry| !entry.trim().is_empty())
    {
        let entry = entry.trim();
        let (size, pairs) = match entry.split_once(['x', 'X', '*']) {
            Some((size, pairs)) => {
                let pairs = pairs
                    .trim()
                    .parse::<u32>()
                    .map_err(|_| PlateListError::Invalid(entry.to_owned()))?;
                (size, pairs)
            }
            None => (entry, 4),
        };
        let size: f64 = size
            .trim()
            .parse()
            .map_err(|_| PlateListError::Invalid(entry.to_owned()))?;
        if !size.is_finite() || size <= 0.0 {
            return Err(PlateListError::NotPositive(entry.to_owned()));
        }
        plates.push(PlateStock { size, pairs });
    }
    if plates.is_empty() {
        return Err(PlateListError::Empty);
    }
    Ok(plates)
}

impl fmt::Display for Rounding {
    /// Writes the plates per side ("25 + 10 + 2.5"), or "–" for none.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.plates_per_side.is_empty() {
            return f.write_str("–");
        }
        let plates: Vec<String> = self
            .plates_per_side
            .iter()
            .map(|plate| format_number(*plate))
            .collect();
        f.write_str(&plates.join(" + "))
    }
}
