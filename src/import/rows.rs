//! One CSV row of an export turned into a logged set, or the reason it is
//! not one.

use chrono::NaiveDateTime;

use super::beyond_limit;
use super::dates::{parse_date_time, parse_duration_secs, year_in_range};
use super::layout::{ImportFormat, Layout};
use super::loads::entered_load;
use super::names::fit_text;
use crate::model::{Load, LoggedSet, SetKind, Unit};
use crate::storage::{MAX_NOTE_BYTES, check_logged_set};
use crate::tr;

/// A row that contains a set.
pub(crate) struct RowSet<'a> {
    pub start: NaiveDateTime,
    pub workout: &'a str,
    pub exercise: &'a str,
    pub set: LoggedSet,
    pub exercise_note: &'a str,
    pub workout_note: &'a str,
    /// Session length in seconds, when the row states it.
    pub duration_secs: Option<u64>,
}

/// Content of a row.
pub(crate) enum Row<'a> {
    Set(Box<RowSet<'a>>),
    /// A Strong rest timer row: not a set, dropped without a report.
    RestTimer,
    /// A row that is valid but contains no set Topset keeps (cardio, a timed
    /// hold, a planned set never done), with the reason shown to the user.
    Skipped {
        reason: String,
        cardio: bool,
    },
}

/// Field `index` of the row, or an empty string past its end.
fn field<'a>(fields: &[&'a str], index: Option<usize>) -> &'a str {
    index
        .and_then(|index| fields.get(index))
        .map_or("", |text| text.trim())
}

/// Parses a number written with a decimal point or a decimal comma; `Ok(None)`
/// for an empty field.
fn number(text: &str) -> Result<Option<f64>, ()> {
    if text.is_empty() {
        return Ok(None);
    }
    let parsed = if text.contains(',') {
        text.replace(',', ".").parse::<f64>()
    } else {
        text.parse::<f64>()
    };
    match parsed {
        Ok(value) if value.is_finite() => Ok(Some(value)),
        _ => Err(()),
    }
}

fn invalid(column: &str, text: &str) -> String {
    tr!("import.invalid_value", column = column, value = text)
}

/// A set marker: Strong's Set Order (a number, `W`, `D`, `F`, `Rest Timer`
/// or their spelled-out and translated forms) or Hevy's set type.
enum Marker {
    Kind(SetKind),
    RestTimer,
}

fn marker(text: &str) -> Option<Marker> {
    if text.is_empty() || text.bytes().all(|byte| byte.is_ascii_digit()) {
        return Some(Marker::Kind(SetKind::Straight));
    }
    let key = text.trim().to_lowercase();
    let kind = match key.as_str() {
        "normal" | "working" | "work" => SetKind::Straight,
        "w" | "warmup" | "warm-up" | "warm up" | "warm up set" | "aufwärmen" | "aufwärmsatz"
        | "échauffement" | "e" => SetKind::WarmUp,
        "d" | "drop" | "dropset" | "drop set" | "drop-satz" | "dropsatz" | "dégressive"
        | "série dégressive" => SetKind::Drop,
        "f" | "failure" | "failure set" | "versagen" | "échec" => SetKind::Failure,
        "rest timer" | "rest" | "pausentimer" | "pause" | "minuteur de repos" | "repos" => {
            return Some(Marker::RestTimer);
        }
        _ => return None,
    };
    Some(Marker::Kind(kind))
}

fn is_true(text: &str) -> bool {
    matches!(
        text.to_ascii_lowercase().as_str(),
        "1" | "true" | "yes" | "y" | "x"
    )
}

/// The last date parsed, reused while rows repeat it (every row of a
/// session carries the same start).
#[derive(Default)]
pub(crate) struct DateCache {
    text: String,
    value: Option<NaiveDateTime>,
}

impl DateCache {
    fn parse(&mut self, text: &str) -> Option<NaiveDateTime> {
        if self.text != text {
            self.text.clear();
            self.text.push_str(text);
            self.value = parse_date_time(text);
        }
        self.value
    }
}

/// Parses one row of a recognised export. `unit` is the unit of loads whose
/// row and header do not state one. An `Err` is the reason the row is
/// invalid.
pub(crate) fn parse_row<'a>(
    layout: &Layout,
    fields: &[&'a str],
    unit: Option<Unit>,
    dates: &mut DateCache,
) -> Result<Row<'a>, String> {
    let date_text = field(fields, Some(layout.date));
    let Some(start) = dates.parse(date_text) else {
        return Err(tr!("import.invalid_date", value = date_text));
    };
    if !year_in_range(start) {
        return Err(tr!("import.date_out_of_range", value = date_text));
    }

    let kind = match layout.set_marker.map(|index| field(fields, Some(index))) {
        Some(text) => match marker(text) {
            Some(Marker::Kind(kind)) => kind,
            Some(Marker::RestTimer) => return Ok(Row::RestTimer),
            None => return Err(invalid("set", text)),
        },
        None => SetKind::Straight,
    };
    let kind = if is_true(field(fields, layout.warmup_flag)) {
        SetKind::WarmUp
    } else {
        kind
    };

    let weight_text = field(fields, layout.weight);
    let weight = number(weight_text).map_err(|()| invalid("weight", weight_text))?;
    let reps_text = field(fields, layout.reps);
    let reps = number(reps_text).map_err(|()| invalid("reps", reps_text))?;
    let distance_text = field(fields, layout.distance);
    let distance = number(distance_text).map_err(|()| invalid("distance", distance_text))?;
    let seconds_text = field(fields, layout.seconds);
    let seconds = number(seconds_text).map_err(|()| invalid("seconds", seconds_text))?;
    let time_text = field(fields, layout.time);
    let time_secs = if time_text.is_empty() {
        None
    } else {
        Some(parse_duration_secs(time_text).ok_or_else(|| invalid("time", time_text))?)
    };
    let rpe_text = field(fields, layout.rpe);
    let rpe = number(rpe_text).map_err(|()| invalid("RPE", rpe_text))?;
    let duration_text = field(fields, layout.duration);
    let duration_secs = if duration_text.is_empty() {
        None
    } else {
        Some(parse_duration_secs(duration_text).ok_or_else(|| invalid("duration", duration_text))?)
    };
    let exercise = field(fields, Some(layout.exercise));
    if exercise.is_empty() {
        return Err(tr!("import.missing_exercise"));
    }

    // Liftosaur writes planned sets the lifter did not do with no completed reps.
    if layout.format == ImportFormat::Liftosaur && reps_text.is_empty() {
        return Ok(Row::Skipped {
            reason: tr!("import.skip_not_completed"),
            cardio: false,
        });
    }
    let reps = reps.unwrap_or(0.0);
    if reps <= 0.0 {
        let timed = distance.is_some_and(|value| value > 0.0)
            || seconds.is_some_and(|value| value > 0.0)
            || time_secs.is_some()
            || field(fields, layout.category).eq_ignore_ascii_case("cardio");
        let reason = if timed {
            tr!("import.skip_cardio")
        } else {
            tr!("import.skip_no_reps")
        };
        return Ok(Row::Skipped {
            reason,
            cardio: timed,
        });
    }
    if reps.fract() != 0.0 || reps > f64::from(u32::MAX) {
        return Err(invalid("reps", reps_text));
    }

    let row_unit_text = field(fields, layout.weight_unit);
    let row_unit = if row_unit_text.is_empty() {
        None
    } else {
        Some(Unit::parse(row_unit_text).ok_or_else(|| invalid("unit", row_unit_text))?)
    };
    let mut note = String::new();
    let load = match weight {
        Some(value) if value > 0.0 => {
            let Some(unit) = row_unit.or(layout.header_unit).or(unit) else {
                return Err(tr!("import.missing_unit"));
            };
            let load = entered_load(value, unit);
            let assisted = exercise
                .as_bytes()
                .windows(b"assisted".len())
                .any(|window| window.eq_ignore_ascii_case(b"assisted"));
            if assisted {
                // The load of an assisted move is help, not weight lifted.
                note = tr!("import.assistance_note", load = load.to_string());
                None
            } else {
                Some(load)
            }
        }
        _ => None,
    };

    let set_note = field(fields, layout.notes);
    if !set_note.is_empty() {
        if !note.is_empty() {
            note.push_str("; ");
        }
        note.push_str(set_note);
    }
    if is_true(field(fields, layout.amrap_flag)) {
        if !note.is_empty() {
            note.push_str("; ");
        }
        note.push_str("AMRAP");
    }
    let set = LoggedSet {
        kind,
        load,
        reps: reps as u32,
        rpe,
        done: true,
        load_typed: false,
        note: fit_text(&note, MAX_NOTE_BYTES).to_owned(),
    };
    check_logged_set(&set).map_err(|breach| beyond_limit(&breach))?;
    Ok(Row::Set(Box::new(RowSet {
        start,
        workout: field(fields, layout.workout),
        exercise,
        set,
        exercise_note: field(fields, layout.exercise_notes),
        workout_note: field(fields, layout.workout_notes),
        duration_secs: duration_secs.or_else(|| {
            let end = parse_date_time(field(fields, layout.end_time))?;
            u64::try_from((end - start).num_seconds()).ok()
        }),
    })))
}

/// Returns the load of a set in kg (0 without a load), for plausibility checks.
pub(crate) fn load_kg(load: Option<Load>) -> f64 {
    load.map_or(0.0, |load| load.to_kg())
}
