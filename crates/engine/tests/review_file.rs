//! The review in the assessment file (format version 2): it is written and
//! read back whole, a version-1 file of the last release opens unchanged,
//! a faulty review is refused where it is wrong, and a file that comes back
//! is told apart from the copy kept here.

#![allow(clippy::unwrap_used)]

use serde_json::{json, Value as Json};
use ziping_engine::review::{arrival, merge, Arrival, Part, Stage, Step, StepError};
use ziping_engine::shipped::SHIPPED;
use ziping_engine::{
    Assessment, AssessmentError, ItemAnswer, ProblemKind, ResultSummary, Rubric, Value,
};

const V1_FILE: &str = include_str!("../../../tests/e2e/fixtures/assessment-v1.json");
const V1_BACKUP: &str = include_str!("../../../tests/e2e/fixtures/backup-v1.json");

fn branch() -> Rubric {
    let s = SHIPPED.iter().find(|s| s.id == "branch-standard").unwrap();
    Rubric::from_json(s.json).unwrap()
}

fn level(name: &str) -> ItemAnswer {
    ItemAnswer {
        value: Some(Value::Level(name.into())),
        ..ItemAnswer::default()
    }
}

/// A branch's file after a round of review: submitted, reviewed with one
/// answer and two comments, returned, one item revised, sent again, and
/// signed off after being reopened once.
fn reviewed_file() -> Assessment {
    let mut a = Assessment::from_json(V1_FILE).unwrap();
    let own = a.answers.clone();
    a.review
        .submit(&own, "内科第一党支部", "2020-12-01")
        .unwrap();
    a.review.start(&own, "党办 王某", "2020-12-03").unwrap();
    a.review
        .answers
        .items
        .insert("fzdy".into(), level("程序不规范"));
    a.review.comments.insert("fzdy".into(), "缺政审材料".into());
    a.review.comments.insert("hj".into(), "请补换届批复".into());
    a.review
        .hand_back(Step::Return, "党办 王某", "2020-12-04")
        .unwrap();
    a.answers.items.get_mut("hj").unwrap().note = "换届批复已补".into();
    let own = a.answers.clone();
    assert_eq!(
        a.review.submit(&own, "内科第一党支部", "2020-12-06"),
        Ok(vec!["hj".to_owned()])
    );
    a.review.start(&own, "党办 王某", "2020-12-07").unwrap();
    a.review
        .hand_back(Step::SignOff, "党办 王某", "2020-12-07")
        .unwrap();
    a.review
        .apply(
            Step::Reopen("换届材料需再核".into()),
            "党办 王某",
            "2020-12-08",
        )
        .unwrap();
    a.review
        .hand_back(Step::SignOff, "党办 李某", "2020-12-09")
        .unwrap();
    a
}

#[test]
fn a_version_1_file_of_the_last_release_opens_unchanged() {
    let a = Assessment::from_json(V1_FILE).unwrap();
    assert!(V1_FILE.contains("\"format_version\": 1,"));
    // Read as version 2, without a review.
    assert_eq!(a.format_version, 2);
    assert!(a.review.is_blank());
    // Everything else is as written: the same text, but for the version.
    assert_eq!(
        a.to_json(),
        V1_FILE.replace("\"format_version\": 1,", "\"format_version\": 2,")
    );
    // And it scores as it did when saved.
    let rubric = branch();
    a.check_rubric(&rubric).unwrap();
    assert_eq!(
        a.result,
        Some(ResultSummary::from_report(&a.score(&rubric)))
    );
    assert_eq!(a.result.as_ref().unwrap().total.to_string(), "45.5");
    // Its standing score is its own.
    assert_eq!(a.standing_score(&rubric), a.score(&rubric));
}

#[test]
fn the_assessments_of_a_version_1_backup_open_unchanged() {
    let backup: Json = serde_json::from_str(V1_BACKUP).unwrap();
    let files = backup["assessments"].as_array().unwrap();
    assert_eq!(files.len(), 2);
    for file in files {
        let a = Assessment::from_value(file.clone()).unwrap();
        let mut expected = file.clone();
        expected["format_version"] = json!(2);
        let written: Json = serde_json::from_str(&a.to_json()).unwrap();
        assert_eq!(written, expected, "{}", a.unit);
    }
}

#[test]
fn a_review_is_written_and_read_back_whole() {
    let a = reviewed_file();
    let text = a.to_json();
    let back = Assessment::from_json(&text).unwrap();
    assert_eq!(back, a);
    assert_eq!(back.to_json(), text);
    let j: Json = serde_json::from_str(&text).unwrap();
    assert_eq!(j["format_version"], 2);
    let r = &j["review"];
    assert_eq!(r["stage"], "approved");
    assert_eq!(
        r["signed"],
        json!({"name": "党办 李某", "date": "2020-12-09"})
    );
    assert_eq!(r["comments"]["hj"], "请补换届批复");
    let steps: Vec<&str> = r["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["step"].as_str().unwrap())
        .collect();
    assert_eq!(
        steps,
        [
            "submit",
            "start_review",
            "reviewed",
            "return",
            "revise",
            "submit",
            "start_review",
            "reviewed",
            "sign_off",
            "reopen",
            "reviewed",
            "sign_off"
        ]
    );
    assert_eq!(r["history"][2]["items"], json!(["fzdy", "hj"]));
    assert_eq!(
        r["history"][4],
        json!({"step": "revise", "items": ["hj"], "who": "内科第一党支部", "when": "2020-12-06"})
    );
    assert_eq!(r["history"][9]["reason"], "换届材料需再核");
    // The standing score is the reviewed one: 发展党员 at its lowest level.
    let rubric = branch();
    let own = a.score(&rubric);
    let standing = a.standing_score(&rubric);
    assert!(standing.total < own.total);
    assert_eq!(standing.item("fzdy").unwrap().earned.to_string(), "0");
}

#[test]
fn a_faulty_review_is_refused_where_it_is_wrong() {
    let base: Json = serde_json::from_str(&reviewed_file().to_json()).unwrap();
    let refused = |edit: &dyn Fn(&mut Json)| {
        let mut j = base.clone();
        edit(&mut j);
        match Assessment::from_json(&j.to_string()).unwrap_err() {
            AssessmentError::Invalid { path, kind } => (path, kind),
            other => panic!("{other:?}"),
        }
    };
    let (path, kind) = refused(&|j| j["review"]["stage"] = json!("closed"));
    assert_eq!(path, "review.stage");
    assert!(matches!(kind, ProblemKind::UnknownVariant { .. }));
    let (path, _) = refused(&|j| j["review"]["history"][3]["step"] = json!("approve"));
    assert_eq!(path, "review.history[3].step");
    let (path, _) = refused(&|j| j["review"]["history"][0]["items"] = json!(["a"]));
    assert_eq!(path, "review.history[0].items");
    let (path, kind) = refused(&|j| j["review"]["signed"] = Json::Null);
    assert_eq!(
        (path.as_str(), kind),
        (
            "review",
            ProblemKind::MissingField {
                field: "signed".into()
            }
        )
    );
    let (path, _) = refused(&|j| j["review"]["stage"] = json!("in_review"));
    assert_eq!(path, "review.signed");
    let (path, kind) = refused(&|j| {
        let e = j["review"]["history"][0].clone();
        j["review"]["history"] = Json::Array(vec![e; 1001]);
    });
    assert_eq!(path, "review.history");
    assert!(matches!(
        kind,
        ProblemKind::TooManyRows {
            found: 1001,
            max: 1000
        }
    ));
}

#[test]
fn a_resubmission_names_what_was_revised_and_a_refused_step_changes_nothing() {
    let mut a = Assessment::from_json(V1_FILE).unwrap();
    let own = a.answers.clone();
    // The first submission revises nothing.
    assert_eq!(a.review.submit(&own, "一支部", "2020-12-01"), Ok(vec![]));
    // Sent, it can be withdrawn, and sent again.
    a.review
        .apply(Step::Withdraw, "一支部", "2020-12-01")
        .unwrap();
    assert_eq!(a.review.stage, Stage::Draft);
    a.review.submit(&own, "一支部", "2020-12-01").unwrap();
    // Not yet returned: a second submission does not fit.
    let before = a.review.clone();
    assert_eq!(
        a.review.submit(&own, "一支部", "2020-12-02"),
        Err(StepError::NotNow {
            stage: Stage::Submitted
        })
    );
    assert_eq!(a.review, before);
    // A return with nothing answered or commented records no `reviewed`.
    a.review.start(&own, "王某", "2020-12-02").unwrap();
    a.review
        .hand_back(Step::Return, "王某", "2020-12-02")
        .unwrap();
    assert_eq!(a.review.history.events().last().unwrap().step, Step::Return);
    assert!(!a
        .review
        .history
        .events()
        .iter()
        .any(|e| matches!(e.step, Step::Reviewed(_))));
    // A blank name refuses a hand-back before anything is recorded.
    a.review.comments.insert("hj".into(), "x".into());
    let before = a.review.clone();
    assert_eq!(
        a.review.hand_back(Step::Return, " ", "2020-12-03"),
        Err(StepError::Blank)
    );
    assert_eq!(a.review, before);
}

#[test]
fn a_file_sent_without_being_submitted_is_reviewed_all_the_same() {
    let mut a = Assessment::from_json(V1_FILE).unwrap();
    let own = a.answers.clone();
    a.review.start(&own, "王某", "2020-12-02").unwrap();
    assert_eq!(a.review.stage, Stage::InReview);
    assert_eq!(a.review.submitted.as_ref(), Some(&own));
}

#[test]
fn a_file_that_comes_back_is_told_apart_from_the_kept_copy() {
    let rubric = branch();
    let plain = Assessment::new(&rubric, "内科第一党支部", 2020);
    let mut other = plain.clone();
    other.assessor = "张三".into();
    // Two plain self-assessments: side by side, as before.
    assert_eq!(arrival(&plain, &other), Arrival::Unrelated);
    assert_eq!(arrival(&plain, &plain.clone()), Arrival::Same);

    let mut sent = Assessment::from_json(V1_FILE).unwrap();
    let own = sent.answers.clone();
    sent.review
        .submit(&own, "内科第一党支部", "2020-12-01")
        .unwrap();
    // The committee's copy, reviewed and returned.
    let mut back = sent.clone();
    back.review.start(&own, "王某", "2020-12-03").unwrap();
    back.review
        .comments
        .insert("hj".into(), "请补换届批复".into());
    back.review
        .hand_back(Step::Return, "王某", "2020-12-04")
        .unwrap();
    // A saved result does not make work differ.
    let mut with_result = back.clone();
    with_result.update_result(&rubric);
    assert_eq!(arrival(&back, &with_result), Arrival::Same);

    assert_eq!(arrival(&sent, &back), Arrival::Newer { conflicts: vec![] });
    assert_eq!(arrival(&back, &sent), Arrival::Older);
    // A plain file the branch changed and sent again, without the review's
    // steps, is not taken for an older state of the review: kept beside.
    let mut plain_again = Assessment::from_json(V1_FILE).unwrap();
    plain_again.answers.items.remove("dydh");
    assert_eq!(arrival(&back, &plain_again), Arrival::Unrelated);

    // The unit changed an answer here after sending (it never submitted):
    // that is a conflict, offered for choice.
    let mut draft = Assessment::from_json(V1_FILE).unwrap();
    let mut reviewed_draft = draft.clone();
    reviewed_draft
        .review
        .start(&own, "王某", "2020-12-03")
        .unwrap();
    reviewed_draft
        .review
        .hand_back(Step::Return, "王某", "2020-12-04")
        .unwrap();
    draft
        .answers
        .items
        .insert("fzdy".into(), level("程序完整、材料齐全"));
    draft.rectification.clear();
    let conflicts = vec![Part::Item("fzdy".into()), Part::Rectification];
    assert_eq!(
        arrival(&draft, &reviewed_draft),
        Arrival::Newer {
            conflicts: conflicts.clone()
        }
    );
    // Kept here: the item; taken from the file: the list.
    let merged = merge(&draft, &reviewed_draft, &conflicts[..1]);
    assert_eq!(merged.answers.items["fzdy"], draft.answers.items["fzdy"]);
    assert_eq!(merged.rectification, reviewed_draft.rectification);
    assert_eq!(merged.review, reviewed_draft.review);

    // The committee receives the revision: the unit's newer work is taken.
    let mut revised = back.clone();
    revised.answers.items.get_mut("hj").unwrap().note = "已补".into();
    let ans = revised.answers.clone();
    revised
        .review
        .submit(&ans, "内科第一党支部", "2020-12-06")
        .unwrap();
    assert_eq!(
        arrival(&back, &revised),
        Arrival::Newer { conflicts: vec![] }
    );

    // Both went on from the submission: every differing answer is a choice.
    let mut withdrawn = sent.clone();
    withdrawn
        .review
        .apply(Step::Withdraw, "内科第一党支部", "2020-12-02")
        .unwrap();
    withdrawn.answers.items.remove("dydh");
    assert_eq!(
        arrival(&withdrawn, &back),
        Arrival::Diverged {
            common: 1,
            conflicts: vec![Part::Item("dydh".into())]
        }
    );
}

#[test]
fn the_documented_review_reads() {
    let doc = include_str!("../../../docs/assessment-format.md");
    let start = doc.find("```json\n{\n  \"stage\"").unwrap() + "```json\n".len();
    let block = &doc[start..start + doc[start..].find("```").unwrap()];
    let example = doc.find("```json\n").unwrap() + "```json\n".len();
    let example = &doc[example..example + doc[example..].find("```").unwrap()];
    let mut j: Json = serde_json::from_str(example).unwrap();
    j["review"] = serde_json::from_str(block).unwrap();
    let a = Assessment::from_json(&j.to_string()).unwrap();
    assert_eq!(a.review.stage, Stage::Returned);
    assert_eq!(a.review.history.events().len(), 4);
    assert_eq!(a.review.touched(), ["committee-meetings", "duty-list"]);
}
