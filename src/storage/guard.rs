//! Saving without losing other programs' changes.
//!
//! Topset remembers a [`FileStamp`] of the journal as it last read or wrote
//! it. Before writing, [`save_journal_guarded`] compares the file on disk
//! with that stamp: a different content means another program (a sync tool,
//! a second Topset, an editor) changed it, and the save stops with
//! [`StorageError::Conflict`] so the user can choose. A file written by a
//! newer Topset is never replaced, even when the user chooses to overwrite.
//!
//! Backups: before replacing the journal, the previous content can be kept
//! as `NAME.bak1`, with older copies moved to `NAME.bak2` and `NAME.bak3`,
//! beside the journal where a user looking for them finds them.

use std::fs::{self, File};
use std::hash::{DefaultHasher, Hasher};
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::model::{JOURNAL_VERSION, Journal};

use super::atomic::{remove_stale_temporaries, write_atomically};
use super::error::{FileKind, StorageError};
use super::journal_file::{checked_journal_text, journal_from_str};
use super::text::{MAX_FILE_BYTES, parse_header, read_limited};

/// Number of rotating backups kept beside a journal.
pub const BACKUP_COUNT: usize = 3;

/// Age after which a temporary file beside the journal is taken as left by
/// a killed save.
const STALE_TEMPORARY_AGE: std::time::Duration = std::time::Duration::from_secs(10 * 60);

/// Snapshot of a file as Topset last read or wrote it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileStamp {
    /// Modification time, where the file system records one.
    pub modified: Option<SystemTime>,
    pub len: u64,
    /// Hash of the content (SipHash with fixed keys, stable inside one run,
    /// which is as long as stamps live).
    pub hash: u64,
}

impl FileStamp {
    fn of(bytes: &[u8], modified: Option<SystemTime>) -> Self {
        let mut hasher = DefaultHasher::new();
        hasher.write(bytes);
        Self {
            modified,
            len: bytes.len() as u64,
            hash: hasher.finish(),
        }
    }

    /// Checks whether `bytes` are the content this stamp was taken from,
    /// comparing the length first and the hash when lengths match. The
    /// modification time is not compared, because a program that rewrites the
    /// same bytes (a sync tool touching the file) changes nothing worth a conflict.
    fn matches(&self, bytes: &[u8]) -> bool {
        self.len == bytes.len() as u64 && *self == Self::of(bytes, self.modified)
    }
}

fn modified_time(path: &Path) -> Option<SystemTime> {
    fs::metadata(path)
        .and_then(|metadata| metadata.modified())
        .ok()
}

/// Reads, upgrades and validates the journal at `path`, with the stamp to
/// pass to the next [`save_journal_guarded`].
pub fn load_journal_stamped(path: &Path) -> Result<(Journal, FileStamp), StorageError> {
    let text = read_limited(path)?;
    let journal = journal_from_str(&text, path)?;
    let stamp = FileStamp::of(text.as_bytes(), modified_time(path));
    Ok((journal, stamp))
}

/// Assumption [`save_journal_guarded`] makes about the file on disk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expected {
    /// The file must still be as stamped (or gone).
    Stamp(FileStamp),
    /// The user chose to replace whatever is there ("Overwrite", or "Save
    /// as" onto an existing file). A newer Topset's file is still protected.
    Anything,
}

/// Saves `journal` to `path` atomically after checking the file on disk
/// against `expected`, keeping the replaced content as a backup when
/// `backup` is true. Returns the stamp of the written file.
pub fn save_journal_guarded(
    journal: &Journal,
    path: &Path,
    expected: &Expected,
    backup: bool,
) -> Result<FileStamp, StorageError> {
    let text = checked_journal_text(journal, path)?;
    let on_disk = read_existing(path)?;

    if let Some(bytes) = &on_disk {
        match expected {
            Expected::Stamp(stamp) if !stamp.matches(bytes) => {
                return Err(StorageError::Conflict {
                    path: path.to_owned(),
                });
            }
            // The stamped content was read and accepted by this build, so its
            // version is not newer; anything else is checked.
            Expected::Stamp(_) => {}
            Expected::Anything => reject_newer(bytes, path)?,
        }
        if backup {
            keep_backup(path, bytes);
        }
    }

    write_atomically(path, text.as_bytes()).map_err(|source| StorageError::Write {
        path: path.to_owned(),
        source,
    })?;
    remove_stale_temporaries(path, STALE_TEMPORARY_AGE);
    Ok(FileStamp::of(text.as_bytes(), modified_time(path)))
}

/// Reads the current content of `path`, or `None` when there is no file.
/// Files over the size limit are read up to one byte past it, which is
/// enough to see that they differ from any journal Topset wrote.
fn read_existing(path: &Path) -> Result<Option<Vec<u8>>, StorageError> {
    let file = match File::open(path) {
        Ok(file) => file,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(source) => {
            return Err(StorageError::Read {
                path: path.to_owned(),
                source,
            });
        }
    };
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| StorageError::Read {
            path: path.to_owned(),
            source,
        })?;
    Ok(Some(bytes))
}

/// Rejects replacing a file whose header names a journal version newer than
/// this build. A file that is not a readable journal at all may be replaced:
/// the user chose this path.
fn reject_newer(bytes: &[u8], path: &Path) -> Result<(), StorageError> {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Ok(());
    };
    match parse_header(text, path, FileKind::Journal) {
        Ok(header) => match header.version {
            Some(found) if found > u64::from(JOURNAL_VERSION) => Err(StorageError::NewerVersion {
                path: path.to_owned(),
                kind: FileKind::Journal,
                found,
                supported: JOURNAL_VERSION,
            }),
            _ => Ok(()),
        },
        Err(_) => Ok(()),
    }
}

/// Path of backup `number` (1 is the newest) of the journal at `path`.
pub fn backup_path(path: &Path, number: usize) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_owned();
    name.push(format!(".bak{number}"));
    path.with_file_name(name)
}

/// Moves older backups one step down and writes `bytes` as backup 1. A
/// failed backup is logged and does not stop the save: the user's newest
/// data matters more than a copy of older data.
fn keep_backup(path: &Path, bytes: &[u8]) {
    for number in (1..BACKUP_COUNT).rev() {
        let from = backup_path(path, number);
        let to = backup_path(path, number + 1);
        match fs::rename(&from, &to) {
            Ok(()) => {}
            Err(error) if error.kind() == io::ErrorKind::NotFound => {}
            Err(error) => log::warn!(
                "cannot move backup {} to {}: {error}",
                from.display(),
                to.display()
            ),
        }
    }
    let newest = backup_path(path, 1);
    if let Err(error) = write_atomically(&newest, bytes) {
        log::warn!("cannot write backup {}: {error}", newest.display());
    }
    remove_stale_temporaries(&newest, STALE_TEMPORARY_AGE);
}
