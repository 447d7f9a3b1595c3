//! The saved store as the page reads it on start, and as other pages with
//! the same storage key change it.

use super::*;

#[test]
pub(super) fn restore_replaces_what_is_saved_and_nothing_else() {
    let saved = filled().store;
    let mut state = AppState {
        today: TODAY.into(),
        storage: StorageState::Unavailable,
        persisted: Some(true),
        ..AppState::default()
    };
    state.apply(Action::Notify(Notice::ExportFailed("SecurityError".into())));
    let before = state.clone();
    state.apply(Action::Restore(saved.clone()));
    assert_eq!(state.store, saved);
    assert_eq!(
        AppState {
            store: Store::default(),
            ..state.clone()
        },
        before
    );
    // Restoring records no change: the work is as it was saved.
    assert!(state
        .store
        .entries
        .iter()
        .all(|e| e.unexported_since.is_none()));

    // Where the user was comes back with it.
    let (mut open_here, id) = with_open();
    open_here.apply(Action::GoSection("s2".into()));
    let mut state = AppState::default();
    state.apply(Action::Restore(open_here.store.clone()));
    assert_eq!(state.store.open, Some(id));
    assert_eq!(open(&state).section.as_deref(), Some("s2"));
}

#[test]
pub(super) fn another_pages_change_to_the_open_assessment_is_shown_and_told() {
    let mut state = filled();
    let base = Rc::new(state.store.clone());
    let id = state.store.entries[1].id;
    state.apply(Action::Open(id));
    let mut theirs = (*base).clone();
    theirs.entries[1] = {
        let mut e = (*theirs.entries[1]).clone();
        e.assessment.assessor = "李四".into();
        Rc::new(e)
    };
    state.apply(Action::External {
        base: base.clone(),
        theirs: Rc::new(theirs.clone()),
    });
    assert_eq!(state.store.entries, theirs.entries);
    assert_eq!(state.store.open, Some(id));
    assert_eq!(
        state.notice,
        Some(Notice::ChangedElsewhere {
            unit: "机关党委".into(),
            deleted: false
        })
    );

    // A change to another assessment updates the list without a word.
    state.notice = None;
    let base = Rc::new(state.store.clone());
    let mut theirs = (*base).clone();
    theirs.entries.remove(0);
    state.apply(Action::External {
        base,
        theirs: Rc::new(theirs),
    });
    assert_eq!(state.store.entries.len(), 2);
    assert_eq!(state.notice, None);
}

#[test]
fn an_assessment_deleted_in_another_page_closes_here_with_a_notice() {
    let mut state = filled();
    let base = Rc::new(state.store.clone());
    let id = state.store.entries[0].id;
    state.apply(Action::Open(id));
    let mut theirs = (*base).clone();
    theirs.entries.remove(0);
    state.apply(Action::External {
        base,
        theirs: Rc::new(theirs.clone()),
    });
    assert_eq!(state.store.entries, theirs.entries);
    assert_eq!(state.store.open, None);
    assert_eq!(
        state.notice,
        Some(Notice::ChangedElsewhere {
            unit: "外科党支部".into(),
            deleted: true
        })
    );
}
