//! Volume chart: weekly stacked bars (top sets, backoff sets, other working
//! sets) behind per-session backoff volume (circles) and top-set volume (crosses).

use chrono::Days;
use plotters::coord::Shift;
use plotters::prelude::*;

use super::draw::{
    AreaResult, HoverPoint, LEGEND_HEIGHT_SHARE, date_chart, date_range, day_number, draw_legend,
    draw_message, font_scale, legend_square, lighten, palette, value_range,
};
use super::text;
use crate::analytics::VolumeSeries;
use crate::tr;

/// Draws the volume chart of `exercise`.
pub fn draw_volume<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    exercise: &str,
    series: &VolumeSeries,
) -> AreaResult<Vec<HoverPoint>, DB> {
    let title = tr!("progress.title.volume", exercise = exercise);
    let week_ends = series
        .weeks
        .iter()
        .filter_map(|week| week.week.checked_add_days(Days::new(7)));
    let dates = series.weeks.iter().map(|week| week.week).chain(week_ends);
    let Some(x) = date_range(dates) else {
        return draw_message(area, &title, &tr!("progress.empty"));
    };
    let scale = font_scale(area);
    let unit = series.unit.symbol();
    let week_totals = series
        .weeks
        .iter()
        .map(|week| week.top_volume + week.backoff_volume + week.other_volume);
    // Bars fill the plot up from zero and leave no corner free, so the top
    // of the plot is kept clear for the legend.
    let y = value_range(week_totals, true);
    let y = y.start..y.start + (y.end - y.start) / (1.0 - LEGEND_HEIGHT_SHARE);
    let mut chart = date_chart(
        area,
        &title,
        x,
        y,
        &tr!("progress.axis.volume", unit = unit),
    )?;

    // Weekly bars, stacked from the top sets up; each bar spans its week
    // (Monday to Sunday), centred on the days.
    let layers = [
        (palette(1), tr!("progress.legend.week_top")),
        (palette(0), tr!("progress.legend.week_backoff")),
        (palette(7), tr!("progress.legend.week_other")),
    ];
    for (layer, (color, label)) in layers.iter().enumerate() {
        let bars = series.weeks.iter().map(|week| {
            let parts = [week.top_volume, week.backoff_volume, week.other_volume];
            let bottom: f64 = parts.iter().take(layer).sum();
            let top = bottom + parts.get(layer).copied().unwrap_or(0.0);
            let start = day_number(week.week);
            Rectangle::new(
                [(start - 0.4, bottom), (start + 6.4, top)],
                lighten(*color, 0.3).filled(),
            )
        });
        chart
            .draw_series(bars)?
            .label(label)
            .legend(legend_square(lighten(*color, 0.3)));
    }

    let (backoff_color, top_color) = (palette(0), palette(1));
    let size = (4.0 * scale).round() as i32;
    let with_backoff = || series.sessions.iter().filter(|s| s.backoff_volume > 0.0);
    chart
        .draw_series(LineSeries::new(
            with_backoff().map(|session| (day_number(session.date), session.backoff_volume)),
            backoff_color.stroke_width(2),
        ))?
        .label(tr!("progress.legend.backoff_volume"))
        .legend(legend_square(backoff_color));
    chart.draw_series(with_backoff().map(|session| {
        let at = (day_number(session.date), session.backoff_volume);
        Circle::new(at, size, backoff_color.filled())
    }))?;
    chart
        .draw_series(
            series
                .sessions
                .iter()
                .filter(|session| session.top_volume > 0.0)
                .map(|session| {
                    let at = (day_number(session.date), session.top_volume);
                    Cross::new(at, size, top_color.stroke_width(2))
                }),
        )?
        .label(tr!("progress.legend.top_volume"))
        .legend(legend_square(top_color));
    let mut hover: Vec<HoverPoint> = series
        .sessions
        .iter()
        .map(|session| {
            let y = if session.backoff_volume > 0.0 {
                session.backoff_volume
            } else {
                session.top_volume.max(session.other_volume)
            };
            let mut lines = vec![text::full_date(session.date)];
            lines.extend(volume_lines(
                [
                    session.top_volume,
                    session.backoff_volume,
                    session.other_volume,
                ],
                unit,
            ));
            HoverPoint {
                position: chart.backend_coord(&(day_number(session.date), y)),
                text: lines.join("\n"),
            }
        })
        .collect();
    hover.extend(series.weeks.iter().map(|week| {
        let total = week.top_volume + week.backoff_volume + week.other_volume;
        let mut lines = vec![tr!("progress.week_of", date = text::full_date(week.week))];
        lines.extend(volume_lines(
            [week.top_volume, week.backoff_volume, week.other_volume],
            unit,
        ));
        lines.push(tr!("progress.hover.sessions", count = week.sessions));
        HoverPoint {
            position: chart.backend_coord(&(day_number(week.week) + 3.5, total)),
            text: lines.join("\n"),
        }
    }));
    draw_legend(&mut chart, scale, &hover)?;
    Ok(hover)
}

/// Hover lines for top-set, backoff and other volume, in that order.
fn volume_lines([top, backoff, other]: [f64; 3], unit: &str) -> [String; 3] {
    [
        tr!(
            "progress.hover.top_volume",
            value = text::number(top),
            unit = unit
        ),
        tr!(
            "progress.hover.backoff_volume",
            value = text::number(backoff),
            unit = unit
        ),
        tr!(
            "progress.hover.other_volume",
            value = text::number(other),
            unit = unit
        ),
    ]
}
