//! `frequency`: a required number of occurrences in every sub-period
//! ("支委会每月至少召开1次").

use serde::Serialize;

use super::{deduct, parse_count, Eval, Expected, ItemAt, Rule, RuleCheck};
use crate::answers::Value;
use crate::decimal::Points;
use crate::from_json_names;
use crate::from_json_struct;
use crate::report::{AnswerErrorKind, Detail, Gap, MissedPeriod};

/// The sub-period of a frequency requirement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Per {
    /// Every month (12 sub-periods).
    Month,
    /// Every quarter (4).
    Quarter,
    /// Every half-year (2).
    HalfYear,
    /// Every year (1).
    Year,
}

impl Per {
    /// The number of sub-periods in a year.
    pub const fn periods(self) -> usize {
        match self {
            Per::Month => 12,
            Per::Quarter => 4,
            Per::HalfYear => 2,
            Per::Year => 1,
        }
    }
}

/// A required count in every sub-period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FrequencyRule {
    /// What is counted, e.g. `"支委会"`.
    pub what: String,
    /// The sub-period.
    pub per: Per,
    /// Occurrences required in each sub-period (at least 1).
    pub required: u32,
    /// Points off per missed occurrence.
    pub deduct: Points,
    /// Lowest points awarded.
    pub floor: Points,
}

from_json_names!(Per {
    "month" => Per::Month,
    "quarter" => Per::Quarter,
    "half_year" => Per::HalfYear,
    "year" => Per::Year,
});

from_json_struct!(FrequencyRule {
    what,
    per,
    required,
    deduct,
    floor: default
});

impl Rule for FrequencyRule {
    fn expects(&self) -> Expected {
        Expected::Counts
    }

    fn check(&self, at: &mut RuleCheck<'_>) {
        at.at_least_one("required", u64::from(self.required));
        at.not_above_points("floor", self.floor);
    }

    fn evaluate(&self, at: &ItemAt<'_>, value: &Value) -> Option<Eval> {
        let Value::Counts(counts) = value else {
            return None;
        };
        let periods = self.per.periods();
        if counts.len() != periods {
            return Some(at.error(
                "counts",
                AnswerErrorKind::WrongLength {
                    expected: periods,
                    found: counts.len(),
                },
            ));
        }
        let mut missed = Vec::new();
        let mut blank = 0;
        let mut na = 0;
        // A required activity (`missed`) cannot be set aside period by period
        // for the whole year: every period marked "-" then counts as not held.
        let all_dashes = counts.iter().all(|t| t.trim() == "-" || t.trim() == "－");
        let required = at.item.missed.is_some() && all_dashes;
        for (i, text) in counts.iter().enumerate() {
            if (text.trim() == "-" || text.trim() == "－") && !required {
                na += 1;
                continue;
            }
            let text = if required { "0" } else { text.as_str() };
            match parse_count(text) {
                Ok(None) => blank += 1,
                Ok(Some(c)) => {
                    let missing = u64::from(self.required).saturating_sub(c);
                    if missing > 0 {
                        missed.push(MissedPeriod {
                            period: u32::try_from(i + 1).unwrap_or(u32::MAX),
                            missing: u32::try_from(missing).unwrap_or(u32::MAX),
                        });
                    }
                }
                Err(kind) => return Some(at.error(format!("counts[{i}]"), kind)),
            }
        }
        let total_missed: u64 = missed.iter().map(|m| u64::from(m.missing)).sum();
        let detail = Some(Detail::Frequency {
            missed: total_missed,
            na_periods: na,
            blank_periods: blank,
        });
        if na == periods {
            return Some(Eval::Na { detail });
        }
        let gap = (!missed.is_empty()).then(|| Gap::MissedPeriods {
            what: self.what.clone(),
            per: self.per,
            required: self.required,
            missed,
        });
        if blank > 0 {
            return Some(Eval::Incomplete { gap, detail });
        }
        let (earned, at_floor) = deduct(at.points, self.deduct, total_missed, self.floor);
        Some(Eval::Scored {
            earned,
            gap,
            detail,
            at_floor,
        })
    }
}
