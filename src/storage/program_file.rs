//! Program files: one shareable program with the custom exercises it uses,
//! so a lifter can send a plan to another without sending their journal.
//!
//! ```ron
//! (
//!   version: 1,
//!   program: (name: "Top set squat", weeks: [(days: [...])]),
//!   exercises: [(name: "Safety bar squat", muscles: [Quads, Glutes])],
//! )
//! ```

use std::path::Path;

use ron::ser::PrettyConfig;
use serde::{Deserialize, Serialize};

use crate::model::{Exercise, Program};

use super::atomic::write_atomically;
use super::error::{FileKind, StorageError};
use super::text::{parse_header, parse_ron, read_limited};
use super::validate::{program_breaches, validate_program};

/// Program file format version written by this build.
pub const PROGRAM_FILE_VERSION: u32 = 1;

/// The content of a program file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProgramFile {
    pub version: u32,
    pub program: Program,
    /// Exercises the program uses that are not in the built-in list.
    #[serde(default)]
    pub exercises: Vec<Exercise>,
}

impl ProgramFile {
    /// A program file in the current version.
    pub fn new(program: Program, exercises: Vec<Exercise>) -> Self {
        Self {
            version: PROGRAM_FILE_VERSION,
            program,
            exercises,
        }
    }
}

/// Reads and validates the program file at `path`.
pub fn load_program_file(path: &Path) -> Result<ProgramFile, StorageError> {
    let text = read_limited(path)?;
    program_file_from_str(&text, path)
}

/// Parses and validates program file text; `path` only names the file in errors.
pub fn program_file_from_str(text: &str, path: &Path) -> Result<ProgramFile, StorageError> {
    let file = parse_program_file(text, path)?;
    validate_program(&file.program, &file.exercises, path)
        .map_err(|error| error.located_in(text))?;
    Ok(file)
}

/// Lists up to `max` broken rules of the program file in `text`, each
/// located in the text, for `topset check`. Empty when the text does not
/// parse or breaks no rule.
pub fn program_rule_errors(text: &str, path: &Path, max: usize) -> Vec<StorageError> {
    let Ok(file) = parse_program_file(text, path) else {
        return Vec::new();
    };
    program_breaches(&file.program, &file.exercises, max)
        .into_iter()
        .map(|breach| breach.in_file(path).located_in(text))
        .collect()
}

/// Parses program file text of any version this build reads, without
/// checking values.
fn parse_program_file(text: &str, path: &Path) -> Result<ProgramFile, StorageError> {
    // The version is read first, skipping the rest, so that a file from a
    // newer Topset is named as such even when its layout no longer parses.
    let header = parse_header(text, path, FileKind::ProgramFile)?;
    if let Some(found) = header.version
        && found > u64::from(PROGRAM_FILE_VERSION)
    {
        return Err(StorageError::NewerVersion {
            path: path.to_owned(),
            kind: FileKind::ProgramFile,
            found,
            supported: PROGRAM_FILE_VERSION,
        });
    }
    let mut file: ProgramFile = parse_ron(text, path)?;
    // Versions up to this one share the layout, so an older file is already
    // upgraded once parsed; saying so keeps a save and a reread equal.
    file.version = PROGRAM_FILE_VERSION;
    Ok(file)
}

/// Encodes a program file as pretty RON, always with [`PROGRAM_FILE_VERSION`].
pub fn program_file_to_string(file: &ProgramFile) -> Result<String, StorageError> {
    let current;
    let file = if file.version == PROGRAM_FILE_VERSION {
        file
    } else {
        current = ProgramFile {
            version: PROGRAM_FILE_VERSION,
            ..file.clone()
        };
        &current
    };
    let config = PrettyConfig::new()
        .depth_limit(8)
        .struct_names(false)
        .indentor("  ".to_owned());
    let mut text =
        ron::ser::to_string_pretty(file, config).map_err(|error| StorageError::Encode {
            kind: FileKind::ProgramFile,
            message: error.to_string(),
        })?;
    text.push('\n');
    Ok(text)
}

/// Validates and writes a program file to `path` atomically.
pub fn save_program_file(file: &ProgramFile, path: &Path) -> Result<(), StorageError> {
    validate_program(&file.program, &file.exercises, path)?;
    let text = program_file_to_string(file)?;
    write_atomically(path, text.as_bytes()).map_err(|source| StorageError::Write {
        path: path.to_owned(),
        source,
    })
}
