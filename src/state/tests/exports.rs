//! What no export holds yet: when an assessment was last exported, since
//! when it holds changes, and the reminder that follows from both.

use super::*;

#[test]
fn a_new_assessment_is_due_for_export_once_complete_or_the_next_day() {
    let mut state = AppState {
        today: TODAY.into(),
        ..AppState::default()
    };
    state.apply(Action::Create(new_assessment("内科第一党支部", 2026)));
    let e = open(&state);
    assert_eq!(e.unexported_since.as_deref(), Some(TODAY));
    assert_eq!(e.exported, None);
    // Not nagged about on its first day...
    assert!(!e.export_due(TODAY, false));
    // ...but once complete, or the next day.
    assert!(e.export_due(TODAY, true));
    assert!(e.export_due("2026-12-02", false));
}

#[test]
pub(super) fn exported_marks_the_assessment_as_exported() {
    let mut state = filled();
    let id = state.store.entries[1].id;
    state.apply(Action::Open(id));
    state.apply(Action::SetNote("dydh".into(), "见记录".into()));
    assert_eq!(open(&state).unexported_since.as_deref(), Some(TODAY));
    state.apply(Action::Exported(id, "2026-12-01 10:30".into()));
    let e = open(&state);
    assert_eq!(e.exported.as_deref(), Some("2026-12-01 10:30"));
    assert_eq!(e.unexported_since, None);
    assert!(!e.export_due("2026-12-09", true));
    // The others are not exported by it.
    assert_eq!(state.store.entries[0].exported, None);

    // The marks survive a reload.
    let text = serde_json::to_string(&state.store).expect("store");
    let back: Store = ziping_engine::json::from_str(&text).expect("read back");
    assert_eq!(back, state.store);

    changes_nothing(&mut state, Action::Exported(999, "2026-12-01 10:31".into()));
}

#[test]
pub(super) fn a_backup_counts_as_an_export_of_each() {
    let mut state = filled();
    for i in [0, 2] {
        let id = state.store.entries[i].id;
        state.apply(Action::Rename(id, format!("第{i}党支部")));
    }
    state.apply(Action::ExportedAll("2026-12-04 09:00".into()));
    for e in &state.store.entries {
        assert_eq!(e.exported.as_deref(), Some("2026-12-04 09:00"));
        assert_eq!(e.unexported_since, None);
    }
}

#[test]
pub(super) fn changes_are_dated_by_the_day_they_are_made() {
    let (mut state, id) = with_open();
    // Moving about is no change; an answer is, dated the day it is made.
    state.apply(Action::GoScreen(Screen::Report));
    assert_eq!(open(&state).unexported_since, None);
    // A page left open: the day it shows changes comes with Action::Today.
    state.apply(Action::Today("2026-12-03".into()));
    assert_eq!(state.today, "2026-12-03");
    assert_eq!(open(&state).unexported_since, None);
    let item = branch().sections[0].items[0].id.clone();
    state.apply(Action::SetNote(item.clone(), "见记录".into()));
    assert_eq!(open(&state).unexported_since.as_deref(), Some("2026-12-03"));
    // The first change no export holds is the one that counts.
    state.apply(Action::Today("2026-12-04".into()));
    assert!(open(&state).export_due("2026-12-04", false));
    state.apply(Action::SetNote(item, "见会议记录".into()));
    assert_eq!(open(&state).unexported_since.as_deref(), Some("2026-12-03"));
    // Exported that day, the next change is dated by it.
    state.apply(Action::Exported(id, "2026-12-04 09:30".into()));
    state.apply(Action::SetMeta(MetaField::Assessor, "李四".into()));
    assert_eq!(open(&state).unexported_since.as_deref(), Some("2026-12-04"));
}
