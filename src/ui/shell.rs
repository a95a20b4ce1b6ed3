//! The window around the panels: menu bar, navigation, status bar, and the
//! windows for errors, typed paths and unsaved changes.

use egui::{Key, KeyboardShortcut, Modifiers, Ui};

use crate::app::{
    Command, DialogPurpose, LAST_JOURNAL_KEY, PANEL_KEY, Panel, RECENT_JOURNALS_KEY, TopsetApp,
};
use crate::app::{Leaving, StorageAnswer, StorageQuestion};
use crate::tr;

/// A menu entry: its label, its shortcut and the command it queues. Menus
/// and keyboard shortcuts both read this table.
struct MenuEntry {
    label_key: &'static str,
    shortcut: Option<KeyboardShortcut>,
    command: fn() -> Command,
}

const CTRL: Modifiers = Modifiers::COMMAND;
const CTRL_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..Modifiers::COMMAND
};

const FILE_MENU: &[MenuEntry] = &[
    MenuEntry {
        label_key: "menu.new",
        shortcut: Some(KeyboardShortcut::new(CTRL, Key::N)),
        command: || Command::NewJournal,
    },
    MenuEntry {
        label_key: "menu.open",
        shortcut: Some(KeyboardShortcut::new(CTRL, Key::O)),
        command: || Command::OpenJournalDialog,
    },
    MenuEntry {
        label_key: "menu.save",
        shortcut: Some(KeyboardShortcut::new(CTRL, Key::S)),
        command: || Command::Save,
    },
    MenuEntry {
        label_key: "menu.save_as",
        shortcut: Some(KeyboardShortcut::new(CTRL_SHIFT, Key::S)),
        command: || Command::SaveAsDialog,
    },
    MenuEntry {
        label_key: "menu.import_history",
        shortcut: None,
        command: || Command::ImportHistoryDialog,
    },
    MenuEntry {
        label_key: "menu.quit",
        shortcut: Some(KeyboardShortcut::new(CTRL, Key::Q)),
        command: || Command::Quit,
    },
];

const EDIT_MENU: &[MenuEntry] = &[
    MenuEntry {
        label_key: "menu.undo",
        shortcut: Some(KeyboardShortcut::new(CTRL, Key::Z)),
        command: || Command::Undo,
    },
    MenuEntry {
        label_key: "menu.redo",
        shortcut: Some(KeyboardShortcut::new(CTRL_SHIFT, Key::Z)),
        command: || Command::Redo,
    },
];

/// Ctrl+Y, the other common redo shortcut; it has no menu entry of its own.
const REDO_ALTERNATIVE: KeyboardShortcut = KeyboardShortcut::new(CTRL, Key::Y);

const PANELS: [(Panel, &str); 6] = [
    (Panel::SessionLogger, "nav.session_logger"),
    (Panel::History, "nav.history"),
    (Panel::ProgramEditor, "nav.program_editor"),
    (Panel::Progress, "nav.progress"),
    (Panel::Calculator, "nav.calculator"),
    (Panel::Settings, "nav.settings"),
];

/// Start-up benchmark hook (`scripts/bench/startup.sh`): with
/// `TOPSET_EXIT_AFTER_FIRST_FRAME=1` the process exits when the second frame
/// starts, that is once the first frame is on screen.
fn exit_after_first_frame(ctx: &egui::Context) {
    static ENABLED: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    let enabled = *ENABLED.get_or_init(|| {
        std::env::var_os("TOPSET_EXIT_AFTER_FIRST_FRAME").is_some_and(|value| value == "1")
    });
    if !enabled {
        return;
    }
    if ctx.cumulative_frame_nr() > 0 {
        std::process::exit(0);
    }
    ctx.request_repaint();
}

impl eframe::App for TopsetApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        exit_after_first_frame(ui.ctx());
        self.frame_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if let Some(path) = &self.path {
            eframe::set_value(storage, LAST_JOURNAL_KEY, path);
        }
        eframe::set_value(storage, RECENT_JOURNALS_KEY, &self.recent);
        eframe::set_value(storage, PANEL_KEY, &self.panel);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.finish_saves();
    }
}

impl TopsetApp {
    /// Draws one frame and applies what the user asked for during it.
    pub fn frame_ui(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        self.shortcuts(&ctx);
        self.close_request(&ctx);
        self.dropped_files(&ctx);

        egui::Panel::top("menu_bar").show(ui, |ui| self.menu_bar_ui(ui));
        egui::Panel::bottom("status_bar").show(ui, |ui| self.status_bar_ui(ui));
        egui::Panel::left("navigation")
            .resizable(false)
            .default_size(170.0)
            .show(ui, |ui| self.navigation_ui(ui));
        egui::CentralPanel::default().show(ui, |ui| self.central_ui(ui));

        self.path_prompt_ui(&ctx);
        self.about_window_ui(&ctx);
        self.guide_window_ui(&ctx);
        self.import_window_ui(&ctx);
        self.error_window_ui(&ctx);
        self.storage_question_ui(&ctx);
        self.confirm_leave_ui(&ctx);

        self.run_logic(&ctx);
        // A viewport command asks for a repaint, so send the title only when it changes.
        let title = self.title();
        if title != self.shown_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
    }

    fn shortcuts(&mut self, ctx: &egui::Context) {
        // A focused text field keeps Ctrl+Z for its own undo.
        let typing =
            ctx.memory(|memory| memory.focused().is_some()) && ctx.egui_wants_keyboard_input();
        // egui matches Ctrl+Z against Ctrl+Shift+Z too, so shortcuts with
        // Shift must be tried first.
        let mut entries: Vec<&MenuEntry> = FILE_MENU.iter().chain(EDIT_MENU).collect();
        entries.sort_by_key(|entry| {
            !entry
                .shortcut
                .is_some_and(|shortcut| shortcut.modifiers.shift)
        });
        ctx.input_mut(|input| {
            for entry in entries {
                let Some(shortcut) = entry.shortcut else {
                    continue;
                };
                if typing
                    && entry.label_key.starts_with("menu.undo")
                        | entry.label_key.starts_with("menu.redo")
                {
                    continue;
                }
                if input.consume_shortcut(&shortcut) {
                    self.commands.push((entry.command)());
                }
            }
            if !typing && input.consume_shortcut(&REDO_ALTERNATIVE) {
                self.commands.push(Command::Redo);
            }
        });
    }

    /// Stops the window from closing while a sample or new journal has
    /// unsaved changes, and asks instead.
    fn close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|input| input.viewport().close_requested()) {
            if self.has_changes_in_no_file() {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                self.confirm_leave = Some(Leaving::Quit);
            } else {
                self.finish_saves();
            }
        }
    }

    fn menu_bar_ui(&mut self, ui: &mut Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(tr!("menu.file"), |ui| self.menu_entries_ui(ui, FILE_MENU));
            ui.menu_button(tr!("menu.edit"), |ui| self.menu_entries_ui(ui, EDIT_MENU));
            ui.menu_button(tr!("menu.help"), |ui| {
                if ui.button(tr!("menu.guide")).clicked() {
                    self.guide = Some(None);
                    ui.close();
                }
                if ui.button(tr!("menu.about")).clicked() {
                    self.show_about = true;
                    ui.close();
                }
            });
            // The logger shows its own countdown; elsewhere the menu bar does.
            if self.panel != Panel::SessionLogger {
                ui.separator();
                crate::ui::session_logger::rest_countdown_ui(
                    ui,
                    &mut self.logger.rest,
                    std::time::Instant::now(),
                );
            }
        });
    }

    fn recent_menu_ui(&mut self, ui: &mut Ui) {
        ui.menu_button(tr!("menu.open_recent"), |ui| {
            if self.recent.is_empty() {
                ui.label(tr!("menu.no_recent"));
            }
            for path in self.recent.clone() {
                if ui.button(path.display().to_string()).clicked() {
                    self.commands.push(Command::OpenJournal(path));
                    ui.close();
                }
            }
        });
    }

    /// Opens a journal, or imports a shared program or a CSV export, dropped
    /// onto the window.
    fn dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<std::path::PathBuf> = ctx.input(|input| {
            input
                .raw
                .dropped_files
                .iter()
                .filter(|file| !file.path().as_os_str().is_empty())
                .map(|file| file.path().to_owned())
                .collect()
        });
        for path in dropped {
            let extension = path
                .extension()
                .map(|extension| extension.to_string_lossy().to_ascii_lowercase());
            match extension.as_deref() {
                Some("csv") => self
                    .commands
                    .push(Command::PathChosen(DialogPurpose::ImportHistory, path)),
                // NOTE: telling a program from a journal reads the file on the UI
                // thread; dropped files are rare and program files small.
                Some("ron") if crate::storage::load_program_file(&path).is_ok() => self
                    .commands
                    .push(Command::PathChosen(DialogPurpose::ImportProgram, path)),
                Some("ron") => self.commands.push(Command::OpenJournal(path)),
                _ => self.show_error(tr!("app.drop_unknown", path = path.display())),
            }
        }
    }

    fn menu_entries_ui(&mut self, ui: &mut Ui, entries: &[MenuEntry]) {
        for entry in entries {
            let enabled = match entry.label_key {
                "menu.undo" => self.history.can_undo(),
                "menu.redo" => self.history.can_redo(),
                _ => true,
            };
            let mut button = egui::Button::new(tr!(entry.label_key));
            if let Some(shortcut) = entry.shortcut {
                button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
            }
            if ui.add_enabled(enabled, button).clicked() {
                self.commands.push((entry.command)());
                ui.close();
            }
            if entry.label_key == "menu.open" {
                self.recent_menu_ui(ui);
            }
        }
    }

    fn navigation_ui(&mut self, ui: &mut Ui) {
        ui.add_space(6.0);
        for (panel, key) in PANELS {
            let selected = self.panel == panel;
            if ui
                .add_sized([150.0, 28.0], egui::Button::selectable(selected, tr!(key)))
                .clicked()
            {
                self.panel = panel;
            }
        }
    }

    fn status_bar_ui(&mut self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            if let Some(path) = self.journal_loader.path() {
                let file = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |name| name.to_string_lossy().into_owned(),
                );
                // The spinner repaints the window until the journal opens.
                ui.spinner();
                ui.label(tr!("app.opening", file = file))
                    .on_hover_text(path.display().to_string());
                ui.separator();
            }
            // A conflict stops saving until the user chooses what to do.
            let save_held = matches!(
                self.storage_question,
                Some(StorageQuestion::Conflict { .. })
            );
            let journal_state = match (&self.path, self.unsaved) {
                (Some(_), true) if save_held => tr!("status.unsaved"),
                (Some(_), true) => tr!("status.saving"),
                (Some(_), false) => tr!("status.saved"),
                (None, true) => tr!("status.unsaved"),
                (None, false) => tr!("status.not_in_file"),
            };
            ui.label(journal_state);
            ui.separator();
            ui.label(tr!(
                "status.counts",
                sessions = self.journal.sessions.len(),
                programs = self.journal.programs.len()
            ));
            if let Some(notice) = &self.notice
                && !notice.is_error
            {
                ui.separator();
                ui.label(&notice.text);
            }
        });
    }

    fn central_ui(&mut self, ui: &mut Ui) {
        match self.panel {
            Panel::ProgramEditor => {
                self.program_editor.journal_revision = self.revision;
                crate::ui::program_editor::program_editor_ui(
                    ui,
                    &mut self.program_editor,
                    &self.journal,
                    &mut self.commands,
                )
            }
            Panel::Settings => crate::ui::settings::settings_ui(
                ui,
                &mut self.settings,
                &self.journal.settings,
                &mut self.commands,
            ),
            Panel::SessionLogger => {
                let clock = crate::ui::session_logger::LoggerClock {
                    now: std::time::Instant::now(),
                    local: self.clock.now(),
                };
                crate::ui::session_logger::session_logger_ui(
                    ui,
                    &mut self.logger,
                    &self.journal,
                    clock,
                    &mut self.commands,
                );
            }
            Panel::History => crate::ui::history::history_ui(
                ui,
                &mut self.history_panel,
                &self.journal,
                &mut self.commands,
            ),
            Panel::Progress => crate::ui::progress::progress_ui(
                ui,
                &mut self.progress,
                &self.journal,
                self.revision,
                self.clock.now().date(),
                &mut self.commands,
            ),
            Panel::Calculator => crate::ui::calculator::calculator_ui(
                ui,
                &mut self.calculator,
                &self.journal.settings,
            ),
        }
    }

    fn path_prompt_ui(&mut self, ctx: &egui::Context) {
        let Some(prompt) = &mut self.path_prompt else {
            return;
        };
        let mut open = true;
        let mut cancelled = false;
        let mut chosen = None;
        egui::Window::new(tr!("prompt.title"))
            .collapsible(false)
            .open(&mut open)
            .show(ctx, |ui| {
                if !self.dialogs.native_available() {
                    ui.label(tr!("prompt.no_dialog"));
                }
                let label = ui.label(prompt_label(&prompt.purpose));
                let response = ui
                    .add(egui::TextEdit::singleline(&mut prompt.text).desired_width(360.0))
                    .labelled_by(label.id);
                // The path is typed at once, without a click into the field.
                if !prompt.focused {
                    response.request_focus();
                    prompt.focused = true;
                }
                let entered =
                    response.lost_focus() && ui.input(|input| input.key_pressed(Key::Enter));
                ui.horizontal(|ui| {
                    if (ui.button(tr!("prompt.ok")).clicked() || entered)
                        && !prompt.text.trim().is_empty()
                    {
                        chosen = Some(std::path::PathBuf::from(prompt.text.trim()));
                    }
                    if ui.button(tr!("quit.cancel")).clicked()
                        || ui.input(|input| input.key_pressed(Key::Escape))
                    {
                        cancelled = true;
                    }
                });
            });
        if let Some(path) = chosen {
            let purpose = prompt.purpose.clone();
            self.path_prompt = None;
            self.commands.push(Command::PathChosen(purpose, path));
        } else if !open || cancelled {
            self.path_prompt = None;
        }
    }

    fn import_window_ui(&mut self, ctx: &egui::Context) {
        if !self.import_dialog.open {
            return;
        }
        egui::Window::new(tr!("menu.import_history"))
            .collapsible(false)
            .default_width(620.0)
            .show(ctx, |ui| {
                crate::ui::import_dialog::import_dialog_ui(
                    ui,
                    &mut self.import_dialog,
                    &self.journal,
                    &mut self.commands,
                )
            });
    }

    fn guide_window_ui(&mut self, ctx: &egui::Context) {
        let Some(highlight) = self.guide else { return };
        let mut open = true;
        egui::Window::new(tr!("guide.title"))
            .open(&mut open)
            .default_width(560.0)
            .show(ctx, |ui| crate::ui::guide::guide_ui(ui, highlight));
        if !open {
            self.guide = None;
        }
    }

    fn about_window_ui(&mut self, ctx: &egui::Context) {
        egui::Window::new(tr!("about.title"))
            .collapsible(false)
            .resizable(false)
            .open(&mut self.show_about)
            .show(ctx, |ui| {
                ui.heading("Topset");
                ui.label(tr!("about.version", version = env!("CARGO_PKG_VERSION")));
                ui.label(tr!("about.summary"));
                ui.label(tr!("about.licence", licence = env!("CARGO_PKG_LICENSE")));
            });
    }

    fn storage_question_ui(&mut self, ctx: &egui::Context) {
        let Some(question) = &self.storage_question else {
            return;
        };
        let (title, body, choices) = match question {
            StorageQuestion::Conflict { path } => {
                let text = crate::app::autosave::ConflictDialogText::new(path);
                (
                    text.title,
                    text.body,
                    vec![
                        (text.reload, StorageAnswer::ConflictReload),
                        (text.overwrite, StorageAnswer::ConflictOverwrite),
                        (text.save_elsewhere, StorageAnswer::ConflictSaveElsewhere),
                    ],
                )
            }
            StorageQuestion::Recovery { path, .. } => (
                tr!("storage.recovery.title"),
                tr!("storage.recovery.body", path = path.display()),
                vec![
                    (
                        tr!("storage.recovery.restore"),
                        StorageAnswer::RestoreRecovered,
                    ),
                    (
                        tr!("storage.recovery.discard"),
                        StorageAnswer::DiscardRecovered,
                    ),
                ],
            ),
            StorageQuestion::Locked { path, pid, .. } => (
                tr!("storage.lock.title"),
                tr!("storage.lock.body", path = path.display(), pid = pid),
                vec![
                    (tr!("storage.lock.open_anyway"), StorageAnswer::OpenAnyway),
                    (tr!("storage.lock.cancel"), StorageAnswer::Cancel),
                ],
            ),
        };
        let mut answer = None;
        egui::Window::new(title)
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                ui.label(body);
                ui.horizontal(|ui| {
                    for (label, choice) in choices {
                        if ui.button(label).clicked() {
                            answer = Some(choice);
                        }
                    }
                });
            });
        if let Some(answer) = answer {
            self.answer_storage_question(answer);
        }
    }

    fn error_window_ui(&mut self, ctx: &egui::Context) {
        let Some(notice) = &self.notice else { return };
        if !notice.is_error {
            return;
        }
        let mut dismissed = false;
        egui::Window::new(tr!("error.title"))
            .collapsible(false)
            .show(ctx, |ui| {
                ui.label(&notice.text);
                if ui.button(tr!("prompt.ok")).clicked() {
                    dismissed = true;
                }
            });
        if dismissed {
            self.notice = None;
        }
    }

    /// Asks what to do with changes in no file before quitting, starting a
    /// new journal or opening another: save them as a file, discard them and
    /// go on, or cancel.
    fn confirm_leave_ui(&mut self, ctx: &egui::Context) {
        let Some(leaving) = self.confirm_leave.clone() else {
            return;
        };
        let discard_label = match leaving {
            Leaving::Quit => tr!("quit.discard"),
            Leaving::NewJournal | Leaving::Open(_) => tr!("quit.discard_changes"),
        };
        egui::Window::new(tr!("quit.title"))
            .collapsible(false)
            .show(ctx, |ui| {
                ui.label(tr!("quit.unsaved"));
                ui.horizontal(|ui| {
                    if ui.button(tr!("menu.save_as")).clicked() {
                        self.confirm_leave = None;
                        self.commands.push(Command::SaveAsDialog);
                    }
                    if ui.button(discard_label).clicked() {
                        self.confirm_leave = None;
                        self.unsaved = false;
                        match leaving {
                            Leaving::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
                            Leaving::NewJournal => self.commands.push(Command::NewJournal),
                            Leaving::Open(path) => self.commands.push(Command::OpenJournal(path)),
                        }
                    }
                    if ui.button(tr!("quit.cancel")).clicked() {
                        self.confirm_leave = None;
                    }
                });
            });
    }
}

fn prompt_label(purpose: &DialogPurpose) -> String {
    match purpose {
        DialogPurpose::OpenJournal => tr!("prompt.open_journal"),
        DialogPurpose::SaveJournalAs => tr!("prompt.save_journal"),
        DialogPurpose::ImportHistory => tr!("prompt.import_history"),
        DialogPurpose::ExportChart => tr!("prompt.export_chart"),
        DialogPurpose::ExportProgram(_) => tr!("editor.prompt_export_program"),
        DialogPurpose::ImportProgram => tr!("editor.prompt_import_program"),
        DialogPurpose::PrintProgram(_) => tr!("editor.prompt_print_sheet"),
    }
}
