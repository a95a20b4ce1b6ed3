//! Fuzzes the journal reader: bytes to text, header, migration, validation.
//! Any panic, abort or stack overflow is a bug; errors are expected.

#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use topset::storage::{journal_from_str, journal_to_string, text_from_bytes};

fuzz_target!(|data: &[u8]| {
    let path = Path::new("fuzz.ron");
    let Ok(text) = text_from_bytes(data.to_vec(), path) else {
        return;
    };
    let Ok(journal) = journal_from_str(&text, path) else {
        return;
    };
    // A journal that passed validation must save and read back unchanged.
    let saved = journal_to_string(&journal).expect("a valid journal encodes");
    let reread = journal_from_str(&saved, path).expect("a saved journal reads back");
    assert_eq!(reread, journal);
});
