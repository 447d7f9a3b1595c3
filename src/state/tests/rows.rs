//! The rectification list (问题清单) of the open assessment.

use super::*;

fn row(problem: &str) -> RectificationRow {
    RectificationRow {
        problem: problem.into(),
        ..RectificationRow::default()
    }
}

/// The problems of the open assessment's list, in order.
fn problems(state: &AppState) -> Vec<&str> {
    open(state)
        .assessment
        .rectification
        .iter()
        .map(|r| r.problem.as_str())
        .collect()
}

/// The open assessment with rows 甲, 乙, 丙, just exported.
fn with_rows() -> AppState {
    let (mut state, id) = with_open();
    state.apply(Action::AddRows(vec![row("甲"), row("乙"), row("丙")]));
    state.apply(Action::Exported(id, format!("{TODAY} 10:00")));
    state
}

#[test]
pub(super) fn add_rows_appends_to_the_list() {
    let (mut state, _) = with_open();
    state.apply(Action::AddRows(vec![row("甲"), row("乙")]));
    state.apply(Action::AddRows(vec![RectificationRow::default()]));
    assert_eq!(problems(&state), ["甲", "乙", ""]);
    assert!(changed_since_export(&state));

    let mut state = with_rows();
    changes_nothing(&mut state, Action::AddRows(Vec::new()));
    state.apply(Action::Close);
    changes_nothing(&mut state, Action::AddRows(vec![row("丁")]));
}

#[test]
pub(super) fn remove_row_removes_that_row_only() {
    let mut state = with_rows();
    state.apply(Action::RemoveRow(1));
    assert_eq!(problems(&state), ["甲", "丙"]);
    assert!(changed_since_export(&state));

    let mut state = with_rows();
    changes_nothing(&mut state, Action::RemoveRow(3));
    changes_nothing(&mut state, Action::RemoveRow(usize::MAX));
    state.apply(Action::Close);
    changes_nothing(&mut state, Action::RemoveRow(0));
}

#[test]
pub(super) fn edit_row_edits_one_column_of_one_row() {
    let mut state = with_rows();
    for (field, value) in [
        (RowField::Problem, "“三会一课”记录不全"),
        (RowField::Measure, "补齐台账"),
        (RowField::Department, "党委办公室"),
        (RowField::Deadline, "2027年3月底前"),
        (RowField::Note, "已部署"),
    ] {
        state.apply(Action::EditRow(2, field, value.into()));
    }
    let rows = &open(&state).assessment.rectification;
    assert_eq!(
        rows[2],
        RectificationRow {
            problem: "“三会一课”记录不全".into(),
            measure: "补齐台账".into(),
            department: "党委办公室".into(),
            deadline: "2027年3月底前".into(),
            note: "已部署".into(),
            ..RectificationRow::default()
        }
    );
    assert_eq!(rows[..2], [row("甲"), row("乙")]);
    assert!(changed_since_export(&state));

    let mut state = with_rows();
    changes_nothing(&mut state, Action::EditRow(3, RowField::Note, "x".into()));
    changes_nothing(
        &mut state,
        Action::EditRow(0, RowField::Problem, "甲".into()),
    );
    state.apply(Action::Close);
    changes_nothing(&mut state, Action::EditRow(0, RowField::Note, "x".into()));
}

#[test]
pub(super) fn set_row_status_sets_one_rows_progress() {
    let mut state = with_rows();
    state.apply(Action::SetRowStatus(0, RectificationStatus::InProgress));
    state.apply(Action::SetRowStatus(1, RectificationStatus::Done));
    let statuses: Vec<_> = open(&state)
        .assessment
        .rectification
        .iter()
        .map(|r| r.status)
        .collect();
    assert_eq!(
        statuses,
        [
            RectificationStatus::InProgress,
            RectificationStatus::Done,
            RectificationStatus::Open
        ]
    );
    assert!(changed_since_export(&state));

    let mut state = with_rows();
    changes_nothing(
        &mut state,
        Action::SetRowStatus(3, RectificationStatus::Done),
    );
    changes_nothing(
        &mut state,
        Action::SetRowStatus(0, RectificationStatus::Open),
    );
}

#[test]
pub(super) fn move_row_up_swaps_with_the_row_above() {
    let mut state = with_rows();
    state.apply(Action::MoveRowUp(2));
    assert_eq!(problems(&state), ["甲", "丙", "乙"]);
    assert!(changed_since_export(&state));
    state.apply(Action::MoveRowUp(1));
    assert_eq!(problems(&state), ["丙", "甲", "乙"]);

    // The first row has nothing above it; past the end there is no row.
    let mut state = with_rows();
    for i in [0, 3, usize::MAX] {
        changes_nothing(&mut state, Action::MoveRowUp(i));
    }
}
