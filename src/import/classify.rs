//! Top set and backoff classification of imported sets.

use crate::model::{LoggedExercise, SetKind};

/// Relative difference under which two loads count as equal.
const SAME_LOAD: f64 = 1e-9;

/// Labels the working sets of `exercise` the way Topset reads a session:
/// the first heaviest loaded set is the top set ([`SetKind::Top`]), the sets
/// after it at a lower load are its backoff sets ([`SetKind::Backoff`]), and
/// every other working set is a straight set ([`SetKind::Straight`]).
///
/// Warm-up and drop sets keep their kind and take no part: a drop set is a
/// continuation of the set before it. A failure set is a working set, so it
/// becomes the top set when it is the heaviest (and loses its failure label);
/// otherwise it keeps its kind. Sets without a load (bodyweight) are straight
/// sets, and an exercise whose sets have no load has no top set. Running the
/// function again gives the same kinds.
///
/// ```
/// use topset::import::classify_sets;
/// use topset::model::{Load, LoggedExercise, LoggedSet, SetKind};
/// let set = |kind, kg| LoggedSet::new(kind, Some(Load::kg(kg)), 5, None);
/// let mut squat = LoggedExercise {
///     exercise: "Squat".to_owned(),
///     sets: vec![
///         set(SetKind::WarmUp, 60.0),
///         set(SetKind::Straight, 140.0),
///         set(SetKind::Straight, 120.0),
///         set(SetKind::Straight, 120.0),
///     ],
///     note: String::new(),
/// };
/// classify_sets(&mut squat);
/// let kinds: Vec<SetKind> = squat.sets.iter().map(|set| set.kind).collect();
/// assert_eq!(kinds, [SetKind::WarmUp, SetKind::Top, SetKind::Backoff, SetKind::Backoff]);
/// ```
pub fn classify_sets(exercise: &mut LoggedExercise) {
    let is_relabelled =
        |kind: SetKind| matches!(kind, SetKind::Top | SetKind::Backoff | SetKind::Straight);
    let is_candidate = |kind: SetKind| is_relabelled(kind) || kind == SetKind::Failure;

    let mut top: Option<(usize, f64)> = None;
    for (index, set) in exercise.sets.iter().enumerate() {
        if !is_candidate(set.kind) {
            continue;
        }
        let Some(load) = set.load else { continue };
        let kg = load.to_kg();
        if kg <= 0.0 {
            continue;
        }
        let heavier = match top {
            None => true,
            Some((_, best)) => kg > best * (1.0 + SAME_LOAD),
        };
        if heavier {
            top = Some((index, kg));
        }
    }

    for (index, set) in exercise.sets.iter_mut().enumerate() {
        if top.is_some_and(|(top_index, _)| top_index == index) {
            set.kind = SetKind::Top;
            continue;
        }
        if !is_relabelled(set.kind) {
            continue;
        }
        set.kind = match top {
            Some((top_index, top_kg)) if index > top_index => {
                let lighter = set.load.is_some_and(|load| {
                    load.to_kg() > 0.0 && load.to_kg() < top_kg * (1.0 - SAME_LOAD)
                });
                if lighter {
                    SetKind::Backoff
                } else {
                    SetKind::Straight
                }
            }
            _ => SetKind::Straight,
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Load, LoggedSet};

    fn exercise(sets: &[(SetKind, Option<f64>)]) -> LoggedExercise {
        LoggedExercise {
            exercise: "Bench Press".to_owned(),
            sets: sets
                .iter()
                .map(|(kind, kg)| LoggedSet::new(*kind, kg.map(Load::kg), 5, None))
                .collect(),
            note: String::new(),
        }
    }

    fn kinds(exercise: &LoggedExercise) -> Vec<SetKind> {
        exercise.sets.iter().map(|set| set.kind).collect()
    }

    #[test]
    fn equal_sets_give_one_top() {
        let mut bench = exercise(&[
            (SetKind::Straight, Some(100.0)),
            (SetKind::Straight, Some(100.0)),
            (SetKind::Straight, Some(100.0)),
        ]);
        classify_sets(&mut bench);
        assert_eq!(
            kinds(&bench),
            [SetKind::Top, SetKind::Straight, SetKind::Straight]
        );
    }

    #[test]
    fn ramp_before_top_is_straight() {
        let mut bench = exercise(&[
            (SetKind::Straight, Some(80.0)),
            (SetKind::Straight, Some(90.0)),
            (SetKind::Straight, Some(100.0)),
            (SetKind::Straight, Some(85.0)),
        ]);
        classify_sets(&mut bench);
        assert_eq!(
            kinds(&bench),
            [
                SetKind::Straight,
                SetKind::Straight,
                SetKind::Top,
                SetKind::Backoff
            ]
        );
    }

    #[test]
    fn labelled_sets_keep_their_kind() {
        let mut bench = exercise(&[
            (SetKind::WarmUp, Some(120.0)),
            (SetKind::Straight, Some(100.0)),
            (SetKind::Failure, Some(95.0)),
            (SetKind::Drop, Some(60.0)),
        ]);
        classify_sets(&mut bench);
        assert_eq!(
            kinds(&bench),
            [
                SetKind::WarmUp,
                SetKind::Top,
                SetKind::Failure,
                SetKind::Drop
            ]
        );
    }

    #[test]
    fn heaviest_failure_set_is_top() {
        let mut bench = exercise(&[
            (SetKind::Failure, Some(105.0)),
            (SetKind::Failure, Some(100.0)),
            (SetKind::Straight, Some(95.0)),
        ]);
        classify_sets(&mut bench);
        let expected = [SetKind::Top, SetKind::Failure, SetKind::Backoff];
        assert_eq!(kinds(&bench), expected);
        classify_sets(&mut bench);
        assert_eq!(kinds(&bench), expected);
    }

    #[test]
    fn bodyweight_sets_have_no_top() {
        let mut dips = exercise(&[(SetKind::Straight, None), (SetKind::Top, None)]);
        classify_sets(&mut dips);
        assert_eq!(kinds(&dips), [SetKind::Straight, SetKind::Straight]);
    }

    #[test]
    fn mixed_units_compare_in_kg() {
        let mut bench = exercise(&[(SetKind::Straight, Some(100.0)), (SetKind::Straight, None)]);
        bench.sets[1].load = Some(Load::lb(225.0));
        classify_sets(&mut bench);
        assert_eq!(kinds(&bench), [SetKind::Straight, SetKind::Top]);
    }
}
