//! The built-in sample journal.

use std::path::Path;

use crate::model::Journal;
use crate::storage::journal_from_str;

/// Text of the sample journal, compiled into the binary.
pub const SAMPLE_JOURNAL: &str = include_str!("../../assets/sample-journal.ron");

/// The sample journal. A test parses the same text, so a defect in the
/// shipped file fails the build's tests rather than a user's first start.
pub fn sample_journal() -> Journal {
    match journal_from_str(SAMPLE_JOURNAL, Path::new("assets/sample-journal.ron")) {
        Ok(journal) => journal,
        Err(error) => {
            log::error!("the built-in sample journal is invalid: {error}");
            Journal::default()
        }
    }
}
