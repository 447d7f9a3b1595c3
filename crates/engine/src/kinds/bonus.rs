//! `bonus`: extra points per occurrence, up to the item's points
//! ("获市级以上表彰的加1分").

use serde::Serialize;

use super::{Eval, Expected, ItemAt, Role, Rule, RuleCheck};
use crate::answers::Value;
use crate::decimal::Points;
use crate::from_json_struct;
use crate::report::Detail;

/// Extra points per occurrence, up to the item's points.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BonusRule {
    /// What earns the bonus, e.g. `"获市级以上表彰"`.
    pub event: String,
    /// Points per occurrence.
    pub per: Points,
}

from_json_struct!(BonusRule { event, per });

impl Rule for BonusRule {
    fn role(&self) -> Role {
        Role::Bonus
    }

    fn expects(&self) -> Expected {
        Expected::Occurrences
    }

    fn check(&self, _at: &mut RuleCheck<'_>) {}

    fn evaluate(&self, at: &ItemAt<'_>, value: &Value) -> Option<Eval> {
        let Value::Count(text) = value else {
            return None;
        };
        Some(match at.count(text, "count") {
            Err(e) => e,
            Ok(None) => Eval::BLANK,
            Ok(Some(n)) => {
                let per = i128::from(self.per.hundredths().max(0));
                Eval::Scored {
                    earned: per.saturating_mul(i128::from(n)).min(at.points),
                    gap: None,
                    detail: Some(Detail::Occurrences { n }),
                    at_floor: false,
                }
            }
        })
    }
}
