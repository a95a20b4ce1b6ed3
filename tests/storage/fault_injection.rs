//! Kills a process that is saving the journal at random moments and checks
//! that the journal on disk is always the old or the new version, whole.
//!
//! The test binary re-runs itself: `child_saves_in_loop` does nothing unless
//! `TOPSET_FAULT_DIR` is set, in which case it saves two journals in turn,
//! with backups, until it is killed. The parent starts it, waits a random
//! time, kills it with SIGKILL and inspects the folder.
//!
//! A killed process leaves the kernel's page cache intact, so this checks
//! atomicity against crashes of Topset, not against power cuts (those rely on
//! the flushes in `write_atomically`, which a test cannot cut).

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use crate::app_support::start_child_test;
use topset::model::{Journal, Load, LoggedExercise, LoggedSet, Session, SetKind};
use topset::storage::{
    BACKUP_COUNT, Expected, backup_path, journal_to_string, load_journal, save_journal_guarded,
    write_atomically,
};

const CHILD_ENV: &str = "TOPSET_FAULT_DIR";
const TRIALS: usize = 200;
/// Maximum wait between the start of the save loop and the kill. One turn
/// of the loop (two saves with backups, each flushing files and the folder)
/// took about 30 to 70 ms in a debug build on the 2-core test machine, so
/// kills land in every phase of a save.
const MAX_KILL_DELAY_MICROS: u64 = 100_000;

/// Builds a journal of `sessions` sessions, each with `sets` top sets of `load` kg.
fn journal(sessions: u64, sets: usize, load: f64) -> Journal {
    let mut journal = Journal::default();
    for id in 1..=sessions {
        let start = chrono::NaiveDate::from_ymd_opt(2020, 1, 1)
            .unwrap()
            .and_hms_opt(7, 30, 0)
            .unwrap()
            + chrono::Duration::days(id as i64);
        let set = LoggedSet::new(SetKind::Top, Some(Load::kg(load)), 5, Some(8.5));
        journal.sessions.push(Session {
            id,
            start,
            name: format!("Session {id}"),
            planned: None,
            exercises: vec![LoggedExercise {
                exercise: "Squat".to_owned(),
                sets: vec![set; sets],
                note: String::new(),
            }],
            note: String::new(),
            source: None,
        });
    }
    journal
}

/// Builds the old journal (on disk before each trial) and the new one the child saves.
fn old_and_new() -> (Journal, Journal) {
    (journal(40, 3, 100.0), journal(150, 4, 102.5))
}

#[test]
fn child_saves_in_loop() {
    let Some(folder) = std::env::var_os(CHILD_ENV) else {
        return;
    };
    let path = PathBuf::from(folder).join("journal.ron");
    let (old, new) = old_and_new();
    // Written past the test harness's capture, which only covers `print!`.
    let mut stdout = std::io::stdout();
    stdout.write_all(b"ready\n").unwrap();
    stdout.flush().unwrap();
    loop {
        for journal in [&new, &old] {
            save_journal_guarded(journal, &path, &Expected::Anything, true).unwrap();
        }
    }
}

/// A small xorshift generator, so the test needs no random-number crate;
/// the seed is printed so that a failure can be replayed.
struct Random(u64);

impl Random {
    fn below(&mut self, bound: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % bound
    }
}

fn leftover_temporaries(folder: &Path) -> usize {
    fs::read_dir(folder)
        .unwrap()
        .filter(|entry| {
            entry
                .as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .ends_with(".tmp")
        })
        .count()
}

#[test]
fn killed_save_leaves_whole_journal() {
    let seed = std::env::var("TOPSET_FAULT_SEED")
        .ok()
        .and_then(|text| text.parse().ok())
        .unwrap_or_else(|| {
            SystemTime::now()
                .duration_since(SystemTime::UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
                | 1
        });
    println!("seed {seed} (set TOPSET_FAULT_SEED to replay)");
    let mut random = Random(seed);

    let (old, new) = old_and_new();
    let old_text = journal_to_string(&old).unwrap();
    let new_text = journal_to_string(&new).unwrap();
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("journal.ron");

    let started = Instant::now();
    let (mut saw_old, mut saw_new) = (0, 0);
    for trial in 0..TRIALS {
        write_atomically(&path, old_text.as_bytes()).unwrap();
        // Kills are timed from the start of the save loop, not from the
        // process start, so that they land inside saves.
        let mut child = start_child_test(
            module_path!(),
            "child_saves_in_loop",
            CHILD_ENV,
            folder.path(),
            "ready",
        );
        std::thread::sleep(Duration::from_micros(random.below(MAX_KILL_DELAY_MICROS)));
        child.kill().unwrap();
        let status = child.wait().unwrap();
        assert!(
            !status.success(),
            "trial {trial}: the child ended by itself"
        );

        let on_disk = fs::read_to_string(&path).unwrap();
        if on_disk == old_text {
            saw_old += 1;
        } else if on_disk == new_text {
            saw_new += 1;
        } else {
            panic!(
                "trial {trial} (seed {seed}): journal is neither version, {} bytes",
                on_disk.len()
            );
        }
        load_journal(&path).unwrap();
        for number in 1..=BACKUP_COUNT {
            let backup = backup_path(&path, number);
            if backup.exists() {
                let text = fs::read_to_string(&backup).unwrap();
                assert!(
                    text == old_text || text == new_text,
                    "trial {trial} (seed {seed}): backup {number} is damaged"
                );
            }
        }
    }

    println!(
        "{TRIALS} kills in {:.1} s: old version {saw_old} times, new version {saw_new} times, {} temporary files left",
        started.elapsed().as_secs_f64(),
        leftover_temporaries(folder.path())
    );
    // Kills must land both before and after renames, or the test proves nothing.
    assert!(saw_old > 0, "seed {seed}: no kill left the old version");
    assert!(saw_new > 0, "seed {seed}: no kill left the new version");
}
