//! The journal: everything a user keeps in one file.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::e1rm::E1rmMethod;
use super::exercise::Exercise;
use super::plates::PlateInventory;
use super::program::Program;
use super::session::Session;
use super::units::Unit;

/// Journal format version written by this build.
pub const JOURNAL_VERSION: u32 = 1;

/// Interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    #[default]
    English,
    French,
}

impl Language {
    /// Locale code used by the translation files.
    pub fn code(self) -> &'static str {
        match self {
            Self::English => "en",
            Self::French => "fr",
        }
    }

    /// Picks French for a locale such as "fr-FR" or "fr_CA", English otherwise.
    pub fn from_locale(locale: &str) -> Self {
        if locale.to_ascii_lowercase().starts_with("fr") {
            Self::French
        } else {
            Self::English
        }
    }
}

/// User preferences stored in the journal.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// Unit for new loads and for charts.
    #[serde(default)]
    pub unit: Unit,
    /// Interface language; `None` follows the system locale.
    #[serde(default)]
    pub language: Option<Language>,
    #[serde(default)]
    pub e1rm_method: E1rmMethod,
    #[serde(default)]
    pub plates: PlateInventory,
    /// Smallest and largest backoff drop the lifter uses, in percent.
    #[serde(default = "default_drop_band")]
    pub drop_band: (f64, f64),
    /// Name of the program sessions are planned from.
    #[serde(default)]
    pub active_program: Option<String>,
}

fn default_drop_band() -> (f64, f64) {
    (10.0, 15.0)
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            unit: Unit::Kg,
            language: None,
            e1rm_method: E1rmMethod::RpeChart,
            plates: PlateInventory::standard_kg(),
            drop_band: default_drop_band(),
            active_program: None,
        }
    }
}

/// The user's journal: programs, sessions, the exercise list and settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Journal {
    pub version: u32,
    #[serde(default)]
    pub settings: Settings,
    #[serde(default)]
    pub exercises: Vec<Exercise>,
    #[serde(default)]
    pub programs: Vec<Program>,
    #[serde(default)]
    pub sessions: Vec<Session>,
    /// Exercise names found in imported files, mapped to the journal
    /// exercise they stand for; edited by the user in the import dialog.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub exercise_aliases: BTreeMap<String, String>,
}

impl Default for Journal {
    fn default() -> Self {
        Self {
            version: JOURNAL_VERSION,
            settings: Settings::default(),
            exercises: Vec::new(),
            programs: Vec::new(),
            sessions: Vec::new(),
            exercise_aliases: BTreeMap::new(),
        }
    }
}

impl Journal {
    /// Returns the exercise named `name`, if the list contains it.
    pub fn exercise(&self, name: &str) -> Option<&Exercise> {
        self.exercises.iter().find(|exercise| exercise.name == name)
    }

    /// Returns the program named `name`, if the journal contains it.
    pub fn program(&self, name: &str) -> Option<&Program> {
        self.programs.iter().find(|program| program.name == name)
    }

    /// Returns an id no session uses yet.
    pub fn next_session_id(&self) -> u64 {
        self.sessions
            .iter()
            .map(|session| session.id)
            .max()
            .map_or(1, |id| id + 1)
    }

    /// Adds `session`, keeping sessions sorted by start time.
    pub fn insert_session(&mut self, session: Session) {
        let index = self
            .sessions
            .partition_point(|existing| existing.start <= session.start);
        self.sessions.insert(index, session);
    }

    /// Names of every exercise that has at least one logged session, sorted.
    pub fn logged_exercise_names(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .sessions
            .iter()
            .flat_map(|session| {
                session
                    .exercises
                    .iter()
                    .map(|logged| logged.exercise.clone())
            })
            .collect();
        names.sort();
        names.dedup();
        names
    }
}
