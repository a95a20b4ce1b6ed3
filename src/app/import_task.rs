//! Importing a history export: the file is read and previewed on worker
//! threads while the import dialog shows progress.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::import::{ImportError, ImportPreview};
use crate::storage::read_limited_bytes;
use crate::ui::import_dialog::ImportDialogState;

/// A file being read, or a preview being computed, for the import dialog.
#[derive(Default)]
pub struct ImportTask {
    /// File text on its way: the file name and its text, or why it failed.
    reading: Option<Receiver<Result<(String, String), String>>>,
    /// Preview on its way, with the generation the dialog asked for.
    previewing: Option<Receiver<(u64, Result<ImportPreview, ImportError>)>>,
}

impl ImportTask {
    /// Starts reading `path` for the import dialog.
    pub fn read_file(&mut self, path: PathBuf, ctx: &egui::Context) {
        let (sender, receiver) = channel();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("import-read".to_owned())
            .spawn(move || {
                let _ = sender.send(read_export(&path));
                ctx.request_repaint();
            });
        match spawned {
            Ok(_) => self.reading = Some(receiver),
            Err(error) => log::error!("cannot start the import thread: {error}"),
        }
    }

    /// Moves the dialog along: opens it when the file is read, starts the
    /// preview it asks for, and hands it the finished preview. Returns an
    /// error message when the file could not be read.
    pub fn poll(
        &mut self,
        dialog: &mut ImportDialogState,
        journal: &crate::model::Journal,
        ctx: &egui::Context,
    ) -> Option<String> {
        let mut failure = None;
        if let Some(receiver) = &self.reading {
            match receiver.try_recv() {
                Ok(Ok((name, text))) => {
                    self.reading = None;
                    dialog.open_file(&name, text);
                }
                Ok(Err(message)) => {
                    self.reading = None;
                    failure = Some(message);
                }
                Err(TryRecvError::Empty) => {}
                Err(TryRecvError::Disconnected) => self.reading = None,
            }
        }

        if let Some(job) = dialog.take_job(journal) {
            let (sender, receiver) = channel();
            let ctx = ctx.clone();
            let spawned = std::thread::Builder::new()
                .name("import-preview".to_owned())
                .spawn(move || {
                    let _ = sender.send(job.run());
                    ctx.request_repaint();
                });
            match spawned {
                Ok(_) => self.previewing = Some(receiver),
                Err(error) => log::error!("cannot start the import preview thread: {error}"),
            }
        }

        if let Some(receiver) = &self.previewing {
            match receiver.try_recv() {
                Ok((generation, result)) => {
                    self.previewing = None;
                    dialog.finish(generation, result);
                }
                Err(TryRecvError::Empty) => {}
                Err(TryRecvError::Disconnected) => self.previewing = None,
            }
        }
        failure
    }

    /// Whether a read or a preview is running.
    pub fn is_busy(&self) -> bool {
        self.reading.is_some() || self.previewing.is_some()
    }
}

/// Reads an export as text. Exports are UTF-8, but some older Windows
/// exports are Latin-1: bytes that are not UTF-8 are read as Latin-1 so the
/// import can still go ahead.
fn read_export(path: &Path) -> Result<(String, String), String> {
    let bytes = read_limited_bytes(path).map_err(|error| error.localized())?;
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => error
            .into_bytes()
            .iter()
            .map(|&byte| char::from(byte))
            .collect(),
    };
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    );
    Ok((name, text))
}
