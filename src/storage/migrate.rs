//! Journal format versions and the steps that upgrade old files.
//!
//! Each past version keeps its own serde struct, parsed with line and column
//! errors like the current one. A step turns version N into version N + 1,
//! and [`upgrade_journal`] applies steps until the current version. To add
//! version 2: copy today's [`Journal`] layout into a `JournalV1` struct here,
//! add a `V1(JournalV1)` case to [`AnyJournal`] with its step, change the
//! model, and raise [`crate::model::JOURNAL_VERSION`].
//!
//! Known versions:
//! - 0: a journal without a `version` field, otherwise laid out as version 1.
//! - 1: the current layout.

use std::path::Path;

use serde::Deserialize;

use crate::model::{Exercise, JOURNAL_VERSION, Journal, Program, Session, Settings};

use super::error::{FileKind, StorageError};
use super::text::parse_ron;

/// Version 0: the journal layout before files recorded their version.
#[derive(Debug, Deserialize)]
#[serde(rename = "Journal")]
struct JournalV0 {
    #[serde(default)]
    settings: Settings,
    #[serde(default)]
    exercises: Vec<Exercise>,
    #[serde(default)]
    programs: Vec<Program>,
    #[serde(default)]
    sessions: Vec<Session>,
}

/// A journal of any version this build reads.
enum AnyJournal {
    V0(JournalV0),
    Current(Journal),
}

impl AnyJournal {
    /// Parses `text` as the layout of `version`.
    fn parse(version: u32, text: &str, path: &Path) -> Result<Self, StorageError> {
        match version {
            0 => parse_ron(text, path).map(Self::V0),
            JOURNAL_VERSION => parse_ron(text, path).map(Self::Current),
            found => Err(StorageError::NewerVersion {
                path: path.to_owned(),
                kind: FileKind::Journal,
                found: found.into(),
                supported: JOURNAL_VERSION,
            }),
        }
    }

    /// Moves one version up.
    fn step(self) -> Self {
        match self {
            Self::V0(old) => Self::Current(Journal {
                version: 1,
                settings: old.settings,
                exercises: old.exercises,
                programs: old.programs,
                sessions: old.sessions,
                exercise_aliases: Default::default(),
            }),
            Self::Current(journal) => Self::Current(journal),
        }
    }
}

/// Parses journal text written in format `version` and upgrades it to
/// [`JOURNAL_VERSION`]. A version newer than this build is rejected.
pub fn upgrade_journal(version: u32, text: &str, path: &Path) -> Result<Journal, StorageError> {
    let mut journal = AnyJournal::parse(version, text, path)?;
    loop {
        match journal {
            AnyJournal::Current(journal) => return Ok(journal),
            older => journal = older.step(),
        }
    }
}
