//! Session logger panel: start a session from a planned day or from a list of
//! exercises, log its sets with live backoff loads and a rest timer, then see
//! a summary.
//!
//! Every completed set pushes [`Command::SaveSession`] with the whole session
//! so far, so the app can write the journal at once and closing the window
//! loses nothing. Typed values of any set, the name and the start are saved
//! when the lifter leaves the field, or [`EDIT_SAVE_DELAY`] after the first
//! unsaved edit while the field keeps the focus. "Finish session" saves the
//! session without the planned sets that were never done.

use std::time::{Duration, Instant};

use chrono::{NaiveDate, NaiveDateTime};
use egui::TextEdit;

use super::draft_editor::{DraftEditor, add_exercise_ui, draft_editor_ui};
use super::set_text::{check_name, number_text, parse_start, set_labels};
use crate::app::{
    Command, ExerciseSummary, RestTimer, SessionDraft, next_planned_day, session_summary,
    unfinished_session,
};
use crate::model::{Journal, Session};
use crate::storage::MAX_EXERCISES_PER_SESSION;
use crate::tr;

/// The time as the app read it this frame.
#[derive(Clone, Copy, Debug)]
pub struct LoggerClock {
    /// Monotonic time, for the rest timer.
    pub now: Instant,
    /// Local date and time, for a new session's start.
    pub local: NaiveDateTime,
}

/// Source of a new session's exercises.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum StartMode {
    /// A day of the active program.
    #[default]
    Planned,
    /// Exercises chosen by hand.
    Scratch,
}

/// The form that starts a session.
#[derive(Clone, Debug, Default)]
pub struct StartForm {
    pub mode: StartMode,
    /// Week and day of the active program, from 0.
    pub week: usize,
    pub day: usize,
    /// Program whose next day `week` and `day` were set from, so the choice
    /// is proposed once and then left to the lifter.
    planned_for: Option<String>,
    /// Exercises of a session started from scratch.
    pub exercises: Vec<String>,
    /// Exercise name being typed.
    pub new_exercise: String,
    /// Name of a session started from scratch.
    pub name: String,
    /// Start date ("2026-12-04") and time ("18:30"), following the clock
    /// until the lifter edits either.
    pub date_text: String,
    pub time_text: String,
    /// Whether the lifter edited the date or time.
    pub start_edited: bool,
    /// Error message of the last failed start.
    error: Option<String>,
}

/// State of the session logger panel.
#[derive(Debug, Default)]
pub struct SessionLoggerState {
    /// Session being logged; `None` shows the start form or the summary.
    pub draft: Option<SessionDraft>,
    /// Field texts and cached details of the draft editor.
    pub editor: DraftEditor,
    /// Rest countdown, started when a set is marked done.
    pub rest: RestTimer,
    /// Form to start the next session.
    pub start: StartForm,
    /// Summary of the session just finished.
    pub summary: Option<Vec<ExerciseSummary>>,
    /// Start of the draft's session as last saved to the journal, `None`
    /// before the first save. A session in the journal with the draft's id
    /// and another start is not the draft's: an import or a reload from disk
    /// gave the id to another session, which saving must not replace.
    saved_start: Option<NaiveDateTime>,
    /// Time of the first edit since the last save (a set's values, the
    /// session's name or start), `None` when nothing waits to be saved.
    unsaved_since: Option<Instant>,
}

/// Maximum time a typed value waits to be saved while its field keeps the
/// focus. Saving at every keystroke would write the journal and add an undo
/// step each time.
pub const EDIT_SAVE_DELAY: Duration = Duration::from_secs(2);

impl SessionLoggerState {
    /// Continues logging `session`, already in the journal (after the app was
    /// closed in the middle of a session). Its sets keep their loads; backoff
    /// loads follow the top set again only when the session followed a
    /// planned day that still exists.
    pub fn resume(&mut self, session: &Session, journal: &Journal) {
        self.draft = Some(SessionDraft::from_session(session, journal));
        self.editor.reset();
        self.summary = None;
        self.saved_start = Some(session.start);
        self.unsaved_since = None;
    }

    /// Returns the session being logged when it has edits not yet saved, as
    /// [`Command::SaveSession`] would save it into `journal`, and counts them
    /// as saved. The app calls it before it replaces the journal.
    pub fn take_unsaved(&mut self, journal: &Journal) -> Option<Session> {
        self.unsaved_since.take()?;
        let draft = self.draft.as_mut()?;
        Some(session_to_save(draft, &mut self.saved_start, journal))
    }
}

/// Returns the session of `draft` to save into `journal`, with a new id when
/// another session took the draft's (see [`owns_id`]), and records its start
/// in `saved_start`.
fn session_to_save(
    draft: &mut SessionDraft,
    saved_start: &mut Option<NaiveDateTime>,
    journal: &Journal,
) -> Session {
    if !owns_id(journal, draft.id, *saved_start) {
        draft.id = journal.next_session_id();
    }
    let session = draft.to_session();
    *saved_start = Some(session.start);
    session
}

/// Draws the session logger.
pub fn session_logger_ui(
    ui: &mut egui::Ui,
    state: &mut SessionLoggerState,
    journal: &Journal,
    clock: LoggerClock,
    commands: &mut Vec<Command>,
) {
    if state.draft.is_some() && state.rest.remaining(clock.now).is_none() {
        // Keep the countdown's row while no rest runs, so that the set rows
        // do not move down under the pointer when a set is marked done.
        ui.allocate_exact_size(egui::vec2(0.0, REST_ROW_HEIGHT), egui::Sense::hover());
    } else {
        rest_countdown_ui(ui, &mut state.rest, clock.now);
    }

    if state.draft.is_some() {
        logging_ui(ui, state, journal, clock, commands);
    } else if state.summary.is_some() {
        summary_ui(ui, state);
    } else {
        if let Some(session) = unfinished_session(journal, clock.local)
            && resume_offer_ui(ui, session)
        {
            state.resume(session, journal);
            return;
        }
        start_ui(ui, state, journal, clock, commands);
    }
}

/// Offers to go on logging `session`; returns whether the lifter accepted.
fn resume_offer_ui(ui: &mut egui::Ui, session: &Session) -> bool {
    let mut resume = false;
    ui.group(|ui| {
        ui.label(tr!(
            "logger.unfinished",
            name = session.name.as_str(),
            time = session.start.format("%H:%M").to_string()
        ));
        resume = ui.button(tr!("logger.resume")).clicked();
    });
    resume
}

/// Draws a small rest countdown ("Rest 3:59"), or a "rest over" notice with a
/// button to dismiss it. Draws nothing while no rest is active, so the app
/// can also put it in its top bar.
pub fn rest_countdown_ui(ui: &mut egui::Ui, timer: &mut RestTimer, now: Instant) {
    let Some(remaining) = timer.remaining(now) else {
        return;
    };
    ui.horizontal(|ui| {
        ui.set_min_height(REST_ROW_HEIGHT);
        if remaining.is_zero() {
            ui.colored_label(ui.visuals().warn_fg_color, tr!("logger.rest_over"));
            if ui.small_button(tr!("logger.rest_dismiss")).clicked() {
                timer.dismiss();
            }
        } else {
            ui.label(tr!(
                "logger.rest_countdown",
                time = crate::app::format_minutes_seconds(remaining),
                set = timer.label.clone(),
            ));
            if ui.small_button(tr!("logger.rest_add_30")).clicked() {
                timer.adjust(30);
            }
            if ui.small_button(tr!("logger.rest_skip")).clicked() {
                timer.dismiss();
            }
            // Redraw when the shown second changes, not every frame.
            let until_next_second = remaining.subsec_nanos();
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_nanos(u64::from(
                    until_next_second.max(1_000_000),
                )));
        }
    });
}

/// Height of the rest countdown row, in points, a little more than a
/// button's, so that its text and small buttons always fit.
const REST_ROW_HEIGHT: f32 = 20.0;

fn logging_ui(
    ui: &mut egui::Ui,
    state: &mut SessionLoggerState,
    journal: &Journal,
    clock: LoggerClock,
    commands: &mut Vec<Command>,
) {
    let SessionLoggerState {
        draft,
        editor,
        rest,
        summary,
        saved_start,
        unsaved_since,
        ..
    } = state;
    let Some(session) = draft.as_mut() else {
        return;
    };

    // The sets scroll above the Finish row, which stays in view however
    // many exercises the day has.
    let footer = ui.spacing().interact_size.y + 4.0 * ui.spacing().item_spacing.y;
    let outcome = egui::ScrollArea::vertical()
        .auto_shrink([false, true])
        .max_height((ui.available_height() - footer).max(MIN_SETS_HEIGHT))
        .show(ui, |ui| draft_editor_ui(ui, session, editor, journal))
        .inner;

    if let Some((exercise_index, set_index)) = outcome.completed
        && let Some(exercise) = session.exercises.get(exercise_index)
        && let Some(set) = exercise.logged.sets.get(set_index)
    {
        let set_label = set_labels(exercise)
            .get(set_index)
            .map_or_else(String::new, |label| {
                tr!(
                    "logger.set_name",
                    exercise = exercise.logged.exercise,
                    set = label
                )
            });
        rest.start(clock.now, exercise.rest.after(set.kind), set_label);
    }
    if outcome.saved_data_edited {
        unsaved_since.get_or_insert(clock.now);
    }
    let waited = unsaved_since.map(|since| clock.now.saturating_duration_since(since));
    let save_due = waited.is_some_and(|waited| outcome.field_left || waited >= EDIT_SAVE_DELAY);
    if outcome.done_sets_changed || save_due {
        let to_save = session_to_save(session, saved_start, journal);
        commands.push(Command::SaveSession(Box::new(to_save)));
        *unsaved_since = None;
    } else if let Some(waited) = waited {
        ui.ctx()
            .request_repaint_after(EDIT_SAVE_DELAY.saturating_sub(waited));
    }

    // Finishing while a field contains invalid text would save the last valid
    // value in its place, so the button waits until the lifter corrects it.
    ui.separator();
    let fields_valid = !editor.has_errors();
    let (finish, discard) = ui
        .horizontal(|ui| {
            let finish = ui
                .add_enabled(fields_valid, egui::Button::new(tr!("logger.finish")))
                .clicked();
            let discard = ui.button(tr!("logger.discard")).clicked();
            if !fields_valid {
                ui.colored_label(ui.visuals().error_fg_color, tr!("logger.error.fix_fields"));
            }
            (finish, discard)
        })
        .inner;
    if finish {
        let finished = finished_session(session_to_save(session, saved_start, journal));
        *summary = Some(session_summary(&finished, journal));
        commands.push(Command::SaveSession(Box::new(finished)));
    } else if discard && saved_start.is_some() && owns_id(journal, session.id, *saved_start) {
        commands.push(Command::DeleteSession(session.id));
    }
    if finish || discard {
        *draft = None;
        *saved_start = None;
        *unsaved_since = None;
        editor.reset();
    }
}

/// Smallest height of the scrolling sets, in points, on a window too short
/// for both them and the Finish row.
const MIN_SETS_HEIGHT: f32 = 120.0;

/// Returns whether the session with `id` in `journal`, if any, is the
/// draft's own: the one it saved last with start `saved_start`. When another
/// session has the id, the draft must take a new one.
fn owns_id(journal: &Journal, id: u64, saved_start: Option<NaiveDateTime>) -> bool {
    journal
        .sessions
        .iter()
        .find(|session| session.id == id)
        .is_none_or(|session| Some(session.start) == saved_start)
}

/// Returns the session as saved when the lifter finishes it: planned sets never done
/// and exercises left without sets are dropped.
fn finished_session(mut session: Session) -> Session {
    for exercise in &mut session.exercises {
        exercise.sets.retain(|set| set.done);
    }
    session
        .exercises
        .retain(|exercise| !exercise.sets.is_empty());
    session
}

/// Draws the form that starts a session.
fn start_ui(
    ui: &mut egui::Ui,
    state: &mut SessionLoggerState,
    journal: &Journal,
    clock: LoggerClock,
    commands: &mut Vec<Command>,
) {
    let form = &mut state.start;
    // The active program, or the first one until the lifter picks another.
    let program = journal
        .settings
        .active_program
        .as_deref()
        .and_then(|name| journal.program(name))
        .or_else(|| journal.programs.first());

    ui.heading(tr!("logger.start_title"));
    ui.horizontal(|ui| {
        ui.selectable_value(
            &mut form.mode,
            StartMode::Planned,
            tr!("logger.from_program"),
        );
        ui.selectable_value(
            &mut form.mode,
            StartMode::Scratch,
            tr!("logger.from_scratch"),
        );
    });

    // Date and time follow the clock until the lifter edits them, so a form
    // left open before training still starts the session at the right time.
    if !form.start_edited {
        form.date_text = clock.local.date().format("%Y-%m-%d").to_string();
        form.time_text = clock.local.time().format("%H:%M").to_string();
    }
    ui.horizontal(|ui| {
        let label = ui.label(tr!("logger.date"));
        let date = ui
            .add(TextEdit::singleline(&mut form.date_text).desired_width(90.0))
            .labelled_by(label.id);
        let label = ui.label(tr!("logger.time"));
        let time = ui
            .add(TextEdit::singleline(&mut form.time_text).desired_width(50.0))
            .labelled_by(label.id);
        if date.changed() || time.changed() {
            form.start_edited = true;
        }
    });

    let start_clicked = match form.mode {
        StartMode::Planned => {
            planned_start_ui(ui, form, program, journal, clock.local.date(), commands)
        }
        StartMode::Scratch => scratch_start_ui(ui, form, journal),
    };
    if let Some(error) = &form.error {
        ui.colored_label(ui.visuals().error_fg_color, error);
    }
    if !start_clicked {
        return;
    }

    let start = match parse_start(&form.date_text, &form.time_text) {
        Ok(start) => start,
        Err(message) => {
            form.error = Some(message);
            return;
        }
    };
    if let Err(message) = check_name(form.name.trim()) {
        form.error = Some(message);
        return;
    }
    let draft = match (form.mode, program) {
        (StartMode::Planned, Some(program)) => {
            SessionDraft::from_day(journal, program, form.week, form.day, start)
        }
        (StartMode::Planned, None) => None,
        (StartMode::Scratch, _) => Some(SessionDraft::from_scratch(
            journal,
            form.name.trim(),
            &form.exercises,
            start,
        )),
    };
    let Some(draft) = draft else {
        form.error = Some(tr!("logger.error.no_day"));
        return;
    };
    *form = StartForm::default();
    state.editor.reset();
    state.draft = Some(draft);
    state.summary = None;
    state.saved_start = None;
    state.unsaved_since = None;
}

/// Week and day pickers of the active program; returns whether "Start" was clicked.
fn planned_start_ui(
    ui: &mut egui::Ui,
    form: &mut StartForm,
    program: Option<&crate::model::Program>,
    journal: &Journal,
    today: NaiveDate,
    commands: &mut Vec<Command>,
) -> bool {
    let Some(program) = program else {
        ui.label(tr!("logger.no_program"));
        return false;
    };
    if form.planned_for.as_deref() != Some(program.name.as_str()) {
        if let Some(next) = next_planned_day(program, &journal.sessions, today) {
            form.week = next.week;
            form.day = next.day;
        }
        form.planned_for = Some(program.name.clone());
    }

    ui.horizontal(|ui| {
        let mut chosen = program.name.clone();
        egui::ComboBox::from_id_salt("logger-program")
            .selected_text(&program.name)
            .show_ui(ui, |ui| {
                for other in &journal.programs {
                    ui.selectable_value(&mut chosen, other.name.clone(), &other.name);
                }
            })
            .response
            .accessible_name(tr!("logger.program_choice"));
        if chosen != program.name {
            // The choice becomes the active program, so it stays chosen.
            let settings = crate::model::Settings {
                active_program: Some(chosen),
                ..journal.settings.clone()
            };
            commands.push(Command::SaveSettings(Box::new(settings)));
        }
        let week_label = tr!("logger.week", week = form.week + 1);
        egui::ComboBox::from_id_salt("logger-week")
            .selected_text(week_label)
            .show_ui(ui, |ui| {
                for week in 0..program.weeks.len() {
                    ui.selectable_value(&mut form.week, week, tr!("logger.week", week = week + 1));
                }
            })
            .response
            .accessible_name(tr!("logger.week_choice"));
        let days = program
            .weeks
            .get(form.week)
            .map(|week| week.days.as_slice())
            .unwrap_or_default();
        let day_name = days
            .get(form.day)
            .map_or_else(String::new, |day| day.name.clone());
        egui::ComboBox::from_id_salt("logger-day")
            .selected_text(day_name)
            .show_ui(ui, |ui| {
                for (index, day) in days.iter().enumerate() {
                    ui.selectable_value(&mut form.day, index, &day.name);
                }
            })
            .response
            .accessible_name(tr!("logger.day_choice"));
    });
    ui.button(tr!("logger.start")).clicked()
}

/// Exercise list of a session from scratch; returns whether "Start" was clicked.
fn scratch_start_ui(ui: &mut egui::Ui, form: &mut StartForm, journal: &Journal) -> bool {
    ui.horizontal(|ui| {
        let label = ui.label(tr!("logger.session_name"));
        ui.add(TextEdit::singleline(&mut form.name).desired_width(160.0))
            .labelled_by(label.id);
    });

    let mut remove = None;
    for (index, exercise) in form.exercises.iter().enumerate() {
        ui.horizontal(|ui| {
            ui.label(exercise);
            if ui
                .small_button("×")
                .accessible_name(tr!("logger.remove_exercise", exercise = exercise))
                .clicked()
            {
                remove = Some(index);
            }
        });
    }
    if let Some(index) = remove {
        form.exercises.remove(index);
    }

    let room_for_exercise = form.exercises.len() < MAX_EXERCISES_PER_SESSION;
    let added = ui
        .add_enabled_ui(room_for_exercise, |ui| {
            add_exercise_ui(ui, &mut form.new_exercise, journal)
        })
        .inner;
    if let Some(name) = added {
        form.exercises.push(name);
    }

    ui.add_enabled(
        !form.exercises.is_empty(),
        egui::Button::new(tr!("logger.start")),
    )
    .clicked()
}

/// Draws the summary of the session just finished.
fn summary_ui(ui: &mut egui::Ui, state: &mut SessionLoggerState) {
    let Some(summary) = &state.summary else {
        return;
    };
    ui.heading(tr!("logger.summary_title"));
    for exercise in summary {
        ui.label(summary_line(exercise));
        let feedback = &exercise.feedback;
        for message in &feedback.messages {
            ui.label(format!("• {message}"));
        }
        if let Some(drop) = feedback.next_drop_percent {
            ui.label(tr!(
                "logger.next_drop",
                drop = number_text(round_to_tenth(drop))
            ));
        }
    }
    if ui.button(tr!("logger.new_session")).clicked() {
        state.summary = None;
    }
}

/// Formats one line of the summary: top set, e1RM against last time, backoff volume, PR.
pub fn summary_line(summary: &ExerciseSummary) -> String {
    let unit = summary.unit;
    let mut parts = vec![summary.exercise.clone()];
    if let Some(top) = &summary.top_set {
        let load = top.load.map_or_else(String::new, |load| {
            format!("{} {unit} × ", number_text(load.value_in(unit)))
        });
        let rpe = top
            .rpe
            .map_or_else(String::new, |rpe| format!(" @ RPE {}", number_text(rpe)));
        parts.push(tr!(
            "logger.summary.top_set",
            set = format!("{load}{}{rpe}", top.reps)
        ));
    }
    if let Some(e1rm) = summary.e1rm {
        let value = format!("{} {unit}", number_text(round_to_tenth(e1rm.value)));
        parts.push(match summary.previous_e1rm {
            Some(previous) => {
                let change = round_to_tenth(e1rm.value - previous);
                let sign = if change >= 0.0 { "+" } else { "−" };
                tr!(
                    "logger.summary.e1rm_change",
                    e1rm = value,
                    change = format!("{sign}{} {unit}", number_text(change.abs())),
                )
            }
            None => tr!("logger.summary.e1rm", e1rm = value),
        });
    }
    // Straight sets and isolation work have no backoff sets to sum.
    if summary.backoff_volume > 0.0 {
        parts.push(tr!(
            "logger.summary.backoff_volume",
            volume = format!("{} {unit}", number_text(summary.backoff_volume.round())),
        ));
    }
    if summary.is_pr {
        parts.push(tr!("logger.summary.pr"));
    }
    parts.join(" · ")
}

fn round_to_tenth(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}
