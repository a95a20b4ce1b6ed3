//! Training maths against the reference tables: e1RM formulas, RPE charts,
//! backoff loads, plates, coaching checks, the exercise library, the
//! Calculator panel and `topset calc`.

mod backoff;
mod calc_cli;
mod calculator_ui;
mod checks;
mod drop_band;
mod e1rm;
mod library;
mod plates;
