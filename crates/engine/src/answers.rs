//! What the user entered.
//!
//! Numbers and dates are kept as the text the user typed, so that input the
//! engine cannot accept ("2.5" meetings, "-1", "2020-13-01") is reported as a
//! located error on its item instead of being lost or silently coerced. An
//! empty text is a blank: the item is incomplete, never zero.

use std::collections::BTreeMap;

use serde::Serialize;

/// All answers of one assessment.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Answers {
    /// Answers to the rubric's facts, by fact id.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub facts: BTreeMap<String, FactAnswer>,
    /// Answers to items, by item id.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub items: BTreeMap<String, ItemAnswer>,
}

/// The answer to a fact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FactAnswer {
    /// A count, as typed.
    Count(String),
    /// Yes or no.
    Flag(bool),
}

/// The answer to one item.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct ItemAnswer {
    /// Marked not applicable by the user (only honoured where the item has
    /// `na_allowed`).
    #[serde(skip_serializing_if = "is_false")]
    pub na: bool,
    /// Evidence note: which 台账 records prove it.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// The value entered; `None` when nothing has been entered yet.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// A value entered for an item. Its variant must fit the item's kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Value {
    /// For `ratio` items.
    Ratio {
        /// Numerator as typed.
        numerator: String,
        /// Denominator as typed.
        denominator: String,
    },
    /// For `frequency` items: one count per sub-period, as typed (12 for
    /// monthly, 4 quarterly, 2 half-yearly, 1 yearly).
    Counts(Vec<String>),
    /// For `count` items (as typed), and for `deduction` and `bonus` items
    /// (number of occurrences).
    Count(String),
    /// For `checklist` items.
    Check(Check),
    /// For `levels` items: the chosen level's name.
    Level(String),
    /// For `veto` items: whether the event occurred.
    Triggered(bool),
    /// For `deadline` items.
    Completion(Completion),
}

/// State of a checklist item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Check {
    /// Done.
    Done,
    /// Partly done.
    Partly,
    /// Not done.
    NotDone,
}

/// State of a deadline item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Completion {
    /// Completed on this date (`YYYY-MM-DD`, as typed).
    Done(String),
    /// Not completed.
    NotDone,
}
