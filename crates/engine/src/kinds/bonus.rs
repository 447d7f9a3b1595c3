//! `bonus`: extra points per occurrence, up to the item's points
//! ("获市级以上表彰的加1分").

use serde::Serialize;
use serde_json::Value as Json;

use super::{Eval, Expected, ItemAt, Role, Rule, RuleCheck};
use crate::answers::Value;
use crate::decimal::Points;
use crate::json::{At, Fields, FromJson};
use crate::report::Detail;
use crate::validate::Problem;

/// Extra points per occurrence, up to the item's points.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BonusRule {
    /// What earns the bonus, e.g. `"获市级以上表彰"`.
    pub event: String,
    /// Points per occurrence.
    pub per: Points,
}

impl FromJson for BonusRule {
    fn read(value: Json, at: &At<'_>) -> Result<BonusRule, Problem> {
        let mut f = Fields::strict(value, at, "struct BonusRule", &["event", "per"])?;
        Ok(BonusRule {
            event: f.req("event")?,
            per: f.req("per")?,
        })
    }
}

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
