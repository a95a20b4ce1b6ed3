//! The whole window: menus, opening and saving journals, the import
//! dialog, the program editor and program sharing.

#[path = "../app_support/mod.rs"]
mod app_support;

mod editor_checks;
mod editor_projection;
mod editor_sharing;
mod import;
mod journal_safety;
mod killed_after_change;
mod leave_confirm;
mod logger_footer;
mod open_journal;
mod program_builder;
mod program_editor;
mod rep_lists;
mod session_ids;
mod shell;
