//! Reading and writing the journal as RON.

use std::fs;
use std::path::{Path, PathBuf};

use ron::ser::PrettyConfig;

use crate::model::{JOURNAL_VERSION, Journal};

use super::atomic::write_atomically;

/// Why a journal could not be read or written. Each variant names the file.
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
    #[error("{path}:{line}:{column}: {message}")]
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error(
        "{path} was written by a newer Topset (journal version {found}); this Topset reads versions up to {supported}"
    )]
    NewerVersion {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    #[error("cannot encode the journal: {0}")]
    Encode(String),
}

/// Reads the journal at `path`.
pub fn load_journal(path: &Path) -> Result<Journal, StorageError> {
    let text = fs::read_to_string(path).map_err(|source| StorageError::Read {
        path: path.to_owned(),
        source,
    })?;
    journal_from_str(&text, path)
}

/// Parses journal text; `path` only names the file in errors.
pub fn journal_from_str(text: &str, path: &Path) -> Result<Journal, StorageError> {
    let journal: Journal = ron::from_str(text).map_err(|error| StorageError::Syntax {
        path: path.to_owned(),
        line: error.span.start.line,
        column: error.span.start.col,
        message: error.code.to_string(),
    })?;
    if journal.version > JOURNAL_VERSION {
        return Err(StorageError::NewerVersion {
            path: path.to_owned(),
            found: journal.version,
            supported: JOURNAL_VERSION,
        });
    }
    Ok(journal)
}

/// Encodes the journal as pretty RON with one logged set per line, so that
/// files stay readable and diff well. The same journal always gives the same text.
pub fn journal_to_string(journal: &Journal) -> Result<String, StorageError> {
    let config = PrettyConfig::new()
        .depth_limit(6)
        .struct_names(false)
        .indentor("  ".to_owned());
    let mut text = ron::ser::to_string_pretty(journal, config)
        .map_err(|error| StorageError::Encode(error.to_string()))?;
    text.push('\n');
    Ok(text)
}

/// Writes the journal to `path` atomically (see [`write_atomically`]).
pub fn save_journal(journal: &Journal, path: &Path) -> Result<(), StorageError> {
    let text = journal_to_string(journal)?;
    write_atomically(path, text.as_bytes()).map_err(|source| StorageError::Write {
        path: path.to_owned(),
        source,
    })
}
