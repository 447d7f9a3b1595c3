//! Exact, explainable scoring of party-building self-assessment rubrics.
//!
//! A [`Rubric`] (评分细则) is plain JSON data: sections of items, each citing
//! its source and scored by one of ten kinds (ratio, frequency, count,
//! checklist, levels, deduction, bonus, veto, deadline, coverage), each a
//! module of its own. [`Answers`] hold what the user typed. [`score`] turns
//! both into a [`Report`]: points per item, section and in total, the grade,
//! and for every item that loses points a structured [`Gap`] saying what is
//! missing (`Gap::More { k: 1, unit: "个支部达标" }`, which the app words as
//! "还差 1 个支部达标"). The engine builds no sentence: gaps, answer errors
//! and file problems are values the interface renders in its language. An
//! [`Assessment`] is the versioned file a unit exports with its answers and
//! rectification list (整改清单).
//!
//! Every decision is exact integer arithmetic: thresholds are decimals, points
//! are whole hundredths, and all derived scores are rounded down. Nothing
//! panics on user input; unusable answers become [`AnswerError`]s on their
//! items and faulty rubric files become located [`Problem`]s.
//!
//! The file formats are described in `docs/rubric-format.md` and
//! `docs/assessment-format.md`.
//!
//! ```
//! use ziping_engine::{Answers, Gap, ItemAnswer, Rubric, Status, Value};
//!
//! let rubric = Rubric::from_json(r#"{
//!   "id": "demo", "version": "1", "title": "示例",
//!   "documents": [{ "id": "plan", "title": "工作要点", "date": "2020-03-01" }],
//!   "level": "committee",
//!   "period": { "unit": "year" },
//!   "grades": [{ "name": "达标", "min": "10" }, { "name": "未达标", "min": "0" }],
//!   "sections": [{
//!     "id": "org", "title": "组织建设", "points": "10",
//!     "items": [{
//!       "id": "rate", "title": "党支部达标率",
//!       "source": { "document": "plan", "clause": "一", "quote": "党支部达标率达到95%以上。" },
//!       "level": "committee", "evidence": "达标验收表", "points": "10",
//!       "scoring": {
//!         "kind": "ratio", "numerator": "达标党支部数", "denominator": "党支部总数",
//!         "compare": ">=", "threshold": "95", "gap_unit": "个支部达标"
//!       }
//!     }]
//!   }]
//! }"#).unwrap();
//!
//! let answer = |n: &str, d: &str| {
//!     let mut answers = Answers::default();
//!     let value = Value::Ratio { numerator: n.into(), denominator: d.into() };
//!     answers.items.insert("rate".into(), ItemAnswer { value: Some(value), ..Default::default() });
//!     answers
//! };
//!
//! // 19 of 20 is exactly 95%: met.
//! let report = rubric.score(&answer("19", "20"), 2020);
//! assert_eq!(report.item("rate").unwrap().status, Status::Met);
//! assert_eq!((report.total.to_string(), report.grade.as_deref()), ("10".into(), Some("达标")));
//!
//! // 18 of 19 is 94.7%: not met, and one more branch would do.
//! let report = rubric.score(&answer("18", "19"), 2020);
//! let item = report.item("rate").unwrap();
//! assert_eq!(item.status, Status::Unmet);
//! // One more, in the rubric's words; an interface shows "还差 1 个支部达标".
//! assert_eq!(item.gap, Some(Gap::More { k: 1, unit: "个支部达标".into() }));
//! assert_eq!(report.grade.as_deref(), Some("未达标"));
//! ```

pub mod answers;
pub mod assessment;
pub mod carry;
pub mod date;
pub mod decimal;
pub mod json;
mod kinds;
pub mod model;
pub mod order;
pub mod problem;
pub mod ratio;
mod read;
pub mod report;
pub mod review;
pub mod rollup;
pub mod score;
pub mod shipped;
pub mod validate;

pub use answers::{Answers, Check, Completion, FactAnswer, ItemAnswer, Value};
pub use assessment::{
    Assessment, AssessmentError, RectificationRow, RectificationStatus, ResultSummary, RubricRef,
    SectionResult, FORMAT, FORMAT_VERSION, MAX_RECTIFICATION_ROWS, YEARS,
};
pub use date::{Date, DateError, Due};
pub use decimal::{Decimal, DecimalError, Points};
pub use model::*;
pub use problem::{Expect, Found, IdOf, Problem, ProblemKind};
pub use report::{
    AnswerError, AnswerErrorKind, Detail, Gap, ItemReport, MissedPeriod, Report, SectionReport,
    Status, VetoOutcome,
};
pub use score::score;
pub use shipped::{RetiredRubric, ShippedRubric, RETIRED, SHIPPED};
pub use validate::RubricError;
