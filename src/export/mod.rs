//! Exports: the training log as CSV, and printable program sheets.

mod log_csv;
mod program_sheet;

pub use log_csv::{
    LOG_CSV_COLUMNS, LOG_CSV_MARKER, START_FORMAT, log_csv_string, set_kind_from_name,
    set_kind_name, write_log_csv,
};
pub use program_sheet::program_sheet_html;
