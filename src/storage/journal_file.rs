//! Reading and writing the journal as RON.

use std::path::Path;

use ron::ser::PrettyConfig;

use crate::model::{JOURNAL_VERSION, Journal};

use super::atomic::write_atomically;
use super::error::{FileKind, StorageError};
use super::migrate::upgrade_journal;
use super::text::{parse_header, parse_ron, read_limited, unknown_fields};
use super::validate::{check_journal, journal_breaches, validate_journal};

/// Reads, upgrades and validates the journal at `path`.
pub fn load_journal(path: &Path) -> Result<Journal, StorageError> {
    let text = read_limited(path)?;
    journal_from_str(&text, path)
}

/// Parses journal text of any version this build reads, upgrades it to the
/// current version and validates every value. `path` only names the file in
/// errors.
pub fn journal_from_str(text: &str, path: &Path) -> Result<Journal, StorageError> {
    let journal = parse_journal(text, path)?;
    validate_journal(&journal, path).map_err(|error| error.located_in(text))?;
    Ok(journal)
}

/// Lists up to `max` broken rules of the journal in `text`, each located in
/// the text, for `topset check`. Empty when the text does not parse (the
/// syntax error is what [`journal_from_str`] reports) or breaks no rule.
pub fn journal_rule_errors(text: &str, path: &Path, max: usize) -> Vec<StorageError> {
    let Ok(journal) = parse_journal(text, path) else {
        return Vec::new();
    };
    journal_breaches(&journal, max)
        .into_iter()
        .map(|breach| breach.in_file(path).located_in(text))
        .collect()
}

/// Parses journal text of any version this build reads and upgrades it to
/// the current version, without checking values.
fn parse_journal(text: &str, path: &Path) -> Result<Journal, StorageError> {
    // A file of the current version parses in one pass. The header pass
    // below reads the whole text as well (ron cannot stop after one field),
    // so it runs only when this fails: older and newer versions, and errors,
    // which it reports exactly as before.
    if let Ok(journal) = parse_ron::<Journal>(text, path)
        && journal.version == JOURNAL_VERSION
    {
        reject_unknown_content(&journal, text, path)?;
        return Ok(journal);
    }
    let header = parse_header(text, path, FileKind::Journal)?;
    if header.program {
        return Err(StorageError::ProgramFileNotJournal {
            path: path.to_owned(),
        });
    }
    let found = header.version.unwrap_or(0);
    let Some(version) = u32::try_from(found)
        .ok()
        .filter(|&version| version <= JOURNAL_VERSION)
    else {
        return Err(StorageError::NewerVersion {
            path: path.to_owned(),
            kind: FileKind::Journal,
            found,
            supported: JOURNAL_VERSION,
        });
    };
    upgrade_journal(version, text, path)
}

/// Rejects a journal of the current version that has no programs and no
/// sessions while its text has top-level fields the journal does not know:
/// a shared program file, or a journal whose `sessions` is misspelled. Such
/// a file would open as an empty journal, and the first save would write
/// over what it holds. Journals with content skip the check, because it
/// parses the text again.
fn reject_unknown_content(journal: &Journal, text: &str, path: &Path) -> Result<(), StorageError> {
    if !journal.programs.is_empty() || !journal.sessions.is_empty() {
        return Ok(());
    }
    let top_level: Vec<String> = unknown_fields::<Journal>(text)
        .into_iter()
        .filter(|field| !field.contains(['.', '[']))
        .collect();
    if top_level.iter().any(|field| field == "program") {
        return Err(StorageError::ProgramFileNotJournal {
            path: path.to_owned(),
        });
    }
    if !top_level.is_empty() {
        return Err(StorageError::UnknownContent {
            path: path.to_owned(),
            fields: top_level,
        });
    }
    Ok(())
}

/// Encodes the journal as pretty RON with one logged set per line, so that
/// files stay readable and diff well. The same journal always gives the same
/// text, and the text always carries [`JOURNAL_VERSION`].
pub fn journal_to_string(journal: &Journal) -> Result<String, StorageError> {
    if journal.version != JOURNAL_VERSION {
        let current = Journal {
            version: JOURNAL_VERSION,
            ..journal.clone()
        };
        return journal_to_string(&current);
    }
    let config = PrettyConfig::new()
        .depth_limit(6)
        .struct_names(false)
        .indentor("  ".to_owned());
    let mut text =
        ron::ser::to_string_pretty(journal, config).map_err(|error| StorageError::Encode {
            kind: FileKind::Journal,
            message: error.to_string(),
        })?;
    text.push('\n');
    Ok(text)
}

/// Encodes `journal` for writing to `path` after checking every value, so
/// that Topset never writes a journal it would reject on opening.
pub(super) fn checked_journal_text(journal: &Journal, path: &Path) -> Result<String, StorageError> {
    check_journal(journal).map_err(|breach| StorageError::NotSaved {
        path: path.to_owned(),
        field: breach.field,
        rule: breach.rule,
    })?;
    journal_to_string(journal)
}

/// Writes the journal to `path` atomically (see [`write_atomically`]),
/// without checking what is on disk. The app saves through
/// [`super::save_journal_guarded`], which also detects changes by other
/// programs and never overwrites a newer file.
pub fn save_journal(journal: &Journal, path: &Path) -> Result<(), StorageError> {
    let text = checked_journal_text(journal, path)?;
    write_atomically(path, text.as_bytes()).map_err(|source| StorageError::Write {
        path: path.to_owned(),
        source,
    })
}
