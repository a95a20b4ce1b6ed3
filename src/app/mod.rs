//! Application state, commands and background tasks.

mod command;
mod planned_day;
mod rest_timer;
mod session_draft;
mod session_summary;

pub use command::Command;
pub use planned_day::next_planned_day;
pub use rest_timer::{
    BACKOFF_REST, BACKOFF_REST_RANGE, OTHER_REST, RestTimer, TOP_SET_REST, TOP_SET_REST_RANGE,
    format_minutes_seconds,
};
pub use session_draft::{DraftExercise, Loading, RestPlan, SessionDraft, WARMUP_STEPS};
pub use session_summary::{ExerciseFeedback, ExerciseSummary, exercise_feedback, session_summary};
