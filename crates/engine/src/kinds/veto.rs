//! `veto`: 一票否决 — an event that, when it occurred, overrides the total
//! or the grade ("发生严重违纪违法问题的，实行一票否决").

use serde::Serialize;
use serde_json::Value as Json;

use super::{name_or_tagged, no_fields, Eval, Expected, ItemAt, Role, Rule, RuleCheck};
use crate::answers::Value;
use crate::decimal::Points;
use crate::from_json_struct;
use crate::json::{At, Fields, FromJson, Read};
use crate::problem::ProblemKind;
use crate::report::Gap;

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

from_json_struct!(VetoRule { event, effect });

#[derive(Clone, Copy)]
enum Effect {
    ZeroTotal,
    CapGrade,
    LowestGrade,
}

const EFFECTS: &[(&str, Effect)] = &[
    ("zero_total", Effect::ZeroTotal),
    ("cap_grade", Effect::CapGrade),
    ("lowest_grade", Effect::LowestGrade),
];

impl FromJson for VetoEffect {
    /// `"zero_total"`, or `{"effect": "cap_grade", "grade": "合格"}`.
    fn read(value: Json, at: &At<'_>) -> Read<VetoEffect> {
        let (effect, rest) = name_or_tagged(value, at, "effect", EFFECTS)?;
        match (effect, rest) {
            (Effect::CapGrade, None) => Err(at.problem(ProblemKind::NeedsFields {
                variant: "cap_grade".into(),
                fields: vec!["grade".into()],
            })),
            (Effect::CapGrade, Some(rest)) => {
                let mut f = Fields::strict(rest, at, &["grade"])?;
                Ok(VetoEffect::CapGrade {
                    grade: f.req("grade")?,
                })
            }
            (effect, rest) => {
                if let Some(rest) = rest {
                    no_fields(rest, at)?;
                }
                Ok(match effect {
                    Effect::ZeroTotal => VetoEffect::ZeroTotal,
                    _ => VetoEffect::LowestGrade,
                })
            }
        }
    }
}

impl Rule for VetoRule {
    fn role(&self) -> Role {
        Role::Veto
    }

    fn expects(&self) -> Expected {
        Expected::Triggered
    }

    fn check(&self, at: &mut RuleCheck<'_>) {
        let points = at.item.points;
        if points != Points::ZERO {
            at.add_to_item("points", ProblemKind::VetoPoints { found: points });
        }
        let path = format!("{}.scoring.effect.grade", at.item_path);
        at.v.grade_of(at.rubric, path, &self.effect);
    }

    fn evaluate(&self, _at: &ItemAt<'_>, value: &Value) -> Option<Eval> {
        let Value::Triggered(triggered) = value else {
            return None;
        };
        Some(Eval::scored(
            0,
            triggered.then(|| Gap::Vetoed {
                event: self.event.clone(),
            }),
        ))
    }
}
