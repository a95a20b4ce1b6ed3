//! Date ranges for charts and the presets offered in the progress panel.

use chrono::{Datelike, Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};

/// Inclusive range of days; an open end takes every session on that side.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DateRange {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl DateRange {
    /// The range with no bound: the whole journal.
    pub const ALL: DateRange = DateRange {
        from: None,
        to: None,
    };

    pub fn new(from: Option<NaiveDate>, to: Option<NaiveDate>) -> Self {
        Self { from, to }
    }

    /// Whether `date` lies inside the range, both ends included.
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|from| date >= from) && self.to.is_none_or(|to| date <= to)
    }
}

/// Ready-made ranges ending today.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RangePreset {
    ThreeMonths,
    #[default]
    SixMonths,
    OneYear,
    All,
}

impl RangePreset {
    pub const ALL: [RangePreset; 4] =
        [Self::ThreeMonths, Self::SixMonths, Self::OneYear, Self::All];

    /// The range this preset covers when the day is `today`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use topset::analytics::RangePreset;
    /// let today = NaiveDate::from_ymd_opt(2026, 5, 31).unwrap();
    /// let range = RangePreset::ThreeMonths.range(today);
    /// assert_eq!(range.from, NaiveDate::from_ymd_opt(2026, 2, 28));
    /// assert_eq!(range.to, Some(today));
    /// ```
    pub fn range(self, today: NaiveDate) -> DateRange {
        let months = match self {
            Self::ThreeMonths => 3,
            Self::SixMonths => 6,
            Self::OneYear => 12,
            Self::All => return DateRange::ALL,
        };
        let from = today.checked_sub_months(Months::new(months));
        DateRange::new(from, Some(today))
    }
}

/// Monday of the ISO week that contains `date`.
///
/// ```
/// use chrono::NaiveDate;
/// let sunday = NaiveDate::from_ymd_opt(2023, 1, 1).unwrap();
/// let monday = NaiveDate::from_ymd_opt(2022, 12, 26).unwrap();
/// assert_eq!(topset::analytics::week_start(sunday), monday);
/// ```
pub fn week_start(date: NaiveDate) -> NaiveDate {
    let offset = u64::from(date.weekday().num_days_from_monday());
    date.checked_sub_days(Days::new(offset)).unwrap_or(date)
}
