//! The whole window for UI tests: the app on the built-in sample journal,
//! with typed-path dialogs and the clock fixed at 30 November 2026, 18:00,
//! and helpers that open a journal the way the window does, on a worker thread.

#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use egui_kittest::Harness;
use topset::app::{Command, TopsetApp};

/// Maximum real time [`finish_opening`] waits for a journal to be read. It
/// is far more than a small test journal needs, because test binaries share
/// the machine's cores.
const OPEN_TIMEOUT: Duration = Duration::from_secs(10);

/// Frames `Harness::run` may take to settle. Worker threads ask for a
/// repaint just after handing over their result, and on a loaded machine
/// that request can land during a later `run`, adding a frame or two to
/// kittest's default of 4.
pub const MAX_STEPS: u64 = 12;

/// Builds the window at 1280 × 900 points and draws its first frames.
pub fn harness() -> Harness<'static, TopsetApp> {
    let now = NaiveDate::from_ymd_opt(2026, 11, 30)
        .and_then(|date| date.and_hms_opt(18, 0, 0))
        .expect("valid date");
    let mut harness = Harness::builder()
        .with_size([1280.0, 900.0])
        .with_max_steps(MAX_STEPS)
        .build_ui_state(
            |ui, app: &mut TopsetApp| app.frame_ui(ui),
            TopsetApp::for_tests(now),
        );
    harness.run();
    harness
}

/// Opens `path` as File → Open does, and runs frames until it is open or
/// its error is shown.
pub fn open_journal(harness: &mut Harness<'static, TopsetApp>, path: &Path) {
    harness
        .state_mut()
        .queue(Command::OpenJournal(path.to_owned()));
    finish_opening(harness);
}

/// Runs frames until the journal being read has opened or failed, then
/// until the window settles. The first frame applies the input and commands
/// queued before the call, which may start the read. Panics when the read
/// takes longer than [`OPEN_TIMEOUT`].
pub fn finish_opening(harness: &mut Harness<'static, TopsetApp>) {
    harness.step();
    let deadline = Instant::now() + OPEN_TIMEOUT;
    while harness.state().is_opening() {
        let path = harness.state().journal_loader.path().map(Path::to_owned);
        assert!(
            Instant::now() < deadline,
            "{path:?} was still being read after {OPEN_TIMEOUT:?}"
        );
        // Leaves the core to the reading thread between frames.
        std::thread::sleep(Duration::from_millis(2));
        harness.step();
    }
    harness.run();
}

/// Runs the test `function` of the module at `module_path` (as
/// `module_path!()` gives it) in a child process of this test binary, with
/// `variable` set to `folder`, and returns once the child prints a line
/// ending with `signal`. Panics when the child ends before that line.
pub fn start_child_test(
    module_path: &str,
    function: &str,
    variable: &str,
    folder: &Path,
    signal: &str,
) -> Child {
    // The test binary lists a test by its module path without the crate
    // name, then the function name.
    let module = module_path
        .split_once("::")
        .map_or("", |(_crate, module)| module);
    let name = format!("{module}::{function}");
    let mut child = std::process::Command::new(std::env::current_exe().expect("test binary"))
        .args(["--exact", &name, "--test-threads=1"])
        .env(variable, folder)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the test binary starts again");
    let stdout = child.stdout.take().expect("piped standard output");
    for line in BufReader::new(stdout).lines() {
        if line.expect("readable output").ends_with(signal) {
            return child;
        }
    }
    let status = child.wait();
    panic!("{name} ended ({status:?}) before printing {signal:?}");
}
