//! Journal and program files on disk: located errors, format versions and
//! migrations, value checks with limits, crash-safe writing, change
//! detection, backups and recovery files.
//!
//! Error types carry English `Display` text for logs and the command line.
//! The window shows [`StorageError::localized`].
//!
//! Files beside a journal `journal.ron`:
//! - `journal.ron.bak1` to `.bak3`: the journal before earlier saves, newest
//!   first (see [`save_journal_guarded`]);
//! - `.journal.ron.recovery`: changes not yet saved (see [`recover_journal`]);
//! - `.journal.ron.lock`: the process id of the window that has it open
//!   (see `crate::app::instance_lock`);
//! - `.journal.ron.PID.N.tmp`: a save in progress, or one a crash cut short.

mod atomic;
mod error;
mod guard;
mod journal_file;
mod locate;
mod migrate;
mod program_file;
mod program_share;
mod recovery;
mod text;
mod validate;

pub use atomic::write_atomically;
pub use error::{FileKind, Rule, StorageError};
pub use guard::{
    BACKUP_COUNT, Expected, FileStamp, backup_path, load_journal_stamped, save_journal_guarded,
};
pub use journal_file::{
    journal_from_str, journal_rule_errors, journal_to_string, load_journal, save_journal,
};
pub use locate::Position;
pub use program_file::{
    PROGRAM_FILE_VERSION, ProgramFile, load_program_file, program_file_from_str,
    program_file_to_string, program_rule_errors, save_program_file,
};
pub use program_share::{
    ProgramImport, TEMPLATES, import_program, load_template, name_key, program_file_for,
    unique_program_name,
};
pub use recovery::{discard_recovery, recover_journal, recovery_path, write_recovery};
pub use text::{
    Header, MAX_FILE_BYTES, MAX_UNKNOWN_FIELDS, parse_header, read_limited, read_limited_bytes,
    text_from_bytes, unknown_fields,
};
pub use validate::{
    Breach, MAX_ASSISTANCE, MAX_DAYS_PER_WEEK, MAX_EXERCISES, MAX_EXERCISES_PER_SESSION,
    MAX_LISTED_BREACHES, MAX_LOAD, MAX_NAME_BYTES, MAX_NOTE_BYTES, MAX_PRESCRIBED_SETS,
    MAX_PROGRAMS, MAX_REPS, MAX_SESSIONS, MAX_SETS_PER_EXERCISE, MAX_WEEKS, RPE_RANGE, YEAR_RANGE,
    check_journal, check_logged_set, check_session,
};
