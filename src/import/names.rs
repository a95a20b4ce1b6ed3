//! Exercise names: mapping the names other apps use to Topset's library.
//!
//! A name found in a file is resolved in this order. First come the
//! journal's own aliases (edited by the user), then the built-in table of
//! names Strong, Hevy and FitNotes use, then an exercise the journal or the
//! built-in library ([`crate::model::library`]) already has that differs
//! only by case or spaces. Otherwise the name is kept, trimmed.

use std::collections::{BTreeMap, HashMap};

use crate::model::{Journal, library};
use crate::storage::MAX_NAME_BYTES;

/// Built-in names from other apps, lower case with single spaces, and the
/// library name each stands for (a name of [`library`]). Equipment variants that change the load
/// scale (a machine squat, dumbbell deadlifts) keep their own names.
const KNOWN_NAMES: &[(&str, &str)] = &[
    ("squat (barbell)", "Squat"),
    ("back squat", "Squat"),
    ("barbell squat", "Squat"),
    ("barbell back squat", "Squat"),
    ("back squat (barbell)", "Squat"),
    ("bench press (barbell)", "Bench Press"),
    ("barbell bench press", "Bench Press"),
    ("flat barbell bench press", "Bench Press"),
    ("deadlift (barbell)", "Deadlift"),
    ("conventional deadlift", "Deadlift"),
    ("barbell deadlift", "Deadlift"),
    ("overhead press (barbell)", "Overhead Press"),
    ("barbell shoulder press", "Overhead Press"),
    ("standing military press", "Overhead Press"),
    ("strict military press (barbell)", "Overhead Press"),
    ("military press", "Overhead Press"),
    ("bent over row (barbell)", "Barbell Row"),
    ("barbell rows", "Barbell Row"),
    ("bent over barbell row", "Barbell Row"),
    ("front squat (barbell)", "Front Squat"),
    ("barbell front squat", "Front Squat"),
    ("romanian deadlift (barbell)", "Romanian Deadlift"),
    ("barbell romanian deadlift", "Romanian Deadlift"),
    ("incline bench press (barbell)", "Incline Bench Press"),
    ("barbell incline press", "Incline Bench Press"),
    ("incline barbell bench press", "Incline Bench Press"),
    ("pull up (weighted)", "Weighted Pull-up"),
    ("weighted pull up", "Weighted Pull-up"),
    ("weighted pull ups", "Weighted Pull-up"),
    ("incline bench press (dumbbell)", "Incline Dumbbell Press"),
    ("dumbbell incline press", "Incline Dumbbell Press"),
    ("incline dumbbell bench press", "Incline Dumbbell Press"),
    ("cable crossover", "Cable Fly"),
    ("cable fly crossovers", "Cable Fly"),
    ("chest fly (cable)", "Cable Fly"),
    ("lateral raise (dumbbell)", "Lateral Raise"),
    ("dumbbell lateral raise", "Lateral Raise"),
    ("lateral dumbbell raise", "Lateral Raise"),
    ("tricep pushdown", "Triceps Pushdown"),
    (
        "triceps pushdown (cable - straight bar)",
        "Triceps Pushdown",
    ),
    ("triceps pushdown (cable)", "Triceps Pushdown"),
    ("leg press (machine)", "Leg Press"),
    ("leg press machine", "Leg Press"),
    ("leg curl (machine)", "Leg Curl"),
    ("leg curls", "Leg Curl"),
    ("standing calf raise", "Calf Raise"),
    ("standing calf raises", "Calf Raise"),
    ("calf raise (machine)", "Calf Raise"),
    ("calf raises", "Calf Raise"),
    ("dip (weighted)", "Weighted Dip"),
    ("weighted dips", "Weighted Dip"),
    ("chest dip (weighted)", "Weighted Dip"),
    ("lat pulldown (cable)", "Lat Pulldown"),
    ("lat pulldown (machine)", "Lat Pulldown"),
    ("lat pulldowns", "Lat Pulldown"),
    ("face pull (cable)", "Face Pull"),
    ("face pulls", "Face Pull"),
    ("face cable pull", "Face Pull"),
    ("pull up", "Pull-up"),
    ("pull ups", "Pull-up"),
    ("pullups", "Pull-up"),
    ("pull-ups", "Pull-up"),
    ("chin up", "Chin-up"),
    ("chin ups", "Chin-up"),
    ("chinups", "Chin-up"),
    ("chin-ups", "Chin-up"),
    ("dips", "Dip"),
    ("chest dip", "Dip"),
    ("chest dips", "Dip"),
    ("triceps dip", "Dip"),
    ("push up", "Push-up"),
    ("push ups", "Push-up"),
    ("pushups", "Push-up"),
    ("push-ups", "Push-up"),
    ("bicep curl (barbell)", "Bicep Curl"),
    ("biceps curl (barbell)", "Bicep Curl"),
    ("barbell curl", "Bicep Curl"),
    ("barbell curls", "Bicep Curl"),
    ("biceps curl", "Bicep Curl"),
    ("hammer curl (dumbbell)", "Hammer Curl"),
    ("dumbbell hammer curl", "Hammer Curl"),
    ("hammer curls", "Hammer Curl"),
    ("leg extension (machine)", "Leg Extension"),
    ("leg extension machine", "Leg Extension"),
    ("leg extensions", "Leg Extension"),
    ("hip thrust (barbell)", "Hip Thrust"),
    ("barbell hip thrust", "Hip Thrust"),
    ("hip thrusts", "Hip Thrust"),
    ("good morning (barbell)", "Good Morning"),
    ("good mornings", "Good Morning"),
    ("skullcrusher (barbell)", "Skull Crusher"),
    ("skullcrusher", "Skull Crusher"),
    ("skull crushers", "Skull Crusher"),
    ("skullcrushers", "Skull Crusher"),
    ("bent over one arm row (dumbbell)", "Dumbbell Row"),
    ("bent over row (dumbbell)", "Dumbbell Row"),
    ("one arm dumbbell row", "Dumbbell Row"),
    ("kneeling dumbbell row", "Dumbbell Row"),
    ("bench press (dumbbell)", "Dumbbell Bench Press"),
    ("flat dumbbell bench press", "Dumbbell Bench Press"),
    ("seated row (cable)", "Seated Cable Row"),
    ("seated cable rows", "Seated Cable Row"),
    ("seated cable row - v grip (cable)", "Seated Cable Row"),
    ("shrug (barbell)", "Shrug"),
    ("barbell shrug", "Shrug"),
    ("shrugs", "Shrug"),
    ("planks", "Plank"),
    ("crunches", "Crunch"),
    ("crunch (bodyweight)", "Crunch"),
    ("sumo deadlift (barbell)", "Sumo Deadlift"),
    ("hack squat (machine)", "Hack Squat"),
    ("t bar row", "T-Bar Row"),
    ("lunge (dumbbell)", "Lunge"),
    ("dumbbell lunges", "Lunge"),
    ("shoulder press (dumbbell)", "Dumbbell Shoulder Press"),
    ("overhead press (dumbbell)", "Dumbbell Shoulder Press"),
    ("chest press (machine)", "Machine Chest Press"),
    ("shoulder press (machine)", "Machine Shoulder Press"),
    ("reverse fly (cable)", "Reverse Fly"),
    ("preacher curl (machine)", "Preacher Curl"),
    ("hanging leg raises", "Hanging Leg Raise"),
    ("crunch (cable)", "Cable Crunch"),
    // Strong's German exercise names.
    ("kniebeugen (langhantel)", "Squat"),
    ("bankdrücken (langhantel)", "Bench Press"),
    ("kreuzheben (langhantel)", "Deadlift"),
];

/// Returns the key names are compared by: the name in lower case, trimmed,
/// with single spaces.
pub fn name_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    for word in name.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        for character in word.chars() {
            key.extend(character.to_lowercase());
        }
    }
    key
}

/// Trims a name, collapses inner runs of spaces and cuts it to the longest
/// name a journal stores.
pub fn tidy_name(name: &str) -> String {
    let tidy = name.split_whitespace().collect::<Vec<_>>().join(" ");
    fit_text(&tidy, MAX_NAME_BYTES).to_owned()
}

/// Returns the longest start of `text` that fits in `max` bytes without
/// cutting a character in two.
pub(crate) fn fit_text(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The mapping from names found in files to journal exercise names.
///
/// Owned and `Send`, so a worker thread can resolve names without the journal.
#[derive(Clone, Debug)]
pub struct ExerciseNames {
    /// User aliases, by name key.
    aliases: HashMap<String, String>,
    /// Library and journal exercise names, by name key.
    known: HashMap<String, String>,
}

impl Default for ExerciseNames {
    /// The built-in mapping, with no user aliases.
    fn default() -> Self {
        Self::with_aliases(&BTreeMap::new())
    }
}

impl ExerciseNames {
    /// Builds the mapping for importing into `journal` from its aliases, its
    /// exercises and the library names.
    pub fn for_journal(journal: &Journal) -> Self {
        let mut names = Self::with_aliases(&journal.exercise_aliases);
        for exercise in &journal.exercises {
            names
                .known
                .insert(name_key(&exercise.name), exercise.name.clone());
        }
        names
    }

    /// Builds the built-in mapping plus `aliases` (source name → journal name).
    pub fn with_aliases(aliases: &BTreeMap<String, String>) -> Self {
        let mut known = HashMap::new();
        for exercise in library() {
            known.insert(name_key(&exercise.name), exercise.name.clone());
        }
        for (source, target) in KNOWN_NAMES {
            known.insert((*source).to_owned(), (*target).to_owned());
        }
        let aliases = aliases
            .iter()
            .map(|(source, target)| (name_key(source), target.clone()))
            .collect();
        Self { aliases, known }
    }

    /// Returns the journal name for `name` as written in a file.
    pub fn resolve(&self, name: &str) -> String {
        let key = name_key(name);
        if let Some(target) = self.aliases.get(&key) {
            return target.clone();
        }
        if let Some(target) = self.known.get(&key) {
            return target.clone();
        }
        tidy_name(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strong_names_map_to_library() {
        let names = ExerciseNames::with_aliases(&BTreeMap::new());
        assert_eq!(names.resolve("Bench Press (Barbell)"), "Bench Press");
        assert_eq!(names.resolve("Squat (Barbell)"), "Squat");
        assert_eq!(names.resolve("Pull Up"), "Pull-up");
        assert_eq!(names.resolve("  squat   (barbell) "), "Squat");
    }

    #[test]
    fn library_names_resolve_to_themselves() {
        let names = ExerciseNames::default();
        assert_eq!(names.resolve("sumo  deadlift"), "Sumo Deadlift");
        assert_eq!(names.resolve("HACK SQUAT"), "Hack Squat");
    }

    #[test]
    fn app_names_map_to_library_entries() {
        for (source, target) in KNOWN_NAMES {
            let in_library = library().iter().any(|exercise| exercise.name == *target);
            assert!(in_library, "{source} maps to {target}, not in the library");
        }
    }

    #[test]
    fn unknown_names_are_trimmed() {
        let names = ExerciseNames::with_aliases(&BTreeMap::new());
        assert_eq!(names.resolve("Deadlift Old Data "), "Deadlift Old Data");
        assert_eq!(names.resolve("Squat (Machine)"), "Squat (Machine)");
    }

    #[test]
    fn user_aliases_win() {
        let aliases = BTreeMap::from([("Deadlift Old Data".to_owned(), "Deadlift".to_owned())]);
        let names = ExerciseNames::with_aliases(&aliases);
        assert_eq!(names.resolve("deadlift old data"), "Deadlift");
    }
}
