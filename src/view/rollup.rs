//! 汇总: the committee's roll-up of its units' files as the screen, the
//! printout and the spreadsheets show it, and the linked counts a
//! committee's own assessment takes from those files. Built from the
//! reports [`Scores`](crate::view::summary::Scores) keeps, so nothing is
//! scored again for it.

use std::rc::Rc;

use ziping_engine::order;
use ziping_engine::review::Stage;
use ziping_engine::rollup::{self, LeftOutReason, Rollup};
use ziping_engine::shipped::Target;
use ziping_engine::{Compare, Figure, Link, Points, RectificationRow, Report, Rubric};

use crate::i18n::review::stage_label;
use crate::i18n::review_table as rt;
use crate::i18n::{veto_word, Lang, M};
use crate::rubrics::Catalogue;
use crate::state::{Entry, SortBy, SummaryPick};
use crate::view::format;
use crate::view::rows::Column;
use crate::view::score_table::is_reviewed;
use crate::view::summary::Reports;

/// One unit's line of the roster.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitLine {
    /// Its file.
    pub entry: Rc<Entry>,
    /// The unit.
    pub unit: String,
    /// Its total as counted ("85.0"): the reviewed one where the review
    /// gives answers.
    pub total: String,
    /// 自评分: the total of its own answers ("88.0").
    pub own: String,
    /// 考核分: the reviewed total, once a committee took the file up.
    pub reviewed: Option<String>,
    /// Where its review stands (自评中 for a plain self-assessment).
    pub stage: Stage,
    /// Its grade (by the standing score).
    pub grade: String,
    /// Whether it passes.
    pub passed: bool,
    /// Points short of the pass mark ("1.0"), when it does not pass by
    /// points.
    pub short: Option<String>,
    /// Items answered of those that apply.
    pub answered: usize,
    /// Items that apply.
    pub applicable: usize,
    /// The title of a triggered veto item (or of a required item not done).
    pub veto: Option<String>,
    /// True when [`Self::veto`] is a required item not done.
    pub missed: bool,
    /// 问题清单 rows not done.
    pub open_rows: usize,
    /// Older files of the unit this one replaces.
    pub replaces: usize,
    /// The unit's file of the latest earlier year, if there is one.
    pub earlier: Option<Rc<Entry>>,
    total_points: Points,
    short_points: Option<Points>,
}

impl UnitLine {
    /// "40 / 44".
    pub fn completion(&self) -> String {
        format!("{} / {}", self.answered, self.applicable)
    }
}

/// The pass rate and what it is measured against.
#[derive(Debug, Clone, PartialEq)]
pub struct RateLine {
    /// Units passing.
    pub passed: u64,
    /// Units rolled up.
    pub units: u64,
    /// The rate with one decimal ("95.0%").
    pub percent: String,
    /// The committee item that sets the threshold, if a known rubric has one.
    pub target: Option<TargetLine>,
    /// Units not passing, closest to passing first, with their shortfall
    /// ("1.0"), at most three.
    pub closest: Vec<(String, Option<String>)>,
}

/// The threshold a committee item sets for the pass rate, and the verdict.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetLine {
    /// The committee rubric's title.
    pub rubric: String,
    /// The item's title.
    pub item: String,
    /// The comparison.
    pub compare: Compare,
    /// The threshold ("95").
    pub threshold: String,
    /// Whether the rate meets it, decided exactly.
    pub met: bool,
    /// The fewest more units that must pass.
    pub needed: Option<u64>,
}

/// How the units fared on one item, for the table of common weaknesses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeakLine {
    /// The item's title.
    pub title: String,
    /// Its section's title.
    pub section: String,
    /// Units meeting it, partly, not, n/a, blank (with unscorable answers).
    pub counts: [usize; 5],
    /// Points lost over all units ("16.0").
    pub lost: String,
}

/// A 问题清单 row of one unit, in the merged list.
#[derive(Debug, Clone, PartialEq)]
pub struct ProblemLine {
    /// The unit's file.
    pub entry: Rc<Entry>,
    /// The row.
    pub row: RectificationRow,
    /// Its number in its unit's own list (from 0).
    pub index: usize,
}

/// Why a file is listed apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Apart {
    /// A file of the same unit counts instead (the newer one, unless this
    /// one is restored).
    Replaced,
    /// It assesses another year.
    OtherYear,
    /// It was made with another version of the rubric.
    OtherVersion(String),
}

/// A file not in the roll-up.
#[derive(Debug, Clone, PartialEq)]
pub struct ApartLine {
    /// The file.
    pub entry: Rc<Entry>,
    /// Why.
    pub why: Apart,
}

/// The roll-up screen's content.
#[derive(Debug, Clone)]
pub struct RollupView {
    /// The units' rubric.
    pub rubric: Rc<Rubric>,
    /// True when that is a retired version of a shipped rubric (its title
    /// then names the version: the current one has the same title).
    pub retired: bool,
    /// The year rolled up.
    pub year: i32,
    /// The years with files of this rubric version, newest first.
    pub years: Vec<i32>,
    /// The roster, sorted and filtered as picked.
    pub rows: Vec<UnitLine>,
    /// Units rolled up (before filtering).
    pub units: usize,
    /// The pass rate (none without units).
    pub rate: Option<RateLine>,
    /// Items on which units lost points, most lost first.
    pub weaknesses: Vec<WeakLine>,
    /// Every unit's 问题清单 rows, unit by unit in roster order.
    pub problems: Vec<ProblemLine>,
    /// Files listed apart.
    pub apart: Vec<ApartLine>,
    /// The unit picked, beside its previous year.
    pub year_on_year: Option<YearOnYear>,
}

/// One unit's two years side by side, by the scores that count (the
/// reviewed ones where a review gives answers).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearOnYear {
    /// The unit.
    pub unit: String,
    /// The earlier year and the year rolled up.
    pub years: (i32, i32),
    /// Where the review of each year's file stands.
    pub stages: (Stage, Stage),
    /// Per section of this year's rubric: its title and its points in each
    /// year (none when the earlier rubric has no such section).
    pub sections: Vec<(String, Option<Points>, Points)>,
    /// The totals.
    pub totals: (Points, Points),
    /// The items that earned less this year: title, points then and now,
    /// most points lost first.
    pub worse: Vec<(String, Points, Points)>,
}

impl YearOnYear {
    /// `now` (this year's report under `rubric`) beside `then` (the earlier
    /// year's); sections and items are matched by id.
    pub fn new(
        unit: &str,
        years: (i32, i32),
        rubric: &Rubric,
        then: &Report,
        now: &Report,
    ) -> YearOnYear {
        let sections = rubric
            .sections
            .iter()
            .map(|s| {
                let earned = |r: &Report| r.section(&s.id).map(|x| x.earned);
                (
                    s.title.clone(),
                    earned(then),
                    earned(now).unwrap_or(Points::ZERO),
                )
            })
            .collect();
        let worse: Vec<(String, Points, Points)> = rubric
            .sections
            .iter()
            .flat_map(|s| &s.items)
            .filter_map(|item| {
                let of = |r: &Report| r.items.iter().find(|i| i.id == item.id).map(|i| i.earned);
                let (a, b) = (of(then)?, of(now)?);
                (b < a).then(|| (item.title.clone(), a, b))
            })
            .collect();
        YearOnYear {
            unit: unit.to_owned(),
            years,
            stages: (Stage::Draft, Stage::Draft),
            sections,
            totals: (then.total, now.total),
            worse: order::sort_by_key(worse, |(_, a, b)| [b.0 - a.0, 0, 0]),
        }
    }
}

/// A change of points, signed: "+2.0", "-8.0", "0.0".
fn delta(then: Points, now: Points) -> String {
    let d = Points(now.0 - then.0);
    let text = format::points(d);
    if d > Points::ZERO {
        format!("+{text}")
    } else {
        text
    }
}

/// The sections of both years, then the total, as a table of text.
pub fn year_table(lang: Lang, y: &YearOnYear) -> Vec<Vec<String>> {
    let (a, b) = y.years;
    let mut out = vec![vec![
        M::ColSection.get(lang).to_owned(),
        a.to_string(),
        b.to_string(),
        M::ColChange.get(lang).to_owned(),
    ]];
    out.push(vec![
        rt::col_stage(lang).to_owned(),
        stage_label(lang, y.stages.0).to_owned(),
        stage_label(lang, y.stages.1).to_owned(),
        String::new(),
    ]);
    for (title, then, now) in &y.sections {
        out.push(vec![
            title.clone(),
            then.map(format::points).unwrap_or_else(|| "—".to_owned()),
            format::points(*now),
            then.map(|t| delta(t, *now)).unwrap_or_default(),
        ]);
    }
    out.push(vec![
        M::Total.get(lang).to_owned(),
        format::points(y.totals.0),
        format::points(y.totals.1),
        delta(y.totals.0, y.totals.1),
    ]);
    out
}

/// The items that got worse, as a table of text.
pub fn worse_table(lang: Lang, y: &YearOnYear) -> Vec<Vec<String>> {
    let (a, b) = y.years;
    let mut out = vec![vec![
        M::ColItem.get(lang).to_owned(),
        a.to_string(),
        b.to_string(),
        M::ColChange.get(lang).to_owned(),
    ]];
    for (title, then, now) in &y.worse {
        out.push(vec![
            title.clone(),
            format::points(*then),
            format::points(*now),
            delta(*then, *now),
        ]);
    }
    out
}

/// A view is rebuilt only when what it shows changed, so two are the same
/// when they are one.
impl PartialEq for RollupView {
    fn eq(&self, other: &RollupView) -> bool {
        std::ptr::eq(self, other)
    }
}

/// The files of rubric `id` among `entries`, oldest first as the engine
/// takes them: a file chosen to count comes after its unit's others, then
/// by the date written in it, then in the order kept.
pub fn files_of<'a>(entries: &'a [Rc<Entry>], id: &str) -> Vec<&'a Rc<Entry>> {
    let files: Vec<&Rc<Entry>> = entries
        .iter()
        .filter(|e| e.assessment.rubric.id == id)
        .collect();
    order::sort_by_key(files, |e| count_key(e))
}

/// Which of a unit's files counts in its roll-up: the greatest key — the
/// file chosen to count, else the latest date written in it, else the last
/// kept.
pub fn count_key(e: &Entry) -> [i64; 3] {
    [
        i64::from(e.counted),
        date_key(&e.assessment.date),
        e.id as i64,
    ]
}

/// A date written `YYYY-MM-DD` as its day number; 0 (oldest) when it is
/// blank or written otherwise.
fn date_key(date: &str) -> i64 {
    ziping_engine::Date::parse(date.trim()).map_or(0, |d| d.days_from_epoch())
}

/// The committee item of a known rubric that sets the threshold of
/// `rubric`'s pass rate (its counts are that rubric's passing units of its
/// units), and that rubric's title.
pub fn target_of(catalogue: &Catalogue, rubric: &str) -> Option<(String, Target)> {
    catalogue.metas.iter().find_map(|m| {
        m.targets
            .iter()
            .find(|t| {
                t.link.rubric == rubric
                    && t.link.numerator == Figure::Passed
                    && t.link.denominator == Figure::Units
            })
            .map(|t| (m.title.clone(), t.clone()))
    })
}

impl RollupView {
    /// The roll-up of `rubric` for `pick.year` over `entries` (all kept
    /// files), with each file's reports from `report`, sorted and filtered
    /// as `pick` says. A file counts with its standing score: the reviewed
    /// one where the review gives answers.
    pub fn new(
        rubric: Rc<Rubric>,
        pick: &SummaryPick,
        entries: &[Rc<Entry>],
        catalogue: &Catalogue,
        report: impl Fn(&Entry) -> Option<Reports>,
    ) -> RollupView {
        let files = files_of(entries, &rubric.id);
        let assessments: Vec<&ziping_engine::Assessment> =
            files.iter().map(|e| &e.assessment).collect();
        let target = target_of(catalogue, &rubric.id);
        let threshold = target.as_ref().map(|(_, t)| t.threshold);
        let reports_of =
            |e: &Entry| report(e).unwrap_or_else(|| Reports::of(&e.assessment, &rubric));
        // Each rolled-up file's reports, asked for once.
        let mut got: Vec<Option<Reports>> = vec![None; files.len()];
        let roll = rollup::rollup_scored(&rubric, pick.year, &assessments, threshold, |i| {
            let r = reports_of(files[i]);
            let standing = r.standing().clone();
            got[i] = Some(r);
            standing
        });
        let mut years: Vec<i32> = files
            .iter()
            .filter(|e| e.assessment.rubric.version == rubric.version)
            .map(|e| e.assessment.year)
            .collect();
        years = order::sort_by_key(years, |y| [-i64::from(*y), 0, 0]);
        years.dedup();

        let title_of = |id: &str| {
            rubric
                .sections
                .iter()
                .flat_map(|s| &s.items)
                .find(|i| i.id == id)
                .map(|i| i.title.clone())
                .unwrap_or_else(|| id.to_owned())
        };
        let replaces = |index: usize| {
            roll.left_out
                .iter()
                .filter(|l| matches!(l.reason, LeftOutReason::Replaced { by } if by == index))
                .count()
        };
        // Each unit's file of the latest earlier year (of those kept, the
        // one that counts: the last in the engine's order).
        let earlier_of = |unit: &str| {
            files
                .iter()
                .filter(|e| e.assessment.year < pick.year && e.assessment.unit.trim() == unit)
                .max_by_key(|e| e.assessment.year)
                .map(|e| (*e).clone())
        };
        let all: Vec<UnitLine> = roll
            .units
            .iter()
            .map(|u| UnitLine {
                entry: files[u.index].clone(),
                unit: u.unit.clone(),
                total: format::points(u.total),
                own: got[u.index]
                    .as_ref()
                    .map_or_else(String::new, |r| format::points(r.own.total)),
                reviewed: is_reviewed(&files[u.index].assessment.review)
                    .then(|| format::points(u.total)),
                stage: files[u.index].assessment.review.stage,
                grade: u.grade.clone().unwrap_or_default(),
                passed: u.passed,
                short: u.short.map(format::points),
                answered: u.answered,
                applicable: u.applicable,
                veto: u.veto.as_deref().map(title_of),
                missed: u.missed,
                open_rows: u.open_rows,
                replaces: replaces(u.index),
                earlier: earlier_of(&u.unit),
                total_points: u.total,
                short_points: u.short,
            })
            .collect();
        let rate = rate_line(&roll, &all, target);
        let problems = all
            .iter()
            .flat_map(|u| {
                u.entry
                    .assessment
                    .rectification
                    .iter()
                    .enumerate()
                    .map(|(index, row)| ProblemLine {
                        entry: u.entry.clone(),
                        row: row.clone(),
                        index,
                    })
            })
            .collect();
        let units = all.len();
        let year_on_year = pick.compare.as_deref().and_then(|unit| {
            let line = all.iter().find(|u| u.unit == unit)?;
            let then = line.earlier.as_ref()?;
            let now = report(&line.entry)?;
            let old = report(then)?;
            Some(YearOnYear {
                stages: (then.assessment.review.stage, line.stage),
                ..YearOnYear::new(
                    unit,
                    (then.assessment.year, pick.year),
                    &rubric,
                    old.standing(),
                    now.standing(),
                )
            })
        });
        let rows = roster(all, pick.sort, pick.failing_only);
        let weaknesses = weaknesses(&rubric, &roll);
        let apart = roll
            .left_out
            .iter()
            .map(|l| ApartLine {
                entry: files[l.index].clone(),
                why: match &l.reason {
                    LeftOutReason::Replaced { .. } => Apart::Replaced,
                    LeftOutReason::OtherYear { .. } => Apart::OtherYear,
                    LeftOutReason::OtherRubric { version, .. } => {
                        Apart::OtherVersion(version.clone())
                    }
                },
            })
            .collect();
        RollupView {
            retired: catalogue.successor(&(&*rubric).into()).is_some(),
            rubric,
            year: pick.year,
            years,
            rows,
            units,
            rate,
            weaknesses,
            problems,
            apart,
            year_on_year,
        }
    }
}

fn rate_line(
    roll: &Rollup,
    all: &[UnitLine],
    target: Option<(String, Target)>,
) -> Option<RateLine> {
    let r = roll.pass_rate?;
    Some(RateLine {
        passed: r.passed,
        units: r.units,
        percent: format::percent(r.passed as i64, r.units as i64).unwrap_or_default(),
        target: target.map(|(rubric, t)| TargetLine {
            rubric,
            item: t.title,
            compare: t.compare,
            threshold: t.threshold.to_string(),
            met: r.met.unwrap_or(false),
            needed: r.needed,
        }),
        closest: roll
            .closest
            .iter()
            .take(3)
            .map(|&i| (all[i].unit.clone(), all[i].short.clone()))
            .collect(),
    })
}

/// The roster in the order picked: `Files` keeps the list's order (newest
/// file first), the others break ties by it.
pub fn roster(mut rows: Vec<UnitLine>, by: SortBy, failing_only: bool) -> Vec<UnitLine> {
    if failing_only {
        rows.retain(|u| !u.passed);
    }
    let newest_first = |u: &UnitLine| -(u.entry.id as i64);
    order::sort_by_key(rows, |u| match by {
        SortBy::Files => [newest_first(u), 0, 0],
        SortBy::Total => [-u.total_points.0, newest_first(u), 0],
        // Not passing first, the furthest from passing first; a unit
        // failed by a veto (no shortfall in points) before those short.
        SortBy::Shortfall => [
            i64::from(u.passed),
            -u.short_points.map_or(i64::MAX, |p| p.0),
            newest_first(u),
        ],
        // Least complete first. Two shares of at most 10⁴ items differ by
        // more than 10⁻⁸, so billionths order them exactly.
        SortBy::Completion => [
            (u.answered as i64).saturating_mul(1_000_000_000) / (u.applicable.max(1) as i64),
            newest_first(u),
            0,
        ],
    })
}

fn weaknesses(rubric: &Rubric, roll: &Rollup) -> Vec<WeakLine> {
    roll.weaknesses()
        .into_iter()
        .filter_map(|t| {
            let (section, item) = rubric.sections.iter().find_map(|s| {
                s.items
                    .iter()
                    .find(|i| i.id == t.item)
                    .map(|i| (s.title.clone(), i.title.clone()))
            })?;
            Some(WeakLine {
                title: item,
                section,
                counts: [t.met, t.partly, t.unmet, t.na, t.blank + t.invalid],
                lost: format::points(t.lost),
            })
        })
        .collect()
}

// ---------------------------------------------------------------------------
// Tables, as the spreadsheets and the printout write them.

/// The roster as a table of text: headings, then one line per unit.
pub fn roster_table(lang: Lang, v: &RollupView) -> Vec<Vec<String>> {
    let mut head = vec![
        M::ColUnit.get(lang),
        M::ColSelfScore.get(lang),
        rt::col_reviewed(lang),
        rt::col_stage(lang),
    ];
    head.extend(
        [
            M::Grade,
            M::ColPassed,
            M::ColShort,
            M::ColCompletion,
            M::ColOpenRows,
        ]
        .iter()
        .map(|m| m.get(lang)),
    );
    let mut out = vec![head.into_iter().map(str::to_owned).collect()];
    for u in &v.rows {
        out.push(vec![
            u.unit.clone(),
            u.own.clone(),
            u.reviewed.clone().unwrap_or_else(|| "—".to_owned()),
            stage_label(lang, u.stage).to_owned(),
            u.grade.clone(),
            if u.passed { M::Yes } else { M::No }.get(lang).to_owned(),
            match (&u.veto, &u.short) {
                (Some(veto), _) => format!("{}：{veto}", veto_word(u.missed).get(lang)),
                (None, Some(s)) => s.clone(),
                (None, None) => String::new(),
            },
            u.completion(),
            u.open_rows.to_string(),
        ]);
    }
    out
}

/// The common weaknesses as a table of text.
pub fn weakness_table(lang: Lang, v: &RollupView) -> Vec<Vec<String>> {
    let head = [
        M::ColSection,
        M::ColItem,
        M::StatusMet,
        M::StatusPartly,
        M::StatusUnmet,
        M::StatusNa,
        M::StatusIncomplete,
        M::ColLost,
    ];
    let mut out = vec![head.iter().map(|m| m.get(lang).to_owned()).collect()];
    for w in &v.weaknesses {
        let mut row = vec![w.section.clone(), w.title.clone()];
        row.extend(w.counts.iter().map(usize::to_string));
        row.push(w.lost.clone());
        out.push(row);
    }
    out
}

/// The merged 问题清单: the unit, then the columns of each unit's own list.
pub fn problem_table(lang: Lang, v: &RollupView) -> Vec<Vec<String>> {
    let mut head = vec![M::ColUnit.get(lang).to_owned()];
    head.extend(Column::ALL.iter().map(|c| c.label().get(lang).to_owned()));
    let mut out = vec![head];
    for p in &v.problems {
        let mut row = vec![p.entry.assessment.unit.trim().to_owned()];
        row.extend(Column::ALL.iter().map(|c| c.text(lang, p.index, &p.row)));
        out.push(row);
    }
    out
}

// ---------------------------------------------------------------------------
// Linked counts of a committee's own assessment.

/// A linked item's counts as computed from the units' files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkLine {
    /// The committee item.
    pub item: String,
    /// The units' rubric's title.
    pub rubric: String,
    /// Its id and version, to open its roll-up.
    pub source: (String, String),
    /// The year.
    pub year: i32,
    /// The computed numerator and denominator.
    pub numerator: u64,
    /// The computed denominator.
    pub denominator: u64,
    /// What each counts.
    pub figures: (Figure, Figure),
    /// The label of a summed fact or item (empty for counts of units).
    pub names: (String, String),
    /// Files rolled up (one per unit).
    pub files: usize,
    /// Units whose file leaves a summed figure blank.
    pub unanswered: usize,
}

/// The linked counts of `rubric`'s items for an assessment of `year`: for
/// each linked ratio item with files of its units' rubric for that year,
/// the counts those files give. The units' rubric version is the one most
/// of those files use (the newest file's when tied).
pub fn links(
    rubric: &Rubric,
    year: i32,
    entries: &[Rc<Entry>],
    catalogue: &Catalogue,
    report: impl Fn(&Entry) -> Option<Reports>,
) -> Vec<LinkLine> {
    let mut out = Vec::new();
    for item in rubric.sections.iter().flat_map(|s| &s.items) {
        let ziping_engine::Scoring::Ratio(rule) = &item.scoring else {
            continue;
        };
        let Some(link) = &rule.from else { continue };
        if let Some(line) = link_line(&item.id, link, year, entries, catalogue, &report) {
            out.push(line);
        }
    }
    out
}

fn link_line(
    item: &str,
    link: &Link,
    year: i32,
    entries: &[Rc<Entry>],
    catalogue: &Catalogue,
    report: &impl Fn(&Entry) -> Option<Reports>,
) -> Option<LinkLine> {
    let files = files_of(entries, &link.rubric);
    let of_year: Vec<&&Rc<Entry>> = files.iter().filter(|e| e.assessment.year == year).collect();
    // The current version if any file uses it (a retired version's files
    // are work not carried over yet); otherwise the version most files use;
    // of those tied, the newest file's.
    let mut best: Option<(bool, usize, u64, &str)> = None;
    for e in &of_year {
        let v = e.assessment.rubric.version.as_str();
        let current = catalogue.successor(&e.assessment.rubric).is_none();
        let n = of_year
            .iter()
            .filter(|x| x.assessment.rubric.version == v)
            .count();
        if best.is_none_or(|(bc, bn, bid, _)| (current, n, e.id) > (bc, bn, bid)) {
            best = Some((current, n, e.id, v));
        }
    }
    let (_, _, _, version) = best?;
    let source = catalogue.for_ref(&ziping_engine::RubricRef {
        id: link.rubric.clone(),
        version: version.to_owned(),
        title: String::new(),
    })?;
    let assessments: Vec<&ziping_engine::Assessment> =
        files.iter().map(|e| &e.assessment).collect();
    // The standing scores, as the units' roll-up counts them.
    let roll = rollup::rollup_scored(&source, year, &assessments, None, |i| {
        report(files[i])
            .map(|r| r.standing().clone())
            .unwrap_or_else(|| Rc::new(files[i].assessment.standing_score(&source)))
    });
    let l = rollup::linked(link, &source, &roll, &assessments);
    Some(LinkLine {
        item: item.to_owned(),
        rubric: source.title.clone(),
        source: (source.id.clone(), source.version.clone()),
        year,
        numerator: l.numerator,
        denominator: l.denominator,
        figures: (link.numerator.clone(), link.denominator.clone()),
        names: (
            figure_name(&source, &link.numerator),
            figure_name(&source, &link.denominator),
        ),
        files: l.units,
        unanswered: l.unanswered,
    })
}

/// The label of the fact or the title of the item a figure sums.
fn figure_name(rubric: &Rubric, figure: &Figure) -> String {
    let Figure::Sum(id) = figure else {
        return String::new();
    };
    rubric
        .facts
        .iter()
        .find(|f| &f.id == id)
        .map(|f| f.label.clone())
        .or_else(|| {
            rubric
                .sections
                .iter()
                .flat_map(|s| &s.items)
                .find(|i| &i.id == id)
                .map(|i| i.title.clone())
        })
        .unwrap_or_else(|| id.clone())
}

#[cfg(test)]
mod tests;
