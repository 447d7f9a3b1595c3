//! 汇总: opening the roll-up, its order and filter, the committee's name,
//! and which of a unit's files counts.

use super::*;

/// A browser holding two files of one branch for 2020, the corrected one
/// imported second, and one of another branch.
fn resent() -> (AppState, u64, u64) {
    let mut state = AppState {
        today: TODAY.into(),
        ..AppState::default()
    };
    let r = branch();
    for (unit, note) in [
        ("内科党支部", "初报"),
        ("内科党支部 ", "更正"),
        ("外科党支部", ""),
    ] {
        state.apply(Action::ImportAssessments(vec![(
            "a.json".into(),
            Ok(answered(&r, unit, note).to_json()),
        )]));
    }
    let id = |note: &str| {
        state
            .store
            .entries
            .iter()
            .find(|e| {
                e.assessment.unit.starts_with("内科")
                    && e.assessment.answers.items.values().any(|a| a.note == note)
            })
            .map(|e| e.id)
            .expect("imported")
    };
    let (old, new) = (id("初报"), id("更正"));
    state.apply(Action::Close);
    state.notice = None;
    (state, old, new)
}

fn pick(state: &AppState) -> &SummaryPick {
    state.store.summary.as_ref().expect("a roll-up shown")
}

#[test]
pub(super) fn open_summary_shows_a_roll_up_and_keeps_its_order() {
    let (mut state, old, _) = resent();
    state.apply(Action::Open(old));
    let r = branch();
    state.apply(Action::OpenSummary(r.id.clone(), r.version.clone(), 2020));
    // The roll-up replaces the open assessment.
    assert_eq!(state.store.open, None);
    assert_eq!(
        (pick(&state).rubric.as_str(), pick(&state).year),
        (r.id.as_str(), 2020)
    );
    state.apply(Action::SortSummary(SortBy::Shortfall));
    state.apply(Action::FailingOnly(true));
    // Another year keeps the order and the filter.
    state.apply(Action::OpenSummary(r.id.clone(), r.version.clone(), 2019));
    let p = pick(&state);
    assert_eq!(
        (p.year, p.sort, p.failing_only),
        (2019, SortBy::Shortfall, true)
    );
    // Kept with the work: a reload shows the same roll-up.
    let text = serde_json::to_string(&state.store).expect("store");
    let back: Store = ziping_engine::json::from_str(&text).expect("read back");
    assert_eq!(back.summary, state.store.summary);
}

#[test]
pub(super) fn close_summary_goes_back_to_the_list() {
    let (mut state, _, _) = resent();
    let r = branch();
    state.apply(Action::OpenSummary(r.id.clone(), r.version.clone(), 2020));
    let entries = state.store.entries.clone();
    state.apply(Action::CloseSummary);
    assert_eq!(state.store.summary, None);
    assert_eq!(state.store.entries, entries);
    changes_nothing(&mut state, Action::CloseSummary);
}

#[test]
pub(super) fn sort_summary_orders_the_roster() {
    let (mut state, _, _) = resent();
    // Without a roll-up shown there is nothing to order.
    changes_nothing(&mut state, Action::SortSummary(SortBy::Total));
    let r = branch();
    state.apply(Action::OpenSummary(r.id.clone(), r.version.clone(), 2020));
    for by in [SortBy::Total, SortBy::Completion, SortBy::Files] {
        state.apply(Action::SortSummary(by));
        assert_eq!(pick(&state).sort, by);
    }
}

#[test]
pub(super) fn failing_only_filters_the_roster() {
    let (mut state, _, _) = resent();
    changes_nothing(&mut state, Action::FailingOnly(true));
    let r = branch();
    state.apply(Action::OpenSummary(r.id.clone(), r.version.clone(), 2020));
    state.apply(Action::FailingOnly(true));
    assert!(pick(&state).failing_only);
    state.apply(Action::FailingOnly(false));
    assert!(!pick(&state).failing_only);
}

#[test]
pub(super) fn set_committee_names_the_printout() {
    let (mut state, _, _) = resent();
    changes_nothing(&mut state, Action::SetCommittee("机关党委".into()));
    let r = branch();
    state.apply(Action::OpenSummary(r.id.clone(), r.version.clone(), 2020));
    state.apply(Action::SetCommittee("乐清市卫生健康局机关党委".into()));
    state.apply(Action::OpenSummary(r.id.clone(), r.version.clone(), 2019));
    assert_eq!(pick(&state).committee, "乐清市卫生健康局机关党委");
}

#[test]
pub(super) fn count_file_chooses_one_file_of_its_unit() {
    let (mut state, old, new) = resent();
    let assessments: Vec<Assessment> = state
        .store
        .entries
        .iter()
        .map(|e| e.assessment.clone())
        .collect();
    let counted = |s: &AppState| -> Vec<u64> {
        s.store
            .entries
            .iter()
            .filter(|e| e.counted)
            .map(|e| e.id)
            .collect()
    };
    state.apply(Action::CountFile(old));
    assert_eq!(counted(&state), [old]);
    // The other file of the unit (its name written with a space) is
    // unmarked when it is chosen instead; the other unit is untouched.
    state.apply(Action::CountFile(new));
    assert_eq!(counted(&state), [new]);
    // Which file counts is not part of any assessment: no export is due.
    let now: Vec<Assessment> = state
        .store
        .entries
        .iter()
        .map(|e| e.assessment.clone())
        .collect();
    assert_eq!(now, assessments);
    assert!(state
        .store
        .entries
        .iter()
        .all(|e| e.unexported_since.is_none()));
    changes_nothing(&mut state, Action::CountFile(9999));
}

#[test]
pub(super) fn show_problems_shows_the_merged_list_on_request() {
    let (mut state, _, _) = resent();
    changes_nothing(&mut state, Action::ShowProblems(true));
    let r = branch();
    state.apply(Action::OpenSummary(r.id.clone(), r.version.clone(), 2020));
    assert!(!pick(&state).problems_shown, "hidden at first");
    state.apply(Action::ShowProblems(true));
    assert!(pick(&state).problems_shown);
    // Kept for another year of the same roll-up.
    state.apply(Action::OpenSummary(r.id.clone(), r.version.clone(), 2019));
    assert!(pick(&state).problems_shown);
    state.apply(Action::ShowProblems(false));
    assert!(!pick(&state).problems_shown);
}

#[test]
pub(super) fn compare_unit_shows_a_unit_beside_its_previous_year() {
    let (mut state, _, _) = resent();
    changes_nothing(&mut state, Action::CompareUnit(Some("内科党支部".into())));
    let r = branch();
    state.apply(Action::OpenSummary(r.id.clone(), r.version.clone(), 2020));
    assert_eq!(pick(&state).compare, None);
    state.apply(Action::CompareUnit(Some(" 内科党支部 ".into())));
    assert_eq!(pick(&state).compare.as_deref(), Some("内科党支部"));
    state.apply(Action::CompareUnit(None));
    assert_eq!(pick(&state).compare, None);
    // Another year of the roll-up compares no unit until asked.
    state.apply(Action::CompareUnit(Some("内科党支部".into())));
    state.apply(Action::OpenSummary(r.id.clone(), r.version.clone(), 2019));
    assert_eq!(pick(&state).compare, None);
}
