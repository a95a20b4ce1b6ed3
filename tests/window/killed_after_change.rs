//! Kills the app with SIGKILL at chosen moments after a change and checks
//! that the change is never lost: the next start finds it either saved in
//! the journal or offered back from the recovery file.
//!
//! The test binary runs itself again as a child. `child_changes_then_waits`
//! does nothing unless `TOPSET_KILL_DIR` is set. With it set, the child
//! opens the journal in that folder and adds a week in the program editor.
//! Then it prints `changed` and keeps drawing frames until it is killed.

use std::io::Write;
use std::path::PathBuf;
use std::time::Duration;

use egui_kittest::kittest::Queryable;
use topset::app::StorageQuestion;
use topset::storage::{load_journal, save_journal};

use crate::app_support::{harness, open_journal, start_child_test};

const CHILD_ENV: &str = "TOPSET_KILL_DIR";

/// Delays between the change and the kill, in milliseconds. Those under the
/// one-second save delay find the change in the recovery file only; the
/// longer ones find it saved. The recovery file is written on the save
/// thread just after the change, so a kill within the same few milliseconds
/// can still miss it.
const KILL_DELAYS_MS: [u64; 8] = [20, 100, 250, 500, 800, 1800, 2400, 3000];

/// Weeks of the sample program before the change; the change adds one.
const WEEKS_BEFORE: usize = 4;

#[test]
fn child_changes_then_waits() {
    let Some(folder) = std::env::var_os(CHILD_ENV) else {
        return;
    };
    let path = PathBuf::from(folder).join("journal.ron");
    let mut window = harness();
    open_journal(&mut window, &path);
    window.get_by_label("Program editor").click();
    window.run();
    window.get_by_label("Add week").click();
    window.run();
    assert_eq!(
        window.state().journal.programs[0].weeks.len(),
        WEEKS_BEFORE + 1
    );

    // Written past the test harness's capture, which only covers `print!`.
    let mut stdout = std::io::stdout();
    stdout.write_all(b"changed\n").unwrap();
    stdout.flush().unwrap();
    // About 60 frames a second, as an idle window with a timer draws.
    loop {
        window.step();
        std::thread::sleep(Duration::from_millis(16));
    }
}

#[test]
fn killed_app_loses_no_change() {
    let (mut saved, mut recovered) = (0, 0);

    for delay in KILL_DELAYS_MS {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("journal.ron");
        let sample = topset::app::sample_journal();
        assert_eq!(sample.programs[0].weeks.len(), WEEKS_BEFORE);
        save_journal(&sample, &path).unwrap();

        let mut child = start_child_test(
            module_path!(),
            "child_changes_then_waits",
            CHILD_ENV,
            folder.path(),
            "changed",
        );
        std::thread::sleep(Duration::from_millis(delay));
        child.kill().unwrap();
        child.wait().unwrap();

        let weeks_on_disk = load_journal(&path).unwrap().programs[0].weeks.len();
        let mut window = harness();
        open_journal(&mut window, &path);
        let offered_back = matches!(
            window.state().storage_question,
            Some(StorageQuestion::Recovery { .. })
        );
        if offered_back {
            window.get_by_label("Restore changes").click();
            window.run();
            recovered += 1;
        } else {
            assert_eq!(
                weeks_on_disk,
                WEEKS_BEFORE + 1,
                "kill after {delay} ms: the change is neither saved nor offered back"
            );
            saved += 1;
        }
        assert_eq!(
            window.state().path.as_deref(),
            Some(path.as_path()),
            "kill after {delay} ms: the journal did not open"
        );
        assert_eq!(
            window.state().journal.programs[0].weeks.len(),
            WEEKS_BEFORE + 1,
            "kill after {delay} ms"
        );
    }

    println!("saved before the kill: {saved}, offered back: {recovered}");
    // Kills must land both before and after the save, or the test proves
    // only one of the two paths.
    assert!(recovered > 0, "no kill landed before the save");
    assert!(saved > 0, "no kill landed after the save");
}
