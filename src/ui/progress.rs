//! TODO: progress panel.
