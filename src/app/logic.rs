//! Per-frame work that is not drawing: applying commands and polling
//! dialogs and saves.

use std::path::{Path, PathBuf};

use super::{Command, DialogOutcome, DialogPurpose, Leaving, Notice, PathPrompt, TopsetApp};
use crate::model::{Journal, Session};

/// How often the window looks for the save thread's results while changes
/// wait to be saved.
const SAVE_POLL_INTERVAL: std::time::Duration = std::time::Duration::from_millis(250);
use crate::{tr, tr_count};

impl TopsetApp {
    /// Applies the queued commands, then reads finished dialogs, opens and saves.
    pub fn run_logic(&mut self, ctx: &egui::Context) {
        let commands = std::mem::take(&mut self.commands);
        if !commands.is_empty() {
            // The frame was drawn before these changes, so one more shows them.
            ctx.request_repaint();
        }
        for command in commands {
            self.apply(command, ctx);
        }
        // After the commands, so an open requested this frame drops the
        // result of an earlier one, and edits made this frame are saved to
        // the journal being left.
        self.poll_opening();

        if let Some(outcome) = self.dialogs.poll() {
            match outcome {
                DialogOutcome::Chosen(purpose, path) => {
                    self.apply(Command::PathChosen(purpose, path), ctx)
                }
                DialogOutcome::Cancelled(_) => {}
            }
        }

        for outcome in self.tasks.poll() {
            match outcome {
                Ok(text) => {
                    self.notice = Some(Notice {
                        text,
                        is_error: false,
                    })
                }
                Err(text) => {
                    log::error!("{text}");
                    self.show_error(text);
                }
            }
        }

        if let Some(message) = self
            .import_task
            .poll(&mut self.import_dialog, &self.journal, ctx)
        {
            self.show_error(message);
        }
        if let Some((added, already_there)) = self.import_dialog.last_result.take() {
            self.notice = Some(Notice {
                text: tr_count!("app.import_done", added, already_there = already_there),
                is_error: false,
            });
        }

        self.poll_saves();
        // The save thread does not wake the window, so while a save is due
        // the window looks for its result (a conflict question, the status)
        // a few times a second. A question on screen waits for the user.
        // NOTE: the journal loader wakes the window through its
        // `egui::Context`; the autosaver could do the same and end this poll.
        if self.unsaved && self.path.is_some() && self.storage_question.is_none() {
            ctx.request_repaint_after(SAVE_POLL_INTERVAL);
        }
    }

    /// Writes `session` into the journal, in place of the session with its
    /// id and start, or as a new session.
    pub(super) fn save_session(&mut self, session: Session) {
        self.change_journal(None, |journal| {
            match journal
                .sessions
                .iter_mut()
                .find(|existing| existing.id == session.id)
            {
                Some(existing) if existing.start == session.start => *existing = session,
                Some(_) => {
                    journal
                        .sessions
                        .retain(|existing| existing.id != session.id);
                    journal.insert_session(session);
                }
                None => journal.insert_session(session),
            }
        });
    }

    fn apply(&mut self, command: Command, ctx: &egui::Context) {
        match command {
            // A CSV export chosen in File > Open is history to import.
            Command::OpenJournal(path) if has_extension(&path, "csv") => {
                self.import_task.read_file(path, ctx)
            }
            Command::NewJournal if self.has_changes_in_no_file() => {
                self.confirm_leave = Some(Leaving::NewJournal);
            }
            Command::OpenJournal(path) if self.has_changes_in_no_file() => {
                self.confirm_leave = Some(Leaving::Open(path));
            }
            Command::NewJournal => {
                // The later request wins over a journal still being read.
                self.journal_loader.cancel();
                let mut journal = Journal::default();
                journal.settings = self.journal.settings.clone();
                self.replace_journal_file(journal, None);
            }
            Command::OpenJournalDialog => self.ask_path(DialogPurpose::OpenJournal, ctx),
            Command::OpenJournal(path) => self.start_opening(path, ctx),
            Command::Save => match self.path.clone() {
                Some(_) => self.finish_saves(),
                None => self.ask_path(DialogPurpose::SaveJournalAs, ctx),
            },
            Command::SaveAsDialog => self.ask_path(DialogPurpose::SaveJournalAs, ctx),
            Command::SaveAs(path) => self.save_as(path),
            Command::ImportHistoryDialog => self.ask_path(DialogPurpose::ImportHistory, ctx),
            Command::TypePath(purpose) => {
                self.path_prompt = Some(PathPrompt {
                    purpose,
                    text: String::new(),
                    focused: false,
                })
            }
            Command::PathChosen(purpose, path) => self.use_path(purpose, path, ctx),
            Command::ReplaceJournal(journal) => {
                self.change_journal(None, |current| *current = *journal)
            }
            Command::SaveSettings(settings) => {
                let language_changed = settings.language != self.journal.settings.language;
                self.change_journal(None, |journal| journal.settings = *settings);
                if language_changed {
                    crate::set_language(super::effective_language(&self.journal));
                    // Its text is in the language left.
                    self.clear_info_notice();
                }
            }
            Command::SaveSession(session) => self.save_session(*session),
            Command::DeleteSession(id) => self.change_journal(None, |journal| {
                journal.sessions.retain(|session| session.id != id)
            }),
            Command::SaveProgram {
                index,
                program,
                group,
            } => self.change_journal(group.as_deref(), |journal| match index {
                Some(index) if index < journal.programs.len() => journal.programs[index] = *program,
                _ => journal.programs.push(*program),
            }),
            Command::DeleteProgram(index) => self.change_journal(None, |journal| {
                if index < journal.programs.len() {
                    journal.programs.remove(index);
                }
            }),
            Command::ExportProgramDialog(index) => {
                self.ask_path(DialogPurpose::ExportProgram(index), ctx)
            }
            Command::ImportProgramDialog => self.ask_path(DialogPurpose::ImportProgram, ctx),
            Command::PrintProgramDialog(index) => {
                self.ask_path(DialogPurpose::PrintProgram(index), ctx)
            }
            Command::ShowPanel(panel) => self.panel = panel,
            Command::ShowGuide(check) => self.guide = Some(check),
            Command::ExportChartDialog {
                request,
                width,
                height,
            } => {
                self.chart_to_export = Some((request, width, height));
                self.ask_path(DialogPurpose::ExportChart, ctx);
            }
            Command::Notify(text) => {
                self.notice = Some(Notice {
                    text,
                    is_error: false,
                })
            }
            Command::Undo => {
                if let Some(previous) = self.history.undo(&self.journal) {
                    self.set_journal_content(previous);
                }
            }
            Command::Redo => {
                if let Some(next) = self.history.redo(&self.journal) {
                    self.set_journal_content(next);
                }
            }
            Command::Quit => {
                if self.has_changes_in_no_file() {
                    self.confirm_leave = Some(Leaving::Quit);
                } else {
                    self.finish_saves();
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            }
        }
    }

    /// Returns whether the journal on screen (the sample or a new journal)
    /// has changes in no file, which closing it would lose.
    pub fn has_changes_in_no_file(&self) -> bool {
        self.unsaved && self.path.is_none()
    }

    /// Changes the journal through `edit`, records the undo step and saves.
    pub(super) fn change_journal(&mut self, group: Option<&str>, edit: impl FnOnce(&mut Journal)) {
        let before = self.journal.clone();
        edit(&mut self.journal);
        if self.journal == before {
            return;
        }
        self.history.record(&before, group);
        self.after_change();
    }

    pub(super) fn set_journal_content(&mut self, journal: Journal) {
        let language_changed = journal.settings.language != self.journal.settings.language;
        self.journal = journal;
        // A notice about the change just undone or redone no longer holds.
        self.clear_info_notice();
        if language_changed {
            crate::set_language(super::effective_language(&self.journal));
        }
        self.after_change();
    }

    /// Writes the chart chosen earlier to `path` on a worker thread.
    fn export_chart(&mut self, path: PathBuf, ctx: &egui::Context) {
        let Some((request, width, height)) = self.chart_to_export.take() else {
            return;
        };
        let path = with_extension_if_missing(path, "png");
        let journal = self.journal.clone();
        self.tasks.spawn("chart-export", ctx, move || {
            crate::charts::export_chart(&journal, &request, &path, width, height)
                .map(|_| tr!("app.chart_exported", path = path.display()))
                .map_err(|error| tr!("app.chart_export_failed", error = error.localized()))
        });
    }

    fn ask_path(&mut self, purpose: DialogPurpose, ctx: &egui::Context) {
        let journal_name = match &self.path {
            Some(path) => path.file_name().map_or_else(
                || "journal.ron".to_owned(),
                |name| name.to_string_lossy().into_owned(),
            ),
            None => "journal.ron".to_owned(),
        };
        let file_name = self.program_file_name(&purpose).unwrap_or(journal_name);
        if !self.dialogs.open(purpose.clone(), &file_name, ctx) {
            self.path_prompt = Some(PathPrompt {
                purpose,
                text: String::new(),
                focused: false,
            });
        }
    }

    fn use_path(&mut self, purpose: DialogPurpose, path: PathBuf, ctx: &egui::Context) {
        match purpose {
            // Through the command, which first confirms dropping changes in no file.
            DialogPurpose::OpenJournal => self.commands.push(Command::OpenJournal(path)),
            DialogPurpose::SaveJournalAs => self.save_as(with_extension_if_missing(path, "ron")),
            DialogPurpose::ImportHistory => self.import_task.read_file(path, ctx),
            DialogPurpose::ExportChart => self.export_chart(path, ctx),
            DialogPurpose::ExportProgram(index) => {
                self.export_program(index, with_extension_if_missing(path, "ron"), ctx)
            }
            DialogPurpose::ImportProgram => self.import_program(&path),
            DialogPurpose::PrintProgram(index) => {
                self.print_program(index, with_extension_if_missing(path, "html"), ctx)
            }
        }
    }

    /// Removes the notice unless it reports an error, which stays until
    /// the user dismisses it.
    pub(super) fn clear_info_notice(&mut self) {
        if self.notice.as_ref().is_some_and(|notice| !notice.is_error) {
            self.notice = None;
        }
    }

    pub fn show_error(&mut self, text: String) {
        self.notice = Some(Notice {
            text,
            is_error: true,
        });
    }
}

/// Returns whether `path` ends in `.EXTENSION`, in any case.
fn has_extension(path: &Path, extension: &str) -> bool {
    path.extension()
        .is_some_and(|found| found.eq_ignore_ascii_case(extension))
}

pub(super) fn with_extension_if_missing(path: PathBuf, extension: &str) -> PathBuf {
    if path.extension().is_some() {
        path
    } else {
        path.with_extension(extension)
    }
}
