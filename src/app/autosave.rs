//! Background saving of the journal.
//!
//! The app hands the [`Autosaver`] a snapshot of the journal each time it
//! changes. A worker thread then:
//! 1. writes the snapshot to the recovery file at once (see
//!    [`crate::storage::write_recovery`]), so a crash loses nothing;
//! 2. saves the journal through [`save_journal_guarded`] at most
//!    [`SAVE_DELAY`] after the first unsaved change, however fast changes
//!    keep coming, then removes the recovery file;
//! 3. reports each result as a [`SaveEvent`] that the app polls every frame.
//!
//! A save that finds the file changed by another program stops and reports
//! [`SaveEvent::Conflict`]; nothing more is written until the app passes the
//! user's [`ConflictChoice`]. A file written by a newer Topset is never
//! replaced. The first save after opening a journal, and then at most one
//! save every [`BACKUP_INTERVAL`], keeps the replaced file as a backup.
//!
//! The decisions live in [`SaverCore`], which takes `now` as an argument so
//! tests drive it with chosen instants; the thread only adds the clock.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::model::Journal;
use crate::storage::{
    Expected, FileStamp, StorageError, backup_path, discard_recovery, save_journal_guarded,
    write_recovery,
};
use crate::tr;

/// Maximum wait between the first unsaved change and its save.
pub const SAVE_DELAY: Duration = Duration::from_secs(1);
/// Wait before trying again after a save failed (a full disk, a lost share).
pub const RETRY_DELAY: Duration = Duration::from_secs(10);
/// Shortest time between two backups of the same journal.
pub const BACKUP_INTERVAL: Duration = Duration::from_secs(10 * 60);

/// When the next save is due: [`SAVE_DELAY`] after the first change that is
/// not saved yet, so steady typing cannot postpone it forever.
#[derive(Clone, Debug)]
pub struct SaveSchedule {
    delay: Duration,
    due: Option<Instant>,
}

impl SaveSchedule {
    pub fn new(delay: Duration) -> Self {
        Self { delay, due: None }
    }

    /// Records a change made at `now`.
    pub fn changed(&mut self, now: Instant) {
        if self.due.is_none() {
            self.due = Some(now + self.delay);
        }
    }

    /// Moves the due time to `at`, for a retry after a failure.
    pub fn retry_at(&mut self, at: Instant) {
        self.due = Some(at);
    }

    /// The instant the pending save is due, if one is pending.
    pub fn due(&self) -> Option<Instant> {
        self.due
    }

    pub fn is_due(&self, now: Instant) -> bool {
        self.due.is_some_and(|due| now >= due)
    }

    /// Forgets the pending save (it was written, or the user dropped it).
    pub fn clear(&mut self) {
        self.due = None;
    }
}

/// Choice the user made in the conflict dialog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConflictChoice {
    /// Drop the unsaved changes; the app reloads the journal from disk and
    /// calls [`Autosaver::opened`] with the new stamp.
    Reload,
    /// Replace the file on disk with the app's journal.
    Overwrite,
    /// Write the app's journal to another path, which becomes the journal's path.
    SaveElsewhere(PathBuf),
}

/// Texts of the conflict dialog, in the interface language. The app draws
/// the dialog with one button per [`ConflictChoice`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConflictDialogText {
    pub title: String,
    pub body: String,
    pub reload: String,
    pub overwrite: String,
    pub save_elsewhere: String,
}

impl ConflictDialogText {
    pub fn new(path: &Path) -> Self {
        Self {
            title: tr!("storage.conflict.title"),
            body: tr!(
                "storage.conflict.body",
                path = path.display(),
                backup = backup_path(path, 1)
                    .file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
            ),
            reload: tr!("storage.conflict.reload"),
            overwrite: tr!("storage.conflict.overwrite"),
            save_elsewhere: tr!("storage.conflict.save_elsewhere"),
        }
    }
}

/// A result of the saver, polled by the app each frame.
#[derive(Debug)]
pub enum SaveEvent {
    /// The journal was written to `path`, which differs from the opened
    /// path after [`ConflictChoice::SaveElsewhere`].
    Saved { path: PathBuf, stamp: FileStamp },
    /// Another program changed the file; show the conflict dialog.
    Conflict { path: PathBuf },
    /// Writing failed. Unless the error protects the file (a newer Topset's
    /// journal), the save is tried again after [`RETRY_DELAY`].
    Failed { path: PathBuf, error: StorageError },
    /// The recovery file could not be written; the journal save goes on.
    RecoveryFailed { error: StorageError },
}

/// What a [`Autosaver::flush`] left behind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FlushResult {
    /// Every change is on disk.
    Clean,
    /// Changes remain unsaved, because of a conflict or a failed write; the
    /// app should say so before quitting.
    Unsaved,
    /// The worker did not reply in time.
    TimedOut,
}

/// The journal the saver writes to and what it expects to find there.
#[derive(Clone, Debug)]
struct Target {
    path: PathBuf,
    expected: Expected,
}

/// The saver's decisions, without threads or clock.
#[derive(Debug)]
pub struct SaverCore {
    target: Option<Target>,
    pending: Option<Arc<Journal>>,
    schedule: SaveSchedule,
    /// Set while a conflict or a newer file waits for the user.
    blocked: bool,
    /// Whether the recovery file must be rewritten with `pending`.
    recovery_stale: bool,
    last_backup: Option<Instant>,
}

impl SaverCore {
    pub fn new(delay: Duration) -> Self {
        Self {
            target: None,
            pending: None,
            schedule: SaveSchedule::new(delay),
            blocked: false,
            recovery_stale: false,
            last_backup: None,
        }
    }

    /// Switches to the journal at `path`, as read with `stamp` (`None` for a
    /// journal that has no file yet). Changes pending for the previous
    /// journal are saved first.
    pub fn opened(
        &mut self,
        path: PathBuf,
        stamp: Option<FileStamp>,
        now: Instant,
    ) -> Vec<SaveEvent> {
        let events = self.save_now(now);
        if self.pending.is_some()
            && let Some(previous) = &self.target
        {
            log::warn!(
                "unsaved changes to {} stay in its recovery file {}",
                previous.path.display(),
                crate::storage::recovery_path(&previous.path).display()
            );
        }
        self.target = Some(Target {
            path,
            expected: stamp.map_or(Expected::Anything, Expected::Stamp),
        });
        self.pending = None;
        self.schedule.clear();
        self.blocked = false;
        self.recovery_stale = false;
        self.last_backup = None;
        events
    }

    /// Records a new snapshot of the journal, changed at `now`.
    pub fn changed(&mut self, journal: Arc<Journal>, now: Instant) {
        self.pending = Some(journal);
        self.recovery_stale = true;
        self.schedule.changed(now);
    }

    /// Writes the recovery file for the newest snapshot, if not yet written.
    pub fn write_recovery(&mut self) -> Option<SaveEvent> {
        if !self.recovery_stale {
            return None;
        }
        self.recovery_stale = false;
        let (Some(journal), Some(target)) = (&self.pending, &self.target) else {
            return None;
        };
        write_recovery(journal, &target.path)
            .err()
            .map(|error| SaveEvent::RecoveryFailed { error })
    }

    /// The instant the next save is due, when one can be made.
    pub fn due(&self) -> Option<Instant> {
        if self.blocked {
            return None;
        }
        self.schedule.due()
    }

    /// Saves if the pending save is due at `now`.
    pub fn tick(&mut self, now: Instant) -> Vec<SaveEvent> {
        if self.blocked || !self.schedule.is_due(now) {
            return Vec::new();
        }
        self.save_now(now)
    }

    /// Saves the pending snapshot at once, unless a conflict blocks it.
    pub fn save_now(&mut self, now: Instant) -> Vec<SaveEvent> {
        let (Some(journal), Some(target)) = (self.pending.clone(), self.target.clone()) else {
            self.schedule.clear();
            return Vec::new();
        };
        if self.blocked {
            return Vec::new();
        }

        let backup = self
            .last_backup
            .is_none_or(|last| now.duration_since(last) >= BACKUP_INTERVAL);
        let path = target.path;
        match save_journal_guarded(&journal, &path, &target.expected, backup) {
            Ok(stamp) => {
                if backup {
                    self.last_backup = Some(now);
                }
                self.pending = None;
                self.recovery_stale = false;
                self.schedule.clear();
                if let Some(target) = &mut self.target {
                    target.expected = Expected::Stamp(stamp.clone());
                }
                let mut events = Vec::new();
                if let Err(error) = discard_recovery(&path) {
                    events.push(SaveEvent::RecoveryFailed { error });
                }
                events.insert(0, SaveEvent::Saved { path, stamp });
                events
            }
            Err(StorageError::Conflict { path }) => {
                self.blocked = true;
                vec![SaveEvent::Conflict { path }]
            }
            Err(error) => {
                if error.protects_file() {
                    self.blocked = true;
                } else {
                    self.schedule.retry_at(now + RETRY_DELAY);
                }
                vec![SaveEvent::Failed { path, error }]
            }
        }
    }

    /// Applies the user's choice for a conflict.
    pub fn resolve_conflict(&mut self, choice: ConflictChoice, now: Instant) -> Vec<SaveEvent> {
        self.blocked = false;
        match choice {
            ConflictChoice::Reload => {
                // The app reloads and calls `opened`; the recovery file of
                // the dropped changes goes with them.
                self.pending = None;
                self.schedule.clear();
                if let Some(target) = &self.target
                    && let Err(error) = discard_recovery(&target.path)
                {
                    return vec![SaveEvent::RecoveryFailed { error }];
                }
                Vec::new()
            }
            ConflictChoice::Overwrite => {
                if let Some(target) = &mut self.target {
                    target.expected = Expected::Anything;
                }
                // The version written over is kept as the newest backup.
                self.last_backup = None;
                self.save_now(now)
            }
            ConflictChoice::SaveElsewhere(path) => {
                if let Some(target) = &self.target {
                    // The recovery file belongs to the old path.
                    let _ = discard_recovery(&target.path);
                }
                self.target = Some(Target {
                    path,
                    expected: Expected::Anything,
                });
                self.recovery_stale = self.pending.is_some();
                self.last_backup = None;
                self.save_now(now)
            }
        }
    }

    /// Whether changes wait to be written.
    pub fn has_pending(&self) -> bool {
        self.pending.is_some()
    }
}

/// Requests from the app to the worker.
enum Request {
    Opened {
        path: PathBuf,
        stamp: Option<FileStamp>,
    },
    Changed {
        journal: Arc<Journal>,
        at: Instant,
    },
    Resolve(ConflictChoice),
    Flush(Sender<FlushResult>),
    Shutdown,
}

/// Handle to the background saver. Dropping it asks the worker to save and
/// stop without waiting; call [`Autosaver::shutdown`] to wait.
pub struct Autosaver {
    requests: Sender<Request>,
    events: Receiver<SaveEvent>,
    worker: Option<JoinHandle<()>>,
}

impl Autosaver {
    /// Starts the worker thread with [`SAVE_DELAY`].
    pub fn start() -> std::io::Result<Self> {
        Self::with_delay(SAVE_DELAY)
    }

    /// Starts the worker thread, saving `delay` after the first unsaved change.
    pub fn with_delay(delay: Duration) -> std::io::Result<Self> {
        let (requests, request_receiver) = mpsc::channel();
        let (event_sender, events) = mpsc::channel();
        let worker = std::thread::Builder::new()
            .name("topset-autosave".to_owned())
            .spawn(move || run_worker(SaverCore::new(delay), request_receiver, event_sender))?;
        Ok(Self {
            requests,
            events,
            worker: Some(worker),
        })
    }

    /// Tells the saver which journal is open (`stamp` from
    /// [`crate::storage::load_journal_stamped`], `None` for a new file).
    pub fn opened(&self, path: PathBuf, stamp: Option<FileStamp>) {
        self.send(Request::Opened { path, stamp });
    }

    /// Hands over the journal as it is after a change made at `now`.
    pub fn changed(&self, journal: Arc<Journal>, now: Instant) {
        self.send(Request::Changed { journal, at: now });
    }

    /// Passes the user's choice for a [`SaveEvent::Conflict`].
    pub fn resolve_conflict(&self, choice: ConflictChoice) {
        self.send(Request::Resolve(choice));
    }

    /// Returns the results since the last poll, oldest first, without blocking.
    pub fn poll(&self) -> Vec<SaveEvent> {
        self.events.try_iter().collect()
    }

    /// Saves pending changes now and waits up to `timeout` for the write.
    pub fn flush(&self, timeout: Duration) -> FlushResult {
        let (reply, answer) = mpsc::channel();
        self.send(Request::Flush(reply));
        answer
            .recv_timeout(timeout)
            .unwrap_or(FlushResult::TimedOut)
    }

    /// Saves pending changes and stops the worker, waiting up to `timeout`.
    pub fn shutdown(mut self, timeout: Duration) -> FlushResult {
        let result = self.flush(timeout);
        self.send(Request::Shutdown);
        if result != FlushResult::TimedOut
            && let Some(worker) = self.worker.take()
            && worker.join().is_err()
        {
            log::error!("the autosave thread panicked");
        }
        result
    }

    fn send(&self, request: Request) {
        if self.requests.send(request).is_err() {
            log::error!("the autosave thread has stopped; changes are no longer saved");
        }
    }
}

impl Drop for Autosaver {
    fn drop(&mut self) {
        let _ = self.requests.send(Request::Shutdown);
    }
}

/// The worker loop: waits for requests until the next save is due, handles
/// every queued request, writes the recovery file once for the newest
/// snapshot, then saves when due.
fn run_worker(mut core: SaverCore, requests: Receiver<Request>, events: Sender<SaveEvent>) {
    let send_all = |new_events: Vec<SaveEvent>| {
        for event in new_events {
            log_event(&event);
            let _ = events.send(event);
        }
    };
    loop {
        let first = match core.due() {
            Some(due) => {
                match requests.recv_timeout(due.saturating_duration_since(Instant::now())) {
                    Ok(request) => Some(request),
                    Err(RecvTimeoutError::Timeout) => None,
                    Err(RecvTimeoutError::Disconnected) => Some(Request::Shutdown),
                }
            }
            None => Some(requests.recv().unwrap_or(Request::Shutdown)),
        };

        let mut stop = false;
        let mut flush_replies = Vec::new();
        for request in first
            .into_iter()
            .chain(std::iter::from_fn(|| requests.try_recv().ok()))
        {
            match request {
                Request::Opened { path, stamp } => {
                    send_all(core.opened(path, stamp, Instant::now()));
                }
                Request::Changed { journal, at } => core.changed(journal, at),
                Request::Resolve(choice) => {
                    send_all(core.resolve_conflict(choice, Instant::now()));
                }
                Request::Flush(reply) => flush_replies.push(reply),
                Request::Shutdown => stop = true,
            }
        }

        if !flush_replies.is_empty() || stop {
            send_all(core.save_now(Instant::now()));
            let result = if core.has_pending() {
                FlushResult::Unsaved
            } else {
                FlushResult::Clean
            };
            for reply in flush_replies {
                let _ = reply.send(result);
            }
        } else {
            if let Some(event) = core.write_recovery() {
                send_all(vec![event]);
            }
            send_all(core.tick(Instant::now()));
        }
        if stop {
            return;
        }
    }
}

/// Logs what the app will also show, with the detail for bug reports.
fn log_event(event: &SaveEvent) {
    match event {
        SaveEvent::Saved { path, .. } => log::debug!("saved {}", path.display()),
        SaveEvent::Conflict { path } => {
            log::warn!("{} changed on disk; save stopped", path.display());
        }
        SaveEvent::Failed { error, .. } => log::error!("{error}"),
        SaveEvent::RecoveryFailed { error } => log::warn!("{error}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn save_due_one_delay_after_first_change() {
        let start = Instant::now();
        let mut schedule = SaveSchedule::new(Duration::from_secs(1));
        schedule.changed(start);
        schedule.changed(start + Duration::from_millis(900));
        assert!(!schedule.is_due(start + Duration::from_millis(999)));
        assert!(schedule.is_due(start + Duration::from_millis(1000)));
    }

    #[test]
    fn cleared_schedule_is_never_due() {
        let start = Instant::now();
        let mut schedule = SaveSchedule::new(Duration::from_secs(1));
        schedule.changed(start);
        schedule.clear();
        assert_eq!(schedule.due(), None);
        assert!(!schedule.is_due(start + Duration::from_secs(60)));
    }
}
