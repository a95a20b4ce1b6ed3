//! Panels and dialogs. Each draws state and pushes [`crate::app::Command`]s;
//! none reads files or the clock.

pub mod calculator;
pub mod draft_editor;
pub mod history;
pub mod import_dialog;
pub mod progress;
pub mod session_logger;
mod set_row;
mod set_text;
