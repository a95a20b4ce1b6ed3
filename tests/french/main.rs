//! Tests of the French interface. The interface language is process-wide,
//! so every test that switches it to French lives in this binary, apart
//! from the English ones.

#[path = "../charts_support/mod.rs"]
mod charts_support;
#[path = "../logger_support/mod.rs"]
mod logger_support;

mod calculator_ui;
mod charts;
mod editor;
mod import_dialog;
mod import_summary;
mod logger;
mod logger_feedback;
mod logger_limits;
mod settings;
mod storage;
mod translations;
