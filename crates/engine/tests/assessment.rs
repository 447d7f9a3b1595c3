//! The assessment file: reading, writing, versioning, rubric checks.

#![allow(clippy::unwrap_used)]

mod common;

use common::*;
use serde_json::{json, Value as Json};
use ziping_engine::{
    Assessment, AssessmentError, Expect, Found, ProblemKind as K, RectificationRow,
    RectificationStatus, ResultSummary, Rubric, FORMAT, FORMAT_VERSION, YEARS,
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

/// The error of a file whose field at `path` is wrong.
fn invalid(path: &str, kind: K) -> AssessmentError {
    AssessmentError::Invalid {
        path: path.into(),
        kind,
    }
}

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|&n| n.to_owned()).collect()
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
        "{\n  \"format\": \"dangjian-ziping.assessment\",\n  \"format_version\": 2,\n"
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
    assert_eq!(
        error("{\"format\": "),
        AssessmentError::NotJson {
            line: 1,
            column: 11,
            eof: true
        }
    );
    assert_eq!(
        error(""),
        AssessmentError::NotJson {
            line: 1,
            column: 0,
            eof: true
        }
    );
    assert_eq!(
        error("{\"format\": x}"),
        AssessmentError::NotJson {
            line: 1,
            column: 12,
            eof: false
        }
    );
}

#[test]
fn not_an_assessment() {
    assert_eq!(error("{}"), AssessmentError::NotAssessment { found: None });
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
        e,
        AssessmentError::NotAssessment {
            found: Some("dangjian-ziping.rubric".into())
        }
    );
}

#[test]
fn newer_versions_are_refused_with_both_versions_named() {
    let e = error(&edited(|j| j["format_version"] = json!(3)));
    assert_eq!(
        e,
        AssessmentError::TooNew {
            found: 3,
            supported: FORMAT_VERSION
        }
    );
    // Even when the rest of the file is unknown to this version.
    let e = error(&edited(|j| {
        j["format_version"] = json!(4);
        j["signature"] = json!("…");
    }));
    assert!(matches!(e, AssessmentError::TooNew { found: 4, .. }));
}

#[test]
fn located_field_errors() {
    type Edit = Box<dyn FnOnce(&mut Json)>;
    let cases: Vec<(Edit, AssessmentError)> = vec![
        (
            Box::new(|j| {
                j.as_object_mut().unwrap().remove("unit");
            }),
            invalid(
                "",
                K::MissingField {
                    field: "unit".into(),
                },
            ),
        ),
        (
            Box::new(|j| {
                j["rubric"].as_object_mut().unwrap().remove("version");
            }),
            invalid(
                "rubric",
                K::MissingField {
                    field: "version".into(),
                },
            ),
        ),
        (
            Box::new(|j| j["format_version"] = json!("1")),
            invalid(
                "format_version",
                K::InvalidType {
                    found: Found::Text("1".into()),
                    expected: Expect::Integer {
                        min: 0,
                        max: u64::from(u32::MAX),
                    },
                },
            ),
        ),
        (
            Box::new(|j| j["format_version"] = json!(0)),
            invalid("format_version", K::FormatVersionZero),
        ),
        (
            Box::new(|j| j["year"] = json!(20)),
            invalid(
                "year",
                K::YearOutOfRange {
                    found: 20,
                    min: 1921,
                    max: 2999,
                },
            ),
        ),
        (
            Box::new(|j| j["date"] = json!("2021-02-29")),
            invalid(
                "date",
                K::NoSuchDay {
                    found: "2021-02-29".into(),
                },
            ),
        ),
        (
            Box::new(|j| j["date"] = json!("15.01.2021")),
            invalid(
                "date",
                K::BadDate {
                    found: "15.01.2021".into(),
                    month_day: false,
                },
            ),
        ),
        (
            Box::new(|j| j["rectification"][0]["status"] = json!("closed")),
            invalid(
                "rectification[0].status",
                K::UnknownVariant {
                    found: "closed".into(),
                    known: names(&["open", "in_progress", "done"]),
                },
            ),
        ),
        (
            Box::new(|j| j["rectification"][0]["owner"] = json!("x")),
            invalid(
                "rectification[0].owner",
                K::UnknownField {
                    field: "owner".into(),
                    known: names(&[
                        "problem",
                        "measure",
                        "department",
                        "deadline",
                        "note",
                        "status",
                        "item",
                    ]),
                },
            ),
        ),
        (
            Box::new(|j| {
                j["answers"]["items"]["duty-list"]["value"] = json!({ "completion": "late" })
            }),
            invalid(
                "answers.items.duty-list.value.completion",
                K::UnknownVariant {
                    found: "late".into(),
                    known: names(&["done", "not_done"]),
                },
            ),
        ),
        (
            Box::new(|j| j["answers"]["items"]["duty-list"]["valeu"] = json!(1)),
            invalid(
                "answers.items.duty-list.valeu",
                K::UnknownField {
                    field: "valeu".into(),
                    known: names(&["na", "note", "value"]),
                },
            ),
        ),
        (
            Box::new(|j| j["result"]["total"] = json!("9x")),
            invalid("result.total", K::NotADecimal { found: "9x".into() }),
        ),
    ];
    for (edit, expected) in cases {
        assert_eq!(error(&edited(edit)), expected);
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
                kind: ziping_engine::ProblemKind::YearOutOfRange {
                    found: year,
                    min: 1921,
                    max: 2999,
                },
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
        e,
        AssessmentError::RubricMismatch {
            file_id: "example-committee-2020".into(),
            file_version: "1.0.0".into(),
            rubric_id: "example-committee-2020".into(),
            rubric_version: "1.1.0".into(),
        }
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
    assert_eq!(
        error(&rows(10_000)),
        invalid(
            "rectification",
            K::TooManyRows {
                found: 10_000,
                max: 1000,
            },
        )
    );
}

#[test]
fn deeply_nested_json_is_refused_as_too_deep() {
    let text = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(
        error(&text),
        AssessmentError::Invalid {
            path: String::new(),
            kind: K::TooDeep { limit: 127 },
        }
    );
    // 127 levels inside the outermost are read (and then refused as not an
    // assessment); one more is too deep.
    let text = format!("{}{}", "[".repeat(127), "]".repeat(127));
    assert!(matches!(
        error(&text),
        AssessmentError::NotAssessment { .. }
    ));
    let text = format!("{}{}", "[".repeat(128), "]".repeat(128));
    assert!(matches!(
        error(&text),
        AssessmentError::Invalid {
            kind: K::TooDeep { .. },
            ..
        }
    ));
}
