//! Reading RON files with limits: size, UTF-8, nesting depth and the format
//! version, each failure located in the file.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use serde::de::{DeserializeOwned, IgnoredAny};
use serde::{Deserialize, Deserializer};

use super::error::{FileKind, StorageError};

/// Maximum size of a journal or program file Topset reads: 64 MiB.
///
/// A journal with ten years of training (about 78,000 logged sets) is about
/// 5 MiB of RON, so the limit leaves room for decades of data and long notes.
/// It keeps a hostile or mistaken file (a video renamed `.ron`) from filling
/// memory.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Reads the file at `path` as UTF-8 text, rejecting files over
/// [`MAX_FILE_BYTES`] before reading them whole.
pub fn read_limited(path: &Path) -> Result<String, StorageError> {
    let bytes = read_limited_bytes(path)?;
    text_from_bytes(bytes, path)
}

/// Reads the bytes of the file at `path`, rejecting files over [`MAX_FILE_BYTES`].
pub fn read_limited_bytes(path: &Path) -> Result<Vec<u8>, StorageError> {
    let read_error = |source| StorageError::Read {
        path: path.to_owned(),
        source,
    };
    let file = File::open(path).map_err(read_error)?;
    let size = file.metadata().map_err(read_error)?.len();
    if size > MAX_FILE_BYTES {
        return Err(StorageError::TooLarge {
            path: path.to_owned(),
            size,
            limit: MAX_FILE_BYTES,
        });
    }

    // The file may grow between the size check and the read, so the read
    // itself stops one byte past the limit.
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(read_error)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(StorageError::TooLarge {
            path: path.to_owned(),
            size: bytes.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    Ok(bytes)
}

/// Converts file bytes to text, locating the first byte that is not UTF-8.
pub fn text_from_bytes(bytes: Vec<u8>, path: &Path) -> Result<String, StorageError> {
    String::from_utf8(bytes).map_err(|error| {
        let valid = &error.as_bytes()[..error.utf8_error().valid_up_to()];
        // `valid_up_to` marks the end of the valid prefix, so this cannot fail.
        let valid = std::str::from_utf8(valid).unwrap_or_default();
        let (line, column) = line_and_column(valid);
        StorageError::NotUtf8 {
            path: path.to_owned(),
            line,
            column,
        }
    })
}

/// Computes the 1-based line and column just after `prefix`, counting characters.
fn line_and_column(prefix: &str) -> (usize, usize) {
    let line = prefix.matches('\n').count() + 1;
    let last_line = prefix.rsplit('\n').next().unwrap_or("");
    (line, last_line.chars().count() + 1)
}

/// Parses RON text into `T` with ron's default recursion limit (128 levels),
/// which turns deeply nested input into an error instead of a stack overflow.
pub fn parse_ron<T: DeserializeOwned>(text: &str, path: &Path) -> Result<T, StorageError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(StorageError::Empty {
            path: path.to_owned(),
        });
    }
    let options = ron::Options::default();
    options.from_str(text).map_err(|error| {
        let message = syntax_message(&error.code);
        StorageError::Syntax {
            path: path.to_owned(),
            line: error.span.start.line,
            column: error.span.start.col,
            message: match error_field::<T>(text, &options) {
                Some(field) => format!("{field}: {message}"),
                None => message,
            },
        }
    })
}

/// Returns the path of the field a failed parse stopped in
/// (`sessions[0].exercises[0].sets[1].reps`), found by parsing `text` again
/// while tracking fields. That second pass runs only for files that failed,
/// so valid files open at full speed. `None` when the error is outside any
/// field (a missing bracket at the top level, text after the end).
fn error_field<T: DeserializeOwned>(text: &str, options: &ron::Options) -> Option<String> {
    let mut deserializer = ron::Deserializer::from_str_with_options(text, options).ok()?;
    let error = serde_path_to_error::deserialize::<_, T>(&mut deserializer).err()?;
    // The path ends in `?` when the parser failed before it could name the
    // field, as in a file cut off after a comma. Only the named part is kept.
    let field = error.path().to_string();
    let field = field.trim_end_matches('?').trim_end_matches('.');
    if field.is_empty() {
        return None;
    }
    Some(shorten_field(field))
}

/// Shortens a field path to [`MAX_FIELD_BYTES`] at a `.` or `[`. Deeply
/// nested values give paths of dozens of `[0]`, and the start is enough to
/// locate them.
fn shorten_field(field: &str) -> String {
    if field.len() <= MAX_FIELD_BYTES {
        return field.to_owned();
    }
    let mut end = MAX_FIELD_BYTES;
    while !field.is_char_boundary(end) {
        end -= 1;
    }
    let cut = field[..end].rfind(['.', '[']).unwrap_or(end);
    format!("{}…", &field[..cut])
}

/// Maximum number of unknown fields listed for one file. The first few are
/// enough to find a misspelling.
pub const MAX_UNKNOWN_FIELDS: usize = 20;

/// Lists the fields in `text` that `T` has no place for (`program.authr`),
/// at most [`MAX_UNKNOWN_FIELDS`]. Reading skips them and saving drops them.
/// Empty when `text` does not parse as `T`.
pub fn unknown_fields<T: DeserializeOwned>(text: &str) -> Vec<String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let options = ron::Options::default();
    let Ok(mut deserializer) = ron::Deserializer::from_str_with_options(text, &options) else {
        return Vec::new();
    };
    let mut fields = Vec::new();
    let parsed: Result<T, _> = serde_ignored::deserialize(&mut deserializer, |path| {
        if fields.len() < MAX_UNKNOWN_FIELDS {
            fields.push(shorten_field(&field_path(&path)));
        }
    });
    if parsed.is_err() {
        return Vec::new();
    }
    fields
}

/// Formats `path` the way syntax errors name fields: `sessions[0].notes`.
fn field_path(path: &serde_ignored::Path) -> String {
    use serde_ignored::Path;
    match path {
        Path::Root => String::new(),
        Path::Seq { parent, index } => format!("{}[{index}]", field_path(parent)),
        Path::Map { parent, key } => {
            let parent = field_path(parent);
            if parent.is_empty() {
                key.clone()
            } else {
                format!("{parent}.{key}")
            }
        }
        Path::Some { parent }
        | Path::NewtypeStruct { parent }
        | Path::NewtypeVariant { parent } => field_path(parent),
    }
}

/// Maximum length of the field path shown in a syntax error, in bytes.
const MAX_FIELD_BYTES: usize = 80;

/// ron's message for `code`, except where it addresses the programmer.
fn syntax_message(code: &ron::Error) -> String {
    match code {
        // ron counts recursion per parser call, so its limit of 128 is
        // reached at about 64 nested brackets; no exact depth is promised.
        ron::Error::ExceededRecursionLimit => "values are nested too deeply".to_owned(),
        other => other.to_string(),
    }
}

/// The top-level fields that decide how a file is read, parsed while
/// skipping everything else so that a file from a newer Topset, whose other
/// fields may have changed, still reveals its version.
#[derive(Debug, Default)]
pub struct Header {
    /// Format version; `None` when the file has no `version` field. Read as
    /// u64 so that any version a future Topset writes is recognised as newer.
    pub version: Option<u64>,
    /// Whether the file has a `program` field, which only program files have.
    pub program: bool,
}

/// Header fields under the struct name of each kind of file, so that errors
/// name the kind and a file written with struct names parses.
macro_rules! header_struct {
    ($name:ident, $serde_name:literal) => {
        #[derive(Deserialize)]
        #[serde(rename = $serde_name)]
        struct $name {
            #[serde(default, deserialize_with = "present_number")]
            version: Option<u64>,
            #[serde(default, deserialize_with = "present_value")]
            program: bool,
        }
    };
}
header_struct!(JournalHeader, "Journal");
header_struct!(ProgramFileHeader, "ProgramFile");

fn present_number<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<u64>, D::Error> {
    u64::deserialize(deserializer).map(Some)
}

fn present_value<'de, D: Deserializer<'de>>(deserializer: D) -> Result<bool, D::Error> {
    IgnoredAny::deserialize(deserializer).map(|_| true)
}

/// Reads the [`Header`] of RON text expected to be of `kind`.
pub fn parse_header(text: &str, path: &Path, kind: FileKind) -> Result<Header, StorageError> {
    match kind {
        FileKind::Journal => parse_ron(text, path).map(|header: JournalHeader| Header {
            version: header.version,
            program: header.program,
        }),
        FileKind::ProgramFile => parse_ron(text, path).map(|header: ProgramFileHeader| Header {
            version: header.version,
            program: header.program,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_is_located() {
        let bytes = b"(\n  name: \"ab\xffc\"".to_vec();
        let error = text_from_bytes(bytes, Path::new("j.ron")).unwrap_err();
        assert_eq!(
            error.to_string(),
            "j.ron:2:12: the file is not valid UTF-8 text"
        );
    }

    #[test]
    fn byte_order_mark_is_skipped() {
        let header = parse_header(
            "\u{feff}(version: 3)",
            Path::new("j.ron"),
            FileKind::Journal,
        )
        .unwrap();
        assert_eq!(header.version, Some(3));
    }

    #[test]
    fn header_skips_unknown_fields() {
        let text = "(version: 9, future: Thing(a: [1, 2], b: {\"x\": Some(3)}))";
        let header = parse_header(text, Path::new("j.ron"), FileKind::Journal).unwrap();
        assert_eq!(header.version, Some(9));
        assert!(!header.program);
    }
}
