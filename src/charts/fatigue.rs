//! Fatigue chart: on the left the chosen session's sets with their e1RM and
//! drop, on the right the weekly achieved drop against the planned one.

use std::ops::Range;

use plotters::coord::Shift;
use plotters::prelude::*;

use super::draw::{
    AreaResult, HoverPoint, chart_builder, date_chart, date_range, day_number, draw_legend,
    draw_message, font_scale, legend_square, palette, text_style, value_range,
};
use super::text;
use crate::analytics::{FatigueSeries, SessionFatigue};
use crate::model::{SetKind, Unit};
use crate::tr;

/// Draws the fatigue chart of `exercise`.
pub fn draw_fatigue<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    exercise: &str,
    series: &FatigueSeries,
) -> AreaResult<Vec<HoverPoint>, DB> {
    let title = tr!("progress.title.fatigue", exercise = exercise);
    let Some(session) = &series.session else {
        return draw_message(area, &title, &tr!("progress.empty"));
    };
    let scale = font_scale(area);
    let area = area.titled(&title, text_style(18.0 * scale))?;
    let (width, _) = area.dim_in_pixel();
    let (left, right) = area.split_horizontally(width * 45 / 100);

    let mut hover = draw_session_sets(&left, session, series.unit)?;
    hover.extend(draw_weekly_drops(&right, series)?);
    Ok(hover)
}

/// Returns the x-axis label of set `index`: "Top set", "Backoff 1", …
fn set_label(session: &SessionFatigue, index: usize) -> String {
    match session.sets.get(index) {
        Some(set) if set.kind == SetKind::Top => tr!("progress.set.top"),
        Some(_) => tr!("progress.set.backoff", number = index),
        None => String::new(),
    }
}

fn draw_session_sets<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    session: &SessionFatigue,
    unit: Unit,
) -> AreaResult<Vec<HoverPoint>, DB> {
    let scale = font_scale(area);
    let estimated: Vec<(f64, f64)> = session
        .sets
        .iter()
        .enumerate()
        .filter_map(|(index, set)| Some((index as f64, set.e1rm?)))
        .collect();
    let x: Range<f64> = -0.5..session.sets.len() as f64 - 0.5;
    let y = value_range(estimated.iter().map(|(_, e1rm)| *e1rm), false);
    let caption = tr!(
        "progress.title.fatigue_session",
        date = text::full_date(session.date)
    );
    let mut chart = chart_builder(area, &caption, 15.0).build_cartesian_2d(x, y)?;
    let x_formatter = |x: &f64| {
        let index = x.round();
        if (x - index).abs() > 0.01 || index < 0.0 {
            return String::new();
        }
        set_label(session, index as usize)
    };
    let y_formatter = |y: &f64| text::number(*y);
    chart
        .configure_mesh()
        .x_labels(session.sets.len().max(1))
        .y_labels(8)
        .x_label_formatter(&x_formatter)
        .y_label_formatter(&y_formatter)
        .x_desc(tr!("progress.axis.set"))
        .y_desc(tr!("progress.axis.e1rm", unit = unit.symbol()))
        .label_style(text_style(13.0 * scale))
        .axis_desc_style(text_style(14.0 * scale))
        .light_line_style(BLACK.mix(0.05))
        .bold_line_style(BLACK.mix(0.12))
        .disable_x_mesh()
        .draw()?;

    let color = palette(0);
    chart.draw_series(LineSeries::new(
        estimated.iter().copied(),
        color.stroke_width(2),
    ))?;
    chart.draw_series(
        estimated
            .iter()
            .map(|&at| Circle::new(at, (5.0 * scale) as i32, color.filled())),
    )?;
    // The drop below the top set, written above each backoff point.
    let label_style = text_style(12.0 * scale);
    chart.draw_series(session.sets.iter().enumerate().filter_map(|(index, set)| {
        let drop = set.drop_from_top_percent?;
        let at = (index as f64, set.e1rm?);
        let label = format!("-{} %", text::number_1(drop));
        Some(Text::new(label, at, label_style.clone()))
    }))?;

    let unit_symbol = unit.symbol();
    let hover = session
        .sets
        .iter()
        .enumerate()
        .filter_map(|(index, set)| {
            let e1rm = set.e1rm?;
            let mut lines = vec![
                format!(
                    "{} · {}",
                    text::full_date(session.date),
                    set_label(session, index)
                ),
                text::set_summary(set.load, set.reps, set.rpe, unit),
                tr!(
                    "progress.hover.e1rm",
                    value = text::number_1(e1rm),
                    unit = unit_symbol
                ),
            ];
            if let Some(drop) = set.drop_from_top_percent {
                lines.push(tr!("progress.hover.drop_top", value = text::number_1(drop)));
            }
            if let Some(drop) = set.drop_from_previous_percent {
                lines.push(tr!(
                    "progress.hover.drop_previous",
                    value = text::number_1(drop)
                ));
            }
            Some(HoverPoint {
                position: chart.backend_coord(&(index as f64, e1rm)),
                text: lines.join("\n"),
            })
        })
        .collect();
    Ok(hover)
}

fn draw_weekly_drops<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    series: &FatigueSeries,
) -> AreaResult<Vec<HoverPoint>, DB> {
    let title = tr!("progress.title.fatigue_weeks");
    let weeks = &series.weeks;
    let Some(x) = date_range(weeks.iter().map(|week| week.week)) else {
        return draw_message(area, &title, &tr!("progress.empty"));
    };
    let scale = font_scale(area);
    let values = weeks
        .iter()
        .flat_map(|week| [Some(week.achieved_percent), week.planned_percent])
        .flatten();
    let y = value_range(values, true);
    let mut chart = date_chart(area, &title, x, y, &tr!("progress.axis.drop"))?;

    let (achieved_color, planned_color) = (palette(3), palette(7));
    let size = (4.0 * scale).round() as i32;
    let planned = || {
        weeks
            .iter()
            .filter_map(|week| Some((day_number(week.week), week.planned_percent?)))
    };
    chart
        .draw_series(LineSeries::new(planned(), planned_color.stroke_width(1)))?
        .label(tr!("progress.legend.planned"))
        .legend(legend_square(planned_color));
    chart.draw_series(planned().map(|at| Cross::new(at, size, planned_color.stroke_width(2))))?;
    let achieved = || {
        weeks
            .iter()
            .map(|week| (day_number(week.week), week.achieved_percent))
    };
    chart
        .draw_series(LineSeries::new(achieved(), achieved_color.stroke_width(2)))?
        .label(tr!("progress.legend.achieved"))
        .legend(legend_square(achieved_color));
    chart.draw_series(achieved().map(|at| Circle::new(at, size, achieved_color.filled())))?;
    let hover: Vec<HoverPoint> = weeks
        .iter()
        .map(|week| {
            let mut lines = vec![
                tr!("progress.week_of", date = text::full_date(week.week)),
                tr!(
                    "progress.hover.achieved",
                    value = text::number_1(week.achieved_percent)
                ),
            ];
            if let Some(planned) = week.planned_percent {
                lines.push(tr!(
                    "progress.hover.planned",
                    value = text::number_1(planned)
                ));
            }
            lines.push(tr!("progress.hover.sessions", count = week.sessions));
            HoverPoint {
                position: chart.backend_coord(&(day_number(week.week), week.achieved_percent)),
                text: lines.join("\n"),
            }
        })
        .collect();
    draw_legend(&mut chart, scale, &hover)?;
    Ok(hover)
}
