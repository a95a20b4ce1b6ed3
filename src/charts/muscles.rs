//! Weekly hard sets per muscle, one line per muscle over the 10–20 set band.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::draw::{
    AreaResult, HoverPoint, date_chart, date_range, day_number, draw_legend, draw_message,
    font_scale, legend_square, lighten, palette, value_range,
};
use super::text;
use crate::analytics::{HARD_SETS_BAND, MuscleSetsSeries};
use crate::model::Muscle;
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
    let (_, pixels) = chart.plotting_area().get_pixel_range();
    let values = chart.plotting_area().get_y_range();
    let value_per_pixel =
        (values.end - values.start) / f64::from((pixels.end - pixels.start).max(1));
    let plotted = plotted_counts(&series.muscles, (LINE_GAP_PIXELS * scale) * value_per_pixel);
    for (index, ((muscle, _), row)) in series.muscles.iter().zip(&plotted).enumerate() {
        let color = palette(index);
        let points = || {
            series
                .weeks
                .iter()
                .zip(row)
                .map(|(week, &sets)| (day_number(*week), sets))
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
        for row in &plotted {
            let sets = row.get(index).copied().unwrap_or(0.0);
            hover.push(HoverPoint {
                position: chart.backend_coord(&(day_number(*week), sets)),
                text: text.clone(),
            });
        }
    }
    draw_legend(&mut chart, scale, &hover)?;
    Ok(hover)
}

/// Distance between the lines of muscles with the same count in a week, in
/// pixels before scaling.
const LINE_GAP_PIXELS: f64 = 5.0;

/// Widest band, in gaps, that the lines of muscles sharing a count spread
/// over, so that no line moves far from its count.
const MAX_SPREAD_GAPS: f64 = 3.0;

/// Returns the y value each muscle's point is drawn at, week by week: its
/// count, moved apart by `gap` (in counts) from the muscles with the same
/// count that week, so that no line hides another. Counts of zero stay at
/// zero. Hover text gives the exact counts.
fn plotted_counts(muscles: &[(Muscle, Vec<u32>)], gap: f64) -> Vec<Vec<f64>> {
    muscles
        .iter()
        .enumerate()
        .map(|(index, (_, row))| {
            row.iter()
                .enumerate()
                .map(|(week, &sets)| {
                    // Weeks without training stay on the axis.
                    if sets == 0 {
                        return 0.0;
                    }
                    let same = |(_, other): &&(Muscle, Vec<u32>)| other.get(week) == Some(&sets);
                    let before = muscles[..index].iter().filter(same).count();
                    let sharing = muscles.iter().filter(same).count();
                    if sharing < 2 {
                        return f64::from(sets);
                    }
                    // Many lines on one count share a band of MAX_SPREAD_GAPS gaps.
                    let step = gap.min(gap * MAX_SPREAD_GAPS / (sharing as f64 - 1.0));
                    let middle = (sharing as f64 - 1.0) / 2.0;
                    f64::from(sets) + (middle - before as f64) * step
                })
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_counts_drawn_apart() {
        let muscles = vec![
            (Muscle::Chest, vec![13, 13]),
            (Muscle::Triceps, vec![16, 12]),
            (Muscle::Shoulders, vec![16, 13]),
        ];
        let plotted = plotted_counts(&muscles, 0.5);
        // Week 1: chest alone at 13, triceps and shoulders share 16.
        assert_eq!(plotted[0][0], 13.0);
        assert_eq!(plotted[1][0], 16.25);
        assert_eq!(plotted[2][0], 15.75);
        // Week 2: chest and shoulders share 13, triceps alone at 12.
        assert_eq!(plotted[0][1], 13.25);
        assert_eq!(plotted[1][1], 12.0);
        assert_eq!(plotted[2][1], 12.75);
    }

    #[test]
    fn zero_counts_stay_on_axis() {
        let muscles = vec![(Muscle::Chest, vec![0]), (Muscle::Triceps, vec![0])];
        assert_eq!(plotted_counts(&muscles, 0.5), vec![vec![0.0], vec![0.0]]);
    }

    #[test]
    fn many_equal_counts_stay_close() {
        let muscles: Vec<(Muscle, Vec<u32>)> = [
            Muscle::Chest,
            Muscle::Triceps,
            Muscle::Shoulders,
            Muscle::Quads,
            Muscle::Glutes,
            Muscle::Back,
            Muscle::Biceps,
        ]
        .into_iter()
        .map(|muscle| (muscle, vec![12]))
        .collect();
        let plotted = plotted_counts(&muscles, 0.5);
        // Seven lines spread over 3 gaps of 0.5: 1.5 sets, 0.25 apart.
        assert_eq!(plotted[0][0], 12.75);
        assert_eq!(plotted[3][0], 12.0);
        assert_eq!(plotted[6][0], 11.25);
    }
}
