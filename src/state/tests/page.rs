//! What the page shows beside the work: the language, whether saving
//! works, notices, and the shipped rubrics' files as they arrive.

use super::*;

fn unreadable() -> Notice {
    Notice::StoreUnreadable {
        backup: Some("dangjian-ziping.v1.unreadable.1764576000000".into()),
        reason: "expected value at line 1 column 1".into(),
        text: Rc::from("{oops"),
    }
}

#[test]
pub(super) fn storage_records_whether_saving_works() {
    let (mut state, _) = with_open();
    let store = state.store.clone();
    assert_eq!(state.storage, StorageState::Saving);
    for s in [
        StorageState::Failed("QuotaExceededError".into()),
        StorageState::Unavailable,
        StorageState::Saving,
    ] {
        state.apply(Action::Storage(s.clone()));
        assert_eq!(state.storage, s);
    }
    assert_eq!(state.store, store);
}

#[test]
pub(super) fn persisted_records_the_browsers_answer() {
    let mut state = filled();
    let store = state.store.clone();
    assert_eq!(state.persisted, None);
    state.apply(Action::Persisted(false));
    assert_eq!(state.persisted, Some(false));
    state.apply(Action::Persisted(true));
    assert_eq!(state.persisted, Some(true));
    assert_eq!(state.store, store);
}

#[test]
pub(super) fn set_lang_switches_and_saves_the_language() {
    let (mut state, _) = with_open();
    let entries = state.store.entries.clone();
    state.apply(Action::SetLang(Lang::En));
    assert_eq!(state.store.lang, Lang::En);
    // Kept with the work, so that a reload keeps it.
    let text = serde_json::to_string(&state.store).expect("store");
    let back: Store = ziping_engine::json::from_str(&text).expect("read back");
    assert_eq!(back.lang, Lang::En);
    // No assessment changes with it.
    assert_eq!(state.store.entries, entries);
    changes_nothing(&mut state, Action::SetLang(Lang::En));
}

#[test]
pub(super) fn notify_shows_a_notice_beside_the_unreadable_store_one() {
    let mut state = filled();
    let store = state.store.clone();
    state.apply(Action::Notify(unreadable()));
    assert_eq!(state.store_notice, Some(unreadable()));
    assert_eq!(state.notice, None);
    // Another notice takes the other place and leaves that one.
    state.apply(Action::Notify(Notice::ExportFailed("SecurityError".into())));
    assert_eq!(
        state.notice,
        Some(Notice::ExportFailed("SecurityError".into()))
    );
    assert_eq!(state.store_notice, Some(unreadable()));
    // A later one replaces it.
    let failed = Notice::ImportFailed {
        file: "a.json".into(),
        error: ImportError::TooLarge { bytes: 9_000_000 },
    };
    state.apply(Action::Notify(failed.clone()));
    assert_eq!(state.notice, Some(failed));
    assert_eq!(state.store, store);
}

#[test]
pub(super) fn dismiss_leaves_the_unreadable_store_notice() {
    let mut state = filled();
    state.apply(Action::Notify(unreadable()));
    state.apply(Action::Notify(Notice::ExportFailed("SecurityError".into())));
    state.apply(Action::Dismiss);
    assert_eq!(state.notice, None);
    assert_eq!(state.store_notice, Some(unreadable()));
    changes_nothing(&mut state, Action::Dismiss);
}

#[test]
pub(super) fn dismiss_store_notice_leaves_the_other_notice() {
    let mut state = filled();
    state.apply(Action::Notify(unreadable()));
    state.apply(Action::Notify(Notice::ExportFailed("SecurityError".into())));
    state.apply(Action::DismissStoreNotice);
    assert_eq!(state.store_notice, None);
    assert_eq!(
        state.notice,
        Some(Notice::ExportFailed("SecurityError".into()))
    );
    changes_nothing(&mut state, Action::DismissStoreNotice);
}

#[test]
pub(super) fn a_fetched_rubric_is_kept_once() {
    let mut state = filled();
    let store = state.store.clone();
    let r = Rc::new(rubric(2));
    state.apply(Action::RubricFetchFailed(
        r.id.clone(),
        r.version.clone(),
        "HTTP 503".into(),
    ));
    state.apply(Action::RubricFetched(r.clone()));
    assert_eq!(state.fetched.len(), 1);
    assert!(Rc::ptr_eq(&state.fetched[0], &r));
    // Arrived, it is no longer reported as failed.
    assert_eq!(state.fetch_failure(&r.id, &r.version), None);
    assert!(state.fetch_failed.is_empty());
    // The same file twice (two pages asked) is kept once.
    changes_nothing(&mut state, Action::RubricFetched(r));
    assert_eq!(state.store, store);
}

#[test]
pub(super) fn a_failed_fetch_is_told_with_its_reason() {
    let mut state = filled();
    let store = state.store.clone();
    let (a, b) = (rubric(2), rubric(3));
    state.apply(Action::RubricFetchFailed(
        a.id.clone(),
        a.version.clone(),
        "HTTP 404".into(),
    ));
    state.apply(Action::RubricFetchFailed(
        b.id.clone(),
        b.version.clone(),
        "offline".into(),
    ));
    // A second failure of the same file replaces the first reason.
    state.apply(Action::RubricFetchFailed(
        a.id.clone(),
        a.version.clone(),
        "HTTP 503".into(),
    ));
    assert_eq!(
        state.fetch_failure(&a.id, &a.version).map(String::as_str),
        Some("HTTP 503")
    );
    assert_eq!(
        state.fetch_failure(&b.id, &b.version).map(String::as_str),
        Some("offline")
    );
    assert_eq!(state.fetch_failed.len(), 2);
    // Another version of the same rubric is another file.
    assert_eq!(state.fetch_failure(&a.id, "9.9.9"), None);
    assert_eq!(state.store, store);
}

#[test]
pub(super) fn retry_forgets_the_failure_of_that_rubric_only() {
    let mut state = filled();
    let (a, b) = (rubric(2), rubric(3));
    for r in [&a, &b] {
        state.apply(Action::RubricFetchFailed(
            r.id.clone(),
            r.version.clone(),
            "offline".into(),
        ));
    }
    state.apply(Action::RetryRubric(a.id.clone(), a.version.clone()));
    assert_eq!(state.fetch_failure(&a.id, &a.version), None);
    assert!(state.fetch_failure(&b.id, &b.version).is_some());
    changes_nothing(
        &mut state,
        Action::RetryRubric(a.id.clone(), a.version.clone()),
    );
    changes_nothing(
        &mut state,
        Action::RetryRubric(b.id.clone(), "9.9.9".into()),
    );
}

#[test]
pub(super) fn workbook_done_clears_the_busy_notice_and_no_other() {
    let mut state = AppState::default();
    state.apply(Action::Notify(Notice::WorkbookBusy));
    state.apply(Action::WorkbookDone);
    assert_eq!(state.notice, None);
    // A notice shown while the workbook was written stays.
    let refused = Notice::WorkbookRejected {
        file: "细则.xlsx".into(),
        issues: vec!["评分细则 F2：…".into()],
        truncated: false,
    };
    state.apply(Action::Notify(refused.clone()));
    state.apply(Action::WorkbookDone);
    assert_eq!(state.notice, Some(refused));
}
