//! The in-app guide to the method, with the advice behind each coaching check.

use egui::{RichText, Ui};

use crate::model::CheckId;
use crate::tr;

/// Every coaching check, in the order the guide explains them.
const CHECKS: [CheckId; 12] = [
    CheckId::TopSetFailure,
    CheckId::TooManyTopSets,
    CheckId::NoWarmup,
    CheckId::BackoffDropOutOfBand,
    CheckId::SingleDropOutOfBand,
    CheckId::BackoffRepsLow,
    CheckId::BackoffTooEasy,
    CheckId::TooManyBackoffSets,
    CheckId::IsolationTopSet,
    CheckId::MachineTopSet,
    CheckId::WeeklySetsLow,
    CheckId::WeeklySetsHigh,
];

/// Sections of the method explained before the checks, by locale key.
const SECTIONS: [&str; 6] = [
    "guide.section.what",
    "guide.section.structure",
    "guide.section.drop",
    "guide.section.rest",
    "guide.section.variations",
    "guide.section.progression",
];

/// Draws the guide; `highlight` scrolls to and marks one check's advice.
pub fn guide_ui(ui: &mut Ui, highlight: Option<CheckId>) {
    egui::ScrollArea::vertical()
        .max_height(520.0)
        .show(ui, |ui| {
            for key in SECTIONS {
                let title_key = format!("{key}.title");
                let body_key = format!("{key}.body");
                ui.label(RichText::new(tr!(&title_key)).strong());
                ui.label(tr!(&body_key));
                ui.add_space(8.0);
            }
            ui.separator();
            ui.heading(tr!("guide.checks_title"));
            for check in CHECKS {
                let key = check.key();
                let title_key = format!("guide.check.{key}.title");
                let advice_key = format!("guide.check.{key}.advice");
                let title = RichText::new(tr!(&title_key)).strong();
                let response = if Some(check) == highlight {
                    ui.label(title.color(ui.visuals().warn_fg_color))
                } else {
                    ui.label(title)
                };
                ui.label(tr!(&advice_key));
                if Some(check) == highlight {
                    response.scroll_to_me(Some(egui::Align::TOP));
                }
                ui.add_space(6.0);
            }
        });
}
