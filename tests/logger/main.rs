//! The session logger and the History panel: logging sets, computed
//! backoffs, feedback, limits on typed values, program choice and resume.

#[path = "../logger_support/mod.rs"]
mod logger_support;

mod feedback;
mod history;
mod limits;
mod program_choice;
mod resume;
mod session;
mod wave_week;
