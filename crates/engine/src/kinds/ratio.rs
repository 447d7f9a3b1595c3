//! `ratio`: a rate compared with a percentage threshold ("达标率达到95%以上").

use serde::Serialize;
use serde_json::Value as Json;

use super::{name_or_tagged, no_fields, Eval, Expected, ItemAt, Rule, RuleCheck};
use crate::answers::Value;
use crate::decimal::{Decimal, Points};
use crate::from_json_names;
use crate::from_json_struct;
use crate::json::{variant_named, At, Fields, FromJson, Read, Tagged};
use crate::problem::ProblemKind;
use crate::ratio::{self, Needed};
use crate::report::{Detail, Gap};

/// Comparison of a rate with a threshold. `"以上"`, `"不低于"`, `"达到"` mean `>=`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Compare {
    /// At least.
    #[serde(rename = ">=")]
    AtLeast,
    /// More than.
    #[serde(rename = ">")]
    Above,
    /// At most.
    #[serde(rename = "<=")]
    AtMost,
    /// Less than.
    #[serde(rename = "<")]
    Below,
}

/// What a zero denominator means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ZeroDenominator {
    /// The item does not apply (e.g. no members were recruited at all).
    #[default]
    Na,
    /// The requirement counts as met.
    Met,
    /// The requirement counts as not met.
    Unmet,
}

/// A ratio against a threshold.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RatioRule {
    /// Label of the numerator, e.g. `"达标党支部数"`.
    pub numerator: String,
    /// Label of the denominator, e.g. `"党支部总数"`.
    pub denominator: String,
    /// How the rate is compared with the threshold.
    pub compare: Compare,
    /// The threshold in percent, as an exact decimal (`"95"`, `"0.5"`).
    pub threshold: Decimal,
    /// True when every unit added to the numerator is also added to the
    /// denominator (a share of a total that grows, e.g. 高知识群体 among all
    /// new members). Changes how the gap is computed.
    #[serde(skip_serializing_if = "is_false")]
    pub share_of_total: bool,
    /// What a zero denominator means.
    pub zero_denominator: ZeroDenominator,
    /// How points are awarded.
    pub award: RatioAward,
    /// Noun phrase for the gap, e.g. `"个支部达标"` → "还差 1 个支部达标".
    pub gap_unit: String,
    /// Where the two counts come from when they are figures of the unit's
    /// own units (a committee's 达标率 counted over its branches' files).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<Link>,
}

/// A committee item's two counts, taken from its units' assessments of
/// another rubric: `{"rubric": "branch-standard", "numerator": "passed",
/// "denominator": "units"}` is the branches' 达标率; `{"sum": "recruits"}`
/// sums a count fact (or a count or ratio item) over the units' files.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Link {
    /// The id of the units' rubric.
    pub rubric: String,
    /// What the numerator counts.
    pub numerator: Figure,
    /// What the denominator counts.
    pub denominator: Figure,
}

/// A figure of a roll-up of the units' assessments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Figure {
    /// Units passing (达标) their rubric.
    Passed,
    /// Units rolled up.
    Units,
    /// The sum over the units of a count fact, or of a count item's count
    /// or a ratio item's numerator.
    Sum(String),
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// How a ratio item earns its points.
///
/// Written as an object whose `"mode"` names the variant (`{"mode":
/// "slope", "base": "6", "per_10pp": "1"}`); the variants without fields may
/// also be written as a bare string (`"proportional"`). Unknown fields are
/// rejected.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[serde(tag = "mode", rename_all = "snake_case")]
pub enum RatioAward {
    /// Full points when the comparison holds, none otherwise.
    #[default]
    AllOrNothing,
    /// Full points when it holds; otherwise points × rate ÷ threshold
    /// (for `>=`/`>`) or points × threshold ÷ rate (for `<=`/`<`), rounded
    /// down to 0.01, and never full points (a rate exactly at the threshold
    /// of a strict comparison earns 0.01 less).
    Proportional,
    /// `base` points at the threshold, plus `per_10pp` for every 10
    /// percentage points above it (minus below it), pro rata (5 points above
    /// adds half of `per_10pp`), kept within `floor`..=the item's points.
    /// For `<=`/`<` a rate below the threshold adds. Rounded down to 0.01.
    Slope {
        /// Points exactly at the threshold.
        base: Points,
        /// Points per 10 percentage points of difference.
        per_10pp: Points,
        /// Lowest points awarded.
        floor: Points,
    },
}

// ---------------------------------------------------------------------------
// Reading.

from_json_names!(Compare {
    ">=" => Compare::AtLeast,
    ">" => Compare::Above,
    "<=" => Compare::AtMost,
    "<" => Compare::Below,
});

from_json_names!(ZeroDenominator {
    "na" => ZeroDenominator::Na,
    "met" => ZeroDenominator::Met,
    "unmet" => ZeroDenominator::Unmet,
});

from_json_struct!(RatioRule {
    numerator,
    denominator,
    compare,
    threshold,
    share_of_total: default,
    zero_denominator: default,
    award: default,
    gap_unit,
    from: default
});

from_json_struct!(Link {
    rubric,
    numerator,
    denominator
});

impl FromJson for Figure {
    /// `"passed"`, `"units"` or `{"sum": "fact-or-item-id"}`.
    fn read(value: Json, at: &At<'_>) -> Read<Figure> {
        const NAMES: &[(&str, u8)] = &[("passed", 0), ("units", 1), ("sum", 2)];
        let (name, data) = match Tagged::read(value, at)? {
            Tagged::Unit(name) => (name, None),
            Tagged::With(name, data) => (name, Some(data)),
        };
        match (variant_named(&name, at, NAMES)?, data) {
            (2, Some(id)) => Ok(Figure::Sum(String::read(id, &at.key("sum"))?)),
            (2, None) => Err(at.problem(ProblemKind::NeedsFields {
                variant: "sum".into(),
                fields: vec!["sum".into()],
            })),
            (n, data) => {
                if let Some(data) = data {
                    no_fields(data, at)?;
                }
                Ok(if n == 0 {
                    Figure::Passed
                } else {
                    Figure::Units
                })
            }
        }
    }
}

#[derive(Clone, Copy)]
enum Mode {
    AllOrNothing,
    Proportional,
    Slope,
}

const MODES: &[(&str, Mode)] = &[
    ("all_or_nothing", Mode::AllOrNothing),
    ("proportional", Mode::Proportional),
    ("slope", Mode::Slope),
];

impl FromJson for RatioAward {
    /// `"proportional"`, or `{"mode": "slope", "base": …, "per_10pp": …}`.
    fn read(value: Json, at: &At<'_>) -> Read<RatioAward> {
        let (mode, rest) = name_or_tagged(value, at, "mode", MODES)?;
        match (mode, rest) {
            (Mode::Slope, None) => Err(at.problem(ProblemKind::NeedsFields {
                variant: "slope".into(),
                fields: vec!["base".into(), "per_10pp".into()],
            })),
            (Mode::Slope, Some(rest)) => {
                let mut f = Fields::strict(rest, at, &["base", "per_10pp", "floor"])?;
                Ok(RatioAward::Slope {
                    base: f.req("base")?,
                    per_10pp: f.req("per_10pp")?,
                    floor: f.or_default("floor")?,
                })
            }
            (mode, rest) => {
                if let Some(rest) = rest {
                    no_fields(rest, at)?;
                }
                Ok(match mode {
                    Mode::Proportional => RatioAward::Proportional,
                    _ => RatioAward::AllOrNothing,
                })
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Checking and scoring.

impl Rule for RatioRule {
    fn expects(&self) -> Expected {
        Expected::Ratio
    }

    fn check(&self, at: &mut RuleCheck<'_>) {
        if self.threshold.is_negative() || self.threshold > Decimal::from_int(100) {
            at.add(
                "threshold",
                ProblemKind::ThresholdRange {
                    found: self.threshold,
                },
            );
        } else if (self.compare == Compare::Above && self.threshold == Decimal::from_int(100))
            || (self.compare == Compare::Below && self.threshold == Decimal::ZERO)
        {
            at.add("threshold", ProblemKind::Unmeetable);
        }
        if let RatioAward::Slope { base, floor, .. } = &self.award {
            at.not_above_points("award.base", *base);
            at.not_above_points("award.floor", *floor);
        }
    }

    fn evaluate(&self, at: &ItemAt<'_>, value: &Value) -> Option<Eval> {
        Some(
            match at.pair(value, (&self.numerator, &self.denominator))? {
                Ok(Some((n, d))) => self.score(at.points, n, d),
                Ok(None) => Eval::BLANK,
                Err(e) => e,
            },
        )
    }
}

impl RatioRule {
    /// Scores `n` of `d`.
    pub(crate) fn score(&self, points: i128, n: u64, d: u64) -> Eval {
        let rate = ratio::percent_one_decimal(n, d);
        let detail = |met| {
            Some(Detail::Ratio {
                numerator: n,
                denominator: d,
                rate: rate.clone(),
                met,
            })
        };
        if d == 0 {
            let met = match self.zero_denominator {
                ZeroDenominator::Na => {
                    return Eval::Na {
                        detail: detail(false),
                    }
                }
                ZeroDenominator::Met => true,
                ZeroDenominator::Unmet => false,
            };
            return Eval::Scored {
                earned: if met { points } else { 0 },
                gap: (!met).then(|| self.gap(n, d)).flatten(),
                detail: detail(met),
                at_floor: false,
            };
        }
        let met = ratio::meets(n, d, self.compare, self.threshold);
        let earned = ratio::award(
            &self.award,
            super::to_points(points),
            n,
            d,
            self.compare,
            self.threshold,
        );
        Eval::Scored {
            earned: i128::from(earned.hundredths()),
            gap: if met { None } else { self.gap(n, d) },
            detail: detail(met),
            at_floor: false,
        }
    }

    fn gap(&self, n: u64, d: u64) -> Option<Gap> {
        let more = matches!(self.compare, Compare::AtLeast | Compare::Above);
        match ratio::needed(n, d, self.compare, self.threshold, self.share_of_total) {
            Needed::Met => None,
            Needed::Unreachable => Some(Gap::Unreachable),
            Needed::Change(k) if more => Some(Gap::More {
                k,
                unit: self.gap_unit.clone(),
            }),
            Needed::Change(k) => Some(Gap::Fewer {
                k,
                unit: self.gap_unit.clone(),
            }),
        }
    }
}
