//! The rubric: what is scored, how, and where each rule comes from.
//!
//! A rubric is plain data (JSON, see `docs/rubric-format.md`). Every type here
//! rejects unknown fields, so a misspelt key in a hand-written rubric is an
//! error with its location rather than a silently ignored rule.

use serde::Serialize;

use crate::decimal::Points;

/// A scoring rubric.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rubric {
    /// Stable identifier, e.g. `"yueqing-2020-25-model-organ"`. Lowercase
    /// letters, digits, `-`, `_` and `.` only.
    pub id: String,
    /// Version of this rubric file, e.g. `"1.0.0"`. An assessment records the
    /// id and version it was scored against.
    pub version: String,
    /// Title shown to the user.
    pub title: String,
    /// Optional short description.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// The documents the rubric is drawn from. Items cite them by `id`.
    pub documents: Vec<Document>,
    /// The level at which the rubric is filled in.
    pub level: Level,
    /// The period one assessment covers.
    pub period: PeriodSpec,
    /// Grade bands; lower bounds are inclusive. Ordered from the highest band
    /// to the lowest; the lowest starts at 0.
    pub grades: Vec<GradeBand>,
    /// What happens to items that do not apply.
    pub na_policy: NaPolicy,
    /// Limit on all bonus points together (none when absent).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bonus_cap: Option<Points>,
    /// What counts as passing (达标) when a committee rolls up its units'
    /// assessments; without it, reaching the top grade.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pass: Option<PassMark>,
    /// Facts about the unit that decide whether items apply (e.g. number of
    /// 正式党员, whether 党小组 exist).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub facts: Vec<Fact>,
    /// The sections, in order.
    pub sections: Vec<Section>,
}

impl Rubric {
    /// The item with this id, wherever it stands.
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.sections
            .iter()
            .flat_map(|s| &s.items)
            .find(|i| i.id == id)
    }

    /// The title of the item with this id, or the id itself when there is
    /// no such item (for messages about answers to removed items).
    pub fn item_title(&self, id: &str) -> String {
        self.item(id)
            .map(|i| i.title.clone())
            .unwrap_or_else(|| id.to_owned())
    }
}

/// A source document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Document {
    /// Identifier used by citations within this rubric.
    pub id: String,
    /// Document number (文号) such as `乐卫党〔2020〕25号`; absent when the
    /// document has none, in which case it is cited by title and date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// Full title.
    pub title: String,
    /// Issuing body.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub issuer: String,
    /// Date of issue, `YYYY-MM-DD`. May be left out only for a document of
    /// kind `practice`, which has none.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub date: String,
    /// What kind of source this is (default: a work plan).
    #[serde(skip_serializing_if = "DocumentKind::is_plan")]
    pub kind: DocumentKind,
}

/// What kind of source a [`Document`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    /// A party committee's work plan or programme; quotes are verbatim.
    #[default]
    Plan,
    /// A party regulation (党内法规); quotes are verbatim.
    Regulation,
    /// Common practice with no single written source; the "quote" states the
    /// requirement as the rubric applies it and is not a verbatim text.
    Practice,
}

impl DocumentKind {
    fn is_plan(&self) -> bool {
        *self == DocumentKind::Plan
    }
}

/// The organisational level at which something is filled in or measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// A party branch (党支部).
    Branch,
    /// A party committee or general branch (党委、党总支、机关党委).
    Committee,
    /// A whole hospital or unit.
    Hospital,
    /// A system of units (e.g. a city's health system).
    System,
}

/// The period one assessment covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PeriodSpec {
    /// Only `year` is defined: an assessment covers one calendar year.
    pub unit: PeriodUnit,
    /// How the period is described, e.g. `"2020年度"`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub label: String,
    /// The year the source documents were written for, if any. Used as the
    /// default year of a new assessment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
}

/// The length of an assessment period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PeriodUnit {
    /// One calendar year.
    Year,
}

/// A grade band: the grade applies when the total is at least `min`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GradeBand {
    /// Grade name, e.g. `"优秀"`, `"达标"`.
    pub name: String,
    /// Inclusive lower bound of the total.
    pub min: Points,
}

/// What counts as passing (达标): written `{"grade": "达标"}` (that grade or
/// a better one) or `{"min": "85"}` (a total of at least that).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PassMark {
    /// The named grade or a better one.
    #[serde(rename = "grade")]
    Grade(String),
    /// A total of at least this.
    #[serde(rename = "min")]
    Min(Points),
}

/// How items that do not apply are treated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NaPolicy {
    /// The section's score is rescaled over the applicable items:
    /// `earned / applicable_possible × section_points`, rounded down to 0.01.
    #[default]
    Rescale,
    /// Items that do not apply earn their full points.
    FullMarks,
}

/// A fact about the assessed unit, answered once per assessment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fact {
    /// Identifier referred to by [`Condition`]s.
    pub id: String,
    /// Question shown to the user, e.g. `"正式党员人数"`.
    pub label: String,
    /// Whether the answer is a count or yes/no.
    pub kind: FactKind,
}

/// The type of a [`Fact`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FactKind {
    /// A whole number of zero or more.
    Count,
    /// Yes or no.
    Flag,
}

/// When an item applies. An item whose condition is false is N/A.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Condition {
    /// The [`Fact`] tested.
    pub fact: String,
    /// For a count fact: applies when the count is at least this.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at_least: Option<u64>,
    /// For a flag fact: applies when the flag equals this.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is: Option<bool>,
    /// Explanation shown to the user, e.g. `"正式党员7人以上的支部设支委会"`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// A section of a rubric.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Section {
    /// Stable identifier, unique within the rubric.
    pub id: String,
    /// Title, e.g. `"一、以党的政治建设为统领"`.
    pub title: String,
    /// Maximum points; the points of its non-bonus items add up to this.
    pub points: Points,
    /// The items, in order.
    pub items: Vec<Item>,
}

/// One scored item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Item {
    /// Stable identifier, unique within the rubric.
    pub id: String,
    /// Short title.
    pub title: String,
    /// Where the requirement comes from.
    pub source: Citation,
    /// The level at which the item is measured (may be above the level the
    /// rubric is filled in at, e.g. a committee-wide rate).
    pub level: Level,
    /// Which records (台账) prove it.
    pub evidence: String,
    /// Maximum points. For a bonus item: its cap. For a veto item: 0.
    pub points: Points,
    /// Who is responsible (责任单位/责任部门), when the source says.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub responsible: String,
    /// The item applies only when this holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub applies_if: Option<Condition>,
    /// Whether the user may mark the item N/A.
    #[serde(skip_serializing_if = "is_false")]
    pub na_allowed: bool,
    /// What befalls the whole assessment when the item applies and earns
    /// nothing (status `unmet`): a required activity not held at all. It acts
    /// as a triggered veto would, naming this item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub missed: Option<VetoEffect>,
    /// How the item is scored.
    pub scoring: Scoring,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// A citation of a source clause.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Citation {
    /// The [`Document::id`] cited.
    pub document: String,
    /// The clause, e.g. `"二(二)1"`.
    pub clause: String,
    /// The original sentence (原文), quoted verbatim.
    pub quote: String,
}

// The kinds' rules, each defined in its module under `kinds/`.
pub use crate::kinds::*;
