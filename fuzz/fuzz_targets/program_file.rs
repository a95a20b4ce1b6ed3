//! Fuzzes the program-file reader. Any panic, abort or stack overflow is a
//! bug; errors are expected.

#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use topset::storage::{program_file_from_str, program_file_to_string, text_from_bytes};

fuzz_target!(|data: &[u8]| {
    let path = Path::new("fuzz.ron");
    let Ok(text) = text_from_bytes(data.to_vec(), path) else {
        return;
    };
    let Ok(file) = program_file_from_str(&text, path) else {
        return;
    };
    let saved = program_file_to_string(&file).expect("a valid program file encodes");
    let reread = program_file_from_str(&saved, path).expect("a saved program file reads back");
    assert_eq!(reread, file);
});
