//! Native file dialogs, run on a worker thread so the window keeps repainting.
//!
//! rfd returns `None` both when the user cancels and when no dialog backend
//! exists (no desktop portal on D-Bus and no zenity). Topset checks for a
//! backend before it opens a dialog and, when there is none, asks for a typed
//! path instead; the typed path is always offered next to the dialog too.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

/// Use of a chosen path.
#[derive(Clone, Debug, PartialEq)]
pub enum DialogPurpose {
    OpenJournal,
    SaveJournalAs,
    ImportHistory,
    /// Export a chart; the request travels with the dialog.
    ExportChart,
    /// Write the program at this index to a program file.
    ExportProgram(usize),
    /// Add the program in a program file to the journal.
    ImportProgram,
    /// Write the printable sheet of the program at this index.
    PrintProgram(usize),
}

impl DialogPurpose {
    /// Whether the dialog picks a file to write (a save dialog) or to read.
    pub fn is_save(&self) -> bool {
        matches!(
            self,
            Self::SaveJournalAs
                | Self::ExportChart
                | Self::ExportProgram(_)
                | Self::PrintProgram(_)
        )
    }

    fn filter(&self) -> (&'static str, &'static [&'static str]) {
        match self {
            Self::OpenJournal | Self::SaveJournalAs => ("Topset journal", &["ron"]),
            Self::ImportHistory => ("CSV", &["csv", "CSV"]),
            Self::ExportChart => ("PNG / SVG", &["png", "svg"]),
            Self::ExportProgram(_) | Self::ImportProgram => ("Topset program", &["ron"]),
            Self::PrintProgram(_) => ("HTML", &["html", "htm"]),
        }
    }
}

/// The file dialog currently open, if any, and how to ask for a path.
pub struct FileDialogs {
    /// Whether a native dialog backend was found at start.
    native_available: bool,
    /// The dialog in flight and the channel its thread replies on.
    pending: Option<(DialogPurpose, Receiver<Option<PathBuf>>)>,
}

/// Result of a dialog, read once by the app.
#[derive(Debug)]
pub enum DialogOutcome {
    Chosen(DialogPurpose, PathBuf),
    Cancelled(DialogPurpose),
}

impl FileDialogs {
    /// Looks for a dialog backend: a D-Bus session (for the desktop portal)
    /// or a `zenity` program on the `PATH`.
    pub fn detect() -> Self {
        let has_bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some();
        let has_zenity = std::env::var_os("PATH").is_some_and(|path| {
            std::env::split_paths(&path).any(|folder| folder.join("zenity").is_file())
        });
        let native_available =
            cfg!(any(target_os = "windows", target_os = "macos")) || has_bus || has_zenity;
        if !native_available {
            log::warn!("no file dialog backend (no D-Bus session, no zenity): paths will be typed");
        }
        Self {
            native_available,
            pending: None,
        }
    }

    /// Dialogs that always ask for a typed path (tests, systems without a backend).
    pub fn typed_only() -> Self {
        Self {
            native_available: false,
            pending: None,
        }
    }

    pub fn native_available(&self) -> bool {
        self.native_available
    }

    pub fn is_open(&self) -> bool {
        self.pending.is_some()
    }

    /// Opens a native dialog on a worker thread. Returns `false` when no
    /// backend exists or a dialog is already open, so the caller asks for a
    /// typed path instead.
    pub fn open(&mut self, purpose: DialogPurpose, file_name: &str, ctx: &egui::Context) -> bool {
        if !self.native_available || self.pending.is_some() {
            return false;
        }
        let (sender, receiver) = channel();
        let (filter_name, extensions) = purpose.filter();
        let is_save = purpose.is_save();
        let file_name = file_name.to_owned();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("file-dialog".to_owned())
            .spawn(move || {
                let dialog = rfd::FileDialog::new().add_filter(filter_name, extensions);
                let chosen = if is_save {
                    dialog.set_file_name(file_name).save_file()
                } else {
                    dialog.pick_file()
                };
                // The receiver is gone only when the app closed meanwhile.
                let _ = sender.send(chosen);
                ctx.request_repaint();
            });
        match spawned {
            Ok(_) => {
                self.pending = Some((purpose, receiver));
                true
            }
            Err(error) => {
                log::warn!("cannot start the file dialog thread: {error}");
                false
            }
        }
    }

    /// Reads the open dialog's result once it has one.
    pub fn poll(&mut self) -> Option<DialogOutcome> {
        let (purpose, receiver) = self.pending.as_ref()?;
        let outcome = match receiver.try_recv() {
            Ok(Some(path)) => DialogOutcome::Chosen(purpose.clone(), path),
            Ok(None) => {
                log::debug!("file dialog closed without a path");
                DialogOutcome::Cancelled(purpose.clone())
            }
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => {
                log::warn!("the file dialog thread ended without a result");
                DialogOutcome::Cancelled(purpose.clone())
            }
        };
        self.pending = None;
        Some(outcome)
    }
}
