//! Exporting, importing and printing programs: the work behind the program
//! editor's sharing buttons once the user has chosen a file.

use std::path::{Path, PathBuf};

use super::{DialogPurpose, TopsetApp};
use crate::export::program_sheet_html;
use crate::model::{Language, project_program};
use crate::storage::{
    ProgramFile, import_program, program_file_for, program_file_from_str, read_limited,
    save_program_file, unknown_fields,
};
use crate::tr;

impl TopsetApp {
    /// File name a dialog for `purpose` suggests: the program's name with
    /// `.ron` or `.html`; `None` for purposes that are not about a program.
    pub(super) fn program_file_name(&self, purpose: &DialogPurpose) -> Option<String> {
        let (index, extension) = match purpose {
            DialogPurpose::ExportProgram(index) => (*index, "ron"),
            DialogPurpose::PrintProgram(index) => (*index, "html"),
            _ => return None,
        };
        let name = &self.journal.programs.get(index)?.name;
        let stem: String = name
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || c == '-' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        Some(format!("{stem}.{extension}"))
    }

    /// Writes the program at `index` to `path` as a program file, off the UI thread.
    pub(super) fn export_program(&mut self, index: usize, path: PathBuf, ctx: &egui::Context) {
        let Some(file) = program_file_for(&self.journal, index) else {
            return;
        };
        self.tasks.spawn("program-export", ctx, move || {
            save_program_file(&file, &path)
                .map(|()| tr!("editor.exported", path = path.display()))
                .map_err(|error| tr!("editor.export_failed", error = error.localized()))
        });
    }

    /// Adds the program in the file at `path` to the journal, as one undo
    /// step, and lists the exercise names it could not match.
    pub fn import_program(&mut self, path: &Path) {
        let read = read_limited(path).and_then(|text| {
            let file = program_file_from_str(&text, path)?;
            Ok((file, unknown_fields::<ProgramFile>(&text)))
        });
        let (file, unknown) = match read {
            Ok(read) => read,
            Err(error) => {
                log::error!("{error}");
                self.show_error(tr!("editor.import_failed", error = error.localized()));
                return;
            }
        };
        let import = import_program(&self.journal, file);
        let name = import.program.name.clone();
        let unmatched = import.unmatched.clone();
        self.change_journal(None, |journal| import.apply(journal));
        self.program_editor.program = self.journal.programs.len().saturating_sub(1);
        self.program_editor.week = 0;
        let mut text = if unmatched.is_empty() {
            tr!("editor.imported", name = name)
        } else {
            tr!(
                "editor.imported_unmatched",
                name = name,
                exercises = unmatched.join(", ")
            )
        };
        if !unknown.is_empty() {
            text.push(' ');
            text.push_str(&tr!(
                "editor.imported_unknown_fields",
                fields = unknown.join(", ")
            ));
        }
        log::info!("{text}");
        self.notice = Some(super::Notice {
            text,
            is_error: false,
        });
    }

    /// Writes the printable sheet of the program at `index` to `path`, in
    /// the interface language, off the UI thread.
    pub(super) fn print_program(&mut self, index: usize, path: PathBuf, ctx: &egui::Context) {
        let Some(program) = self.journal.programs.get(index) else {
            return;
        };
        let projection = project_program(
            program,
            &self.journal.sessions,
            &self.journal.exercises,
            &self.journal.settings,
        );
        let language = Language::from_locale(&rust_i18n::locale());
        let html = program_sheet_html(program, &projection, language);
        self.tasks.spawn("program-sheet", ctx, move || {
            crate::storage::write_atomically(&path, html.as_bytes())
                .map(|()| tr!("editor.sheet_written", path = path.display()))
                .map_err(|error| {
                    tr!(
                        "editor.sheet_failed",
                        error = format!("{}: {error}", path.display())
                    )
                })
        });
    }
}
