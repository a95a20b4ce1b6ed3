//! Storage messages in English as the window shows them.

use std::path::Path;

use topset::app::autosave::ConflictDialogText;
use topset::storage::load_journal;

#[test]
fn localized_error_in_english() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile/duplicate-session-id.ron");
    let error = load_journal(&path).unwrap_err();
    assert_eq!(
        error.localized(),
        format!(
            "{}, line 51, column 7: sessions[1].id: id 1 is already used by sessions[0]",
            path.display()
        )
    );
}

#[test]
fn conflict_dialog_in_english() {
    let dialog = ConflictDialogText::new(Path::new("/home/a/journal.ron"));
    assert_eq!(dialog.title, "Journal changed on disk");
    assert_eq!(
        dialog.body,
        "Another application changed /home/a/journal.ron since Topset opened or last saved it. Your unsaved changes are kept until you choose. Overwriting keeps the version on disk as the backup journal.ron.bak1."
    );
    assert_eq!(dialog.reload, "Reload from disk (discard my changes)");
    assert_eq!(dialog.overwrite, "Overwrite with my version");
    assert_eq!(dialog.save_elsewhere, "Save my version as…");
}
