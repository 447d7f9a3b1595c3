//! View models: what the screens, the printed report and the exported
//! spreadsheets show, derived from the engine's reports by pure functions
//! (no Yew, no browser), so that each figure and each row is built in one
//! place and tested natively. The components only render them.
//!
//! - [`format`]: the one way figures with one decimal are written.
//! - [`rows`]: the 问题清单's columns, and rows from the shortfalls.
//! - [`score_table`]: the item-by-item score table of the printed report.
//! - [`rollup`]: 汇总, the committee's roll-up of its units' files, and the
//!   counts its own linked items take from them.
//! - [`summary`]: the saved assessments as the start screen lists and
//!   compares them, each scored once per change of its answers.
//! - [`versions`]: what an assessment of a retired rubric version is
//!   offered.

pub mod format;
pub mod review;
pub mod rollup;
pub mod rows;
pub mod score_table;
pub mod summary;
pub mod tables;
pub mod versions;

#[cfg(test)]
mod tests;
