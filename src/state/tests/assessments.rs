//! Starting, opening, copying, deleting and renaming assessments, and their
//! header fields.

use super::*;

#[test]
pub(super) fn create_starts_an_assessment_and_opens_it() {
    let mut state = AppState {
        today: TODAY.into(),
        ..AppState::default()
    };
    state.apply(Action::Create(NewAssessment {
        unit: "  内科第一党支部 ".into(),
        assessor: " 张三 ".into(),
        date: format!(" {TODAY} "),
        ..new_assessment("", 2026)
    }));
    let first = open(&state).clone();
    let mut expected = Assessment::new(&branch(), "内科第一党支部", 2026);
    expected.assessor = "张三".into();
    expected.date = TODAY.into();
    assert_eq!(first.assessment, expected);
    assert_eq!(
        (first.screen, first.section.as_deref()),
        (Screen::Scoring, None)
    );
    // A new assessment is work no export holds yet.
    assert_eq!(first.unexported_since.as_deref(), Some(TODAY));
    assert_eq!(first.exported, None);

    // The next one gets a new id, opens, and is listed first.
    state.apply(Action::Create(new_assessment("外科党支部", 2025)));
    let second = open(&state).clone();
    assert_ne!(second.id, first.id);
    let units: Vec<_> = state
        .store
        .entries
        .iter()
        .map(|e| e.assessment.unit.as_str())
        .collect();
    assert_eq!(units, ["外科党支部", "内科第一党支部"]);

    // The years of the rule, and nothing for a blank unit or another year.
    for year in [1921, 2999] {
        state.apply(Action::Create(new_assessment("党委办公室党支部", year)));
        assert_eq!(open(&state).assessment.year, year);
    }
    for year in [1920, 3000, 0] {
        changes_nothing(
            &mut state,
            Action::Create(new_assessment("党委办公室党支部", year)),
        );
    }
    changes_nothing(
        &mut state,
        Action::Create(new_assessment(" \u{3000}", 2026)),
    );
}

#[test]
pub(super) fn open_opens_a_kept_assessment_only() {
    let mut state = filled();
    let id = state.store.entries[2].id;
    state.apply(Action::Open(id));
    assert_eq!(open(&state).assessment.unit, "内科第一党支部");
    // Opening is no change to the assessment.
    assert_eq!(open(&state).unexported_since, None);
    // An id this browser does not have leaves the open one open.
    changes_nothing(&mut state, Action::Open(999));
    state.apply(Action::Close);
    changes_nothing(&mut state, Action::Open(999));
}

#[test]
pub(super) fn close_goes_back_to_the_list_and_keeps_the_place() {
    let (mut state, id) = with_open();
    state.apply(Action::GoScreen(Screen::Report));
    let entries = state.store.entries.clone();
    state.apply(Action::Close);
    assert_eq!(state.store.open, None);
    assert_eq!(state.store.entries, entries);
    // Opened again, it shows the screen it was left on.
    state.apply(Action::Open(id));
    assert_eq!(open(&state).screen, Screen::Report);
    state.apply(Action::Close);
    changes_nothing(&mut state, Action::Close);
}

#[test]
pub(super) fn duplicate_copies_the_answers_under_a_copy_name() {
    let (mut state, id) = with_open();
    let item = branch().sections[0].items[0].id.clone();
    state.apply(Action::SetNote(item, "见会议记录".into()));
    state.apply(Action::AddRows(vec![RectificationRow {
        problem: "组织生活会未按期召开".into(),
        ..RectificationRow::default()
    }]));
    state.apply(Action::Exported(id, format!("{TODAY} 10:00")));
    // A result saved with the original is not the copy's.
    state.store.entry_mut(id).expect("entry").assessment.result = Some(
        ziping_engine::ResultSummary::from_report(&open(&state).assessment.score(&branch())),
    );
    let original = open(&state).assessment.clone();

    state.apply(Action::Duplicate(id));
    assert_eq!(state.store.entries.len(), 2);
    let copy = &state.store.entries[0];
    assert_ne!(copy.id, id);
    assert_eq!(copy.assessment.unit, "内科第一党支部（副本）");
    assert_eq!(copy.assessment.answers, original.answers);
    assert_eq!(copy.assessment.rectification, original.rectification);
    assert_eq!(copy.assessment.result, None);
    // The copy is new work, not yet exported; the original stays open and
    // as it was.
    assert_eq!(copy.exported, None);
    assert_eq!(copy.unexported_since.as_deref(), Some(TODAY));
    assert_eq!(state.store.open, Some(id));
    assert_eq!(open(&state).assessment, original);
    assert_eq!(open(&state).unexported_since, None);

    // The word for a copy is the interface language's.
    state.apply(Action::SetLang(Lang::En));
    state.apply(Action::Duplicate(id));
    assert_eq!(
        state.store.entries[0].assessment.unit,
        "内科第一党支部 (copy)"
    );
    changes_nothing(&mut state, Action::Duplicate(999));
}

#[test]
pub(super) fn ask_delete_asks_and_cancels() {
    let (mut state, id) = with_open();
    let store = state.store.clone();
    state.apply(Action::AskDelete(Some(id)));
    assert_eq!(state.confirm_delete, Some(id));
    state.apply(Action::AskDelete(None));
    assert_eq!(state.confirm_delete, None);
    // Asking deletes nothing.
    assert_eq!(state.store, store);
}

#[test]
pub(super) fn delete_removes_and_closes() {
    let mut state = filled();
    let [newest, middle, oldest] = [0, 1, 2].map(|i| state.store.entries[i].id);
    state.apply(Action::Open(middle));
    state.apply(Action::AskDelete(Some(newest)));
    state.apply(Action::Delete(newest));
    assert_eq!(state.confirm_delete, None);
    let ids: Vec<_> = state.store.entries.iter().map(|e| e.id).collect();
    assert_eq!(ids, [middle, oldest]);
    // Deleting another assessment leaves the open one open; deleting the
    // open one goes back to the list.
    assert_eq!(state.store.open, Some(middle));
    state.apply(Action::Delete(middle));
    assert_eq!(state.store.open, None);
    assert_eq!(state.store.entries.len(), 1);

    // An id this browser does not have deletes nothing.
    changes_nothing(&mut state, Action::Delete(999));
    changes_nothing(&mut state, Action::Delete(newest));
}

#[test]
pub(super) fn set_meta_edits_the_header() {
    let (mut state, _) = with_open();
    for (field, value) in [
        (MetaField::Unit, "内科第二党支部"),
        (MetaField::Assessor, "李四"),
        (MetaField::Date, "2026-11-30"),
    ] {
        state.apply(Action::SetMeta(field, value.into()));
    }
    let a = &open(&state).assessment;
    assert_eq!(
        (a.unit.as_str(), a.assessor.as_str(), a.date.as_str()),
        ("内科第二党支部", "李四", "2026-11-30")
    );
    assert!(changed_since_export(&state));

    // The year is taken when it is a number within the rule (surrounding
    // spaces allowed), and otherwise the last good year stays, unchanged.
    let (mut state, id) = with_open();
    for (typed, year) in [("1921", 1921), (" 2999 ", 2999), ("2026", 2026)] {
        state.apply(Action::SetMeta(MetaField::Year, typed.into()));
        assert_eq!(open(&state).assessment.year, year, "{typed}");
    }
    state.apply(Action::Exported(id, format!("{TODAY} 11:00")));
    for typed in ["1920", "3000", "20", "", "二〇二六", "2026.5", "-2026"] {
        changes_nothing(&mut state, Action::SetMeta(MetaField::Year, typed.into()));
    }
    // The message beside a refused year names the same years.
    for lang in [Lang::Zh, Lang::En] {
        let message = M::YearInvalid.get(lang);
        for bound in [YEARS.start(), YEARS.end()] {
            assert!(message.contains(&bound.to_string()), "{message}");
        }
    }
    // Nor does typing the year it already has record a change.
    changes_nothing(&mut state, Action::SetMeta(MetaField::Year, "2026".into()));

    // With no assessment open there is no header to edit.
    state.apply(Action::Close);
    changes_nothing(&mut state, Action::SetMeta(MetaField::Unit, "外科".into()));
}

#[test]
pub(super) fn rename_trims_and_refuses_a_blank_name() {
    let mut state = filled();
    let id = state.store.entries[1].id;
    let open_before = state.store.open;
    assert_ne!(open_before, Some(id));
    state.apply(Action::Rename(id, " 机关第一党支部 ".into()));
    assert_eq!(state.store.entries[1].assessment.unit, "机关第一党支部");
    // A rename is a change no export holds; it opens nothing.
    assert_eq!(
        state.store.entries[1].unexported_since.as_deref(),
        Some(TODAY)
    );
    assert_eq!(state.store.open, open_before);
    assert_eq!(state.store.entries[0].unexported_since, None);

    state.apply(Action::Exported(id, format!("{TODAY} 12:00")));
    for blank in ["", "   ", "\u{3000}"] {
        changes_nothing(&mut state, Action::Rename(id, blank.into()));
    }
    changes_nothing(&mut state, Action::Rename(id, "机关第一党支部".into()));
    changes_nothing(&mut state, Action::Rename(999, "外科党支部".into()));
}
