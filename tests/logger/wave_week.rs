//! Starting a planned day of a wave program: the logger plans the top set
//! with the reps and load the editor's projection shows for that week.

use crate::logger_support;

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use logger_support::{classic_chart_percent, harness_with};
use topset::model::{
    Day, ExerciseSlot, Journal, Prescription, Program, Progression, SetKind, StartingPoint,
    TopSetBackoff, Unit, Week,
};

/// e1RM the program starts the bench press from, in kg.
const BENCH_E1RM: f64 = 123.3;

/// Builds a journal whose active program is three weeks of one bench press
/// top set (3 reps at RPE 8 as written) waved 5, 4, 3 reps.
fn wave_journal() -> Journal {
    let slot = ExerciseSlot {
        exercise: "Bench Press".to_owned(),
        prescription: Prescription::TopSetBackoff(TopSetBackoff {
            top_reps: 3,
            top_rpe: Some(8.0),
            ..TopSetBackoff::default()
        }),
        progression: Some(Progression::Wave {
            reps: vec![5, 4, 3],
            wave_increment: 5.0,
        }),
        ..ExerciseSlot::default()
    };
    let week = Week {
        days: vec![Day {
            name: "Bench day".to_owned(),
            slots: vec![slot],
        }],
    };
    let program = Program {
        name: "Wave block".to_owned(),
        unit: Unit::Kg,
        weeks: vec![week.clone(), week.clone(), week],
        starting_points: [("Bench Press".to_owned(), StartingPoint::E1rm(BENCH_E1RM))].into(),
        ..Program::default()
    };
    let mut journal = Journal::default();
    journal.settings.active_program = Some(program.name.clone());
    journal.programs.push(program);
    journal
}

#[test]
fn wave_week_one_plans_five_reps() {
    // Week 1 of the wave is 5 reps at RPE 8: 81.1 % of 123.3 kg is
    // 99.996 kg, and the nearest load of pairs of plates is 100 kg.
    assert_eq!(classic_chart_percent(5, 8.0), 81.1);
    let mut harness = harness_with(wave_journal(), None);
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Start").click();
    harness.run();

    let draft = harness
        .state()
        .logger
        .draft
        .as_ref()
        .expect("a session started");
    let planned = draft.planned.as_ref().expect("a planned day");
    assert_eq!((planned.week, planned.day), (0, 0));
    let bench = &draft.exercises[0].logged;
    let top = bench
        .sets
        .iter()
        .find(|set| set.kind == SetKind::Top)
        .expect("a planned top set");
    assert_eq!(top.reps, 5);
    assert_eq!(top.load.map(|load| load.value), Some(100.0));
    assert_eq!(top.load.map(|load| load.unit), Some(Unit::Kg));

    // The backoffs follow the prefilled top set: 10 % below 100 kg.
    let backoffs: Vec<Option<f64>> = bench
        .sets
        .iter()
        .filter(|set| set.kind == SetKind::Backoff)
        .map(|set| set.load.map(|load| load.value))
        .collect();
    assert_eq!(backoffs, [Some(90.0), Some(90.0), Some(90.0)]);
}
