//! Application state, commands and background tasks.
//!
//! `mod.rs` holds the state, [`logic`] applies commands and polls background
//! work once per frame, and the drawing lives in [`crate::ui`]. Failures reach
//! the user as a message in the status bar or an error window, and the log
//! gets the detail; the journal in memory and on disk is never left half-changed.

pub mod autosave;
mod command;
mod dialogs;
mod equipment;
mod import_task;
pub mod instance_lock;
mod journal_loader;
mod logic;
mod persistence;
mod planned_day;
mod program_sharing;
mod rest_timer;
mod sample;
mod session_draft;
mod session_summary;
mod tasks;
mod undo;

use std::path::PathBuf;

use chrono::NaiveDateTime;

pub use crate::model::default_inventory;
pub use command::Command;
pub use dialogs::{DialogOutcome, DialogPurpose, FileDialogs};
pub use equipment::equipment_inventory;
pub use import_task::ImportTask;
pub use journal_loader::{JournalLoader, LoadResult, LoadedJournal, OpenGate, load_for_opening};
pub use persistence::{StorageAnswer, StorageQuestion};
pub use planned_day::{RESUME_WINDOW_HOURS, next_planned_day, unfinished_session};
pub use rest_timer::{
    BACKOFF_REST, BACKOFF_REST_RANGE, OTHER_REST, RestTimer, TOP_SET_REST, TOP_SET_REST_RANGE,
    format_minutes_seconds,
};
pub use sample::{SAMPLE_JOURNAL, sample_journal};
pub use session_draft::{DraftExercise, Loading, RestPlan, SessionDraft, WARMUP_STEPS};
pub use session_summary::{
    ExerciseFeedback, ExerciseSummary, exercise_feedback, logged_exercise_feedback, session_summary,
};
pub use tasks::{TaskOutcome, Tasks};
pub use undo::UndoHistory;

use crate::model::Journal;
use crate::ui::history::HistoryState;
use crate::ui::program_editor::ProgramEditorState;
use crate::ui::progress::ProgressState;
use crate::ui::session_logger::SessionLoggerState;
use crate::ui::settings::SettingsState;

/// Key under which eframe's storage keeps the last journal's path.
pub const LAST_JOURNAL_KEY: &str = "last_journal";
/// Key under which eframe's storage keeps the recent journals, newest first.
pub const RECENT_JOURNALS_KEY: &str = "recent_journals";
/// Key under which eframe's storage keeps the panel shown last.
pub const PANEL_KEY: &str = "panel";
/// How many recent journals the File menu lists.
pub const MAX_RECENT_JOURNALS: usize = 8;

/// A main panel, picked in the navigation on the left.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Panel {
    #[default]
    SessionLogger,
    History,
    ProgramEditor,
    Progress,
    Calculator,
    Settings,
}

/// Source of the current time; fixed in tests so that dates do not drift.
#[derive(Clone, Copy, Debug)]
pub enum Clock {
    System,
    Fixed(NaiveDateTime),
}

impl Clock {
    pub fn now(self) -> NaiveDateTime {
        match self {
            Self::System => chrono::Local::now().naive_local(),
            Self::Fixed(now) => now,
        }
    }
}

/// A message for the user: shown in the status bar, or in a window when it
/// reports a failure.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub text: String,
    pub is_error: bool,
}

/// Path the user is typing because no file dialog could be shown.
#[derive(Clone, Debug)]
pub struct PathPrompt {
    pub purpose: DialogPurpose,
    pub text: String,
    /// Whether the field has had the keyboard focus, given once when the
    /// prompt opens.
    pub focused: bool,
}

/// A request that would close the journal on screen.
#[derive(Clone, Debug, PartialEq)]
pub enum Leaving {
    Quit,
    NewJournal,
    Open(PathBuf),
}

/// The whole application.
pub struct TopsetApp {
    /// The open journal.
    pub journal: Journal,
    /// File the journal is saved to; `None` for the built-in sample or a new journal.
    pub path: Option<PathBuf>,
    /// Bumped on every change to the journal, so cached series rebuild.
    pub revision: u64,
    /// Whether the journal has changes that are not on disk.
    pub unsaved: bool,
    /// Panel shown in the central area.
    pub panel: Panel,
    /// Commands queued while drawing, applied after the panels.
    pub commands: Vec<Command>,
    /// Undo and redo steps for journal changes.
    pub history: UndoHistory,
    /// Native file dialog in flight, if any.
    pub dialogs: FileDialogs,
    /// Background saver of the journal file; started when a journal has a file.
    pub autosaver: Option<autosave::Autosaver>,
    /// Lock telling other Topset windows that this one has the journal open.
    pub lock: Option<instance_lock::InstanceLock>,
    /// Question about the journal file waiting for the user's answer.
    pub storage_question: Option<StorageQuestion>,
    /// Last message for the user.
    pub notice: Option<Notice>,
    /// Typed-path window, open when a dialog could not be shown.
    pub path_prompt: Option<PathPrompt>,
    /// Source of the current time.
    pub clock: Clock,
    /// Program editor panel state.
    pub program_editor: ProgramEditorState,
    /// Settings panel state.
    pub settings: SettingsState,
    /// Session logger panel state, with the session being logged.
    pub logger: SessionLoggerState,
    /// History panel state.
    pub history_panel: HistoryState,
    /// Progress panel state, with its cached series and chart image.
    pub progress: ProgressState,
    /// Request (quit, start a new journal, open another) waiting for the
    /// user to save or discard changes that are in no file.
    pub confirm_leave: Option<Leaving>,
    /// Window title last sent to the window.
    pub shown_title: String,
    /// Journals opened or saved lately, newest first (kept by eframe, not in the journal).
    pub recent: Vec<PathBuf>,
    /// Whether the About window is open.
    pub show_about: bool,
    /// The method guide window: `None` when closed, else the check it shows.
    pub guide: Option<Option<crate::model::CheckId>>,
    /// Exports and imports running off the UI thread.
    pub tasks: Tasks,
    /// Import dialog state, with its preview.
    pub import_dialog: crate::ui::import_dialog::ImportDialogState,
    /// Reading and previewing of the file being imported.
    pub import_task: ImportTask,
    /// Journal being read on a worker thread before it opens.
    pub journal_loader: JournalLoader,
    /// Calculator panel state.
    pub calculator: crate::ui::calculator::CalculatorState,
    /// Chart waiting for the user to choose where to export it, with its size in pixels.
    pub chart_to_export: Option<(crate::analytics::ChartRequest, u32, u32)>,
}

impl TopsetApp {
    /// Creates the app showing `journal`, saved at `path` when given.
    pub fn new(
        journal: Journal,
        path: Option<PathBuf>,
        dialogs: FileDialogs,
        clock: Clock,
    ) -> Self {
        crate::set_language(effective_language(&journal));
        Self {
            journal,
            path,
            revision: 0,
            unsaved: false,
            panel: Panel::default(),
            commands: Vec::new(),
            history: UndoHistory::default(),
            dialogs,
            autosaver: None,
            lock: None,
            storage_question: None,
            notice: None,
            path_prompt: None,
            clock,
            program_editor: ProgramEditorState::default(),
            settings: SettingsState::default(),
            logger: SessionLoggerState::default(),
            history_panel: HistoryState::default(),
            progress: ProgressState::default(),
            confirm_leave: None,
            shown_title: String::new(),
            recent: Vec::new(),
            show_about: false,
            guide: None,
            tasks: Tasks::default(),
            chart_to_export: None,
            import_dialog: Default::default(),
            import_task: ImportTask::default(),
            journal_loader: JournalLoader::default(),
            calculator: Default::default(),
        }
    }

    /// Creates the app on the built-in sample journal, with typed-path
    /// dialogs and a fixed clock, as the UI tests start it.
    pub fn for_tests(now: NaiveDateTime) -> Self {
        Self::new(
            sample_journal(),
            None,
            FileDialogs::typed_only(),
            Clock::Fixed(now),
        )
    }

    /// Window title: the journal's file name and a dot while changes are unsaved.
    pub fn title(&self) -> String {
        let name = match &self.path {
            Some(path) => path.file_name().map_or_else(
                || path.display().to_string(),
                |name| name.to_string_lossy().into_owned(),
            ),
            None => crate::tr!("app.sample_journal"),
        };
        let marker = if self.unsaved { " •" } else { "" };
        format!("{name}{marker} — Topset")
    }

    /// Puts `path` first in the recent journals.
    pub fn remember_recent(&mut self, path: &std::path::Path) {
        self.recent.retain(|recent| recent != path);
        self.recent.insert(0, path.to_owned());
        self.recent.truncate(MAX_RECENT_JOURNALS);
    }

    /// Queues a command for the end of the frame.
    pub fn queue(&mut self, command: Command) {
        self.commands.push(command);
    }
}

/// Returns the journal's language, or the system's when the journal sets none.
pub fn effective_language(journal: &Journal) -> crate::model::Language {
    journal.settings.language.unwrap_or_else(|| {
        sys_locale::get_locale().map_or(crate::model::Language::English, |locale| {
            crate::model::Language::from_locale(&locale)
        })
    })
}
