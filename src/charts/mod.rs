//! Progress charts drawn with plotters.
//!
//! One drawing function per chart kind targets any plotters [`DrawingArea`],
//! so the window (an RGB buffer uploaded as an egui texture), PNG files and
//! SVG files show the same chart. Text uses the font compiled into the binary
//! and the interface language of the moment.
//!
//! Drawing errors come back as [`ChartError`]; nothing here panics on data.

mod draw;
mod e1rm;
mod fatigue;
mod font;
mod muscles;
mod text;
mod volume;

use std::path::{Path, PathBuf};

use image::ImageEncoder;
use plotters::coord::Shift;
use plotters::prelude::*;

pub use crate::analytics::{ChartKind, ChartRequest};
pub use draw::HoverPoint;
pub use font::FONT_FAMILY;
pub use text::full_date;

use crate::analytics::{ChartSeries, build_series};
use crate::model::Journal;
use crate::tr;

/// Smallest and largest width or height accepted for a chart, in pixels.
pub const CHART_SIZE_LIMITS: (u32, u32) = (100, 10_000);

/// Why a chart could not be drawn or saved.
#[derive(Debug, thiserror::Error)]
pub enum ChartError {
    #[error("cannot tell the image format of {path}: use a file name ending in .png or .svg")]
    UnsupportedFormat { path: PathBuf },
    #[error("invalid chart size {width}×{height}: width and height must be between {min} and {max} pixels", min = CHART_SIZE_LIMITS.0, max = CHART_SIZE_LIMITS.1)]
    InvalidSize { width: u32, height: u32 },
    #[error("cannot draw the chart: {0}")]
    Draw(String),
    #[error("cannot write {path}: {message}")]
    Write { path: PathBuf, message: String },
}

impl ChartError {
    /// Formats the message for the window in the interface language.
    pub fn localized(&self) -> String {
        match self {
            Self::UnsupportedFormat { path } => {
                tr!("progress.error.format", path = path.display())
            }
            Self::InvalidSize { width, height } => tr!(
                "progress.error.size",
                width = width,
                height = height,
                min = CHART_SIZE_LIMITS.0,
                max = CHART_SIZE_LIMITS.1
            ),
            Self::Draw(message) => tr!("progress.error.draw", message = message),
            Self::Write { path, message } => tr!(
                "progress.error.write",
                path = path.display(),
                message = message
            ),
        }
    }
}

/// File format of an exported chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImageFormat {
    Png,
    Svg,
}

impl ImageFormat {
    /// The format named by the extension of `path` (any case).
    pub fn from_path(path: &Path) -> Option<ImageFormat> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "png" => Some(Self::Png),
            "svg" => Some(Self::Svg),
            _ => None,
        }
    }
}

/// Draws `series` on `area` (cleared to white first) and returns the hover
/// points of its data, in pixels of the area's backend.
pub fn draw_chart<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    exercise: &str,
    series: &ChartSeries,
) -> Result<Vec<HoverPoint>, ChartError> {
    font::ensure_font();
    let drawn = area.fill(&WHITE).and_then(|()| match series {
        ChartSeries::E1rm(series) => e1rm::draw_e1rm(area, exercise, series),
        ChartSeries::Volume(series) => volume::draw_volume(area, exercise, series),
        ChartSeries::MuscleSets(series) => muscles::draw_muscle_sets(area, series),
        ChartSeries::Fatigue(series) => fatigue::draw_fatigue(area, exercise, series),
        ChartSeries::PlannedLoad(series) => e1rm::draw_planned_load(area, exercise, series),
    });
    drawn.map_err(|error| ChartError::Draw(error.to_string()))
}

/// A chart drawn into memory for the window.
#[derive(Clone, Debug)]
pub struct RenderedChart {
    pub width: u32,
    pub height: u32,
    /// Pixels row by row, three bytes (red, green, blue) each.
    pub rgb: Vec<u8>,
    pub hover: Vec<HoverPoint>,
}

/// Draws `series` into an RGB buffer of `width` × `height` pixels.
pub fn render_rgb(
    exercise: &str,
    series: &ChartSeries,
    width: u32,
    height: u32,
) -> Result<RenderedChart, ChartError> {
    check_size(width, height)?;
    let mut rgb = vec![255; width as usize * height as usize * 3];
    let hover = {
        let backend = BitMapBackend::with_buffer(&mut rgb, (width, height));
        let area = backend.into_drawing_area();
        let hover = draw_chart(&area, exercise, series)?;
        area.present()
            .map_err(|error| ChartError::Draw(error.to_string()))?;
        hover
    };
    Ok(RenderedChart {
        width,
        height,
        rgb,
        hover,
    })
}

/// What [`export_chart`] wrote.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportedChart {
    pub format: ImageFormat,
    /// Data points in the chart's series.
    pub points: usize,
}

/// Builds the series `request` asks for from `journal` and writes its chart
/// to `path`, as PNG or SVG after the file's extension.
pub fn export_chart(
    journal: &Journal,
    request: &ChartRequest,
    path: &Path,
    width: u32,
    height: u32,
) -> Result<ExportedChart, ChartError> {
    check_size(width, height)?;
    let format = ImageFormat::from_path(path).ok_or_else(|| ChartError::UnsupportedFormat {
        path: path.to_owned(),
    })?;
    let series = build_series(journal, request);
    let write_error = |message: String| ChartError::Write {
        path: path.to_owned(),
        message,
    };

    match format {
        ImageFormat::Png => {
            // Drawn in memory and written with an atomic replace, as SVG is,
            // so a failed write never leaves a partial image.
            let mut pixels = vec![0; width as usize * height as usize * 3];
            {
                let area =
                    BitMapBackend::with_buffer(&mut pixels, (width, height)).into_drawing_area();
                draw_chart(&area, &request.exercise, &series)?;
                area.present()
                    .map_err(|error| ChartError::Draw(error.to_string()))?;
            }
            let mut png = Vec::new();
            image::codecs::png::PngEncoder::new(&mut png)
                .write_image(&pixels, width, height, image::ColorType::Rgb8)
                .map_err(|error| ChartError::Draw(error.to_string()))?;
            crate::storage::write_atomically(path, &png)
                .map_err(|error| write_error(error.to_string()))?;
        }
        ImageFormat::Svg => {
            let mut svg = String::new();
            {
                let area = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
                draw_chart(&area, &request.exercise, &series)?;
                area.present()
                    .map_err(|error| ChartError::Draw(error.to_string()))?;
            }
            crate::storage::write_atomically(path, svg.as_bytes())
                .map_err(|error| write_error(error.to_string()))?;
        }
    }
    Ok(ExportedChart {
        format,
        points: series.len(),
    })
}

fn check_size(width: u32, height: u32) -> Result<(), ChartError> {
    let (min, max) = CHART_SIZE_LIMITS;
    if (min..=max).contains(&width) && (min..=max).contains(&height) {
        Ok(())
    } else {
        Err(ChartError::InvalidSize { width, height })
    }
}
