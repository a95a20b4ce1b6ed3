//! Small labelled widgets and names shared by the panels. Each input carries
//! its label as its accessible name, which screen readers and UI tests use.

use egui::{DragValue, Response, TextEdit, Ui};

use crate::model::E1rmMethod;
use crate::tr;
use crate::ui::set_text::number_text;

/// A label followed by a single-line text field named after it.
pub fn text_field(ui: &mut Ui, label: &str, value: &mut String) -> Response {
    let label = ui.label(label);
    ui.add(TextEdit::singleline(value).desired_width(180.0))
        .labelled_by(label.id)
}

/// A label followed by a whole-number field in `range`.
pub fn count_field(
    ui: &mut Ui,
    label: &str,
    value: &mut u32,
    range: std::ops::RangeInclusive<u32>,
) -> Response {
    let label = ui.label(label);
    ui.add(DragValue::new(value).range(range).speed(0.1))
        .labelled_by(label.id)
}

/// A label followed by a decimal field in `range`, stepping by `step`.
pub fn decimal_field(
    ui: &mut Ui,
    label: &str,
    value: &mut f64,
    range: std::ops::RangeInclusive<f64>,
    step: f64,
) -> Response {
    let label = ui.label(label);
    ui.add(
        DragValue::new(value)
            .range(range)
            .speed(step)
            .max_decimals(2)
            .custom_formatter(|number, _| number_text(number))
            .custom_parser(crate::model::parse_decimal),
    )
    .labelled_by(label.id)
}

/// Returns the name of an e1RM method in the interface language: the RPE
/// charts are translated, formulas keep their authors' names.
pub fn e1rm_method_name(method: E1rmMethod) -> String {
    match method {
        E1rmMethod::RpeChart => tr!("settings.method_rpe_chart"),
        E1rmMethod::RpeChart2025 => tr!("settings.method_rpe_chart_2025"),
        other => other.label().to_owned(),
    }
}
