//! Training model: units, plates, e1RM, prescriptions, programs, sessions and
//! the journal that holds them. Pure data and functions: no egui, no files and
//! no clock reads (callers pass dates in).

mod backoff;
mod checks;
mod default_inventory;
mod drop_check;
mod e1rm;
mod exercise;
mod journal;
mod library;
mod next_drop;
mod plate_table;
mod plates;
mod prescription;
mod program;
mod progression;
mod projection;
mod rpe_chart;
mod session;
pub mod synthetic;
mod top_set_report;
mod units;
mod variation;
mod warmup;

pub use backoff::{
    BackoffDecision, BackoffLoad, MAX_REPEATED_BACKOFFS, TopSet, another_backoff_due, backoff_load,
    percent_drop, rpe_load_drop,
};
pub use checks::{
    Check, CheckId, HARD_SET_MIN_RPE, HEAVY_TOP_SET_REPS, HEAVY_TOP_SET_RPE, MAX_BACKOFF_SETS,
    MAX_TOP_SETS, MIN_BACKOFF_REPS, Severity, WEEKLY_HARD_SETS, check_logged_exercise,
    check_program_week, check_slot, check_week_sessions, check_weekly_sets, muscle_key,
    planned_hard_sets, weekly_hard_sets,
};
pub use default_inventory::default_inventory;
pub use drop_check::{GUIDE_DROP_BAND, check_planned_slot, check_slot_drop};
pub use e1rm::{
    E1rmMethod, Estimate, MAX_RELIABLE_FORMULA_REPS, estimate_e1rm, estimate_logged_e1rm,
};
pub use exercise::{Equipment, Exercise, Muscle, Suitability};
pub use journal::{JOURNAL_VERSION, Journal, Language, Settings};
pub use library::{exercise_library, find_exercise, library};
pub use next_drop::{
    DropChange, DropSuggestion, EASY_BACKOFF_RPE, GUIDE_BACKOFF_REPS, suggest_next_drop,
};
pub use plates::{
    Loading, PlateInventory, PlateListError, PlateStock, Rounding, inventory_for, parse_plate_list,
};
pub use prescription::{BackoffRule, Prescription, StraightSets, TopSetBackoff};
pub use prescription::{Cluster, Pyramid, RestPause};
pub use program::{Day, ExerciseSlot, Program, Role, StartingPoint, Week};
pub use progression::{Progression, WeekTarget, rpe_based_increment, target_for_week};
pub use projection::{
    DEFAULT_PLANNED_RPE, ProjectedDay, ProjectedSet, ProjectedSlot, Projection, project_program,
};
pub use rpe_chart::{
    ChartPercent, MAX_CHART_POSITION, MAX_CHART_REPS, MIN_CHART_RPE, RpeChart, rir_from_rpe,
    rpe_from_rir,
};
pub use session::{LoggedExercise, LoggedSet, PlannedDayRef, Session, SetKind};
pub use top_set_report::{DEFAULT_DROPS, PlannedWarmup, TopSetError, TopSetReport, top_set_report};
pub use units::{KG_PER_LB, Load, Unit, format_number, parse_decimal};
pub use variation::{PlannedSet, Variation, VariationGuide};
pub use warmup::{WarmupScheme, WarmupSet, WarmupStep, warmup_ramp, warmup_sets};
