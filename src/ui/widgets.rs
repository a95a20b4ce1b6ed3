//! Small labelled widgets shared by the panels. Each input carries its
//! label as its accessible name, which screen readers and UI tests use.

use egui::{DragValue, Response, TextEdit, Ui};

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
            .custom_parser(crate::model::parse_decimal),
    )
    .labelled_by(label.id)
}
