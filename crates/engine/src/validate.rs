//! Reading and checking rubric files.
//!
//! [`Rubric::from_json`] reports the first parse error with its location, or
//! else every problem [`Rubric::validate`] finds, each with the path of the
//! field at fault (`sections[2].items[4].scoring.threshold`) and a
//! structured [`ProblemKind`] the app words for the rubric's author.

use std::collections::BTreeMap;
use std::fmt;

use crate::date::DateError;
use crate::decimal::Points;
use crate::kinds::{Rule, RuleCheck};
use crate::model::{FactKind, Item, PassMark, Role, Rubric, Section, VetoEffect};
use crate::problem::IdOf;

pub use crate::problem::{Problem, ProblemKind};

/// Why a rubric file cannot be used: one or more [`Problem`]s.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RubricError {
    problems: Vec<Problem>,
}

impl RubricError {
    /// The problems, in file order (a parse error is always alone).
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }
}

impl fmt::Display for RubricError {
    /// One problem per line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.problems.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{p}")?;
        }
        Ok(())
    }
}

impl std::error::Error for RubricError {}

impl Rubric {
    /// Reads a rubric file and checks it with [`Rubric::validate`].
    ///
    /// ```
    /// use ziping_engine::{ProblemKind, Rubric};
    ///
    /// let err = Rubric::from_json("{").unwrap_err();
    /// let kind = &err.problems()[0].kind;
    /// assert_eq!(kind, &ProblemKind::NotJson { line: 1, column: 1, eof: true });
    /// ```
    pub fn from_json(text: &str) -> Result<Rubric, RubricError> {
        let rubric: Rubric =
            crate::json::from_str(text).map_err(|p| RubricError { problems: vec![p] })?;
        rubric.validate()?;
        Ok(rubric)
    }

    /// The rubric as pretty-printed JSON, fields in a fixed order.
    pub fn to_json(&self) -> String {
        // Serialising plain structs with string keys cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The highest total without bonus: the sum of the sections' points.
    pub fn max_points(&self) -> Points {
        self.sections.iter().map(|s| s.points).sum()
    }

    /// Checks everything the file format cannot express; collects all
    /// problems rather than stopping at the first.
    pub fn validate(&self) -> Result<(), RubricError> {
        let mut v = Validator::default();
        v.rubric(self);
        if v.problems.is_empty() {
            Ok(())
        } else {
            Err(RubricError {
                problems: v.problems,
            })
        }
    }
}

/// Collects the problems of a rubric.
#[derive(Default)]
pub(crate) struct Validator {
    problems: Vec<Problem>,
}

fn is_id_char(c: char) -> bool {
    c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | '.')
}

impl Validator {
    pub(crate) fn add(&mut self, path: impl Into<String>, kind: ProblemKind) {
        self.problems.push(Problem::new(path, kind));
    }

    /// A `cap_grade` effect at `path` must name one of the rubric's grades.
    pub(crate) fn grade_of(&mut self, r: &Rubric, path: String, effect: &VetoEffect) {
        if let VetoEffect::CapGrade { grade } = effect {
            if !r.grades.iter().any(|g| &g.name == grade) {
                let grades = r.grades.iter().map(|g| g.name.clone()).collect();
                let grade = grade.clone();
                self.add(path, ProblemKind::UnknownGrade { grade, grades });
            }
        }
    }

    fn id(&mut self, path: String, id: &str) {
        if id.is_empty() {
            self.add(path, ProblemKind::EmptyId);
        } else if !id.chars().all(is_id_char) {
            self.add(path, ProblemKind::IdChars { id: id.to_owned() });
        }
    }

    /// Records `id` as seen at `path`; reports a duplicate.
    fn unique(&mut self, seen: &mut BTreeMap<String, String>, of: IdOf, path: String, id: &str) {
        if id.is_empty() {
            return;
        }
        if let Some(first) = seen.get(id) {
            let kind = ProblemKind::Duplicate {
                of,
                id: id.to_owned(),
                first: first.clone(),
            };
            self.add(path, kind);
        } else {
            seen.insert(id.to_owned(), path);
        }
    }

    fn not_empty(&mut self, path: String, text: &str) {
        if text.trim().is_empty() {
            self.add(path, ProblemKind::Empty);
        }
    }

    fn rubric(&mut self, r: &Rubric) {
        self.id("id".to_owned(), &r.id);
        self.not_empty("version".to_owned(), &r.version);
        self.not_empty("title".to_owned(), &r.title);

        let mut docs = BTreeMap::new();
        for (i, d) in r.documents.iter().enumerate() {
            let path = format!("documents[{i}]");
            self.id(format!("{path}.id"), &d.id);
            self.unique(&mut docs, IdOf::Document, format!("{path}.id"), &d.id);
            self.not_empty(format!("{path}.title"), &d.title);
            // Common practice has no date of issue; every written source has.
            let dateless = d.kind == crate::model::DocumentKind::Practice && d.date.is_empty();
            if !dateless {
                if let Err(e) = crate::date::Date::parse(&d.date) {
                    self.add(format!("{path}.date"), date_problem(e, false));
                }
            }
        }

        let mut facts = BTreeMap::new();
        for (i, f) in r.facts.iter().enumerate() {
            let path = format!("facts[{i}]");
            self.id(format!("{path}.id"), &f.id);
            self.unique(&mut facts, IdOf::Fact, format!("{path}.id"), &f.id);
            self.not_empty(format!("{path}.label"), &f.label);
        }

        let max = r
            .sections
            .iter()
            .fold(0_i128, |a, s| a + i128::from(s.points.hundredths()));
        self.grades(r, max);
        self.pass(r, max);

        if r.sections.is_empty() {
            self.add("sections", ProblemKind::NoSections);
        }
        let mut section_ids = BTreeMap::new();
        let mut item_ids = BTreeMap::new();
        for (si, section) in r.sections.iter().enumerate() {
            let spath = format!("sections[{si}]");
            self.id(format!("{spath}.id"), &section.id);
            self.unique(
                &mut section_ids,
                IdOf::Section,
                format!("{spath}.id"),
                &section.id,
            );
            self.not_empty(format!("{spath}.title"), &section.title);
            self.section_points(&spath, section);
            for (ii, item) in section.items.iter().enumerate() {
                let ipath = format!("{spath}.items[{ii}]");
                self.id(format!("{ipath}.id"), &item.id);
                self.unique(&mut item_ids, IdOf::Item, format!("{ipath}.id"), &item.id);
                self.item(r, &ipath, item);
            }
        }
    }

    fn pass(&mut self, r: &Rubric, max: i128) {
        match &r.pass {
            Some(PassMark::Grade(grade)) if !r.grades.iter().any(|g| &g.name == grade) => {
                let grades = r.grades.iter().map(|g| g.name.clone()).collect();
                let grade = grade.clone();
                self.add("pass.grade", ProblemKind::UnknownGrade { grade, grades });
            }
            Some(PassMark::Min(min)) if i128::from(min.hundredths()) > max => {
                let max = Points(i64::try_from(max).unwrap_or(i64::MAX));
                self.add("pass.min", ProblemKind::GradeAboveMax { min: *min, max });
            }
            _ => {}
        }
    }

    fn grades(&mut self, r: &Rubric, max: i128) {
        if r.grades.is_empty() {
            self.add("grades", ProblemKind::NoGrades);
            return;
        }
        let mut names = BTreeMap::new();
        for (i, g) in r.grades.iter().enumerate() {
            let path = format!("grades[{i}]");
            self.not_empty(format!("{path}.name"), &g.name);
            if !g.name.is_empty() {
                if let Some(first) = names.get(&g.name) {
                    let kind = ProblemKind::Duplicate {
                        of: IdOf::Grade,
                        id: g.name.clone(),
                        first: String::clone(first),
                    };
                    self.add(format!("{path}.name"), kind);
                } else {
                    names.insert(g.name.clone(), format!("{path}.name"));
                }
            }
            if let Some(prev) = i.checked_sub(1).and_then(|p| r.grades.get(p)) {
                if g.min >= prev.min {
                    self.add(
                        format!("{path}.min"),
                        ProblemKind::GradeOrder {
                            min: g.min,
                            previous: prev.min,
                        },
                    );
                }
            }
            if i128::from(g.min.hundredths()) > max {
                self.add(
                    format!("{path}.min"),
                    ProblemKind::GradeAboveMax {
                        min: g.min,
                        max: Points(i64::try_from(max).unwrap_or(i64::MAX)),
                    },
                );
            }
        }
        if let Some(last) = r.grades.last() {
            if last.min != Points::ZERO {
                self.add(
                    format!("grades[{}].min", r.grades.len() - 1),
                    ProblemKind::LowestGradeNotZero { min: last.min },
                );
            }
        }
    }

    fn section_points(&mut self, spath: &str, section: &Section) {
        if section.items.is_empty() {
            self.add(format!("{spath}.items"), ProblemKind::NoItems);
        }
        let sum: Points = section
            .items
            .iter()
            .filter(|i| i.scoring.role() == Role::Scored)
            .map(|i| i.points)
            .sum();
        if sum != section.points {
            self.add(
                format!("{spath}.points"),
                ProblemKind::SectionSum {
                    section: section.points,
                    items: sum,
                },
            );
        }
    }

    fn item(&mut self, r: &Rubric, ipath: &str, item: &Item) {
        self.not_empty(format!("{ipath}.title"), &item.title);

        // Citation.
        let cpath = format!("{ipath}.source");
        if !r.documents.iter().any(|d| d.id == item.source.document) {
            self.add(
                format!("{cpath}.document"),
                ProblemKind::UnknownDocument {
                    id: item.source.document.clone(),
                },
            );
        }
        self.not_empty(format!("{cpath}.clause"), &item.source.clause);
        self.not_empty(format!("{cpath}.quote"), &item.source.quote);

        // Condition.
        if let Some(cond) = &item.applies_if {
            let apath = format!("{ipath}.applies_if");
            match r.facts.iter().find(|f| f.id == cond.fact) {
                None => self.add(
                    format!("{apath}.fact"),
                    ProblemKind::UnknownFact {
                        id: cond.fact.clone(),
                    },
                ),
                Some(f) => match (f.kind, cond.at_least.is_some(), cond.is.is_some()) {
                    (FactKind::Count, true, false) | (FactKind::Flag, false, true) => {}
                    (FactKind::Count, _, _) => self.add(
                        apath,
                        ProblemKind::ConditionNeedsAtLeast { fact: f.id.clone() },
                    ),
                    (FactKind::Flag, _, _) => {
                        self.add(apath, ProblemKind::ConditionNeedsIs { fact: f.id.clone() })
                    }
                },
            }
        }

        if let Some(effect) = &item.missed {
            let mpath = format!("{ipath}.missed");
            if item.scoring.role() != Role::Scored {
                self.add(mpath.clone(), ProblemKind::MissedNotScored);
            }
            self.grade_of(r, format!("{mpath}.grade"), effect);
        }

        let mut at = RuleCheck {
            v: self,
            rubric: r,
            item,
            item_path: ipath,
        };
        item.scoring.check(&mut at);
    }
}

/// The problem of a date that does not read (`month_day`: `MM-DD` is
/// allowed there too).
pub(crate) fn date_problem(e: DateError, month_day: bool) -> ProblemKind {
    match e {
        DateError::Format(found) => ProblemKind::BadDate { found, month_day },
        DateError::NoSuchDay(found) => ProblemKind::NoSuchDay { found },
    }
}
