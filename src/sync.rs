//! Several pages, one saved store.
//!
//! Two tabs, two windows, or an embedded widget and the standalone page may
//! use the same local-storage key. Each page keeps the whole [`Store`] in
//! memory and writes it back after a change, so a page that wrote without
//! looking would replace what another page saved in the meantime. Instead a
//! page remembers the store as it last read or wrote it (the *base*), and
//! whenever the saved store turns out to differ from that base (before a
//! write, or when the browser reports another page's write) it folds the
//! other page's changes into its own with [`merge`], a three-way merge per
//! assessment:
//!
//! - an assessment changed on one side only takes that side's version;
//! - an assessment changed on both sides keeps this page's version: its
//!   change is the later one, since the other page's is already saved. The
//!   other page then learns of it in turn and is told ([`Merged::replaced`]);
//! - a deletion on one side holds unless the other side changed the
//!   assessment since: an edit is never lost to a deletion made elsewhere;
//! - assessments created on both sides are all kept; one that got the same
//!   local id as another page's new one is renumbered;
//! - imported rubrics are the union of both sides.
//!
//! Where this page is (the open assessment, its screen and section, the
//! language) stays this page's own.
//!
//! The store is kept under one key rather than split per assessment: the
//! merge already keeps unrelated edits apart, and one key keeps a save
//! atomic (the browser writes one item at once, never half of a store).

use std::rc::Rc;

use crate::state::{Entry, Store};

/// The outcome of [`merge`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Merged {
    /// The store with both pages' changes.
    pub store: Store,
    /// Assessments of this page that the other page's version replaced or
    /// deleted: their units, and whether deleted. Only those this page had
    /// not changed itself: for the user of this page, news.
    pub replaced: Vec<(u64, String, bool)>,
}

/// Folds `theirs` (the store as another page saved it) into `ours` (this
/// page's store), both descended from `base` (the store as this page last
/// read or wrote it). See the module documentation for the rules.
pub fn merge(base: &Store, ours: &Store, theirs: &Store) -> Merged {
    let find = |store: &Store, id: u64| store.entries.iter().find(|e| e.id == id).cloned();
    let mut replaced = Vec::new();
    let mut entries: Vec<Rc<Entry>> = Vec::new();
    // Ids already taken by either side, for renumbering a clash.
    let mut next = [base, ours, theirs]
        .iter()
        .flat_map(|s| s.entries.iter().map(|e| e.id + 1))
        .chain([ours.next_id, theirs.next_id])
        .max()
        .unwrap_or(0);
    let mut open = ours.open;

    // Their new assessments come first (newest first, as on their page).
    let ours_new = |id: u64| find(base, id).is_none() && find(ours, id).is_some();
    for e in &theirs.entries {
        if find(base, e.id).is_none() && !ours_new(e.id) {
            entries.push(e.clone());
        }
    }
    for mine in &ours.entries {
        let (Some(was), theirs_now) = (find(base, mine.id), find(theirs, mine.id)) else {
            // Created here. A new one of theirs with the same id is kept
            // too: the same content once, other content under a new id.
            match find(theirs, mine.id) {
                Some(t) if t.assessment == mine.assessment => entries.push(mine.clone()),
                Some(t) => {
                    entries.push(t);
                    let mut moved = (**mine).clone();
                    moved.id = next;
                    if open == Some(mine.id) {
                        open = Some(next);
                    }
                    next += 1;
                    entries.insert(0, Rc::new(moved));
                }
                None => entries.push(mine.clone()),
            }
            continue;
        };
        let changed_here = !same_work(mine, &was);
        match theirs_now {
            // Deleted there: gone, unless changed here since.
            None if !changed_here => {
                replaced.push((mine.id, mine.assessment.unit.clone(), true));
                if open == Some(mine.id) {
                    open = None;
                }
            }
            None => entries.push(mine.clone()),
            Some(t) if !changed_here && !same_work(&t, &was) => {
                // Changed there only: their answers, this page's place.
                replaced.push((mine.id, mine.assessment.unit.clone(), false));
                let mut e = (*t).clone();
                e.screen = mine.screen;
                e.section.clone_from(&mine.section);
                entries.push(Rc::new(e));
            }
            Some(_) => entries.push(mine.clone()),
        }
    }
    // Deleted here: gone, unless changed there since (then kept, as theirs).
    for t in &theirs.entries {
        if let Some(was) = find(base, t.id) {
            if find(ours, t.id).is_none() && !same_work(t, &was) {
                entries.push(t.clone());
            }
        }
    }

    let mut rubrics = ours.rubrics.clone();
    for r in &theirs.rubrics {
        if !rubrics.contains(r) {
            rubrics.push(r.clone());
        }
    }
    Merged {
        store: Store {
            lang: ours.lang,
            open,
            next_id: next,
            entries,
            rubrics,
            summary: ours.summary.clone(),
        },
        replaced,
    }
}

/// Whether two versions of an entry hold the same work: the assessment and
/// when it was exported (where the user was in it does not count).
fn same_work(a: &Rc<Entry>, b: &Rc<Entry>) -> bool {
    Rc::ptr_eq(a, b)
        || (a.assessment == b.assessment
            && a.exported == b.exported
            && a.unexported_since == b.unexported_since)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::Screen;
    use ziping_engine::{Assessment, RubricRef};

    fn assessment(unit: &str) -> Assessment {
        let rubric = RubricRef {
            id: "r".into(),
            version: "1".into(),
            title: "R".into(),
        };
        Assessment::new(rubric, unit, 2020)
    }

    fn entry(id: u64, unit: &str) -> Rc<Entry> {
        Rc::new(Entry {
            id,
            assessment: assessment(unit),
            screen: Screen::Scoring,
            section: None,
            exported: None,
            unexported_since: None,
            counted: false,
        })
    }

    fn store(entries: &[Rc<Entry>]) -> Store {
        Store {
            next_id: entries.iter().map(|e| e.id + 1).max().unwrap_or(0),
            entries: entries.to_vec(),
            ..Store::default()
        }
    }

    fn units(s: &Store) -> Vec<(u64, &str)> {
        s.entries
            .iter()
            .map(|e| (e.id, e.assessment.unit.as_str()))
            .collect()
    }

    fn edited(e: &Rc<Entry>, assessor: &str) -> Rc<Entry> {
        let mut e = (**e).clone();
        e.assessment.assessor = assessor.into();
        Rc::new(e)
    }

    #[test]
    fn each_page_creating_one_keeps_both() {
        // Both pages read an empty store and handed out id 0.
        let base = store(&[]);
        let ours = store(&[entry(0, "内科支部")]);
        let theirs = store(&[entry(0, "外科支部")]);
        let m = merge(&base, &ours, &theirs);
        assert_eq!(units(&m.store), vec![(1, "内科支部"), (0, "外科支部")]);
        assert_eq!(m.store.next_id, 2);
        assert!(m.replaced.is_empty());
    }

    #[test]
    fn a_renumbered_open_assessment_stays_open() {
        let mut ours = store(&[entry(0, "内科支部")]);
        ours.open = Some(0);
        let m = merge(&store(&[]), &ours, &store(&[entry(0, "外科支部")]));
        assert_eq!(
            m.store.current().map(|e| e.assessment.unit.as_str()),
            Some("内科支部")
        );
    }

    #[test]
    fn the_same_new_assessment_on_both_sides_is_kept_once() {
        let e = entry(0, "内科支部");
        let m = merge(&store(&[]), &store(std::slice::from_ref(&e)), &store(&[e]));
        assert_eq!(units(&m.store), vec![(0, "内科支部")]);
    }

    #[test]
    fn an_assessment_changed_elsewhere_is_taken_and_reported() {
        let a = entry(0, "内科支部");
        let b = entry(1, "外科支部");
        let base = store(&[b.clone(), a.clone()]);
        // Here: a new section shown in b, nothing changed.
        let mut here = (*b).clone();
        here.section = Some("s2".into());
        let ours = store(&[Rc::new(here), a.clone()]);
        let theirs = store(&[edited(&b, "张三"), a]);
        let m = merge(&base, &ours, &theirs);
        let got = m.store.entries.iter().find(|e| e.id == 1).cloned();
        assert_eq!(
            got.as_ref().map(|e| e.assessment.assessor.as_str()),
            Some("张三")
        );
        assert_eq!(got.and_then(|e| e.section.clone()).as_deref(), Some("s2"));
        assert_eq!(m.replaced, vec![(1, "外科支部".to_owned(), false)]);
    }

    #[test]
    fn unrelated_changes_on_both_sides_are_both_kept() {
        let a = entry(0, "内科支部");
        let b = entry(1, "外科支部");
        let base = store(&[b.clone(), a.clone()]);
        let ours = store(&[b.clone(), edited(&a, "李四")]);
        let theirs = store(&[edited(&b, "张三"), a]);
        let m = merge(&base, &ours, &theirs);
        let assessor = |id| {
            m.store
                .entries
                .iter()
                .find(|e| e.id == id)
                .map(|e| e.assessment.assessor.clone())
        };
        assert_eq!(assessor(0).as_deref(), Some("李四"));
        assert_eq!(assessor(1).as_deref(), Some("张三"));
    }

    #[test]
    fn the_same_assessment_changed_on_both_sides_keeps_this_pages_later_edit() {
        let a = entry(0, "内科支部");
        let m = merge(
            &store(std::slice::from_ref(&a)),
            &store(&[edited(&a, "here")]),
            &store(&[edited(&a, "there")]),
        );
        assert_eq!(m.store.entries[0].assessment.assessor, "here");
        assert!(m.replaced.is_empty());
    }

    #[test]
    fn a_deletion_elsewhere_holds_unless_changed_here() {
        let a = entry(0, "内科支部");
        let b = entry(1, "外科支部");
        let base = store(&[b.clone(), a.clone()]);
        let mut ours = store(&[b.clone(), edited(&a, "李四")]);
        ours.open = Some(1);
        let m = merge(&base, &ours, &store(&[]));
        assert_eq!(units(&m.store), vec![(0, "内科支部")]);
        assert_eq!(m.store.open, None);
        assert_eq!(m.replaced, vec![(1, "外科支部".to_owned(), true)]);
    }

    #[test]
    fn a_deletion_here_holds_unless_changed_elsewhere() {
        let a = entry(0, "内科支部");
        let b = entry(1, "外科支部");
        let base = store(&[b.clone(), a.clone()]);
        let theirs = store(&[b, edited(&a, "张三")]);
        let m = merge(&base, &store(&[]), &theirs);
        assert_eq!(units(&m.store), vec![(0, "内科支部")]);
        assert_eq!(m.store.entries[0].assessment.assessor, "张三");
    }

    #[test]
    fn imported_rubrics_are_the_union() {
        let mut ours = store(&[]);
        ours.rubrics = vec![Rc::from("a"), Rc::from("b")];
        let mut theirs = store(&[]);
        theirs.rubrics = vec![Rc::from("b"), Rc::from("c")];
        let m = merge(&store(&[]), &ours, &theirs);
        let texts: Vec<&str> = m.store.rubrics.iter().map(|r| &**r).collect();
        assert_eq!(texts, vec!["a", "b", "c"]);
    }

    #[test]
    fn merging_what_is_already_in_is_a_fixed_point() {
        let a = entry(0, "内科支部");
        let b = entry(1, "外科支部");
        let base = store(std::slice::from_ref(&a));
        let ours = store(&[b, edited(&a, "李四")]);
        let m = merge(&base, &ours, &base);
        assert_eq!(m.store, ours);
        // The other page, folding this page's write into its unchanged store,
        // ends with the same store: no write back, no ping-pong.
        let back = merge(&base, &base, &m.store);
        assert_eq!(back.store.entries, m.store.entries);
    }
}
