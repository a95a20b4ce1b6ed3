//! The import dialog in French.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use topset::model::{Journal, Language};
use topset::ui::import_dialog::{ImportDialogState, import_dialog_ui};

#[test]
fn french_dialog_labels() {
    topset::set_language(Language::French);
    let mut dialog = ImportDialogState::default();
    dialog.open_file(
        "strong.csv",
        "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n\
         2023-05-02 18:00:00,Legs,1h,Squat (Barbell),1,100,5,0,0,,,\n"
            .to_owned(),
    );
    let journal = Journal::default();
    let job = dialog.take_job(&journal).expect("job queued");
    let (generation, result) = job.run();
    dialog.finish(generation, result);

    let mut harness = Harness::new_ui_state(
        |ui, dialog: &mut ImportDialogState| {
            import_dialog_ui(ui, dialog, &Journal::default(), &mut Vec::new());
        },
        dialog,
    );
    harness.run();
    harness.get_by_label("Les charges sont en :");
    harness.get_by_label("Importer");
    harness.get_by_label("Annuler");
}
