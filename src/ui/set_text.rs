//! Text of the set fields: parsing what the lifter types (loads with a
//! decimal comma, RPE or RIR, rest lengths, dates) and formatting loads,
//! plates and set labels in the interface language.

use std::collections::HashMap;
use std::num::IntErrorKind;

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime};

use super::draft_editor::IntensityScale;
use crate::app::{DraftExercise, Loading, SessionDraft};
use crate::model::{PlateInventory, SetKind, Unit, format_number, parse_decimal};
use crate::storage::{
    MAX_ASSISTANCE, MAX_LOAD, MAX_NAME_BYTES, MAX_NOTE_BYTES, MAX_REPS, RPE_RANGE, YEAR_RANGE,
};
use crate::tr;

/// Parses a date typed as "2026-12-04" and a time typed as "18:30". The
/// year must lie in [`YEAR_RANGE`], the years a journal stores. The error
/// is the message to show.
pub fn parse_start(date: &str, time: &str) -> Result<NaiveDateTime, String> {
    let invalid = || tr!("logger.error.start", date = date.trim(), time = time.trim());
    let parsed_date = NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d").map_err(|_| invalid())?;
    let parsed_time = NaiveTime::parse_from_str(time.trim(), "%H:%M").map_err(|_| invalid())?;
    let (min, max) = YEAR_RANGE;
    if !(min..=max).contains(&parsed_date.year()) {
        return Err(tr!(
            "logger.error.year",
            year = parsed_date.year(),
            min = min,
            max = max
        ));
    }
    Ok(parsed_date.and_time(parsed_time))
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
                    let drop = tr!("logger.real_drop", drop = number_text(drop));
                    text = format!("{drop} · {text}");
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
        .join(" + ")
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

/// Parses a load typed in `unit`: empty is no load, and a negative load is
/// assistance, only allowed on a bodyweight exercise. The value must lie in
/// the range a journal stores (−[`MAX_ASSISTANCE`] to [`MAX_LOAD`] in the
/// load's own unit), or the journal would not open again.
pub(super) fn parse_load(text: &str, loading: Loading, unit: Unit) -> Result<Option<f64>, String> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let Some(value) = parse_decimal(text) else {
        return Err(tr!("logger.error.load", value = text.trim()));
    };
    if value < 0.0 && loading != Loading::Bodyweight {
        return Err(tr!("logger.error.negative_load", value = text.trim()));
    }
    if value > MAX_LOAD {
        return Err(tr!(
            "logger.error.load_too_heavy",
            value = number_text(value),
            max = number_text(MAX_LOAD),
            unit = unit.symbol()
        ));
    }
    if value < -MAX_ASSISTANCE {
        return Err(tr!(
            "logger.error.assistance_too_large",
            value = number_text(value),
            max = number_text(MAX_ASSISTANCE),
            unit = unit.symbol()
        ));
    }
    Ok(Some(value))
}

/// Parses typed reps: a whole number up to [`MAX_REPS`], the most a journal
/// stores for one set.
pub(super) fn parse_reps(text: &str) -> Result<u32, String> {
    let text = text.trim();
    let too_many = || tr!("logger.error.too_many_reps", value = text, max = MAX_REPS);
    match text.parse::<u32>() {
        Ok(reps) if reps <= MAX_REPS => Ok(reps),
        Ok(_) => Err(too_many()),
        Err(error) if *error.kind() == IntErrorKind::PosOverflow => Err(too_many()),
        Err(_) => Err(tr!("logger.error.reps", value = text)),
    }
}

/// Checks that a set note fits the [`MAX_NOTE_BYTES`] a journal stores.
pub(super) fn check_note(note: &str) -> Result<(), String> {
    if note.len() > MAX_NOTE_BYTES {
        return Err(tr!(
            "logger.error.note_too_long",
            length = note.len(),
            max = MAX_NOTE_BYTES
        ));
    }
    Ok(())
}

/// Checks that a session or exercise name fits the [`MAX_NAME_BYTES`] a
/// journal stores.
pub(super) fn check_name(name: &str) -> Result<(), String> {
    if name.len() > MAX_NAME_BYTES {
        return Err(tr!(
            "logger.error.name_too_long",
            length = name.len(),
            max = MAX_NAME_BYTES
        ));
    }
    Ok(())
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
        Some(rpe) if (RPE_RANGE.0..=RPE_RANGE.1).contains(&rpe) && (rpe * 2.0).fract() == 0.0 => {
            Ok(Some(rpe))
        }
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
        assert_eq!(
            parse_load("-20", Loading::Bodyweight, Unit::Kg),
            Ok(Some(-20.0))
        );
        assert!(parse_load("-20", Loading::Plates, Unit::Kg).is_err());
        assert_eq!(
            parse_load("102,5", Loading::Plates, Unit::Kg),
            Ok(Some(102.5))
        );
        assert_eq!(parse_load(" ", Loading::Plates, Unit::Kg), Ok(None));
    }

    // The limits below are the ones a journal file is checked against when
    // it opens: loads up to 2000, assistance up to 300 (a load of -300), at
    // most 1000 reps, notes of 64 KiB and names of 1 KiB.

    #[test]
    fn load_limit_edges() {
        assert_eq!(
            parse_load("2000", Loading::Plates, Unit::Kg),
            Ok(Some(2000.0))
        );
        assert_eq!(
            parse_load("2000", Loading::Dumbbells, Unit::Lb),
            Ok(Some(2000.0))
        );
        for text in ["2000.5", "2000,5", "5000"] {
            let error = parse_load(text, Loading::Plates, Unit::Kg).unwrap_err();
            assert!(error.contains("kg"), "{error}");
            assert!(error.contains("2000"), "{error}");
        }
        let error = parse_load("2001", Loading::Plates, Unit::Lb).unwrap_err();
        assert!(error.contains("2001 lb"), "{error}");
    }

    #[test]
    fn assistance_limit_edges() {
        assert_eq!(
            parse_load("-300", Loading::Bodyweight, Unit::Kg),
            Ok(Some(-300.0))
        );
        for text in ["-300.5", "-300,5", "-1000"] {
            let error = parse_load(text, Loading::Bodyweight, Unit::Kg).unwrap_err();
            assert!(error.contains("300"), "{error}");
            assert!(error.contains("kg"), "{error}");
        }
    }

    #[test]
    fn reps_limit_edges() {
        assert_eq!(parse_reps("1000"), Ok(1000));
        assert_eq!(parse_reps(" 0 "), Ok(0));
        for text in ["1001", "100000", "99999999999999999999"] {
            let error = parse_reps(text).unwrap_err();
            assert!(error.starts_with(text), "{error}");
            assert!(error.contains("1000"), "{error}");
        }
        let error = parse_reps("8x").unwrap_err();
        assert!(error.contains("“8x”"), "{error}");
        assert!(parse_reps("-3").is_err());
    }

    #[test]
    fn note_and_name_length_edges() {
        assert_eq!(check_note(&"a".repeat(64 * 1024)), Ok(()));
        let error = check_note(&"a".repeat(64 * 1024 + 1)).unwrap_err();
        assert!(error.contains("65537"), "{error}");
        assert_eq!(check_name(&"é".repeat(512)), Ok(()));
        let error = check_name(&"é".repeat(513)).unwrap_err();
        assert!(error.contains("1026"), "{error}");
    }

    #[test]
    fn start_year_limit_edges() {
        let start = parse_start("2200-12-31", "23:59").expect("a valid start");
        assert_eq!(start.year(), 2200);
        assert!(parse_start("1900-01-01", "00:00").is_ok());
        for date in ["2201-01-01", "1899-12-31", "9999-12-31"] {
            let error = parse_start(date, "18:30").unwrap_err();
            assert!(error.contains(&date[..4]), "{error}");
            assert!(error.contains("1900"), "{error}");
        }
        assert!(parse_start("2026-13-01", "18:30").is_err());
    }

    #[test]
    fn rest_text_parses() {
        assert_eq!(parse_minutes_seconds("2:30"), Some(150.0));
        assert_eq!(parse_minutes_seconds("150"), Some(150.0));
        assert_eq!(parse_minutes_seconds("2:75"), None);
    }
}
