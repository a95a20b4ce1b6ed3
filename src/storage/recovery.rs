//! Recovery files: unsaved changes that survive a crash.
//!
//! While a change waits for its debounced save, the autosaver writes the
//! pending journal to `.NAME.recovery` beside the journal at once, and
//! removes it after the journal itself is saved. A recovery file still there
//! at the next start, newer than the journal and different from it, holds
//! changes that were never saved.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::model::Journal;

use super::atomic::write_atomically;
use super::error::StorageError;
use super::journal_file::{checked_journal_text, journal_from_str};
use super::text::read_limited;

/// Path of the recovery file for the journal at `path`.
pub fn recovery_path(path: &Path) -> PathBuf {
    let mut name = std::ffi::OsString::from(".");
    name.push(path.file_name().unwrap_or_default());
    name.push(".recovery");
    path.with_file_name(name)
}

/// Writes `journal` as the recovery file of `path`.
pub fn write_recovery(journal: &Journal, path: &Path) -> Result<(), StorageError> {
    let recovery = recovery_path(path);
    let text = checked_journal_text(journal, &recovery)?;
    write_atomically(&recovery, text.as_bytes()).map_err(|source| StorageError::Write {
        path: recovery,
        source,
    })
}

/// Removes the recovery file of `path`, if there is one.
pub fn discard_recovery(path: &Path) -> Result<(), StorageError> {
    let recovery = recovery_path(path);
    match fs::remove_file(&recovery) {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(source) => Err(StorageError::Write {
            path: recovery,
            source,
        }),
    }
}

/// Returns the unsaved journal left by a crash, when the recovery file of
/// `path` exists, is at least as new as the journal and differs from it.
/// A recovery file that matches the journal (the crash came after the save)
/// is removed. A damaged recovery file is an error naming it.
pub fn recover_journal(path: &Path) -> Result<Option<Journal>, StorageError> {
    let recovery = recovery_path(path);
    let Ok(recovery_metadata) = fs::metadata(&recovery) else {
        return Ok(None);
    };
    if let Ok(journal_metadata) = fs::metadata(path) {
        let newer = match (recovery_metadata.modified(), journal_metadata.modified()) {
            (Ok(recovery_time), Ok(journal_time)) => recovery_time >= journal_time,
            // Without times, the content comparison below decides.
            _ => true,
        };
        if !newer {
            return Ok(None);
        }
    }

    let text = read_limited(&recovery)?;
    if fs::read(path).is_ok_and(|saved| saved == text.as_bytes()) {
        discard_recovery(path)?;
        return Ok(None);
    }
    journal_from_str(&text, &recovery).map(Some)
}
