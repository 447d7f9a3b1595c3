//! `count`: `x` of a required `target` ("举办培训班不少于2期").

use serde::Serialize;

use super::{mul_div_floor, Eval, Expected, ItemAt, Rule, RuleCheck};
use crate::answers::Value;
use crate::from_json_names;
use crate::from_json_struct;
use crate::report::{Detail, Gap};

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

from_json_struct!(CountRule {
    target,
    unit,
    award: default
});

from_json_names!(CountAward {
    "all_or_nothing" => CountAward::AllOrNothing,
    "proportional" => CountAward::Proportional,
});

impl Rule for CountRule {
    fn expects(&self) -> Expected {
        Expected::Count
    }

    fn check(&self, at: &mut RuleCheck<'_>) {
        at.at_least_one("target", self.target);
    }

    fn evaluate(&self, at: &ItemAt<'_>, value: &Value) -> Option<Eval> {
        let Value::Count(text) = value else {
            return None;
        };
        let x = match at.count(text, "count") {
            Err(e) => return Some(e),
            Ok(None) => return Some(Eval::BLANK),
            Ok(Some(x)) => x,
        };
        let target = self.target;
        let earned = if target == 0 || x >= target {
            at.points
        } else {
            match self.award {
                CountAward::AllOrNothing => 0,
                CountAward::Proportional => {
                    mul_div_floor(at.points, i128::from(x.min(target)), i128::from(target))
                }
            }
        };
        Some(Eval::Scored {
            earned,
            gap: (x < target).then(|| Gap::More {
                k: target - x,
                unit: self.unit.clone(),
            }),
            detail: Some(Detail::Count { count: x, target }),
            at_floor: false,
        })
    }
}
