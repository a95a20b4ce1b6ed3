//! Text fields that edit a list of reps ("5, 4, 3"): a pyramid's sets and a
//! wave's weeks.
//!
//! While such a field has the keyboard focus it shows the text as typed, so
//! "5," or "5, " stays on screen until the lifter types the next number. The
//! slot's list changes each time the text is a valid list. Invalid text shows
//! a message beside the field and leaves the list unchanged, and leaving the
//! field shows the stored list again.

use std::collections::HashMap;
use std::ops::RangeInclusive;

use egui::{TextEdit, Ui};

use crate::storage::MAX_PRESCRIBED_SETS;
use crate::tr;

/// Position of an exercise slot in the program shown, by index.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SlotPosition {
    pub week: usize,
    pub day: usize,
    pub slot: usize,
}

impl SlotPosition {
    /// Returns the key of this slot's field that edits `field`.
    pub fn key(self, field: RepListField) -> RepListKey {
        RepListKey { slot: self, field }
    }
}

/// Key of a rep-list field: its slot and the list it edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RepListKey {
    pub slot: SlotPosition,
    pub field: RepListField,
}

/// The list a rep-list field edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RepListField {
    /// Reps of each set of a pyramid.
    PyramidReps,
    /// Top-set reps of each week of a wave progression.
    WaveReps,
}

/// Text and error message of a rep-list field being typed in.
#[derive(Clone, Debug, Default, PartialEq)]
struct TypedList {
    text: String,
    error: Option<String>,
}

/// Texts of the rep-list fields as typed, kept across frames while a field
/// has the keyboard focus and dropped when it loses it.
#[derive(Debug, Default)]
pub struct RepListTexts {
    typed: HashMap<RepListKey, TypedList>,
}

impl RepListTexts {
    /// Returns the error message shown beside the field at `key`, for tests.
    pub fn error(&self, key: RepListKey) -> Option<&str> {
        self.typed.get(&key)?.error.as_deref()
    }
}

/// Reason a typed rep list is invalid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RepListError {
    /// The text contains no number.
    Empty,
    /// An entry is not a whole number.
    NotANumber(String),
    /// An entry is outside the reps the list accepts.
    OutOfRange(u32),
    /// The list has more entries than a program may hold.
    TooMany(usize),
}

/// Parses a list of reps separated by commas or spaces ("5, 4, 3"). Empty
/// entries are skipped, so "5," is the list [5] while the lifter types on.
pub fn parse_rep_list(text: &str, range: &RangeInclusive<u32>) -> Result<Vec<u32>, RepListError> {
    let mut reps = Vec::new();
    for part in text.split([',', ' ', '\t']).map(str::trim) {
        if part.is_empty() {
            continue;
        }
        let Ok(value) = part.parse::<u32>() else {
            return Err(RepListError::NotANumber(part.to_owned()));
        };
        if !range.contains(&value) {
            return Err(RepListError::OutOfRange(value));
        }
        reps.push(value);
    }
    if reps.is_empty() {
        return Err(RepListError::Empty);
    }
    if reps.len() > MAX_PRESCRIBED_SETS as usize {
        return Err(RepListError::TooMany(reps.len()));
    }
    Ok(reps)
}

/// Returns `error` as a sentence in the interface language.
fn error_message(error: &RepListError, range: &RangeInclusive<u32>) -> String {
    match error {
        RepListError::Empty => tr!("editor.rep_list.empty"),
        RepListError::NotANumber(text) => tr!("editor.rep_list.not_a_number", text = text),
        RepListError::OutOfRange(value) => tr!(
            "editor.rep_list.out_of_range",
            value = value,
            min = range.start(),
            max = range.end()
        ),
        RepListError::TooMany(count) => tr!(
            "editor.rep_list.too_many",
            count = count,
            max = MAX_PRESCRIBED_SETS
        ),
    }
}

/// Formats `reps` as the field shows them: "5, 4, 3".
fn rep_list_text(reps: &[u32]) -> String {
    reps.iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Draws a labelled rep-list field for `reps`, each entry within `range`.
pub(super) fn rep_list_field_ui(
    ui: &mut Ui,
    texts: &mut RepListTexts,
    key: RepListKey,
    label: &str,
    reps: &mut Vec<u32>,
    range: RangeInclusive<u32>,
) {
    let label = ui.label(label);
    // The id stays the same when a message appears beside the field, so the
    // field keeps its focus while the lifter corrects the text.
    let id = ui.make_persistent_id(("rep_list", key.field));
    let focused = ui.memory(|memory| memory.has_focus(id));
    let mut typed = match texts.typed.remove(&key) {
        Some(typed) if focused => typed,
        _ => TypedList {
            text: rep_list_text(reps),
            error: None,
        },
    };

    let mut edit = TextEdit::singleline(&mut typed.text)
        .id(id)
        .desired_width(100.0);
    if typed.error.is_some() {
        edit = edit.text_color(ui.visuals().error_fg_color);
    }
    let response = ui.add(edit).labelled_by(label.id);

    if response.changed() {
        match parse_rep_list(&typed.text, &range) {
            Ok(parsed) => {
                typed.error = None;
                if *reps != parsed {
                    *reps = parsed;
                }
            }
            Err(error) => typed.error = Some(error_message(&error, &range)),
        }
    }
    if !response.has_focus() {
        return;
    }
    if let Some(error) = &typed.error {
        let kept = tr!("editor.rep_list.kept", list = rep_list_text(reps));
        ui.colored_label(ui.visuals().error_fg_color, format!("{error} {kept}"));
    }
    texts.typed.insert(key, typed);
}

#[cfg(test)]
mod tests {
    use super::*;

    const WAVE_RANGE: RangeInclusive<u32> = 1..=30;

    #[test]
    fn commas_and_spaces_separate_reps() {
        assert_eq!(parse_rep_list("5, 4, 3", &WAVE_RANGE), Ok(vec![5, 4, 3]));
        assert_eq!(parse_rep_list("5 4 3", &WAVE_RANGE), Ok(vec![5, 4, 3]));
        assert_eq!(parse_rep_list("5,4,3", &WAVE_RANGE), Ok(vec![5, 4, 3]));
    }

    #[test]
    fn trailing_separator_keeps_list() {
        assert_eq!(parse_rep_list("5,", &WAVE_RANGE), Ok(vec![5]));
        assert_eq!(parse_rep_list("5, ", &WAVE_RANGE), Ok(vec![5]));
    }

    #[test]
    fn letters_zero_and_blank_rejected() {
        assert_eq!(
            parse_rep_list("5, x", &WAVE_RANGE),
            Err(RepListError::NotANumber("x".to_owned()))
        );
        assert_eq!(
            parse_rep_list("5, 0", &WAVE_RANGE),
            Err(RepListError::OutOfRange(0))
        );
        assert_eq!(
            parse_rep_list("31", &WAVE_RANGE),
            Err(RepListError::OutOfRange(31))
        );
        assert_eq!(parse_rep_list(" , ", &WAVE_RANGE), Err(RepListError::Empty));
    }

    #[test]
    fn list_longer_than_program_rejected() {
        let max = MAX_PRESCRIBED_SETS as usize;
        let at_limit = vec!["3"; max].join(", ");
        assert_eq!(
            parse_rep_list(&at_limit, &WAVE_RANGE).map(|reps| reps.len()),
            Ok(max)
        );
        let over = vec!["3"; max + 1].join(", ");
        assert_eq!(
            parse_rep_list(&over, &WAVE_RANGE),
            Err(RepListError::TooMany(max + 1))
        );
    }
}
