//! TODO: session_logger panel.
