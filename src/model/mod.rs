//! Training model: units, plates, e1RM, prescriptions, programs, sessions and
//! the journal that holds them. Pure data and functions: no egui, no files and
//! no clock reads (callers pass dates in).

mod backoff;
mod e1rm;
mod exercise;
mod journal;
mod plates;
mod prescription;
mod program;
mod rpe_chart;
mod session;
pub mod synthetic;
mod units;
mod warmup;

pub use backoff::{BackoffLoad, percent_drop};
pub use e1rm::{E1rmMethod, Estimate, MAX_RELIABLE_FORMULA_REPS, estimate_e1rm};
pub use exercise::{Equipment, Exercise, Muscle, Suitability};
pub use journal::{JOURNAL_VERSION, Journal, Language, Settings};
pub use plates::{PlateInventory, PlateStock, Rounding};
pub use prescription::{BackoffRule, Prescription, StraightSets, TopSetBackoff};
pub use program::{Day, ExerciseSlot, Program, Role, Week};
pub use rpe_chart::{MAX_CHART_REPS, MIN_CHART_RPE, RpeChart};
pub use session::{LoggedExercise, LoggedSet, PlannedDayRef, Session, SetKind};
pub use units::{KG_PER_LB, Load, Unit, format_number, parse_decimal};
pub use warmup::{WarmupSet, warmup_ramp};
