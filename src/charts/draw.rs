//! Pieces every chart kind shares: text styles, colours, date axes, the
//! empty-chart message and hover points.

use std::ops::Range;

use chrono::NaiveDate;
use plotters::coord::Shift;
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;

use super::font::FONT_FAMILY;
use super::text;
use crate::tr;

/// Result of drawing onto a plotters area with backend `DB`.
pub type AreaResult<T, DB> = Result<T, DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// A chart on date (x) and value (y) axes.
pub type DateChart<'a, DB> = ChartContext<'a, DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// A drawn data point and the text shown when the pointer is near it.
#[derive(Clone, Debug, PartialEq)]
pub struct HoverPoint {
    /// Position in pixels from the top-left corner of the drawing.
    pub position: (i32, i32),
    /// Lines of text: the date first, then the values.
    pub text: String,
}

/// Colours of the data series, in the order series take them: one for each
/// of the eleven muscles a chart can show, and one more.
pub const PALETTE: [RGBColor; 12] = [
    RGBColor(31, 119, 180),
    RGBColor(255, 127, 14),
    RGBColor(44, 160, 44),
    RGBColor(214, 39, 40),
    RGBColor(148, 103, 189),
    RGBColor(140, 86, 75),
    RGBColor(227, 119, 194),
    RGBColor(127, 127, 127),
    RGBColor(188, 189, 34),
    RGBColor(23, 190, 207),
    RGBColor(25, 25, 112),
    RGBColor(204, 163, 0),
];

/// Colour `index` of [`PALETTE`], wrapping around.
pub fn palette(index: usize) -> RGBColor {
    PALETTE[index % PALETTE.len()]
}

/// `color` blended with white, as an opaque colour (`opacity` 1 keeps it).
pub fn lighten(color: RGBColor, opacity: f64) -> RGBColor {
    let blend = |channel: u8| (255.0 - (255.0 - f64::from(channel)) * opacity).round() as u8;
    RGBColor(blend(color.0), blend(color.1), blend(color.2))
}

/// Text in the chart font, `size` pixels high.
pub fn text_style(size: f64) -> TextStyle<'static> {
    TextStyle::from((FONT_FAMILY, size).into_font()).color(&BLACK)
}

/// Converts `date` to its x coordinate: days since the start of the common era.
pub fn day_number(date: NaiveDate) -> f64 {
    f64::from(chrono::Datelike::num_days_from_ce(&date))
}

/// Converts x coordinate `x` back to a date, rounded to the nearest day.
pub fn date_at(x: f64) -> Option<NaiveDate> {
    if !x.is_finite() || x.abs() > f64::from(i32::MAX) {
        return None;
    }
    NaiveDate::from_num_days_from_ce_opt(x.round() as i32)
}

/// x range covering `dates` with a margin, so end points are not on the
/// frame; `None` without dates.
pub fn date_range(dates: impl Iterator<Item = NaiveDate>) -> Option<Range<f64>> {
    let (mut first, mut last) = (f64::INFINITY, f64::NEG_INFINITY);
    for date in dates {
        let x = day_number(date);
        first = first.min(x);
        last = last.max(x);
    }
    if first > last {
        return None;
    }
    let margin = ((last - first) * 0.03).max(2.0);
    Some(first - margin..last + margin)
}

/// y range covering `values` with 5 % headroom, from zero when `from_zero`.
pub fn value_range(values: impl Iterator<Item = f64>, from_zero: bool) -> Range<f64> {
    let (mut low, mut high) = (f64::INFINITY, f64::NEG_INFINITY);
    for value in values.filter(|value| value.is_finite()) {
        low = low.min(value);
        high = high.max(value);
    }
    if low > high {
        return 0.0..1.0;
    }
    if from_zero {
        low = low.min(0.0);
    }
    let span = (high - low).max(high.abs() * 0.05).max(1.0);
    let bottom = if from_zero && low >= 0.0 {
        0.0
    } else {
        low - span * 0.05
    };
    bottom..high + span * 0.05
}

/// Font sizes scaled to the drawing, so a large export is not tiny text.
pub fn font_scale<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>) -> f64 {
    let (width, height) = area.dim_in_pixel();
    (f64::from(width.min(height * 16 / 10)) / 900.0).clamp(0.75, 2.5)
}

/// Starts a chart on `area` with a caption of `caption_size` pixels (before
/// scaling), margins and room for axis labels.
pub fn chart_builder<'a, 'b, DB: DrawingBackend>(
    area: &'a DrawingArea<DB, Shift>,
    caption: &str,
    caption_size: f64,
) -> ChartBuilder<'a, 'b, DB> {
    let scale = font_scale(area);
    let mut builder = ChartBuilder::on(area);
    builder
        .caption(caption, text_style(caption_size * scale))
        .margin((10.0 * scale) as u32)
        .margin_right((30.0 * scale) as u32)
        .x_label_area_size((40.0 * scale) as u32)
        .y_label_area_size((60.0 * scale) as u32);
    builder
}

/// Builds a chart on `area` with a title, a date x axis and a value y axis
/// described by `y_desc`, and draws its grid.
pub fn date_chart<'a, DB: DrawingBackend>(
    area: &'a DrawingArea<DB, Shift>,
    title: &str,
    x: Range<f64>,
    y: Range<f64>,
    y_desc: &str,
) -> AreaResult<DateChart<'a, DB>, DB> {
    let scale = font_scale(area);
    let span = x.end - x.start;
    let mut chart = chart_builder(area, title, 18.0).build_cartesian_2d(x, y)?;
    let x_formatter =
        |x: &f64| date_at(*x).map_or_else(String::new, |date| text::axis_date(date, span));
    let y_formatter = |y: &f64| text::number(*y);
    chart
        .configure_mesh()
        .x_labels(7)
        .y_labels(8)
        .x_label_formatter(&x_formatter)
        .y_label_formatter(&y_formatter)
        .x_desc(tr!("progress.axis.date"))
        .y_desc(y_desc)
        .label_style(text_style(13.0 * scale))
        .axis_desc_style(text_style(14.0 * scale))
        .light_line_style(BLACK.mix(0.05))
        .bold_line_style(BLACK.mix(0.12))
        .draw()?;
    Ok(chart)
}

/// Draws the legend of `chart` in the corner of the plot that covers the
/// fewest of `points`, the drawn data, so that it hides as little as it can.
pub fn draw_legend<'a, DB: DrawingBackend + 'a, CT: CoordTranslate>(
    chart: &mut ChartContext<'a, DB, CT>,
    scale: f64,
    points: &[HoverPoint],
) -> AreaResult<(), DB> {
    let (x, y) = chart.plotting_area().get_pixel_range();
    let corner = legend_corner(x, y, points.iter().map(|point| point.position));
    chart
        .configure_series_labels()
        .position(corner)
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK.mix(0.3))
        .label_font(text_style(13.0 * scale))
        .draw()
}

/// Share of the plot's width and height a legend is assumed to cover in its
/// corner. Legends of three to eight short labels take about this much of a
/// chart of the window's size.
const LEGEND_WIDTH_SHARE: f64 = 0.35;
pub const LEGEND_HEIGHT_SHARE: f64 = 0.3;

/// Picks the corner of the plot spanning pixels `x` by `y` whose legend box
/// covers the fewest `points`. Ties go, in order, to the upper left, upper
/// right, lower left and lower right.
pub fn legend_corner(
    x: Range<i32>,
    y: Range<i32>,
    points: impl Iterator<Item = (i32, i32)>,
) -> SeriesLabelPosition {
    let width = f64::from(x.end - x.start);
    let height = f64::from(y.end - y.start);
    let left_edge = f64::from(x.start) + width * LEGEND_WIDTH_SHARE;
    let right_edge = f64::from(x.end) - width * LEGEND_WIDTH_SHARE;
    let top_edge = f64::from(y.start) + height * LEGEND_HEIGHT_SHARE;
    let bottom_edge = f64::from(y.end) - height * LEGEND_HEIGHT_SHARE;

    // Upper left, upper right, lower left, lower right.
    let mut covered = [0_usize; 4];
    for (px, py) in points {
        let (px, py) = (f64::from(px), f64::from(py));
        let (left, right) = (px <= left_edge, px >= right_edge);
        let (top, bottom) = (py <= top_edge, py >= bottom_edge);
        covered[0] += usize::from(top && left);
        covered[1] += usize::from(top && right);
        covered[2] += usize::from(bottom && left);
        covered[3] += usize::from(bottom && right);
    }
    let corners = [
        SeriesLabelPosition::UpperLeft,
        SeriesLabelPosition::UpperRight,
        SeriesLabelPosition::LowerLeft,
        SeriesLabelPosition::LowerRight,
    ];
    let best = (0..corners.len())
        .min_by_key(|&index| covered[index])
        .unwrap_or(0);
    corners[best].clone()
}

/// Legend glyph: a small filled square, never a circle, so SVG circles
/// count data points only.
pub fn legend_square(color: RGBColor) -> impl Fn((i32, i32)) -> Rectangle<(i32, i32)> {
    move |(x, y)| Rectangle::new([(x, y - 5), (x + 10, y + 5)], color.filled())
}

/// Draws `title` and `message` on an otherwise empty chart.
pub fn draw_message<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    title: &str,
    message: &str,
) -> AreaResult<Vec<HoverPoint>, DB> {
    let scale = font_scale(area);
    let (width, height) = area.dim_in_pixel();
    let center = |style: &TextStyle, text: &str, y: i32| -> AreaResult<(), DB> {
        let (text_width, _) = area.estimate_text_size(text, style)?;
        let x = (i64::from(width) - i64::from(text_width)) / 2;
        area.draw_text(text, style, (x.max(0) as i32, y))
    };
    center(&text_style(18.0 * scale), title, (12.0 * scale) as i32)?;
    center(&text_style(15.0 * scale), message, height as i32 / 2)?;
    Ok(Vec::new())
}

/// Splits a footer line off `area` when `note` is set, draws the note in it,
/// and returns the area left for the chart.
pub fn with_footer<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    note: Option<String>,
) -> AreaResult<DrawingArea<DB, Shift>, DB> {
    let Some(note) = note else {
        return Ok(area.clone());
    };
    let scale = font_scale(area);
    let footer_height = (22.0 * scale) as u32;
    let (_, height) = area.dim_in_pixel();
    let (main, footer) = area.split_vertically(height.saturating_sub(footer_height));
    footer.draw_text(&note, &text_style(12.0 * scale), ((10.0 * scale) as i32, 2))?;
    Ok(main)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Names the corner `legend_corner` picks for `points` on a 1000 × 500 plot.
    fn corner(points: &[(i32, i32)]) -> String {
        let position = legend_corner(0..1000, 0..500, points.iter().copied());
        format!("{position:?}")
    }

    #[test]
    fn legend_avoids_rising_data() {
        // Rising e1RM: low on the left, high on the right.
        assert_eq!(corner(&[(50, 450), (500, 250), (950, 40)]), "UpperLeft");
    }

    #[test]
    fn legend_avoids_falling_data() {
        assert_eq!(corner(&[(50, 40), (500, 250), (950, 450)]), "UpperRight");
    }

    #[test]
    fn legend_takes_emptiest_corner() {
        // Two points in each upper corner, one lower left, three lower right.
        let points = [
            (50, 40),
            (100, 100),
            (900, 60),
            (950, 100),
            (60, 450),
            (980, 480),
            (990, 490),
            (700, 400),
        ];
        assert_eq!(corner(&points), "LowerLeft");
    }

    #[test]
    fn legend_without_points_upper_left() {
        assert_eq!(corner(&[]), "UpperLeft");
    }
}
