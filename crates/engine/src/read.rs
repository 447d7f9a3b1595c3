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
use crate::from_json_names;
use crate::json::{variant_named, At, Fields, FromJson, Tagged};
use crate::model::*;
use crate::validate::Problem;

type Read<T> = Result<T, Problem>;

// ---------------------------------------------------------------------------
// Numbers.

impl FromJson for Decimal {
    /// A string (`"95"`, `"0.5"`) or a JSON number.
    fn read(value: Json, at: &At<'_>) -> Read<Decimal> {
        let text = match value {
            Json::String(s) => s,
            Json::Number(n) => n.to_string(),
            other => return Err(at.invalid_type(&other, "a decimal like \"95\" or \"0.5\"")),
        };
        text.parse().map_err(|e| at.problem(format!("{e}")))
    }
}

impl FromJson for Points {
    /// A [`Decimal`] of zero or more with at most two decimals.
    fn read(value: Json, at: &At<'_>) -> Read<Points> {
        let dec = Decimal::read(value, at)?;
        if dec.is_negative() {
            return Err(at.problem(format!("expected points of zero or more, found \"{dec}\"")));
        }
        Points::from_decimal(dec).ok_or_else(|| {
            at.problem(format!(
                "expected points with at most two decimals, like \"2.5\", found \"{dec}\""
            ))
        })
    }
}

// ---------------------------------------------------------------------------
// The rubric.

impl FromJson for Rubric {
    fn read(value: Json, at: &At<'_>) -> Read<Rubric> {
        let mut f = Fields::strict(
            value,
            at,
            "struct Rubric",
            &[
                "id",
                "version",
                "title",
                "description",
                "documents",
                "level",
                "period",
                "grades",
                "na_policy",
                "bonus_cap",
                "facts",
                "sections",
            ],
        )?;
        Ok(Rubric {
            id: f.req("id")?,
            version: f.req("version")?,
            title: f.req("title")?,
            description: f.or_default("description")?,
            documents: f.req("documents")?,
            level: f.req("level")?,
            period: f.req("period")?,
            grades: f.req("grades")?,
            na_policy: f.or_default("na_policy")?,
            bonus_cap: f.or_default("bonus_cap")?,
            facts: f.or_default("facts")?,
            sections: f.req("sections")?,
        })
    }
}

/// Lenient: an index written by a newer build may carry more fields.
impl FromJson for crate::shipped::Summary {
    fn read(value: Json, at: &At<'_>) -> Read<crate::shipped::Summary> {
        let mut f = Fields::lenient(value, at, "struct Summary")?;
        Ok(crate::shipped::Summary {
            id: f.req("id")?,
            version: f.req("version")?,
            title: f.req("title")?,
            items: f.req("items")?,
            year: f.or_default("year")?,
            documents: f.or_default("documents")?,
        })
    }
}

impl FromJson for Document {
    fn read(value: Json, at: &At<'_>) -> Read<Document> {
        let mut f = Fields::strict(
            value,
            at,
            "struct Document",
            &["id", "number", "title", "issuer", "date", "kind"],
        )?;
        Ok(Document {
            id: f.req("id")?,
            number: f.or_default("number")?,
            title: f.req("title")?,
            issuer: f.or_default("issuer")?,
            date: f.or_default("date")?,
            kind: f.or_default("kind")?,
        })
    }
}

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

impl FromJson for PeriodSpec {
    fn read(value: Json, at: &At<'_>) -> Read<PeriodSpec> {
        let mut f = Fields::strict(value, at, "struct PeriodSpec", &["unit", "label", "year"])?;
        Ok(PeriodSpec {
            unit: f.req("unit")?,
            label: f.or_default("label")?,
            year: f.or_default("year")?,
        })
    }
}

from_json_names!(PeriodUnit { "year" => PeriodUnit::Year });

impl FromJson for GradeBand {
    fn read(value: Json, at: &At<'_>) -> Read<GradeBand> {
        let mut f = Fields::strict(value, at, "struct GradeBand", &["name", "min"])?;
        Ok(GradeBand {
            name: f.req("name")?,
            min: f.req("min")?,
        })
    }
}

from_json_names!(NaPolicy {
    "rescale" => NaPolicy::Rescale,
    "full_marks" => NaPolicy::FullMarks,
});

impl FromJson for Fact {
    fn read(value: Json, at: &At<'_>) -> Read<Fact> {
        let mut f = Fields::strict(value, at, "struct Fact", &["id", "label", "kind"])?;
        Ok(Fact {
            id: f.req("id")?,
            label: f.req("label")?,
            kind: f.req("kind")?,
        })
    }
}

from_json_names!(FactKind {
    "count" => FactKind::Count,
    "flag" => FactKind::Flag,
});

impl FromJson for Condition {
    fn read(value: Json, at: &At<'_>) -> Read<Condition> {
        let mut f = Fields::strict(
            value,
            at,
            "struct Condition",
            &["fact", "at_least", "is", "note"],
        )?;
        Ok(Condition {
            fact: f.req("fact")?,
            at_least: f.or_default("at_least")?,
            is: f.or_default("is")?,
            note: f.or_default("note")?,
        })
    }
}

impl FromJson for Section {
    fn read(value: Json, at: &At<'_>) -> Read<Section> {
        let mut f = Fields::strict(
            value,
            at,
            "struct Section",
            &["id", "title", "points", "items"],
        )?;
        Ok(Section {
            id: f.req("id")?,
            title: f.req("title")?,
            points: f.req("points")?,
            items: f.req("items")?,
        })
    }
}

impl FromJson for Item {
    fn read(value: Json, at: &At<'_>) -> Read<Item> {
        let mut f = Fields::strict(
            value,
            at,
            "struct Item",
            &[
                "id",
                "title",
                "source",
                "level",
                "evidence",
                "points",
                "responsible",
                "applies_if",
                "na_allowed",
                "scoring",
            ],
        )?;
        Ok(Item {
            id: f.req("id")?,
            title: f.req("title")?,
            source: f.req("source")?,
            level: f.req("level")?,
            evidence: f.req("evidence")?,
            points: f.req("points")?,
            responsible: f.or_default("responsible")?,
            applies_if: f.or_default("applies_if")?,
            na_allowed: f.or_default("na_allowed")?,
            scoring: f.req("scoring")?,
        })
    }
}

impl FromJson for Citation {
    fn read(value: Json, at: &At<'_>) -> Read<Citation> {
        let mut f = Fields::strict(
            value,
            at,
            "struct Citation",
            &["document", "clause", "quote"],
        )?;
        Ok(Citation {
            document: f.req("document")?,
            clause: f.req("clause")?,
            quote: f.req("quote")?,
        })
    }
}

// ---------------------------------------------------------------------------
// Answers.

impl FromJson for Answers {
    fn read(value: Json, at: &At<'_>) -> Read<Answers> {
        let mut f = Fields::strict(value, at, "struct Answers", &["facts", "items"])?;
        Ok(Answers {
            facts: f.or_default("facts")?,
            items: f.or_default("items")?,
        })
    }
}

/// The error for a variant written without the data it needs, or with data
/// it does not take.
fn variant_shape(at: &At<'_>, unit: bool) -> Problem {
    if unit {
        at.problem("invalid type: unit variant, expected newtype variant")
    } else {
        at.problem("invalid type: newtype variant, expected unit variant")
    }
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

impl FromJson for ItemAnswer {
    fn read(value: Json, at: &At<'_>) -> Read<ItemAnswer> {
        let mut f = Fields::strict(value, at, "struct ItemAnswer", &["na", "note", "value"])?;
        Ok(ItemAnswer {
            na: f.or_default("na")?,
            note: f.or_default("note")?,
            value: f.or_default("value")?,
        })
    }
}

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
                let mut f = Fields::strict(
                    data,
                    at,
                    "struct variant Value::Ratio",
                    &["numerator", "denominator"],
                )?;
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

impl FromJson for Assessment {
    fn read(value: Json, at: &At<'_>) -> Read<Assessment> {
        let mut f = Fields::strict(
            value,
            at,
            "struct Assessment",
            &[
                "format",
                "format_version",
                "rubric",
                "unit",
                "year",
                "assessor",
                "date",
                "answers",
                "rectification",
                "result",
            ],
        )?;
        Ok(Assessment {
            format: f.req("format")?,
            format_version: f.req("format_version")?,
            rubric: f.req("rubric")?,
            unit: f.req("unit")?,
            year: f.req("year")?,
            assessor: f.or_default("assessor")?,
            date: f.or_default("date")?,
            answers: f.or_default("answers")?,
            rectification: f.or_default("rectification")?,
            result: f.or_default("result")?,
        })
    }
}

impl FromJson for RubricRef {
    fn read(value: Json, at: &At<'_>) -> Read<RubricRef> {
        let mut f = Fields::strict(value, at, "struct RubricRef", &["id", "version", "title"])?;
        Ok(RubricRef {
            id: f.req("id")?,
            version: f.req("version")?,
            title: f.or_default("title")?,
        })
    }
}

impl FromJson for RectificationRow {
    fn read(value: Json, at: &At<'_>) -> Read<RectificationRow> {
        let mut f = Fields::strict(
            value,
            at,
            "struct RectificationRow",
            &[
                "problem",
                "measure",
                "department",
                "deadline",
                "note",
                "status",
                "item",
            ],
        )?;
        Ok(RectificationRow {
            problem: f.or_default("problem")?,
            measure: f.or_default("measure")?,
            department: f.or_default("department")?,
            deadline: f.or_default("deadline")?,
            note: f.or_default("note")?,
            status: f.or_default("status")?,
            item: f.or_default("item")?,
        })
    }
}

from_json_names!(RectificationStatus {
    "open" => RectificationStatus::Open,
    "in_progress" => RectificationStatus::InProgress,
    "done" => RectificationStatus::Done,
});

impl FromJson for ResultSummary {
    fn read(value: Json, at: &At<'_>) -> Read<ResultSummary> {
        let mut f = Fields::strict(
            value,
            at,
            "struct ResultSummary",
            &[
                "total",
                "max",
                "bonus",
                "grade",
                "veto",
                "answered",
                "applicable",
                "sections",
            ],
        )?;
        Ok(ResultSummary {
            total: f.req("total")?,
            max: f.req("max")?,
            bonus: f.or_default("bonus")?,
            grade: f.or_default("grade")?,
            veto: f.or_default("veto")?,
            answered: f.req("answered")?,
            applicable: f.req("applicable")?,
            sections: f.req("sections")?,
        })
    }
}

impl FromJson for SectionResult {
    fn read(value: Json, at: &At<'_>) -> Read<SectionResult> {
        let mut f = Fields::strict(
            value,
            at,
            "struct SectionResult",
            &["id", "earned", "possible"],
        )?;
        Ok(SectionResult {
            id: f.req("id")?,
            earned: f.req("earned")?,
            possible: f.req("possible")?,
        })
    }
}
