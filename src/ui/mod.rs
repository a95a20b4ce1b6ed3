//! Panels and dialogs. Each draws state and pushes [`crate::app::Command`]s;
//! none reads files or the clock.

pub mod calculator;
pub mod draft_editor;
pub mod exercise_review;
pub mod guide;
pub mod history;
pub mod import_dialog;
pub mod program_editor;
pub mod progress;
pub mod session_logger;
mod set_row;
mod set_text;
pub mod settings;
pub mod shell;
pub mod widgets;
