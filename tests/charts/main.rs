//! Chart series and drawings: e1RM and volume series, the Progress panel,
//! PNG and SVG rendering and `topset chart`.

#[path = "../charts_support/mod.rs"]
mod charts_support;

mod analytics_series;
mod analytics_strong_export;
mod command;
mod command_exercise;
mod progress_panel;
mod render;
mod strong_e1rm;
