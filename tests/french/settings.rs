//! The Settings panel in French: the plate list uses decimal commas, like
//! every other number on French screens.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use topset::model::{Language, Settings};
use topset::ui::settings::{SettingsState, settings_ui};

#[test]
fn plate_list_has_decimal_commas() {
    topset::set_language(Language::French);
    let settings = Settings::default();
    let harness = Harness::new_ui_state(
        move |ui, state: &mut SettingsState| {
            settings_ui(ui, state, &settings, &mut Vec::new());
        },
        SettingsState::default(),
    );

    // The standard kilogram plates.
    let field = harness.get_by_role_and_label(Role::TextInput, "Disques");
    assert_eq!(field.value().as_deref(), Some("25 20 15 10 5 2,5 1,25"));
}
