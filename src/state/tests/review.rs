//! The review (审核) in the reducer: its steps in turn, the reviewer's
//! answers and comments only while reviewing, nothing of the unit's work
//! changing out of its turn, and a file that comes back.

use ziping_engine::review::{Part, Stage, Step, StepError};
use ziping_engine::{Check, ItemAnswer, Value};

use super::*;

const UNIT: &str = "内科第一党支部";

fn check(c: Check) -> Option<Value> {
    Some(Value::Check(c))
}

/// The open assessment, answered on 换届 (`hj`) and submitted.
fn submitted() -> (AppState, u64) {
    let (mut state, id) = with_open();
    state.apply(Action::SetValue("hj".into(), check(Check::Done)));
    state.apply(Action::Review(ReviewStep::Submit(UNIT.into())));
    assert_eq!(open(&state).assessment.review.stage, Stage::Submitted);
    (state, id)
}

/// Submitted, then taken up by the committee.
fn in_review() -> (AppState, u64) {
    let (mut state, id) = submitted();
    state.apply(Action::Review(ReviewStep::Start("王某".into())));
    (state, id)
}

fn review(state: &AppState) -> &ziping_engine::review::Review {
    &open(state).assessment.review
}

fn import_one(state: &mut AppState, name: &str, a: &Assessment) {
    state.apply(Action::ImportAssessments(vec![(
        name.into(),
        Ok(a.to_json()),
    )]));
}

#[test]
pub(super) fn review_takes_the_steps_in_turn_dated_today() {
    let (mut state, _) = submitted();
    assert!(changed_since_export(&state));
    let first = &review(&state).history.events()[0];
    assert_eq!(
        (&first.step, first.who.as_str(), first.when.as_str()),
        (&Step::Submit, UNIT, TODAY)
    );
    // Out of turn: refused, said, nothing else changes.
    let before = state.store.clone();
    state.apply(Action::Review(ReviewStep::SignOff("王某".into())));
    assert_eq!(state.store, before);
    assert_eq!(
        state.notice,
        Some(Notice::StepRefused(StepError::NotNow {
            stage: Stage::Submitted
        }))
    );
    // Without a name: refused.
    state.apply(Action::Review(ReviewStep::Start("  ".into())));
    assert_eq!(state.notice, Some(Notice::StepRefused(StepError::Blank)));
    assert_eq!(state.store, before);
    // In turn: taken, and the refusal goes.
    state.apply(Action::Review(ReviewStep::Start("王某".into())));
    assert_eq!(review(&state).stage, Stage::InReview);
    assert_eq!(state.notice, None);
    state.apply(Action::Review(ReviewStep::Return("王某".into())));
    state.apply(Action::SetValue("hj".into(), check(Check::Partly)));
    state.apply(Action::Review(ReviewStep::Submit(UNIT.into())));
    let steps: Vec<&Step> = review(&state)
        .history
        .events()
        .iter()
        .map(|e| &e.step)
        .collect();
    assert_eq!(
        steps,
        [
            &Step::Submit,
            &Step::StartReview,
            &Step::Return,
            &Step::Revise(vec!["hj".into()]),
            &Step::Submit
        ]
    );
    // Withdrawn before it is taken up, the unit may change it again.
    state.apply(Action::Review(ReviewStep::Withdraw(UNIT.into())));
    assert_eq!(review(&state).stage, Stage::Draft);
    state.apply(Action::SetValue("hj".into(), check(Check::Done)));
    assert_eq!(
        open(&state).assessment.answers.items["hj"].value,
        check(Check::Done)
    );
}

#[test]
fn the_units_work_changes_only_in_its_turn() {
    let (mut state, id) = in_review();
    for action in [
        Action::SetValue("hj".into(), None),
        Action::SetNa("hj".into(), true),
        Action::SetNote("hj".into(), "x".into()),
        Action::SetFact("full_members".into(), None),
        Action::SetMeta(MetaField::Unit, "别的支部".into()),
        Action::Rename(id, "别的支部".into()),
        Action::AddRows(vec![RectificationRow::default()]),
    ] {
        changes_nothing(&mut state, action);
    }
    // Signed off: read-only everywhere, the reviewer's answers too.
    state.apply(Action::Review(ReviewStep::SignOff("王某".into())));
    assert!(review(&state).locked());
    for action in [
        Action::SetValue("hj".into(), None),
        Action::SetReviewValue("hj".into(), None),
        Action::Reassess("hj".into(), true),
        Action::SetComment("hj".into(), "x".into()),
        Action::Rename(id, "别的支部".into()),
    ] {
        changes_nothing(&mut state, action);
    }
    // Until reopened, with a reason.
    state.apply(Action::Review(ReviewStep::Reopen(
        "王某".into(),
        " ".into(),
    )));
    assert!(review(&state).locked());
    state.apply(Action::Review(ReviewStep::Reopen(
        "王某".into(),
        "换届材料需复核".into(),
    )));
    assert_eq!(review(&state).stage, Stage::InReview);
    state.apply(Action::SetComment("hj".into(), "请补批复".into()));
    assert_eq!(review(&state).comments["hj"], "请补批复");
}

#[test]
pub(super) fn set_review_value_scores_the_reviewers_answer_in_review_only() {
    let (mut state, _) = submitted();
    changes_nothing(
        &mut state,
        Action::SetReviewValue("hj".into(), check(Check::NotDone)),
    );
    state.apply(Action::Review(ReviewStep::Start("王某".into())));
    state.apply(Action::SetReviewValue("hj".into(), check(Check::NotDone)));
    let a = &open(&state).assessment;
    assert_eq!(a.review.answers.items["hj"].value, check(Check::NotDone));
    // The unit's own answer is untouched; the standing score is the review's.
    assert_eq!(a.answers.items["hj"].value, check(Check::Done));
    let rubric = branch();
    assert!(a.standing_score(&rubric).total < a.score(&rubric).total);
}

#[test]
pub(super) fn set_review_na_marks_the_reviewed_item_na() {
    let (mut state, _) = in_review();
    state.apply(Action::SetReviewNa("hj".into(), true));
    assert!(review(&state).answers.items["hj"].na);
}

#[test]
pub(super) fn reassess_starts_from_the_units_answer_or_accepts_it() {
    let (mut state, _) = in_review();
    state.apply(Action::SetNote(
        "hj".into(),
        "ignored: not the unit's turn".into(),
    ));
    state.apply(Action::Reassess("hj".into(), true));
    assert_eq!(
        review(&state).answers.items["hj"],
        open(&state).assessment.answers.items["hj"]
    );
    // Again: the reviewer's answer so far stays.
    state.apply(Action::SetReviewValue("hj".into(), check(Check::Partly)));
    state.apply(Action::Reassess("hj".into(), true));
    assert_eq!(
        review(&state).answers.items["hj"].value,
        check(Check::Partly)
    );
    // An item the unit left blank starts blank.
    state.apply(Action::Reassess("dydh".into(), true));
    assert_eq!(review(&state).answers.items["dydh"], ItemAnswer::default());
    state.apply(Action::Reassess("hj".into(), false));
    assert!(!review(&state).answers.items.contains_key("hj"));
}

#[test]
pub(super) fn set_comment_keeps_a_comment_and_drops_a_blank_one() {
    let (mut state, _) = in_review();
    state.apply(Action::SetComment("hj".into(), "请补换届批复".into()));
    assert_eq!(review(&state).comments["hj"], "请补换届批复");
    state.apply(Action::SetComment("hj".into(), "  ".into()));
    assert!(review(&state).comments.is_empty());
}

#[test]
pub(super) fn differing_only_is_kept_for_the_page() {
    let (mut state, _) = in_review();
    state.apply(Action::DifferingOnly(true));
    assert!(state.differing_only);
    state.apply(Action::DifferingOnly(false));
    assert!(!state.differing_only);
}

/// The branch's browser with its submitted file, and the committee's
/// browser after reviewing that file and returning it.
fn round_trip() -> (AppState, Assessment) {
    let (branch_side, committee) = both_sides();
    let back = open(&committee).assessment.clone();
    (branch_side, back)
}

/// The branch's browser and the committee's, after the return.
fn both_sides() -> (AppState, AppState) {
    let (branch_side, _) = submitted();
    let sent = open(&branch_side).assessment.clone();
    let mut committee = AppState {
        today: "2026-12-03".into(),
        ..AppState::default()
    };
    import_one(&mut committee, "内科.json", &sent);
    committee.apply(Action::Review(ReviewStep::Start("王某".into())));
    committee.apply(Action::Reassess("hj".into(), true));
    committee.apply(Action::SetReviewValue("hj".into(), check(Check::Partly)));
    committee.apply(Action::SetComment("hj".into(), "缺换届批复".into()));
    committee.apply(Action::Review(ReviewStep::Return("王某".into())));
    (branch_side, committee)
}

#[test]
fn a_returned_file_replaces_the_branchs_copy_and_a_resubmission_the_committees() {
    let (mut branch_side, back) = round_trip();
    let before = branch_side.store.entries.len();
    import_one(&mut branch_side, "内科-审核.json", &back);
    assert_eq!(
        branch_side.store.entries.len(),
        before,
        "taken over the copy"
    );
    let a = &open(&branch_side).assessment;
    assert_eq!(a.review.stage, Stage::Returned);
    assert_eq!(a.review.comments["hj"], "缺换届批复");
    assert!(matches!(
        branch_side.notice,
        Some(Notice::Arrived {
            outcome: Arrived::Taken {
                stage: Stage::Returned,
                kept: 0
            },
            ..
        })
    ));
    // The same file again: nothing changes.
    let store = branch_side.store.clone();
    import_one(&mut branch_side, "内科-审核.json", &back);
    assert_eq!(branch_side.store.entries, store.entries);
    assert!(matches!(
        branch_side.notice,
        Some(Notice::Arrived {
            outcome: Arrived::Same,
            ..
        })
    ));
    // Revised and sent again, it replaces the committee's copy, with the
    // revision in its history.
    let (_, mut committee) = both_sides();
    branch_side.apply(Action::SetNote("hj".into(), "批复已补".into()));
    branch_side.apply(Action::Review(ReviewStep::Submit(UNIT.into())));
    let resent = open(&branch_side).assessment.clone();
    let kept = committee.store.entries.len();
    import_one(&mut committee, "内科-修改.json", &resent);
    assert_eq!(committee.store.entries.len(), kept);
    let a = &open(&committee).assessment;
    assert_eq!(a.answers.items["hj"].note, "批复已补");
    assert_eq!(a.review.stage, Stage::Submitted);
    assert!(a
        .review
        .history
        .events()
        .iter()
        .any(|e| e.step == Step::Revise(vec!["hj".into()])));
    let store = branch_side.store.clone();
    // The branch's first file, older: nothing changes.
    let (first, _) = submitted();
    import_one(&mut branch_side, "old.json", &open(&first).assessment);
    assert_eq!(branch_side.store.entries, store.entries);
    assert!(matches!(
        branch_side.notice,
        Some(Notice::Arrived {
            outcome: Arrived::Older,
            ..
        })
    ));
}

#[test]
pub(super) fn resolve_arrival_keeps_what_was_chosen_or_changes_nothing() {
    // The branch withdrew and changed its answer while the committee
    // reviewed what it had sent: both went on.
    let (mut branch_side, back) = round_trip();
    branch_side.apply(Action::Review(ReviewStep::Withdraw(UNIT.into())));
    branch_side.apply(Action::SetValue("hj".into(), check(Check::NotDone)));
    branch_side.apply(Action::SetValue(
        "dydh".into(),
        Some(Value::Counts(vec!["1".into(); 4])),
    ));
    let store = branch_side.store.clone();
    import_one(&mut branch_side, "内科-审核.json", &back);
    assert_eq!(branch_side.store, store, "nothing yet: a choice is asked");
    let pending = branch_side.arrival.clone().expect("a choice");
    assert_eq!(
        pending.conflicts,
        [Part::Item("dydh".into()), Part::Item("hj".into())]
    );
    assert_eq!(pending.diverged, Some(1));
    // Cancelled: nothing changes.
    branch_side.apply(Action::ResolveArrival(None));
    assert_eq!(branch_side.store, store);
    assert_eq!(branch_side.arrival, None);
    // Chosen: 党员大会 kept from here, 换届 from the file.
    import_one(&mut branch_side, "内科-审核.json", &back);
    branch_side.apply(Action::ResolveArrival(Some(vec![Part::Item(
        "dydh".into(),
    )])));
    let a = &open(&branch_side).assessment;
    assert_eq!(
        a.answers.items["dydh"],
        store.current().expect("open").assessment.answers.items["dydh"]
    );
    assert_eq!(a.answers.items["hj"].value, check(Check::Done));
    assert_eq!(a.review.stage, Stage::Returned);
    assert_eq!(branch_side.store.entries.len(), store.entries.len());
    // In a batch, a file that needs a choice is not imported.
    let (mut other, back) = round_trip();
    other.apply(Action::Review(ReviewStep::Withdraw(UNIT.into())));
    other.apply(Action::SetValue("hj".into(), check(Check::NotDone)));
    let store = other.store.clone();
    other.apply(Action::ImportAssessments(vec![
        ("a.json".into(), Ok(back.to_json())),
        ("b.json".into(), Err(ImportError::Unreadable("x".into()))),
    ]));
    assert_eq!(other.store, store);
    assert!(matches!(
        &other.notice,
        Some(Notice::ImportedBatch { failed, .. })
            if matches!(failed[0].1, ImportError::NeedsChoice { parts: 1 })
    ));
}

#[test]
pub(super) fn arrival_as_copy_keeps_the_file_beside_the_copy() {
    let (mut branch_side, back) = round_trip();
    branch_side.apply(Action::Review(ReviewStep::Withdraw(UNIT.into())));
    branch_side.apply(Action::SetValue("hj".into(), check(Check::NotDone)));
    let before = branch_side.store.entries.len();
    import_one(&mut branch_side, "内科-审核.json", &back);
    branch_side.apply(Action::ArrivalAsCopy);
    assert_eq!(branch_side.store.entries.len(), before + 1);
    assert_eq!(open(&branch_side).assessment.review, back.review);
    assert_eq!(branch_side.arrival, None);
}

#[test]
fn a_copy_or_a_carry_over_starts_without_the_review() {
    let (mut state, id) = in_review();
    state.apply(Action::Duplicate(id));
    let copy = state
        .store
        .entries
        .iter()
        .find(|e| e.id != id)
        .expect("copy");
    assert!(copy.assessment.review.is_blank());
}

#[test]
fn a_plain_file_sent_again_during_the_review_is_kept_beside_it() {
    let (_, mut committee) = both_sides();
    let before = committee.store.entries.len();
    let reviewed = open(&committee).assessment.clone();
    let mut plain = Assessment::new(&branch(), UNIT, 2026);
    plain.answers.items.insert(
        "hj".into(),
        ItemAnswer {
            value: check(Check::NotDone),
            ..ItemAnswer::default()
        },
    );
    import_one(&mut committee, "内科-再次发送.json", &plain);
    assert_eq!(committee.store.entries.len(), before + 1);
    let kept = committee
        .store
        .entries
        .iter()
        .find(|e| !e.assessment.review.is_blank())
        .expect("the reviewed copy");
    assert_eq!(kept.assessment, reviewed, "the review is untouched");
}
