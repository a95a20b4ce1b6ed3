//! Topset's entry point: parses arguments, sets up logging, and either runs a
//! command-line tool or opens the window.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use topset::app::{
    Clock, FileDialogs, LAST_JOURNAL_KEY, PANEL_KEY, RECENT_JOURNALS_KEY, TopsetApp, sample_journal,
};
use topset::cli::{Cli, Tool};

/// Application id: the window class on Linux, matched by the `.desktop` file.
const APP_ID: &str = "topset";

fn main() -> ExitCode {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("info")).init();
    let cli = Cli::parse();

    let tool_result = match cli.command {
        Some(Tool::Calc(args)) => Some(topset::cli::calc::run(args)),
        Some(Tool::Chart(args)) => Some(topset::cli::chart::run(args)),
        Some(Tool::Import(args)) => Some(topset::cli::import::run(args)),
        Some(Tool::Check(args)) => Some(topset::cli::check::run(args)),
        None => None,
    };
    if let Some(result) = tool_result {
        return match result {
            Ok(code) => code,
            Err(error) => {
                eprintln!("topset: {error:#}");
                ExitCode::FAILURE
            }
        };
    }

    match run_window(cli.journal) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("topset: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// Opens the window on `journal`, on the journal used last time, or on the sample.
fn run_window(journal: Option<PathBuf>) -> anyhow::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_app_id(APP_ID)
            .with_title("Topset")
            .with_inner_size([1200.0, 800.0])
            .with_min_inner_size([720.0, 480.0])
            .with_icon(load_icon()),
        ..Default::default()
    };
    eframe::run_native(
        "Topset",
        options,
        Box::new(move |cc| {
            let storage = cc.storage;
            let remembered: Option<PathBuf> =
                storage.and_then(|storage| eframe::get_value(storage, LAST_JOURNAL_KEY));
            let mut app = start_app(journal, remembered);
            if let Some(storage) = storage {
                app.recent = eframe::get_value(storage, RECENT_JOURNALS_KEY).unwrap_or_default();
                app.panel = eframe::get_value(storage, PANEL_KEY).unwrap_or_default();
            }
            if let Some(path) = app.path.clone() {
                app.remember_recent(&path);
            }
            Ok(Box::new(app))
        }),
    )
    .map_err(|error| anyhow::anyhow!("cannot open the window: {error}"))
}

/// Builds the app on the right journal. A journal that fails to load is
/// reported in the window, over the sample; one remembered from last time
/// and since deleted is skipped quietly.
fn start_app(requested: Option<PathBuf>, remembered: Option<PathBuf>) -> TopsetApp {
    let mut app = TopsetApp::new(sample_journal(), None, FileDialogs::detect(), Clock::System);
    if let Some(path) = requested.or(remembered.filter(|path| path.is_file())) {
        app.open_journal(&path);
    }
    app
}

fn load_icon() -> egui::IconData {
    eframe::icon_data::from_png_bytes(include_bytes!("../assets/icon-256.png")).unwrap_or_default()
}
