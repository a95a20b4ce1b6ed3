//! Messages of the journal limits in French, with decimal commas.

use crate::logger_support;

use egui_kittest::kittest::Queryable as _;
use logger_support::{harness_with, local_time, type_into};
use topset::app::SessionDraft;
use topset::model::{Journal, Language, SetKind};

#[test]
fn french_limit_messages() {
    topset::set_language(Language::French);
    let journal = Journal::default();
    let draft = SessionDraft::from_scratch(&journal, "", &["Bench press".to_owned()], local_time());
    let mut harness = harness_with(journal, Some(draft));
    harness.run();

    type_into(&mut harness, "Bench press, Backoff 1, charge", "5000,5");
    harness.get_by_label(
        "5000,5 kg dépasse les 2000 kg qu'un journal enregistre : tapez une charge d'au plus 2000 kg.",
    );
    type_into(&mut harness, "Bench press, Backoff 1, répétitions", "1001");
    harness.get_by_label(
        "1001 répétitions dépassent les 1000 répétitions qu'un journal enregistre pour une série : tapez au plus 1000.",
    );
    harness.get_by_label("Corrigez d'abord les champs en rouge.");

    let draft = harness.state().logger.draft.as_ref().expect("a draft");
    let backoff = draft.exercises[0]
        .logged
        .sets
        .iter()
        .find(|set| set.kind == SetKind::Backoff)
        .expect("a backoff set");
    assert_eq!(backoff.load, None, "no top set load, so no computed load");
    assert_eq!(backoff.reps, 8);
}
