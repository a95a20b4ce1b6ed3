//! `topset import`.
//!
//! TODO: the import tool is not built yet; its arguments come with it.

/// Arguments of `topset import`.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {}

/// Runs `topset import`.
pub fn run(_args: ImportArgs) -> anyhow::Result<std::process::ExitCode> {
    anyhow::bail!("topset import is not available in this build yet")
}
