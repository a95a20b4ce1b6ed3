//! Writes the built-in sample journal to `assets/sample-journal.ron`.
//!
//! Run `cargo run --example write_sample_journal` after changing the sample
//! generator; the test suite checks that the committed file matches it.

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let journal = topset::model::synthetic::sample_journal();
    let text = topset::storage::journal_to_string(&journal)?;
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/sample-journal.ron");
    std::fs::write(&path, text)?;
    println!("wrote {}", path.display());
    Ok(())
}
