//! The built-in exercise library: canonical names, suitability, muscles.

use topset::model::{Equipment, Muscle, Suitability, exercise_library, find_exercise};

const CANONICAL_NAMES: [&str; 35] = [
    "Squat",
    "Bench Press",
    "Deadlift",
    "Overhead Press",
    "Barbell Row",
    "Front Squat",
    "Romanian Deadlift",
    "Incline Bench Press",
    "Weighted Pull-up",
    "Incline Dumbbell Press",
    "Cable Fly",
    "Lateral Raise",
    "Triceps Pushdown",
    "Leg Press",
    "Leg Curl",
    "Calf Raise",
    "Weighted Dip",
    "Lat Pulldown",
    "Face Pull",
    "Pull-up",
    "Chin-up",
    "Dip",
    "Push-up",
    "Bicep Curl",
    "Hammer Curl",
    "Leg Extension",
    "Hip Thrust",
    "Good Morning",
    "Skull Crusher",
    "Dumbbell Row",
    "Dumbbell Bench Press",
    "Seated Cable Row",
    "Shrug",
    "Plank",
    "Crunch",
];

#[test]
fn library_has_every_canonical_name() {
    let library = exercise_library();
    for name in CANONICAL_NAMES {
        assert!(
            library.iter().any(|exercise| exercise.name == name),
            "{name} missing"
        );
    }
}

#[test]
fn suitability_follows_guide() {
    let library = exercise_library();
    let suitability = |name: &str| {
        library
            .iter()
            .find(|exercise| exercise.name == name)
            .unwrap()
            .suitability
    };
    for name in [
        "Squat",
        "Bench Press",
        "Deadlift",
        "Overhead Press",
        "Barbell Row",
    ] {
        assert_eq!(suitability(name), Suitability::Ideal, "{name}");
    }
    for name in [
        "Front Squat",
        "Romanian Deadlift",
        "Incline Bench Press",
        "Weighted Pull-up",
    ] {
        assert_eq!(suitability(name), Suitability::Good, "{name}");
    }
    for name in [
        "Good Morning",
        "Skull Crusher",
        "Leg Press",
        "Lateral Raise",
        "Cable Fly",
    ] {
        assert_eq!(suitability(name), Suitability::NotRecommended, "{name}");
    }
}

#[test]
fn isolation_and_machines_not_recommended() {
    for exercise in exercise_library() {
        if exercise.isolation || exercise.is_machine() {
            assert_eq!(
                exercise.suitability,
                Suitability::NotRecommended,
                "{}",
                exercise.name
            );
        }
    }
}

#[test]
fn entries_have_expected_details() {
    let library = exercise_library();
    let find = |name: &str| {
        library
            .iter()
            .find(|exercise| exercise.name == name)
            .unwrap()
    };
    assert_eq!(
        find("Bench Press").muscles,
        [Muscle::Chest, Muscle::Triceps]
    );
    assert_eq!(find("Bench Press").equipment, Equipment::Barbell);
    assert!(!find("Bench Press").isolation);
    assert!(find("Leg Curl").isolation);
    assert_eq!(find("Leg Curl").equipment, Equipment::Machine);
    assert_eq!(find("Lat Pulldown").equipment, Equipment::Cable);
    assert_eq!(find("Calf Raise").muscles, [Muscle::Calves]);
}

#[test]
fn lookup_ignores_case_and_spaces() {
    assert_eq!(
        find_exercise("  bench press ", &[]).unwrap().name,
        "Bench Press"
    );
    assert!(find_exercise("Bench Press (Barbell)", &[]).is_none());
}
