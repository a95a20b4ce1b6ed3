//! Weekly hard sets per muscle, one line per muscle over the 10–20 set band.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::draw::{
    AreaResult, HoverPoint, date_chart, date_range, day_number, draw_legend, draw_message,
    font_scale, legend_square, lighten, palette, value_range,
};
use super::text;
use crate::analytics::{HARD_SETS_BAND, MuscleSetsSeries};
use crate::{tr, tr_count};

/// Draws the weekly hard sets chart.
pub fn draw_muscle_sets<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    series: &MuscleSetsSeries,
) -> AreaResult<Vec<HoverPoint>, DB> {
    let title = tr!("progress.title.muscle_sets");
    let x = date_range(series.weeks.iter().copied());
    let (Some(x), false) = (x, series.muscles.is_empty()) else {
        return draw_message(area, &title, &tr!("progress.empty"));
    };
    let scale = font_scale(area);
    let (low, high) = HARD_SETS_BAND;
    let counts = series
        .muscles
        .iter()
        .flat_map(|(_, row)| row.iter().map(|&sets| f64::from(sets)));
    let y = value_range(counts.chain([f64::from(high) + 2.0]), true);
    let mut chart = date_chart(area, &title, x.clone(), y, &tr!("progress.axis.hard_sets"))?;

    let band_color = lighten(palette(2), 0.15);
    chart
        .draw_series([Rectangle::new(
            [(x.start, f64::from(low)), (x.end, f64::from(high))],
            band_color.filled(),
        )])?
        .label(tr!("progress.legend.band", low = low, high = high))
        .legend(legend_square(band_color));

    let size = (3.0 * scale).round() as i32;
    for (index, (muscle, row)) in series.muscles.iter().enumerate() {
        let color = palette(index);
        let points = || {
            series
                .weeks
                .iter()
                .zip(row)
                .map(|(week, &sets)| (day_number(*week), f64::from(sets)))
        };
        chart
            .draw_series(LineSeries::new(points(), color.stroke_width(2)))?
            .label(text::muscle(*muscle))
            .legend(legend_square(color));
        chart.draw_series(points().map(|at| Circle::new(at, size, color.filled())))?;
    }
    let mut hover = Vec::new();
    for (index, week) in series.weeks.iter().enumerate() {
        let mut lines = vec![tr!("progress.week_of", date = text::full_date(*week))];
        for (muscle, row) in &series.muscles {
            let count = row.get(index).copied().unwrap_or(0);
            lines.push(tr_count!(
                "progress.hover.hard_sets",
                count,
                muscle = text::muscle(*muscle)
            ));
        }
        let text = lines.join("\n");
        for (_, row) in &series.muscles {
            let sets = f64::from(row.get(index).copied().unwrap_or(0));
            hover.push(HoverPoint {
                position: chart.backend_coord(&(day_number(*week), sets)),
                text: text.clone(),
            });
        }
    }
    draw_legend(&mut chart, scale, &hover)?;
    Ok(hover)
}
