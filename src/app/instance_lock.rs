//! One Topset window per journal.
//!
//! Opening a journal creates `.NAME.lock` beside it holding the process id.
//! A second window that finds the lock of a running process is told which
//! process holds it, so the app can warn ("Journal already open") and let the
//! user open anyway. A lock left by a process that no longer runs is taken
//! over. The lock is removed when the [`InstanceLock`] is dropped.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// A held lock on a journal.
#[derive(Debug)]
pub struct InstanceLock {
    lock_path: PathBuf,
    pid: u32,
    /// Process that held the lock before "Open anyway" took it over. It
    /// gets the lock back when this one is dropped, if it still runs.
    taken_from: Option<u32>,
}

/// Why [`InstanceLock::acquire`] did not get the lock.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error("{journal} is open in another Topset window (process {pid})")]
    HeldBy { journal: PathBuf, pid: u32 },
    #[error("cannot create lock file {path}: {source}")]
    Io { path: PathBuf, source: io::Error },
}

/// Path of the lock file for the journal at `journal`.
pub fn lock_path(journal: &Path) -> PathBuf {
    let mut name = std::ffi::OsString::from(".");
    name.push(journal.file_name().unwrap_or_default());
    name.push(".lock");
    journal.with_file_name(name)
}

impl InstanceLock {
    /// Locks `journal` for this process.
    pub fn acquire(journal: &Path) -> Result<Self, LockError> {
        Self::acquire_as(journal, std::process::id(), process_is_running)
    }

    /// Locks `journal` even when another process holds it, after the user
    /// chose "Open anyway".
    pub fn take_over(journal: &Path) -> Result<Self, LockError> {
        let lock_path = lock_path(journal);
        let holder = read_holder(&lock_path);
        let _ = fs::remove_file(&lock_path);
        let mut lock = Self::acquire(journal)?;
        lock.taken_from = holder.filter(|&holder| holder != lock.pid);
        Ok(lock)
    }

    /// Locks `journal` for process `pid`; `is_running` tells whether the
    /// process named in an existing lock still runs.
    pub fn acquire_as(
        journal: &Path,
        pid: u32,
        is_running: impl Fn(u32) -> bool,
    ) -> Result<Self, LockError> {
        let lock_path = lock_path(journal);
        let io_error = |source| LockError::Io {
            path: lock_path.clone(),
            source,
        };
        // Two tries: the second follows the removal of a stale lock.
        for _ in 0..2 {
            match OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&lock_path)
            {
                Ok(mut file) => {
                    file.write_all(pid.to_string().as_bytes())
                        .map_err(io_error)?;
                    return Ok(Self {
                        lock_path,
                        pid,
                        taken_from: None,
                    });
                }
                Err(error) if error.kind() == io::ErrorKind::AlreadyExists => {
                    match read_holder(&lock_path) {
                        Some(holder) if holder != pid && is_running(holder) => {
                            return Err(LockError::HeldBy {
                                journal: journal.to_owned(),
                                pid: holder,
                            });
                        }
                        // Dead process, our own old lock or an unreadable
                        // file: the lock is stale.
                        _ => {
                            let _ = fs::remove_file(&lock_path);
                        }
                    }
                }
                Err(error) => return Err(io_error(error)),
            }
        }
        Err(io_error(io::Error::other(
            "the lock file keeps reappearing",
        )))
    }
}

/// Reads the process id written in the lock file at `lock_path`.
fn read_holder(lock_path: &Path) -> Option<u32> {
    fs::read_to_string(lock_path)
        .ok()
        .and_then(|text| text.trim().parse::<u32>().ok())
}

impl Drop for InstanceLock {
    fn drop(&mut self) {
        // Only release the lock if it is still ours: after a take-over by
        // another window it names that window's process.
        if read_holder(&self.lock_path) != Some(self.pid) {
            return;
        }
        // The window this one took the lock from still has the journal open,
        // so the lock goes back to it and a later window is still warned.
        match self.taken_from.filter(|&holder| process_is_running(holder)) {
            Some(holder) => {
                let _ = fs::write(&self.lock_path, holder.to_string());
            }
            None => {
                let _ = fs::remove_file(&self.lock_path);
            }
        }
    }
}

/// Whether a process with id `pid` runs on this machine.
///
/// NOTE: only Linux (through `/proc`) can tell; elsewhere every process is
/// assumed to run, so a stale lock there is reported as held and the user
/// opens the journal with "Open anyway".
pub fn process_is_running(pid: u32) -> bool {
    if !cfg!(target_os = "linux") {
        return true;
    }
    // A process that ended but that its parent has not yet waited for stays
    // in /proc as a zombie, state `Z`, which follows the name in parentheses.
    match fs::read_to_string(Path::new("/proc").join(pid.to_string()).join("stat")) {
        Ok(stat) => stat
            .rsplit_once(')')
            .is_none_or(|(_, rest)| !rest.trim_start().starts_with('Z')),
        Err(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn running_holder_blocks_second_window() {
        let folder = tempfile::tempdir().unwrap();
        let journal = folder.path().join("journal.ron");
        let _first = InstanceLock::acquire_as(&journal, 100, |_| true).unwrap();
        let error = InstanceLock::acquire_as(&journal, 200, |_| true).unwrap_err();
        assert!(matches!(error, LockError::HeldBy { pid: 100, .. }));
    }

    #[test]
    fn dead_holder_is_taken_over() {
        let folder = tempfile::tempdir().unwrap();
        let journal = folder.path().join("journal.ron");
        fs::write(lock_path(&journal), "100").unwrap();
        let lock = InstanceLock::acquire_as(&journal, 200, |pid| pid != 100).unwrap();
        assert_eq!(fs::read_to_string(lock_path(&journal)).unwrap(), "200");
        drop(lock);
        assert!(!lock_path(&journal).exists());
    }

    #[test]
    fn this_process_is_running() {
        assert!(process_is_running(std::process::id()));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn ended_child_not_waited_for_is_not_running() {
        use std::time::{Duration, Instant};

        let mut child = std::process::Command::new("true").spawn().unwrap();
        let pid = child.id();
        let deadline = Instant::now() + Duration::from_secs(10);
        while process_is_running(pid) && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(10));
        }

        // Until waited for, the ended child stays in /proc as a zombie.
        assert!(Path::new("/proc").join(pid.to_string()).exists());
        assert!(!process_is_running(pid));
        child.wait().unwrap();
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn taken_over_lock_goes_back_to_running_holder() {
        let folder = tempfile::tempdir().unwrap();
        let journal = folder.path().join("journal.ron");
        // A running process plays the first window.
        let mut first_window = std::process::Command::new("sleep")
            .arg("60")
            .spawn()
            .unwrap();
        let first_pid = first_window.id().to_string();
        fs::write(lock_path(&journal), &first_pid).unwrap();

        let lock = InstanceLock::take_over(&journal).unwrap();
        let own_pid = std::process::id().to_string();
        assert_eq!(fs::read_to_string(lock_path(&journal)).unwrap(), own_pid);
        drop(lock);
        assert_eq!(fs::read_to_string(lock_path(&journal)).unwrap(), first_pid);

        first_window.kill().unwrap();
        first_window.wait().unwrap();
    }
}
