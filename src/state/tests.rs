//! The reducer, natively: backups and the folding in of other pages' saves.

use std::rc::Rc;

use ziping_engine::shipped::SHIPPED;
use ziping_engine::{Assessment, AssessmentError, ItemAnswer, Rubric, Value};

use super::*;
use crate::export::backup_json;

fn rubric(i: usize) -> Rubric {
    Rubric::from_json(SHIPPED[i].json).expect("shipped rubric")
}

/// A rubric of the user's own: a shipped one under another id.
fn own_rubric_text() -> String {
    let mut v: serde_json::Value = serde_json::from_str(SHIPPED[0].json).expect("json");
    v["id"] = "own-committee-rubric".into();
    v["title"] = "本院党委自定考核细则".into();
    v.to_string()
}

fn answered(rubric: &Rubric, unit: &str, note: &str) -> Assessment {
    let mut a = Assessment::new(rubric, unit, 2020);
    let item = rubric.sections[0].items[0].id.clone();
    a.answers.items.insert(
        item,
        ItemAnswer {
            value: Some(Value::Count("3".into())),
            na: false,
            note: note.into(),
        },
    );
    a
}

/// A browser holding three assessments, one of them of an imported rubric.
fn filled() -> AppState {
    let mut state = AppState::default();
    let own = own_rubric_text();
    state.apply(Action::ImportRubric("own.json".into(), own.clone()));
    let own = Rubric::from_json(&own).expect("own rubric");
    for a in [
        answered(&rubric(0), "内科第一党支部", "见会议记录"),
        answered(&rubric(1), "机关党委", ""),
        answered(&own, "外科党支部", "“三会一课”台账"),
    ] {
        state.apply(Action::ImportAssessments(vec![(
            "a.json".into(),
            Ok(a.to_json()),
        )]));
    }
    state.notice = None;
    state
}

fn import(state: &mut AppState, text: &str) {
    state.apply(Action::ImportAssessments(vec![(
        "党建自评-全部备份.json".into(),
        Ok(text.to_owned()),
    )]));
}

fn assessments(state: &AppState) -> Vec<&Assessment> {
    state.store.entries.iter().map(|e| &e.assessment).collect()
}

#[test]
fn a_backup_restores_everything_in_an_empty_browser() {
    let source = filled();
    let text = backup_json(&source.store);
    let mut state = AppState::default();
    import(&mut state, &text);
    assert_eq!(assessments(&state), assessments(&source));
    assert_eq!(state.store.rubrics, source.store.rubrics);
    assert_eq!(
        state.notice,
        Some(Notice::BackupImported {
            file: "党建自评-全部备份.json".into(),
            added: 3,
            known: 0,
            rubrics: 1,
        })
    );
    // Nothing is opened: a backup is a whole browser's work.
    assert_eq!(state.store.open, None);
}

#[test]
fn importing_a_backup_twice_changes_nothing() {
    let text = backup_json(&filled().store);
    let mut state = AppState::default();
    import(&mut state, &text);
    let once = state.store.clone();
    import(&mut state, &text);
    assert_eq!(state.store, once);
    assert!(matches!(
        state.notice,
        Some(Notice::BackupImported {
            added: 0,
            known: 3,
            rubrics: 0,
            ..
        })
    ));
    // Nor into the browser it came from.
    let mut source = filled();
    let before = source.store.clone();
    import(&mut source, &text);
    assert_eq!(source.store, before);
}

#[test]
fn a_changed_assessment_in_a_backup_is_added_beside_the_kept_one() {
    let mut source = filled();
    let text = backup_json(&source.store);
    // After the backup, one assessment changes here.
    source.store.entries[0] = {
        let mut e = (*source.store.entries[0]).clone();
        e.assessment.assessor = "王五".into();
        Rc::new(e)
    };
    import(&mut source, &text);
    assert_eq!(source.store.entries.len(), 4);
    assert!(matches!(
        source.notice,
        Some(Notice::BackupImported {
            added: 1,
            known: 2,
            ..
        })
    ));
}

#[test]
fn a_faulty_backup_changes_nothing_and_says_where() {
    let source = filled();
    let mut v: serde_json::Value = serde_json::from_str(&backup_json(&source.store)).expect("json");
    v["assessments"][1]["year"] = "二〇二〇".into();
    let mut state = filled();
    let before = state.store.clone();
    import(&mut state, &v.to_string());
    assert_eq!(state.store, before);
    match state.notice {
        Some(Notice::ImportFailed {
            error: ImportError::InBackup { index: 2, error },
            ..
        }) => assert!(
            matches!(*error, ImportError::File(AssessmentError::Invalid { ref path, .. }) if path == "year"),
            "{error:?}"
        ),
        other => panic!("{other:?}"),
    }

    // A rubric the backup's assessments need but does not hold.
    let mut v: serde_json::Value = serde_json::from_str(&backup_json(&source.store)).expect("json");
    v["rubrics"] = serde_json::json!([]);
    let mut state = AppState::default();
    import(&mut state, &v.to_string());
    assert_eq!(state.store, Store::default());
    assert!(matches!(
        state.notice,
        Some(Notice::ImportFailed {
            error: ImportError::InBackup { index: 1, .. },
            ..
        })
    ));

    // A faulty rubric.
    v["rubrics"] = serde_json::json!(["{\"id\": 1}"]);
    import(&mut state, &v.to_string());
    assert_eq!(state.store, Store::default());
    assert!(matches!(
        state.notice,
        Some(Notice::ImportFailed {
            error: ImportError::RubricInBackup { index: 1, .. },
            ..
        })
    ));
}

#[test]
fn a_backup_of_a_newer_version_is_refused() {
    let mut v: serde_json::Value =
        serde_json::from_str(&backup_json(&filled().store)).expect("json");
    v["format_version"] = 2.into();
    let mut state = AppState::default();
    import(&mut state, &v.to_string());
    assert_eq!(state.store, Store::default());
    assert!(matches!(
        state.notice,
        Some(Notice::ImportFailed {
            error: ImportError::File(AssessmentError::TooNew { found: 2, .. }),
            ..
        })
    ));
}

#[test]
fn a_file_too_large_to_read_is_refused_with_its_size() {
    let mut state = filled();
    let before = state.store.clone();
    state.apply(Action::ImportAssessments(vec![(
        "大文件.json".into(),
        Err(ImportError::TooLarge { bytes: 9_000_001 }),
    )]));
    assert_eq!(state.store, before);
    assert_eq!(
        state.notice,
        Some(Notice::ImportFailed {
            file: "大文件.json".into(),
            error: ImportError::TooLarge { bytes: 9_000_001 },
        })
    );
    assert_eq!(
        crate::i18n::too_large_text(crate::i18n::Lang::Zh, 9_000_001, FILE_LIMIT),
        "文件大小 9.1 MB，超过上限 8.0 MB"
    );
}

#[test]
fn another_pages_change_to_the_open_assessment_is_shown_and_told() {
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
fn what_no_export_holds_is_tracked_until_exported() {
    let mut state = AppState {
        today: "2026-12-01".into(),
        ..AppState::default()
    };
    let r = rubric(0);
    state.apply(Action::Create(NewAssessment {
        rubric: Assessment::new(&r, "", 2026).rubric,
        unit: "内科第一党支部".into(),
        year: 2026,
        assessor: String::new(),
        date: String::new(),
    }));
    let entry = |s: &AppState| s.store.current().cloned().expect("open entry");
    assert_eq!(
        entry(&state).unexported_since.as_deref(),
        Some("2026-12-01")
    );
    assert_eq!(entry(&state).exported, None);
    // A new assessment is not nagged about on its first day...
    assert!(!entry(&state).export_due("2026-12-01", false));
    // ...but is once complete, or the next day.
    assert!(entry(&state).export_due("2026-12-01", true));
    assert!(entry(&state).export_due("2026-12-02", false));

    let id = entry(&state).id;
    state.apply(Action::Exported(id, "2026-12-01 10:30".into()));
    assert_eq!(entry(&state).exported.as_deref(), Some("2026-12-01 10:30"));
    assert_eq!(entry(&state).unexported_since, None);
    assert!(!entry(&state).export_due("2026-12-09", true));

    // Moving about is no change; an answer is, and is dated the day it is made.
    state.apply(Action::GoScreen(Screen::Report));
    assert_eq!(entry(&state).unexported_since, None);
    // A page left open: the day it shows changes comes with Action::Today.
    state.apply(Action::Today("2026-12-03".into()));
    let item = r.sections[0].items[0].id.clone();
    state.apply(Action::SetNote(item.clone(), "见记录".into()));
    assert_eq!(
        entry(&state).unexported_since.as_deref(),
        Some("2026-12-03")
    );
    state.apply(Action::Today("2026-12-04".into()));
    assert!(entry(&state).export_due("2026-12-04", false));
    state.apply(Action::SetNote(item, "见会议记录".into()));
    assert_eq!(
        entry(&state).unexported_since.as_deref(),
        Some("2026-12-03")
    );

    // A backup of everything counts as an export of each.
    state.apply(Action::ExportedAll("2026-12-04 09:00".into()));
    assert_eq!(entry(&state).exported.as_deref(), Some("2026-12-04 09:00"));
    assert_eq!(entry(&state).unexported_since, None);

    // The marks survive a reload.
    let text = serde_json::to_string(&state.store).expect("store");
    let back: Store = ziping_engine::json::from_str(&text).expect("read back");
    assert_eq!(back, state.store);
}

#[test]
fn a_file_of_a_rubric_that_a_backup_in_the_same_batch_brings_is_imported() {
    let source = filled();
    let backup = backup_json(&source.store);
    let own = Rubric::from_json(&own_rubric_text()).expect("own rubric");
    let later = answered(&own, "保卫科党支部", "");
    let mut state = AppState::default();
    state.apply(Action::ImportAssessments(vec![
        ("备份.json".into(), Ok(backup)),
        ("保卫科.json".into(), Ok(later.to_json())),
    ]));
    match &state.notice {
        Some(Notice::ImportedBatch { imported, failed }) => {
            assert!(failed.is_empty(), "{failed:?}");
            assert_eq!(imported.len(), 4);
        }
        other => panic!("{other:?}"),
    }
}
