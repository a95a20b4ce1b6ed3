//! Built-in exercise library: the method guide's exercises and the ones most
//! common in other apps' exports, with canonical names that imports map to.
//!
//! `muscles` lists the muscles a set counts toward for weekly hard sets: the
//! prime movers only (bench press counts for chest and triceps, not for
//! shoulders), so that weekly counts are not inflated.

use std::sync::OnceLock;

use super::exercise::{
    Equipment::{self, Barbell, Bodyweight, Cable, Dumbbell, Machine},
    Exercise,
    Muscle::{
        self, Abs, Back, Biceps, Calves, Chest, Forearms, Glutes, Hamstrings, Quads, Shoulders,
        Triceps,
    },
    Suitability::{self, Good, Ideal, NotRecommended},
};

/// Whether an entry works one joint.
#[derive(Clone, Copy, PartialEq)]
enum Joints {
    Compound,
    Isolation,
}
use Joints::{Compound, Isolation};

/// Name, muscles, equipment, joints and suitability of every entry.
///
/// Suitability follows the method guide. Ideal: squat, bench press,
/// deadlift, overhead press, barbell row. Good: front squat, Romanian
/// deadlift, incline bench press, weighted pull-up. Not recommended: the
/// rest, which covers isolation exercises, machines, lifts risky at maximal
/// effort (good mornings, skull crushers) and exercises the guide plans as
/// straight sets.
const ENTRIES: &[(&str, &[Muscle], Equipment, Joints, Suitability)] = &[
    ("Squat", &[Quads, Glutes], Barbell, Compound, Ideal),
    ("Bench Press", &[Chest, Triceps], Barbell, Compound, Ideal),
    (
        "Deadlift",
        &[Hamstrings, Glutes, Back],
        Barbell,
        Compound,
        Ideal,
    ),
    (
        "Overhead Press",
        &[Shoulders, Triceps],
        Barbell,
        Compound,
        Ideal,
    ),
    ("Barbell Row", &[Back, Biceps], Barbell, Compound, Ideal),
    ("Front Squat", &[Quads, Glutes], Barbell, Compound, Good),
    (
        "Romanian Deadlift",
        &[Hamstrings, Glutes],
        Barbell,
        Compound,
        Good,
    ),
    (
        "Incline Bench Press",
        &[Chest, Shoulders, Triceps],
        Barbell,
        Compound,
        Good,
    ),
    (
        "Weighted Pull-up",
        &[Back, Biceps],
        Bodyweight,
        Compound,
        Good,
    ),
    (
        "Sumo Deadlift",
        &[Quads, Glutes, Hamstrings, Back],
        Barbell,
        Compound,
        Good,
    ),
    (
        "Incline Dumbbell Press",
        &[Chest, Shoulders, Triceps],
        Dumbbell,
        Compound,
        NotRecommended,
    ),
    ("Cable Fly", &[Chest], Cable, Isolation, NotRecommended),
    (
        "Lateral Raise",
        &[Shoulders],
        Dumbbell,
        Isolation,
        NotRecommended,
    ),
    (
        "Triceps Pushdown",
        &[Triceps],
        Cable,
        Isolation,
        NotRecommended,
    ),
    (
        "Leg Press",
        &[Quads, Glutes],
        Machine,
        Compound,
        NotRecommended,
    ),
    (
        "Leg Curl",
        &[Hamstrings],
        Machine,
        Isolation,
        NotRecommended,
    ),
    ("Calf Raise", &[Calves], Machine, Isolation, NotRecommended),
    (
        "Weighted Dip",
        &[Chest, Triceps],
        Bodyweight,
        Compound,
        NotRecommended,
    ),
    (
        "Lat Pulldown",
        &[Back, Biceps],
        Cable,
        Compound,
        NotRecommended,
    ),
    (
        "Face Pull",
        &[Shoulders, Back],
        Cable,
        Isolation,
        NotRecommended,
    ),
    (
        "Pull-up",
        &[Back, Biceps],
        Bodyweight,
        Compound,
        NotRecommended,
    ),
    (
        "Chin-up",
        &[Back, Biceps],
        Bodyweight,
        Compound,
        NotRecommended,
    ),
    (
        "Dip",
        &[Chest, Triceps],
        Bodyweight,
        Compound,
        NotRecommended,
    ),
    (
        "Push-up",
        &[Chest, Triceps],
        Bodyweight,
        Compound,
        NotRecommended,
    ),
    ("Bicep Curl", &[Biceps], Dumbbell, Isolation, NotRecommended),
    (
        "Hammer Curl",
        &[Biceps, Forearms],
        Dumbbell,
        Isolation,
        NotRecommended,
    ),
    (
        "Leg Extension",
        &[Quads],
        Machine,
        Isolation,
        NotRecommended,
    ),
    ("Hip Thrust", &[Glutes], Barbell, Isolation, NotRecommended),
    (
        "Good Morning",
        &[Hamstrings, Glutes, Back],
        Barbell,
        Compound,
        NotRecommended,
    ),
    (
        "Skull Crusher",
        &[Triceps],
        Barbell,
        Isolation,
        NotRecommended,
    ),
    (
        "Dumbbell Row",
        &[Back, Biceps],
        Dumbbell,
        Compound,
        NotRecommended,
    ),
    (
        "Dumbbell Bench Press",
        &[Chest, Triceps],
        Dumbbell,
        Compound,
        NotRecommended,
    ),
    (
        "Seated Cable Row",
        &[Back, Biceps],
        Cable,
        Compound,
        NotRecommended,
    ),
    ("Shrug", &[Back], Barbell, Isolation, NotRecommended),
    ("Plank", &[Abs], Bodyweight, Isolation, NotRecommended),
    ("Crunch", &[Abs], Bodyweight, Isolation, NotRecommended),
    (
        "Hack Squat",
        &[Quads, Glutes],
        Machine,
        Compound,
        NotRecommended,
    ),
    (
        "Lunge",
        &[Quads, Glutes],
        Dumbbell,
        Compound,
        NotRecommended,
    ),
    (
        "T-Bar Row",
        &[Back, Biceps],
        Barbell,
        Compound,
        NotRecommended,
    ),
    (
        "Dumbbell Shoulder Press",
        &[Shoulders, Triceps],
        Dumbbell,
        Compound,
        NotRecommended,
    ),
    (
        "Machine Chest Press",
        &[Chest, Triceps],
        Machine,
        Compound,
        NotRecommended,
    ),
    (
        "Machine Shoulder Press",
        &[Shoulders, Triceps],
        Machine,
        Compound,
        NotRecommended,
    ),
    (
        "Reverse Fly",
        &[Shoulders],
        Cable,
        Isolation,
        NotRecommended,
    ),
    (
        "Triceps Extension",
        &[Triceps],
        Cable,
        Isolation,
        NotRecommended,
    ),
    (
        "Preacher Curl",
        &[Biceps],
        Machine,
        Isolation,
        NotRecommended,
    ),
    (
        "Hanging Leg Raise",
        &[Abs],
        Bodyweight,
        Isolation,
        NotRecommended,
    ),
    ("Cable Crunch", &[Abs], Cable, Isolation, NotRecommended),
];

/// Every exercise of the built-in library.
///
/// ```
/// use topset::model::{Suitability, exercise_library};
/// let library = exercise_library();
/// let squat = library.iter().find(|exercise| exercise.name == "Squat").unwrap();
/// assert_eq!(squat.suitability, Suitability::Ideal);
/// ```
pub fn exercise_library() -> Vec<Exercise> {
    library().to_vec()
}

/// The built-in library, built once.
pub fn library() -> &'static [Exercise] {
    static LIBRARY: OnceLock<Vec<Exercise>> = OnceLock::new();
    LIBRARY.get_or_init(|| {
        ENTRIES
            .iter()
            .map(|(name, muscles, equipment, joints, suitability)| {
                Exercise::new(name, muscles, *equipment, *suitability)
                    .with_isolation(*joints == Isolation)
            })
            .collect()
    })
}

/// The exercise named `name` in `exercises`, or else in the built-in
/// library, ignoring case and surrounding spaces.
pub fn find_exercise<'a>(name: &str, exercises: &'a [Exercise]) -> Option<&'a Exercise> {
    let name = name.trim();
    let matches = |exercise: &&Exercise| exercise.name.trim().eq_ignore_ascii_case(name);
    exercises
        .iter()
        .find(matches)
        .or_else(|| library().iter().find(matches))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique() {
        let mut names: Vec<&str> = ENTRIES.iter().map(|entry| entry.0).collect();
        names.sort_unstable();
        let count = names.len();
        names.dedup();
        assert_eq!(names.len(), count);
    }

    #[test]
    fn every_entry_has_a_muscle() {
        for exercise in library() {
            assert!(!exercise.muscles.is_empty(), "{}", exercise.name);
        }
    }

    #[test]
    fn compound_flag_matches_joints() {
        let compound_count = ENTRIES.iter().filter(|entry| entry.3 == Compound).count();
        let library_compound = library()
            .iter()
            .filter(|exercise| !exercise.isolation)
            .count();
        assert_eq!(compound_count, library_compound);
    }
}
