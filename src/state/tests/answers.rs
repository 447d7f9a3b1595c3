//! Answering facts and items, and moving between sections and screens.

use ziping_engine::{Check, FactAnswer, Status};

use super::*;

/// The checklist item 活动阵地 of the branch self-check (6 points, may be
/// marked N/A).
const CHECKLIST: &str = "hj";

fn status(state: &AppState, item: &str) -> Status {
    let report = open(state).assessment.score(&branch());
    report.item(item).expect("item of the rubric").status
}

#[test]
pub(super) fn set_fact_answers_and_clears_a_fact() {
    let (mut state, id) = with_open();
    state.apply(Action::SetFact(
        "full_members".into(),
        Some(FactAnswer::Count("23".into())),
    ));
    state.apply(Action::SetFact(
        "has_party_groups".into(),
        Some(FactAnswer::Flag(true)),
    ));
    let facts = &open(&state).assessment.answers.facts;
    assert_eq!(
        facts.get("full_members"),
        Some(&FactAnswer::Count("23".into()))
    );
    assert_eq!(facts.get("has_party_groups"), Some(&FactAnswer::Flag(true)));
    assert!(changed_since_export(&state));

    // Cleared, a fact is gone from the file.
    state.apply(Action::SetFact("full_members".into(), None));
    assert!(!open(&state)
        .assessment
        .answers
        .facts
        .contains_key("full_members"));
    state.apply(Action::Exported(id, format!("{TODAY} 10:00")));
    changes_nothing(&mut state, Action::SetFact("full_members".into(), None));
    changes_nothing(
        &mut state,
        Action::SetFact("has_party_groups".into(), Some(FactAnswer::Flag(true))),
    );
    state.apply(Action::Close);
    changes_nothing(
        &mut state,
        Action::SetFact("full_members".into(), Some(FactAnswer::Count("1".into()))),
    );
}

#[test]
pub(super) fn set_value_scores_and_clearing_leaves_no_trace() {
    let (mut state, _) = with_open();
    let fresh = open(&state).assessment.clone();
    assert_eq!(status(&state, CHECKLIST), Status::Incomplete);
    state.apply(Action::SetValue(
        CHECKLIST.into(),
        Some(Value::Check(Check::Done)),
    ));
    assert_eq!(status(&state, CHECKLIST), Status::Met);
    assert!(changed_since_export(&state));
    state.apply(Action::SetValue(
        CHECKLIST.into(),
        Some(Value::Check(Check::NotDone)),
    ));
    assert_eq!(status(&state, CHECKLIST), Status::Unmet);

    // Cleared, the item is as if never answered: the file holds nothing of it.
    state.apply(Action::SetValue(CHECKLIST.into(), None));
    assert_eq!(open(&state).assessment, fresh);
    assert_eq!(status(&state, CHECKLIST), Status::Incomplete);
    // A cleared item keeps its note.
    state.apply(Action::SetNote(CHECKLIST.into(), "见阵地照片".into()));
    state.apply(Action::SetValue(
        CHECKLIST.into(),
        Some(Value::Check(Check::Done)),
    ));
    state.apply(Action::SetValue(CHECKLIST.into(), None));
    assert_eq!(
        open(&state).assessment.answers.items[CHECKLIST].note,
        "见阵地照片"
    );

    // An item the rubric does not have scores nothing: the engine lists its
    // answer as unknown, and clearing one never answered changes nothing.
    let (mut state, id) = with_open();
    let total = open(&state).assessment.score(&branch()).total;
    state.apply(Action::SetValue(
        "no-such-item".into(),
        Some(Value::Check(Check::Done)),
    ));
    let report = open(&state).assessment.score(&branch());
    assert_eq!(report.total, total);
    assert_eq!(report.unknown_answers, ["no-such-item"]);
    state.apply(Action::SetValue("no-such-item".into(), None));
    assert_eq!(open(&state).assessment, fresh);
    state.apply(Action::Exported(id, format!("{TODAY} 10:00")));
    changes_nothing(&mut state, Action::SetValue("no-such-item".into(), None));
    changes_nothing(&mut state, Action::SetValue(CHECKLIST.into(), None));

    // With no assessment open nothing is answered.
    state.apply(Action::Close);
    changes_nothing(
        &mut state,
        Action::SetValue(CHECKLIST.into(), Some(Value::Check(Check::Done))),
    );
}

#[test]
pub(super) fn set_na_marks_an_item_not_applicable() {
    let (mut state, id) = with_open();
    let fresh = open(&state).assessment.clone();
    state.apply(Action::SetNa(CHECKLIST.into(), true));
    assert_eq!(status(&state, CHECKLIST), Status::Na);
    assert!(changed_since_export(&state));
    // Taken back, nothing of it stays in the file.
    state.apply(Action::SetNa(CHECKLIST.into(), false));
    assert_eq!(open(&state).assessment, fresh);
    assert_eq!(status(&state, CHECKLIST), Status::Incomplete);

    // N/A keeps the value entered before, which counts again once taken back.
    state.apply(Action::SetValue(
        CHECKLIST.into(),
        Some(Value::Check(Check::Done)),
    ));
    state.apply(Action::SetNa(CHECKLIST.into(), true));
    assert_eq!(status(&state, CHECKLIST), Status::Na);
    state.apply(Action::SetNa(CHECKLIST.into(), false));
    assert_eq!(status(&state, CHECKLIST), Status::Met);

    state.apply(Action::Exported(id, format!("{TODAY} 10:00")));
    changes_nothing(&mut state, Action::SetNa(CHECKLIST.into(), false));
    changes_nothing(&mut state, Action::SetNa("no-such-item".into(), false));
}

#[test]
pub(super) fn set_note_keeps_the_evidence_note() {
    let (mut state, id) = with_open();
    let fresh = open(&state).assessment.clone();
    state.apply(Action::SetNote(CHECKLIST.into(), "见阵地照片".into()));
    let answer = &open(&state).assessment.answers.items[CHECKLIST];
    assert_eq!(
        (answer.note.as_str(), answer.value.as_ref()),
        ("见阵地照片", None)
    );
    assert!(changed_since_export(&state));
    // A note is no answer: the item is still to be scored.
    assert_eq!(status(&state, CHECKLIST), Status::Incomplete);
    // Emptied, nothing of it stays.
    state.apply(Action::SetNote(CHECKLIST.into(), String::new()));
    assert_eq!(open(&state).assessment, fresh);

    state.apply(Action::Exported(id, format!("{TODAY} 10:00")));
    changes_nothing(&mut state, Action::SetNote(CHECKLIST.into(), String::new()));
    state.apply(Action::Close);
    changes_nothing(&mut state, Action::SetNote(CHECKLIST.into(), "x".into()));
}

#[test]
pub(super) fn go_section_shows_a_section_of_the_scoring() {
    let (mut state, id) = with_open();
    state.apply(Action::GoScreen(Screen::Report));
    state.apply(Action::GoSection("s2".into()));
    let e = open(&state);
    assert_eq!(
        (e.screen, e.section.as_deref()),
        (Screen::Scoring, Some("s2"))
    );
    // Moving about is no change to the assessment.
    assert_eq!(e.unexported_since, None);
    // The place is saved, so a reload shows the same section.
    state.apply(Action::Close);
    state.apply(Action::Open(id));
    assert_eq!(open(&state).section.as_deref(), Some("s2"));
    state.apply(Action::Close);
    changes_nothing(&mut state, Action::GoSection("s3".into()));
}

#[test]
pub(super) fn go_screen_switches_screens() {
    let (mut state, _) = with_open();
    for screen in [Screen::Rectification, Screen::Report, Screen::Scoring] {
        state.apply(Action::GoScreen(screen));
        assert_eq!(open(&state).screen, screen);
    }
    assert_eq!(open(&state).unexported_since, None);
    state.apply(Action::Close);
    changes_nothing(&mut state, Action::GoScreen(Screen::Report));
}
