//! The progress panel driven through egui_kittest: choices change the series
//! shown, an unchanged frame draws no new bitmap, and export queues a command.

use crate::charts_support;

use charts_support::{BENCH, SQUAT, bench_journal, date};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use topset::analytics::{ChartKind, ChartSeries, RangePreset};
use topset::app::Command;
use topset::ui::progress::{ProgressState, RangeChoice, progress_ui};

/// The panel and the commands it queued.
struct Panel {
    progress: ProgressState,
    commands: Vec<Command>,
}

fn harness(today: chrono::NaiveDate) -> Harness<'static, Panel> {
    let journal = bench_journal();
    let panel = Panel {
        progress: ProgressState::default(),
        commands: Vec::new(),
    };
    Harness::builder()
        .with_size(egui::Vec2::new(900.0, 700.0))
        .build_ui_state(
            move |ui, panel: &mut Panel| {
                progress_ui(
                    ui,
                    &mut panel.progress,
                    &journal,
                    1,
                    today,
                    &mut panel.commands,
                );
            },
            panel,
        )
}

/// e1RM values of the series shown, or the kind that is shown instead.
fn e1rms(panel: &Panel) -> Vec<f64> {
    match panel.progress.series() {
        Some(ChartSeries::E1rm(series)) => series.points.iter().map(|point| point.e1rm).collect(),
        other => panic!("expected an e1RM series, got {other:?}"),
    }
}

#[test]
fn exercise_choice_changes_series() {
    let mut harness = harness(date(2026, 3, 1));
    harness.run();
    assert_eq!(harness.state().progress.exercise.as_deref(), Some(BENCH));
    assert_eq!(e1rms(harness.state()).len(), 4);

    harness
        .get_by_role_and_label(Role::ComboBox, "Exercise")
        .click();
    harness.run();
    harness.get_by_role_and_label(Role::Button, SQUAT).click();
    harness.run();

    assert_eq!(harness.state().progress.exercise.as_deref(), Some(SQUAT));
    let values = e1rms(harness.state());
    assert_eq!(values.len(), 1);
    // 140 × 3 @ 8: 86.3 % on the classic chart.
    assert!((values[0] - 140.0 / 0.863).abs() < 1e-6, "{values:?}");
}

#[test]
fn range_preset_narrows_series() {
    // Three months back from 10 April 2026 starts on 10 January: sessions 3 and 5.
    let mut harness = harness(date(2026, 4, 10));
    harness.run();
    assert_eq!(
        harness.state().progress.range,
        RangeChoice::Preset(RangePreset::SixMonths)
    );
    assert_eq!(e1rms(harness.state()).len(), 4);

    harness.get_by_label("3 months").click();
    harness.run();
    let values = e1rms(harness.state());
    assert_eq!(values.len(), 2);
    assert!((values[0] - 125.0 / 0.863).abs() < 1e-6, "{values:?}");
    assert!((values[1] - 110.0 / 0.786).abs() < 1e-6, "{values:?}");
}

#[test]
fn custom_range_uses_typed_dates() {
    let mut harness = harness(date(2026, 3, 1));
    harness.run();
    harness.get_by_label("Custom").click();
    harness.run();

    harness
        .get_by_role_and_label(Role::TextInput, "From")
        .focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "From")
        .type_text("2026-01-08");
    harness.run();
    harness.get_by_role_and_label(Role::TextInput, "To").focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "To")
        .type_text("2026-01-14");
    harness.run();

    assert_eq!(harness.state().progress.custom_from, "2026-01-08");
    let values = e1rms(harness.state());
    assert_eq!(values.len(), 2, "sessions 2 and 3");
}

#[test]
fn unit_choice_converts_series() {
    let mut harness = harness(date(2026, 3, 1));
    harness.run();
    harness.get_by_label("lb").click();
    harness.run();
    let values = e1rms(harness.state());
    // Session 2's top set was logged as 275 lb × 3 @ 9 (89.2 %).
    assert!((values[1] - 275.0 / 0.892).abs() < 1e-6, "{values:?}");
}

#[test]
fn unchanged_frames_draw_once() {
    let mut harness = harness(date(2026, 3, 1));
    harness.run();
    let renders = harness.state().progress.renders;
    assert!(renders >= 1);
    harness.run();
    harness.run();
    assert_eq!(harness.state().progress.renders, renders);

    harness.get_by_label("lb").click();
    harness.run();
    assert_eq!(harness.state().progress.renders, renders + 1);
}

#[test]
fn export_queues_chart_request() {
    let mut harness = harness(date(2026, 3, 1));
    harness.run();
    harness.get_by_label("Export chart…").click();
    harness.run();
    let requests: Vec<_> = harness
        .state()
        .commands
        .iter()
        .filter_map(|command| match command {
            Command::ExportChartDialog {
                request,
                width,
                height,
            } => {
                assert_eq!((*width, *height), (1600, 1000), "default export size");
                Some(request.clone())
            }
            _ => None,
        })
        .collect();
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].exercise, BENCH);
    assert_eq!(requests[0].kind, ChartKind::E1rm);
    assert_eq!(requests[0].range.to, Some(date(2026, 3, 1)));
}

#[test]
fn hover_shows_nearest_point() {
    let mut harness = harness(date(2026, 3, 1));
    harness.run();
    assert_eq!(harness.state().progress.hovered, None);
    let Some(point) = harness.state().progress.hover_points().first().cloned() else {
        panic!("the chart has hover points");
    };
    harness.hover_at(point);
    harness.run();
    let hovered = harness.state().progress.hovered.clone().unwrap_or_default();
    assert!(hovered.starts_with("Jan 5, 2026"), "{hovered}");
    assert!(hovered.contains("120 kg × 4 @ RPE 8.5"), "{hovered}");
    assert!(hovered.contains("e1RM 141.2 kg"), "{hovered}");
}
