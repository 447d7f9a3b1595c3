//! Work saved against a retired version of a shipped rubric: it stays as
//! it is, and is carried over to the current version on request.

use ziping_engine::shipped::RETIRED;
use ziping_engine::{carry, RectificationRow};

use super::*;

/// The branch self-check as it was first shipped.
fn retired_branch() -> Rubric {
    let r = RETIRED
        .iter()
        .find(|r| r.id == "branch-standard")
        .expect("a retired branch self-check");
    Rubric::from_json(r.json).expect("retired rubric")
}

/// A browser holding one branch file of the retired version, with every
/// item answered and one 问题清单 row, imported and open.
fn with_retired() -> (AppState, u64, Assessment) {
    let old = retired_branch();
    let mut a = Assessment::new(&old, "内科第一党支部", 2020);
    for (i, item) in old.sections.iter().flat_map(|s| &s.items).enumerate() {
        let value = match &item.scoring {
            ziping_engine::Scoring::Frequency(f) => {
                Value::Counts(vec![f.required.to_string(); f.per.periods()])
            }
            ziping_engine::Scoring::Levels(l) => Value::Level(l.levels[0].name.clone()),
            _ => Value::Check(ziping_engine::Check::Done),
        };
        let answer = ItemAnswer {
            value: Some(value),
            na: false,
            note: format!("台账 {i}"),
        };
        a.answers.items.insert(item.id.clone(), answer);
    }
    a.rectification.push(RectificationRow {
        problem: "党课次数不足".into(),
        item: Some(old.sections[0].items[0].id.clone()),
        ..RectificationRow::default()
    });
    let mut state = AppState {
        today: TODAY.into(),
        ..AppState::default()
    };
    state.apply(Action::ImportAssessments(vec![(
        "内科第一党支部.json".into(),
        Ok(a.to_json()),
    )]));
    let id = state.store.open.expect("imported and opened");
    state.notice = None;
    (state, id, a)
}

#[test]
pub(super) fn carry_over_starts_a_current_version_and_keeps_the_old_one() {
    let (mut state, old_id, old) = with_retired();
    let current = branch();
    assert_ne!(old.rubric.version, current.version, "the version changed");
    let before = state.store.entries[0].clone();

    state.apply(Action::CarryOver(old_id));

    // The old assessment is kept exactly as it was.
    let kept = state
        .store
        .entries
        .iter()
        .find(|e| e.id == old_id)
        .expect("kept");
    assert_eq!(kept, &before);
    // A new one, of the current version, is open and due for export.
    assert_eq!(state.store.entries.len(), 2);
    let new = open(&state).clone();
    assert_ne!(new.id, old_id);
    assert_eq!(new.assessment.rubric, (&current).into());
    assert_eq!(
        (new.assessment.unit.as_str(), new.assessment.year),
        ("内科第一党支部", 2020)
    );
    assert!(changed_since_export(&state));
    let c = carry::carry_over(&retired_branch(), &current, &old.answers);
    assert_eq!(new.assessment.answers, c.answers);
    assert_eq!(new.assessment.rectification.len(), 1);
    // Every item with an unchanged rule keeps its answer; every other
    // item of the new version is to be answered.
    for item in current.sections.iter().flat_map(|s| &s.items) {
        let had = retired_branch().item(&item.id).cloned();
        let same = had.as_ref().is_some_and(|h| carry::same_rule(h, item));
        let value = new
            .assessment
            .answers
            .items
            .get(&item.id)
            .and_then(|a| a.value.clone());
        assert_eq!(value.is_some(), same, "{}", item.id);
    }
    // The notice lists the items to answer by title.
    match &state.notice {
        Some(Notice::CarriedOver {
            from,
            to,
            kept,
            to_answer,
            ..
        }) => {
            assert_eq!(
                (from.as_str(), to.as_str()),
                ("1.0.0", current.version.as_str())
            );
            assert_eq!(*kept, c.kept.len());
            let titles: Vec<String> = c.to_answer().map(|id| current.item_title(id)).collect();
            assert_eq!(to_answer, &titles);
        }
        other => panic!("expected the carried-over notice, got {other:?}"),
    }
}

#[test]
fn carrying_over_again_opens_the_assessment_carried_before() {
    let (mut state, old_id, old) = with_retired();
    state.apply(Action::CarryOver(old_id));
    let new_id = state.store.open.expect("the new one is open");
    state.apply(Action::Open(old_id));
    let catalogue = Catalogue::new(&[], &[]);
    let banner =
        crate::view::versions::upgrade(&catalogue, &state.store.entries, &old, |_, _| None)
            .expect("a retired version");
    assert_eq!(banner.existing, Some(new_id));
    state.notice = None;
    state.apply(Action::CarryOver(old_id));
    assert_eq!(state.store.entries.len(), 2, "no second copy");
    assert_eq!(state.store.open, Some(new_id));
    assert_eq!(state.notice, None);
}

#[test]
fn the_banner_says_why_the_current_version_did_not_load() {
    let (state, _, old) = with_retired();
    let catalogue = Catalogue::new(&[], &[]);
    let why = |id: &str, v: &str| {
        (id == "branch-standard" && v != "1.0.0").then(|| "HTTP 503".to_owned())
    };
    let banner = crate::view::versions::upgrade(&catalogue, &state.store.entries, &old, why)
        .expect("a retired version");
    assert_eq!(banner.failed.as_deref(), Some("HTTP 503"));
    assert_eq!(banner.existing, None);
    assert_eq!(
        (banner.from.as_str(), banner.to.as_str()),
        ("1.0.0", branch().version.as_str())
    );
}

#[test]
fn carry_over_of_a_current_version_does_nothing() {
    let (mut state, id) = with_open();
    changes_nothing(&mut state, Action::CarryOver(id));
    changes_nothing(&mut state, Action::CarryOver(id + 100));
}
