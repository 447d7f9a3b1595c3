//! `coverage`: everyone of a group reached (全覆盖), e.g. "完成对委直属机关
//! 全体党员干部的培训工作": `reached` of `all`, full points only when
//! nobody is left out.

use serde::Serialize;

use super::{mul_div_floor, CountAward, Eval, Expected, ItemAt, Rule, RuleCheck};
use crate::answers::Value;
use crate::from_json_struct;
use crate::ratio;
use crate::report::{Detail, Gap};

/// Everyone of a group reached: `reached` of `all`.
///
/// Answered like a ratio (`{"ratio": {"numerator": "37", "denominator":
/// "40"}}`: reached, then all). With `all` 0 the item does not apply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CoverageRule {
    /// Label of those reached, e.g. `"已参加培训的党员干部数"`.
    pub reached: String,
    /// Label of the whole group, e.g. `"党员干部总数"`.
    pub all: String,
    /// Noun phrase for the gap, e.g. `"名党员干部未参加培训"` →
    /// "还差 3 名党员干部未参加培训".
    pub unit: String,
    /// `proportional` (default): points × reached ÷ all, rounded down to
    /// 0.01; `all_or_nothing`: full points only for everyone.
    pub award: CountAward,
}

from_json_struct!(CoverageRule {
    reached,
    all,
    unit,
    award: default
});

impl Rule for CoverageRule {
    fn expects(&self) -> Expected {
        Expected::Ratio
    }

    fn check(&self, at: &mut RuleCheck<'_>) {
        at.not_empty("reached", &self.reached);
        at.not_empty("all", &self.all);
        at.not_empty("unit", &self.unit);
    }

    fn evaluate(&self, at: &ItemAt<'_>, value: &Value) -> Option<Eval> {
        let (reached, all) = match at.pair(value, (&self.reached, &self.all))? {
            Ok(Some(pair)) => pair,
            Ok(None) => return Some(Eval::BLANK),
            Err(e) => return Some(e),
        };
        let detail = Some(Detail::Ratio {
            numerator: reached,
            denominator: all,
            rate: ratio::percent_one_decimal(reached, all),
            met: reached == all,
        });
        if all == 0 {
            return Some(Eval::Na { detail });
        }
        let earned = match (reached == all, self.award) {
            (true, _) => at.points,
            (false, CountAward::AllOrNothing) => 0,
            (false, CountAward::Proportional) => {
                mul_div_floor(at.points, i128::from(reached), i128::from(all))
            }
        };
        Some(Eval::Scored {
            earned,
            gap: (reached < all).then(|| Gap::More {
                k: all - reached,
                unit: self.unit.clone(),
            }),
            detail,
            at_floor: false,
        })
    }
}
