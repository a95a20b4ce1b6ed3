//! `topset chart`.
//!
//! TODO: the chart tool is not built yet; its arguments come with it.

/// Arguments of `topset chart`.
#[derive(Debug, clap::Args)]
pub struct ChartArgs {}

/// Runs `topset chart`.
pub fn run(_args: ChartArgs) -> anyhow::Result<std::process::ExitCode> {
    anyhow::bail!("topset chart is not available in this build yet")
}
