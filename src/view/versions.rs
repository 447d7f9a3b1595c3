//! What an assessment made with a retired version of a shipped rubric is
//! offered: the current version, and what carrying its answers over to it
//! would keep (see [`ziping_engine::carry`]).

use std::rc::Rc;

use ziping_engine::{carry, Assessment};

use crate::rubrics::Catalogue;
use crate::state::{kept_for, Entry};

/// The banner of an assessment whose rubric version is retired.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Upgrade {
    /// The version it was made with.
    pub from: String,
    /// The current version.
    pub to: String,
    /// What carrying it over would do, once both rubrics are at hand.
    pub preview: Option<Preview>,
    /// An assessment of the current version for the same unit and year,
    /// already kept (carried over before, or started anew): it is opened
    /// rather than a second one made.
    pub existing: Option<u64>,
    /// Why the current version's file could not be fetched, if it could not.
    pub failed: Option<String>,
}

/// What carrying an assessment over keeps and leaves to answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Preview {
    /// Answers carried over.
    pub kept: usize,
    /// Items to answer (again): changed or new.
    pub to_answer: usize,
    /// Answered items the new version no longer has.
    pub removed: usize,
}

/// The banner for `a`, or `None` when its rubric version is current (or
/// not shipped); `failed` tells why a rubric's file (id, version) could not
/// be fetched.
pub fn upgrade(
    catalogue: &Catalogue,
    entries: &[Rc<Entry>],
    a: &Assessment,
    failed: impl Fn(&str, &str) -> Option<String>,
) -> Option<Upgrade> {
    let next = catalogue.successor(&a.rubric)?;
    let existing = kept_for(entries, a, &next.id, &next.version);
    let from = catalogue.for_ref(&a.rubric);
    let to = catalogue.for_ref(&next.reference());
    let preview = from.zip(to).map(|(from, to)| {
        let c = carry::carry_over(&from, &to, &a.answers);
        Preview {
            kept: c.kept.len(),
            to_answer: c.to_answer().count(),
            removed: c.removed.len(),
        }
    });
    Some(Upgrade {
        from: a.rubric.version.clone(),
        to: next.version.clone(),
        preview,
        existing,
        failed: failed(&next.id, &next.version),
    })
}
