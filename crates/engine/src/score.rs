//! Scoring an assessment's answers against a rubric.
//!
//! The rules are described for rubric authors in `docs/rubric-format.md`.
//! Every figure is an integer (counts, hundredths of a point); every division
//! rounds down. Nothing here panics, whatever the answers or the rubric hold:
//! an unvalidated rubric gives a report that may make little sense, but a
//! report all the same.

use crate::answers::{Answers, FactAnswer, ItemAnswer};
use crate::decimal::Points;
use crate::kinds::{mul_div_floor, parse_count, to_points, Eval, ItemAt, Rule};
use crate::model::{Expected, Item, NaPolicy, Role, Rubric, Scoring, VetoEffect};
use crate::report::{
    AnswerError, AnswerErrorKind, ItemReport, Report, SectionReport, Status, VetoOutcome,
};

pub use crate::kinds::MAX_COUNT;

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
                                missed: false,
                            },
                        ));
                    }
                }
                _ => {
                    let nothing = report.status == Status::Unmet && report.earned == Points::ZERO;
                    if let (Some(effect), true) = (&item.missed, nothing) {
                        vetoes.push((
                            severity(rubric, effect),
                            VetoOutcome {
                                item: item.id.clone(),
                                effect: effect.clone(),
                                missed: true,
                            },
                        ));
                    }
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
    let vetoes = crate::order::sort_by_key(vetoes, |(sev, _)| [-(*sev as i64), 0, 0]);
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

// ---------------------------------------------------------------------------
// One item.

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
    let role = item.scoring.role();
    let is_bonus = role == Role::Bonus;
    let is_veto = role == Role::Veto;
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
    let err = |kind| {
        Applies::Invalid(AnswerError {
            item: item.id.clone(),
            field: format!("facts.{}", cond.fact),
            kind,
        })
    };
    let wrong = |expected| err(AnswerErrorKind::WrongKind { expected });
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
            Err(kind) => err(kind),
        },
        (Some(FactAnswer::Flag(b)), None, Some(want)) => {
            if *b == want {
                Applies::Yes
            } else {
                Applies::No
            }
        }
        (Some(FactAnswer::Flag(_)), Some(_), _) => wrong(Expected::FactCount),
        (Some(FactAnswer::Count(_)), None, Some(_)) => wrong(Expected::FactFlag),
        // A condition testing nothing (an unvalidated rubric) always holds.
        (Some(_), None, None) => Applies::Yes,
    }
}

fn evaluate(item: &Item, points: i128, answer: &ItemAnswer, year: i32) -> Eval {
    let Some(value) = &answer.value else {
        return Eval::BLANK;
    };
    let rule = &item.scoring;
    let at = ItemAt { item, points, year };
    rule.evaluate(&at, value).unwrap_or_else(|| {
        at.error(
            "value",
            AnswerErrorKind::WrongKind {
                expected: rule.expects(),
            },
        )
    })
}
