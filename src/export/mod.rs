//! TODO: export
