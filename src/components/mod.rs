//! The user interface, one component per file.

pub mod app;
pub mod header;
pub mod rubric_picker;
pub mod score_panel;
