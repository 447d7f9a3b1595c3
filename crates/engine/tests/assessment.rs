//! The assessment file: reading, writing, versioning, rubric checks.

#![allow(clippy::unwrap_used)]

mod common;

use common::*;
use serde_json::{json, Value as Json};
use ziping_engine::{
    Assessment, AssessmentError, RectificationRow, RectificationStatus, ResultSummary, Rubric,
    FORMAT, FORMAT_VERSION, YEARS,
};

fn example_rubric() -> Rubric {
    Rubric::from_json(include_str!("data/example-rubric.json")).unwrap()
}

fn sample() -> Assessment {
    let r = example_rubric();
    let mut a = Assessment::new(&r, "内科第一党支部", 2020);
    a.assessor = "张三".into();
    a.date = "2021-01-15".into();
    a.answers = answers(json!({
        "facts": { "members": { "count": "12" } },
        "items": {
            "branch-standard-rate": { "note": "见自评表", "value": { "ratio": { "numerator": "18", "denominator": "19" } } },
            "duty-list": { "value": { "completion": "not_done" } }
        }
    }));
    a.rectification.push(RectificationRow {
        problem: "主体责任清单未按时制定".into(),
        measure: "党委办公室牵头制定".into(),
        department: "党委办公室".into(),
        deadline: "2021年3月底前".into(),
        note: String::new(),
        status: RectificationStatus::InProgress,
        item: Some("duty-list".into()),
    });
    a.update_result(&r);
    a
}

fn error(text: &str) -> AssessmentError {
    Assessment::from_json(text).unwrap_err()
}

fn edited(edit: impl FnOnce(&mut Json)) -> String {
    let mut j: Json = serde_json::from_str(&sample().to_json()).unwrap();
    edit(&mut j);
    j.to_string()
}

#[test]
fn round_trip() {
    let a = sample();
    let text = a.to_json();
    assert!(text.starts_with(
        "{\n  \"format\": \"dangjian-ziping.assessment\",\n  \"format_version\": 1,\n"
    ));
    assert!(text.ends_with("}\n"));
    let back = Assessment::from_json(&text).unwrap();
    assert_eq!(back, a);
    // Stable: writing again gives the same text.
    assert_eq!(back.to_json(), text);
    let result = a.result.as_ref().unwrap();
    assert_eq!(result.sections.len(), 3);
    assert_eq!(
        *result,
        ResultSummary::from_report(&a.score(&example_rubric()))
    );
}

#[test]
fn not_json() {
    let e = error("{\"format\": ");
    assert!(matches!(e, AssessmentError::NotJson { line: 1, .. }));
    assert!(
        e.to_string()
            .starts_with("not valid JSON at line 1 column 11: "),
        "{e}"
    );
    assert!(matches!(error(""), AssessmentError::NotJson { .. }));
}

#[test]
fn not_an_assessment() {
    assert_eq!(
        error("{}").to_string(),
        "not an assessment file: it has no \"format\": \"dangjian-ziping.assessment\""
    );
    assert_eq!(
        error("[1, 2]"),
        AssessmentError::NotAssessment { found: None }
    );
    // A rubric file handed over by mistake.
    assert_eq!(
        error(include_str!("data/example-rubric.json")),
        AssessmentError::NotAssessment { found: None }
    );
    let e = error(&edited(|j| j["format"] = json!("dangjian-ziping.rubric")));
    assert_eq!(
        e.to_string(),
        "not an assessment file: its \"format\" is \"dangjian-ziping.rubric\", not \"dangjian-ziping.assessment\""
    );
}

#[test]
fn newer_versions_are_refused_with_both_versions_named() {
    let e = error(&edited(|j| j["format_version"] = json!(2)));
    assert_eq!(
        e,
        AssessmentError::TooNew {
            found: 2,
            supported: FORMAT_VERSION
        }
    );
    assert_eq!(
        e.to_string(),
        "this assessment file has format version 2, but this version of the app reads versions up to 1; open it with a newer version"
    );
    // Even when the rest of the file is unknown to this version.
    let e = error(&edited(|j| {
        j["format_version"] = json!(3);
        j["signature"] = json!("…");
    }));
    assert!(matches!(e, AssessmentError::TooNew { found: 3, .. }));
}

#[test]
fn located_field_errors() {
    type Edit = Box<dyn FnOnce(&mut Json)>;
    let cases: Vec<(Edit, &str)> = vec![
        (
            Box::new(|j| {
                j.as_object_mut().unwrap().remove("unit");
            }),
            "missing field `unit`",
        ),
        (
            Box::new(|j| {
                j["rubric"].as_object_mut().unwrap().remove("version");
            }),
            "rubric: missing field `version`",
        ),
        (
            Box::new(|j| j["format_version"] = json!("1")),
            "format_version: invalid type: string \"1\", expected u32",
        ),
        (
            Box::new(|j| j["format_version"] = json!(0)),
            "format_version: format versions start at 1, found 0",
        ),
        (
            Box::new(|j| j["year"] = json!(20)),
            "year: expected a year from 1921 to 2999, found 20",
        ),
        (
            Box::new(|j| j["date"] = json!("2021-02-29")),
            "date: expected a date as \"YYYY-MM-DD\" or an empty text, found \"2021-02-29\"",
        ),
        (
            Box::new(|j| j["rectification"][0]["status"] = json!("closed")),
            "rectification[0].status: unknown variant `closed`, expected one of `open`, `in_progress`, `done`",
        ),
        (
            Box::new(|j| j["rectification"][0]["owner"] = json!("x")),
            "rectification[0].owner: unknown field `owner`",
        ),
        (
            Box::new(|j| j["answers"]["items"]["duty-list"]["value"] = json!({ "completion": "late" })),
            "answers.items.duty-list.value.completion: unknown variant `late`, expected `done` or `not_done`",
        ),
        (
            Box::new(|j| j["answers"]["items"]["duty-list"]["valeu"] = json!(1)),
            "answers.items.duty-list.valeu: unknown field `valeu`",
        ),
        (
            Box::new(|j| j["result"]["total"] = json!("9x")),
            "result.total: expected a decimal like \"95\" or \"0.5\", found \"9x\"",
        ),
    ];
    for (edit, expected) in cases {
        let e = error(&edited(edit)).to_string();
        assert!(
            e.starts_with(expected),
            "expected: {expected}\n     got: {e}"
        );
    }
}

#[test]
fn years_from_1921_to_2999_are_read_and_others_refused_at_year() {
    assert_eq!((*YEARS.start(), *YEARS.end()), (1921, 2999));
    for year in [1921, 2999] {
        let a = Assessment::from_json(&edited(|j| j["year"] = json!(year))).unwrap();
        assert_eq!(a.year, year);
    }
    for year in [1920, 3000, 1000, 9999, -2020] {
        assert_eq!(
            error(&edited(|j| j["year"] = json!(year))),
            AssessmentError::Invalid {
                path: "year".into(),
                message: format!("expected a year from 1921 to 2999, found {year}"),
            }
        );
    }
}

#[test]
fn optional_fields_may_be_left_out() {
    let text = r#"{
        "format": "dangjian-ziping.assessment",
        "format_version": 1,
        "rubric": { "id": "example-committee-2020", "version": "1.0.0" },
        "unit": "内科第一党支部",
        "year": 2020
    }"#;
    let a = Assessment::from_json(text).unwrap();
    assert_eq!(a.assessor, "");
    assert!(a.answers.items.is_empty() && a.rectification.is_empty() && a.result.is_none());
    assert_eq!(a.format, FORMAT);
    a.check_rubric(&example_rubric()).unwrap();
}

#[test]
fn check_rubric_names_both() {
    let a = sample();
    let mut other = example_rubric();
    a.check_rubric(&other).unwrap();
    other.version = "1.1.0".into();
    let e = a.check_rubric(&other).unwrap_err();
    assert_eq!(
        e.to_string(),
        "the file was made with rubric \"example-committee-2020\" version 1.0.0, not with rubric \"example-committee-2020\" version 1.1.0"
    );
    other.id = "branch-standard".into();
    assert!(matches!(
        a.check_rubric(&other),
        Err(AssessmentError::RubricMismatch { rubric_id, .. }) if rubric_id == "branch-standard"
    ));
}

/// The JSON blocks of a Markdown text.
fn json_blocks(md: &str) -> Vec<&str> {
    md.split("```json\n")
        .skip(1)
        .filter_map(|b| b.split_once("\n```").map(|(code, _)| code))
        .collect()
}

#[test]
fn the_documented_example_is_a_valid_file() {
    let doc = include_str!("../../../docs/assessment-format.md");
    let blocks = json_blocks(doc);
    assert!(!blocks.is_empty());
    let a = Assessment::from_json(blocks[0]).unwrap();
    a.check_rubric(&example_rubric()).unwrap();
    // Its saved result is what the engine computes.
    let report = a.score(&example_rubric());
    assert_eq!(
        a.result.as_ref(),
        Some(&ResultSummary::from_report(&report))
    );
    // And it is written exactly as the engine writes it.
    assert_eq!(a.to_json(), format!("{}\n", blocks[0]));
}

#[test]
fn a_rectification_list_of_more_than_a_thousand_rows_is_refused() {
    let rows = |n: usize| {
        edited(|v| {
            v["rectification"] = Json::Array(
                (0..n)
                    .map(|i| serde_json::json!({ "problem": format!("问题{i}") }))
                    .collect(),
            );
        })
    };
    let ok = Assessment::from_json(&rows(ziping_engine::MAX_RECTIFICATION_ROWS)).unwrap();
    assert_eq!(ok.rectification.len(), 1000);
    match error(&rows(10_000)) {
        AssessmentError::Invalid { path, message } => {
            assert_eq!(path, "rectification");
            assert_eq!(message, "at most 1000 rows, found 10000");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn deeply_nested_json_is_refused_as_not_json() {
    let text = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(matches!(
        error(&text),
        AssessmentError::NotJson { line: 1, .. }
    ));
}
