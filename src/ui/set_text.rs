//! Text of the set fields: parsing what the lifter types (loads with a
//! decimal comma, RPE or RIR, rest lengths, dates) and formatting loads,
//! plates and set labels in the interface language.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use super::draft_editor::IntensityScale;
use crate::app::{DraftExercise, Loading, SessionDraft};
use crate::model::{PlateInventory, SetKind, format_number, parse_decimal};
use crate::tr;

/// Parses a date typed as "2026-12-04" and a time typed as "18:30".
pub fn parse_start(date: &str, time: &str) -> Option<NaiveDateTime> {
    let date = NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d").ok()?;
    let time = NaiveTime::parse_from_str(time.trim(), "%H:%M").ok()?;
    Some(date.and_time(time))
}

/// Parses "2:30" or a number of seconds ("150").
pub(super) fn parse_minutes_seconds(text: &str) -> Option<f64> {
    match text.trim().split_once(':') {
        Some((minutes, seconds)) => {
            let minutes: u32 = minutes.trim().parse().ok()?;
            let seconds: u32 = seconds.trim().parse().ok()?;
            (seconds < 60).then(|| f64::from(minutes * 60 + seconds))
        }
        None => parse_decimal(text),
    }
}

/// Labels of the sets ("Warm-up 1", "Top set 1", "Backoff 2"), numbered per kind.
pub fn set_labels(exercise: &DraftExercise) -> Vec<String> {
    let mut counts: HashMap<SetKind, usize> = HashMap::new();
    exercise
        .logged
        .sets
        .iter()
        .map(|set| {
            let count = counts.entry(set.kind).or_insert(0);
            *count += 1;
            let kind = match set.kind {
                SetKind::WarmUp => tr!("logger.kind.warmup"),
                SetKind::Top => tr!("logger.kind.top"),
                SetKind::Backoff => tr!("logger.kind.backoff"),
                SetKind::Straight => tr!("logger.kind.straight"),
                SetKind::Drop => tr!("logger.kind.drop"),
                SetKind::Failure => tr!("logger.kind.failure"),
            };
            format!("{kind} {count}")
        })
        .collect()
}

/// Details of every set with a load: the backoff rule's result (exact load,
/// loadable load, real drop and plates per side), or whether a typed load is
/// loadable with the exercise's equipment, with its drop for a backoff set.
pub(super) fn compute_details(
    draft: &SessionDraft,
    plates: &PlateInventory,
) -> HashMap<(usize, usize), String> {
    let mut details = HashMap::new();
    for (exercise_index, exercise) in draft.exercises.iter().enumerate() {
        if exercise.loading == Loading::Bodyweight {
            continue;
        }
        let inventory = exercise.inventory(plates);
        let unit = inventory.unit;
        let top_load = exercise
            .reference_top_set()
            .and_then(|top| top.load)
            .map(|load| load.value_in(unit))
            .filter(|top| *top > 0.0);
        for (set_index, set) in exercise.logged.sets.iter().enumerate() {
            let text = if set.kind == SetKind::Backoff && !set.load_typed && !set.done {
                let Some(target) = exercise.backoff_target(set_index, plates) else {
                    continue;
                };
                let top = top_load.unwrap_or(0.0);
                let text = tr!(
                    "logger.backoff_details",
                    drop = number_text(round_to_tenth(target.drop_percent)),
                    exact = format!("{} {unit}", number_text(target.exact)),
                    load = format!("{} {unit}", number_text(target.loadable())),
                    real = number_text(round_to_tenth(target.real_drop_percent(top))),
                );
                let text = if target.unreliable {
                    format!("{text} {}", tr!("logger.backoff_unreliable"))
                } else {
                    text
                };
                with_plates(text, exercise.loading, &target.rounding.plates_per_side)
            } else if let Some(load) = set.load
                && set.kind != SetKind::WarmUp
            {
                let value = load.value_in(unit);
                let rounding = inventory.round(value);
                let mut text = if (rounding.loadable - value).abs() < 1e-6 {
                    if exercise.loading != Loading::Plates {
                        continue;
                    }
                    tr!(
                        "logger.plates",
                        plates = plates_text(&rounding.plates_per_side)
                    )
                } else {
                    let nearest = number_text(rounding.loadable);
                    match exercise.loading {
                        Loading::Dumbbells => tr!("logger.not_loadable_dumbbells", load = nearest),
                        Loading::Stack => tr!("logger.not_loadable_stack", load = nearest),
                        Loading::Plates | Loading::Bodyweight => {
                            tr!("logger.not_loadable", load = nearest)
                        }
                    }
                };
                if set.kind == SetKind::Backoff
                    && let Some(top) = top_load
                {
                    let drop = round_to_tenth((1.0 - value / top) * 100.0);
                    text = format!("(−{}%) · {text}", number_text(drop));
                }
                text
            } else {
                continue;
            };
            details.insert((exercise_index, set_index), text);
        }
    }
    details
}

/// Appends the plates per side to `text` for a barbell; dumbbells and
/// stacks have no plates to show.
fn with_plates(text: String, loading: Loading, plates: &[f64]) -> String {
    if loading == Loading::Plates {
        let plates = tr!("logger.plates", plates = plates_text(plates));
        format!("{text} · {plates}")
    } else {
        text
    }
}

pub(super) fn plates_text(plates: &[f64]) -> String {
    if plates.is_empty() {
        return tr!("logger.empty_bar");
    }
    plates
        .iter()
        .map(|plate| number_text(*plate))
        .collect::<Vec<_>>()
        .join(" ")
}

pub(super) fn round_to_tenth(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

/// Formats a number as the interface language writes it ("107.5", "107,5" in French).
pub fn number_text(value: f64) -> String {
    let text = format_number(value);
    if rust_i18n::locale().starts_with("fr") {
        text.replace('.', ",")
    } else {
        text
    }
}

/// Parses a typed load: empty is no load, negative is only allowed as
/// assistance on a bodyweight exercise.
pub(super) fn parse_load(text: &str, loading: Loading) -> Result<Option<f64>, String> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let Some(value) = parse_decimal(text) else {
        return Err(tr!("logger.error.load", value = text.trim()));
    };
    if value < 0.0 && loading != Loading::Bodyweight {
        return Err(tr!("logger.error.negative_load", value = text.trim()));
    }
    Ok(Some(value))
}

/// Parses a typed RPE or RIR into an RPE: empty is no RPE; the RPE must lie
/// in 1–10 in steps of 0.5.
pub(super) fn parse_rpe(text: &str, scale: IntensityScale) -> Result<Option<f64>, String> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let value = parse_decimal(text);
    let rpe = value.map(|value| match scale {
        IntensityScale::Rpe => value,
        IntensityScale::Rir => 10.0 - value,
    });
    match rpe {
        Some(rpe) if (1.0..=10.0).contains(&rpe) && (rpe * 2.0).fract() == 0.0 => Ok(Some(rpe)),
        _ => Err(tr!("logger.error.rpe", value = text.trim())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rir_converts_to_rpe() {
        assert_eq!(parse_rpe("2", IntensityScale::Rir), Ok(Some(8.0)));
        assert_eq!(parse_rpe("1,5", IntensityScale::Rir), Ok(Some(8.5)));
        assert_eq!(parse_rpe("8.5", IntensityScale::Rpe), Ok(Some(8.5)));
        assert_eq!(parse_rpe("", IntensityScale::Rpe), Ok(None));
    }

    #[test]
    fn rpe_out_of_range_rejected() {
        assert!(parse_rpe("11", IntensityScale::Rpe).is_err());
        assert!(parse_rpe("8.3", IntensityScale::Rpe).is_err());
        assert!(parse_rpe("eight", IntensityScale::Rpe).is_err());
    }

    #[test]
    fn negative_load_only_for_bodyweight() {
        assert_eq!(parse_load("-20", Loading::Bodyweight), Ok(Some(-20.0)));
        assert!(parse_load("-20", Loading::Plates).is_err());
        assert_eq!(parse_load("102,5", Loading::Plates), Ok(Some(102.5)));
        assert_eq!(parse_load(" ", Loading::Plates), Ok(None));
    }

    #[test]
    fn rest_text_parses() {
        assert_eq!(parse_minutes_seconds("2:30"), Some(150.0));
        assert_eq!(parse_minutes_seconds("150"), Some(150.0));
        assert_eq!(parse_minutes_seconds("2:75"), None);
    }
}
