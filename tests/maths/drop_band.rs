//! The planned backoff drop checked against the journal's drop band, with
//! its messages in both languages.

use topset::model::{
    BackoffRule, CheckId, ExerciseSlot, Language, Prescription, Settings, Severity, TopSetBackoff,
    Variation, check_planned_slot, check_slot_drop,
};

/// Builds a Bench Press slot with the guide's top set (1 × 4 @ RPE 8.5,
/// then 3 × 8 backoffs) and `rule`.
fn bench_slot(rule: BackoffRule) -> ExerciseSlot {
    ExerciseSlot {
        exercise: "Bench Press".into(),
        prescription: Prescription::TopSetBackoff(TopSetBackoff {
            top_sets: 1,
            top_reps: 4,
            top_rpe: Some(8.5),
            backoff_sets: 3,
            backoff_reps: 8,
            rule,
        }),
        ..ExerciseSlot::default()
    }
}

fn default_band() -> (f64, f64) {
    Settings::default().drop_band
}

#[test]
fn default_band_is_guide_band() {
    assert_eq!(default_band(), (10.0, 15.0));
}

#[test]
fn fifty_percent_drop_is_flagged() {
    let check = check_slot_drop(&bench_slot(BackoffRule::PercentDrop(50.0)), default_band())
        .expect("a 50 % drop is outside 10–15 %");
    assert_eq!(check.id, CheckId::BackoffDropOutOfBand);
    assert_eq!(check.severity, Severity::Warning);
    assert_eq!(check.exercise.as_deref(), Some("Bench Press"));
    assert_eq!(check.number("drop"), Some(50.0));
    assert_eq!(
        check.message(Language::English),
        "Bench Press: backoff drop of 50 % is outside the 10–15 % band. \
         The method puts backoff sets 10–15 % below the top set."
    );
    assert_eq!(
        check.message(Language::French),
        "Bench Press : baisse de 50 % sur les séries de backoff, hors de la fourchette \
         de 10 à 15 %. La méthode place les séries de backoff 10 à 15 % sous le top set."
    );
}

#[test]
fn five_percent_drop_is_flagged() {
    let check = check_slot_drop(&bench_slot(BackoffRule::PercentDrop(5.0)), default_band())
        .expect("a 5 % drop is outside 10–15 %");
    assert_eq!(check.id, CheckId::BackoffDropOutOfBand);
    assert_eq!(
        check.message(Language::English),
        "Bench Press: backoff drop of 5 % is outside the 10–15 % band. \
         The method puts backoff sets 10–15 % below the top set."
    );
    assert_eq!(
        check.message(Language::French),
        "Bench Press : baisse de 5 % sur les séries de backoff, hors de la fourchette \
         de 10 à 15 %. La méthode place les séries de backoff 10 à 15 % sous le top set."
    );
}

#[test]
fn drops_inside_band_pass() {
    for drop in [10.0, 12.5, 15.0] {
        let slot = bench_slot(BackoffRule::PercentDrop(drop));
        assert_eq!(check_slot_drop(&slot, default_band()), None, "{drop} %");
        assert!(
            check_planned_slot(&slot, &[], default_band()).is_empty(),
            "{drop} %"
        );
    }
}

#[test]
fn repeat_until_rpe_drop_checked() {
    let outside = BackoffRule::RepeatUntilRpe {
        drop_percent: 20.0,
        fatigue_percent: 10.0,
    };
    let check = check_slot_drop(&bench_slot(outside), default_band())
        .expect("a 20 % drop is outside 10–15 %");
    assert_eq!(
        check.message(Language::English),
        "Bench Press: backoff drop of 20 % is outside the 10–15 % band. \
         The method puts backoff sets 10–15 % below the top set."
    );

    for drop in [10.0, 12.5, 15.0] {
        let inside = BackoffRule::RepeatUntilRpe {
            drop_percent: drop,
            fatigue_percent: 10.0,
        };
        assert_eq!(
            check_slot_drop(&bench_slot(inside), default_band()),
            None,
            "{drop} %"
        );
    }
}

#[test]
fn journal_band_is_used() {
    // A lifter whose own band is 8–12 %: 13 % is outside it, 8 % is not.
    let band = (8.0, 12.0);
    let check = check_slot_drop(&bench_slot(BackoffRule::PercentDrop(13.0)), band)
        .expect("13 % is outside 8–12 %");
    assert_eq!(
        check.message(Language::English),
        "Bench Press: backoff drop of 13 % is outside the 8–12 % band. \
         The method puts backoff sets 10–15 % below the top set."
    );
    assert_eq!(
        check_slot_drop(&bench_slot(BackoffRule::PercentDrop(8.0)), band),
        None
    );
}

#[test]
fn french_message_uses_decimal_comma() {
    let check = check_slot_drop(&bench_slot(BackoffRule::PercentDrop(17.5)), default_band())
        .expect("17.5 % is outside 10–15 %");
    assert_eq!(
        check.message(Language::French),
        "Bench Press : baisse de 17,5 % sur les séries de backoff, hors de la fourchette \
         de 10 à 15 %. La méthode place les séries de backoff 10 à 15 % sous le top set."
    );
}

#[test]
fn planned_slot_adds_drop_check() {
    let mut slot = bench_slot(BackoffRule::PercentDrop(50.0));
    if let Prescription::TopSetBackoff(plan) = &mut slot.prescription {
        plan.top_sets = 3;
    }
    let ids: Vec<CheckId> = check_planned_slot(&slot, &[], default_band())
        .iter()
        .map(|check| check.id)
        .collect();
    assert_eq!(
        ids,
        [CheckId::TooManyTopSets, CheckId::BackoffDropOutOfBand]
    );
}

#[test]
fn heavy_single_uses_its_band() {
    // The heavy-single variation: 1 × 1, then backoff sets 20–25 % below it.
    let mut plan = Variation::HeavySingle.prescription();
    let slot = |plan: &TopSetBackoff| ExerciseSlot {
        exercise: "Squat".into(),
        prescription: Prescription::TopSetBackoff(plan.clone()),
        ..ExerciseSlot::default()
    };
    assert_eq!(plan.rule, BackoffRule::PercentDrop(20.0));
    assert_eq!(check_slot_drop(&slot(&plan), default_band()), None);

    plan.rule = BackoffRule::PercentDrop(25.0);
    assert_eq!(check_slot_drop(&slot(&plan), default_band()), None);

    plan.rule = BackoffRule::PercentDrop(12.5);
    let check = check_slot_drop(&slot(&plan), default_band())
        .expect("12.5 % after a heavy single is outside 20–25 %");
    assert_eq!(check.id, CheckId::SingleDropOutOfBand);
    assert_eq!(
        check.message(Language::English),
        "Squat: backoff drop of 12.5 % after a heavy single is outside the 20–25 % band. \
         The method puts backoff sets after a heavy single at 75–80 % of its load."
    );
    assert_eq!(
        check.message(Language::French),
        "Squat : baisse de 12,5 % sur les séries de backoff après un single lourd, hors de \
         la fourchette de 20 à 25 %. La méthode place les séries de backoff après un single \
         lourd à 75–80 % de sa charge."
    );
}
