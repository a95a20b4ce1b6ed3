//! Date and time parsing for the styles the supported apps write, without
//! regular expressions (the importer parses tens of thousands of rows).
//!
//! Accepted: `2023-01-01 09:24:45`, `2023-01-01T09:24:45.000Z`, `2023-01-01`
//! (midnight), `7 Apr 2026, 10:14`, `Jun 11, 2026, 1:01 PM`,
//! `03.05.2016 18:22` (day first, as German exports write it) and Unix
//! timestamps in seconds or milliseconds. A time zone suffix is ignored: the
//! wall-clock time written in the file is kept.

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime};

use crate::storage::YEAR_RANGE;

/// Maximum number of tokens a date can have (year, month, day, hour, minute,
/// second, fraction, zone hours, zone minutes).
const MAX_TOKENS: usize = 10;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Token<'a> {
    Number(&'a str),
    Word(&'a str),
}

/// Splits `text` into runs of digits and runs of letters, remembering whether
/// a dot separated the first two numbers (day-first German dates).
fn tokenize(text: &str) -> Option<([Token<'_>; MAX_TOKENS], usize, bool)> {
    let bytes = text.as_bytes();
    let mut tokens = [Token::Word(""); MAX_TOKENS];
    let mut count = 0;
    let mut dotted = false;
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        let start = index;
        if byte.is_ascii_digit() {
            while index < bytes.len() && bytes[index].is_ascii_digit() {
                index += 1;
            }
            if count == MAX_TOKENS {
                return None;
            }
            tokens[count] = Token::Number(&text[start..index]);
            count += 1;
            if count == 1 && bytes.get(index) == Some(&b'.') {
                dotted = true;
            }
        } else if byte.is_ascii_alphabetic() {
            while index < bytes.len() && bytes[index].is_ascii_alphabetic() {
                index += 1;
            }
            if count == MAX_TOKENS {
                return None;
            }
            tokens[count] = Token::Word(&text[start..index]);
            count += 1;
        } else {
            index += 1;
        }
    }
    Some((tokens, count, dotted))
}

fn month_from_word(word: &str) -> Option<u32> {
    let prefix = word.get(..3)?.to_ascii_lowercase();
    let month = match prefix.as_str() {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" | "mai" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" | "okt" => 10,
        "nov" => 11,
        "dec" | "dez" => 12,
        _ => return None,
    };
    Some(month)
}

/// Returns whether a journal accepts `start` as a session start
/// ([`YEAR_RANGE`]); exports carry typing slips such as the year 0026.
pub(crate) fn year_in_range(start: NaiveDateTime) -> bool {
    (YEAR_RANGE.0..=YEAR_RANGE.1).contains(&start.year())
}

/// Parses a date and optional time in any of the styles listed in the module
/// documentation. Returns `None` when the text is not such a date.
pub fn parse_date_time(text: &str) -> Option<NaiveDateTime> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    if text.len() >= 9 && text.bytes().all(|byte| byte.is_ascii_digit()) {
        return parse_unix(text);
    }
    let (tokens, count, dotted) = tokenize(text)?;
    let tokens = &tokens[..count];

    let mut numbers = [0u32; MAX_TOKENS];
    let mut number_count = 0;
    let mut month_word = None;
    let mut afternoon = None;
    let mut first_is_year = false;
    for token in tokens {
        match *token {
            Token::Number(digits) => {
                if number_count == 0 && digits.len() == 4 {
                    first_is_year = true;
                }
                // Fractions of a second can be long; only their presence matters.
                let value = if digits.len() > 9 {
                    0
                } else {
                    digits.parse().ok()?
                };
                numbers[number_count] = value;
                number_count += 1;
            }
            Token::Word(word) => {
                let lower = word.to_ascii_lowercase();
                match lower.as_str() {
                    "am" => afternoon = Some(false),
                    "pm" => afternoon = Some(true),
                    "t" | "z" | "utc" | "gmt" => {}
                    _ => {
                        if month_word.is_some() {
                            return None;
                        }
                        month_word = Some(month_from_word(word)?);
                    }
                }
            }
        }
    }
    let numbers = &numbers[..number_count];

    let (year, month, day, time) = if let Some(month) = month_word {
        // "7 Apr 2026, 10:14" has the day before the month word,
        // "Jun 11, 2026, 1:01 PM" after it.
        // Either way the day is the first number and the year the second.
        let (day, year) = (*numbers.first()?, *numbers.get(1)?);
        (year as i32, month, day, numbers.get(2..).unwrap_or(&[]))
    } else if first_is_year {
        let [year, month, day, ..] = *numbers else {
            return None;
        };
        (year as i32, month, day, &numbers[3..])
    } else if dotted {
        let [day, month, year, ..] = *numbers else {
            return None;
        };
        (year as i32, month, day, &numbers[3..])
    } else {
        return None;
    };

    let date = NaiveDate::from_ymd_opt(year, month, day)?;
    let mut hour = time.first().copied().unwrap_or(0);
    let minute = time.get(1).copied().unwrap_or(0);
    let second = time.get(2).copied().unwrap_or(0);
    match afternoon {
        Some(true) if hour < 12 => hour += 12,
        Some(false) if hour == 12 => hour = 0,
        _ => {}
    }
    let time = NaiveTime::from_hms_opt(hour, minute, second)?;
    Some(date.and_time(time))
}

/// Parses a Unix timestamp in seconds (10 digits) or milliseconds (13).
fn parse_unix(text: &str) -> Option<NaiveDateTime> {
    let value: i64 = text.parse().ok()?;
    let seconds = if text.len() >= 12 {
        value / 1000
    } else {
        value
    };
    Some(chrono::DateTime::from_timestamp(seconds, 0)?.naive_utc())
}

/// Parses a duration as Strong writes it ("2h 9m", "55s", "76h") or as
/// `H:MM:SS` (FitNotes), into seconds.
pub fn parse_duration_secs(text: &str) -> Option<u64> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    if text.contains(':') {
        let mut total = 0u64;
        for part in text.split(':') {
            let value = part.trim().parse::<u64>().ok()?;
            total = total.checked_mul(60)?.checked_add(value)?;
        }
        return Some(total);
    }
    let mut total = 0u64;
    let mut number = None;
    let (tokens, count, _) = tokenize(text)?;
    for token in &tokens[..count] {
        match *token {
            Token::Number(digits) => number = Some(digits.parse::<u64>().ok()?),
            Token::Word(word) => {
                let value = number.take()?;
                let factor = match word.to_ascii_lowercase().as_str() {
                    "h" | "hr" | "hrs" | "std" => 3600,
                    "m" | "min" | "mins" => 60,
                    "s" | "sec" | "secs" => 1,
                    _ => return None,
                };
                total = total.checked_add(value.checked_mul(factor)?)?;
            }
        }
    }
    if number.is_some() {
        return None;
    }
    Some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(year: i32, month: u32, day: u32, hour: u32, minute: u32, second: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(year, month, day)
            .and_then(|date| date.and_hms_opt(hour, minute, second))
            .expect("valid test date")
    }

    #[test]
    fn strong_date_parses() {
        assert_eq!(
            parse_date_time("2023-01-01 09:24:45"),
            Some(at(2023, 1, 1, 9, 24, 45))
        );
    }

    #[test]
    fn hevy_day_first_parses() {
        assert_eq!(
            parse_date_time("7 Apr 2026, 10:14"),
            Some(at(2026, 4, 7, 10, 14, 0))
        );
    }

    #[test]
    fn hevy_month_first_parses() {
        assert_eq!(
            parse_date_time("Jun 11, 2026, 1:01 PM"),
            Some(at(2026, 6, 11, 13, 1, 0))
        );
        assert_eq!(
            parse_date_time("Jun 11, 2026, 12:30 AM"),
            Some(at(2026, 6, 11, 0, 30, 0))
        );
    }

    #[test]
    fn iso_with_zone_parses() {
        assert_eq!(
            parse_date_time("2024-03-05T18:02:11.000Z"),
            Some(at(2024, 3, 5, 18, 2, 11))
        );
    }

    #[test]
    fn date_only_is_midnight() {
        assert_eq!(
            parse_date_time("2017-06-23"),
            Some(at(2017, 6, 23, 0, 0, 0))
        );
    }

    #[test]
    fn german_dotted_date_parses() {
        assert_eq!(
            parse_date_time("03.05.2016 18:22"),
            Some(at(2016, 5, 3, 18, 22, 0))
        );
    }

    #[test]
    fn unix_milliseconds_parse() {
        assert_eq!(
            parse_date_time("1709661731000"),
            Some(at(2024, 3, 5, 18, 2, 11))
        );
    }

    #[test]
    fn invalid_dates_are_rejected() {
        assert_eq!(parse_date_time("2023-13-01"), None);
        assert_eq!(parse_date_time("Squat"), None);
        assert_eq!(parse_date_time(""), None);
    }

    #[test]
    fn strong_durations_parse() {
        assert_eq!(parse_duration_secs("2h 9m"), Some(7740));
        assert_eq!(parse_duration_secs("55s"), Some(55));
        assert_eq!(parse_duration_secs("76h"), Some(273_600));
        assert_eq!(parse_duration_secs("0:01:30"), Some(90));
        assert_eq!(parse_duration_secs("soon"), None);
        assert_eq!(parse_duration_secs("18446744073709551615:59"), None);
        assert_eq!(parse_duration_secs("18446744073709551615h"), None);
    }
}
