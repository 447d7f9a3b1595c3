//! The committee's review: reviewed scores come from reviewed answers, the
//! differences per item, section and total are exact, the course of a
//! review refuses what does not fit, and its history only grows.

use ziping_engine::review::{
    compare, reviewed_answers, Event, History, Review, Side, Stage, Step, StepError,
};
use ziping_engine::shipped::SHIPPED;
use ziping_engine::{score, Answers, Check, FactAnswer, ItemAnswer, Points, Rubric, Value};

fn branch() -> Rubric {
    let s = SHIPPED
        .iter()
        .find(|s| s.id == "branch-standard")
        .expect("shipped");
    Rubric::from_json(s.json).expect("valid")
}

fn pts(s: &str) -> Points {
    let d: ziping_engine::Decimal = s.parse().expect("a decimal literal in the test");
    Points::from_decimal(d).expect("points literal in the test")
}

fn answer(value: Value) -> ItemAnswer {
    ItemAnswer {
        value: Some(value),
        ..ItemAnswer::default()
    }
}

fn counts(c: &[&str]) -> ItemAnswer {
    answer(Value::Counts(c.iter().map(|s| (*s).to_owned()).collect()))
}

/// A branch's own answers: every meeting held, files complete, elections
/// done, seven full members and party groups.
fn own() -> Answers {
    let mut a = Answers::default();
    a.facts
        .insert("full_members".into(), FactAnswer::Count("9".into()));
    a.facts
        .insert("has_party_groups".into(), FactAnswer::Flag(true));
    a.items.insert("dydh".into(), counts(&["1", "1", "1", "1"]));
    a.items.insert(
        "fzdy".into(),
        answer(Value::Level("程序完整、材料齐全".into())),
    );
    a.items
        .insert("hj".into(), answer(Value::Check(Check::Done)));
    a
}

/// The reviewer finds one 党员大会 missing, the files of 发展党员 short, and
/// comments on 换届 without changing it.
fn reviewed_three() -> Review {
    let mut r = Review::default();
    r.answers
        .items
        .insert("dydh".into(), counts(&["1", "0", "1", "1"]));
    r.answers.items.insert(
        "fzdy".into(),
        answer(Value::Level("基本规范，个别材料不全".into())),
    );
    r.comments
        .insert("dydh".into(), "二季度无党员大会记录".into());
    r.comments
        .insert("fzdy".into(), "缺 2 名发展对象的政审材料".into());
    r.comments.insert("hj".into(), "请补换届请示批复".into());
    r
}

#[test]
fn reviewed_scores_come_from_the_reviewed_answers_scored_alike() {
    let rubric = branch();
    let review = reviewed_three();
    let c = compare(&rubric, &own(), &review, 2020);
    // The same engine on the merged answers, nothing typed as a number.
    let merged = reviewed_answers(&own(), &review);
    assert_eq!(c.reviewed, score(&rubric, &merged, 2020));
    assert_eq!(c.own, score(&rubric, &own(), 2020));
    // What the reviewer left alone keeps the unit's answer.
    assert_eq!(merged.items["hj"], own().items["hj"]);
    assert_eq!(merged.facts, own().facts);
}

#[test]
fn differences_per_item_section_and_total_are_exact() {
    let rubric = branch();
    let c = compare(&rubric, &own(), &reviewed_three(), 2020);
    let item = |id: &str| c.items.iter().find(|i| i.id == id).expect(id);
    // One quarter missing costs 2.5 of 10: exactly.
    assert_eq!(
        (item("dydh").own, item("dydh").reviewed),
        (pts("10"), pts("7.5"))
    );
    assert_eq!(item("dydh").difference(), pts("-2.5"));
    assert_eq!(item("fzdy").difference(), pts("-4"));
    // A comment alone differs, by nothing.
    assert_eq!(item("hj").difference(), Points::ZERO);
    assert!(item("hj").differs());
    assert!(!item("hj").answered_by_reviewer);
    let differing: Vec<&str> = c.differing().map(|i| i.id.as_str()).collect();
    assert_eq!(differing, ["dydh", "hj", "fzdy"]);

    // Each section's difference is its report's, and the sections' add up
    // to the total's.
    for s in &c.sections {
        let own = c.own.section(&s.id).expect("section").earned;
        let reviewed = c.reviewed.section(&s.id).expect("section").earned;
        assert_eq!(s.difference(), reviewed - own, "{}", s.id);
    }
    let sum = c
        .sections
        .iter()
        .fold(Points::ZERO, |acc, s| acc + s.difference());
    assert_eq!(c.difference(), sum);
    assert_eq!(c.difference(), pts("-6.5"));
}

#[test]
fn a_review_that_accepts_everything_differs_nowhere() {
    let rubric = branch();
    let c = compare(&rubric, &own(), &Review::default(), 2020);
    assert_eq!(c.differing().count(), 0);
    assert_eq!(c.difference(), Points::ZERO);
    assert_eq!(c.own, c.reviewed);
    // A blank comment is no comment.
    let mut blank = Review::default();
    blank.comments.insert("hj".into(), "  ".into());
    assert_eq!(
        compare(&rubric, &own(), &blank, 2020).differing().count(),
        0
    );
}

#[test]
fn a_reviewed_fact_changes_what_applies() {
    let rubric = branch();
    let mut review = Review::default();
    // The reviewer finds no party groups: their meetings no longer apply.
    review
        .answers
        .facts
        .insert("has_party_groups".into(), FactAnswer::Flag(false));
    let c = compare(&rubric, &own(), &review, 2020);
    let status = |r: &ziping_engine::Report| r.item("dxzh").expect("dxzh").status;
    assert_ne!(status(&c.own), ziping_engine::Status::Na);
    assert_eq!(status(&c.reviewed), ziping_engine::Status::Na);
    assert_eq!(
        reviewed_answers(&own(), &review).facts["has_party_groups"],
        FactAnswer::Flag(false)
    );
}

#[test]
fn the_course_of_a_review_from_submission_to_sign_off_and_reopening() {
    let mut r = Review::default();
    assert_eq!((r.stage, r.editable_by()), (Stage::Draft, Some(Side::Unit)));
    r.apply(Step::Submit, "内科第一党支部", "2020-12-01")
        .expect("submit");
    assert_eq!((r.stage, r.editable_by()), (Stage::Submitted, None));
    r.apply(Step::StartReview, "王某", "2020-12-02")
        .expect("start");
    assert_eq!(r.editable_by(), Some(Side::Reviewer));
    r.apply(
        Step::Reviewed(vec!["dydh".into(), "fzdy".into(), "hj".into()]),
        "王某",
        "2020-12-02",
    )
    .expect("reviewed");
    r.apply(Step::Return, "王某", "2020-12-02").expect("return");
    assert_eq!(
        (r.stage, r.editable_by()),
        (Stage::Returned, Some(Side::Unit))
    );
    r.apply(
        Step::Revise(vec!["dydh".into()]),
        "内科第一党支部",
        "2020-12-04",
    )
    .expect("revise");
    r.apply(Step::Submit, "内科第一党支部", "2020-12-04")
        .expect("re-send");
    r.apply(Step::StartReview, "王某", "2020-12-05")
        .expect("again");
    r.apply(Step::SignOff, "王某", "2020-12-05")
        .expect("sign off");
    assert!(r.locked());
    assert_eq!(r.editable_by(), None);
    assert_eq!(
        r.signed
            .as_ref()
            .map(|s| (s.name.as_str(), s.date.as_str())),
        Some(("王某", "2020-12-05"))
    );

    // Reopening needs a reason, which is recorded; the signature goes.
    assert_eq!(
        r.apply(Step::Reopen("  ".into()), "王某", "2020-12-06"),
        Err(StepError::Blank)
    );
    assert!(r.locked());
    r.apply(
        Step::Reopen("复核发现二季度记录已补齐".into()),
        "李某",
        "2020-12-06",
    )
    .expect("reopen");
    assert_eq!((r.stage, r.signed.clone()), (Stage::InReview, None));
    let last = r.history.events().last().expect("an event");
    assert_eq!(
        (&last.step, last.who.as_str(), last.when.as_str()),
        (
            &Step::Reopen("复核发现二季度记录已补齐".into()),
            "李某",
            "2020-12-06"
        )
    );
    assert_eq!(
        r.history.events().len(),
        9,
        "the refused reopening is not recorded"
    );
    let sides: Vec<Side> = r.history.events().iter().map(|e| e.step.side()).collect();
    assert_eq!(sides[0], Side::Unit);
    assert_eq!(sides[5], Side::Unit);
    assert_eq!(sides[8], Side::Reviewer);
}

#[test]
fn a_step_out_of_turn_is_refused_and_changes_nothing() {
    let cases: [(Stage, Step); 6] = [
        (Stage::Draft, Step::SignOff),
        (Stage::Draft, Step::Return),
        (Stage::Submitted, Step::Revise(vec!["dydh".into()])),
        (Stage::Returned, Step::SignOff),
        (Stage::Approved, Step::Reviewed(vec!["dydh".into()])),
        (Stage::Approved, Step::Submit),
    ];
    for (stage, step) in cases {
        let mut r = Review {
            stage,
            ..Review::default()
        };
        let before = r.clone();
        assert_eq!(
            r.apply(step.clone(), "王某", "2020-12-01"),
            Err(StepError::NotNow { stage }),
            "{step:?} at {stage:?}"
        );
        assert_eq!(r, before, "{step:?} at {stage:?} changed the review");
    }
    // Nobody: refused too.
    let mut r = Review::default();
    assert_eq!(
        r.apply(Step::Submit, " ", "2020-12-01"),
        Err(StepError::Blank)
    );
    assert_eq!(r, Review::default());
}

#[test]
fn the_history_only_grows() {
    let mut r = Review::default();
    r.apply(Step::Submit, "一支部", "2020-12-01")
        .expect("submit");
    let sent = r.history.clone();
    r.apply(Step::StartReview, "王某", "2020-12-02")
        .expect("start");
    r.apply(Step::Return, "王某", "2020-12-02").expect("return");
    // What comes back holds what left, first.
    assert!(r.history.extends(&sent));
    assert!(r.history.extends(&r.history.clone()));
    assert!(!sent.extends(&r.history), "shorter");
    // A rewritten entry, or one taken out, is no extension.
    let mut events = r.history.events().to_vec();
    events[0] = Event {
        when: "2020-11-30".into(),
        ..events[0].clone()
    };
    assert!(!History::from_events(events).extends(&sent));
    let dropped = History::from_events(r.history.events()[1..].to_vec());
    assert!(!dropped.extends(&sent));
}
