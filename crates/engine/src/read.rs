//! [`FromJson`] readers of the file formats: rubrics, answers and assessment
//! files. Each says which fields it knows (any other is an error), which it
//! needs and what the others default to; `docs/rubric-format.md` and
//! `docs/assessment-format.md` describe the same.
//!
//! Internally tagged objects (`{"kind": "ratio", …}`) are read tag first,
//! wherever the tag stands, and the remaining fields are then read as the
//! variant's struct, so unknown fields are rejected and errors inside are
//! located (`scoring.threshold`, not `scoring`).

use serde_json::Value as Json;

use crate::answers::{Answers, Check, Completion, FactAnswer, ItemAnswer, Value};
use crate::assessment::{
    Assessment, RectificationRow, RectificationStatus, ResultSummary, RubricRef, SectionResult,
};
use crate::decimal::{Decimal, Points};
use crate::json::{variant_named, At, Fields, FromJson, Read, Tagged};
use crate::model::*;
use crate::problem::{Expect, Problem, ProblemKind};
use crate::review::{Event, History, Review, Signature, Stage, Step};
use crate::shipped::{Summary, Target};
use crate::{from_json_names, from_json_struct};

// ---------------------------------------------------------------------------
// Numbers.

impl FromJson for Decimal {
    /// A string (`"95"`, `"0.5"`) or a JSON number.
    fn read(value: Json, at: &At<'_>) -> Read<Decimal> {
        let text = match value {
            Json::String(s) => s,
            Json::Number(n) => n.to_string(),
            other => return Err(at.invalid_type(&other, Expect::Decimal)),
        };
        text.parse()
            .map_err(|_| at.problem(ProblemKind::NotADecimal { found: text }))
    }
}

impl FromJson for Points {
    /// A [`Decimal`] of zero or more with at most two decimals.
    fn read(value: Json, at: &At<'_>) -> Read<Points> {
        let found = Decimal::read(value, at)?;
        if found.is_negative() {
            return Err(at.problem(ProblemKind::NegativePoints { found }));
        }
        Points::from_decimal(found)
            .ok_or_else(|| at.problem(ProblemKind::PointsTooPrecise { found }))
    }
}

// ---------------------------------------------------------------------------
// The rubric.

from_json_struct!(Rubric {
    id,
    version,
    title,
    description: default,
    documents,
    level,
    period,
    grades,
    na_policy: default,
    bonus_cap: default,
    pass: default,
    facts: default,
    sections
});

// Lenient: an index written by a newer build may carry more fields.
from_json_struct!(Summary lenient { id, version, title, items, year: default, documents: default, targets: default, retired: default });

from_json_struct!(Target lenient { item, title, link, compare, threshold });

from_json_struct!(Document {
    id,
    number: default,
    title,
    issuer: default,
    date: default,
    kind: default
});

from_json_names!(DocumentKind {
    "plan" => DocumentKind::Plan,
    "regulation" => DocumentKind::Regulation,
    "practice" => DocumentKind::Practice,
});

from_json_names!(Level {
    "branch" => Level::Branch,
    "committee" => Level::Committee,
    "hospital" => Level::Hospital,
    "system" => Level::System,
});

from_json_struct!(PeriodSpec {
    unit,
    label: default,
    year: default
});

from_json_names!(PeriodUnit { "year" => PeriodUnit::Year });

from_json_struct!(GradeBand { name, min });

from_json_names!(NaPolicy {
    "rescale" => NaPolicy::Rescale,
    "full_marks" => NaPolicy::FullMarks,
});

from_json_struct!(Fact { id, label, kind });

from_json_names!(FactKind {
    "count" => FactKind::Count,
    "flag" => FactKind::Flag,
});

from_json_struct!(Condition {
    fact,
    at_least: default,
    is: default,
    note: default
});

from_json_struct!(Section {
    id,
    title,
    points,
    items
});

from_json_struct!(Item {
    id,
    title,
    source,
    level,
    evidence,
    points,
    responsible: default,
    applies_if: default,
    na_allowed: default,
    missed: default,
    scoring
});

from_json_struct!(Citation {
    document,
    clause,
    quote
});

impl FromJson for PassMark {
    /// `{"grade": "达标"}` or `{"min": "85"}`: exactly one of the two.
    fn read(value: Json, at: &At<'_>) -> Read<PassMark> {
        let mut f = Fields::strict(value, at, &["grade", "min"])?;
        let grade: Option<String> = f.or_default("grade")?;
        let min: Option<Points> = f.or_default("min")?;
        match (grade, min) {
            (Some(g), None) => Ok(PassMark::Grade(g)),
            (None, Some(m)) => Ok(PassMark::Min(m)),
            _ => Err(at.problem(ProblemKind::OneOf {
                fields: vec!["grade".into(), "min".into()],
            })),
        }
    }
}

// ---------------------------------------------------------------------------
// Answers.

from_json_struct!(Answers {
    facts: default,
    items: default
});

/// The error for a variant written without the data it needs, or with data
/// it does not take.
fn variant_shape(at: &At<'_>, unit: bool) -> Box<Problem> {
    at.problem(ProblemKind::VariantShape { needs_data: unit })
}

impl FromJson for FactAnswer {
    /// `{"count": "12"}` or `{"flag": true}`.
    fn read(value: Json, at: &At<'_>) -> Read<FactAnswer> {
        const NAMES: &[(&str, u8)] = &[("count", 0), ("flag", 1)];
        match Tagged::read(value, at)? {
            Tagged::Unit(name) => {
                variant_named(&name, at, NAMES)?;
                Err(variant_shape(at, true))
            }
            Tagged::With(name, data) => {
                let inner = at.key(&name);
                match variant_named(&name, at, NAMES)? {
                    0 => Ok(FactAnswer::Count(String::read(data, &inner)?)),
                    _ => Ok(FactAnswer::Flag(bool::read(data, &inner)?)),
                }
            }
        }
    }
}

from_json_struct!(ItemAnswer {
    na: default,
    note: default,
    value: default
});

#[derive(Clone, Copy)]
enum ValueKind {
    Ratio,
    Counts,
    Count,
    Check,
    Level,
    Triggered,
    Completion,
}

impl FromJson for Value {
    /// `{"ratio": {"numerator": "19", "denominator": "20"}}`, `{"count": "3"}`, …
    fn read(value: Json, at: &At<'_>) -> Read<Value> {
        const NAMES: &[(&str, ValueKind)] = &[
            ("ratio", ValueKind::Ratio),
            ("counts", ValueKind::Counts),
            ("count", ValueKind::Count),
            ("check", ValueKind::Check),
            ("level", ValueKind::Level),
            ("triggered", ValueKind::Triggered),
            ("completion", ValueKind::Completion),
        ];
        let (name, data) = match Tagged::read(value, at)? {
            Tagged::Unit(name) => {
                variant_named(&name, at, NAMES)?;
                return Err(variant_shape(at, true));
            }
            Tagged::With(name, data) => (name, data),
        };
        let kind = variant_named(&name, at, NAMES)?;
        let at = &at.key(&name);
        Ok(match kind {
            ValueKind::Ratio => {
                let mut f = Fields::strict(data, at, &["numerator", "denominator"])?;
                Value::Ratio {
                    numerator: f.req("numerator")?,
                    denominator: f.req("denominator")?,
                }
            }
            ValueKind::Counts => Value::Counts(FromJson::read(data, at)?),
            ValueKind::Count => Value::Count(FromJson::read(data, at)?),
            ValueKind::Check => Value::Check(FromJson::read(data, at)?),
            ValueKind::Level => Value::Level(FromJson::read(data, at)?),
            ValueKind::Triggered => Value::Triggered(FromJson::read(data, at)?),
            ValueKind::Completion => Value::Completion(FromJson::read(data, at)?),
        })
    }
}

from_json_names!(Check {
    "done" => Check::Done,
    "partly" => Check::Partly,
    "not_done" => Check::NotDone,
});

impl FromJson for Completion {
    /// `{"done": "2020-09-30"}` or `"not_done"`.
    fn read(value: Json, at: &At<'_>) -> Read<Completion> {
        const NAMES: &[(&str, bool)] = &[("done", true), ("not_done", false)];
        match Tagged::read(value, at)? {
            Tagged::Unit(name) => match variant_named(&name, at, NAMES)? {
                true => Err(variant_shape(at, true)),
                false => Ok(Completion::NotDone),
            },
            Tagged::With(name, data) => {
                let inner = at.key(&name);
                match variant_named(&name, at, NAMES)? {
                    true => Ok(Completion::Done(String::read(data, &inner)?)),
                    false if data.is_null() => Ok(Completion::NotDone),
                    false => Err(variant_shape(at, false)),
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Assessment files.

from_json_struct!(Assessment {
    format,
    format_version,
    rubric,
    unit,
    year,
    assessor: default,
    date: default,
    answers: default,
    rectification: default,
    result: default,
    review: default
});

// The committee's review (format version 2).

from_json_struct!(Review {
    stage: default,
    signed: default,
    answers: default,
    comments: default,
    submitted: default,
    history: default
});

from_json_struct!(Signature { name, date });

from_json_names!(Stage {
    "draft" => Stage::Draft,
    "submitted" => Stage::Submitted,
    "in_review" => Stage::InReview,
    "returned" => Stage::Returned,
    "approved" => Stage::Approved,
});

impl FromJson for History {
    fn read(value: Json, at: &At<'_>) -> Read<History> {
        Vec::<Event>::read(value, at).map(History::from_events)
    }
}

impl FromJson for Event {
    /// `{"step": …, "who": …, "when": …}`, with `items` for `revise` and
    /// `reviewed` and `reason` for `reopen`.
    fn read(value: Json, at: &At<'_>) -> Read<Event> {
        const STEPS: &[(&str, u8)] = &[
            ("submit", 0),
            ("withdraw", 1),
            ("start_review", 2),
            ("return", 3),
            ("revise", 4),
            ("reviewed", 5),
            ("sign_off", 6),
            ("reopen", 7),
        ];
        let mut f = Fields::lenient(value, at)?;
        let name: String = f.req("step")?;
        let code = variant_named(&name, &at.key("step"), STEPS)?;
        let known: &[&str] = match code {
            4 | 5 => &["step", "items", "who", "when"],
            7 => &["step", "reason", "who", "when"],
            _ => &["step", "who", "when"],
        };
        f.only(known)?;
        let step = match code {
            0 => Step::Submit,
            1 => Step::Withdraw,
            2 => Step::StartReview,
            3 => Step::Return,
            4 => Step::Revise(f.or_default("items")?),
            5 => Step::Reviewed(f.or_default("items")?),
            6 => Step::SignOff,
            _ => Step::Reopen(f.req("reason")?),
        };
        Ok(Event {
            step,
            who: f.req("who")?,
            when: f.or_default("when")?,
        })
    }
}

from_json_struct!(RubricRef {
    id,
    version,
    title: default
});

from_json_struct!(RectificationRow {
    problem: default,
    measure: default,
    department: default,
    deadline: default,
    note: default,
    status: default,
    item: default
});

from_json_names!(RectificationStatus {
    "open" => RectificationStatus::Open,
    "in_progress" => RectificationStatus::InProgress,
    "done" => RectificationStatus::Done,
});

from_json_struct!(ResultSummary {
    total,
    max,
    bonus: default,
    grade: default,
    veto: default,
    answered,
    applicable,
    sections
});

from_json_struct!(SectionResult {
    id,
    earned,
    possible
});
