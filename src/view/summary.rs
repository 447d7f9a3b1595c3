//! The saved assessments as the start screen shows them: the list with each
//! one's total and grade, and the comparison of those of one rubric. Each
//! assessment is scored once per change of its answers, year or rubric
//! ([`Scores`]), not once per render of each screen that shows it.

use std::rc::Rc;

use ziping_engine::{score, Report, Rubric};

use crate::rubrics::Catalogue;
use crate::state::Entry;
use crate::view::format;

/// A saved assessment, and its rubric and report if the rubric is at hand.
struct Kept {
    entry: Rc<Entry>,
    scored: Option<(Rc<Rubric>, Rc<Report>)>,
}

/// The report of `entry` under `rubric`: that of `old` while it holds
/// (same rubric, same answers and year), else a new scoring.
fn report_of(old: Option<&Kept>, entry: &Rc<Entry>, rubric: &Rc<Rubric>) -> Rc<Report> {
    match old {
        // A changed entry is a new `Rc` (the reducer copies an entry
        // before changing it), so an unchanged one is known by its
        // pointer. A new `Rc` whose answers and year are unchanged (a
        // renamed unit, an edited 问题清单 row, another screen) keeps its
        // report: comparing the answers costs less than scoring them (a
        // quarter, for 乐清 2020-25's 44), and stops at the first that
        // differs.
        Some(Kept {
            entry: e,
            scored: Some((r, report)),
        }) if Rc::ptr_eq(r, rubric)
            && (Rc::ptr_eq(e, entry)
                || (e.assessment.year == entry.assessment.year
                    && e.assessment.answers == entry.assessment.answers)) =>
        {
            report.clone()
        }
        _ => Rc::new(score(
            rubric,
            &entry.assessment.answers,
            entry.assessment.year,
        )),
    }
}

/// The reports of the saved assessments, each computed once per change of
/// what it depends on, and the start screen's [`Saved`] built from them.
#[derive(Default)]
pub struct Scores {
    /// The entries last summarised, in order (and the open one).
    kept: Vec<Kept>,
    /// The last summary, of the entries kept and this catalogue.
    saved: Option<(Rc<Catalogue>, Rc<Saved>)>,
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

    /// The report of `entry` under `rubric` (the open assessment's).
    pub fn report(&mut self, entry: &Rc<Entry>, rubric: &Rc<Rubric>) -> Rc<Report> {
        let at = self.find(entry.id, 0);
        let old = at.map(|i| &self.kept[i]);
        let report = report_of(old, entry, rubric);
        let same = old.is_some_and(|k| {
            Rc::ptr_eq(&k.entry, entry)
                && k.scored
                    .as_ref()
                    .is_some_and(|(_, r)| Rc::ptr_eq(r, &report))
        });
        if !same {
            let kept = Kept {
                entry: entry.clone(),
                scored: Some((rubric.clone(), report.clone())),
            };
            match at {
                Some(i) => self.kept[i] = kept,
                None => self.kept.push(kept),
            }
            // The summary shows it as it was.
            self.saved = None;
        }
        report
    }

    /// The start screen's list and comparisons of `entries`. The same `Rc`
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
                let report = report_of(old, e, &rubric);
                (rubric, report)
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

/// The saved assessments as the start screen shows them.
#[derive(Debug, Default)]
pub struct Saved {
    /// The list, one row per assessment, newest first.
    pub list: Vec<ListRow>,
    /// One comparison per rubric with two or more assessments, in the order
    /// of the list.
    pub comparisons: Vec<Comparison>,
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
    /// Its grade (empty while its rubric is not at hand).
    pub grade: String,
}

/// Assessments of one rubric side by side: what a committee sees after
/// importing its branches' files.
#[derive(Debug)]
pub struct Comparison {
    /// The rubric.
    pub rubric: Rc<Rubric>,
    /// The assessments, one column each, in the order of the list.
    pub entries: Vec<Rc<Entry>>,
    /// Per section: its title and each assessment's points there.
    pub sections: Vec<(String, Vec<String>)>,
    /// Each assessment's total.
    pub totals: Vec<String>,
    /// Each assessment's grade, and whether that is below the top grade.
    pub grades: Vec<(String, bool)>,
    /// The rubric's top grade.
    pub top: String,
    /// How many of the assessments reach it.
    pub reached: usize,
    /// Their share of the assessments, with one decimal ("66.7%").
    pub share: String,
}

impl Saved {
    /// The list and the comparisons of the assessments `kept`.
    fn new(kept: &[Kept]) -> Saved {
        let mut list = Vec::with_capacity(kept.len());
        let mut comparisons: Vec<Comparison> = Vec::new();
        for k in kept {
            let (total, grade) = match &k.scored {
                Some((rubric, r)) => {
                    let at = match comparisons
                        .iter()
                        .position(|c| Rc::ptr_eq(&c.rubric, rubric))
                    {
                        Some(at) => at,
                        None => {
                            comparisons.push(Comparison::of(rubric.clone()));
                            comparisons.len() - 1
                        }
                    };
                    comparisons[at].add(&k.entry, r);
                    (
                        format::out_of(r.total, r.max),
                        r.grade.clone().unwrap_or_default(),
                    )
                }
                None => ("—".to_owned(), String::new()),
            };
            list.push(ListRow {
                entry: k.entry.clone(),
                total,
                grade,
            });
        }
        comparisons.retain(|c| c.entries.len() >= 2);
        for c in &mut comparisons {
            c.share = format::percent(c.reached as i64, c.entries.len() as i64).unwrap_or_default();
        }
        Saved { list, comparisons }
    }
}

impl Comparison {
    /// No assessments yet of `rubric`.
    fn of(rubric: Rc<Rubric>) -> Comparison {
        Comparison {
            entries: Vec::new(),
            sections: rubric
                .sections
                .iter()
                .map(|s| (s.title.clone(), Vec::new()))
                .collect(),
            totals: Vec::new(),
            grades: Vec::new(),
            top: rubric
                .grades
                .first()
                .map(|g| g.name.clone())
                .unwrap_or_default(),
            reached: 0,
            share: String::new(),
            rubric,
        }
    }

    /// Adds a column: `entry`, scored `r`.
    fn add(&mut self, entry: &Rc<Entry>, r: &Report) {
        for (s, (_, cells)) in self.rubric.sections.iter().zip(&mut self.sections) {
            cells.push(
                r.section(&s.id)
                    .map(|x| format::points(x.earned))
                    .unwrap_or_default(),
            );
        }
        self.totals.push(format::points(r.total));
        let below = r.grade.as_deref() != Some(self.top.as_str());
        self.reached += usize::from(!below);
        self.grades
            .push((r.grade.clone().unwrap_or_default(), below));
        self.entries.push(entry.clone());
    }
}
