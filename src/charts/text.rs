//! Numbers, dates and set summaries in the interface language.

use chrono::{Datelike, NaiveDate};

use crate::model::{Muscle, Unit, format_number};
use crate::tr;

/// `value` with at most two decimals, with the language's decimal separator.
pub fn number(value: f64) -> String {
    let text = format_number(value);
    let separator = tr!("progress.decimal_separator");
    if separator == "." {
        text
    } else {
        text.replace('.', &separator)
    }
}

/// `value` rounded to one decimal, for e1RMs and percentages.
pub fn number_1(value: f64) -> String {
    number((value * 10.0).round() / 10.0)
}

/// Short month name ("Jan", "janv.").
fn month(date: NaiveDate) -> String {
    match date.month() {
        1 => tr!("progress.month.jan"),
        2 => tr!("progress.month.feb"),
        3 => tr!("progress.month.mar"),
        4 => tr!("progress.month.apr"),
        5 => tr!("progress.month.may"),
        6 => tr!("progress.month.jun"),
        7 => tr!("progress.month.jul"),
        8 => tr!("progress.month.aug"),
        9 => tr!("progress.month.sep"),
        10 => tr!("progress.month.oct"),
        11 => tr!("progress.month.nov"),
        _ => tr!("progress.month.dec"),
    }
}

/// Day, month and year ("Jan 5, 2024", "5 janv. 2024").
pub fn full_date(date: NaiveDate) -> String {
    tr!(
        "progress.date.full",
        day = date.day(),
        month = month(date),
        year = date.year()
    )
}

/// Maximum span, in days, whose axis ticks are labelled with day and month.
const DAY_MONTH_SPAN_DAYS: f64 = 120.0;

/// Minimum span, in days, whose axis ticks are labelled with month and year
/// only: the seven ticks of a date axis are then at least 57 days apart, so
/// no two fall in the same month.
const MONTH_YEAR_SPAN_DAYS: f64 = 400.0;

/// Label for a date axis tick: day and month over short spans, the full date
/// over a year or so, month and year over longer ones.
pub fn axis_date(date: NaiveDate, span_days: f64) -> String {
    if span_days > MONTH_YEAR_SPAN_DAYS {
        tr!(
            "progress.date.month_year",
            month = month(date),
            year = date.year()
        )
    } else if span_days > DAY_MONTH_SPAN_DAYS {
        full_date(date)
    } else {
        tr!(
            "progress.date.day_month",
            day = date.day(),
            month = month(date)
        )
    }
}

/// Muscle group name.
pub fn muscle(muscle: Muscle) -> String {
    match muscle {
        Muscle::Chest => tr!("progress.muscle.chest"),
        Muscle::Back => tr!("progress.muscle.back"),
        Muscle::Shoulders => tr!("progress.muscle.shoulders"),
        Muscle::Biceps => tr!("progress.muscle.biceps"),
        Muscle::Triceps => tr!("progress.muscle.triceps"),
        Muscle::Quads => tr!("progress.muscle.quads"),
        Muscle::Hamstrings => tr!("progress.muscle.hamstrings"),
        Muscle::Glutes => tr!("progress.muscle.glutes"),
        Muscle::Calves => tr!("progress.muscle.calves"),
        Muscle::Abs => tr!("progress.muscle.abs"),
        Muscle::Forearms => tr!("progress.muscle.forearms"),
    }
}

/// "120 kg × 4 @ RPE 8.5", or "no load × 10".
pub fn set_summary(load: Option<f64>, reps: u32, rpe: Option<f64>, unit: Unit) -> String {
    let mut text = match load {
        Some(load) => tr!(
            "progress.hover.set",
            load = number(load),
            unit = unit.symbol(),
            reps = reps
        ),
        None => tr!("progress.hover.no_load", reps = reps),
    };
    if let Some(rpe) = rpe {
        text.push_str(&tr!("progress.hover.rpe", rpe = number(rpe)));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).expect("valid date")
    }

    #[test]
    fn axis_labels_by_span() {
        assert_eq!(axis_date(date(2025, 1, 27), 90.0), "Jan 27");
        // Four months: ticks about 17 days apart need the day.
        assert_eq!(axis_date(date(2025, 1, 27), 130.0), "Jan 27, 2025");
        assert_eq!(axis_date(date(2025, 1, 27), 500.0), "Jan 2025");
    }
}
