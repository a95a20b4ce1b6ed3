//! Exercise list entries added by importing a real export: library entries
//! for names in the built-in library, guesses for the others. Expected
//! values were read off `src/model/library.rs` and the CSV rows.

use std::collections::BTreeMap;
use std::path::Path;

use topset::import::{self, ImportOptions};
use topset::model::{Equipment, Exercise, Journal, Muscle, Suitability, Unit, weekly_hard_sets};

/// Imports `strong-lb-plain.csv` (loads in lb) into `journal`.
fn import_strong_plain(journal: &mut Journal) -> import::ApplyReport {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/exports/strong-lb-plain.csv");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    let options = ImportOptions {
        unit: Some(Unit::Lb),
        ..ImportOptions::for_journal(journal)
    };
    let preview = import::preview(&text, &options, None).expect("export imports");
    import::apply(journal, &preview).expect("the export fits in a journal")
}

fn entry<'a>(journal: &'a Journal, name: &str) -> &'a Exercise {
    journal
        .exercises
        .iter()
        .find(|exercise| exercise.name == name)
        .unwrap_or_else(|| panic!("no {name} in the exercise list"))
}

#[test]
fn squat_gets_library_muscles() {
    let mut journal = Journal::default();
    let report = import_strong_plain(&mut journal);
    assert!(report.new_exercises.contains(&"Squat".to_owned()));
    let squat = entry(&journal, "Squat");
    assert_eq!(squat.muscles, [Muscle::Quads, Muscle::Glutes]);
    assert_eq!(squat.equipment, Equipment::Barbell);
    assert_eq!(squat.suitability, Suitability::Ideal);
    assert!(!squat.isolation);
}

#[test]
fn isolation_flag_comes_from_library() {
    let mut journal = Journal::default();
    import_strong_plain(&mut journal);
    let raise = entry(&journal, "Lateral Raise");
    assert_eq!(raise.muscles, [Muscle::Shoulders]);
    assert_eq!(raise.equipment, Equipment::Dumbbell);
    assert_eq!(raise.suitability, Suitability::NotRecommended);
    assert!(raise.isolation);
    // "Sumo Deadlift (Barbell)" maps to the library's "Sumo Deadlift".
    let sumo = entry(&journal, "Sumo Deadlift");
    assert_eq!(
        sumo.muscles,
        [
            Muscle::Quads,
            Muscle::Glutes,
            Muscle::Hamstrings,
            Muscle::Back
        ]
    );
    assert_eq!(sumo.suitability, Suitability::Good);
}

#[test]
fn unknown_names_keep_equipment_guess() {
    let mut journal = Journal::default();
    import_strong_plain(&mut journal);
    let adductor = entry(&journal, "Hip Adductor (Machine)");
    assert!(adductor.muscles.is_empty());
    assert_eq!(adductor.equipment, Equipment::Machine);
    assert_eq!(adductor.suitability, Suitability::default());
    assert!(!adductor.isolation);
    let porsey = entry(&journal, "Porsey Row");
    assert_eq!(porsey.equipment, Equipment::Other);
}

#[test]
fn existing_entries_are_left_alone() {
    let mut journal = Journal::default();
    let edited = Exercise::new(
        "Squat",
        &[Muscle::Quads],
        Equipment::Machine,
        Suitability::Good,
    );
    journal.exercises.push(edited.clone());
    let report = import_strong_plain(&mut journal);
    assert!(!report.new_exercises.contains(&"Squat".to_owned()));
    assert_eq!(entry(&journal, "Squat"), &edited);
}

#[test]
fn imported_sets_count_per_muscle() {
    let mut journal = Journal::default();
    import_strong_plain(&mut journal);
    let legs = journal
        .sessions
        .iter()
        .find(|session| session.start.to_string() == "2023-01-01 09:24:45")
        .expect("first session");
    // Lines 2-15 have no RPE: 5 squat sets (quads, glutes) and 3 hip thrust
    // sets (glutes). Lying leg curls and Smith machine calf raises map to no
    // library entry, so they count for no muscle.
    let expected = BTreeMap::from([(Muscle::Quads, 5), (Muscle::Glutes, 8)]);
    assert_eq!(
        weekly_hard_sets(std::slice::from_ref(legs), &journal.exercises),
        expected
    );
}
