//! Journal saves on a worker thread, one at a time.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::model::Journal;
use crate::storage::save_journal;

/// The save in flight and the newest journal waiting behind it.
#[derive(Default)]
pub struct BackgroundSave {
    in_flight: Option<Receiver<Result<PathBuf, String>>>,
    queued: Option<(Journal, PathBuf)>,
}

impl BackgroundSave {
    /// Saves `journal` to `path` off the UI thread. A request made while a
    /// save runs replaces any older waiting one, so only the newest is written.
    pub fn request(&mut self, journal: Journal, path: PathBuf) {
        if self.in_flight.is_some() {
            self.queued = Some((journal, path));
            return;
        }
        self.start(journal, path);
    }

    fn start(&mut self, journal: Journal, path: PathBuf) {
        let (sender, receiver) = channel();
        let spawned = std::thread::Builder::new()
            .name("journal-save".to_owned())
            .spawn(move || {
                let result = save_journal(&journal, &path)
                    .map(|()| path)
                    .map_err(|error| error.to_string());
                let _ = sender.send(result);
            });
        match spawned {
            Ok(_) => self.in_flight = Some(receiver),
            Err(error) => log::error!("cannot start the save thread: {error}"),
        }
    }

    /// Whether a save is running or waiting.
    pub fn is_busy(&self) -> bool {
        self.in_flight.is_some() || self.queued.is_some()
    }

    /// Returns the result of a finished save, and starts the waiting one.
    pub fn poll(&mut self) -> Option<Result<PathBuf, String>> {
        let receiver = self.in_flight.as_ref()?;
        let result = match receiver.try_recv() {
            Ok(result) => result,
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => Err("the save thread stopped".to_owned()),
        };
        self.in_flight = None;
        if let Some((journal, path)) = self.queued.take() {
            self.start(journal, path);
        }
        Some(result)
    }

    /// Blocks until every requested save is written (used when quitting).
    pub fn finish(&mut self) -> Vec<Result<PathBuf, String>> {
        let mut results = Vec::new();
        while self.is_busy() {
            if let Some(receiver) = self.in_flight.take() {
                results.push(
                    receiver
                        .recv()
                        .unwrap_or_else(|_| Err("the save thread stopped".to_owned())),
                );
            }
            if let Some((journal, path)) = self.queued.take() {
                results.push(
                    save_journal(&journal, &path)
                        .map(|()| path)
                        .map_err(|error| error.to_string()),
                );
            }
        }
        results
    }
}
