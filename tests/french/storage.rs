//! Storage messages in French.

use std::path::{Path, PathBuf};

use topset::app::autosave::ConflictDialogText;
use topset::model::Language;
use topset::storage::load_journal;

fn hostile(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/hostile")
        .join(name)
}

#[test]
fn errors_and_dialogs_in_french() {
    topset::set_language(Language::French);

    let path = hostile("rpe-eleven.ron");
    let error = load_journal(&path).unwrap_err();
    assert_eq!(
        error.localized(),
        format!(
            "{}, ligne 44, colonne 70 : sessions[0].exercises[0].sets[1].rpe : 11 est hors de la plage autorisée, de 1 à 10",
            path.display()
        )
    );

    let path = hostile("version-newer.ron");
    let error = load_journal(&path).unwrap_err();
    assert_eq!(
        error.localized(),
        format!(
            "{} a été écrit par une version plus récente de Topset (journal version 2) ; cette version lit jusqu'à la version 1. Mettez Topset à jour pour l'ouvrir ; le fichier n'a pas été modifié.",
            path.display()
        )
    );

    let path = hostile("truncated-after-version.ron");
    let error = load_journal(&path).unwrap_err();
    assert_eq!(
        error.localized(),
        format!(
            "{}, ligne 2, colonne 14 : Unexpected end of RON",
            path.display()
        )
    );

    let dialog = ConflictDialogText::new(Path::new("journal.ron"));
    assert_eq!(dialog.title, "Journal modifié sur le disque");
    assert_eq!(dialog.overwrite, "Écraser avec ma version");
    assert!(dialog.body.contains("journal.ron"), "{}", dialog.body);
}
