//! Checks shared by the importer fuzz targets: one target per app whose
//! export Topset reads, each seeded with that app's files.

use std::path::Path;

use topset::import::{ImportError, ImportFormat, ImportOptions, apply, preview};
use topset::model::{Journal, Unit};
use topset::storage::{journal_from_str, journal_to_string};

/// Imports `data` as the app would and checks what comes out, for inputs
/// that the reader of `format` reads. Other inputs (an empty file, another
/// app's header) return early: their own target covers them.
///
/// A bug is a panic, or an import that gives a journal Topset cannot save
/// and open again unchanged: the user would lose that history on the next
/// start.
pub fn check_import(data: &[u8], format: ImportFormat) {
    // The import dialog reads files as UTF-8, replacing invalid bytes.
    let text = String::from_utf8_lossy(data);
    // Keep flagged rows too: they are the implausible values most likely to
    // break a later save.
    let mut options = ImportOptions {
        keep_flagged: true,
        ..ImportOptions::default()
    };
    let result = match preview(&text, &options, None) {
        Err(ImportError::UnitRequired { .. }) => {
            options.unit = Some(Unit::Lb);
            preview(&text, &options, None)
        }
        other => other,
    };
    let Ok(imported) = result else {
        return;
    };
    if imported.format != format {
        return;
    }

    let mut journal = Journal::default();
    let report = match apply(&mut journal, &imported) {
        Ok(report) => report,
        Err(error) => panic!("an import does not fit in an empty journal: {error}"),
    };
    assert_eq!(report.added + report.duplicates, imported.sessions.len());

    let path = Path::new("fuzz-import.ron");
    let saved = journal_to_string(&journal).expect("an imported journal encodes");
    let reread = match journal_from_str(&saved, path) {
        Ok(reread) => reread,
        Err(error) => panic!("an imported journal does not open again: {error}"),
    };
    assert_eq!(reread, journal, "an imported journal changes when saved");
}
