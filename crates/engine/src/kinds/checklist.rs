//! `checklist`: done / partly / not done ("建立党建工作责任清单").

use serde::Serialize;

use super::{mul_div_floor, Eval, Expected, ItemAt, Rule, RuleCheck};
use crate::answers::{Check, Value};
use crate::decimal::Decimal;
use crate::from_json_struct;
use crate::report::Gap;

/// Done / partly / not done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChecklistRule {
    /// Share of the points earned when partly done, as a decimal between 0
    /// and 1 (default 0.5).
    pub partly: Decimal,
}

fn half() -> Decimal {
    Decimal::new(5, 1).unwrap_or(Decimal::ZERO)
}

impl Default for ChecklistRule {
    /// Half the points when partly done.
    fn default() -> ChecklistRule {
        ChecklistRule { partly: half() }
    }
}

from_json_struct!(ChecklistRule { partly: or(half) });

impl Rule for ChecklistRule {
    fn expects(&self) -> Expected {
        Expected::Check
    }

    fn check(&self, at: &mut RuleCheck<'_>) {
        at.share("partly", self.partly);
    }

    fn evaluate(&self, at: &ItemAt<'_>, value: &Value) -> Option<Eval> {
        let Value::Check(check) = value else {
            return None;
        };
        let points = at.points;
        Some(match check {
            Check::Done => Eval::scored(points, None),
            Check::Partly => {
                let share = i128::from(self.partly.units());
                let earned = mul_div_floor(points, share, self.partly.denominator());
                Eval::scored(earned.clamp(0, points), Some(Gap::Partly))
            }
            Check::NotDone => Eval::scored(0, Some(Gap::NotDoneChecklist)),
        })
    }
}
