//! Values the editor derives from the shown program and the journal, kept
//! between frames and rebuilt only when either changes.

use std::collections::BTreeMap;

use crate::model::{Journal, Muscle, Program, Projection, planned_hard_sets, project_program};
use crate::storage::name_key;

/// Inputs of the cached values: the journal revision, the number of
/// sessions and exercises (in case the revision is not kept up to date) and
/// the program itself.
type CacheKey = (u64, usize, usize, Program);

/// Exercise choices, weekly hard sets and the projection of the shown program.
#[derive(Default)]
pub struct PlanCache {
    key: Option<CacheKey>,
    /// Exercise names to choose from: the journal's, then the library's, without repeats.
    exercise_names: Vec<String>,
    /// Planned hard sets per muscle, one map per week.
    weekly_sets: Vec<BTreeMap<Muscle, u32>>,
    /// Projection, computed the first time it is shown after a change.
    projection: Option<Projection>,
}

impl PlanCache {
    /// Clears the cached values when `program`, the journal or `revision` changed.
    pub fn refresh(&mut self, revision: u64, program: &Program, journal: &Journal) {
        let fresh = self.key.as_ref().is_some_and(|key| {
            key.0 == revision
                && key.1 == journal.sessions.len()
                && key.2 == journal.exercises.len()
                && key.3 == *program
        });
        if fresh {
            return;
        }
        self.exercise_names = exercise_choices(journal);
        self.weekly_sets = program
            .weeks
            .iter()
            .map(|week| planned_hard_sets(week, &journal.exercises))
            .collect();
        self.projection = None;
        self.key = Some((
            revision,
            journal.sessions.len(),
            journal.exercises.len(),
            program.clone(),
        ));
    }

    pub fn exercise_names(&self) -> &[String] {
        &self.exercise_names
    }

    pub fn weekly_sets(&self) -> &[BTreeMap<Muscle, u32>] {
        &self.weekly_sets
    }

    /// Returns the projection of the program given to the last
    /// [`PlanCache::refresh`], computing it when needed.
    pub fn projection(&mut self, journal: &Journal) -> Option<&Projection> {
        let program = &self.key.as_ref()?.3;
        let projection = self.projection.get_or_insert_with(|| {
            project_program(
                program,
                &journal.sessions,
                &journal.exercises,
                &journal.settings,
            )
        });
        Some(projection)
    }
}

fn exercise_choices(journal: &Journal) -> Vec<String> {
    let mut keys = std::collections::HashSet::new();
    let mut names = Vec::new();
    let all = journal.exercises.iter().chain(crate::model::library());
    for exercise in all {
        if keys.insert(name_key(&exercise.name)) {
            names.push(exercise.name.clone());
        }
    }
    names
}
