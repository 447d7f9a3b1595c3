//! Reading rubric files: located parse errors and every validation rule.

#![allow(clippy::unwrap_used)]

mod common;

use common::*;
use serde_json::{json, Value as Json};
use ziping_engine::{DocumentKind, Problem, Rubric, Scoring};

const EXAMPLE: &str = include_str!("data/example-rubric.json");

fn example() -> Json {
    serde_json::from_str(EXAMPLE).unwrap()
}

/// The problems of a rubric given as JSON, as `path: message` lines.
fn problems(j: &Json) -> Vec<String> {
    match Rubric::from_json(&j.to_string()) {
        Ok(_) => Vec::new(),
        Err(e) => e.problems().iter().map(Problem::to_string).collect(),
    }
}

/// Asserts that changing the example with `edit` gives exactly `expected`.
fn expect(edit: impl FnOnce(&mut Json), expected: &[&str]) {
    let mut j = example();
    edit(&mut j);
    assert_eq!(problems(&j), expected);
}

fn parse_error(text: &str) -> String {
    Rubric::from_json(text).unwrap_err().to_string()
}

#[test]
fn the_example_validates() {
    let r = Rubric::from_json(EXAMPLE).unwrap();
    assert_eq!(r.max_points(), pts("100"));
    let kinds: std::collections::BTreeSet<&str> = r
        .sections
        .iter()
        .flat_map(|s| &s.items)
        .map(|i| i.scoring.kind_name())
        .collect();
    assert_eq!(kinds.len(), 9, "the example uses every kind: {kinds:?}");
}

#[test]
fn not_json() {
    let e = parse_error("{\"id\": ");
    assert!(e.starts_with("not valid JSON at line 1 column 7: "), "{e}");
    let e = parse_error("hello");
    assert!(e.starts_with("not valid JSON at line 1 column 1: "), "{e}");
    let e = parse_error(&format!("{EXAMPLE} x"));
    assert!(e.starts_with("not valid JSON at line "), "{e}");
    assert!(e.ends_with("trailing characters"), "{e}");
    let e = parse_error("");
    assert!(
        e.starts_with("not valid JSON at line 1 column 0: EOF"),
        "{e}"
    );
}

#[test]
fn parse_errors_are_located() {
    let with_text = |from: &str, to: &str| {
        assert!(EXAMPLE.contains(from), "{from}");
        parse_error(&EXAMPLE.replacen(from, to, 1))
    };
    assert_eq!(
        with_text("\"threshold\": \"95\"", "\"threshold\": \"95%%\""),
        "sections[0].items[0].scoring.threshold: expected a decimal like \"95\" or \"0.5\", found \"95%%\""
    );
    // Also for fields read before "kind" (keys are taken in sorted order).
    assert_eq!(
        with_text("\"gap_unit\": \"个支部达标\"", "\"gap_unit\": 5"),
        "sections[0].items[0].scoring.gap_unit: invalid type: integer `5`, expected a string"
    );
    assert_eq!(
        with_text("\"award\": { \"mode\": \"proportional\" }", "\"award\": {\"mode\": \"slope\", \"base\": \"x\", \"per_10pp\": \"1\"}"),
        "sections[0].items[0].scoring.award.base: expected a decimal like \"95\" or \"0.5\", found \"x\""
    );
    assert_eq!(
        with_text("\"kind\": \"ratio\"", "\"kind\": \"rate\""),
        "sections[0].items[0].scoring.kind: unknown variant `rate`, expected one of `ratio`, `frequency`, `count`, `checklist`, `levels`, `deduction`, `bonus`, `veto`, `deadline`, `coverage`"
    );
    assert_eq!(
        with_text("\"points\": \"15\"", "\"points\": \"1.255\""),
        "sections[0].items[0].points: expected points with at most two decimals, like \"2.5\", found \"1.255\""
    );
    assert_eq!(
        with_text("\"points\": \"15\"", "\"points\": \"-1\""),
        "sections[0].items[0].points: expected points of zero or more, found \"-1\""
    );
    assert_eq!(
        with_text("\"compare\": \">=\"", "\"compare\": \"≥\""),
        "sections[0].items[0].scoring.compare: unknown variant `≥`, expected one of `>=`, `>`, `<=`, `<`"
    );
    assert_eq!(
        with_text("{ \"kind\": \"checklist\" }", "{ }"),
        "sections[1].items[3].scoring: missing field `kind`"
    );
    assert_eq!(
        with_text("\"per\": \"month\"", "\"per\": \"week\""),
        "sections[0].items[2].scoring.per: unknown variant `week`, expected one of `month`, `quarter`, `half_year`, `year`"
    );
}

#[test]
fn unknown_fields_are_rejected_everywhere() {
    let cases: &[(&str, &str, &str)] = &[
        // Top level, document, section, item, citation, condition.
        (
            "\"level\": \"committee\",\n  \"period\"",
            "\"level\": \"committee\", \"levle\": 1,\n  \"period\"",
            "levle: unknown field `levle`",
        ),
        (
            "\"issuer\": \"示例医院党委\",",
            "\"issuer\": \"示例医院党委\", \"number \": \"x\",",
            "documents[0].number : unknown field `number `",
        ),
        (
            "\"points\": \"60\",",
            "\"points\": \"60\", \"weight\": 1,",
            "sections[0].weight: unknown field `weight`",
        ),
        (
            "\"evidence\": \"各党支部标准化建设自评表\",",
            "\"evidence\": \"各党支部标准化建设自评表\", \"evidnce\": \"\",",
            "sections[0].items[0].evidnce: unknown field `evidnce`",
        ),
        (
            "\"clause\": \"二(一)1\",",
            "\"clause\": \"二(一)1\", \"page\": 3,",
            "sections[0].items[0].source.page: unknown field `page`",
        ),
        (
            "\"at_least\": 7,",
            "\"at_least\": 7, \"at_most\": 9,",
            "sections[0].items[2].applies_if.at_most: unknown field `at_most`",
        ),
        // Inside the tagged enums: a scoring rule, an award without fields, a
        // slope, a veto effect without fields and one with a grade.
        (
            "\"gap_unit\": \"个支部达标\"",
            "\"gap_unit\": \"个支部达标\", \"treshold\": \"90\"",
            "sections[0].items[0].scoring.treshold: unknown field `treshold`",
        ),
        (
            "{ \"mode\": \"proportional\" }",
            "{ \"mode\": \"proportional\", \"cap\": \"1\" }",
            "sections[0].items[0].scoring.award.cap: unknown field `cap`, there are no fields",
        ),
        (
            "\"per_10pp\": \"1\" }",
            "\"per_10pp\": \"1\", \"ceiling\": \"5\" }",
            "sections[0].items[1].scoring.award.ceiling: unknown field `ceiling`",
        ),
        (
            "{ \"effect\": \"cap_grade\", \"grade\": \"合格\" }",
            "{ \"effect\": \"zero_total\", \"grade\": \"合格\" }",
            "sections[1].items[4].scoring.effect.grade: unknown field `grade`, there are no fields",
        ),
        (
            "{ \"effect\": \"cap_grade\", \"grade\": \"合格\" }",
            "{ \"effect\": \"cap_grade\", \"grade\": \"合格\", \"reason\": \"\" }",
            "sections[1].items[4].scoring.effect.reason: unknown field `reason`",
        ),
        (
            "\"label\": \"2020年度\",",
            "\"label\": \"2020年度\", \"start\": \"01-01\",",
            "period.start: unknown field `start`",
        ),
        (
            "{ \"name\": \"优秀\", \"min\": \"90\" }",
            "{ \"name\": \"优秀\", \"min\": \"90\", \"max\": \"100\" }",
            "grades[0].max: unknown field `max`",
        ),
    ];
    for (from, to, expected) in cases {
        assert!(EXAMPLE.contains(from), "{from}");
        let e = parse_error(&EXAMPLE.replacen(from, to, 1));
        assert!(e.starts_with(expected), "{expected}\n  got: {e}");
    }
}

#[test]
fn bare_string_shorthands() {
    let mut j = example();
    j["sections"][0]["items"][0]["scoring"]["award"] = json!("proportional");
    j["sections"][1]["items"][4]["scoring"]["effect"] = json!("zero_total");
    let r = Rubric::from_json(&j.to_string()).unwrap();
    // Written back in the object form.
    let back: Json = serde_json::from_str(&r.to_json()).unwrap();
    assert_eq!(
        back["sections"][0]["items"][0]["scoring"]["award"],
        json!({ "mode": "proportional" })
    );
    assert_eq!(
        back["sections"][1]["items"][4]["scoring"]["effect"],
        json!({ "effect": "zero_total" })
    );
    j["sections"][0]["items"][0]["scoring"]["award"] = json!("slope");
    assert_eq!(
        problems(&j),
        ["sections[0].items[0].scoring.award: the slope mode needs an object with \"base\" and \"per_10pp\""]
    );
}

#[test]
fn ids() {
    expect(
        |j| {
            j["id"] = json!("Example 2020");
            j["documents"][1]["id"] = json!("plan");
            j["facts"][0]["id"] = json!("");
            j["sections"][1]["id"] = json!("organisation");
            j["sections"][1]["items"][0]["id"] = json!("training-classes");
            j["sections"][0]["items"][0]["id"] = json!("率");
        },
        &[
            "id: the id \"Example 2020\" may only contain lowercase letters a-z, digits, \"-\", \"_\" and \".\"",
            "documents[1].id: document id \"plan\" is already used at documents[0].id",
            "facts[0].id: the id is empty",
            "sections[0].items[0].id: the id \"率\" may only contain lowercase letters a-z, digits, \"-\", \"_\" and \".\"",
            // Renaming documents[1] and facts[0] leaves their citations dangling.
            "sections[0].items[2].source.document: there is no document \"practice\" in \"documents\"",
            "sections[0].items[2].applies_if.fact: there is no fact \"members\" in \"facts\"",
            "sections[0].items[3].source.document: there is no document \"practice\" in \"documents\"",
            "sections[1].id: section id \"organisation\" is already used at sections[0].id",
            "sections[1].items[0].id: item id \"training-classes\" is already used at sections[0].items[4].id",
        ],
    );
}

#[test]
fn section_points_must_add_up() {
    expect(
        |j| j["sections"][0]["points"] = json!("61"),
        &["sections[0].points: the section is worth 61 but its items add up to 60 (bonus and veto items not counted)"],
    );
    expect(
        |j| j["sections"][2]["points"] = json!("5"),
        &["sections[2].points: the section is worth 5 but its items add up to 0 (bonus and veto items not counted)"],
    );
    expect(
        |j| {
            j["sections"][2]["items"] = json!([]);
        },
        &["sections[2].items: the section has no items"],
    );
}

#[test]
fn grades() {
    expect(
        |j| j["grades"] = json!([]),
        &[
            "grades: there are no grade bands; give at least one, starting at 0",
            "sections[1].items[4].scoring.effect.grade: there is no grade \"合格\"; the grades are: ",
        ],
    );
    expect(
        |j| {
            j["grades"][1]["min"] = json!("90");
            j["grades"][3]["min"] = json!("10");
            j["grades"][1]["name"] = json!("优秀");
        },
        &[
            "grades[1].name: the grade name \"优秀\" is already used at grades[0].name",
            "grades[1].min: grade bands must go from the highest to the lowest, each \"min\" below the one before: 90 is not below 90",
            "grades[3].min: the lowest grade band must start at 0 so that every total has a grade, not at 10",
        ],
    );
    expect(
        |j| j["grades"][0]["min"] = json!("100.5"),
        &["grades[0].min: 100.5 is more than the rubric's maximum of 100"],
    );
}

#[test]
fn references() {
    expect(
        |j| {
            j["sections"][0]["items"][0]["source"]["document"] = json!("plan-2019");
            j["sections"][0]["items"][1]["source"]["quote"] = json!(" ");
            j["sections"][0]["items"][1]["source"]["clause"] = json!("");
            j["sections"][0]["items"][2]["applies_if"]["fact"] = json!("member-count");
        },
        &[
            "sections[0].items[0].source.document: there is no document \"plan-2019\" in \"documents\"",
            "sections[0].items[1].source.clause: must not be empty",
            "sections[0].items[1].source.quote: must not be empty",
            "sections[0].items[2].applies_if.fact: there is no fact \"member-count\" in \"facts\"",
        ],
    );
    expect(
        |j| j["sections"][0]["items"][2]["applies_if"] = json!({ "fact": "members", "is": true }),
        &["sections[0].items[2].applies_if: fact \"members\" is a count: the condition needs \"at_least\" (and no \"is\")"],
    );
    expect(
        |j| j["sections"][1]["items"][3]["applies_if"] = json!({ "fact": "has-groups", "at_least": 1 }),
        &["sections[1].items[3].applies_if: fact \"has-groups\" is a yes/no flag: the condition needs \"is\" (and no \"at_least\")"],
    );
    expect(
        |j| j["sections"][1]["items"][4]["scoring"]["effect"]["grade"] = json!("及格"),
        &["sections[1].items[4].scoring.effect.grade: there is no grade \"及格\"; the grades are: 优秀, 良好, 合格, 不合格"],
    );
}

#[test]
fn kind_rules() {
    let s = |j: &mut Json, si: usize, ii: usize, k: &str, v: Json| {
        j["sections"][si]["items"][ii]["scoring"][k] = v;
    };
    expect(
        |j| {
            s(j, 0, 0, "threshold", json!("120"));
            s(j, 0, 2, "required", json!(0));
            s(j, 0, 3, "floor", json!("6"));
            s(j, 0, 4, "target", json!(0));
            s(j, 0, 5, "partly", json!("1.5"));
            s(j, 1, 0, "late_credit", json!("-0.5"));
            s(j, 1, 1, "floor", json!("16"));
        },
        &[
            "sections[0].items[0].scoring.threshold: a threshold is a percentage between 0 and 100, found 120",
            "sections[0].items[2].scoring.required: must be at least 1",
            "sections[0].items[3].scoring.floor: 6 is more than the item's points (5)",
            "sections[0].items[4].scoring.target: must be at least 1",
            "sections[0].items[5].scoring.partly: a share of the points between 0 and 1 (0.5 = half), found 1.5",
            "sections[1].items[0].scoring.late_credit: a share of the points between 0 and 1 (0.5 = half), found -0.5",
            "sections[1].items[1].scoring.floor: 16 is more than the item's points (15)",
        ],
    );
    expect(
        |j| {
            s(j, 0, 0, "compare", json!(">"));
            s(j, 0, 0, "threshold", json!("100"));
            s(j, 0, 1, "award", json!({ "mode": "slope", "base": "6", "per_10pp": "1", "floor": "5.5" }));
        },
        &[
            "sections[0].items[0].scoring.threshold: no rate can meet this comparison; use \">=\" or \"<=\"",
            "sections[0].items[1].scoring.award.base: 6 is more than the item's points (5)",
            "sections[0].items[1].scoring.award.floor: 5.5 is more than the item's points (5)",
        ],
    );
}

#[test]
fn levels_rules() {
    let lv = |j: &mut Json, levels: Json| {
        j["sections"][0]["items"][6]["scoring"]["levels"] = levels;
    };
    expect(
        |j| lv(j, json!([])),
        &["sections[0].items[6].scoring.levels: there are no levels"],
    );
    expect(
        |j| {
            lv(
                j,
                json!([
                    { "name": "好", "points": "4" },
                    { "name": "好", "points": "3" },
                    { "name": "", "points": "6" }
                ]),
            )
        },
        &[
            "sections[0].items[6].scoring.levels[0].points: the first (best) level must be worth the item's points (5), found 4",
            "sections[0].items[6].scoring.levels[1].name: the level name \"好\" is already used at sections[0].items[6].scoring.levels[0].name",
            "sections[0].items[6].scoring.levels[2].name: must not be empty",
            "sections[0].items[6].scoring.levels[2].points: 6 is more than the item's points (5)",
        ],
    );
}

#[test]
fn deadlines_and_dates() {
    let due = |d: &str| {
        let mut j = example();
        j["sections"][1]["items"][0]["scoring"]["due"] = json!(d);
        problems(&j)
    };
    for ok in ["09-30", "02-29", "12-31", "2020-09-30", "2020-02-29"] {
        assert_eq!(due(ok), Vec::<String>::new(), "{ok}");
    }
    assert_eq!(
        due("02-30"),
        ["sections[1].items[0].scoring.due: there is no such day as \"02-30\""]
    );
    assert_eq!(
        due("2021-02-29"),
        ["sections[1].items[0].scoring.due: there is no such day as \"2021-02-29\""]
    );
    assert_eq!(
        due("9月底"),
        ["sections[1].items[0].scoring.due: expected a date as \"MM-DD\" (e.g. \"09-30\") or \"YYYY-MM-DD\", found \"9月底\""]
    );
    assert_eq!(
        due("9-30"),
        ["sections[1].items[0].scoring.due: expected a date as \"MM-DD\" (e.g. \"09-30\") or \"YYYY-MM-DD\", found \"9-30\""]
    );
    expect(
        |j| j["documents"][0]["date"] = json!("2020-3-1"),
        &["documents[0].date: expected a date as \"YYYY-MM-DD\", found \"2020-3-1\""],
    );
}

#[test]
fn vetoes_are_worth_nothing() {
    expect(
        |j| j["sections"][1]["items"][4]["points"] = json!("5"),
        &["sections[1].items[4].points: a veto item is worth 0 points, found 5"],
    );
}

#[test]
fn all_problems_are_reported_one_per_line() {
    let mut j = example();
    j["version"] = json!("");
    j["title"] = json!("");
    j["sections"][0]["items"][4]["scoring"]["unit"] = json!("");
    j["sections"][0]["items"][4]["title"] = json!("");
    let err = Rubric::from_json(&j.to_string()).unwrap_err();
    assert_eq!(err.problems().len(), 3);
    assert_eq!(
        err.to_string(),
        "version: must not be empty\ntitle: must not be empty\nsections[0].items[4].title: must not be empty"
    );
}

#[test]
fn helper_rubrics_validate() {
    // The shared test helper builds valid rubrics; a sanity check of it.
    let r = rubric_json(&[vec![item("a", "10", json!({ "kind": "checklist" }))]]);
    assert!(problems(&r).is_empty());
}

#[test]
fn only_common_practice_may_have_no_date() {
    // A written source without its date of issue cannot be cited.
    expect(
        |j| {
            j["documents"][0].as_object_mut().unwrap().remove("date");
        },
        &["documents[0].date: expected a date as \"YYYY-MM-DD\", found \"\""],
    );
    // Common practice has none.
    expect(
        |j| {
            let d = j["documents"][0].as_object_mut().unwrap();
            d.remove("date");
            d.insert("kind".into(), json!("practice"));
        },
        &[],
    );
}

/// What a document is cited by (its number, or its title and date) is read
/// as written; the interface composes the citation.
#[test]
fn documents_are_cited_by_number_or_by_title_and_date() {
    let cited = |r: &Rubric| {
        let d = &r.documents[0];
        (d.number.clone(), d.title.clone(), d.date.clone(), d.kind)
    };
    let mut j = example();
    j["documents"][0]["number"] = json!("乐卫党〔2020〕25号");
    let r = Rubric::from_json(&j.to_string()).unwrap();
    assert_eq!(cited(&r).0.as_deref(), Some("乐卫党〔2020〕25号"));
    let d = j["documents"][0].as_object_mut().unwrap();
    d.remove("number");
    d.insert("title".into(), json!("绍兴市中医院2020年党建工作计划"));
    d.insert("date".into(), json!("2020-04-08"));
    let r = Rubric::from_json(&j.to_string()).unwrap();
    assert_eq!(
        cited(&r),
        (
            None,
            "绍兴市中医院2020年党建工作计划".to_owned(),
            "2020-04-08".to_owned(),
            DocumentKind::Plan
        )
    );
    let d = j["documents"][0].as_object_mut().unwrap();
    d.remove("date");
    d.insert("kind".into(), json!("practice"));
    let r = Rubric::from_json(&j.to_string()).unwrap();
    assert_eq!(
        cited(&r),
        (
            None,
            "绍兴市中医院2020年党建工作计划".to_owned(),
            String::new(),
            DocumentKind::Practice
        )
    );
}

#[test]
fn a_key_written_twice_counts_with_its_last_value() {
    let from = "\"threshold\": \"95\"";
    assert!(EXAMPLE.contains(from));
    let text = EXAMPLE.replacen(from, "\"threshold\": \"50\", \"threshold\": \"95\"", 1);
    let r = Rubric::from_json(&text).unwrap();
    let Scoring::Ratio(rule) = &r.sections[0].items[0].scoring else {
        panic!("the first item is a ratio");
    };
    assert_eq!(rule.threshold.to_string(), "95");
}
