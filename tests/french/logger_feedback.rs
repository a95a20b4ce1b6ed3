//! Coaching feedback and backoff details in French.

use crate::logger_support;

use egui_kittest::kittest::Queryable as _;
use logger_support::harness_with;
use topset::app::{DraftExercise, SessionDraft, logged_exercise_feedback};
use topset::model::{
    CheckId, Journal, Language, Load, LoggedExercise, LoggedSet, Prescription, SetKind,
    TopSetBackoff,
};

#[test]
fn french_feedback_and_details() {
    topset::set_language(Language::French);

    // Messages follow the interface language, with decimal commas.
    let bench = LoggedExercise {
        exercise: "Développé couché".to_owned(),
        sets: vec![
            LoggedSet::new(SetKind::WarmUp, Some(Load::kg(60.0)), 8, None),
            LoggedSet::new(SetKind::Top, Some(Load::kg(110.0)), 4, Some(8.5)),
            LoggedSet::new(SetKind::Backoff, Some(Load::kg(100.0)), 7, Some(8.5)),
            LoggedSet::new(SetKind::Backoff, Some(Load::kg(100.0)), 6, Some(9.0)),
        ],
        note: String::new(),
    };
    let feedback = logged_exercise_feedback(&bench, &Journal::default());
    let ids: Vec<CheckId> = feedback.checks.iter().map(|check| check.id).collect();
    assert_eq!(ids, [CheckId::BackoffRepsLow]);
    assert_eq!(
        feedback.messages,
        [
            "Développé couché : séries de backoff sous 8 répétitions (au plus bas 6). \
          Baissez davantage la charge la prochaine fois."
        ]
    );

    // Backoff details of a typed top set of 120 kg: 108 kg asked, 107.5 kg loaded.
    let journal = Journal::default();
    let start = logger_support::local_time();
    let mut draft = SessionDraft::from_scratch(&journal, "Push", &[], start);
    let mut bench = DraftExercise::planned(
        "Bench press",
        Prescription::TopSetBackoff(TopSetBackoff::default()),
        &journal,
    );
    let top = bench
        .logged
        .sets
        .iter()
        .position(|set| set.kind == SetKind::Top)
        .expect("a top set");
    bench.set_load(top, Some(Load::kg(120.0)), &journal.settings.plates);
    draft.exercises.push(bench);
    let mut harness = harness_with(journal, Some(draft));
    harness.run();
    let expected = "visé −10 % (108 kg), chargé 107,5 kg (−10,4 %) · 25 + 15 + 2,5 + 1,25 par côté";
    assert_eq!(harness.get_all_by_label(expected).count(), 3);
}
