//! Journal files on disk: reading with located errors and crash-safe writing.

mod atomic;
mod journal_file;

pub use atomic::write_atomically;
pub use journal_file::{
    StorageError, journal_from_str, journal_to_string, load_journal, save_journal,
};
