//! Fuzzes the FitNotes import: any panic, or an imported journal that does not
//! save and open again unchanged, is a bug (see `check_import`).

#![no_main]

use libfuzzer_sys::fuzz_target;
use topset::import::ImportFormat;
use topset_fuzz::check_import;

fuzz_target!(|data: &[u8]| check_import(data, ImportFormat::FitNotes));
