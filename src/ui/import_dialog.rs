//! TODO: import_dialog panel.
