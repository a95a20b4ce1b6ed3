//! Per-side plate table behind barbell rounding: which per-side totals the
//! plates make within their pair counts, and which plates make each one.

use super::plates::{MILLI, PlateStock};

/// One plate size counted in cells of the plates' common divisor.
pub(super) struct SizeCells {
    pub(super) size: f64,
    pub(super) cells: u64,
    pub(super) pairs: u32,
}

/// The usable plate sizes of an inventory, heaviest first, measured in cells
/// of their greatest common divisor (in thousandths of a unit).
pub(super) struct PerSidePlates {
    pub(super) sizes: Vec<SizeCells>,
    /// Thousandths of a unit in one cell.
    pub(super) divisor: u64,
}

impl PerSidePlates {
    pub(super) fn new(stock: &[PlateStock]) -> Self {
        let mut milli: Vec<(f64, u64, u32)> = stock
            .iter()
            .filter(|stock| stock.size.is_finite() && stock.size > 0.0 && stock.pairs > 0)
            .map(|stock| (stock.size, (stock.size * MILLI).round() as u64, stock.pairs))
            .filter(|(_, milli, _)| *milli > 0)
            .collect();
        milli.sort_by_key(|(_, milli, _)| std::cmp::Reverse(*milli));
        // The same size listed twice is one size with both counts.
        milli.dedup_by(|later, kept| {
            let same = later.1 == kept.1;
            if same {
                kept.2 = kept.2.saturating_add(later.2);
            }
            same
        });
        let divisor = milli
            .iter()
            .fold(0, |divisor, (_, milli, _)| gcd(divisor, *milli))
            .max(1);
        let sizes = milli
            .into_iter()
            .map(|(size, milli, pairs)| SizeCells {
                size,
                cells: milli / divisor,
                pairs,
            })
            .collect();
        Self { sizes, divisor }
    }

    pub(super) fn weight(&self, cells: u64) -> f64 {
        (cells * self.divisor) as f64 / MILLI
    }

    pub(super) fn capacity_cells(&self) -> u64 {
        self.sizes
            .iter()
            .map(|size| size.cells.saturating_mul(u64::from(size.pairs)))
            .fold(0, u64::saturating_add)
    }

    pub(super) fn largest_cells(&self) -> u64 {
        self.sizes.first().map_or(0, |size| size.cells)
    }

    /// Per-side totals reachable up to `limit` cells.
    ///
    /// Row `k` of the table marks the totals that sizes `k..` (size `k` and
    /// every lighter one) can make within their pair counts; the last row has
    /// only zero. Each row comes from the next one in one pass, tracking how
    /// many plates of the new size each total needs, so pair counts cost
    /// nothing extra.
    pub(super) fn table(&self, limit: usize) -> PlateTable {
        let width = limit + 1;
        let rows = self.sizes.len() + 1;
        let mut reachable = vec![false; width * rows];
        if let Some(zero) = reachable.get_mut((rows - 1) * width) {
            *zero = true;
        }
        let mut needed = vec![0_u32; width];
        for (index, size) in self.sizes.iter().enumerate().rev() {
            let (current, lighter) = reachable.split_at_mut((index + 1) * width);
            let current = &mut current[index * width..];
            let lighter = &lighter[..width];
            let step = size.cells as usize;
            for total in 0..width {
                if lighter[total] {
                    current[total] = true;
                    needed[total] = 0;
                } else if total >= step
                    && current[total - step]
                    && needed[total - step] < size.pairs
                {
                    current[total] = true;
                    needed[total] = needed[total - step] + 1;
                }
            }
        }
        PlateTable { reachable, width }
    }
}

/// Per-side totals reachable with the plates, one row per size (see
/// [`PerSidePlates::table`]).
pub(super) struct PlateTable {
    reachable: Vec<bool>,
    width: usize,
}

impl PlateTable {
    fn reachable_with(&self, row: usize, total: usize) -> bool {
        total < self.width
            && self
                .reachable
                .get(row * self.width + total)
                .copied()
                .unwrap_or(false)
    }

    pub(super) fn reachable(&self, total: usize) -> bool {
        self.reachable_with(0, total)
    }

    /// Plates per side for `total` cells, loaded the way lifters do: as many
    /// of the heaviest plate as still leave a total the lighter plates make,
    /// then the next size down.
    pub(super) fn plates(&self, total: usize, sizes: &[SizeCells]) -> Vec<f64> {
        let mut plates = Vec::new();
        if !self.reachable(total) {
            return plates;
        }
        let mut left = total;
        for (index, size) in sizes.iter().enumerate() {
            let step = size.cells as usize;
            let max_count = (left / step).min(size.pairs as usize);
            let Some(count) = (0..=max_count)
                .rev()
                .find(|count| self.reachable_with(index + 1, left - count * step))
            else {
                break;
            };
            plates.extend(std::iter::repeat_n(size.size, count));
            left -= count * step;
        }
        plates
    }
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}
