//! Import dialog: shows what importing a file would add, requests the unit
//! when the file does not state it, and applies the import in one step.
//!
//! Parsing runs off the frame loop. The dialog hands the app a
//! [`PreviewJob`] (owned, `Send`) through [`ImportDialogState::take_job`];
//! the app runs it on a worker thread and passes the result back with
//! [`ImportDialogState::finish`]. While it runs, the dialog draws the
//! job's [`ImportProgress`]. Changing the unit or the flagged-values choice
//! queues a new job; a result from an older job is ignored.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::app::Command;
use crate::import::{
    self, ImportError, ImportFormat, ImportOptions, ImportPreview, ImportProgress, RowIssue,
    UnitSource,
};
use crate::model::{Journal, Unit, format_number};
use crate::tr;

/// Issues listed before the list is cut, so a file with thousands of
/// skipped cardio rows still draws quickly.
const MAX_LISTED_ISSUES: usize = 200;

/// Content of the dialog.
#[derive(Debug, Default)]
pub enum ImportStatus {
    /// No file chosen.
    #[default]
    Idle,
    /// A preview job is queued or running.
    Parsing,
    /// The file does not state its unit, so the user must choose one first.
    UnitRequired(ImportFormat),
    /// The file cannot be imported, for the reason in the message.
    Failed(String),
    Ready(Box<ImportPreview>),
}

/// A preview to compute off the frame loop.
#[derive(Debug)]
pub struct PreviewJob {
    /// Number of the request, echoed back to [`ImportDialogState::finish`].
    pub generation: u64,
    pub text: Arc<str>,
    pub options: ImportOptions,
    pub progress: Arc<ImportProgress>,
}

impl PreviewJob {
    /// Parses the file; call it on a worker thread.
    pub fn run(&self) -> (u64, Result<ImportPreview, ImportError>) {
        let result = import::preview(&self.text, &self.options, Some(&self.progress));
        (self.generation, result)
    }
}

/// State of the import dialog.
#[derive(Debug, Default)]
pub struct ImportDialogState {
    /// Whether the dialog is shown.
    pub open: bool,
    /// Name of the file being imported, shown in the heading.
    pub file_name: String,
    /// Text of the file, kept to re-run the preview when an option changes.
    text: Option<Arc<str>>,
    pub status: ImportStatus,
    /// Unit chosen by the user for loads the file does not state.
    pub unit: Option<Unit>,
    /// Whether sets with implausible values are imported anyway.
    pub keep_flagged: bool,
    /// Whether a new preview must be computed.
    job_wanted: bool,
    /// Number of the latest preview request.
    generation: u64,
    /// Progress of the running preview.
    pub progress: Arc<ImportProgress>,
    /// Exercise names being edited: journal name in the preview → text typed.
    name_edits: BTreeMap<String, String>,
    /// Sessions added and already present, after the last import.
    pub last_result: Option<(usize, usize)>,
}

impl ImportDialogState {
    /// Opens the dialog on a file's text and queues its preview.
    pub fn open_file(&mut self, file_name: &str, text: String) {
        *self = Self {
            open: true,
            file_name: file_name.to_owned(),
            text: Some(Arc::from(text)),
            status: ImportStatus::Parsing,
            job_wanted: true,
            generation: self.generation,
            ..Self::default()
        };
    }

    /// The preview the app should run next, if one is wanted. `journal`
    /// supplies the exercise names and aliases.
    pub fn take_job(&mut self, journal: &Journal) -> Option<PreviewJob> {
        if !self.job_wanted {
            return None;
        }
        let text = self.text.clone()?;
        self.job_wanted = false;
        self.generation += 1;
        self.progress = Arc::new(ImportProgress::default());
        self.status = ImportStatus::Parsing;
        let mut options = ImportOptions::for_journal(journal);
        options.unit = self.unit;
        options.keep_flagged = self.keep_flagged;
        Some(PreviewJob {
            generation: self.generation,
            text,
            options,
            progress: Arc::clone(&self.progress),
        })
    }

    /// Shows the result of a preview job, unless a newer job replaced it.
    pub fn finish(&mut self, generation: u64, result: Result<ImportPreview, ImportError>) {
        if generation != self.generation || !self.open {
            return;
        }
        self.status = match result {
            Ok(preview) => ImportStatus::Ready(Box::new(preview)),
            Err(ImportError::UnitRequired { format }) => ImportStatus::UnitRequired(format),
            Err(error) => ImportStatus::Failed(import::error_message(&error)),
        };
        self.name_edits.clear();
    }

    fn close(&mut self) {
        self.open = false;
        self.text = None;
        self.status = ImportStatus::Idle;
        self.job_wanted = false;
    }

    fn request_preview(&mut self) {
        self.job_wanted = true;
        self.status = ImportStatus::Parsing;
    }
}

/// Draws the import dialog's contents (the caller puts them in a window).
/// Import pushes [`Command::ReplaceJournal`] with a copy of `journal` that
/// contains the new sessions, so the import is one undo step.
pub fn import_dialog_ui(
    ui: &mut egui::Ui,
    state: &mut ImportDialogState,
    journal: &Journal,
    commands: &mut Vec<Command>,
) {
    ui.heading(tr!("import.dialog_title", file = state.file_name));
    ui.separator();

    match &mut state.status {
        ImportStatus::Idle => {
            ui.label(tr!("import.no_file"));
        }
        ImportStatus::Parsing => {
            let fraction = state.progress.fraction();
            ui.add(egui::ProgressBar::new(fraction).show_percentage().text(tr!(
                "import.reading",
                percent = format!("{:.0}", fraction * 100.0)
            )));
            ui.ctx().request_repaint();
        }
        ImportStatus::Failed(message) => {
            ui.colored_label(ui.visuals().error_fg_color, message.as_str());
        }
        ImportStatus::UnitRequired(format) => {
            ui.label(tr!("import.error_unit", format = format.label()));
            if let Some(unit) = unit_choice_ui(ui, state.unit) {
                state.unit = Some(unit);
                state.request_preview();
            }
        }
        ImportStatus::Ready(preview) => {
            let mut changed = false;
            summary_ui(ui, preview);
            if preview.unit_source == UnitSource::User
                && let Some(unit) = unit_choice_ui(ui, state.unit)
            {
                state.unit = Some(unit);
                changed = true;
            }
            issues_ui(ui, "import.skipped_heading", &preview.skipped);
            issues_ui(ui, "import.notes_heading", &preview.notes);
            if !preview.flagged.is_empty() {
                issues_ui(ui, "import.flagged_heading", &preview.flagged);
                changed |= ui
                    .checkbox(&mut state.keep_flagged, tr!("import.keep_flagged"))
                    .changed();
            }
            names_ui(ui, preview, &mut state.name_edits);
            if changed {
                state.request_preview();
            }
        }
    }

    ui.separator();
    ui.horizontal(|ui| {
        let ready = matches!(state.status, ImportStatus::Ready(_));
        if ui
            .add_enabled(ready, egui::Button::new(tr!("import.import_button")))
            .clicked()
            && let ImportStatus::Ready(preview) = &state.status
        {
            let mut copy = journal.clone();
            match import::apply(&mut copy, preview) {
                Ok(report) => {
                    state.last_result = Some((report.added, report.duplicates));
                    commands.push(Command::ReplaceJournal(Box::new(copy)));
                    state.close();
                }
                // The copy is dropped: the journal stays as it was.
                Err(error) => state.status = ImportStatus::Failed(import::error_message(&error)),
            }
        }
        if ui.button(tr!("import.cancel_button")).clicked() {
            state.close();
        }
    });
}

/// Radio buttons for kg and lb; returns the unit the user picked this frame.
fn unit_choice_ui(ui: &mut egui::Ui, current: Option<Unit>) -> Option<Unit> {
    let mut picked = None;
    ui.horizontal(|ui| {
        ui.label(tr!("import.unit_question"));
        for unit in [Unit::Kg, Unit::Lb] {
            // Each radio button is named by its own text ("kg", "lb").
            if ui.radio(current == Some(unit), unit.symbol()).clicked() {
                picked = Some(unit);
            }
        }
    });
    picked.filter(|unit| Some(*unit) != current)
}

fn summary_ui(ui: &mut egui::Ui, preview: &ImportPreview) {
    let dates = match (preview.first_date, preview.last_date) {
        (Some(first), Some(last)) => tr!(
            "import.cli_dates",
            first = first.to_string(),
            last = last.to_string()
        ),
        _ => String::new(),
    };
    egui::Grid::new("import_summary")
        .num_columns(2)
        .show(ui, |ui| {
            let rows = [
                (
                    tr!("import.format_label"),
                    preview.format.label().to_owned(),
                ),
                (tr!("import.unit_label"), preview.unit.symbol().to_owned()),
                (
                    tr!("import.sessions_label"),
                    preview.sessions.len().to_string(),
                ),
                (
                    tr!("import.working_sets_label"),
                    preview.working_sets.to_string(),
                ),
                (
                    tr!("import.warmup_sets_label"),
                    preview.warmup_sets.to_string(),
                ),
                (tr!("import.dates_label"), dates),
                (
                    tr!("import.cardio_label"),
                    format_number(preview.cardio_rows as f64),
                ),
            ];
            for (name, value) in rows {
                ui.label(name);
                ui.label(value);
                ui.end_row();
            }
        });
}

fn issues_ui(ui: &mut egui::Ui, heading_key: &str, issues: &[RowIssue]) {
    if issues.is_empty() {
        return;
    }
    let heading = tr!(heading_key, count = issues.len());
    egui::CollapsingHeader::new(heading)
        .id_salt(heading_key)
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt(heading_key)
                .max_height(160.0)
                .show(ui, |ui| {
                    for issue in issues.iter().take(MAX_LISTED_ISSUES) {
                        ui.label(tr!(
                            "import.cli_issue",
                            line = issue.line,
                            reason = issue.reason
                        ));
                    }
                    if issues.len() > MAX_LISTED_ISSUES {
                        ui.label(tr!(
                            "import.more_issues",
                            count = issues.len() - MAX_LISTED_ISSUES
                        ));
                    }
                });
        });
}

/// Lists the journal exercise names the import uses, each editable; a name
/// changed and confirmed (Enter or focus lost) renames it in the preview.
fn names_ui(ui: &mut egui::Ui, preview: &mut ImportPreview, edits: &mut BTreeMap<String, String>) {
    let names = preview.journal_exercise_names();
    let heading = tr!("import.names_heading", count = names.len());
    let mut rename = None;
    egui::CollapsingHeader::new(heading)
        .id_salt("import_names")
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("import_names")
                .max_height(200.0)
                .show(ui, |ui| {
                    for name in names {
                        ui.horizontal(|ui| {
                            let label = ui.label(&name);
                            let text = edits.entry(name.clone()).or_insert_with(|| name.clone());
                            let response = ui.text_edit_singleline(text).labelled_by(label.id);
                            if response.lost_focus() && *text != name {
                                rename = Some((name.clone(), text.clone()));
                            }
                        });
                    }
                });
        });
    if let Some((from, to)) = rename {
        preview.rename_exercise(&from, &to);
        edits.clear();
    }
}
