//! Carrying an assessment's answers over to a newer version of its rubric.
//!
//! When a rubric's scoring changes its version changes, and work saved
//! against the old version still opens and scores as it was. Its answers can
//! also be carried over to the new version: an item whose rule is unchanged
//! (same id, kind and parameters, points, applicability, N/A permission and
//! `missed` effect) keeps its answer; an item whose rule changed, and an item
//! the old version did not have, are listed to be answered again. Nothing is
//! changed in the old assessment: the carried answers go into a new one.
//!
//! ```
//! use ziping_engine::{carry, Answers, Rubric};
//! # let old = ziping_engine::shipped::load("branch-standard").unwrap().unwrap();
//! let new = old.clone();
//! let c = carry::carry_over(&old, &new, &Answers::default());
//! assert!(c.changed.is_empty() && c.removed.is_empty());
//! ```

use crate::answers::{Answers, ItemAnswer};
use crate::assessment::Assessment;
use crate::model::{Item, Rubric};

/// The answers of an assessment carried over to another version of its
/// rubric, and what could not be carried.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CarryOver {
    /// The answers for the new version.
    pub answers: Answers,
    /// Items of the new version whose answer was carried over unchanged.
    pub kept: Vec<String>,
    /// Items of the new version whose rule differs from the old version's:
    /// their value is to be entered again (an evidence note is kept).
    pub changed: Vec<String>,
    /// Items of the new version the old one did not have.
    pub added: Vec<String>,
    /// Items answered in the old version that the new one no longer has.
    pub removed: Vec<String>,
    /// Facts answered in the old version that the new one does not have,
    /// or has with another kind.
    pub facts_dropped: Vec<String>,
}

impl CarryOver {
    /// The items of the new version to be answered (again): changed ones
    /// first, then added ones, each in rubric order.
    pub fn to_answer(&self) -> impl Iterator<Item = &String> {
        self.changed.iter().chain(&self.added)
    }
}

/// True when an answer to `a` means the same as an answer to `b`.
pub fn same_rule(a: &Item, b: &Item) -> bool {
    a.id == b.id
        && a.scoring == b.scoring
        && a.points == b.points
        && a.applies_if == b.applies_if
        && a.na_allowed == b.na_allowed
        && a.missed == b.missed
}

fn items(r: &Rubric) -> impl Iterator<Item = &Item> {
    r.sections.iter().flat_map(|s| s.items.iter())
}

/// Carries `answers`, given against `from`, over to `to`.
pub fn carry_over(from: &Rubric, to: &Rubric, answers: &Answers) -> CarryOver {
    let mut out = CarryOver::default();
    for f in &to.facts {
        if let Some(a) = answers.facts.get(&f.id) {
            let old = from.facts.iter().find(|o| o.id == f.id);
            if old.is_some_and(|o| o.kind == f.kind) {
                out.answers.facts.insert(f.id.clone(), a.clone());
            }
        }
    }
    out.facts_dropped = answers
        .facts
        .keys()
        .filter(|id| !out.answers.facts.contains_key(*id))
        .cloned()
        .collect();
    for item in items(to) {
        let answer = answers.items.get(&item.id);
        match items(from).find(|o| o.id == item.id) {
            None => out.added.push(item.id.clone()),
            Some(old) if same_rule(old, item) => {
                if let Some(a) = answer {
                    out.answers.items.insert(item.id.clone(), a.clone());
                    out.kept.push(item.id.clone());
                }
            }
            Some(_) => {
                // A changed item keeps its evidence note only.
                if let Some(a) = answer.filter(|a| !a.note.is_empty()) {
                    let note = ItemAnswer {
                        note: a.note.clone(),
                        ..ItemAnswer::default()
                    };
                    out.answers.items.insert(item.id.clone(), note);
                }
                out.changed.push(item.id.clone());
            }
        }
    }
    out.removed = items(from)
        .filter(|o| answers.items.contains_key(&o.id) && to.item(&o.id).is_none())
        .map(|o| o.id.clone())
        .collect();
    out
}

/// A copy of `assessment` (made against `from`) for `to`: the header and the
/// 问题清单 as they are (a row's link to an item the new version no longer
/// has is dropped), the answers carried over, no saved result.
pub fn assessment_for(
    assessment: &Assessment,
    from: &Rubric,
    to: &Rubric,
) -> (Assessment, CarryOver) {
    let carried = carry_over(from, to, &assessment.answers);
    let mut a = assessment.clone();
    a.rubric = to.into();
    a.answers = carried.answers.clone();
    a.result = None;
    // A review judged the old version's answers; the new one starts without.
    a.review = crate::review::Review::default();
    for row in &mut a.rectification {
        if row
            .item
            .as_ref()
            .is_some_and(|id| !items(to).any(|i| &i.id == id))
        {
            row.item = None;
        }
    }
    (a, carried)
}
