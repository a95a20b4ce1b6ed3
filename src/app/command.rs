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
    ImportHistoryDialog,
    /// Asks the user to type a path for `purpose` (no dialog backend, or by choice).
    TypePath(crate::app::DialogPurpose),
    /// A path was chosen for `purpose`, by a dialog or typed.
    PathChosen(crate::app::DialogPurpose, PathBuf),
    /// Replaces the whole journal (an import or a settings change), as one undo step.
    ReplaceJournal(Box<Journal>),
    /// Changes the settings, as one undo step.
    SaveSettings(Box<crate::model::Settings>),
    /// Adds a logged session, or replaces the one with the same id.
    SaveSession(Box<Session>),
    DeleteSession(u64),
    /// Replaces the program at `index`, or adds it when `index` is `None`.
    /// Changes with the same `group` in a row form one undo step (typing).
    SaveProgram {
        index: Option<usize>,
        program: Box<Program>,
        group: Option<String>,
    },
    DeleteProgram(usize),
    /// Asks where to write the program at this index as a program file.
    ExportProgramDialog(usize),
    /// Asks for a program file to add to the journal.
    ImportProgramDialog,
    /// Asks where to write the printable HTML sheet of the program at this index.
    PrintProgramDialog(usize),
    /// Opens the window on another panel.
    ShowPanel(crate::app::Panel),
    /// Opens the method guide, scrolled to one coaching check's advice when given.
    ShowGuide(Option<crate::model::CheckId>),
    /// Shows a message to the user in the status bar.
    Notify(String),
    /// Asks where to save the chart, then calls [`crate::charts::export_chart`]
    /// with this request; the extension picks PNG or SVG.
    ExportChartDialog {
        request: ChartRequest,
        /// Size of the image in pixels.
        width: u32,
        height: u32,
    },
    Undo,
    Redo,
    Quit,
}
