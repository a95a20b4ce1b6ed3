//! A slot's prescription, rest time and progression rule.

use egui::{ComboBox, Ui};

use crate::model::{
    BackoffRule, Cluster, ExerciseSlot, Prescription, Progression, Pyramid, RestPause,
    StraightSets, TopSetBackoff, Unit, Variation,
};
use crate::tr;
use crate::ui::set_text::number_text;
use crate::ui::widgets::{count_field, decimal_field};

use super::rep_list::{RepListField, RepListTexts, SlotPosition, rep_list_field_ui};

/// Reps each set of a pyramid may have.
const PYRAMID_REPS: std::ops::RangeInclusive<u32> = 1..=50;

/// Top-set reps each week of a wave may have.
const WAVE_REPS: std::ops::RangeInclusive<u32> = 1..=30;

/// Scheme names in the order the menu lists them.
const SCHEMES: [&str; 5] = [
    "top_set_backoff",
    "straight_sets",
    "pyramid",
    "cluster",
    "rest_pause",
];

/// Draws the slot's prescription, rest and progression. `rep_lists` keeps
/// the text of its rep-list fields while they are typed in.
pub(super) fn slot_details_ui(
    ui: &mut Ui,
    slot: &mut ExerciseSlot,
    unit: Unit,
    position: SlotPosition,
    rep_lists: &mut RepListTexts,
) {
    scheme_ui(ui, &mut slot.prescription);
    match &mut slot.prescription {
        Prescription::TopSetBackoff(plan) => top_set_ui(ui, plan),
        Prescription::StraightSets(plan) => {
            count_field(ui, &tr!("editor.sets"), &mut plan.sets, 1..=10);
            count_field(ui, &tr!("editor.reps_min"), &mut plan.reps_min, 1..=50);
            count_field(ui, &tr!("editor.reps_max"), &mut plan.reps_max, 1..=50);
            optional_rpe_ui(ui, &mut plan.rpe);
        }
        Prescription::Pyramid(plan) => {
            let key = position.key(RepListField::PyramidReps);
            let label = tr!("editor.pyramid_reps");
            rep_list_field_ui(ui, rep_lists, key, &label, &mut plan.reps, PYRAMID_REPS);
            optional_rpe_ui(ui, &mut plan.rpe);
        }
        Prescription::Cluster(plan) => {
            count_field(ui, &tr!("editor.sets"), &mut plan.sets, 1..=10);
            count_field(ui, &tr!("editor.clusters"), &mut plan.clusters, 1..=10);
            count_field(
                ui,
                &tr!("editor.reps_per_cluster"),
                &mut plan.reps_per_cluster,
                1..=10,
            );
            count_field(
                ui,
                &tr!("editor.intra_rest_secs"),
                &mut plan.intra_rest_secs,
                0..=120,
            );
            optional_rpe_ui(ui, &mut plan.rpe);
        }
        Prescription::RestPause(plan) => {
            count_field(
                ui,
                &tr!("editor.activation_reps"),
                &mut plan.activation_reps,
                1..=30,
            );
            count_field(ui, &tr!("editor.mini_sets"), &mut plan.mini_sets, 1..=6);
            count_field(ui, &tr!("editor.mini_reps"), &mut plan.mini_reps, 1..=15);
            count_field(ui, &tr!("editor.pause_secs"), &mut plan.pause_secs, 5..=60);
            optional_rpe_ui(ui, &mut plan.rpe);
        }
    }
    rest_ui(ui, &mut slot.rest_secs);
    let wave_key = position.key(RepListField::WaveReps);
    progression_ui(ui, slot, unit, rep_lists, wave_key);
}

fn scheme_key(prescription: &Prescription) -> &'static str {
    match prescription {
        Prescription::TopSetBackoff(_) => SCHEMES[0],
        Prescription::StraightSets(_) => SCHEMES[1],
        Prescription::Pyramid(_) => SCHEMES[2],
        Prescription::Cluster(_) => SCHEMES[3],
        Prescription::RestPause(_) => SCHEMES[4],
    }
}

fn scheme_ui(ui: &mut Ui, prescription: &mut Prescription) {
    let current = scheme_key(prescription);
    let label = ui.label(tr!("editor.scheme"));
    ComboBox::from_id_salt("scheme")
        .selected_text(super::tr_key(&format!("editor.{current}")))
        .show_ui(ui, |ui| {
            for key in SCHEMES {
                let clicked = ui
                    .selectable_label(key == current, super::tr_key(&format!("editor.{key}")))
                    .clicked();
                if clicked && key != current {
                    *prescription = new_prescription(key);
                }
            }
        })
        .response
        .labelled_by(label.id);
}

fn new_prescription(key: &str) -> Prescription {
    match key {
        "straight_sets" => Prescription::StraightSets(StraightSets {
            sets: 3,
            reps_min: 8,
            reps_max: 12,
            rpe: None,
        }),
        "pyramid" => Prescription::Pyramid(Pyramid::default()),
        "cluster" => Prescription::Cluster(Cluster::default()),
        "rest_pause" => Prescription::RestPause(RestPause::default()),
        _ => Prescription::TopSetBackoff(TopSetBackoff::default()),
    }
}

fn top_set_ui(ui: &mut Ui, plan: &mut TopSetBackoff) {
    let label = ui.label(tr!("editor.variation"));
    ComboBox::from_id_salt("variation")
        .selected_text(tr!("editor.apply_variation"))
        .show_ui(ui, |ui| {
            for variation in Variation::ALL {
                let text = super::tr_key(&format!("editor.variation.{}", variation.key()));
                if ui.selectable_label(false, text).clicked() {
                    let rule = plan.rule.clone();
                    *plan = variation.prescription();
                    // A variation sets the sets and reps; the rule the lifter
                    // chose stays unless it is the default percent drop.
                    if !matches!(rule, BackoffRule::PercentDrop(_)) {
                        plan.rule = rule;
                    }
                }
            }
        })
        .response
        .labelled_by(label.id);
    count_field(ui, &tr!("editor.top_sets"), &mut plan.top_sets, 1..=5);
    count_field(ui, &tr!("editor.top_reps"), &mut plan.top_reps, 1..=20);
    optional_rpe_field(ui, &tr!("editor.top_rpe"), &mut plan.top_rpe);
    count_field(
        ui,
        &tr!("editor.backoff_sets"),
        &mut plan.backoff_sets,
        0..=8,
    );
    count_field(
        ui,
        &tr!("editor.backoff_reps"),
        &mut plan.backoff_reps,
        1..=30,
    );
    backoff_rule_ui(ui, &mut plan.rule);
}

fn backoff_rule_ui(ui: &mut Ui, rule: &mut BackoffRule) {
    let key = match rule {
        BackoffRule::PercentDrop(_) => "percent_drop",
        BackoffRule::RpeTarget(_) => "rpe_target",
        BackoffRule::RepeatUntilRpe { .. } => "repeat_until_rpe",
    };
    let label = ui.label(tr!("editor.backoff_rule"));
    ComboBox::from_id_salt("backoff_rule")
        .selected_text(super::tr_key(&format!("editor.rule.{key}")))
        .show_ui(ui, |ui| {
            let choices = [
                ("percent_drop", BackoffRule::PercentDrop(10.0)),
                ("rpe_target", BackoffRule::RpeTarget(8.0)),
                (
                    "repeat_until_rpe",
                    BackoffRule::RepeatUntilRpe {
                        drop_percent: 10.0,
                        fatigue_percent: 10.0,
                    },
                ),
            ];
            for (choice, default) in choices {
                let text = super::tr_key(&format!("editor.rule.{choice}"));
                if ui.selectable_label(choice == key, text).clicked() && choice != key {
                    *rule = default;
                }
            }
        })
        .response
        .labelled_by(label.id);
    match rule {
        BackoffRule::PercentDrop(drop) => {
            decimal_field(ui, &tr!("editor.drop_percent"), drop, 0.0..=50.0, 0.1);
        }
        BackoffRule::RpeTarget(rpe) => {
            decimal_field(ui, &tr!("editor.backoff_rpe"), rpe, 6.0..=10.0, 0.05);
        }
        BackoffRule::RepeatUntilRpe {
            drop_percent,
            fatigue_percent,
        } => {
            decimal_field(
                ui,
                &tr!("editor.drop_percent"),
                drop_percent,
                0.0..=50.0,
                0.1,
            );
            decimal_field(
                ui,
                &tr!("editor.fatigue_percent"),
                fatigue_percent,
                0.0..=50.0,
                0.1,
            );
        }
    }
}

fn optional_rpe_ui(ui: &mut Ui, rpe: &mut Option<f64>) {
    optional_rpe_field(ui, &tr!("editor.rpe"), rpe);
}

/// Draws an RPE target that a slot may leave out: the checkbox turns it on
/// (at RPE 8) or off, and the value shows only while it is on.
fn optional_rpe_field(ui: &mut Ui, label: &str, rpe: &mut Option<f64>) {
    let mut targeted = rpe.is_some();
    let checkbox = ui.checkbox(&mut targeted, label);
    if checkbox.changed() {
        *rpe = targeted.then_some(DEFAULT_RPE_TARGET);
    }
    if let Some(value) = rpe {
        let mut edited = *value;
        let response = ui
            .add(
                egui::DragValue::new(&mut edited)
                    .range(6.0..=10.0)
                    .speed(0.05)
                    .max_decimals(1)
                    .custom_formatter(|number, _| number_text(number))
                    .custom_parser(crate::model::parse_decimal),
            )
            .labelled_by(checkbox.id);
        if response.changed() {
            // RPE targets go by half points, as the charts do.
            *value = (edited * 2.0).round() / 2.0;
        }
    }
}

/// RPE target a slot gets when the lifter turns the target on.
const DEFAULT_RPE_TARGET: f64 = 8.0;

fn rest_ui(ui: &mut Ui, rest_secs: &mut Option<u32>) {
    let mut seconds = rest_secs.unwrap_or(0);
    let label = ui.label(tr!("editor.rest_secs"));
    let response = ui
        .add(
            egui::DragValue::new(&mut seconds)
                .range(0..=600)
                .speed(1.0)
                .custom_formatter(|value, _| {
                    if value == 0.0 {
                        tr!("editor.rest_default")
                    } else {
                        format!("{value:.0}")
                    }
                }),
        )
        .labelled_by(label.id);
    if response.changed() {
        *rest_secs = (seconds > 0).then_some(seconds);
    }
}

fn progression_ui(
    ui: &mut Ui,
    slot: &mut ExerciseSlot,
    unit: Unit,
    rep_lists: &mut RepListTexts,
    wave_key: super::rep_list::RepListKey,
) {
    let ExerciseSlot {
        progression,
        prescription,
        ..
    } = slot;
    let key = progression.as_ref().map_or("none", Progression::key);
    let label = ui.label(tr!("editor.progression"));
    ComboBox::from_id_salt("progression")
        .selected_text(super::tr_key(&format!("editor.progression.{key}")))
        .show_ui(ui, |ui| {
            let mut choices = vec![
                ("none", None),
                ("linear", Some(Progression::linear(unit))),
                ("rpe_based", Some(Progression::rpe_based(unit))),
                ("wave", Some(Progression::wave(unit))),
            ];
            if matches!(prescription, Prescription::StraightSets(_)) {
                choices.push(("double", Some(Progression::double(unit))));
            }
            for (choice, default) in choices {
                let text = super::tr_key(&format!("editor.progression.{choice}"));
                if ui.selectable_label(choice == key, text).clicked() && choice != key {
                    *progression = default;
                }
            }
        })
        .response
        .labelled_by(label.id);
    let symbol = unit.symbol();
    match progression {
        None => {}
        Some(
            Progression::Linear { increment }
            | Progression::RpeBased { increment }
            | Progression::Double { increment },
        ) => {
            let text = tr!("editor.increment", unit = symbol);
            decimal_field(ui, &text, increment, 0.0..=20.0, 0.25);
        }
        Some(Progression::Wave {
            reps,
            wave_increment,
        }) => {
            let label = tr!("editor.wave_reps");
            rep_list_field_ui(ui, rep_lists, wave_key, &label, reps, WAVE_REPS);
            let text = tr!("editor.wave_increment", unit = symbol);
            decimal_field(ui, &text, wave_increment, 0.0..=40.0, 0.25);
        }
    }
}
