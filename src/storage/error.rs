//! Storage errors and the validation rules they name.
//!
//! `Display` is English and meant for logs and the command line. The window
//! shows [`StorageError::localized`], which goes through `tr!` so French
//! users read French.

use std::fmt;
use std::path::PathBuf;

use super::locate::{Position, locate_field};
use crate::tr;

/// Kind of file an error is about, so messages name the right format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Journal,
    ProgramFile,
}

impl FileKind {
    fn english(self) -> &'static str {
        match self {
            Self::Journal => "journal",
            Self::ProgramFile => "program file",
        }
    }

    fn localized(self) -> String {
        match self {
            Self::Journal => tr!("storage.kind.journal"),
            Self::ProgramFile => tr!("storage.kind.program_file"),
        }
    }
}

/// Error reading or writing a journal or program file. Each variant names the file.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path} is {size} bytes, larger than the maximum of {limit} bytes")]
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },
    #[error("{path}:{line}:{column}: the file is not valid UTF-8 text")]
    NotUtf8 {
        path: PathBuf,
        line: usize,
        column: usize,
    },
    #[error("{path} is empty")]
    Empty { path: PathBuf },
    #[error("{path}:{line}:{column}: {message}")]
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error(
        "{path} was written by a newer Topset ({} version {found}); this Topset reads versions up to {supported}, so update Topset to open it",
        kind.english()
    )]
    NewerVersion {
        path: PathBuf,
        kind: FileKind,
        found: u64,
        supported: u32,
    },
    /// A shared program file opened as a journal. Read as a journal it would
    /// be empty, and the first save would write over the program.
    #[error("{path} is a Topset program file, not a journal; import it in the program editor")]
    ProgramFileNotJournal { path: PathBuf },
    /// A file that gives a journal no programs and no sessions but has
    /// top-level fields Topset does not know (`sesions` for `sessions`).
    /// Opened, it would look empty and the first save would drop those fields.
    #[error(
        "{path} has no programs or sessions that Topset reads, but has fields it does not know ({}); check that it is a Topset journal",
        .fields.join(", ")
    )]
    UnknownContent { path: PathBuf, fields: Vec<String> },
    /// A value that parsed but breaks a rule, named by its field path (such
    /// as `sessions[2].exercises[0].sets[1].rpe`) and, when the text could be
    /// read again to find it, its line and column.
    #[error("{path}{}: {field}: {rule}", line_and_column(.position))]
    Invalid {
        path: PathBuf,
        position: Option<Position>,
        field: String,
        rule: Rule,
    },
    #[error(
        "{path} was changed by another application since Topset opened or last saved it; nothing was written"
    )]
    Conflict { path: PathBuf },
    #[error("cannot encode the {}: {message}", kind.english())]
    Encode { kind: FileKind, message: String },
    /// A journal that breaks a rule was not written, because Topset would
    /// reject the file on opening it again.
    #[error("{path} was not saved: {field}: {rule}; the file on disk is unchanged")]
    NotSaved {
        path: PathBuf,
        field: String,
        rule: Rule,
    },
}

impl StorageError {
    /// Adds the line and column of the rejected value, found in `text`, to a
    /// rule error that has none. Other errors are returned unchanged.
    pub(super) fn located_in(self, text: &str) -> Self {
        match self {
            Self::Invalid {
                path,
                position: None,
                field,
                rule,
            } => Self::Invalid {
                position: locate_field(text, &field),
                path,
                field,
                rule,
            },
            other => other,
        }
    }

    /// Formats the message for the window in the interface language.
    pub fn localized(&self) -> String {
        match self {
            Self::Read { path, source } => {
                tr!("storage.error.read", path = path.display(), reason = source)
            }
            Self::Write { path, source } => tr!(
                "storage.error.write",
                path = path.display(),
                reason = source
            ),
            Self::TooLarge { path, size, limit } => tr!(
                "storage.error.too_large",
                path = path.display(),
                size = size,
                limit = limit
            ),
            Self::NotUtf8 { path, line, column } => tr!(
                "storage.error.not_utf8",
                path = path.display(),
                line = line,
                column = column
            ),
            Self::Empty { path } => tr!("storage.error.empty", path = path.display()),
            Self::Syntax {
                path,
                line,
                column,
                message,
            } => tr!(
                "storage.error.syntax",
                path = path.display(),
                line = line,
                column = column,
                message = message
            ),
            Self::NewerVersion {
                path,
                kind,
                found,
                supported,
            } => tr!(
                "storage.error.newer_version",
                path = path.display(),
                kind = kind.localized(),
                found = found,
                supported = supported
            ),
            Self::Invalid {
                path,
                position: Some(position),
                field,
                rule,
            } => tr!(
                "storage.error.invalid_at",
                path = path.display(),
                line = position.line,
                column = position.column,
                field = field,
                rule = rule.localized()
            ),
            Self::Invalid {
                path,
                position: None,
                field,
                rule,
            } => tr!(
                "storage.error.invalid",
                path = path.display(),
                field = field,
                rule = rule.localized()
            ),
            Self::ProgramFileNotJournal { path } => {
                tr!("storage.error.program_file", path = path.display())
            }
            Self::UnknownContent { path, fields } => tr!(
                "storage.error.unknown_content",
                path = path.display(),
                fields = fields.join(", ")
            ),
            Self::Conflict { path } => tr!("storage.error.conflict", path = path.display()),
            Self::Encode { kind, message } => tr!(
                "storage.error.encode",
                kind = kind.localized(),
                message = message
            ),
            Self::NotSaved { path, field, rule } => tr!(
                "storage.error.not_saved",
                path = path.display(),
                field = field,
                rule = rule.localized()
            ),
        }
    }

    /// Whether the error means the file on disk must not be written over.
    pub fn protects_file(&self) -> bool {
        matches!(self, Self::NewerVersion { .. } | Self::Conflict { .. })
    }
}

/// A rule that a parsed value breaks.
#[derive(Clone, Debug, PartialEq)]
pub enum Rule {
    /// NaN or an infinity where a number is expected.
    NotFinite { value: f64 },
    /// A number outside its allowed range, both ends included.
    OutOfRange { value: f64, min: f64, max: f64 },
    /// A count larger than its maximum.
    TooLarge { value: u64, max: u64 },
    /// A date whose year is outside the allowed years.
    YearOutOfRange { date: String, min: i32, max: i32 },
    /// Text longer than allowed, in bytes of UTF-8.
    TooLong { length: usize, max: usize },
    /// A list with more items than allowed.
    TooMany { count: usize, max: usize },
    /// Text that must not be empty.
    Empty,
    /// A session id that an earlier session already uses.
    DuplicateId { id: u64, first: usize },
    /// A name that an earlier item in the same list already uses.
    DuplicateName { name: String, first: usize },
    /// A (smallest, largest) pair where the smallest is larger.
    Reversed { min: f64, max: f64 },
}

/// Formats a number as short text: "8.5", "2000", "1e300" for the huge
/// values a hostile file may hold, "NaN" and "inf" as Rust writes them.
/// Formats `position` as `:LINE:COLUMN`, the way syntax errors place it,
/// or as nothing when the place is unknown.
fn line_and_column(position: &Option<Position>) -> String {
    position.map_or_else(String::new, |position| {
        format!(":{}:{}", position.line, position.column)
    })
}

fn short_number(value: f64) -> String {
    if value.is_finite() && value.abs() >= 1e15 {
        format!("{value:e}")
    } else {
        value.to_string()
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotFinite { value } => {
                write!(f, "{} is not a finite number", short_number(*value))
            }
            Self::OutOfRange { value, min, max } => {
                write!(
                    f,
                    "{} is outside the allowed range {} to {}",
                    short_number(*value),
                    short_number(*min),
                    short_number(*max)
                )
            }
            Self::TooLarge { value, max } => {
                write!(f, "{value} is larger than the maximum of {max}")
            }
            Self::YearOutOfRange { date, min, max } => {
                write!(f, "{date} is outside the allowed years {min} to {max}")
            }
            Self::TooLong { length, max } => {
                write!(
                    f,
                    "text of {length} bytes is longer than the maximum of {max}"
                )
            }
            Self::TooMany { count, max } => {
                write!(f, "{count} items is more than the maximum of {max}")
            }
            Self::Empty => f.write_str("must not be empty"),
            Self::DuplicateId { id, first } => {
                write!(f, "id {id} is already used by sessions[{first}]")
            }
            Self::DuplicateName { name, first } => {
                write!(f, "name {name:?} is already used by item [{first}]")
            }
            Self::Reversed { min, max } => {
                write!(f, "smallest value {min} is larger than largest value {max}")
            }
        }
    }
}

impl Rule {
    /// Formats the rule in the interface language.
    pub fn localized(&self) -> String {
        match self {
            Self::NotFinite { value } => {
                tr!("storage.rule.not_finite", value = short_number(*value))
            }
            Self::OutOfRange { value, min, max } => tr!(
                "storage.rule.out_of_range",
                value = short_number(*value),
                min = short_number(*min),
                max = short_number(*max)
            ),
            Self::TooLarge { value, max } => {
                tr!("storage.rule.too_large", value = value, max = max)
            }
            Self::YearOutOfRange { date, min, max } => tr!(
                "storage.rule.year_out_of_range",
                date = date,
                min = min,
                max = max
            ),
            Self::TooLong { length, max } => {
                tr!("storage.rule.too_long", length = length, max = max)
            }
            Self::TooMany { count, max } => {
                tr!("storage.rule.too_many", count = count, max = max)
            }
            Self::Empty => tr!("storage.rule.empty"),
            Self::DuplicateId { id, first } => {
                tr!("storage.rule.duplicate_id", id = id, first = first)
            }
            Self::DuplicateName { name, first } => {
                tr!("storage.rule.duplicate_name", name = name, first = first)
            }
            Self::Reversed { min, max } => tr!("storage.rule.reversed", min = min, max = max),
        }
    }
}
