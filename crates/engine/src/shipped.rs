//! The rubrics shipped with the app.
//!
//! Each is a JSON file in the repository's `rubrics/` folder, embedded at
//! compile time. The engine's tests (`tests/shipped.rs`) check that every one
//! parses, validates, cites its source and adds up.

use serde::Serialize;

use crate::assessment::RubricRef;
use crate::decimal::Decimal;
use crate::model::{Compare, Document, Link, Rubric, Scoring};
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

/// An earlier version of a shipped rubric, kept so that work saved against
/// it still opens and scores as it did (and can be carried over to the
/// current version, see [`crate::carry`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetiredRubric {
    /// The rubric's id.
    pub id: &'static str,
    /// The version retired.
    pub version: &'static str,
    /// The file's text, `rubrics/retired/<id>-<version>.json`.
    pub json: &'static str,
}

macro_rules! retired {
    ($(($id:literal, $version:literal)),* $(,)?) => {
        &[$(RetiredRubric {
            id: $id,
            version: $version,
            json: include_str!(concat!("../../../rubrics/retired/", $id, "-", $version, ".json")),
        }),*]
    };
}

/// Every retired version of a shipped rubric, oldest first per rubric.
pub const RETIRED: &[RetiredRubric] = retired![
    ("branch-standard", "1.0.0"),
    ("yueqing-2020-25", "1.0.0"),
    ("jilin-2020-20", "1.0.0"),
    ("shaoxing-tcm-2020", "1.0.0"),
    ("nhc-2020-10", "1.0.0"),
    ("gd2h-2018-90", "1.0.0"),
];

/// Parses and validates every retired rubric, in [`RETIRED`] order.
pub fn load_retired() -> Vec<(&'static RetiredRubric, Result<Rubric, RubricError>)> {
    RETIRED
        .iter()
        .map(|r| (r, Rubric::from_json(r.json)))
        .collect()
}

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

/// What a picker lists of a rubric without holding it: written for the
/// shipped rubrics at build time (the app's `build.rs`) so that their files
/// can be fetched only when needed, and read back with
/// [`FromJson`](crate::json::FromJson).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// The rubric's id.
    pub id: String,
    /// The rubric's version.
    pub version: String,
    /// The rubric's title.
    pub title: String,
    /// How many items it has.
    pub items: usize,
    /// The year its documents were written for, if any.
    pub year: Option<i32>,
    /// Its source documents.
    pub documents: Vec<Document>,
    /// Its ratio items whose counts are linked to another rubric's files
    /// (a roll-up of that rubric shows their threshold before this rubric
    /// is loaded).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<Target>,
    /// True for a retired version of a shipped rubric: its file is
    /// `rubrics/retired/<id>-<version>.json`, and the picker does not offer
    /// it (a copy of an old assessment keeps its version, and is offered the
    /// carry-over like the original).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub retired: bool,
}

/// A linked ratio item of a rubric: what a roll-up of the linked rubric is
/// measured against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Target {
    /// The item's id.
    pub item: String,
    /// The item's title.
    pub title: String,
    /// Where its counts come from.
    pub link: Link,
    /// How its rate is compared with the threshold.
    pub compare: Compare,
    /// The threshold in percent.
    pub threshold: Decimal,
}

impl Summary {
    /// The summary of a rubric at hand.
    pub fn of(r: &Rubric) -> Summary {
        Summary {
            id: r.id.clone(),
            version: r.version.clone(),
            title: r.title.clone(),
            items: r.sections.iter().map(|s| s.items.len()).sum(),
            year: r.period.year,
            documents: r.documents.clone(),
            targets: r
                .sections
                .iter()
                .flat_map(|s| &s.items)
                .filter_map(|i| match &i.scoring {
                    Scoring::Ratio(rule) => rule.from.as_ref().map(|link| Target {
                        item: i.id.clone(),
                        title: i.title.clone(),
                        link: link.clone(),
                        compare: rule.compare,
                        threshold: rule.threshold,
                    }),
                    _ => None,
                })
                .collect(),
            retired: false,
        }
    }

    /// Whether it is the rubric with this id and version.
    pub fn is(&self, id: &str, version: &str) -> bool {
        self.id == id && self.version == version
    }

    /// The reference an assessment of this rubric records.
    pub fn reference(&self) -> RubricRef {
        RubricRef {
            id: self.id.clone(),
            version: self.version.clone(),
            title: self.title.clone(),
        }
    }
}
