//! A session logger harness shared by the logger feedback tests: the panel
//! with a journal and an optional draft, a fixed clock, and helpers to type
//! into its fields.

#![allow(dead_code)]

use std::time::Instant;

use chrono::{NaiveDate, NaiveDateTime};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use topset::app::{Command, SessionDraft};
use topset::model::Journal;
use topset::ui::history::{HistoryState, history_ui};
use topset::ui::session_logger::{LoggerClock, SessionLoggerState, session_logger_ui};

pub struct Fixture {
    pub logger: SessionLoggerState,
    pub journal: Journal,
    pub clock: LoggerClock,
    pub commands: Vec<Command>,
}

/// Start of every session the tests log: 2026-12-04 18:30.
pub fn local_time() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 12, 4)
        .and_then(|date| date.and_hms_opt(18, 30, 0))
        .expect("valid date")
}

/// Builds a harness that draws the session logger for `journal`, logging
/// `draft` when there is one.
pub fn harness_with(journal: Journal, draft: Option<SessionDraft>) -> Harness<'static, Fixture> {
    let mut logger = SessionLoggerState::default();
    logger.draft = draft;
    let fixture = Fixture {
        logger,
        journal,
        clock: LoggerClock {
            now: Instant::now(),
            local: local_time(),
        },
        commands: Vec::new(),
    };
    Harness::builder()
        .with_size(egui::vec2(1400.0, 1400.0))
        .build_ui_state(
            |ui, fixture: &mut Fixture| {
                session_logger_ui(
                    ui,
                    &mut fixture.logger,
                    &fixture.journal,
                    fixture.clock,
                    &mut fixture.commands,
                );
            },
            fixture,
        )
}

/// State drawn by the History panel harness.
pub struct HistoryFixture {
    pub history: HistoryState,
    pub journal: Journal,
    pub commands: Vec<Command>,
}

/// Builds a harness that draws the History panel for `journal`.
pub fn history_harness_with(journal: Journal) -> Harness<'static, HistoryFixture> {
    let fixture = HistoryFixture {
        history: HistoryState::default(),
        journal,
        commands: Vec::new(),
    };
    Harness::builder()
        .with_size(egui::vec2(1400.0, 1000.0))
        .build_ui_state(
            |ui, fixture: &mut HistoryFixture| {
                history_ui(
                    ui,
                    &mut fixture.history,
                    &fixture.journal,
                    &mut fixture.commands,
                );
            },
            fixture,
        )
}

/// Focuses the field named `name` (its text gets selected) and types `text` over it.
pub fn type_into(harness: &mut Harness<'static, Fixture>, name: &str, text: &str) {
    harness.get_by_role_and_label(Role::TextInput, name).focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, name)
        .type_text(text);
    harness.run();
}

/// Percentage of 1RM for `reps` at `rpe` in the classic chart fixture.
pub fn classic_chart_percent(reps: u32, rpe: f64) -> f64 {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/reference/rpe-chart-classic.csv"
    );
    let text = std::fs::read_to_string(path).expect("classic chart fixture");
    text.lines()
        .skip(1)
        .find_map(|line| {
            let mut fields = line.split(',');
            let row_reps: u32 = fields.next()?.parse().ok()?;
            let row_rpe: f64 = fields.next()?.parse().ok()?;
            let percent: f64 = fields.next()?.parse().ok()?;
            (row_reps == reps && row_rpe == rpe).then_some(percent)
        })
        .expect("chart cell")
}
