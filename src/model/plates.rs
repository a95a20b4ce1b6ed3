//! Plate inventory and rounding to a loadable load.
//!
//! A loadable load is the bar plus the same plates on each side, using no more
//! pairs of each size than the inventory holds. Rounding picks the loadable
//! load nearest to the target; when two are equally near, the lighter one wins,
//! because a slightly easier backoff set costs less than a missed one.

use serde::{Deserialize, Serialize};

use super::units::Unit;

/// Plates of one size, counted in pairs (one plate for each side).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlateStock {
    pub size: f64,
    pub pairs: u32,
}

/// A bar and the plates available to load it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlateInventory {
    pub unit: Unit,
    pub bar: f64,
    /// Plate sizes with their pair counts, in any order.
    pub plates: Vec<PlateStock>,
}

impl PlateInventory {
    /// A 20 kg bar with 25, 20, 15, 10, 5, 2.5 and 1.25 kg plates.
    pub fn standard_kg() -> Self {
        Self::with_sizes(Unit::Kg, 20.0, &[25.0, 20.0, 15.0, 10.0, 5.0, 2.5, 1.25], 4)
    }

    /// A 45 lb bar with 45, 35, 25, 10, 5 and 2.5 lb plates.
    pub fn standard_lb() -> Self {
        Self::with_sizes(Unit::Lb, 45.0, &[45.0, 35.0, 25.0, 10.0, 5.0, 2.5], 4)
    }

    /// The standard inventory for `unit`.
    pub fn standard(unit: Unit) -> Self {
        match unit {
            Unit::Kg => Self::standard_kg(),
            Unit::Lb => Self::standard_lb(),
        }
    }

    /// An inventory with `pairs` pairs of each size.
    pub fn with_sizes(unit: Unit, bar: f64, sizes: &[f64], pairs: u32) -> Self {
        let plates = sizes
            .iter()
            .map(|&size| PlateStock { size, pairs })
            .collect();
        Self { unit, bar, plates }
    }

    /// Rounds `target` (in the inventory's unit) to the nearest loadable load.
    ///
    /// ```
    /// use topset::model::{PlateInventory, Unit};
    /// let gym = PlateInventory::with_sizes(Unit::Lb, 45.0, &[45.0, 25.0, 10.0, 5.0], 4);
    /// assert_eq!(gym.round(137.0).loadable, 135.0);
    /// assert_eq!(gym.round(126.0).loadable, 125.0);
    /// ```
    pub fn round(&self, target: f64) -> Rounding {
        if !target.is_finite() || target < self.bar {
            return Rounding {
                target,
                loadable: self.bar,
                plates_per_side: Vec::new(),
                below_bar: true,
            };
        }

        let per_side = self.reachable_per_side();
        let wanted = to_steps((target - self.bar) / 2.0);
        let mut best: Option<usize> = None;
        for (steps, plates) in per_side.iter().enumerate() {
            if plates.is_none() {
                continue;
            }
            let better = match best {
                None => true,
                // Strictly nearer only, so that on a tie the lighter load stays.
                Some(current) => steps.abs_diff(wanted) < current.abs_diff(wanted),
            };
            if better {
                best = Some(steps);
            }
        }

        let steps = best.unwrap_or(0);
        let plates_per_side = per_side.get(steps).cloned().flatten().unwrap_or_default();
        Rounding {
            target,
            loadable: self.bar + 2.0 * from_steps(steps),
            plates_per_side,
            below_bar: false,
        }
    }

    /// For every per-side weight in hundredths of a unit, the fewest plates
    /// that make it, or `None` when the inventory cannot make it.
    fn reachable_per_side(&self) -> Vec<Option<Vec<f64>>> {
        let mut sizes: Vec<(usize, f64, u32)> = self
            .plates
            .iter()
            .filter(|stock| stock.size > 0.0 && stock.size.is_finite() && stock.pairs > 0)
            .map(|stock| (to_steps(stock.size), stock.size, stock.pairs))
            .filter(|(steps, _, _)| *steps > 0)
            .collect();
        sizes.sort_by(|a, b| b.1.total_cmp(&a.1));

        let max_steps: usize = sizes
            .iter()
            .map(|(steps, _, pairs)| steps * *pairs as usize)
            .sum();
        let mut table: Vec<Option<Vec<f64>>> = vec![None; max_steps + 1];
        if let Some(first) = table.first_mut() {
            *first = Some(Vec::new());
        }
        // Bounded knapsack: each pair of a size is one more item.
        for (steps, size, pairs) in sizes {
            for _ in 0..pairs {
                for total in (steps..=max_steps).rev() {
                    let Some(Some(base)) = table.get(total - steps) else {
                        continue;
                    };
                    let candidate_len = base.len() + 1;
                    // Sizes come heaviest first, so `base` plus `size` is sorted
                    // heaviest first too. On a tie in plate count the heavier
                    // plates win, as a lifter loads them (43.75 kg per side is
                    // 25 15 2.5 1.25, not 20 20 2.5 1.25).
                    let replace = match &table[total] {
                        None => true,
                        Some(existing) => {
                            candidate_len < existing.len()
                                || (candidate_len == existing.len()
                                    && heavier_first(base, size, existing))
                        }
                    };
                    if replace {
                        let mut plates = base.clone();
                        plates.push(size);
                        table[total] = Some(plates);
                    }
                }
            }
        }
        for plates in table.iter_mut().flatten() {
            plates.sort_by(|a, b| b.total_cmp(a));
        }
        table
    }
}

impl Default for PlateInventory {
    fn default() -> Self {
        Self::standard_kg()
    }
}

/// Result of rounding a target load to the plates.
#[derive(Clone, Debug, PartialEq)]
pub struct Rounding {
    /// The load asked for.
    pub target: f64,
    /// The nearest load the inventory can make.
    pub loadable: f64,
    /// Plates on each side, heaviest first.
    pub plates_per_side: Vec<f64>,
    /// Whether the target was lighter than the empty bar (then `loadable` is the bar).
    pub below_bar: bool,
}

/// Whether `base` followed by `size` starts with heavier plates than `existing`.
fn heavier_first(base: &[f64], size: f64, existing: &[f64]) -> bool {
    let candidate = base.iter().copied().chain(std::iter::once(size));
    for (new, old) in candidate.zip(existing.iter().copied()) {
        if new != old {
            return new > old;
        }
    }
    false
}

fn to_steps(value: f64) -> usize {
    (value * 100.0).round().max(0.0) as usize
}

fn from_steps(steps: usize) -> f64 {
    steps as f64 / 100.0
}
