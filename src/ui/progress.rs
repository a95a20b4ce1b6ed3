//! Progress panel: pick an exercise, a chart kind, a date range and a unit,
//! see the chart, hover a point for its values, and export the chart.
//!
//! The chart is drawn by plotters into an RGB buffer and shown as a texture.
//! Series come from a [`SeriesCache`] and the bitmap is drawn again only when
//! the journal revision, the request, the size or the language changes, so an
//! unchanged frame costs one textured rectangle.

use chrono::NaiveDate;
use egui::{Color32, ColorImage, Pos2, Rect, Sense, TextureHandle, TextureOptions, Vec2, pos2};

use crate::analytics::{
    ChartKind, ChartRequest, ChartSeries, DateRange, RangePreset, SeriesCache,
    exercises_with_top_sets, latest_session_with,
};
use crate::app::Command;
use crate::charts::{HoverPoint, full_date, render_rgb};
use crate::model::{Journal, Unit};
use crate::tr;

/// Pointer distance, in points, within which a data point shows its values.
const HOVER_RADIUS: f32 = 24.0;

/// Date range picked in the panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RangeChoice {
    Preset(RangePreset),
    /// The range typed in [`ProgressState::custom_from`] and `custom_to`.
    Custom,
}

/// State of the progress panel.
pub struct ProgressState {
    /// Exercise charted; `None` picks the first exercise with a top set.
    pub exercise: Option<String>,
    pub kind: ChartKind,
    pub range: RangeChoice,
    /// First day of the custom range as typed (YYYY-MM-DD, empty for no limit).
    pub custom_from: String,
    /// Last day of the custom range as typed.
    pub custom_to: String,
    /// Chart unit; `None` follows the journal's unit.
    pub unit: Option<Unit>,
    /// Session the fatigue chart shows; `None` takes the latest one.
    pub session: Option<u64>,
    /// Series of the chart shown, rebuilt on change only.
    cache: SeriesCache,
    /// Exercise names with top sets, and the journal revision they came from.
    exercises: Option<(u64, Vec<String>)>,
    /// The bitmap on screen and what it was drawn from.
    image: Option<ChartImage>,
    /// Drawing error of the last bitmap, shown in place of the chart.
    render_error: Option<String>,
    /// Bitmaps drawn so far, so tests can check that an unchanged frame draws none.
    pub renders: u64,
    /// Text of the data point under the pointer in the last frame.
    pub hovered: Option<String>,
    /// Size of an exported chart in pixels, width then height.
    pub export_size: (u32, u32),
    /// Screen rectangle of the chart in the last frame, in points.
    chart_rect: Option<Rect>,
}

impl Default for ProgressState {
    fn default() -> Self {
        Self {
            exercise: None,
            kind: ChartKind::E1rm,
            range: RangeChoice::Preset(RangePreset::default()),
            custom_from: String::new(),
            custom_to: String::new(),
            unit: None,
            session: None,
            export_size: (1600, 1000),
            cache: SeriesCache::default(),
            exercises: None,
            image: None,
            render_error: None,
            renders: 0,
            hovered: None,
            chart_rect: None,
        }
    }
}

/// Everything a drawn bitmap depends on.
#[derive(Clone, Debug, PartialEq)]
struct ImageKey {
    revision: u64,
    request: ChartRequest,
    size_px: [u32; 2],
    language: String,
}

/// A chart bitmap uploaded to egui.
struct ChartImage {
    key: ImageKey,
    texture: TextureHandle,
    /// Data points in bitmap pixels.
    hover: Vec<HoverPoint>,
}

impl ProgressState {
    /// Returns the series of the chart shown, once the panel has been drawn.
    pub fn series(&self) -> Option<&ChartSeries> {
        self.cache.current()
    }

    /// Screen positions of the data points drawn in the last frame, in points.
    pub fn hover_points(&self) -> Vec<Pos2> {
        let (Some(image), Some(rect)) = (&self.image, self.chart_rect) else {
            return Vec::new();
        };
        image
            .hover
            .iter()
            .map(|point| to_screen(point, rect, image.key.size_px))
            .collect()
    }

    /// Returns the date range the panel uses when the day is `today`. A custom
    /// end that does not parse is left open, and the panel shows the error.
    pub fn date_range(&self, today: NaiveDate) -> DateRange {
        match self.range {
            RangeChoice::Preset(preset) => preset.range(today),
            RangeChoice::Custom => DateRange::new(
                parse_date(&self.custom_from).ok().flatten(),
                parse_date(&self.custom_to).ok().flatten(),
            ),
        }
    }

    /// Builds the chart request from the panel's choices; `None` without an exercise.
    pub fn request(&self, journal: &Journal, today: NaiveDate) -> Option<ChartRequest> {
        Some(ChartRequest {
            kind: self.kind,
            exercise: self.exercise.clone()?,
            range: self.date_range(today),
            unit: self.unit.unwrap_or(journal.settings.unit),
            session: if self.kind == ChartKind::Fatigue {
                self.session
            } else {
                None
            },
        })
    }
}

/// Parses a typed date: `Ok(None)` for empty text, `Err` for text that is not YYYY-MM-DD.
fn parse_date(text: &str) -> Result<Option<NaiveDate>, ()> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| ())
}

/// Position of `point` on screen, for a bitmap of `size_px` shown in `rect`.
fn to_screen(point: &HoverPoint, rect: Rect, size_px: [u32; 2]) -> Pos2 {
    let scale_x = rect.width() / size_px[0] as f32;
    let scale_y = rect.height() / size_px[1] as f32;
    pos2(
        rect.min.x + point.position.0 as f32 * scale_x,
        rect.min.y + point.position.1 as f32 * scale_y,
    )
}

fn kind_label(kind: ChartKind) -> String {
    match kind {
        ChartKind::E1rm => tr!("progress.kind.e1rm"),
        ChartKind::Volume => tr!("progress.kind.volume"),
        ChartKind::MuscleSets => tr!("progress.kind.muscle_sets"),
        ChartKind::Fatigue => tr!("progress.kind.fatigue"),
        ChartKind::PlannedLoad => tr!("progress.kind.planned_load"),
    }
}

fn preset_label(preset: RangePreset) -> String {
    match preset {
        RangePreset::ThreeMonths => tr!("progress.ui.preset.three_months"),
        RangePreset::SixMonths => tr!("progress.ui.preset.six_months"),
        RangePreset::OneYear => tr!("progress.ui.preset.one_year"),
        RangePreset::All => tr!("progress.ui.preset.all"),
    }
}

/// Draws the progress panel. `revision` changes whenever the journal does;
/// `today` anchors the range presets.
pub fn progress_ui(
    ui: &mut egui::Ui,
    state: &mut ProgressState,
    journal: &Journal,
    revision: u64,
    today: NaiveDate,
    commands: &mut Vec<Command>,
) {
    // Exercise names change only with the journal.
    if state
        .exercises
        .as_ref()
        .is_none_or(|(cached, _)| *cached != revision)
    {
        state.exercises = Some((revision, exercises_with_top_sets(journal)));
    }
    let names = state
        .exercises
        .as_ref()
        .map(|(_, names)| names.clone())
        .unwrap_or_default();
    if names.is_empty() {
        ui.label(tr!("progress.ui.no_exercise"));
        return;
    }
    if state
        .exercise
        .as_ref()
        .is_none_or(|name| !names.contains(name))
    {
        state.exercise = most_logged(journal, &names).or_else(|| names.first().cloned());
        state.session = None;
    }

    choices_ui(ui, state, journal, &names, today);
    let Some(request) = state.request(journal, today) else {
        return;
    };
    ui.horizontal(|ui| {
        let label = ui.label(tr!("progress.ui.export_width"));
        ui.add(
            egui::DragValue::new(&mut state.export_size.0)
                .range(100..=10_000)
                .suffix(" px"),
        )
        .labelled_by(label.id);
        let label = ui.label(tr!("progress.ui.export_height"));
        ui.add(
            egui::DragValue::new(&mut state.export_size.1)
                .range(100..=10_000)
                .suffix(" px"),
        )
        .labelled_by(label.id);
        if ui.button(tr!("progress.ui.export")).clicked() {
            commands.push(Command::ExportChartDialog {
                request: request.clone(),
                width: state.export_size.0,
                height: state.export_size.1,
            });
        }
    });
    ui.separator();
    chart_ui(ui, state, journal, revision, request);
}

/// The exercise among `names` logged in the most sessions, so the panel opens
/// on a lifter's main lift rather than the first name in the alphabet.
fn most_logged(journal: &Journal, names: &[String]) -> Option<String> {
    names
        .iter()
        .max_by_key(|name| {
            journal
                .sessions
                .iter()
                .filter(|session| session.exercise(name.as_str()).is_some())
                .count()
        })
        .cloned()
}

/// Draws the rows of choices above the chart.
fn choices_ui(
    ui: &mut egui::Ui,
    state: &mut ProgressState,
    journal: &Journal,
    names: &[String],
    today: NaiveDate,
) {
    ui.horizontal_wrapped(|ui| {
        let current = state.exercise.clone().unwrap_or_default();
        let mut chosen = current.clone();
        // Labels come before their boxes, as in the rest of the window.
        let label = ui.label(tr!("progress.ui.exercise"));
        egui::ComboBox::from_id_salt("progress_exercise")
            .selected_text(current.as_str())
            .show_ui(ui, |ui| {
                for name in names {
                    ui.selectable_value(&mut chosen, name.clone(), name.as_str());
                }
            })
            .response
            .labelled_by(label.id);
        if chosen != current {
            state.exercise = Some(chosen);
            state.session = None;
        }

        let label = ui.label(tr!("progress.ui.chart"));
        egui::ComboBox::from_id_salt("progress_kind")
            .selected_text(kind_label(state.kind))
            .show_ui(ui, |ui| {
                for kind in ChartKind::ALL {
                    ui.selectable_value(&mut state.kind, kind, kind_label(kind));
                }
            })
            .response
            .labelled_by(label.id);

        ui.label(tr!("progress.ui.unit"));
        // The chart follows the journal's unit until the lifter picks one.
        let shown = state.unit.unwrap_or(journal.settings.unit);
        let mut unit = shown;
        for choice in [Unit::Kg, Unit::Lb] {
            ui.selectable_value(&mut unit, choice, choice.symbol());
        }
        if unit != shown {
            state.unit = Some(unit);
        }
    });

    ui.horizontal_wrapped(|ui| {
        ui.label(tr!("progress.ui.range"));
        for preset in RangePreset::ALL {
            ui.selectable_value(
                &mut state.range,
                RangeChoice::Preset(preset),
                preset_label(preset),
            );
        }
        ui.selectable_value(
            &mut state.range,
            RangeChoice::Custom,
            tr!("progress.ui.preset.custom"),
        );
        if state.range == RangeChoice::Custom {
            for (label, text) in [
                (tr!("progress.ui.from"), &mut state.custom_from),
                (tr!("progress.ui.to"), &mut state.custom_to),
            ] {
                let label = ui.label(label);
                ui.add(
                    egui::TextEdit::singleline(text)
                        .hint_text("YYYY-MM-DD")
                        .desired_width(90.0),
                )
                .labelled_by(label.id);
            }
        }
    });
    if state.range == RangeChoice::Custom {
        for text in [&state.custom_from, &state.custom_to] {
            if parse_date(text).is_err() {
                let message = tr!("progress.ui.invalid_date", value = text.trim());
                ui.colored_label(ui.visuals().error_fg_color, message);
            }
        }
    }

    if state.kind == ChartKind::Fatigue {
        session_choice_ui(ui, state, journal, today);
    }
}

/// Session picker of the fatigue chart: the latest one, or any session in
/// the range with a top set of the exercise.
fn session_choice_ui(
    ui: &mut egui::Ui,
    state: &mut ProgressState,
    journal: &Journal,
    today: NaiveDate,
) {
    let Some(exercise) = state.exercise.clone() else {
        return;
    };
    let range = state.date_range(today);
    let mut sessions: Vec<_> = journal
        .sessions
        .iter()
        .filter(|session| range.contains(session.start.date()))
        .filter(|session| {
            session
                .exercises
                .iter()
                .any(|logged| logged.exercise == exercise && logged.top_set().is_some())
        })
        .collect();
    sessions.sort_by_key(|session| std::cmp::Reverse(session.start));

    let label_of = |id: Option<u64>| -> String {
        let chosen = match id {
            Some(id) => journal.sessions.iter().find(|session| session.id == id),
            None => latest_session_with(journal, &exercise, range),
        };
        let date = chosen.map(|session| full_date(session.start.date()));
        match (id, date) {
            (None, Some(date)) => format!("{} ({date})", tr!("progress.ui.latest_session")),
            (None, None) => tr!("progress.ui.latest_session"),
            (Some(_), Some(date)) => date,
            (Some(id), None) => format!("#{id}"),
        }
    };
    let label = ui.label(tr!("progress.ui.session"));
    egui::ComboBox::from_id_salt("progress_session")
        .selected_text(label_of(state.session))
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut state.session, None, label_of(None));
            for session in sessions {
                let text = full_date(session.start.date());
                ui.selectable_value(&mut state.session, Some(session.id), text);
            }
        })
        .response
        .labelled_by(label.id);
}

/// Draws the chart bitmap, drawn again only when its key changes, and the
/// hover text of the nearest data point.
fn chart_ui(
    ui: &mut egui::Ui,
    state: &mut ProgressState,
    journal: &Journal,
    revision: u64,
    request: ChartRequest,
) {
    let available = ui.available_size();
    let width = available.x.max(200.0);
    let height = available.y.clamp(240.0, (width * 0.62).max(240.0));
    let (rect, response) = ui.allocate_exact_size(Vec2::new(width, height), Sense::hover());
    let pixels_per_point = ui.ctx().pixels_per_point();
    let size_px = [
        ((width * pixels_per_point).round() as u32).clamp(100, 8000),
        ((height * pixels_per_point).round() as u32).clamp(100, 8000),
    ];
    let key = ImageKey {
        revision,
        request,
        size_px,
        language: rust_i18n::locale().to_string(),
    };

    if state.image.as_ref().is_none_or(|image| image.key != key) {
        let series = state.cache.series(journal, revision, &key.request);
        state.renders += 1;
        match render_rgb(&key.request.exercise, series, size_px[0], size_px[1]) {
            Ok(rendered) => {
                let pixels = ColorImage::from_rgb(
                    [rendered.width as usize, rendered.height as usize],
                    &rendered.rgb,
                );
                let texture = match state.image.take() {
                    Some(mut image) => {
                        image.texture.set(pixels, TextureOptions::LINEAR);
                        image.texture
                    }
                    None => ui
                        .ctx()
                        .load_texture("progress_chart", pixels, TextureOptions::LINEAR),
                };
                state.image = Some(ChartImage {
                    key,
                    texture,
                    hover: rendered.hover,
                });
                state.render_error = None;
            }
            Err(error) => {
                log::error!("progress chart of {:?}: {error}", key.request.exercise);
                state.image = None;
                state.render_error = Some(error.to_string());
            }
        }
    }

    if let Some(error) = &state.render_error {
        ui.colored_label(ui.visuals().error_fg_color, error);
        return;
    }
    let Some(image) = &state.image else {
        return;
    };
    let full = Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0));
    ui.painter()
        .image(image.texture.id(), rect, full, Color32::WHITE);

    // Hover: the data point nearest the pointer.
    state.chart_rect = Some(rect);
    state.hovered = None;
    let Some(pointer) = response.hover_pos() else {
        return;
    };
    let nearest = image
        .hover
        .iter()
        .map(|point| (point, to_screen(point, rect, size_px).distance(pointer)))
        .filter(|(_, distance)| *distance <= HOVER_RADIUS)
        .min_by(|a, b| a.1.total_cmp(&b.1));
    if let Some((point, _)) = nearest {
        let stroke = egui::Stroke::new(2.0, ui.visuals().strong_text_color());
        ui.painter()
            .circle_stroke(to_screen(point, rect, size_px), 7.0, stroke);
        state.hovered = Some(point.text.clone());
        let text = point.text.clone();
        response.on_hover_ui_at_pointer(|ui| {
            ui.label(text);
        });
    }
}
