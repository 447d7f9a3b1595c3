//! The rubric: what is scored, how, and where each rule comes from.
//!
//! A rubric is plain data (JSON, see `docs/rubric-format.md`). Every type here
//! rejects unknown fields, so a misspelt key in a hand-written rubric is an
//! error with its location rather than a silently ignored rule.

use serde::Serialize;

use crate::decimal::{Decimal, Points};

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

impl Document {
    /// How the document is cited: its number (文号) when it has one,
    /// otherwise its title and date: `乐卫党〔2020〕25号`,
    /// `《绍兴市中医院2020年党建工作计划》（2020-04-08）`.
    pub fn citation(&self) -> String {
        match (&self.number, self.date.is_empty()) {
            (Some(n), _) => n.clone(),
            (None, false) => format!("《{}》（{}）", self.title, self.date),
            (None, true) => format!("《{}》", self.title),
        }
    }
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

/// How an item is scored. Each kind is documented in `docs/rubric-format.md`.
///
/// Written as an object whose `"kind"` names the variant, with the variant's
/// fields beside it. Its reader (`read.rs`) takes the tag first, so unknown
/// fields are rejected and errors are located inside the object.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Scoring {
    /// A ratio compared with a percentage threshold.
    Ratio(RatioRule),
    /// A required number of occurrences in every sub-period.
    Frequency(FrequencyRule),
    /// `x` of a required `target`.
    Count(CountRule),
    /// Done / partly / not done.
    Checklist(ChecklistRule),
    /// One of several named levels, each worth set points.
    Levels(LevelsRule),
    /// Points off per occurrence of an event.
    Deduction(DeductionRule),
    /// Extra points per occurrence, up to the item's points.
    Bonus(BonusRule),
    /// 一票否决: when triggered, overrides the total or grade.
    Veto(VetoRule),
    /// A task with a due date.
    Deadline(DeadlineRule),
}

impl Scoring {
    /// The kind's name as written in rubric files.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Scoring::Ratio(_) => "ratio",
            Scoring::Frequency(_) => "frequency",
            Scoring::Count(_) => "count",
            Scoring::Checklist(_) => "checklist",
            Scoring::Levels(_) => "levels",
            Scoring::Deduction(_) => "deduction",
            Scoring::Bonus(_) => "bonus",
            Scoring::Veto(_) => "veto",
            Scoring::Deadline(_) => "deadline",
        }
    }
}

/// Comparison of a rate with a threshold. `"以上"`, `"不低于"`, `"达到"` mean `>=`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Compare {
    /// At least.
    #[serde(rename = ">=")]
    AtLeast,
    /// More than.
    #[serde(rename = ">")]
    Above,
    /// At most.
    #[serde(rename = "<=")]
    AtMost,
    /// Less than.
    #[serde(rename = "<")]
    Below,
}

/// What a zero denominator means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ZeroDenominator {
    /// The item does not apply (e.g. no members were recruited at all).
    #[default]
    Na,
    /// The requirement counts as met.
    Met,
    /// The requirement counts as not met.
    Unmet,
}

/// A ratio against a threshold.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RatioRule {
    /// Label of the numerator, e.g. `"达标党支部数"`.
    pub numerator: String,
    /// Label of the denominator, e.g. `"党支部总数"`.
    pub denominator: String,
    /// How the rate is compared with the threshold.
    pub compare: Compare,
    /// The threshold in percent, as an exact decimal (`"95"`, `"0.5"`).
    pub threshold: Decimal,
    /// True when every unit added to the numerator is also added to the
    /// denominator (a share of a total that grows, e.g. 高知识群体 among all
    /// new members). Changes how the gap is computed.
    #[serde(skip_serializing_if = "is_false")]
    pub share_of_total: bool,
    /// What a zero denominator means.
    pub zero_denominator: ZeroDenominator,
    /// How points are awarded.
    pub award: RatioAward,
    /// Noun phrase for the gap, e.g. `"个支部达标"` → "还差 1 个支部达标".
    pub gap_unit: String,
}

/// How a ratio item earns its points.
///
/// Written as an object whose `"mode"` names the variant (`{"mode":
/// "slope", "base": "6", "per_10pp": "1"}`); the variants without fields may
/// also be written as a bare string (`"proportional"`). Unknown fields are
/// rejected.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[serde(tag = "mode", rename_all = "snake_case")]
pub enum RatioAward {
    /// Full points when the comparison holds, none otherwise.
    #[default]
    AllOrNothing,
    /// Full points when it holds; otherwise points × rate ÷ threshold
    /// (for `>=`/`>`) or points × threshold ÷ rate (for `<=`/`<`), rounded
    /// down to 0.01, and never full points (a rate exactly at the threshold
    /// of a strict comparison earns 0.01 less).
    Proportional,
    /// `base` points at the threshold, plus `per_10pp` for every 10
    /// percentage points above it (minus below it), pro rata (5 points above
    /// adds half of `per_10pp`), kept within `floor`..=the item's points.
    /// For `<=`/`<` a rate below the threshold adds. Rounded down to 0.01.
    Slope {
        /// Points exactly at the threshold.
        base: Points,
        /// Points per 10 percentage points of difference.
        per_10pp: Points,
        /// Lowest points awarded.
        floor: Points,
    },
}

/// The sub-period of a frequency requirement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Per {
    /// Every month (12 sub-periods).
    Month,
    /// Every quarter (4).
    Quarter,
    /// Every half-year (2).
    HalfYear,
    /// Every year (1).
    Year,
}

impl Per {
    /// The number of sub-periods in a year.
    pub const fn periods(self) -> usize {
        match self {
            Per::Month => 12,
            Per::Quarter => 4,
            Per::HalfYear => 2,
            Per::Year => 1,
        }
    }
}

/// A required count in every sub-period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FrequencyRule {
    /// What is counted, e.g. `"支委会"`.
    pub what: String,
    /// The sub-period.
    pub per: Per,
    /// Occurrences required in each sub-period (at least 1).
    pub required: u32,
    /// Points off per missed occurrence.
    pub deduct: Points,
    /// Lowest points awarded.
    pub floor: Points,
}

/// `x` of a required `target`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CountRule {
    /// The number required (at least 1).
    pub target: u64,
    /// Unit for messages, e.g. `"期培训班"` → "还差 2 期培训班".
    pub unit: String,
    /// Whether short counts earn proportional credit.
    pub award: CountAward,
}

/// How a count target earns its points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CountAward {
    /// Full points at the target, none below it.
    AllOrNothing,
    /// points × min(x, target) ÷ target, rounded down to 0.01.
    #[default]
    Proportional,
}

/// Done / partly / not done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChecklistRule {
    /// Share of the points earned when partly done, as a decimal between 0
    /// and 1 (default 0.5).
    pub partly: Decimal,
}

pub(crate) fn half() -> Decimal {
    Decimal::new(5, 1).unwrap_or(Decimal::ZERO)
}

/// Named levels.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LevelsRule {
    /// The levels, best first. The best is worth the item's points.
    pub levels: Vec<LevelOption>,
}

/// One named level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LevelOption {
    /// Name, e.g. `"好"`.
    pub name: String,
    /// Points for this level.
    pub points: Points,
}

/// Points off per occurrence of an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeductionRule {
    /// The event, e.g. `"违反中央八项规定精神问题"`.
    pub event: String,
    /// Points off per occurrence.
    pub per: Points,
    /// Lowest points awarded.
    pub floor: Points,
}

/// Extra points per occurrence, up to the item's points.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BonusRule {
    /// What earns the bonus, e.g. `"获市级以上表彰"`.
    pub event: String,
    /// Points per occurrence.
    pub per: Points,
}

/// 一票否决.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VetoRule {
    /// The triggering event, e.g. `"发生严重违纪违法问题"`.
    pub event: String,
    /// What a trigger does.
    pub effect: VetoEffect,
}

/// What a triggered veto does.
///
/// Written as an object whose `"effect"` names the variant (`{"effect":
/// "cap_grade", "grade": "合格"}`); the variants without fields may also be
/// written as a bare string (`"zero_total"`). Unknown fields are rejected.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "effect", rename_all = "snake_case")]
pub enum VetoEffect {
    /// The total becomes 0.
    ZeroTotal,
    /// The grade is at most the named one.
    CapGrade {
        /// Name of the highest grade still possible.
        grade: String,
    },
    /// The grade is the lowest band whatever the total.
    LowestGrade,
}

/// A task with a due date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeadlineRule {
    /// Due date: `MM-DD` in the assessment's year, or a full `YYYY-MM-DD`.
    pub due: String,
    /// Whether completion on the due date itself is on time (default true:
    /// "9月底前" includes 30 September).
    pub inclusive: bool,
    /// Share of the points earned when completed late (default 0).
    pub late_credit: Decimal,
    /// The wording of the deadline in the source, e.g. `"9月底前"`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub due_text: String,
}
