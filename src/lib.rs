//! Topset: plan, log and chart top set + backoff training.
//!
//! The crate is the whole application; `main.rs` only parses arguments and
//! starts it. Layers, each using only those listed before it:
//! [`model`] (training maths and data), [`analytics`] (series derived from the
//! journal), [`storage`], [`import`] and [`export`] (files), [`charts`]
//! (plotters drawing), [`app`] (state, commands, background tasks) and [`ui`]
//! (panels and dialogs). [`cli`] holds the command-line tools.

rust_i18n::i18n!("assets/locales", fallback = "en");

pub mod analytics;
pub mod app;
pub mod charts;
pub mod cli;
pub mod export;
pub mod import;
pub mod model;
pub mod storage;
pub mod ui;

/// Translates `key` into the current interface language.
#[macro_export]
macro_rules! tr {
    ($($arg:tt)*) => {
        rust_i18n::t!($($arg)*).into_owned()
    };
}

/// Sets the interface language for every string drawn from now on.
pub fn set_language(language: model::Language) {
    rust_i18n::set_locale(language.code());
}
