//! TODO: import
