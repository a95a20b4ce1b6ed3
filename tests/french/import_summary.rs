//! `topset import` summaries in French, with French plural rules: 0 and 1
//! take the singular.

use std::path::Path;

use topset::cli::import::{ImportArgs, UnitArg, import};
use topset::model::Language;

#[test]
fn summary_singular_and_plural() {
    topset::set_language(Language::French);
    let dir = tempfile::tempdir().expect("temporary directory");
    let args = ImportArgs {
        file: Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/import/strong-malformed.csv"),
        into: dir.path().join("journal.ron"),
        unit: Some(UnitArg::Lb),
        keep_flagged: false,
        dry_run: true,
        json: false,
    };
    let mut out = Vec::new();
    import(&args, &mut out).expect("import runs");
    let text = String::from_utf8(out).expect("UTF-8 output");

    // One workout: lines 2, 3 and 9 kept, lines 4, 5, 7 and 8 skipped.
    assert!(
        text.contains("1 séance, 3 séries de travail, 0 série d'échauffement\n"),
        "{text}"
    );
    assert!(text.contains("4 lignes ignorées :"), "{text}");
    assert!(
        text.contains("Essai à blanc : 1 séance serait ajoutée (0 déjà dans le journal)"),
        "{text}"
    );
}
