//! `deduction`: points off per occurrence of an event
//! ("每发生一起扣1分").

use serde::Serialize;

use super::{deduct, Eval, Expected, ItemAt, Rule, RuleCheck};
use crate::answers::Value;
use crate::decimal::Points;
use crate::from_json_struct;
use crate::report::{Detail, Gap};

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

from_json_struct!(DeductionRule {
    event,
    per,
    floor: default
});

impl Rule for DeductionRule {
    fn expects(&self) -> Expected {
        Expected::Occurrences
    }

    fn check(&self, at: &mut RuleCheck<'_>) {
        at.not_above_points("floor", self.floor);
    }

    fn evaluate(&self, at: &ItemAt<'_>, value: &Value) -> Option<Eval> {
        let Value::Count(text) = value else {
            return None;
        };
        let n = match at.count(text, "count") {
            Err(e) => return Some(e),
            Ok(None) => return Some(Eval::BLANK),
            Ok(Some(n)) => n,
        };
        let (earned, at_floor) = deduct(at.points, self.per, n, self.floor);
        Some(Eval::Scored {
            earned,
            gap: (n > 0).then(|| Gap::Occurrences {
                n,
                event: self.event.clone(),
            }),
            detail: Some(Detail::Occurrences { n }),
            at_floor,
        })
    }
}
