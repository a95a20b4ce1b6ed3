//! `topset calc`.
//!
//! TODO: the calc tool is not built yet; its arguments come with it.

/// Arguments of `topset calc`.
#[derive(Debug, clap::Args)]
pub struct CalcArgs {}

/// Runs `topset calc`.
pub fn run(_args: CalcArgs) -> anyhow::Result<std::process::ExitCode> {
    anyhow::bail!("topset calc is not available in this build yet")
}
