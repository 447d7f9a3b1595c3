//! Scoring an assessment's answers against a rubric.
//!
//! The rules are described for rubric authors in `docs/rubric-format.md`.
//! Every figure is an integer (counts, hundredths of a point); every division
//! rounds down. Nothing here panics, whatever the answers or the rubric hold:
//! an unvalidated rubric gives a report that may make little sense, but a
//! report all the same.

use crate::answers::{Answers, Check, Completion, FactAnswer, ItemAnswer, Value};
use crate::date::{Date, DateError, Due};
use crate::decimal::{Decimal, Points};
use crate::model::{
    ChecklistRule, Compare, CountAward, CountRule, DeadlineRule, FrequencyRule, Item, LevelsRule,
    NaPolicy, RatioRule, Rubric, Scoring, VetoEffect, ZeroDenominator,
};
use crate::ratio::{self, Needed};
use crate::report::{
    AnswerError, AnswerErrorKind, Detail, Gap, ItemReport, MissedPeriod, Report, SectionReport,
    Status, VetoOutcome,
};

/// Counts above this are rejected as implausible (and keep all arithmetic far
/// from overflow).
pub const MAX_COUNT: u64 = 1_000_000_000_000;

impl Rubric {
    /// Scores `answers` for the calendar `year` assessed; see [`score`].
    pub fn score(&self, answers: &Answers, year: i32) -> Report {
        score(self, answers, year)
    }
}

/// Scores `answers` against `rubric` for the calendar `year` assessed (the
/// year `MM-DD` deadlines fall in).
///
/// Answers to items or facts the rubric does not have are ignored and listed
/// in [`Report::unknown_answers`] and [`Report::unknown_facts`].
pub fn score(rubric: &Rubric, answers: &Answers, year: i32) -> Report {
    let mut items = Vec::new();
    let mut sections = Vec::new();
    let mut vetoes: Vec<(usize, VetoOutcome)> = Vec::new();
    let mut bonus_sum: i128 = 0;
    let mut section_earned_sum: i128 = 0;
    let mut section_possible_sum: i128 = 0;
    let mut max: i128 = 0;

    for section in &rubric.sections {
        let sec_points = i128::from(section.points.hundredths().max(0));
        max = max.saturating_add(sec_points);
        let mut e_sum: i128 = 0;
        let mut p_sum: i128 = 0;
        let mut answered = 0;
        let mut applicable_items = 0;
        for item in &section.items {
            let report = score_item(rubric, item, &section.id, answers, year);
            let e = i128::from(report.earned.hundredths());
            let p = i128::from(report.possible.hundredths());
            if report.status != Status::Na {
                applicable_items += 1;
                if report.status.is_answered() {
                    answered += 1;
                }
            }
            match &item.scoring {
                Scoring::Bonus(_) => {
                    if report.status != Status::Na {
                        bonus_sum = bonus_sum.saturating_add(e);
                    }
                }
                Scoring::Veto(rule) => {
                    if report.status == Status::Unmet {
                        vetoes.push((
                            severity(rubric, &rule.effect),
                            VetoOutcome {
                                item: item.id.clone(),
                                effect: rule.effect.clone(),
                            },
                        ));
                    }
                }
                _ => {
                    let counts =
                        report.status != Status::Na || rubric.na_policy == NaPolicy::FullMarks;
                    if counts {
                        e_sum = e_sum.saturating_add(e);
                        p_sum = p_sum.saturating_add(p);
                    }
                }
            }
            items.push(report);
        }
        let counts = p_sum > 0;
        let earned = if counts {
            mul_div_floor(e_sum.min(p_sum), sec_points, p_sum)
        } else {
            0
        };
        let possible = if counts { sec_points } else { 0 };
        section_earned_sum = section_earned_sum.saturating_add(earned);
        section_possible_sum = section_possible_sum.saturating_add(possible);
        sections.push(SectionReport {
            id: section.id.clone(),
            earned: to_points(earned),
            possible: to_points(possible),
            applicable: applicable_items > 0,
            answered,
            applicable_items,
        });
    }

    let base = if section_possible_sum > 0 {
        mul_div_floor(section_earned_sum, max, section_possible_sum)
    } else {
        0
    };
    let bonus = match rubric.bonus_cap {
        Some(cap) => bonus_sum.min(i128::from(cap.hundredths().max(0))),
        None => bonus_sum,
    };
    let mut total = base.saturating_add(bonus);

    // The most severe veto decides what is reported; all of them apply.
    vetoes.sort_by_key(|(sev, _)| std::cmp::Reverse(*sev));
    if vetoes
        .iter()
        .any(|(_, v)| v.effect == VetoEffect::ZeroTotal)
    {
        total = 0;
    }
    let grade = grade_for(rubric, total, vetoes.iter().map(|(_, v)| &v.effect));

    let answered = items.iter().filter(|i| i.status.is_answered()).count();
    let applicable = items.iter().filter(|i| i.status != Status::Na).count();
    let unknown_answers = unknown_answers(rubric, answers);
    let unknown_facts = answers
        .facts
        .keys()
        .filter(|id| !rubric.facts.iter().any(|f| &f.id == *id))
        .cloned()
        .collect();

    Report {
        total: to_points(total),
        max: to_points(max),
        bonus: to_points(bonus),
        grade,
        veto: vetoes.into_iter().next().map(|(_, v)| v),
        answered,
        applicable,
        sections,
        items,
        unknown_answers,
        unknown_facts,
    }
}

/// Higher is more severe.
fn severity(rubric: &Rubric, effect: &VetoEffect) -> usize {
    let bands = rubric.grades.len();
    match effect {
        VetoEffect::ZeroTotal => bands + 2,
        VetoEffect::LowestGrade => bands + 1,
        VetoEffect::CapGrade { grade } => rubric
            .grades
            .iter()
            .position(|g| &g.name == grade)
            .unwrap_or(0),
    }
}

fn grade_for<'a>(
    rubric: &Rubric,
    total: i128,
    effects: impl Iterator<Item = &'a VetoEffect>,
) -> Option<String> {
    let last = rubric.grades.len().checked_sub(1)?;
    let mut index = rubric
        .grades
        .iter()
        .position(|g| i128::from(g.min.hundredths()) <= total)
        .unwrap_or(last);
    for effect in effects {
        match effect {
            VetoEffect::ZeroTotal => {}
            VetoEffect::LowestGrade => index = last,
            VetoEffect::CapGrade { grade } => {
                if let Some(cap) = rubric.grades.iter().position(|g| &g.name == grade) {
                    index = index.max(cap);
                }
            }
        }
    }
    rubric.grades.get(index).map(|g| g.name.clone())
}

fn mul_div_floor(a: i128, b: i128, c: i128) -> i128 {
    if c <= 0 {
        return 0;
    }
    a.saturating_mul(b).div_euclid(c)
}

fn to_points(v: i128) -> Points {
    let clamped = v.clamp(i128::from(i64::MIN), i128::from(i64::MAX));
    Points(i64::try_from(clamped).unwrap_or(0))
}

// ---------------------------------------------------------------------------
// One item.

/// The outcome of evaluating an item's answer.
enum Eval {
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

enum Applies {
    Yes,
    No,
    Unknown,
    Invalid(AnswerError),
}

/// The ids of answers to items the rubric does not have, in id order.
fn unknown_answers(rubric: &Rubric, answers: &Answers) -> Vec<String> {
    let all_items = || rubric.sections.iter().flat_map(|s| &s.items);
    // Usually every answer belongs to an item: one lookup per item shows it.
    let known = all_items()
        .filter(|i| answers.items.contains_key(&i.id))
        .count();
    if known == answers.items.len() {
        return Vec::new();
    }
    let mut ids: Vec<&str> = all_items().map(|i| i.id.as_str()).collect();
    ids.sort_unstable();
    answers
        .items
        .keys()
        .filter(|id| ids.binary_search(&id.as_str()).is_err())
        .cloned()
        .collect()
}

fn score_item(
    rubric: &Rubric,
    item: &Item,
    section: &str,
    answers: &Answers,
    year: i32,
) -> ItemReport {
    let is_bonus = matches!(item.scoring, Scoring::Bonus(_));
    let is_veto = matches!(item.scoring, Scoring::Veto(_));
    let points = if is_veto {
        0
    } else {
        i128::from(item.points.hundredths().max(0))
    };
    let mut report = ItemReport {
        id: item.id.clone(),
        section: section.to_owned(),
        status: Status::Incomplete,
        earned: Points::ZERO,
        possible: to_points(points),
        bonus: is_bonus,
        na_ignored: false,
        gap: None,
        error: None,
        detail: None,
    };
    let answer = answers.items.get(&item.id);

    let eval = match applicability(item, answers) {
        Applies::No => Eval::Na { detail: None },
        Applies::Unknown => Eval::Incomplete {
            gap: None,
            detail: None,
        },
        Applies::Invalid(e) => Eval::Invalid(e),
        Applies::Yes => match answer {
            Some(a) if a.na && item.na_allowed => Eval::Na { detail: None },
            Some(a) => {
                report.na_ignored = a.na;
                evaluate(item, points, a, year)
            }
            None => Eval::Incomplete {
                gap: None,
                detail: None,
            },
        },
    };

    match eval {
        Eval::Na { detail } => {
            report.status = Status::Na;
            report.detail = detail;
            let full = rubric.na_policy == NaPolicy::FullMarks && !is_bonus;
            report.earned = if full {
                to_points(points)
            } else {
                Points::ZERO
            };
        }
        Eval::Incomplete { gap, detail } => {
            report.status = Status::Incomplete;
            report.gap = gap;
            report.detail = detail;
        }
        Eval::Invalid(e) => {
            report.status = Status::Invalid;
            report.error = Some(e);
        }
        Eval::Scored {
            earned,
            gap,
            detail,
            at_floor,
        } => {
            let earned = earned.clamp(0, points);
            report.earned = to_points(earned);
            report.detail = detail;
            report.status = if is_veto {
                if gap.is_some() {
                    Status::Unmet
                } else {
                    Status::Met
                }
            } else if earned >= points {
                Status::Met
            } else if earned == 0 || at_floor {
                Status::Unmet
            } else {
                Status::Partly
            };
            // A bonus not earned is not something missing.
            report.gap = if is_bonus { None } else { gap };
        }
    }
    report
}

fn applicability(item: &Item, answers: &Answers) -> Applies {
    let Some(cond) = &item.applies_if else {
        return Applies::Yes;
    };
    let field = format!("facts.{}", cond.fact);
    let err = |kind, message: String| {
        Applies::Invalid(AnswerError {
            item: item.id.clone(),
            field: field.clone(),
            kind,
            message,
        })
    };
    match (answers.facts.get(&cond.fact), cond.at_least, cond.is) {
        (None, _, _) => Applies::Unknown,
        (Some(FactAnswer::Count(text)), Some(min), _) => match parse_count(text) {
            Ok(None) => Applies::Unknown,
            Ok(Some(n)) => {
                if n >= min {
                    Applies::Yes
                } else {
                    Applies::No
                }
            }
            Err((kind, message)) => err(kind, message),
        },
        (Some(FactAnswer::Flag(b)), None, Some(want)) => {
            if *b == want {
                Applies::Yes
            } else {
                Applies::No
            }
        }
        (Some(FactAnswer::Flag(_)), Some(_), _) => err(
            AnswerErrorKind::WrongKind,
            "此项应填写人数或个数，而不是“是/否”".to_owned(),
        ),
        (Some(FactAnswer::Count(_)), None, Some(_)) => {
            err(AnswerErrorKind::WrongKind, "此项应选择“是/否”".to_owned())
        }
        // A condition testing nothing (an unvalidated rubric) always holds.
        (Some(_), None, None) => Applies::Yes,
    }
}

fn evaluate(item: &Item, points: i128, answer: &ItemAnswer, year: i32) -> Eval {
    let Some(value) = &answer.value else {
        return Eval::Incomplete {
            gap: None,
            detail: None,
        };
    };
    let error = |field: &str, kind: AnswerErrorKind, message: String| {
        Eval::Invalid(AnswerError {
            item: item.id.clone(),
            field: field.to_owned(),
            kind,
            message,
        })
    };
    let count_field = |text: &str, field: &str| -> Result<Option<u64>, Eval> {
        parse_count(text).map_err(|(kind, message)| error(field, kind, message))
    };
    match (&item.scoring, value) {
        (
            Scoring::Ratio(rule),
            Value::Ratio {
                numerator,
                denominator,
            },
        ) => {
            let n = count_field(numerator, "numerator");
            let d = count_field(denominator, "denominator");
            match (n, d) {
                (Err(e), _) | (_, Err(e)) => e,
                (Ok(Some(n)), Ok(Some(d))) if n > d => error(
                    "numerator",
                    AnswerErrorKind::NumeratorAboveDenominator,
                    format!(
                        "{}（{n}）不能大于{}（{d}）",
                        rule.numerator, rule.denominator
                    ),
                ),
                (Ok(Some(n)), Ok(Some(d))) => eval_ratio(rule, points, n, d),
                _ => Eval::Incomplete {
                    gap: None,
                    detail: None,
                },
            }
        }
        (Scoring::Frequency(rule), Value::Counts(counts)) => {
            eval_frequency(item, rule, points, counts)
        }
        (Scoring::Count(rule), Value::Count(text)) => match count_field(text, "count") {
            Err(e) => e,
            Ok(None) => Eval::Incomplete {
                gap: None,
                detail: None,
            },
            Ok(Some(x)) => eval_count(rule, points, x),
        },
        (Scoring::Checklist(rule), Value::Check(check)) => eval_checklist(rule, points, *check),
        (Scoring::Levels(rule), Value::Level(name)) => eval_levels(rule, points, name, &error),
        (Scoring::Deduction(rule), Value::Count(text)) => match count_field(text, "count") {
            Err(e) => e,
            Ok(None) => Eval::Incomplete {
                gap: None,
                detail: None,
            },
            Ok(Some(n)) => {
                let per = i128::from(rule.per.hundredths().max(0));
                let floor = i128::from(rule.floor.hundredths()).clamp(0, points);
                let earned = points
                    .saturating_sub(per.saturating_mul(i128::from(n)))
                    .max(floor);
                Eval::Scored {
                    earned,
                    gap: (n > 0).then(|| Gap::Occurrences {
                        n,
                        event: rule.event.clone(),
                    }),
                    detail: Some(Detail::Occurrences { n }),
                    at_floor: n > 0 && earned == floor,
                }
            }
        },
        (Scoring::Bonus(rule), Value::Count(text)) => match count_field(text, "count") {
            Err(e) => e,
            Ok(None) => Eval::Incomplete {
                gap: None,
                detail: None,
            },
            Ok(Some(n)) => {
                let per = i128::from(rule.per.hundredths().max(0));
                Eval::Scored {
                    earned: per.saturating_mul(i128::from(n)).min(points),
                    gap: None,
                    detail: Some(Detail::Occurrences { n }),
                    at_floor: false,
                }
            }
        },
        (Scoring::Veto(rule), Value::Triggered(triggered)) => Eval::Scored {
            earned: 0,
            gap: triggered.then(|| Gap::Vetoed {
                event: rule.event.clone(),
            }),
            detail: None,
            at_floor: false,
        },
        (Scoring::Deadline(rule), Value::Completion(done)) => {
            eval_deadline(rule, points, done, year, &error)
        }
        (scoring, _) => error(
            "value",
            AnswerErrorKind::WrongKind,
            format!("此项应填写{}", expected_value(scoring)),
        ),
    }
}

fn expected_value(scoring: &Scoring) -> &'static str {
    match scoring {
        Scoring::Ratio(_) => "分子和分母",
        Scoring::Frequency(_) => "各时段的次数",
        Scoring::Count(_) => "数量",
        Scoring::Checklist(_) => "完成情况",
        Scoring::Levels(_) => "评定档次",
        Scoring::Deduction(_) | Scoring::Bonus(_) => "发生次数",
        Scoring::Veto(_) => "是否发生",
        Scoring::Deadline(_) => "完成日期或“未完成”",
    }
}

/// Parses a count as typed: `Ok(None)` for a blank.
fn parse_count(text: &str) -> Result<Option<u64>, (AnswerErrorKind, String)> {
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
    let shown = text.trim();
    let digits = s.strip_prefix(['+', '-']).unwrap_or(&s);
    let all_digits = digits.bytes().all(|b| b.is_ascii_digit());
    match s.parse::<Decimal>() {
        Err(_) if all_digits && !digits.is_empty() && s.starts_with('-') => Err((
            AnswerErrorKind::Negative,
            format!("“{shown}”是负数，请填写 0 或正整数"),
        )),
        Err(_) if all_digits && !digits.is_empty() => {
            Err((AnswerErrorKind::TooLarge, format!("“{shown}”过大，请核对")))
        }
        Err(_) => Err((
            AnswerErrorKind::NotANumber,
            format!("“{shown}”不是数字，请填写整数"),
        )),
        Ok(d) if d.is_negative() => Err((
            AnswerErrorKind::Negative,
            format!("“{shown}”是负数，请填写 0 或正整数"),
        )),
        Ok(d) if d.scale() > 0 => Err((
            AnswerErrorKind::NotWhole,
            format!("“{shown}”不是整数，请填写整数"),
        )),
        Ok(d) => match u64::try_from(d.units()) {
            Ok(n) if n <= MAX_COUNT => Ok(Some(n)),
            _ => Err((AnswerErrorKind::TooLarge, format!("“{shown}”过大，请核对"))),
        },
    }
}

fn eval_ratio(rule: &RatioRule, points: i128, n: u64, d: u64) -> Eval {
    let rate = ratio::percent_one_decimal(n, d);
    if d == 0 {
        let met = match rule.zero_denominator {
            ZeroDenominator::Na => {
                return Eval::Na {
                    detail: Some(Detail::Ratio {
                        numerator: n,
                        denominator: d,
                        rate,
                        met: false,
                    }),
                }
            }
            ZeroDenominator::Met => true,
            ZeroDenominator::Unmet => false,
        };
        let gap = (!met).then(|| ratio_gap(rule, n, d)).flatten();
        return Eval::Scored {
            earned: if met { points } else { 0 },
            gap,
            detail: Some(Detail::Ratio {
                numerator: n,
                denominator: d,
                rate,
                met,
            }),
            at_floor: false,
        };
    }
    let met = ratio::meets(n, d, rule.compare, rule.threshold);
    let earned = ratio::award(
        &rule.award,
        to_points(points),
        n,
        d,
        rule.compare,
        rule.threshold,
    );
    Eval::Scored {
        earned: i128::from(earned.hundredths()),
        gap: if met { None } else { ratio_gap(rule, n, d) },
        detail: Some(Detail::Ratio {
            numerator: n,
            denominator: d,
            rate,
            met,
        }),
        at_floor: false,
    }
}

fn ratio_gap(rule: &RatioRule, n: u64, d: u64) -> Option<Gap> {
    let more = matches!(rule.compare, Compare::AtLeast | Compare::Above);
    match ratio::needed(n, d, rule.compare, rule.threshold, rule.share_of_total) {
        Needed::Met => None,
        Needed::Unreachable => Some(Gap::Unreachable),
        Needed::Change(k) if more => Some(Gap::More {
            k,
            unit: rule.gap_unit.clone(),
        }),
        Needed::Change(k) => Some(Gap::Fewer {
            k,
            unit: rule.gap_unit.clone(),
        }),
    }
}

fn eval_frequency(item: &Item, rule: &FrequencyRule, points: i128, counts: &[String]) -> Eval {
    let periods = rule.per.periods();
    if counts.len() != periods {
        return Eval::Invalid(AnswerError {
            item: item.id.clone(),
            field: "counts".to_owned(),
            kind: AnswerErrorKind::WrongLength,
            message: format!(
                "应填写 {periods} 个时段的次数，实际填写了 {} 个",
                counts.len()
            ),
        });
    }
    let mut missed = Vec::new();
    let mut blank = 0;
    let mut na = 0;
    for (i, text) in counts.iter().enumerate() {
        if text.trim() == "-" || text.trim() == "－" {
            na += 1;
            continue;
        }
        match parse_count(text) {
            Ok(None) => blank += 1,
            Ok(Some(c)) => {
                let missing = u64::from(rule.required).saturating_sub(c);
                if missing > 0 {
                    missed.push(MissedPeriod {
                        period: u32::try_from(i + 1).unwrap_or(u32::MAX),
                        missing: u32::try_from(missing).unwrap_or(u32::MAX),
                    });
                }
            }
            Err((kind, message)) => {
                return Eval::Invalid(AnswerError {
                    item: item.id.clone(),
                    field: format!("counts[{i}]"),
                    kind,
                    message,
                })
            }
        }
    }
    let total_missed: u64 = missed.iter().map(|m| u64::from(m.missing)).sum();
    let detail = Some(Detail::Frequency {
        missed: total_missed,
        na_periods: na,
        blank_periods: blank,
    });
    if na == periods {
        return Eval::Na { detail };
    }
    let gap = (!missed.is_empty()).then(|| Gap::MissedPeriods {
        what: rule.what.clone(),
        per: rule.per,
        required: rule.required,
        missed,
    });
    if blank > 0 {
        return Eval::Incomplete { gap, detail };
    }
    let deduct = i128::from(rule.deduct.hundredths().max(0));
    let floor = i128::from(rule.floor.hundredths()).clamp(0, points);
    let earned = points
        .saturating_sub(deduct.saturating_mul(i128::from(total_missed)))
        .max(floor);
    Eval::Scored {
        earned,
        gap,
        detail,
        at_floor: total_missed > 0 && earned == floor,
    }
}

fn eval_count(rule: &CountRule, points: i128, x: u64) -> Eval {
    let target = rule.target;
    let reached = x.min(target);
    let earned = if target == 0 || x >= target {
        points
    } else {
        match rule.award {
            CountAward::AllOrNothing => 0,
            CountAward::Proportional => {
                mul_div_floor(points, i128::from(reached), i128::from(target))
            }
        }
    };
    Eval::Scored {
        earned,
        gap: (x < target).then(|| Gap::More {
            k: target - x,
            unit: rule.unit.clone(),
        }),
        detail: Some(Detail::Count { count: x, target }),
        at_floor: false,
    }
}

fn eval_checklist(rule: &ChecklistRule, points: i128, check: Check) -> Eval {
    let (earned, gap) = match check {
        Check::Done => (points, None),
        Check::Partly => {
            let share = i128::from(rule.partly.units());
            let earned = mul_div_floor(points, share, rule.partly.denominator());
            (earned.clamp(0, points), Some(Gap::Partly))
        }
        Check::NotDone => (0, Some(Gap::NotDoneChecklist)),
    };
    Eval::Scored {
        earned,
        gap,
        detail: None,
        at_floor: false,
    }
}

fn eval_levels(
    rule: &LevelsRule,
    points: i128,
    name: &str,
    error: &dyn Fn(&str, AnswerErrorKind, String) -> Eval,
) -> Eval {
    if name.trim().is_empty() {
        return Eval::Incomplete {
            gap: None,
            detail: None,
        };
    }
    let Some(level) = rule.levels.iter().find(|l| l.name == name.trim()) else {
        let names: Vec<&str> = rule.levels.iter().map(|l| l.name.as_str()).collect();
        return error(
            "level",
            AnswerErrorKind::UnknownLevel,
            format!("“{}”不是可选档次（{}）", name.trim(), names.join("、")),
        );
    };
    let earned = i128::from(level.points.hundredths()).clamp(0, points);
    let gap = match rule.levels.first() {
        Some(best) if earned < points => Some(Gap::BestLevel {
            name: best.name.clone(),
        }),
        _ => None,
    };
    Eval::Scored {
        earned,
        gap,
        detail: None,
        at_floor: false,
    }
}

fn eval_deadline(
    rule: &DeadlineRule,
    points: i128,
    done: &Completion,
    year: i32,
    error: &dyn Fn(&str, AnswerErrorKind, String) -> Eval,
) -> Eval {
    let due = match Due::parse(rule.due.trim()) {
        Ok(due) => due.in_year(year),
        Err(_) => {
            return error(
                "value",
                AnswerErrorKind::BadRubric,
                format!("评分细则中的时限“{}”无效", rule.due),
            )
        }
    };
    let due_iso = due.to_string();
    // The last day that is still on time.
    let last_on_time = if rule.inclusive {
        due.days_from_epoch()
    } else {
        due.days_from_epoch() - 1
    };
    match done {
        Completion::NotDone => Eval::Scored {
            earned: 0,
            gap: Some(Gap::NotDone {
                due: due_iso.clone(),
                due_text: if rule.due_text.is_empty() {
                    due.to_chinese()
                } else {
                    rule.due_text.clone()
                },
            }),
            detail: Some(Detail::Deadline {
                due: due_iso,
                on_time: None,
            }),
            at_floor: false,
        },
        Completion::Done(text) if text.trim().is_empty() => Eval::Incomplete {
            gap: None,
            detail: Some(Detail::Deadline {
                due: due_iso,
                on_time: None,
            }),
        },
        Completion::Done(text) => match Date::parse_lenient(text) {
            Err(DateError::Format(_)) => error(
                "completed",
                AnswerErrorKind::BadDate,
                format!("“{}”不是日期，请按 2020-09-30 的格式填写", text.trim()),
            ),
            Err(DateError::NoSuchDay(_)) => error(
                "completed",
                AnswerErrorKind::NoSuchDate,
                format!("没有“{}”这一天", text.trim()),
            ),
            Ok(date) => {
                let late_by = date.days_from_epoch() - last_on_time;
                if late_by <= 0 {
                    Eval::Scored {
                        earned: points,
                        gap: None,
                        detail: Some(Detail::Deadline {
                            due: due_iso,
                            on_time: Some(true),
                        }),
                        at_floor: false,
                    }
                } else {
                    let credit = rule.late_credit;
                    let earned =
                        mul_div_floor(points, i128::from(credit.units()), credit.denominator());
                    Eval::Scored {
                        earned: earned.clamp(0, points),
                        gap: Some(Gap::Overdue {
                            days: late_by,
                            due: due_iso.clone(),
                        }),
                        detail: Some(Detail::Deadline {
                            due: due_iso,
                            on_time: Some(false),
                        }),
                        at_floor: false,
                    }
                }
            }
        },
    }
}
