//! The rubrics shipped with the app.
//!
//! Each is a JSON file in the repository's `rubrics/` folder, embedded at
//! compile time. The engine's tests (`tests/shipped.rs`) check that every one
//! parses, validates, cites its source and adds up.

use crate::model::Rubric;
use crate::validate::RubricError;

/// One embedded rubric file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShippedRubric {
    /// The rubric's id, equal to its file name without `.json`.
    pub id: &'static str,
    /// The file's text.
    pub json: &'static str,
}

macro_rules! shipped {
    ($($id:literal),* $(,)?) => {
        &[$(ShippedRubric {
            id: $id,
            json: include_str!(concat!("../../../rubrics/", $id, ".json")),
        }),*]
    };
}

/// Every shipped rubric, in the order a picker shows them: the branch
/// self-check first (every 党支部 fills it, and its 达标 verdicts feed the
/// committees' 达标率), then the committee and hospital rubrics, newest
/// source document first.
pub const SHIPPED: &[ShippedRubric] = shipped![
    "branch-standard",
    "yueqing-2020-25",
    "jilin-2020-20",
    "shaoxing-tcm-2020",
    "nhc-2020-10",
    "gd2h-2018-90",
];

/// Parses and validates the shipped rubric with this id; `None` when there is
/// no such rubric.
pub fn load(id: &str) -> Option<Result<Rubric, RubricError>> {
    SHIPPED
        .iter()
        .find(|s| s.id == id)
        .map(|s| Rubric::from_json(s.json))
}

/// Parses and validates every shipped rubric, in [`SHIPPED`] order, each
/// paired with its id.
pub fn load_all() -> Vec<(&'static str, Result<Rubric, RubricError>)> {
    SHIPPED
        .iter()
        .map(|s| (s.id, Rubric::from_json(s.json)))
        .collect()
}
