//! What is wrong with a file: a [`Problem`] is located by the path of the
//! field at fault and says what is wrong as a [`ProblemKind`], a structured
//! value with the figures and names a message needs. The engine words
//! nothing; the app's catalogue renders problems in Chinese and English.
//!
//! ```
//! use ziping_engine::{ProblemKind, Rubric};
//!
//! let err = Rubric::from_json(r#"{"id": "x"}"#).unwrap_err();
//! let p = &err.problems()[0];
//! assert_eq!(p.path, "");
//! assert_eq!(p.kind, ProblemKind::MissingField { field: "version".into() });
//! ```

use std::fmt;

use crate::decimal::{Decimal, Points};

/// One problem in a file, located by the path of the field at fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where: `sections[2].items[4].scoring.threshold` (indices count from
    /// 0). Empty for the file as a whole.
    pub path: String,
    /// What is wrong.
    pub kind: ProblemKind,
}

impl Problem {
    /// A problem at `path`.
    pub fn new(path: impl Into<String>, kind: ProblemKind) -> Problem {
        Problem {
            path: path.into(),
            kind,
        }
    }
}

impl fmt::Display for Problem {
    /// `path: kind`, for logs and tests; users see the catalogue's words.
    /// The app does not call it: its `{:?}` would bring the `Debug` text of
    /// every kind into the WebAssembly (6.5 KB gzip).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{:?}", self.kind)
        } else {
            write!(f, "{}: {:?}", self.path, self.kind)
        }
    }
}

impl std::error::Error for Problem {}

/// A JSON value as a message names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as written.
    Number(String),
    /// A string.
    Text(String),
    /// An array.
    List,
    /// An object.
    Object,
}

impl Found {
    /// How `value` is named.
    pub fn of(value: &serde_json::Value) -> Found {
        use serde_json::Value as V;
        match value {
            V::Null => Found::Null,
            V::Bool(b) => Found::Bool(*b),
            V::Number(n) => Found::Number(n.to_string()),
            V::String(s) => Found::Text(s.clone()),
            V::Array(_) => Found::List,
            V::Object(_) => Found::Object,
        }
    }
}

/// What a field should have held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expect {
    /// A text.
    Text,
    /// `true` or `false`.
    Bool,
    /// A whole number from `min` to `max`.
    Integer {
        /// The smallest allowed.
        min: i64,
        /// The largest allowed.
        max: u64,
    },
    /// A decimal, as a string like `"95"` or `"0.5"` (or a number).
    Decimal,
    /// An array.
    List,
    /// An object.
    Object,
    /// An object whose field `tag` names its variant (`{"kind": "ratio",
    /// …}`).
    Tagged {
        /// The tag's field name.
        tag: &'static str,
    },
    /// A variant's name, or an object with one key naming it.
    NameOrObject,
}

/// What kind of id is duplicated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdOf {
    /// A document's.
    Document,
    /// A fact's.
    Fact,
    /// A section's.
    Section,
    /// An item's.
    Item,
    /// A grade band's name.
    Grade,
    /// A level's name.
    Level,
}

/// What is wrong. Reading problems come first, then the checks of a rubric
/// that reads well.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    // --- Reading.
    /// The text is not JSON: the first error is at `line`, `column`
    /// (1-based); `eof` when the text ends too early (a cut-off file).
    NotJson {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// The text ends before the JSON does.
        eof: bool,
    },
    /// JSON nested deeper than the reader follows (a hostile or broken
    /// file: no rubric or assessment comes near it).
    TooDeep {
        /// The deepest nesting read.
        limit: usize,
    },
    /// A value of the wrong type.
    InvalidType {
        /// What was there.
        found: Found,
        /// What should be.
        expected: Expect,
    },
    /// A whole number out of the field's range.
    OutOfRange {
        /// The number as written.
        found: String,
        /// The range.
        expected: Expect,
    },
    /// A field this object does not have (often a misspelling).
    UnknownField {
        /// The field.
        field: String,
        /// The fields it may have.
        known: Vec<String>,
    },
    /// A field that must be given is missing.
    MissingField {
        /// The field.
        field: String,
    },
    /// A name that is not one of the allowed ones.
    UnknownVariant {
        /// The name given.
        found: String,
        /// The allowed names.
        known: Vec<String>,
    },
    /// An object with several keys where one key names a variant.
    NotSingleKey,
    /// A variant written without the data it needs (`needs_data`), or with
    /// data it does not take.
    VariantShape {
        /// Whether the variant needs data.
        needs_data: bool,
    },
    /// A variant written as a bare name needs fields: `"slope"` needs
    /// `base` and `per_10pp`.
    NeedsFields {
        /// The variant.
        variant: String,
        /// The fields it needs.
        fields: Vec<String>,
    },
    /// Exactly one of these fields must be given.
    OneOf {
        /// The fields.
        fields: Vec<String>,
    },
    /// Not a decimal.
    NotADecimal {
        /// As written.
        found: String,
    },
    /// Points below zero.
    NegativePoints {
        /// As written.
        found: Decimal,
    },
    /// Points with more than two decimals.
    PointsTooPrecise {
        /// As written.
        found: Decimal,
    },
    /// Not a date (`month_day`: `MM-DD` is allowed too).
    BadDate {
        /// As written.
        found: String,
        /// Whether a date within the assessed year (`"09-30"`) is allowed.
        month_day: bool,
    },
    /// A date that does not exist (`2021-02-29`).
    NoSuchDay {
        /// As written.
        found: String,
    },

    // --- Assessment files.
    /// Format versions start at 1.
    FormatVersionZero,
    /// A year outside the years assessments are made for.
    YearOutOfRange {
        /// The year given.
        found: i32,
        /// The first year allowed.
        min: i32,
        /// The last year allowed.
        max: i32,
    },
    /// More 问题清单 rows than a file may have.
    TooManyRows {
        /// Rows given.
        found: usize,
        /// The most allowed.
        max: usize,
    },

    // --- Checks of a rubric.
    /// An empty id.
    EmptyId,
    /// An id with characters other than `a-z 0-9 - _ .`.
    IdChars {
        /// The id.
        id: String,
    },
    /// An id (or name) used twice.
    Duplicate {
        /// What kind of id.
        of: IdOf,
        /// The id.
        id: String,
        /// Where it was first used.
        first: String,
    },
    /// A text that must not be blank.
    Empty,
    /// No sections.
    NoSections,
    /// No grade bands.
    NoGrades,
    /// A section without items.
    NoItems,
    /// A levels item without levels.
    NoLevels,
    /// Grade bands not from the highest to the lowest.
    GradeOrder {
        /// This band's minimum.
        min: Points,
        /// The minimum of the band before.
        previous: Points,
    },
    /// A grade band's minimum above the rubric's maximum.
    GradeAboveMax {
        /// The minimum.
        min: Points,
        /// The rubric's maximum.
        max: Points,
    },
    /// The lowest band does not start at 0.
    LowestGradeNotZero {
        /// Its minimum.
        min: Points,
    },
    /// A section's points are not its items' sum.
    SectionSum {
        /// The section's points.
        section: Points,
        /// Its items' sum (bonus and veto items not counted).
        items: Points,
    },
    /// A citation of a document the rubric does not list.
    UnknownDocument {
        /// The document id.
        id: String,
    },
    /// A condition on a fact the rubric does not list.
    UnknownFact {
        /// The fact id.
        id: String,
    },
    /// A condition on a count fact needs `at_least` (and no `is`).
    ConditionNeedsAtLeast {
        /// The fact id.
        fact: String,
    },
    /// A condition on a yes/no fact needs `is` (and no `at_least`).
    ConditionNeedsIs {
        /// The fact id.
        fact: String,
    },
    /// Points above the item's points.
    AboveItemPoints {
        /// The points given.
        found: Points,
        /// The item's points.
        points: Points,
    },
    /// The best level must be worth the item's points.
    BestLevelPoints {
        /// The best level's points.
        found: Points,
        /// The item's points.
        points: Points,
    },
    /// A veto item is worth 0 points.
    VetoPoints {
        /// The points given.
        found: Points,
    },
    /// A threshold outside 0–100%.
    ThresholdRange {
        /// The threshold.
        found: Decimal,
    },
    /// No rate can meet this comparison (`> 100`, `< 0`).
    Unmeetable,
    /// A number that must be at least 1.
    BelowOne,
    /// A share of the points outside 0–1.
    NotAShare {
        /// The share.
        found: Decimal,
    },
    /// A veto caps the grade at a grade the rubric does not have.
    UnknownGrade {
        /// The grade named.
        grade: String,
        /// The rubric's grades.
        grades: Vec<String>,
    },
    /// `missed` on a bonus or veto item: only a scored item can be missed.
    MissedNotScored,
}
