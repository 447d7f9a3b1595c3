//! Importing assessment files, backups and rubric files: what is added,
//! what is opened, and that a refused file changes nothing.

use ziping_engine::AssessmentError;

use super::*;
use crate::export::backup_json;

fn import(state: &mut AppState, text: &str) {
    state.apply(Action::ImportAssessments(vec![(
        "党建自评-全部备份.json".into(),
        Ok(text.to_owned()),
    )]));
}

fn assessments(state: &AppState) -> Vec<&Assessment> {
    state.store.entries.iter().map(|e| &e.assessment).collect()
}

/// A file of the branch self-check for `unit`.
fn file(unit: &str) -> String {
    answered(&branch(), unit, "见会议记录").to_json()
}

#[test]
pub(super) fn one_file_is_imported_and_opened() {
    let mut state = filled();
    let text = file("保卫科党支部");
    state.apply(Action::ImportAssessments(vec![(
        "保卫科.json".into(),
        Ok(text.clone()),
    )]));
    assert_eq!(
        state.notice,
        Some(Notice::Imported {
            file: "保卫科.json".into(),
            unit: "保卫科党支部".into(),
        })
    );
    let e = open(&state);
    assert_eq!(e.assessment, Assessment::from_json(&text).expect("file"));
    assert_eq!(state.store.entries[0].id, e.id);
    assert_eq!(state.store.entries.len(), 4);
    // What came from a file is held by that file: no export is due.
    assert_eq!(
        (e.exported.as_deref(), e.unexported_since.as_deref()),
        (None, None)
    );

    // No file at all is no import.
    changes_nothing(&mut state, Action::ImportAssessments(Vec::new()));
}

/// Imports one file that must be refused: checks that it changed nothing
/// and returns why it was refused.
fn refused(text: Result<String, ImportError>) -> ImportError {
    let mut state = filled();
    let before = state.store.clone();
    state.apply(Action::ImportAssessments(vec![("坏.json".into(), text)]));
    assert_eq!(state.store, before);
    match state.notice {
        Some(Notice::ImportFailed { file, error }) if file == "坏.json" => error,
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_faulty_file_changes_nothing_and_says_why() {
    let e = refused(Ok("{ not json".into()));
    assert!(
        matches!(
            e,
            ImportError::File(AssessmentError::NotJson { line: 1, .. })
        ),
        "{e:?}"
    );
    let e = refused(Ok("{\"format\": \"x\"}".into()));
    assert!(
        matches!(e, ImportError::File(AssessmentError::NotAssessment { .. })),
        "{e:?}"
    );
    let mut v: serde_json::Value = serde_json::from_str(&file("保卫科党支部")).expect("json");
    v["rubric"]["version"] = "9.9.9".into();
    let e = refused(Ok(v.to_string()));
    assert!(
        matches!(&e, ImportError::UnknownRubric { version, known, .. }
            if version == "9.9.9" && known == &["2.0.0".to_owned(), "1.0.0".to_owned()]),
        "{e:?}"
    );
    let unreadable = ImportError::Unreadable("NotReadableError".into());
    assert_eq!(refused(Err(unreadable.clone())), unreadable);
}

#[test]
fn a_file_is_imported_for_the_years_of_the_rule_only() {
    for year in [1921, 2999] {
        let mut state = AppState::default();
        state.apply(Action::ImportAssessments(vec![(
            "a.json".into(),
            Ok(file_of_year(year)),
        )]));
        assert_eq!(open(&state).assessment.year, year);
    }
    for year in [1920, 3000] {
        let mut state = filled();
        let before = state.store.clone();
        state.apply(Action::ImportAssessments(vec![(
            "a.json".into(),
            Ok(file_of_year(year)),
        )]));
        assert_eq!(state.store, before);
        assert_eq!(
            state.notice,
            Some(Notice::ImportFailed {
                file: "a.json".into(),
                error: ImportError::File(AssessmentError::Invalid {
                    path: "year".into(),
                    kind: ziping_engine::ProblemKind::YearOutOfRange {
                        found: year,
                        min: 1921,
                        max: 2999,
                    },
                }),
            })
        );
    }
}

fn file_of_year(year: i32) -> String {
    let mut v: serde_json::Value = serde_json::from_str(&file("保卫科党支部")).expect("json");
    v["year"] = year.into();
    v.to_string()
}

#[test]
fn several_files_are_each_imported_or_refused_and_none_opened() {
    let mut state = filled();
    state.apply(Action::Close);
    let before = state.store.entries.clone();
    state.apply(Action::ImportAssessments(vec![
        ("一.json".into(), Ok(file("一支部"))),
        ("坏.json".into(), Ok("[]".into())),
        ("二.json".into(), Ok(file("二支部"))),
    ]));
    match &state.notice {
        Some(Notice::ImportedBatch { imported, failed }) => {
            assert_eq!(
                imported,
                &[
                    ("一.json".to_owned(), "一支部".to_owned()),
                    ("二.json".to_owned(), "二支部".to_owned())
                ]
            );
            assert_eq!(failed.len(), 1);
            assert_eq!(failed[0].0, "坏.json");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(state.store.open, None);
    // Newest first, the kept ones after them as they were.
    let units: Vec<_> = state.store.entries[..2]
        .iter()
        .map(|e| e.assessment.unit.as_str())
        .collect();
    assert_eq!(units, ["二支部", "一支部"]);
    assert_eq!(state.store.entries[2..], before[..]);
}

#[test]
pub(super) fn a_rubric_file_is_added_refused_or_known() {
    let mut state = AppState::default();
    let own = own_rubric_text();
    state.apply(Action::ImportRubric("own.json".into(), own.clone()));
    assert_eq!(
        state.notice,
        Some(Notice::RubricAdded {
            file: "own.json".into(),
            title: "本院党委自定考核细则".into(),
            notes: Vec::new(),
        })
    );
    assert_eq!(state.store.rubrics, [Rc::from(own.as_str())]);
    // Its assessments can now be imported.
    let own_rubric = Rubric::from_json(&own).expect("own rubric");
    state.apply(Action::ImportAssessments(vec![(
        "a.json".into(),
        Ok(answered(&own_rubric, "外科党支部", "").to_json()),
    )]));
    assert!(matches!(state.notice, Some(Notice::Imported { .. })));

    // The same rubric again, or a shipped one, is known and not added.
    let before = state.store.clone();
    state.apply(Action::ImportRubric("again.json".into(), own));
    assert_eq!(state.store, before);
    assert_eq!(
        state.notice,
        Some(Notice::RubricDuplicate {
            file: "again.json".into(),
            id: "own-committee-rubric".into(),
            version: own_rubric.version.clone(),
        })
    );
    state.apply(Action::ImportRubric(
        "shipped.json".into(),
        SHIPPED[1].json.into(),
    ));
    assert_eq!(state.store, before);
    assert!(
        matches!(state.notice, Some(Notice::RubricDuplicate { ref id, .. }) if id == SHIPPED[1].id)
    );

    // A faulty one is refused with its located problems, one per line.
    let mut v: serde_json::Value = serde_json::from_str(SHIPPED[0].json).expect("json");
    v["id"] = "another".into();
    v["sections"][0]["points"] = "abc".into();
    state.apply(Action::ImportRubric("bad.json".into(), v.to_string()));
    assert_eq!(state.store, before);
    match &state.notice {
        Some(Notice::RubricRejected { file, problems }) => {
            assert_eq!(file, "bad.json");
            assert!(
                problems.iter().any(|p| p.path == "sections[0].points"),
                "{problems:?}"
            );
        }
        other => panic!("{other:?}"),
    }
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

#[test]
pub(super) fn a_workbook_read_as_a_rubric_is_imported_with_its_notes() {
    let mut state = AppState::default();
    let own = own_rubric_text();
    let notes = vec!["工作表“备注”未读取".to_owned()];
    state.apply(Action::WorkbookRead(
        "细则.xlsx".into(),
        Ok(crate::workbook::ReadRubric {
            rubric: Some(own.clone()),
            warnings: notes.clone(),
            issues: Vec::new(),
            truncated: false,
        }),
    ));
    assert_eq!(
        state.notice,
        Some(Notice::RubricAdded {
            file: "细则.xlsx".into(),
            title: "本院党委自定考核细则".into(),
            notes,
        })
    );
    assert_eq!(state.store.rubrics, [Rc::from(own.as_str())]);
}

#[test]
pub(super) fn a_workbook_refused_or_a_module_not_loaded_changes_nothing() {
    let mut state = AppState::default();
    state.apply(Action::ImportRubric("own.json".into(), own_rubric_text()));
    let before = state.store.clone();
    let issues = vec!["评分细则 F12（分值）：应为数字，实际为“五分”".to_owned()];
    state.apply(Action::WorkbookRead(
        "坏.xlsx".into(),
        Ok(crate::workbook::ReadRubric {
            rubric: None,
            warnings: Vec::new(),
            issues: issues.clone(),
            truncated: false,
        }),
    ));
    assert_eq!(state.store, before);
    assert_eq!(
        state.notice,
        Some(Notice::WorkbookRejected {
            file: "坏.xlsx".into(),
            issues,
            truncated: false,
        })
    );
    state.apply(Action::WorkbookRead(
        "细则.xlsx".into(),
        Err("workbook/ziping_workbook.js could not be loaded".into()),
    ));
    assert_eq!(state.store, before);
    assert_eq!(
        state.notice,
        Some(Notice::WorkbookUnavailable(
            "workbook/ziping_workbook.js could not be loaded".into()
        ))
    );
}
