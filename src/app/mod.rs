//! Application state, commands and background tasks.

pub mod autosave;
mod command;
pub mod instance_lock;

pub use command::Command;
