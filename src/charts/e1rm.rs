//! Top-set e1RM chart: one circle per session (hollow when extrapolated), the
//! moving average as a line and PRs as triangles; and the planned against
//! logged top-set load chart.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::draw::{
    AreaResult, HoverPoint, date_chart, date_range, day_number, draw_legend, draw_message,
    font_scale, legend_square, palette, value_range, with_footer,
};
use super::text;
use crate::analytics::{DEFAULT_MOVING_AVERAGE_WINDOW, E1rmSeries, PlannedLoadSeries};
use crate::tr;

/// Draws the top-set e1RM chart of `exercise`.
pub fn draw_e1rm<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    exercise: &str,
    series: &E1rmSeries,
) -> AreaResult<Vec<HoverPoint>, DB> {
    let title = tr!("progress.title.e1rm", exercise = exercise);
    let points = &series.points;
    let Some(x) = date_range(points.iter().map(|point| point.date)) else {
        return draw_message(area, &title, &tr!("progress.empty"));
    };
    let note = (series.skipped > 0).then(|| tr!("progress.skipped", count = series.skipped));
    let area = with_footer(area, note)?;
    let scale = font_scale(&area);
    let unit = series.unit.symbol();
    let y = value_range(
        points
            .iter()
            .flat_map(|point| [point.e1rm, point.moving_average]),
        false,
    );
    let mut chart = date_chart(&area, &title, x, y, &tr!("progress.axis.e1rm", unit = unit))?;

    let (point_color, average_color, pr_color) = (palette(0), palette(1), palette(2));
    let radius = (4.0 * scale).round() as i32;
    chart
        .draw_series(LineSeries::new(
            points
                .iter()
                .map(|point| (day_number(point.date), point.moving_average)),
            average_color.stroke_width(2),
        ))?
        .label(tr!(
            "progress.legend.moving_average",
            count = DEFAULT_MOVING_AVERAGE_WINDOW
        ))
        .legend(legend_square(average_color));
    chart
        .draw_series(points.iter().map(|point| {
            let style = if point.unreliable {
                point_color.stroke_width(2)
            } else {
                point_color.filled()
            };
            Circle::new((day_number(point.date), point.e1rm), radius, style)
        }))?
        .label(tr!("progress.legend.e1rm"))
        .legend(legend_square(point_color));
    chart
        .draw_series(points.iter().filter(|point| point.pr).map(|point| {
            let above = (day_number(point.date), point.e1rm);
            TriangleMarker::new(above, (7.0 * scale) as i32, pr_color.filled())
        }))?
        .label(tr!("progress.legend.pr"))
        .legend(legend_square(pr_color));
    let hover: Vec<HoverPoint> = points
        .iter()
        .map(|point| {
            let mut lines = vec![
                text::full_date(point.date),
                text::set_summary(Some(point.load), point.reps, point.rpe, series.unit),
                tr!(
                    "progress.hover.e1rm",
                    value = text::number_1(point.e1rm),
                    unit = unit
                ),
                tr!(
                    "progress.hover.moving_average",
                    value = text::number_1(point.moving_average),
                    unit = unit
                ),
            ];
            if point.pr {
                lines.push(tr!("progress.hover.pr"));
            }
            if point.unreliable {
                lines.push(tr!("progress.hover.unreliable"));
            }
            HoverPoint {
                position: chart.backend_coord(&(day_number(point.date), point.e1rm)),
                text: lines.join("\n"),
            }
        })
        .collect();
    draw_legend(&mut chart, scale, &hover)?;
    Ok(hover)
}

/// Draws the planned against logged top-set load chart of `exercise`.
pub fn draw_planned_load<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    exercise: &str,
    series: &PlannedLoadSeries,
) -> AreaResult<Vec<HoverPoint>, DB> {
    let title = tr!("progress.title.planned_load", exercise = exercise);
    let points = &series.points;
    let Some(x) = date_range(points.iter().map(|point| point.date)) else {
        return draw_message(area, &title, &tr!("progress.empty"));
    };
    let note = (series.left_out > 0).then(|| tr!("progress.left_out", count = series.left_out));
    let area = with_footer(area, note)?;
    let scale = font_scale(&area);
    let unit = series.unit.symbol();
    let y = value_range(
        points
            .iter()
            .flat_map(|point| [point.logged_load, point.planned_load]),
        false,
    );
    let mut chart = date_chart(&area, &title, x, y, &tr!("progress.axis.load", unit = unit))?;

    let (logged_color, planned_color) = (palette(0), palette(7));
    let size = (5.0 * scale).round() as i32;
    chart
        .draw_series(LineSeries::new(
            points
                .iter()
                .map(|point| (day_number(point.date), point.planned_load)),
            planned_color.stroke_width(1),
        ))?
        .label(tr!("progress.legend.planned_load"))
        .legend(legend_square(planned_color));
    chart.draw_series(points.iter().map(|point| {
        let at = (day_number(point.date), point.planned_load);
        Cross::new(at, size, planned_color.stroke_width(2))
    }))?;
    chart
        .draw_series(LineSeries::new(
            points
                .iter()
                .map(|point| (day_number(point.date), point.logged_load)),
            logged_color.stroke_width(2),
        ))?
        .label(tr!("progress.legend.logged_load"))
        .legend(legend_square(logged_color));
    chart.draw_series(points.iter().map(|point| {
        let at = (day_number(point.date), point.logged_load);
        Circle::new(at, size - 1, logged_color.filled())
    }))?;
    let hover: Vec<HoverPoint> = points
        .iter()
        .map(|point| {
            let lines = [
                text::full_date(point.date),
                tr!(
                    "progress.hover.logged_load",
                    value = text::number(point.logged_load),
                    unit = unit
                ),
                tr!(
                    "progress.hover.planned_load",
                    value = text::number_1(point.planned_load),
                    unit = unit
                ),
            ];
            HoverPoint {
                position: chart.backend_coord(&(day_number(point.date), point.logged_load)),
                text: lines.join("\n"),
            }
        })
        .collect();
    draw_legend(&mut chart, scale, &hover)?;
    Ok(hover)
}
