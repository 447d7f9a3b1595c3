//! The saved assessments as the start screen shows them: the list with each
//! one's total and grade, and the roll-ups the committee can open. Each
//! assessment is scored once per change of its answers, year or rubric
//! ([`Scores`]), not once per render of each screen that shows it.

use std::rc::Rc;

use ziping_engine::review::Stage;
use ziping_engine::{score, Answers, Assessment, Report, Rubric, RubricRef};

use crate::rubrics::Catalogue;
use crate::state::{Entry, SummaryPick};
use crate::view::format;
use crate::view::rollup::{self, LinkLine, RollupView};
use crate::view::score_table::is_reviewed;

/// An assessment's reports: of the unit's own answers (自评分), and of the
/// reviewed answers (考核分) when the committee's review gives any.
#[derive(Debug, Clone)]
pub struct Reports {
    /// The report of the unit's answers.
    pub own: Rc<Report>,
    /// The report of the standing answers
    /// ([`Assessment::standing_score`]), only when the review gives
    /// answers of its own: otherwise they are the unit's.
    pub reviewed: Option<Rc<Report>>,
}

impl Reports {
    /// Scores `a` under `rubric`: its own answers, and the reviewed ones
    /// when the review gives any.
    pub fn of(a: &Assessment, rubric: &Rubric) -> Reports {
        Reports {
            own: Rc::new(a.score(rubric)),
            reviewed: gives_answers(a).then(|| Rc::new(a.standing_score(rubric))),
        }
    }

    /// What counts: the reviewed report where the review gives answers, the
    /// unit's otherwise (what the roll-up, the pass rate and the shortfalls
    /// go by).
    pub fn standing(&self) -> &Rc<Report> {
        self.reviewed.as_ref().unwrap_or(&self.own)
    }
}

/// Whether the review of `a` gives answers of its own.
fn gives_answers(a: &Assessment) -> bool {
    a.review.answers != Answers::default()
}

/// A saved assessment, and its rubric and reports if the rubric is at hand.
/// The reviewed report may be left out (not yet needed) even where the
/// review gives answers; [`report_of`] fills it in.
struct Kept {
    entry: Rc<Entry>,
    scored: Option<(Rc<Rubric>, Reports)>,
}

/// The reports of `entry` under `rubric`: those of `old` while they hold
/// (same rubric, same answers and year; for the reviewed one the same
/// reviewed answers too), else new scorings. The reviewed report is scored
/// only when the review gives answers, and only with `reviewed`.
fn report_of(
    old: Option<&Kept>,
    entry: &Rc<Entry>,
    rubric: &Rc<Rubric>,
    reviewed: bool,
) -> Reports {
    let a = &entry.assessment;
    // A changed entry is a new `Rc` (the reducer copies an entry before
    // changing it), so an unchanged one is known by its pointer. A new
    // `Rc` whose answers and year are unchanged (a renamed unit, an edited
    // 问题清单 row, another screen) keeps its report: comparing the answers
    // costs less than scoring them (a quarter, for 乐清 2020-25's 44), and
    // stops at the first that differs.
    let held = old.and_then(|k| match &k.scored {
        Some((r, reports))
            if Rc::ptr_eq(r, rubric)
                && (Rc::ptr_eq(&k.entry, entry)
                    || (k.entry.assessment.year == a.year
                        && k.entry.assessment.answers == a.answers)) =>
        {
            Some((&k.entry, reports))
        }
        _ => None,
    });
    let own = match held {
        Some((_, r)) => r.own.clone(),
        None => Rc::new(score(rubric, &a.answers, a.year)),
    };
    let reviewed = (reviewed && gives_answers(a)).then(|| {
        held.and_then(|(e, r)| {
            r.reviewed
                .clone()
                .filter(|_| Rc::ptr_eq(e, entry) || e.assessment.review.answers == a.review.answers)
        })
        .unwrap_or_else(|| Rc::new(a.standing_score(rubric)))
    });
    Reports { own, reviewed }
}

/// The reports of the saved assessments, each computed once per change of
/// what it depends on, and the start screen's [`Saved`] built from them.
#[derive(Default)]
pub struct Scores {
    /// The entries last summarised, in order (and the open one).
    kept: Vec<Kept>,
    /// The last summary, of the entries kept and this catalogue.
    saved: Option<(Rc<Catalogue>, Rc<Saved>)>,
    /// The last roll-up, of that summary and this pick.
    rollup: Option<(Rc<Saved>, SummaryPick, Rc<RollupView>)>,
    /// The last linked counts: of these files of the linked rubrics, for
    /// this rubric and year.
    links: Option<LinksKey>,
}

/// What the last linked counts were computed from, and them.
struct LinksKey {
    files: Vec<Rc<Entry>>,
    rubric: Rc<Rubric>,
    year: i32,
    catalogue: Rc<Catalogue>,
    lines: Rc<Vec<LinkLine>>,
}

impl Scores {
    /// Where assessment `id` is kept, looked for from `from` on: the list
    /// keeps its order, so an entry is at or beside where it was.
    fn find(&self, id: u64, from: usize) -> Option<usize> {
        let n = self.kept.len();
        (0..n)
            .map(|k| (from + k) % n)
            .find(|&i| self.kept[i].entry.id == id)
    }

    /// The reports of `entry` under `rubric` (the open assessment's): its
    /// own, and the reviewed one where the review gives answers, which the
    /// review bar, the cards and the print share.
    pub fn reports(&mut self, entry: &Rc<Entry>, rubric: &Rc<Rubric>) -> Reports {
        let at = self.find(entry.id, 0);
        let old = at.map(|i| &self.kept[i]);
        let reports = report_of(old, entry, rubric, true);
        let same_rc = |a: &Option<Rc<Report>>, b: &Option<Rc<Report>>| match (a, b) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        };
        let same = old.is_some_and(|k| {
            Rc::ptr_eq(&k.entry, entry)
                && k.scored.as_ref().is_some_and(|(_, r)| {
                    Rc::ptr_eq(&r.own, &reports.own) && same_rc(&r.reviewed, &reports.reviewed)
                })
        });
        if !same {
            let kept = Kept {
                entry: entry.clone(),
                scored: Some((rubric.clone(), reports.clone())),
            };
            match at {
                Some(i) => self.kept[i] = kept,
                None => self.kept.push(kept),
            }
            // The summary shows it as it was.
            self.saved = None;
        }
        reports
    }

    /// The report of `entry`'s own answers under `rubric`.
    pub fn report(&mut self, entry: &Rc<Entry>, rubric: &Rc<Rubric>) -> Rc<Report> {
        self.reports(entry, rubric).own
    }

    /// The start screen's list and roll-ups of `entries`. The same `Rc`
    /// while neither the entries nor the catalogue changed; when they did,
    /// only the assessments whose answers, year or rubric changed are
    /// scored again, and those deleted are forgotten.
    pub fn saved(&mut self, entries: &[Rc<Entry>], catalogue: &Rc<Catalogue>) -> Rc<Saved> {
        if let Some((c, saved)) = &self.saved {
            if Rc::ptr_eq(c, catalogue)
                && self.kept.len() == entries.len()
                && self
                    .kept
                    .iter()
                    .zip(entries)
                    .all(|(k, e)| Rc::ptr_eq(&k.entry, e))
            {
                return saved.clone();
            }
        }
        let mut kept = Vec::with_capacity(entries.len());
        for e in entries {
            // Kept in the same order as before, but an entry added in
            // front moves the others down by one.
            let old = self.find(e.id, kept.len().saturating_sub(1));
            let old = old.map(|at| &self.kept[at]);
            let scored = catalogue.for_ref(&e.assessment.rubric).map(|rubric| {
                let reports = report_of(old, e, &rubric, true);
                (rubric, reports)
            });
            kept.push(Kept {
                entry: e.clone(),
                scored,
            });
        }
        self.kept = kept;
        let saved = Rc::new(Saved::new(&self.kept));
        self.saved = Some((catalogue.clone(), saved.clone()));
        saved
    }
}

impl Scores {
    /// The reviewed report kept for each entry, in order: how tests see
    /// what was scored again.
    #[cfg(test)]
    pub(crate) fn reviewed_kept(&self) -> Vec<Option<Rc<Report>>> {
        self.kept
            .iter()
            .map(|k| k.scored.as_ref().and_then(|(_, r)| r.reviewed.clone()))
            .collect()
    }

    /// The reports kept for `entry` (the list keeps entries in order, so
    /// the roll-up finds each at or beside where it found the last).
    fn report_kept(&self, entry: &Entry, from: &std::cell::Cell<usize>) -> Option<Reports> {
        let at = self.find(entry.id, from.get())?;
        from.set(at);
        Some(self.kept[at].scored.as_ref()?.1.clone())
    }

    /// The roll-up `pick` asks for, over `entries`; `None` while its rubric
    /// is not at hand. The same `Rc` while neither the entries, the
    /// catalogue nor the pick changed.
    pub fn rollup(
        &mut self,
        entries: &[Rc<Entry>],
        catalogue: &Rc<Catalogue>,
        pick: &SummaryPick,
    ) -> Option<Rc<RollupView>> {
        let saved = self.saved(entries, catalogue);
        // The committee's name and whether the merged list is drawn change
        // nothing the view computes: typing the name rebuilds nothing.
        let shows = |p: &SummaryPick| SummaryPick {
            committee: String::new(),
            problems_shown: false,
            ..p.clone()
        };
        if let Some((s, p, view)) = &self.rollup {
            if Rc::ptr_eq(s, &saved) && shows(p) == shows(pick) {
                return Some(view.clone());
            }
        }
        let rubric = catalogue.for_ref(&RubricRef {
            id: pick.rubric.clone(),
            version: pick.version.clone(),
            title: String::new(),
        })?;
        let from = std::cell::Cell::new(0);
        let view = Rc::new(RollupView::new(rubric, pick, entries, catalogue, |e| {
            self.report_kept(e, &from)
        }));
        self.rollup = Some((saved, pick.clone(), view.clone()));
        Some(view)
    }

    /// The linked counts of `rubric`'s items for an assessment of `year`,
    /// from `entries`. Computed again only when the files of the linked
    /// rubrics, the rubric, the year or the catalogue changed: typing in the
    /// committee's own assessment recomputes nothing.
    pub fn links(
        &mut self,
        entries: &[Rc<Entry>],
        catalogue: &Rc<Catalogue>,
        rubric: &Rc<Rubric>,
        year: i32,
    ) -> Rc<Vec<LinkLine>> {
        let linked: Vec<&str> = rubric
            .sections
            .iter()
            .flat_map(|s| &s.items)
            .filter_map(|i| match &i.scoring {
                ziping_engine::Scoring::Ratio(r) => r.from.as_ref().map(|l| l.rubric.as_str()),
                _ => None,
            })
            .collect();
        if linked.is_empty() {
            return Rc::default();
        }
        let files: Vec<Rc<Entry>> = entries
            .iter()
            .filter(|e| linked.contains(&e.assessment.rubric.id.as_str()))
            .cloned()
            .collect();
        if let Some(k) = &self.links {
            if Rc::ptr_eq(&k.rubric, rubric)
                && k.year == year
                && Rc::ptr_eq(&k.catalogue, catalogue)
                && k.files.len() == files.len()
                && k.files.iter().zip(&files).all(|(a, b)| Rc::ptr_eq(a, b))
            {
                return k.lines.clone();
            }
        }
        self.saved(entries, catalogue);
        let from = std::cell::Cell::new(0);
        let lines = Rc::new(rollup::links(rubric, year, &files, catalogue, |e| {
            self.report_kept(e, &from)
        }));
        self.links = Some(LinksKey {
            files,
            rubric: rubric.clone(),
            year,
            catalogue: catalogue.clone(),
            lines: lines.clone(),
        });
        lines
    }
}

/// The saved assessments as the start screen shows them.
#[derive(Debug, Default)]
pub struct Saved {
    /// The list, one row per assessment, newest first.
    pub list: Vec<ListRow>,
    /// One roll-up per rubric version and year with two or more files, in
    /// the order of the list.
    pub rollups: Vec<RollupChoice>,
}

/// A summary is built anew only when what it shows changed (see
/// [`Scores::saved`]), so two are the same when they are one: comparing
/// the screens' properties costs a pointer, not every figure.
impl PartialEq for Saved {
    fn eq(&self, other: &Saved) -> bool {
        std::ptr::eq(self, other)
    }
}

/// One row of the list of saved assessments.
#[derive(Debug)]
pub struct ListRow {
    /// The assessment.
    pub entry: Rc<Entry>,
    /// Its total of the maximum ("94.7 / 100"), or "—" while its rubric is
    /// not at hand.
    pub total: String,
    /// Its reviewed total of the maximum (考核分), once a committee took it
    /// up and while its rubric is at hand.
    pub reviewed: Option<String>,
    /// Its grade, the reviewed one where reviewed (empty while its rubric
    /// is not at hand).
    pub grade: String,
    /// Its review's stage, once it is not a plain draft (no review, or a
    /// review back to 自评中 with nothing reviewed).
    pub stage: Option<Stage>,
}

/// A roll-up the start screen offers: files of one rubric version and one
/// year, two or more of them (a committee's branches).
#[derive(Debug)]
pub struct RollupChoice {
    /// The rubric.
    pub rubric: Rc<Rubric>,
    /// The year.
    pub year: i32,
    /// Files of it kept (re-sent ones included).
    pub files: usize,
    /// Units among them (each counted once).
    pub units: usize,
    /// Units passing.
    pub passed: usize,
}

/// Files of one rubric and year: how many, and each unit once with the key
/// of the file that counts ([`rollup::count_key`]) and whether it passes.
type Group<'a> = (Rc<Rubric>, i32, usize, Vec<(&'a str, [i64; 3], bool)>);

impl Saved {
    /// The list and the roll-ups of the assessments `kept`.
    fn new(kept: &[Kept]) -> Saved {
        let mut list = Vec::with_capacity(kept.len());
        // Per rubric and year: the units and whether the file of each that
        // the roll-up counts passes.
        let mut groups: Vec<Group<'_>> = Vec::new();
        for k in kept {
            let review = &k.entry.assessment.review;
            let (total, reviewed, grade) = match &k.scored {
                Some((rubric, reports)) => {
                    let r = reports.standing();
                    let year = k.entry.assessment.year;
                    let at = match groups
                        .iter()
                        .position(|g| Rc::ptr_eq(&g.0, rubric) && g.1 == year)
                    {
                        Some(at) => at,
                        None => {
                            groups.push((rubric.clone(), year, 0, Vec::new()));
                            groups.len() - 1
                        }
                    };
                    let g = &mut groups[at];
                    g.2 += 1;
                    let unit = k.entry.assessment.unit.trim();
                    let key = rollup::count_key(&k.entry);
                    let passed = ziping_engine::rollup::passes(rubric, r).0;
                    match g.3.iter_mut().find(|(u, _, _)| *u == unit) {
                        Some(u) if u.1 < key => *u = (unit, key, passed),
                        Some(_) => {}
                        None => g.3.push((unit, key, passed)),
                    }
                    (
                        format::out_of(reports.own.total, reports.own.max),
                        is_reviewed(review).then(|| format::out_of(r.total, r.max)),
                        r.grade.clone().unwrap_or_default(),
                    )
                }
                None => ("—".to_owned(), None, String::new()),
            };
            list.push(ListRow {
                entry: k.entry.clone(),
                total,
                reviewed,
                grade,
                stage: (review.stage != Stage::Draft || is_reviewed(review))
                    .then_some(review.stage),
            });
        }
        let rollups = groups
            .into_iter()
            .filter(|g| g.2 >= 2)
            .map(|(rubric, year, files, units)| RollupChoice {
                rubric,
                year,
                files,
                units: units.len(),
                passed: units.iter().filter(|(_, _, p)| *p).count(),
            })
            .collect();
        Saved { list, rollups }
    }
}
