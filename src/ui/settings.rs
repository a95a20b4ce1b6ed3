//! Settings panel: language, unit, e1RM method, plates and drop band.

use egui::{ComboBox, Ui};

use crate::app::Command;
use crate::model::{E1rmMethod, Language, PlateInventory, Settings, Unit, parse_decimal};
use crate::tr;
use crate::ui::set_text::number_text;
use crate::ui::widgets::{decimal_field, e1rm_method_name};

/// Text of the plate list while the user types it.
#[derive(Clone, Debug, Default)]
pub struct SettingsState {
    /// Plate sizes as typed ("25 20 15 10 5 2,5 1,25"); `None` shows the saved list.
    pub plates_text: Option<String>,
}

/// Draws the settings; a change pushes [`Command::SaveSettings`].
pub fn settings_ui(
    ui: &mut Ui,
    state: &mut SettingsState,
    settings: &Settings,
    commands: &mut Vec<Command>,
) {
    ui.heading(tr!("settings.title"));
    let mut edited = settings.clone();

    egui::Grid::new("settings_grid")
        .num_columns(2)
        .spacing([12.0, 8.0])
        .show(ui, |ui| {
            let label = ui.label(tr!("settings.language"));
            ComboBox::from_id_salt("language")
                .selected_text(language_label(edited.language))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut edited.language, None, language_label(None));
                    ui.selectable_value(&mut edited.language, Some(Language::English), "English");
                    ui.selectable_value(&mut edited.language, Some(Language::French), "Français");
                })
                .response
                .labelled_by(label.id);
            ui.end_row();

            let label = ui.label(tr!("settings.unit"));
            ui.horizontal(|ui| {
                if ui
                    .radio_value(&mut edited.unit, Unit::Kg, "kg")
                    .labelled_by(label.id)
                    .changed()
                    | ui.radio_value(&mut edited.unit, Unit::Lb, "lb").changed()
                {
                    edited.plates = PlateInventory::standard(edited.unit);
                    state.plates_text = None;
                }
            });
            ui.end_row();

            let label = ui.label(tr!("settings.e1rm_method"));
            ComboBox::from_id_salt("e1rm_method")
                .selected_text(e1rm_method_name(edited.e1rm_method))
                .show_ui(ui, |ui| {
                    for method in E1rmMethod::ALL {
                        let name = e1rm_method_name(method);
                        ui.selectable_value(&mut edited.e1rm_method, method, name);
                    }
                })
                .response
                .labelled_by(label.id);
            ui.end_row();

            decimal_field(
                ui,
                &tr!("settings.bar"),
                &mut edited.plates.bar,
                0.0..=100.0,
                0.5,
            );
            ui.end_row();

            let label = ui.label(tr!("settings.plates"));
            let text = state
                .plates_text
                .get_or_insert_with(|| plates_text(&edited.plates));
            let response = ui
                .add(egui::TextEdit::singleline(text).desired_width(240.0))
                .labelled_by(label.id)
                .on_hover_text(tr!("settings.plates_hint"));
            if response.changed()
                && let Some(sizes) = parse_plate_list(text)
            {
                let pairs = edited.plates.plates.first().map_or(4, |stock| stock.pairs);
                edited.plates = PlateInventory::with_sizes(
                    edited.plates.unit,
                    edited.plates.bar,
                    &sizes,
                    pairs,
                );
            }
            if response.lost_focus() {
                state.plates_text = None;
            }
            ui.end_row();

            decimal_field(
                ui,
                &tr!("settings.drop_min"),
                &mut edited.drop_band.0,
                1.0..=40.0,
                0.5,
            );
            ui.end_row();
            decimal_field(
                ui,
                &tr!("settings.drop_max"),
                &mut edited.drop_band.1,
                1.0..=40.0,
                0.5,
            );
            ui.end_row();
        });

    if edited.drop_band.1 < edited.drop_band.0 {
        edited.drop_band.1 = edited.drop_band.0;
    }
    if edited != *settings {
        commands.push(Command::SaveSettings(Box::new(edited)));
    }
}

fn language_label(language: Option<Language>) -> String {
    match language {
        None => tr!("settings.language_system"),
        Some(Language::English) => "English".to_owned(),
        Some(Language::French) => "Français".to_owned(),
    }
}

/// Formats the plate sizes as the interface language writes numbers
/// ("2,5 1,25" in French).
fn plates_text(plates: &PlateInventory) -> String {
    let sizes: Vec<String> = plates
        .plates
        .iter()
        .map(|stock| number_text(stock.size))
        .collect();
    sizes.join(" ")
}

/// Parses plate sizes separated by spaces or semicolons; `None` when any is
/// not a positive number, so a half-typed list never replaces the plates.
fn parse_plate_list(text: &str) -> Option<Vec<f64>> {
    let sizes: Option<Vec<f64>> = text
        .split(|c: char| c.is_whitespace() || c == ';')
        .filter(|part| !part.is_empty())
        .map(|part| parse_decimal(part).filter(|size| *size > 0.0))
        .collect();
    sizes.filter(|sizes| !sizes.is_empty())
}

#[cfg(test)]
mod tests {
    use super::parse_plate_list;

    #[test]
    fn plate_list_accepts_decimal_commas() {
        assert_eq!(
            parse_plate_list("25 20 2,5 1.25"),
            Some(vec![25.0, 20.0, 2.5, 1.25])
        );
    }

    #[test]
    fn plate_list_rejects_half_typed_input() {
        assert_eq!(parse_plate_list("25 x"), None);
        assert_eq!(parse_plate_list(""), None);
        assert_eq!(parse_plate_list("25 -5"), None);
    }
}
