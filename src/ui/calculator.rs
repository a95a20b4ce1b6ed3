//! Calculator panel: type a top set, see its e1RM by every method, the
//! backoff loads at both ends of the drop band with plates, and the warm-up
//! ramp.
//!
//! The report is computed only when the typed text or the settings change,
//! so drawing a frame costs no rounding.

use egui::{Grid, RichText, TextEdit, Ui};

use crate::model::{
    E1rmMethod, PlateInventory, Rounding, Settings, TopSet, TopSetError, TopSetReport,
    WarmupScheme, parse_decimal, top_set_report,
};
use crate::storage::{MAX_LOAD, MAX_REPS};
use crate::tr;
use crate::ui::set_text::number_text;
use crate::ui::widgets::e1rm_method_name;

/// Calculator panel state kept between frames.
#[derive(Debug, Default)]
pub struct CalculatorState {
    /// Top set load as typed, in the settings' unit; "102,5" is accepted.
    pub load_text: String,
    /// Reps as typed.
    pub reps_text: String,
    /// RPE as typed; empty means no RPE.
    pub rpe_text: String,
    /// Inputs and settings the cached outcome was computed from.
    computed_for: Option<Inputs>,
    /// Report, or the message to show instead, for `computed_for`.
    outcome: Option<Result<TopSetReport, String>>,
}

/// Everything the report depends on.
#[derive(Clone, Debug, PartialEq)]
struct Inputs {
    load_text: String,
    reps_text: String,
    rpe_text: String,
    plates: PlateInventory,
    drops: [f64; 2],
}

impl CalculatorState {
    /// The report for the current text, once the panel has drawn it; `None`
    /// while the input is empty or invalid.
    pub fn report(&self) -> Option<&TopSetReport> {
        self.outcome
            .as_ref()
            .and_then(|outcome| outcome.as_ref().ok())
    }

    /// The message shown instead of a report, if any.
    pub fn message(&self) -> Option<&str> {
        self.outcome
            .as_ref()
            .and_then(|outcome| outcome.as_ref().err())
            .map(String::as_str)
    }

    /// Recomputes the report when the text or the settings changed.
    fn refresh(&mut self, settings: &Settings) {
        let drops = [settings.drop_band.0, settings.drop_band.1];
        let unchanged = self.computed_for.as_ref().is_some_and(|inputs| {
            inputs.load_text == self.load_text
                && inputs.reps_text == self.reps_text
                && inputs.rpe_text == self.rpe_text
                && inputs.drops == drops
                && if settings.plates.unit == settings.unit {
                    inputs.plates == settings.plates
                } else {
                    inputs.plates == PlateInventory::standard(settings.unit)
                }
        });
        if unchanged {
            return;
        }
        let inputs = Inputs {
            load_text: self.load_text.clone(),
            reps_text: self.reps_text.clone(),
            rpe_text: self.rpe_text.clone(),
            plates: plates_for(settings),
            drops,
        };
        self.outcome = Some(compute(&inputs));
        self.computed_for = Some(inputs);
    }
}

/// The settings' plate inventory when it is in the settings' unit, else the
/// standard inventory of that unit, so typed loads and plates agree.
fn plates_for(settings: &Settings) -> PlateInventory {
    if settings.plates.unit == settings.unit {
        settings.plates.clone()
    } else {
        PlateInventory::standard(settings.unit)
    }
}

fn compute(inputs: &Inputs) -> Result<TopSetReport, String> {
    let load_text = inputs.load_text.trim();
    let reps_text = inputs.reps_text.trim();
    if load_text.is_empty() || reps_text.is_empty() {
        return Err(tr!("calculator.enter_top_set"));
    }
    let invalid_load = || tr!("calculator.invalid_load", text = load_text, max = MAX_LOAD);
    let invalid_reps = || tr!("calculator.invalid_reps", text = reps_text, max = MAX_REPS);
    let load = parse_decimal(load_text)
        .filter(|load| *load > 0.0 && *load <= MAX_LOAD)
        .ok_or_else(invalid_load)?;
    let reps = reps_text
        .parse::<u32>()
        .ok()
        .filter(|reps| (1..=MAX_REPS).contains(reps))
        .ok_or_else(invalid_reps)?;
    let rpe_text = inputs.rpe_text.trim();
    let rpe = if rpe_text.is_empty() {
        None
    } else {
        Some(
            parse_decimal(rpe_text)
                .filter(|rpe| (1.0..=10.0).contains(rpe))
                .ok_or_else(|| tr!("calculator.invalid_rpe", text = rpe_text))?,
        )
    };
    let top = TopSet { load, reps, rpe };
    top_set_report(
        &top,
        &inputs.drops,
        &inputs.plates,
        &WarmupScheme::default(),
    )
    .map_err(|error| match error {
        TopSetError::InvalidLoad(_) => invalid_load(),
        TopSetError::ZeroReps => invalid_reps(),
        TopSetError::InvalidRpe(_) => tr!("calculator.invalid_rpe", text = rpe_text),
        // The drop band comes from the settings, not from typing here.
        TopSetError::InvalidDrop(_) => error.to_string(),
    })
}

/// Draws the calculator panel.
pub fn calculator_ui(ui: &mut Ui, state: &mut CalculatorState, settings: &Settings) {
    ui.heading(tr!("calculator.heading"));
    inputs_ui(ui, state, settings);
    state.refresh(settings);

    let Some(outcome) = &state.outcome else {
        return;
    };
    let report = match outcome {
        Ok(report) => report,
        Err(message) => {
            ui.label(message);
            return;
        }
    };
    let unit = plates_for(settings).unit;
    let load = |value: f64| format!("{} {unit}", number_text(value));

    ui.separator();
    ui.label(RichText::new(tr!("calculator.e1rm")).strong());
    Grid::new("calculator_e1rm").striped(true).show(ui, |ui| {
        ui.label(RichText::new(tr!("calculator.method")).strong());
        ui.label(RichText::new(tr!("calculator.value")).strong());
        ui.end_row();
        for (method, estimate) in &report.e1rm {
            ui.label(e1rm_method_name(*method));
            match estimate {
                Some(estimate) => {
                    ui.label(load(estimate.value));
                    if estimate.unreliable {
                        ui.weak(tr!("calculator.unreliable"));
                    }
                }
                None if *method == E1rmMethod::RpeChart || *method == E1rmMethod::RpeChart2025 => {
                    ui.weak(tr!("calculator.needs_rpe"));
                }
                None => {
                    ui.weak(tr!("calculator.not_computable"));
                }
            }
            ui.end_row();
        }
    });

    ui.separator();
    ui.label(RichText::new(tr!("calculator.backoffs")).strong());
    Grid::new("calculator_backoffs")
        .striped(true)
        .show(ui, |ui| {
            for key in [
                "calculator.drop",
                "calculator.exact",
                "calculator.loadable",
                "calculator.real_drop",
                "calculator.plates_per_side",
            ] {
                ui.label(RichText::new(tr!(key)).strong());
            }
            ui.end_row();
            for backoff in &report.backoffs {
                ui.label(format!("{} %", number_text(backoff.drop_percent)));
                ui.label(load(backoff.exact));
                let mut loadable = load(backoff.loadable());
                if backoff.rounding.below_bar {
                    loadable = format!("{loadable} ({})", tr!("calculator.below_bar"));
                } else if backoff.rounding.above_max {
                    loadable = format!("{loadable} ({})", tr!("calculator.above_max"));
                }
                ui.label(loadable);
                ui.label(format!(
                    "{} %",
                    number_text(backoff.real_drop_percent(report.top.load))
                ));
                ui.label(plates_text(&backoff.rounding));
                ui.end_row();
            }
        });

    ui.separator();
    ui.label(RichText::new(tr!("calculator.warmups")).strong());
    if report.warmups.is_empty() {
        ui.label(tr!("calculator.no_warmups"));
        return;
    }
    Grid::new("calculator_warmups")
        .striped(true)
        .show(ui, |ui| {
            ui.label(RichText::new(tr!("calculator.set")).strong());
            ui.label(RichText::new(tr!("calculator.plates_per_side")).strong());
            ui.end_row();
            for warmup in &report.warmups {
                ui.label(format!("{} × {}", load(warmup.set.load), warmup.set.reps));
                ui.label(plates_text(&warmup.rounding));
                ui.end_row();
            }
        });
}

fn inputs_ui(ui: &mut Ui, state: &mut CalculatorState, settings: &Settings) {
    let CalculatorState {
        load_text,
        reps_text,
        rpe_text,
        computed_for: _,
        outcome: _,
    } = state;
    Grid::new("calculator_inputs").show(ui, |ui| {
        let label = ui.label(tr!("calculator.load"));
        ui.horizontal(|ui| {
            ui.add(TextEdit::singleline(load_text).desired_width(80.0))
                .labelled_by(label.id);
            ui.label(settings.unit.symbol());
        });
        ui.end_row();

        let label = ui.label(tr!("calculator.reps"));
        ui.add(TextEdit::singleline(reps_text).desired_width(80.0))
            .labelled_by(label.id);
        ui.end_row();

        let label = ui.label(tr!("calculator.rpe"));
        ui.add(TextEdit::singleline(rpe_text).desired_width(80.0))
            .labelled_by(label.id);
        ui.end_row();
    });
}

/// Plates per side as "25 + 15 + 2,5" in the interface language, or "–".
fn plates_text(rounding: &Rounding) -> String {
    if rounding.plates_per_side.is_empty() {
        return "–".to_owned();
    }
    let plates: Vec<String> = rounding
        .plates_per_side
        .iter()
        .map(|plate| number_text(*plate))
        .collect();
    plates.join(" + ")
}
