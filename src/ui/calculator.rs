//! TODO: calculator panel.
