//! Sharing programs: the program file written on export, the journal change
//! an import makes, and the templates shipped inside the binary.

use std::path::Path;

use crate::model::{Exercise, Journal, Program, library};

use super::error::StorageError;
use super::program_file::{ProgramFile, program_file_from_str};

/// Templates compiled into the binary, as (key, program file text). Each is
/// a program file in the format "Export program…" writes.
pub const TEMPLATES: &[(&str, &str)] = &[
    (
        "guide_workouts",
        include_str!("../../assets/templates/guide-workouts.ron"),
    ),
    (
        "all_compounds",
        include_str!("../../assets/templates/all-compounds.ron"),
    ),
    (
        "primary_only",
        include_str!("../../assets/templates/primary-only.ron"),
    ),
    (
        "heavy_volume_days",
        include_str!("../../assets/templates/heavy-volume-days.ron"),
    ),
];

/// Parses the template named `key`; errors name `assets/templates/<key>.ron`.
pub fn load_template(key: &str) -> Result<ProgramFile, StorageError> {
    let text = TEMPLATES
        .iter()
        .find(|(template, _)| *template == key)
        .map_or("", |(_, text)| text);
    let path = format!("assets/templates/{}.ron", key.replace('_', "-"));
    program_file_from_str(text, Path::new(&path))
}

/// Builds the program file for the program at `index`: the program and the
/// journal's exercises it uses that are not in the built-in library.
pub fn program_file_for(journal: &Journal, index: usize) -> Option<ProgramFile> {
    let program = journal.programs.get(index)?.clone();
    let mut exercises: Vec<Exercise> = Vec::new();
    for name in exercise_names(&program) {
        let key = name_key(name);
        let in_library = library().iter().any(|known| name_key(&known.name) == key);
        let custom = journal
            .exercises
            .iter()
            .find(|exercise| name_key(&exercise.name) == key);
        if let Some(custom) = custom
            && !in_library
            && !exercises.iter().any(|added| name_key(&added.name) == key)
        {
            exercises.push(custom.clone());
        }
    }
    Some(ProgramFile::new(program, exercises))
}

/// Program and exercises that importing a program file adds to a journal.
#[derive(Clone, Debug, PartialEq)]
pub struct ProgramImport {
    /// The program, renamed when the journal has one of that name, with
    /// exercise names replaced by the journal's or library's spelling.
    pub program: Program,
    /// Custom exercises from the file that the journal does not have.
    pub new_exercises: Vec<Exercise>,
    /// Exercise names matched neither in the journal, the library nor the
    /// file's own exercises.
    pub unmatched: Vec<String>,
}

impl ProgramImport {
    /// Adds the program and the new exercises to `journal`.
    pub fn apply(self, journal: &mut Journal) {
        journal.exercises.extend(self.new_exercises);
        journal.programs.push(self.program);
    }
}

/// Matches the exercises of `file` to `journal` by name, ignoring case and
/// repeated spaces.
pub fn import_program(journal: &Journal, file: ProgramFile) -> ProgramImport {
    let ProgramFile {
        mut program,
        exercises: file_exercises,
        ..
    } = file;
    let mut new_exercises: Vec<Exercise> = Vec::new();
    let mut unmatched: Vec<String> = Vec::new();

    let slots = program
        .weeks
        .iter_mut()
        .flat_map(|week| &mut week.days)
        .flat_map(|day| &mut day.slots);
    for slot in slots {
        let key = name_key(&slot.exercise);
        let known = journal
            .exercises
            .iter()
            .chain(library())
            .chain(&new_exercises)
            .find(|exercise| name_key(&exercise.name) == key);
        if let Some(known) = known {
            slot.exercise = known.name.clone();
            continue;
        }
        if let Some(shared) = file_exercises
            .iter()
            .find(|exercise| name_key(&exercise.name) == key)
        {
            slot.exercise = shared.name.clone();
            new_exercises.push(shared.clone());
            continue;
        }
        if !unmatched.iter().any(|name| name_key(name) == key) {
            unmatched.push(slot.exercise.clone());
        }
    }

    program.name = unique_program_name(journal, &program.name);
    ProgramImport {
        program,
        new_exercises,
        unmatched,
    }
}

/// `name`, or `name (2)`, `name (3)`… when the journal already has it.
pub fn unique_program_name(journal: &Journal, name: &str) -> String {
    let mut candidate = name.to_owned();
    let mut number = 2;
    while journal.program(&candidate).is_some() {
        candidate = format!("{name} ({number})");
        number += 1;
    }
    candidate
}

/// Name compared without case and with runs of spaces as one.
pub fn name_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn exercise_names(program: &Program) -> impl Iterator<Item = &str> {
    program
        .weeks
        .iter()
        .flat_map(|week| &week.days)
        .flat_map(|day| &day.slots)
        .map(|slot| slot.exercise.as_str())
}
