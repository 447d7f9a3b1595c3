//! The scoring kinds. Each kind is one module holding everything about it:
//! its rule (the rubric's `"scoring"` object) and how that rule is read,
//! checked and scored, and which [`Gap`](crate::Gap) it reports. The list in
//! [`kinds!`] below names every kind once; the [`Scoring`] enum, its reader,
//! its kind names and the dispatch to each kind's [`Rule`] are generated
//! from it.
//!
//! Adding a kind is described step by step in `docs/architecture.md`.

use serde::Serialize;
use serde_json::Value as Json;

use crate::answers::Value;
use crate::decimal::{Decimal, Points};
use crate::json::{variant, variant_named, At, Fields, FromJson, Read};
use crate::model::{Item, Rubric};
use crate::problem::{Expect, ProblemKind};
use crate::report::{AnswerError, AnswerErrorKind, Detail, Gap};
use crate::validate::Validator;

mod bonus;
mod checklist;
mod count;
mod coverage;
mod deadline;
mod deduction;
mod frequency;
mod levels;
mod ratio;
mod veto;

pub use bonus::BonusRule;
pub use checklist::ChecklistRule;
pub use count::{CountAward, CountRule};
pub use coverage::CoverageRule;
pub use deadline::DeadlineRule;
pub use deduction::DeductionRule;
pub use frequency::{FrequencyRule, Per};
pub use levels::{LevelOption, LevelsRule};
pub use ratio::{Compare, Figure, Link, RatioAward, RatioRule, ZeroDenominator};
pub use veto::{VetoEffect, VetoRule};

/// Declares the kinds: `Variant(Rule) = "wire name"`, each with its doc.
macro_rules! kinds {
    ($( $(#[$doc:meta])* $variant:ident($rule:ty) = $name:literal, )*) => {
        /// How an item is scored. Each kind is documented in
        /// `docs/rubric-format.md`.
        ///
        /// Written as an object whose `"kind"` names the variant, with the
        /// variant's fields beside it. Its reader takes the tag first, so
        /// unknown fields are rejected and errors are located inside the
        /// object.
        #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
        #[serde(tag = "kind")]
        pub enum Scoring {
            $( $(#[$doc])* #[serde(rename = $name)] $variant($rule), )*
        }

        impl Scoring {
            /// Every kind's name as written in rubric files, in the order
            /// of [`Scoring`]'s variants.
            pub const NAMES: &'static [&'static str] = &[$($name),*];

            /// The kind's name as written in rubric files.
            pub fn kind_name(&self) -> &'static str {
                match self { $( Scoring::$variant(_) => $name, )* }
            }
        }

        /// Each call goes to the kind's own rule through a `match`, which
        /// the compiler can inline, rather than through a `&dyn Rule`
        /// (0.8 KB gzip less WebAssembly).
        impl Rule for Scoring {
            fn role(&self) -> Role {
                match self { $( Scoring::$variant(rule) => rule.role(), )* }
            }
            fn expects(&self) -> Expected {
                match self { $( Scoring::$variant(rule) => rule.expects(), )* }
            }
            fn evaluate(&self, at: &ItemAt<'_>, value: &Value) -> Option<Eval> {
                match self { $( Scoring::$variant(rule) => rule.evaluate(at, value), )* }
            }
            fn check(&self, at: &mut RuleCheck<'_>) {
                match self { $( Scoring::$variant(rule) => rule.check(at), )* }
            }
        }

        impl FromJson for Scoring {
            fn read(value: Json, at: &At<'_>) -> Read<Scoring> {
                #[derive(Clone, Copy)]
                enum Tag { $($variant,)* }
                let (tag, rest) =
                    split_tag(value, at, "kind", &[$(($name, Tag::$variant)),*])?;
                Ok(match tag {
                    $( Tag::$variant => Scoring::$variant(FromJson::read(rest, at)?), )*
                })
            }
        }
    };
}

kinds! {
    /// A ratio compared with a percentage threshold.
    Ratio(RatioRule) = "ratio",
    /// A required number of occurrences in every sub-period.
    Frequency(FrequencyRule) = "frequency",
    /// `x` of a required `target`.
    Count(CountRule) = "count",
    /// Done / partly / not done.
    Checklist(ChecklistRule) = "checklist",
    /// One of several named levels, each worth set points.
    Levels(LevelsRule) = "levels",
    /// Points off per occurrence of an event.
    Deduction(DeductionRule) = "deduction",
    /// Extra points per occurrence, up to the item's points.
    Bonus(BonusRule) = "bonus",
    /// 一票否决: when triggered, overrides the total or grade.
    Veto(VetoRule) = "veto",
    /// A task with a due date.
    Deadline(DeadlineRule) = "deadline",
    /// Everyone of a group reached (全覆盖): `reached` of `all`.
    Coverage(CoverageRule) = "coverage",
}

/// How an item's points enter the section and the total.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Counts towards its section.
    Scored,
    /// Added on top of the total, up to the item's points.
    Bonus,
    /// Worth nothing; when triggered, overrides the total or grade.
    Veto,
}

/// The answer an item takes, named in messages about an answer of the
/// wrong kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Expected {
    /// A numerator and a denominator.
    Ratio,
    /// One count per sub-period.
    Counts,
    /// A number.
    Count,
    /// How many times an event occurred.
    Occurrences,
    /// Done / partly / not done.
    Check,
    /// A level's name.
    Level,
    /// Whether an event occurred.
    Triggered,
    /// A date of completion, or "not completed".
    Completion,
    /// A number for a fact (人数、个数), not yes/no.
    FactCount,
    /// Yes or no for a fact.
    FactFlag,
}

/// What one kind knows: how its answers score and which of its rules are
/// faulty. Implemented by every kind's rule type, and by [`Scoring`], which
/// passes each call on to its kind's rule.
pub(crate) trait Rule {
    /// How the item's points count.
    fn role(&self) -> Role {
        Role::Scored
    }

    /// The answer the kind takes.
    fn expects(&self) -> Expected;

    /// Scores `value`; `None` when it is an answer of another kind.
    fn evaluate(&self, at: &ItemAt<'_>, value: &Value) -> Option<Eval>;

    /// Reports what the file format cannot express about the rule.
    fn check(&self, at: &mut RuleCheck<'_>);
}

/// The item being scored.
pub(crate) struct ItemAt<'a> {
    /// The item.
    pub item: &'a Item,
    /// Its points in hundredths (0 for a veto).
    pub points: i128,
    /// The assessed calendar year.
    pub year: i32,
}

impl ItemAt<'_> {
    /// An unusable answer at `field`.
    pub fn error(&self, field: impl Into<String>, kind: AnswerErrorKind) -> Eval {
        Eval::Invalid(AnswerError {
            item: self.item.id.clone(),
            field: field.into(),
            kind,
        })
    }

    /// A count as typed: `Ok(None)` when blank, an [`Eval::Invalid`] when
    /// it is not a count.
    pub fn count(&self, text: &str, field: &str) -> Result<Option<u64>, Eval> {
        parse_count(text).map_err(|kind| self.error(field, kind))
    }

    /// The two counts of a ratio answer (part of a whole): `Ok(None)` while
    /// either is blank; an [`Eval::Invalid`] for one that is not a count or
    /// a part larger than its whole, named with the rubric's `labels`.
    pub fn pair(
        &self,
        value: &Value,
        labels: (&str, &str),
    ) -> Option<Result<Option<(u64, u64)>, Eval>> {
        let Value::Ratio {
            numerator,
            denominator,
        } = value
        else {
            return None;
        };
        let n = self.count(numerator, "numerator");
        let d = self.count(denominator, "denominator");
        Some(match (n, d) {
            (Err(e), _) | (_, Err(e)) => Err(e),
            (Ok(Some(n)), Ok(Some(d))) if n > d => Err(self.error(
                "numerator",
                AnswerErrorKind::NumeratorAboveDenominator {
                    numerator: n,
                    denominator: d,
                    numerator_label: labels.0.to_owned(),
                    denominator_label: labels.1.to_owned(),
                },
            )),
            (Ok(Some(n)), Ok(Some(d))) => Ok(Some((n, d))),
            _ => Ok(None),
        })
    }
}

/// The outcome of evaluating an item's answer.
pub(crate) enum Eval {
    Scored {
        earned: i128,
        gap: Option<Gap>,
        detail: Option<Detail>,
        /// Lost something and stopped at a positive floor: counts as unmet.
        at_floor: bool,
    },
    Na {
        detail: Option<Detail>,
    },
    Incomplete {
        gap: Option<Gap>,
        detail: Option<Detail>,
    },
    Invalid(AnswerError),
}

impl Eval {
    /// Not answered yet.
    pub const BLANK: Eval = Eval::Incomplete {
        gap: None,
        detail: None,
    };

    /// Scored, not at a floor, without figures.
    pub fn scored(earned: i128, gap: Option<Gap>) -> Eval {
        Eval::Scored {
            earned,
            gap,
            detail: None,
            at_floor: false,
        }
    }
}

/// Where a rule is being checked, and the sink for its problems.
pub(crate) struct RuleCheck<'a> {
    pub(crate) v: &'a mut Validator,
    /// The rubric (for grades a veto names).
    pub rubric: &'a Rubric,
    /// The item.
    pub item: &'a Item,
    /// The item's path, `sections[0].items[2]`.
    pub item_path: &'a str,
}

impl RuleCheck<'_> {
    /// A problem at `scoring.<field>` (`field` empty: the rule itself).
    pub fn add(&mut self, field: &str, kind: ProblemKind) {
        let path = if field.is_empty() {
            format!("{}.scoring", self.item_path)
        } else {
            format!("{}.scoring.{field}", self.item_path)
        };
        self.v.add(path, kind);
    }

    /// A problem at the item's own `field` (e.g. `points`).
    pub fn add_to_item(&mut self, field: &str, kind: ProblemKind) {
        self.v.add(format!("{}.{field}", self.item_path), kind);
    }

    /// `p` at `scoring.<field>` must not exceed the item's points.
    pub fn not_above_points(&mut self, field: &str, p: Points) {
        let points = self.item.points;
        if p > points {
            self.add(field, ProblemKind::AboveItemPoints { found: p, points });
        }
    }

    /// `d` at `scoring.<field>` must be a share between 0 and 1.
    pub fn share(&mut self, field: &str, d: Decimal) {
        if d < Decimal::ZERO || d > Decimal::from_int(1) {
            self.add(field, ProblemKind::NotAShare { found: d });
        }
    }

    /// `n` at `scoring.<field>` must be at least 1.
    pub fn at_least_one(&mut self, field: &str, n: u64) {
        if n < 1 {
            self.add(field, ProblemKind::BelowOne);
        }
    }

    /// `text` at `scoring.<field>` must not be blank.
    pub fn not_empty(&mut self, field: &str, text: &str) {
        if text.trim().is_empty() {
            self.add(field, ProblemKind::Empty);
        }
    }
}

/// Counts above this are rejected as implausible (and keep all arithmetic far
/// from overflow).
pub const MAX_COUNT: u64 = 1_000_000_000_000;

/// Parses a count as typed (full-width digits allowed): `Ok(None)` for a
/// blank.
pub fn parse_count(text: &str) -> Result<Option<u64>, AnswerErrorKind> {
    let mut s = String::with_capacity(text.len());
    for c in text.trim().chars() {
        match c {
            '０'..='９' => {
                let v = u32::from(c) - u32::from('０');
                s.push(char::from_digit(v, 10).unwrap_or('0'));
            }
            '－' => s.push('-'),
            '．' => s.push('.'),
            _ => s.push(c),
        }
    }
    if s.is_empty() {
        return Ok(None);
    }
    let input = text.trim().to_owned();
    let digits = s.strip_prefix(['+', '-']).unwrap_or(&s);
    let all_digits = digits.bytes().all(|b| b.is_ascii_digit());
    match s.parse::<Decimal>() {
        Err(_) if all_digits && !digits.is_empty() && s.starts_with('-') => {
            Err(AnswerErrorKind::Negative { input })
        }
        Err(_) if all_digits && !digits.is_empty() => Err(AnswerErrorKind::TooLarge { input }),
        Err(_) => Err(AnswerErrorKind::NotANumber { input }),
        Ok(d) if d.is_negative() => Err(AnswerErrorKind::Negative { input }),
        Ok(d) if d.scale() > 0 => Err(AnswerErrorKind::NotWhole { input }),
        Ok(d) => match u64::try_from(d.units()) {
            Ok(n) if n <= MAX_COUNT => Ok(Some(n)),
            _ => Err(AnswerErrorKind::TooLarge { input }),
        },
    }
}

/// `a × b ÷ c`, rounded down; 0 for a `c` of 0 or less.
pub(crate) fn mul_div_floor(a: i128, b: i128, c: i128) -> i128 {
    if c <= 0 {
        return 0;
    }
    a.saturating_mul(b).div_euclid(c)
}

/// Hundredths as [`Points`], saturating.
pub(crate) fn to_points(v: i128) -> Points {
    let clamped = v.clamp(i128::from(i64::MIN), i128::from(i64::MAX));
    Points(i64::try_from(clamped).unwrap_or(0))
}

/// `points` less `per` for each of `n`, kept at `floor` or above; and
/// whether it stopped at the floor having lost something.
pub(crate) fn deduct(points: i128, per: Points, n: u64, floor: Points) -> (i128, bool) {
    let per = i128::from(per.hundredths().max(0));
    let floor = i128::from(floor.hundredths()).clamp(0, points);
    let earned = points
        .saturating_sub(per.saturating_mul(i128::from(n)))
        .max(floor);
    (earned, n > 0 && earned == floor)
}

// ---------------------------------------------------------------------------
// Reading helpers shared by the kinds.

/// Takes the tag field `tag` out of an object and reads it as one of
/// `variants`; the remaining fields are returned as an object.
pub(crate) fn split_tag<T: Copy>(
    value: Json,
    at: &At<'_>,
    tag: &'static str,
    variants: &[(&str, T)],
) -> Read<(T, Json)> {
    let mut f = Fields::of(value, at, Expect::Tagged { tag })?;
    let Some(name) = f.take(tag) else {
        return Err(at.problem(ProblemKind::MissingField {
            field: tag.to_owned(),
        }));
    };
    let v = variant(name, &at.key(tag), variants)?;
    Ok((v, f.into_value()))
}

/// A bare name (`"proportional"`), or an object tagged by `tag` whose other
/// fields are returned.
pub(crate) fn name_or_tagged<T: Copy>(
    value: Json,
    at: &At<'_>,
    tag: &'static str,
    variants: &[(&str, T)],
) -> Read<(T, Option<Json>)> {
    match value {
        Json::String(name) => Ok((variant_named(&name, at, variants)?, None)),
        other => split_tag(other, at, tag, variants).map(|(v, rest)| (v, Some(rest))),
    }
}

/// The remaining fields of a tagged object whose variant has none.
pub(crate) fn no_fields(rest: Json, at: &At<'_>) -> Read<()> {
    Fields::lenient(rest, at)?.only(&[])
}
