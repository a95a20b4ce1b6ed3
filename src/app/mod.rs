//! Application state, commands and background tasks.

mod command;

pub use command::Command;
