//! The result of scoring: totals, sections, and an explanation per item.
//!
//! Everything here is plain data that serialises to JSON, for callers that
//! keep or pass on a report. [`Gap`] and [`AnswerError`] are structured
//! values carrying the figures and the rubric's own nouns: the engine words
//! nothing, and a user interface renders them in its language.

use std::fmt;

use serde::Serialize;

use crate::decimal::Points;
use crate::model::{Expected, Per, VetoEffect};

/// The scored assessment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    /// The total: the sections' scores rescaled to [`Self::max`] (see
    /// `docs/rubric-format.md`), plus [`Self::bonus`], after any veto.
    pub total: Points,
    /// The rubric's maximum (the sum of its sections' points), bonus excluded.
    pub max: Points,
    /// Bonus points included in the total (after the rubric's bonus cap).
    pub bonus: Points,
    /// The grade, after veto adjustments; `None` only when the rubric has no
    /// grade bands.
    pub grade: Option<String>,
    /// The decisive triggered veto, if any (the most severe; the first in
    /// rubric order among equally severe ones). All triggered vetoes apply.
    pub veto: Option<VetoOutcome>,
    /// Applicable items with a complete, valid answer.
    pub answered: usize,
    /// Items that are not N/A (including those not yet answered).
    pub applicable: usize,
    /// One entry per section, in rubric order.
    pub sections: Vec<SectionReport>,
    /// One entry per item, in rubric order.
    pub items: Vec<ItemReport>,
    /// Ids in the answers' `items` that the rubric does not have; ignored.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unknown_answers: Vec<String>,
    /// Ids in the answers' `facts` that the rubric does not have; ignored.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unknown_facts: Vec<String>,
}

impl Report {
    /// The report of one item.
    pub fn item(&self, id: &str) -> Option<&ItemReport> {
        self.items.iter().find(|i| i.id == id)
    }

    /// The report of one section.
    pub fn section(&self, id: &str) -> Option<&SectionReport> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// Answered items that lose points (`possible − earned > 0`), most
    /// points lost first, ties in rubric order: what a rectification list is
    /// made from. N/A and bonus items are never included, nor are unanswered
    /// or invalid ones (see [`Report::unanswered`]): a blank is not a finding.
    pub fn shortfalls(&self) -> Vec<&ItemReport> {
        let out: Vec<&ItemReport> = self
            .items
            .iter()
            .filter(|i| i.status.is_answered() && !i.bonus && i.lost() > Points::ZERO)
            .collect();
        // A stable order keeps rubric order among equal losses.
        crate::order::sort_by_key(out, |i| [-i.lost().0, 0, 0])
    }

    /// Applicable items without a usable answer (incomplete or invalid), in
    /// rubric order.
    pub fn unanswered(&self) -> Vec<&ItemReport> {
        self.items
            .iter()
            .filter(|i| matches!(i.status, Status::Incomplete | Status::Invalid))
            .collect()
    }

    /// True when every applicable item has a valid answer.
    pub fn is_complete(&self) -> bool {
        self.answered == self.applicable
    }
}

/// A triggered veto.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VetoOutcome {
    /// The veto item.
    pub item: String,
    /// Its effect.
    pub effect: VetoEffect,
    /// True when the item is not a veto item but a required one earning
    /// nothing (its `missed` effect).
    pub missed: bool,
}

/// The score of one section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SectionReport {
    /// The section's id.
    pub id: String,
    /// Points earned (rescaled over the applicable items under the
    /// `rescale` policy). Bonus items are not included.
    pub earned: Points,
    /// The section's points when it counts towards the total, otherwise 0.
    pub possible: Points,
    /// False when every item of the section is N/A. Such a section does not
    /// count towards the total.
    pub applicable: bool,
    /// Applicable items of the section with a complete, valid answer.
    pub answered: usize,
    /// Items of the section that are not N/A.
    pub applicable_items: usize,
}

/// The verdict on one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Full points (for a veto: not triggered).
    Met,
    /// Some but not all points.
    Partly,
    /// No points, or (frequency, deduction) down at the floor with something
    /// missed. For a veto: triggered.
    Unmet,
    /// Not applicable.
    Na,
    /// Not (fully) answered yet. Earns nothing but still counts as
    /// applicable: a blank is never treated as zero, nor as N/A.
    Incomplete,
    /// The answer cannot be used; see [`ItemReport::error`].
    Invalid,
}

impl Status {
    /// True for a complete, valid answer (met, partly or unmet).
    pub fn is_answered(self) -> bool {
        matches!(self, Status::Met | Status::Partly | Status::Unmet)
    }
}

/// The score of one item and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ItemReport {
    /// The item's id.
    pub id: String,
    /// The id of its section.
    pub section: String,
    /// The verdict.
    pub status: Status,
    /// Points earned (0 when N/A under `rescale`; the item's points when N/A
    /// under `full_marks`).
    pub earned: Points,
    /// The item's points (a bonus item's cap; 0 for a veto).
    pub possible: Points,
    /// True for bonus items: they add to the total outside the sections.
    #[serde(skip_serializing_if = "is_false")]
    pub bonus: bool,
    /// True when the answer was marked N/A but the item does not allow it, so
    /// the mark was ignored and the item scored as usual.
    #[serde(skip_serializing_if = "is_false")]
    pub na_ignored: bool,
    /// What is missing, when something is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gap: Option<Gap>,
    /// Why the answer cannot be used (status `invalid`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<AnswerError>,
    /// Figures to show beside the answer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<Detail>,
}

impl ItemReport {
    /// `possible − earned`.
    pub fn lost(&self) -> Points {
        self.possible - self.earned
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// A sub-period in which a frequency requirement was not met.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct MissedPeriod {
    /// The sub-period, counted from 1: month 1–12, quarter 1–4, half-year 1–2,
    /// or 1 for the year.
    pub period: u32,
    /// How many occurrences were missing in it.
    pub missing: u32,
}

/// What an item is missing, in a form a user interface can render.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Gap {
    /// `k` more are needed: "还差 1 个支部达标".
    More {
        /// How many.
        k: u64,
        /// The rubric's noun phrase.
        unit: String,
    },
    /// `k` fewer are needed: "还需减少 2 例投诉".
    Fewer {
        /// How many.
        k: u64,
        /// The rubric's noun phrase.
        unit: String,
    },
    /// Sub-periods without enough occurrences: "3月、7月支委会未开".
    MissedPeriods {
        /// What is counted, e.g. "支委会".
        what: String,
        /// The sub-period.
        per: Per,
        /// Occurrences required per sub-period.
        required: u32,
        /// The sub-periods short of it, in order.
        missed: Vec<MissedPeriod>,
    },
    /// The best level was not reached: "未达到“好”档".
    BestLevel {
        /// The best level's name.
        name: String,
    },
    /// Completed late: "逾期 3 天完成".
    Overdue {
        /// Days after the last on-time day.
        days: i64,
        /// The due date (`YYYY-MM-DD`) in the assessed year.
        due: String,
    },
    /// Not completed: "未完成（时限 9月底前）".
    NotDone {
        /// The due date (`YYYY-MM-DD`) in the assessed year.
        due: String,
        /// The deadline's wording in the source (the rubric's `due_text`),
        /// when it has one.
        due_text: Option<String>,
    },
    /// Occurrences that cost points: "违反中央八项规定精神问题 2 次".
    Occurrences {
        /// How many.
        n: u64,
        /// The event.
        event: String,
    },
    /// A checklist item only partly done: "部分完成".
    Partly,
    /// A checklist item not done: "未完成".
    NotDoneChecklist,
    /// A veto was triggered: "发生严重违纪违法问题，一票否决".
    Vetoed {
        /// The event.
        event: String,
    },
    /// No change of the numerator alone can meet the requirement.
    Unreachable,
}

/// Live figures for an item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Detail {
    /// A ratio's exact value and verdict.
    Ratio {
        /// The numerator.
        numerator: u64,
        /// The denominator.
        denominator: u64,
        /// The rate rounded half up to one decimal, e.g. `"94.7%"`; `None`
        /// for a zero denominator. For display only: the verdict is
        /// [`Detail::Ratio::met`], decided exactly (94.96% shows as "95.0%"
        /// and does not meet 95%).
        rate: Option<String>,
        /// Whether the requirement is met.
        met: bool,
    },
    /// A frequency requirement's tally.
    Frequency {
        /// Occurrences missing over all sub-periods entered so far.
        missed: u64,
        /// Sub-periods marked "-" (not applicable).
        na_periods: usize,
        /// Sub-periods still blank.
        blank_periods: usize,
    },
    /// A count and its target.
    Count {
        /// The count entered.
        count: u64,
        /// The target.
        target: u64,
    },
    /// Occurrences of a deduction or bonus event.
    Occurrences {
        /// How many.
        n: u64,
    },
    /// A deadline.
    Deadline {
        /// The due date (`YYYY-MM-DD`) in the assessed year.
        due: String,
        /// Whether it was completed on time; `None` when not completed.
        on_time: Option<bool>,
    },
}

/// Why an answer cannot be scored. A structured value: the interface words
/// it in its own language from [`AnswerErrorKind`]'s figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AnswerError {
    /// The item's id.
    pub item: String,
    /// The part of the answer at fault: `numerator`, `denominator`,
    /// `counts`, `counts[3]` (counted from 0), `count`, `level`,
    /// `completed`, `value` (an answer of the wrong kind), or
    /// `facts.<fact id>` for a fact the item depends on.
    pub field: String,
    /// What is wrong, with the figures a message needs.
    pub kind: AnswerErrorKind,
}

impl fmt::Display for AnswerError {
    /// `item.field: kind`, for logs and tests; users see the catalogue's
    /// words.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}: {:?}", self.item, self.field, self.kind)
    }
}

impl std::error::Error for AnswerError {}

/// The kinds of unusable answer. `input` is the text as typed, trimmed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum AnswerErrorKind {
    /// Not a number.
    NotANumber {
        /// As typed.
        input: String,
    },
    /// A negative number where a count is needed.
    Negative {
        /// As typed.
        input: String,
    },
    /// A fraction where a whole number is needed.
    NotWhole {
        /// As typed.
        input: String,
    },
    /// A number too large to be plausible (over 10^12).
    TooLarge {
        /// As typed.
        input: String,
    },
    /// A ratio's numerator exceeds its denominator.
    NumeratorAboveDenominator {
        /// The numerator entered.
        numerator: u64,
        /// The denominator entered.
        denominator: u64,
        /// The rubric's label of the numerator, e.g. `"达标党支部数"`.
        numerator_label: String,
        /// The rubric's label of the denominator, e.g. `"党支部总数"`.
        denominator_label: String,
    },
    /// Not a date.
    BadDate {
        /// As typed.
        input: String,
    },
    /// A date that does not exist, such as 2021-02-29.
    NoSuchDate {
        /// As typed.
        input: String,
    },
    /// An answer of the wrong kind for the item (or for the fact it
    /// depends on).
    WrongKind {
        /// What the item takes.
        expected: Expected,
    },
    /// The wrong number of sub-period counts.
    WrongLength {
        /// How many sub-periods the item has.
        expected: usize,
        /// How many counts were given.
        found: usize,
    },
    /// A level name that is not one of the item's levels.
    UnknownLevel {
        /// As typed.
        input: String,
        /// The item's levels, best first.
        levels: Vec<String>,
    },
    /// The rubric itself is faulty for this item (only possible with a rubric
    /// that was not validated): its due date cannot be read.
    BadRubric {
        /// The rubric's `due`.
        due: String,
    },
}
