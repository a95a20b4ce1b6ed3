//! Coaching feedback and backoff details in French. In its own file because
//! the interface language is process-wide.

use std::time::Instant;

use chrono::NaiveDate;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use topset::app::{Command, DraftExercise, SessionDraft, logged_exercise_feedback};
use topset::model::{
    CheckId, Journal, Language, Load, LoggedExercise, LoggedSet, Prescription, SetKind,
    TopSetBackoff,
};
use topset::ui::session_logger::{LoggerClock, SessionLoggerState, session_logger_ui};

struct Fixture {
    logger: SessionLoggerState,
    journal: Journal,
    clock: LoggerClock,
    commands: Vec<Command>,
}

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
    let start = NaiveDate::from_ymd_opt(2026, 12, 4)
        .and_then(|date| date.and_hms_opt(7, 0, 0))
        .expect("valid date");
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
    let mut logger = SessionLoggerState::default();
    logger.draft = Some(draft);
    let fixture = Fixture {
        logger,
        journal,
        clock: LoggerClock {
            now: Instant::now(),
            local: start,
        },
        commands: Vec::new(),
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 1000.0))
        .build_ui_state(
            |ui, fixture: &mut Fixture| {
                session_logger_ui(
                    ui,
                    &mut fixture.logger,
                    &fixture.journal,
                    fixture.clock,
                    &mut fixture.commands,
                );
            },
            fixture,
        );
    harness.run();
    let expected = "demandé −10 % (108 kg), chargé 107,5 kg (−10,4 %) · 25 15 2,5 1,25 par côté";
    assert_eq!(harness.get_all_by_label(expected).count(), 3);
}
