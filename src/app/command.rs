//! Commands: what the user asked for, queued while drawing and applied once
//! per frame after the panels are drawn.

use std::path::PathBuf;

use crate::analytics::ChartRequest;
use crate::model::{Journal, Program, Session};

/// One user request. Panels push commands; [`crate::app::TopsetApp`] applies them.
#[must_use]
#[derive(Clone, Debug)]
pub enum Command {
    NewJournal,
    OpenJournalDialog,
    OpenJournal(PathBuf),
    Save,
    SaveAsDialog,
    SaveAs(PathBuf),
    ImportStrongDialog,
    /// Replaces the whole journal (an import or a settings change), as one undo step.
    ReplaceJournal(Box<Journal>),
    /// Adds a logged session, or replaces the one with the same id.
    SaveSession(Box<Session>),
    DeleteSession(u64),
    /// Adds a program, or replaces the one with the same name.
    SaveProgram(Box<Program>),
    /// Asks where to save the chart, then calls [`crate::charts::export_chart`]
    /// with this request; the extension picks PNG or SVG.
    ExportChartDialog(ChartRequest),
    Undo,
    Redo,
    Quit,
}
