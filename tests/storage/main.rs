//! The journal on disk: saving, autosave, backups, versions, hostile files,
//! fault injection, `topset check` and the messages for each failure.

#[path = "../app_support/mod.rs"]
mod app_support;

mod autosave;
mod check;
mod fault_injection;
mod hostile;
mod journal_file;
mod messages;
mod save_limits;
mod versions;
