//! Reading a header: which app wrote the file and what each column contains.

use serde::Serialize;

use crate::model::Unit;

/// The app a file was exported from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ImportFormat {
    Strong,
    Hevy,
    FitNotes,
    Liftosaur,
    /// Topset's own CSV export.
    Topset,
}

impl ImportFormat {
    /// Name of the app, as shown to the user.
    pub fn label(self) -> &'static str {
        match self {
            Self::Strong => "Strong",
            Self::Hevy => "Hevy",
            Self::FitNotes => "FitNotes",
            Self::Liftosaur => "Liftosaur",
            Self::Topset => "Topset",
        }
    }

    /// Value of [`crate::model::Session::source`] for sessions imported from
    /// this format.
    pub fn source(self) -> &'static str {
        match self {
            Self::Strong => "Strong CSV",
            Self::Hevy => "Hevy CSV",
            Self::FitNotes => "FitNotes CSV",
            Self::Liftosaur => "Liftosaur CSV",
            Self::Topset => "Topset CSV",
        }
    }
}

/// Meaning of a column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Date,
    EndTime,
    Workout,
    Duration,
    Exercise,
    SetMarker,
    WarmupFlag,
    AmrapFlag,
    Weight(Option<Unit>),
    WeightUnit,
    Reps,
    PlannedReps,
    Distance,
    Seconds,
    Time,
    Notes,
    ExerciseNotes,
    WorkoutNotes,
    Rpe,
    Category,
}

/// Recognises a header cell, already trimmed and in lower case. Covers the
/// English headers of each app and Strong's German and French ones.
fn role(name: &str) -> Option<Role> {
    let role = match name {
        "date" | "datum" | "start_time" | "workout datetime" | "workout date" | "fecha" => {
            Role::Date
        }
        "end_time" => Role::EndTime,
        "workout name"
        | "title"
        | "day name"
        | "workout-name"
        | "trainingsname"
        | "workoutname"
        | "nom de l'entraînement"
        | "nom de la séance"
        | "nom de l’entraînement" => Role::Workout,
        "duration" | "workout duration" | "dauer" | "trainingsdauer" | "durée" => Role::Duration,
        "exercise name"
        | "exercise"
        | "exercise_title"
        | "übungsname"
        | "übung"
        | "nom de l'exercice"
        | "nom de l’exercice"
        | "exercice" => Role::Exercise,
        "set order" | "set_type" | "satzreihenfolge" | "reihenfolge" | "satz"
        | "ordre des séries" | "ordre de la série" | "série" => Role::SetMarker,
        "is warmup set?" | "is warmup set" | "is warmup" => Role::WarmupFlag,
        "is amrap?" | "is amrap" => Role::AmrapFlag,
        "weight" | "gewicht" | "poids" | "charge" | "weight value" => Role::Weight(None),
        "weight unit" | "weight_unit" | "gewichtseinheit" | "unité de poids" | "unit" => {
            Role::WeightUnit
        }
        "reps" | "wiederholungen" | "wdh." | "wdh" | "répétitions" | "completed reps" => {
            Role::Reps
        }
        "required reps" => Role::PlannedReps,
        "distance" | "distance_km" | "entfernung" | "distanz" => Role::Distance,
        "seconds" | "duration_seconds" | "sekunden" | "secondes" => Role::Seconds,
        "time" => Role::Time,
        "notes" | "note" | "notizen" | "comment" | "kommentar" | "commentaire" => Role::Notes,
        "exercise_notes" => Role::ExerciseNotes,
        "workout notes"
        | "description"
        | "workout-notizen"
        | "trainingsnotizen"
        | "notes de l'entraînement"
        | "notes de l’entraînement" => Role::WorkoutNotes,
        "rpe" => Role::Rpe,
        "category" => Role::Category,
        _ => return weight_with_unit(name),
    };
    Some(role)
}

/// Recognises weight headers that carry the unit: `Weight (kg)`,
/// `weight_lbs`, `Gewicht (kg)`, and the 2016 Strong header that is the unit
/// alone (`kg`).
fn weight_with_unit(name: &str) -> Option<Role> {
    if let Some(unit) = Unit::parse(name) {
        return Some(Role::Weight(Some(unit)));
    }
    let (word, unit) = if let Some((word, rest)) = name.split_once('(') {
        (word.trim(), rest.trim_end_matches(')'))
    } else if let Some((word, unit)) = name.split_once('_') {
        (word, unit)
    } else {
        return None;
    };
    let is_weight = matches!(word, "weight" | "gewicht" | "poids" | "charge");
    let unit = Unit::parse(unit)?;
    is_weight.then_some(Role::Weight(Some(unit)))
}

/// Columns of a recognised export. Optional columns are `None` when the
/// header lacks them.
#[derive(Clone, Debug)]
pub(crate) struct Layout {
    pub format: ImportFormat,
    /// Number of columns in the header.
    pub width: usize,
    pub date: usize,
    pub end_time: Option<usize>,
    pub workout: Option<usize>,
    pub duration: Option<usize>,
    pub exercise: usize,
    pub set_marker: Option<usize>,
    pub warmup_flag: Option<usize>,
    pub amrap_flag: Option<usize>,
    pub weight: Option<usize>,
    pub weight_unit: Option<usize>,
    /// Unit stated by the weight header itself.
    pub header_unit: Option<Unit>,
    pub reps: Option<usize>,
    pub planned_reps: Option<usize>,
    pub distance: Option<usize>,
    pub seconds: Option<usize>,
    pub time: Option<usize>,
    pub notes: Option<usize>,
    pub exercise_notes: Option<usize>,
    pub workout_notes: Option<usize>,
    pub rpe: Option<usize>,
    pub category: Option<usize>,
    /// Free-text columns, where an unquoted comma may hide.
    pub text_columns: Vec<usize>,
}

impl Layout {
    /// Recognises `header`, or returns `None` when it is not an export of a
    /// supported app.
    pub fn from_header<'a>(header: impl IntoIterator<Item = &'a str>) -> Option<Layout> {
        let mut date = None;
        let mut layout = Layout {
            format: ImportFormat::Strong,
            width: 0,
            date: 0,
            end_time: None,
            workout: None,
            duration: None,
            exercise: 0,
            set_marker: None,
            warmup_flag: None,
            amrap_flag: None,
            weight: None,
            weight_unit: None,
            header_unit: None,
            reps: None,
            planned_reps: None,
            distance: None,
            seconds: None,
            time: None,
            notes: None,
            exercise_notes: None,
            workout_notes: None,
            rpe: None,
            category: None,
            text_columns: Vec::new(),
        };
        let mut exercise = None;
        let mut hevy = false;
        let mut liftosaur = false;
        for (index, cell) in header.into_iter().enumerate() {
            layout.width = index + 1;
            let name = cell
                .trim()
                .trim_start_matches('\u{feff}')
                .trim()
                .to_lowercase();
            hevy |= name == "exercise_title" || name == "set_type";
            liftosaur |= name == "workout datetime" || name == "required reps";
            let Some(role) = role(&name) else { continue };
            let slot = match role {
                Role::Date => &mut date,
                Role::EndTime => &mut layout.end_time,
                Role::Workout => &mut layout.workout,
                Role::Duration => &mut layout.duration,
                Role::Exercise => &mut exercise,
                Role::SetMarker => &mut layout.set_marker,
                Role::WarmupFlag => &mut layout.warmup_flag,
                Role::AmrapFlag => &mut layout.amrap_flag,
                Role::Weight(unit) => {
                    layout.header_unit = layout.header_unit.or(unit);
                    &mut layout.weight
                }
                Role::WeightUnit => &mut layout.weight_unit,
                Role::Reps => &mut layout.reps,
                Role::PlannedReps => &mut layout.planned_reps,
                Role::Distance => &mut layout.distance,
                Role::Seconds => &mut layout.seconds,
                Role::Time => &mut layout.time,
                Role::Notes => &mut layout.notes,
                Role::ExerciseNotes => &mut layout.exercise_notes,
                Role::WorkoutNotes => &mut layout.workout_notes,
                Role::Rpe => &mut layout.rpe,
                Role::Category => &mut layout.category,
            };
            // The first column with a role keeps it ("Completed Reps" after
            // "Reps" would otherwise win by accident).
            if slot.is_none() {
                *slot = Some(index);
            }
        }
        layout.date = date?;
        layout.exercise = exercise?;
        layout.format = if hevy {
            ImportFormat::Hevy
        } else if liftosaur {
            ImportFormat::Liftosaur
        } else if layout.category.is_some() && layout.workout.is_none() {
            ImportFormat::FitNotes
        } else {
            ImportFormat::Strong
        };
        layout.reps?;
        layout.text_columns = [
            layout.workout,
            Some(layout.exercise),
            layout.notes,
            layout.exercise_notes,
            layout.workout_notes,
        ]
        .into_iter()
        .flatten()
        .collect();
        layout.text_columns.sort_unstable();
        Some(layout)
    }
}

/// Picks the delimiter from the first line: the one of `,`, `;` and tab that
/// occurs most often outside quotes.
pub(crate) fn detect_delimiter(text: &str) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for byte in text.bytes() {
        match byte {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    if counts[1] > counts[0] && counts[1] >= counts[2] {
        b';'
    } else if counts[2] > counts[0] {
        b'\t'
    } else {
        b','
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strong_comma_header_is_strong() {
        let header = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE";
        let layout = Layout::from_header(header.split(',')).expect("recognised");
        assert_eq!(layout.format, ImportFormat::Strong);
        assert_eq!(layout.header_unit, None);
        assert_eq!(layout.weight, Some(5));
        assert_eq!(layout.text_columns, [1, 3, 9, 10]);
    }

    #[test]
    fn weight_headers_carry_units() {
        let header = ["Datum", "Übungsname", "Gewicht (kg)", "Wiederholungen"];
        let layout = Layout::from_header(header).expect("recognised");
        assert_eq!(layout.header_unit, Some(Unit::Kg));
        let header = ["Date", "Exercise", "Category", "Weight (lbs)", "Reps"];
        let layout = Layout::from_header(header).expect("recognised");
        assert_eq!(layout.format, ImportFormat::FitNotes);
        assert_eq!(layout.header_unit, Some(Unit::Lb));
        let header = [
            "title",
            "start_time",
            "exercise_title",
            "set_type",
            "weight_lbs",
            "reps",
        ];
        let layout = Layout::from_header(header).expect("recognised");
        assert_eq!(layout.format, ImportFormat::Hevy);
        assert_eq!(layout.header_unit, Some(Unit::Lb));
    }

    #[test]
    fn unrelated_header_is_rejected() {
        assert!(Layout::from_header(["name", "email"]).is_none());
    }

    #[test]
    fn semicolons_are_detected() {
        assert_eq!(
            detect_delimiter("\"Date\";\"Workout Name\";\"a,b\"\n1,2,3,4"),
            b';'
        );
        assert_eq!(detect_delimiter("Date,Exercise;x,Reps"), b',');
    }
}
