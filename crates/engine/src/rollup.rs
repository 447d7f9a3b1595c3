//! 汇总: a committee's roll-up of its units' assessments of one rubric and
//! one year — every unit's total and whether it passes (达标), the pass
//! rate decided exactly against a threshold with the smallest number of
//! units still needed, the items most units lose points on, sums of the
//! units' answers, and which files were left out and why.
//!
//! ```
//! use ziping_engine::rollup::{rollup, LeftOutReason};
//! use ziping_engine::{Assessment, Decimal, Rubric, SHIPPED};
//!
//! let rubric = Rubric::from_json(SHIPPED[0].json).unwrap(); // the branch self-check
//! let files: Vec<Assessment> = (0..3)
//!     .map(|i| Assessment::new(&rubric, format!("第{i}党支部"), 2020))
//!     .chain([Assessment::new(&rubric, "第0党支部", 2019)])
//!     .collect();
//! let r = rollup(&rubric, 2020, &files, Some("95".parse::<Decimal>().unwrap()));
//! assert_eq!(r.units.len(), 3);
//! assert_eq!(r.left_out[0].reason, LeftOutReason::OtherYear { year: 2019 });
//! let rate = r.pass_rate.unwrap();
//! assert_eq!((rate.passed, rate.units), (0, 3)); // empty files pass nothing
//! assert_eq!(rate.needed, Some(3));
//! ```

use std::borrow::Borrow;

use serde::Serialize;

use crate::answers::{FactAnswer, Value};
use crate::assessment::{Assessment, RectificationStatus};
use crate::decimal::{Decimal, Points};
use crate::kinds::parse_count;
use crate::model::{Compare, Figure, Link, PassMark, Rubric};
use crate::ratio::{self, Needed};
use crate::report::{Report, Status};

/// One unit's line in the roll-up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UnitRow {
    /// Index of its file in the input.
    pub index: usize,
    /// The unit, as written in its file (trimmed).
    pub unit: String,
    /// Its total.
    pub total: Points,
    /// The rubric's maximum.
    pub max: Points,
    /// Its grade.
    pub grade: Option<String>,
    /// Whether it passes (达标): the rubric's pass mark, or the top grade.
    pub passed: bool,
    /// Points short of a pass mark given as a minimum or a grade's minimum
    /// (`None` when it passes, or when a veto decided the grade).
    pub short: Option<Points>,
    /// Items answered of those that apply.
    pub answered: usize,
    /// Items that apply.
    pub applicable: usize,
    /// The id of a triggered veto item (or of a required item not done).
    pub veto: Option<String>,
    /// True when [`Self::veto`] names a required item not done (its
    /// `missed` effect), not a veto item.
    pub missed: bool,
    /// 问题清单 rows not done yet.
    pub open_rows: usize,
}

impl UnitRow {
    /// Every applicable item answered.
    pub fn is_complete(&self) -> bool {
        self.answered == self.applicable
    }
}

/// The pass rate: units passing of units rolled up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PassRate {
    /// Units passing.
    pub passed: u64,
    /// Units rolled up (at least 1).
    pub units: u64,
    /// The threshold it was compared with, in percent ("以上": at least).
    pub threshold: Option<Decimal>,
    /// Whether the rate is at least the threshold, decided exactly
    /// (19 / 20 meets 95).
    pub met: Option<bool>,
    /// The fewest more units that must pass to meet the threshold; `None`
    /// when met or without a threshold.
    pub needed: Option<u64>,
}

/// How the units fared on one item.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct ItemTally {
    /// The item.
    pub item: String,
    /// Units meeting it.
    pub met: usize,
    /// Units partly meeting it.
    pub partly: usize,
    /// Units not meeting it.
    pub unmet: usize,
    /// Units for which it does not apply.
    pub na: usize,
    /// Units that left it blank (or not fully answered).
    pub blank: usize,
    /// Units whose answer cannot be scored.
    pub invalid: usize,
    /// Points lost over all units.
    pub lost: Points,
}

/// The sum of one item's answers over the units that answered it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct AnswerSum {
    /// Sum of the numerators (ratio) or counts (count, deduction, bonus).
    pub numerator: u64,
    /// Sum of the denominators (ratio answers only; 0 otherwise).
    pub denominator: u64,
    /// Units whose answer was summed (both numbers readable).
    pub units: usize,
}

/// Why a file is not in the roll-up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum LeftOutReason {
    /// It assesses another year.
    OtherYear {
        /// The year it assesses.
        year: i32,
    },
    /// It was made with another rubric or another version of it.
    OtherRubric {
        /// The file's rubric id.
        id: String,
        /// The file's rubric version.
        version: String,
    },
    /// A later file of the same unit replaces it.
    Replaced {
        /// The index of the file that replaces it.
        by: usize,
    },
}

/// A file left out of the roll-up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LeftOut {
    /// Index of the file in the input.
    pub index: usize,
    /// The unit, as written in the file.
    pub unit: String,
    /// Why.
    pub reason: LeftOutReason,
}

/// The roll-up of a set of assessments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rollup {
    /// One row per unit, in the order of their files.
    pub units: Vec<UnitRow>,
    /// The pass rate; `None` with no unit.
    pub pass_rate: Option<PassRate>,
    /// Indices into [`Rollup::units`] of the units not passing, closest to
    /// passing first (fewest points short, then highest total).
    pub closest: Vec<usize>,
    /// Per item, in rubric order.
    pub items: Vec<ItemTally>,
    /// Files not rolled up, in input order.
    pub left_out: Vec<LeftOut>,
}

impl Rollup {
    /// The items on which the units lost points, most points lost first
    /// (the committee's list of common weaknesses).
    pub fn weaknesses(&self) -> Vec<&ItemTally> {
        let w: Vec<&ItemTally> = self
            .items
            .iter()
            .filter(|t| t.lost > Points::ZERO)
            .collect();
        crate::order::sort_by_key(w, |t| [-t.lost.0, -(t.unmet as i64), 0])
    }
}

/// Whether `report` passes `rubric`'s pass mark, and how many points it is
/// short of it (when the mark is a total to reach and no veto decided).
pub fn passes(rubric: &Rubric, report: &Report) -> (bool, Option<Points>) {
    let grade_index = |name: &str| rubric.grades.iter().position(|g| g.name == name);
    let got = report.grade.as_deref().and_then(grade_index);
    let (passed, min) = match &rubric.pass {
        Some(PassMark::Min(min)) => (report.veto.is_none() && report.total >= *min, Some(*min)),
        Some(PassMark::Grade(name)) => {
            let need = grade_index(name);
            let passed = matches!((got, need), (Some(g), Some(n)) if g <= n);
            (
                passed,
                need.and_then(|n| rubric.grades.get(n)).map(|g| g.min),
            )
        }
        None => (got == Some(0), rubric.grades.first().map(|g| g.min)),
    };
    let short = match (passed, min, &report.veto) {
        (false, Some(min), None) if report.total < min => Some(Points(min.0 - report.total.0)),
        _ => None,
    };
    (passed, short)
}

/// Rolls up `files` against `rubric` for `year`. Files of another year or
/// another rubric (id or version) are left out; of several files of one
/// unit (same name, ignoring surrounding spaces) the last one counts, so
/// pass the files oldest first. `threshold` is the pass rate required, in
/// percent ("达标率达到95%以上"). A file the committee reviewed counts with
/// its 考核分: the unit's answers with the reviewer's in their place.
pub fn rollup<A: Borrow<Assessment>>(
    rubric: &Rubric,
    year: i32,
    files: &[A],
    threshold: Option<Decimal>,
) -> Rollup {
    rollup_scored(rubric, year, files, threshold, |i| {
        files[i].borrow().standing_score(rubric)
    })
}

/// [`rollup`] with the reports already at hand: `report(i)` is the report
/// of `files[i]`'s standing answers ([`Assessment::standing_score`]: the
/// reviewed ones where a committee reviewed it) under `rubric`, asked for only of the files rolled up (a
/// screen that keeps every file's report scores nothing again).
pub fn rollup_scored<A: Borrow<Assessment>, R: Borrow<Report>>(
    rubric: &Rubric,
    year: i32,
    files: &[A],
    threshold: Option<Decimal>,
    mut report: impl FnMut(usize) -> R,
) -> Rollup {
    let files: Vec<&Assessment> = files.iter().map(Borrow::borrow).collect();
    // Why each file is left out (`None`: rolled up). The units are few
    // enough (a committee's branches) for a list to find them in.
    let mut why: Vec<Option<LeftOutReason>> = vec![None; files.len()];
    let mut latest: Vec<(&str, usize)> = Vec::new();
    for (index, a) in files.iter().enumerate() {
        if a.rubric.id != rubric.id || a.rubric.version != rubric.version {
            why[index] = Some(LeftOutReason::OtherRubric {
                id: a.rubric.id.clone(),
                version: a.rubric.version.clone(),
            });
        } else if a.year != year {
            why[index] = Some(LeftOutReason::OtherYear { year: a.year });
        } else {
            let unit = a.unit.trim();
            match latest.iter_mut().find(|(u, _)| *u == unit) {
                Some(slot) => {
                    why[slot.1] = Some(LeftOutReason::Replaced { by: index });
                    slot.1 = index;
                }
                None => latest.push((unit, index)),
            }
        }
    }
    // A file replaced twice names the one that counts.
    for i in 0..why.len() {
        let Some(LeftOutReason::Replaced { by }) = why[i] else {
            continue;
        };
        let mut last = by;
        while let Some(LeftOutReason::Replaced { by }) = why[last] {
            last = by;
        }
        why[i] = Some(LeftOutReason::Replaced { by: last });
    }
    let mut left_out = Vec::new();
    let mut kept = Vec::new();
    for (index, w) in why.into_iter().enumerate() {
        match w {
            Some(reason) => left_out.push(LeftOut {
                index,
                unit: files[index].unit.trim().to_owned(),
                reason,
            }),
            None => kept.push(index),
        }
    }

    let mut items: Vec<ItemTally> = rubric
        .sections
        .iter()
        .flat_map(|s| &s.items)
        .map(|i| ItemTally {
            item: i.id.clone(),
            ..ItemTally::default()
        })
        .collect();
    let mut units = Vec::with_capacity(kept.len());
    for index in kept {
        let a = files[index];
        let report = report(index);
        let report: &Report = report.borrow();
        for (tally, item) in items.iter_mut().zip(&report.items) {
            match item.status {
                Status::Met => tally.met += 1,
                Status::Partly => tally.partly += 1,
                Status::Unmet => tally.unmet += 1,
                Status::Na => tally.na += 1,
                Status::Incomplete => tally.blank += 1,
                Status::Invalid => tally.invalid += 1,
            }
            if item.status.is_answered() && !item.bonus {
                tally.lost = Points(tally.lost.0.saturating_add(item.lost().0));
            }
        }
        let (passed, short) = passes(rubric, report);
        units.push(UnitRow {
            index,
            unit: a.unit.trim().to_owned(),
            total: report.total,
            max: report.max,
            grade: report.grade.clone(),
            passed,
            short,
            answered: report.answered,
            applicable: report.applicable,
            veto: report.veto.as_ref().map(|v| v.item.clone()),
            missed: report.veto.as_ref().is_some_and(|v| v.missed),
            open_rows: a
                .rectification
                .iter()
                .filter(|r| r.status != RectificationStatus::Done)
                .count(),
        });
    }

    let pass_rate = (!units.is_empty()).then(|| {
        let passed = units.iter().filter(|u| u.passed).count() as u64;
        let n = units.len() as u64;
        let met = threshold.map(|t| ratio::meets(passed, n, Compare::AtLeast, t));
        let needed =
            threshold.and_then(
                |t| match ratio::needed(passed, n, Compare::AtLeast, t, false) {
                    Needed::Change(k) => Some(k),
                    Needed::Met | Needed::Unreachable => None,
                },
            );
        PassRate {
            passed,
            units: n,
            threshold,
            met,
            needed,
        }
    });
    // Not passing, closest first: fewest points short (a veto, with no
    // shortfall in points, last), then the highest total.
    let failing: Vec<usize> = (0..units.len()).filter(|&i| !units[i].passed).collect();
    let closest = crate::order::sort_by_key(failing, |&i| {
        let u = &units[i];
        [u.short.map_or(i64::MAX, |p| p.0), -u.total.0, 0]
    });
    Rollup {
        units,
        pass_rate,
        closest,
        items,
        left_out,
    }
}

/// The sum of `item`'s answers over the files of `rollup`'s units (a
/// committee figure made of branch figures: new members and 高知识群体 new
/// members per branch → the hospital's share). Ratio answers sum numerator
/// and denominator; counts sum into the numerator. Blank or unreadable
/// answers are not summed and not counted in [`AnswerSum::units`].
pub fn sum_answers<A: Borrow<Assessment>>(rollup: &Rollup, files: &[A], item: &str) -> AnswerSum {
    let mut sum = AnswerSum::default();
    for u in &rollup.units {
        let Some(value) = files
            .get(u.index)
            .and_then(|a| a.borrow().standing_answers().items.get(item).cloned())
            .and_then(|a| a.value)
        else {
            continue;
        };
        let read = |t: &str| parse_count(t).ok().flatten();
        let (n, d) = match &value {
            Value::Ratio {
                numerator,
                denominator,
            } => match (read(numerator), read(denominator)) {
                (Some(n), Some(d)) => (n, d),
                _ => continue,
            },
            Value::Count(t) => match read(t) {
                Some(n) => (n, 0),
                None => continue,
            },
            _ => continue,
        };
        sum.numerator = sum.numerator.saturating_add(n);
        sum.denominator = sum.denominator.saturating_add(d);
        sum.units += 1;
    }
    sum
}

/// The sum of count fact `fact` over the files of `rollup`'s units. Blank
/// or unreadable answers are not summed and not counted in
/// [`AnswerSum::units`].
pub fn sum_fact<A: Borrow<Assessment>>(rollup: &Rollup, files: &[A], fact: &str) -> AnswerSum {
    let mut sum = AnswerSum::default();
    for u in &rollup.units {
        let count = files.get(u.index).and_then(|a| {
            match a.borrow().standing_answers().facts.get(fact).cloned() {
                Some(FactAnswer::Count(t)) => parse_count(&t).ok().flatten(),
                _ => None,
            }
        });
        if let Some(n) = count {
            sum.numerator = sum.numerator.saturating_add(n);
            sum.units += 1;
        }
    }
    sum
}

/// A linked item's two counts, computed from a roll-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Linked {
    /// The numerator.
    pub numerator: u64,
    /// The denominator.
    pub denominator: u64,
    /// Units rolled up (one file each).
    pub units: usize,
    /// Units whose file does not answer a summed figure (their part is
    /// missing from the sums).
    pub unanswered: usize,
}

/// The value of `figure` over `rollup` of `files` under `rubric`, and how
/// many units did not answer it (0 for counts of units).
pub fn figure<A: Borrow<Assessment>>(
    figure: &Figure,
    rubric: &Rubric,
    rollup: &Rollup,
    files: &[A],
) -> (u64, usize) {
    let n = rollup.units.len();
    match figure {
        Figure::Passed => (rollup.units.iter().filter(|u| u.passed).count() as u64, 0),
        Figure::Units => (n as u64, 0),
        Figure::Sum(id) => {
            let sum = if rubric.facts.iter().any(|f| &f.id == id) {
                sum_fact(rollup, files, id)
            } else {
                sum_answers(rollup, files, id)
            };
            (sum.numerator, n - sum.units)
        }
    }
}

/// The two counts `link` takes from `rollup` of `files` (assessments of
/// `rubric`, the link's rubric).
///
/// ```
/// use ziping_engine::rollup::{linked, rollup};
/// use ziping_engine::{Assessment, Figure, Link, Rubric, SHIPPED};
///
/// let rubric = Rubric::from_json(SHIPPED[0].json).unwrap();
/// let files = [Assessment::new(&rubric, "第一党支部", 2020)];
/// let link = Link {
///     rubric: rubric.id.clone(),
///     numerator: Figure::Passed,
///     denominator: Figure::Units,
/// };
/// let l = linked(&link, &rubric, &rollup(&rubric, 2020, &files, None), &files);
/// assert_eq!((l.numerator, l.denominator, l.units), (0, 1, 1));
/// ```
pub fn linked<A: Borrow<Assessment>>(
    link: &Link,
    rubric: &Rubric,
    rollup: &Rollup,
    files: &[A],
) -> Linked {
    let (numerator, a) = figure(&link.numerator, rubric, rollup, files);
    let (denominator, b) = figure(&link.denominator, rubric, rollup, files);
    Linked {
        numerator,
        denominator,
        units: rollup.units.len(),
        unanswered: a.max(b),
    }
}
