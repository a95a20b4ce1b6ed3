//! Opening and saving the journal file: reading it off the UI thread (see
//! [`super::journal_loader`]), the background autosaver, the instance lock,
//! crash recovery and changes made by other programs.
//!
//! Every change to a journal that has a file goes to the [`Autosaver`], which
//! writes a recovery copy at once and the journal itself within a second, off
//! the UI thread. Questions for the user (a conflict, a journal open in
//! another window, changes recovered after a crash) become a
//! [`StorageQuestion`] that the shell draws as a window.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::autosave::{Autosaver, ConflictChoice, FlushResult, SaveEvent};
use super::instance_lock::{InstanceLock, LockError};
use super::journal_loader::{LoadResult, LoadedJournal, load_for_opening};
use super::{Notice, TopsetApp, effective_language};
use crate::model::Journal;
use crate::storage::{backup_path, discard_recovery};
use crate::tr;

/// How long quitting waits for the last save.
const QUIT_SAVE_TIMEOUT: Duration = Duration::from_secs(10);

/// A question about the journal file that needs the user's answer.
#[derive(Debug)]
pub enum StorageQuestion {
    /// Another program changed the journal on disk since Topset read it.
    Conflict { path: PathBuf },
    /// Changes that were not saved before Topset stopped were found.
    Recovery {
        path: PathBuf,
        recovered: Box<Journal>,
    },
    /// Another Topset window has the journal open. The journal, read with its
    /// recovery file, waits here until the user opens it anyway or cancels.
    Locked {
        path: PathBuf,
        pid: u32,
        loaded: Box<LoadedJournal>,
    },
}

/// The user's answer to a [`StorageQuestion`].
#[derive(Clone, Debug, PartialEq)]
pub enum StorageAnswer {
    ConflictReload,
    ConflictOverwrite,
    /// Save to another file, chosen afterwards.
    ConflictSaveElsewhere,
    RestoreRecovered,
    DiscardRecovered,
    OpenAnyway,
    Cancel,
}

impl TopsetApp {
    /// Opens the journal at `path`, reading it on the calling thread. It is
    /// meant for start-up, before the first frame is drawn. A running window
    /// opens through [`super::Command::OpenJournal`], which reads the file on
    /// a worker thread. An open still in progress is abandoned. On failure the
    /// current journal stays open and the file on disk is left as it is.
    pub fn open_journal(&mut self, path: &Path) {
        self.journal_loader.cancel();
        self.finish_loading(path, load_for_opening(path));
    }

    /// Starts opening the journal at `path` without blocking the frame: the
    /// file is read on a worker thread while the status bar shows "Opening…",
    /// and [`Self::poll_opening`] opens it once read. A later open replaces an
    /// earlier one still being read, and File → New cancels it. The current
    /// journal stays open and editable meanwhile, and its changes are saved
    /// before it is replaced.
    pub fn start_opening(&mut self, path: PathBuf, ctx: &egui::Context) {
        if let Err(error) = self.journal_loader.start(path.clone(), ctx) {
            log::warn!(
                "cannot start the journal reading thread, reading on the UI thread: {error}"
            );
            self.open_journal(&path);
        }
    }

    /// Returns whether a journal is being read for opening.
    pub fn is_opening(&self) -> bool {
        self.journal_loader.is_busy()
    }

    /// Opens the journal read by the worker, once it is read.
    pub(super) fn poll_opening(&mut self) {
        if let Some((path, result)) = self.journal_loader.poll() {
            self.finish_loading(&path, result);
        }
    }

    /// Opens a journal read from `path`, or reports why it cannot be opened.
    fn finish_loading(&mut self, path: &Path, result: LoadResult) {
        let loaded = match result {
            Ok(loaded) => loaded,
            // A shared program chosen in File → Open is imported into the
            // journal on screen, as when it is dropped onto the window.
            Err(crate::storage::StorageError::ProgramFileNotJournal { .. }) => {
                log::info!("{} is a program file; importing it", path.display());
                self.import_program(path);
                self.panel = super::Panel::ProgramEditor;
                return;
            }
            Err(error) => {
                log::error!("{error}");
                if matches!(error, crate::storage::StorageError::Read { .. }) {
                    self.recent.retain(|recent| recent != path);
                }
                let mut message = tr!("app.open_failed", error = error.localized());
                // A journal Topset saved has backups beside it, and the newest
                // one is the way back when the file itself is damaged.
                let backup = backup_path(path, 1);
                if !error.protects_file() && backup.is_file() {
                    message.push(' ');
                    message.push_str(&tr!("app.open_failed_backup", backup = backup.display()));
                }
                self.show_error(message);
                return;
            }
        };
        // Reopening the journal on screen (a reload after a conflict): the
        // lock held for it is released first. Dropped after the new lock is
        // taken, it would delete the new lock's file.
        if self.path.as_deref() == Some(path) {
            self.lock = None;
        }
        match InstanceLock::acquire(path) {
            Ok(lock) => self.finish_open(path, loaded, Some(lock)),
            Err(LockError::HeldBy { pid, .. }) => {
                log::warn!("{} is open in process {pid}", path.display());
                // The question is about the journal being opened, so it is
                // asked in that journal's language.
                crate::set_language(effective_language(&loaded.journal));
                self.storage_question = Some(StorageQuestion::Locked {
                    path: path.to_owned(),
                    pid,
                    loaded: Box::new(loaded),
                });
            }
            Err(error) => {
                // Without a lock file (a read-only folder) the journal still opens.
                log::warn!("{error}");
                self.finish_open(path, loaded, None);
            }
        }
    }

    /// Shows the journal read from `path`, then the recovery question when the
    /// recovery file read with it contains changes a crash left.
    fn finish_open(&mut self, path: &Path, loaded: LoadedJournal, lock: Option<InstanceLock>) {
        let LoadedJournal {
            journal,
            stamp,
            recovery,
        } = loaded;
        log::info!("opened {}", path.display());
        self.remember_recent(path);
        self.replace_journal_file(journal, Some(path.to_owned()));
        self.lock = lock;
        if let Some(autosaver) = self.autosaver() {
            autosaver.opened(path.to_owned(), Some(stamp));
        }
        match recovery {
            Ok(Some(recovered)) => {
                self.storage_question = Some(StorageQuestion::Recovery {
                    path: path.to_owned(),
                    recovered: Box::new(recovered),
                });
            }
            Ok(None) => {}
            Err(error) => {
                log::error!("{error}");
                self.show_error(error.localized());
            }
        }
    }

    /// Shows `journal` in place of the current one, saved at `path` if given.
    /// Changes waiting for the autosaver are written to the file being left
    /// first, and a question about that file is dropped with it.
    pub(super) fn replace_journal_file(&mut self, journal: Journal, path: Option<PathBuf>) {
        self.finish_saves();
        // The lock belongs to the file being left; the caller locks the new one.
        self.lock = None;
        self.storage_question = None;
        self.journal = journal;
        self.path = path;
        self.unsaved = false;
        self.revision += 1;
        self.history.clear();
        self.program_editor = Default::default();
        // A session being logged belongs to the journal being left, where its
        // done sets are saved. Kept, it would be saved into this one.
        self.logger = Default::default();
        // A notice about the journal being left ("program imported") does
        // not apply to this one.
        self.clear_info_notice();
        crate::set_language(effective_language(&self.journal));
    }

    /// Marks a change and hands it to the autosaver when the journal has a file.
    pub(super) fn after_change(&mut self) {
        self.revision += 1;
        self.unsaved = true;
        if self.path.is_some() {
            let snapshot = Arc::new(self.journal.clone());
            if let Some(autosaver) = self.autosaver() {
                autosaver.changed(snapshot, Instant::now());
            }
        }
    }

    /// Saves the journal as `path` and keeps saving there.
    pub(super) fn save_as(&mut self, path: PathBuf) {
        let previous = self.path.clone();
        self.remember_recent(&path);
        if self.path.as_deref() != Some(path.as_path()) {
            self.lock = match InstanceLock::acquire(&path) {
                Ok(lock) => Some(lock),
                Err(error) => {
                    log::warn!("{error}");
                    None
                }
            };
        }
        self.path = Some(path.clone());
        let snapshot = Arc::new(self.journal.clone());
        if let Some(autosaver) = self.autosaver() {
            autosaver.opened(path.clone(), None);
            autosaver.changed(snapshot, Instant::now());
        }
        self.unsaved = true;
        self.finish_saves();
        self.poll_saves();
        // The changes in the previous file's recovery copy are now saved in
        // the new file. Offered back when the previous file is next opened,
        // they would replace that file's content.
        if !self.unsaved
            && let Some(previous) = previous.filter(|previous| *previous != path)
        {
            match discard_recovery(&previous) {
                Ok(()) => log::info!(
                    "changes saved to {}, so no recovery file of {} is kept",
                    path.display(),
                    previous.display()
                ),
                Err(error) => log::warn!("{error}"),
            }
        }
    }

    /// Writes pending changes now and waits for them (Save, quitting, tests),
    /// values still being typed in the session logger included.
    pub fn finish_saves(&mut self) {
        if let Some(session) = self.logger.take_unsaved(&self.journal) {
            self.save_session(session);
        }
        let Some(autosaver) = &self.autosaver else {
            return;
        };
        match autosaver.flush(QUIT_SAVE_TIMEOUT) {
            FlushResult::Clean => {}
            FlushResult::Unsaved => {
                log::warn!("changes are still unsaved after the last save attempt")
            }
            FlushResult::TimedOut => {
                log::error!("the last save did not finish in {QUIT_SAVE_TIMEOUT:?}")
            }
        }
        self.poll_saves();
    }

    /// Reads what the autosaver reported since the last frame.
    pub(super) fn poll_saves(&mut self) {
        let Some(autosaver) = &self.autosaver else {
            return;
        };
        for event in autosaver.poll() {
            match event {
                SaveEvent::Saved { path, .. } => {
                    log::debug!("saved {}", path.display());
                    if self.path.as_ref() == Some(&path) {
                        self.unsaved = false;
                    }
                }
                SaveEvent::Conflict { path } => {
                    self.storage_question = Some(StorageQuestion::Conflict { path });
                }
                SaveEvent::Failed { error, .. } => {
                    self.unsaved = true;
                    self.show_error(tr!("app.save_failed", error = error.localized()));
                }
                SaveEvent::RecoveryFailed { error } => {
                    self.notice = Some(Notice {
                        text: error.localized(),
                        is_error: false,
                    });
                }
            }
        }
    }

    /// Applies the user's answer to the open storage question.
    pub fn answer_storage_question(&mut self, answer: StorageAnswer) {
        let Some(question) = self.storage_question.take() else {
            return;
        };
        match (question, answer) {
            (StorageQuestion::Conflict { path }, StorageAnswer::ConflictReload) => {
                // The saver drops the discarded changes and their recovery
                // file. Waiting for it keeps the reload from offering them back.
                if let Some(autosaver) = self.autosaver() {
                    autosaver.resolve_conflict(ConflictChoice::Reload);
                }
                self.finish_saves();
                self.commands.push(super::Command::OpenJournal(path));
            }
            (StorageQuestion::Conflict { .. }, StorageAnswer::ConflictOverwrite) => {
                if let Some(autosaver) = self.autosaver() {
                    autosaver.resolve_conflict(ConflictChoice::Overwrite);
                }
            }
            (StorageQuestion::Conflict { .. }, StorageAnswer::ConflictSaveElsewhere) => {
                self.commands.push(super::Command::SaveAsDialog);
            }
            (StorageQuestion::Recovery { recovered, .. }, StorageAnswer::RestoreRecovered) => {
                self.change_journal(None, |journal| *journal = *recovered);
            }
            (StorageQuestion::Recovery { path, .. }, _) => {
                if let Err(error) = discard_recovery(&path) {
                    log::error!("{error}");
                }
            }
            (StorageQuestion::Locked { path, loaded, .. }, StorageAnswer::OpenAnyway) => {
                let lock = InstanceLock::take_over(&path)
                    .inspect_err(|error| log::warn!("{error}"))
                    .ok();
                self.finish_open(&path, *loaded, lock);
            }
            (StorageQuestion::Locked { .. }, _) => {
                crate::set_language(effective_language(&self.journal));
            }
            (question, answer) => log::debug!("{answer:?} closes {question:?}"),
        }
    }

    /// Returns the autosaver, starting it on first use.
    fn autosaver(&mut self) -> Option<&Autosaver> {
        if self.autosaver.is_none() {
            match Autosaver::start() {
                Ok(autosaver) => self.autosaver = Some(autosaver),
                Err(error) => {
                    log::error!("cannot start the autosave thread: {error}");
                    self.show_error(tr!("app.save_failed", error = error));
                }
            }
        }
        self.autosaver.as_ref()
    }
}
