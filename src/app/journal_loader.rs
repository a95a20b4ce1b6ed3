//! Reading a journal for opening on a worker thread, so that a long journal
//! does not stall the window while it is read, upgraded and validated.
//!
//! [`JournalLoader::start`] reads the journal and its recovery file off the
//! UI thread. The app polls the result once per frame and does the rest on
//! the UI thread: the instance lock, the questions and the messages. Only the
//! latest request counts, because starting another read drops the channel of
//! the one before, so an earlier result that arrives late is thrown away.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::sync::{Arc, Condvar, Mutex, PoisonError};

use crate::model::Journal;
use crate::storage::{FileStamp, StorageError, load_journal_stamped, recover_journal};

/// A journal read from disk, with what opening it needs.
#[derive(Debug)]
pub struct LoadedJournal {
    pub journal: Journal,
    /// The file as read, so the autosaver can tell when another program changes it.
    pub stamp: FileStamp,
    /// Changes a crash left in the recovery file (`Ok(None)` when there are
    /// none), or why that file could not be read. A damaged recovery file does
    /// not stop the journal from opening.
    pub recovery: Result<Option<Journal>, StorageError>,
}

/// Result of reading a journal for opening: the journal, or why it cannot open.
pub type LoadResult = Result<LoadedJournal, StorageError>;

/// Reads, upgrades and validates the journal at `path`, then reads its
/// recovery file, on the calling thread.
pub fn load_for_opening(path: &Path) -> LoadResult {
    let (journal, stamp) = load_journal_stamped(path)?;
    let recovery = recover_journal(path);
    Ok(LoadedJournal {
        journal,
        stamp,
        recovery,
    })
}

/// The journal being read for opening, if any.
#[derive(Default)]
pub struct JournalLoader {
    /// Path being read and the channel its worker replies on.
    pending: Option<(PathBuf, Receiver<LoadResult>)>,
    /// Gate that workers wait on before they reply, set by [`Self::hold_results`].
    gate: Option<Arc<GateState>>,
}

impl JournalLoader {
    /// Starts reading `path` on a worker thread, which requests a repaint of
    /// `ctx` when the result is ready. A read already running is abandoned: its
    /// result is dropped when it arrives. Returns an error when the thread
    /// cannot start.
    pub fn start(&mut self, path: PathBuf, ctx: &egui::Context) -> std::io::Result<()> {
        if let Some((previous, _)) = self.pending.take() {
            log::debug!(
                "opening {} replaces the unfinished opening of {}",
                path.display(),
                previous.display()
            );
        }
        let (sender, receiver) = channel();
        let ctx = ctx.clone();
        let gate = self.gate.clone();
        let worker_path = path.clone();
        std::thread::Builder::new()
            .name("journal-open".to_owned())
            .spawn(move || {
                let result = load_for_opening(&worker_path);
                if let Some(gate) = gate {
                    gate.wait();
                }
                // The receiver is gone when a later request replaced this one.
                if sender.send(result).is_ok() {
                    ctx.request_repaint();
                }
            })?;
        self.pending = Some((path, receiver));
        Ok(())
    }

    /// Abandons the read in progress, if any.
    pub fn cancel(&mut self) {
        self.pending = None;
    }

    /// Returns the path being read, while a read is in progress.
    pub fn path(&self) -> Option<&Path> {
        self.pending.as_ref().map(|(path, _)| path.as_path())
    }

    pub fn is_busy(&self) -> bool {
        self.pending.is_some()
    }

    /// Returns the finished read, once, without blocking.
    pub fn poll(&mut self) -> Option<(PathBuf, LoadResult)> {
        let (_, receiver) = self.pending.as_ref()?;
        let result = match receiver.try_recv() {
            Ok(result) => result,
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => {
                let (path, _) = self.pending.as_ref()?;
                log::error!(
                    "the thread reading {} stopped without a result",
                    path.display()
                );
                Err(StorageError::Read {
                    path: path.clone(),
                    source: std::io::Error::other("the reading thread stopped without a result"),
                })
            }
        };
        let (path, _) = self.pending.take()?;
        Some((path, result))
    }

    /// Makes every read started from now on wait, once the file is read,
    /// until the returned gate is released or dropped. Tests use it to see the
    /// window while a journal is being opened.
    pub fn hold_results(&mut self) -> OpenGate {
        let state = Arc::new(GateState::default());
        self.gate = Some(Arc::clone(&state));
        OpenGate(state)
    }
}

/// Handle that lets held reads reply (see [`JournalLoader::hold_results`]).
/// Dropping it releases them too, so a failing test leaves no thread waiting.
pub struct OpenGate(Arc<GateState>);

impl OpenGate {
    pub fn release(&self) {
        self.0.release();
    }
}

impl Drop for OpenGate {
    fn drop(&mut self) {
        self.0.release();
    }
}

#[derive(Default)]
struct GateState {
    released: Mutex<bool>,
    changed: Condvar,
}

impl GateState {
    fn release(&self) {
        let mut released = self.released.lock().unwrap_or_else(PoisonError::into_inner);
        *released = true;
        self.changed.notify_all();
    }

    fn wait(&self) {
        let mut released = self.released.lock().unwrap_or_else(PoisonError::into_inner);
        while !*released {
            released = self
                .changed
                .wait(released)
                .unwrap_or_else(PoisonError::into_inner);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    /// Polls `loader` until it reports, for at most five seconds.
    fn wait_for(loader: &mut JournalLoader) -> (PathBuf, LoadResult) {
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            if let Some(finished) = loader.poll() {
                return finished;
            }
            assert!(Instant::now() < deadline, "the read did not finish in 5 s");
            std::thread::sleep(Duration::from_millis(2));
        }
    }

    #[test]
    fn later_request_replaces_earlier() {
        let folder = tempfile::tempdir().expect("temporary folder");
        let first = folder.path().join("first.ron");
        let second = folder.path().join("second.ron");
        crate::storage::save_journal(&Journal::default(), &first).expect("save");
        crate::storage::save_journal(&crate::app::sample_journal(), &second).expect("save");

        let ctx = egui::Context::default();
        let mut loader = JournalLoader::default();
        let gate = loader.hold_results();
        loader.start(first, &ctx).expect("start");
        loader.start(second.clone(), &ctx).expect("start");
        assert_eq!(loader.path(), Some(second.as_path()));
        gate.release();

        let (path, result) = wait_for(&mut loader);
        assert_eq!(path, second);
        let loaded = result.expect("the sample journal loads");
        assert_eq!(
            loaded.journal.sessions.len(),
            crate::app::sample_journal().sessions.len()
        );
        assert!(!loader.is_busy());
        assert!(loader.poll().is_none(), "the first result is dropped");
    }

    #[test]
    fn missing_file_reports_read_error() {
        let folder = tempfile::tempdir().expect("temporary folder");
        let missing = folder.path().join("missing.ron");
        let mut loader = JournalLoader::default();
        loader
            .start(missing.clone(), &egui::Context::default())
            .expect("start");
        let (path, result) = wait_for(&mut loader);
        assert_eq!(path, missing);
        assert!(
            matches!(result, Err(StorageError::Read { .. })),
            "result: {result:?}"
        );
    }
}
