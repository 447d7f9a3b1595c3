//! Reading rubric files: located parse errors and every validation rule.

#![allow(clippy::unwrap_used)]

mod common;

use common::*;
use serde_json::{json, Value as Json};
use ziping_engine::{
    Decimal, DocumentKind, Expect, Found, IdOf, Problem, ProblemKind as K, Rubric, Scoring,
};

const EXAMPLE: &str = include_str!("data/example-rubric.json");

fn example() -> Json {
    serde_json::from_str(EXAMPLE).unwrap()
}

/// A located problem, as the lists below compare them.
type Located = (String, K);

/// The problem `kind` at `path`.
fn at(path: &str, kind: K) -> Located {
    (path.to_owned(), kind)
}

fn located(p: &Problem) -> Located {
    (p.path.clone(), p.kind.clone())
}

/// The problems of a rubric given as JSON, as (path, kind) pairs.
fn problems(j: &Json) -> Vec<Located> {
    match Rubric::from_json(&j.to_string()) {
        Ok(_) => Vec::new(),
        Err(e) => e.problems().iter().map(located).collect(),
    }
}

/// Asserts that changing the example with `edit` gives exactly `expected`.
fn expect(edit: impl FnOnce(&mut Json), expected: &[Located]) {
    let mut j = example();
    edit(&mut j);
    assert_eq!(problems(&j), expected);
}

/// The one problem of a text that does not read as a rubric.
fn parse_error(text: &str) -> Located {
    let e = Rubric::from_json(text).unwrap_err();
    match e.problems() {
        [p] => located(p),
        more => panic!("a parse error comes alone: {more:?}"),
    }
}

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// Names as the problems list them.
fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|&n| n.to_owned()).collect()
}

fn unknown_field(field: &str, known: &[&str]) -> K {
    K::UnknownField {
        field: field.into(),
        known: names(known),
    }
}

fn unknown_variant(found: &str, known: &[&str]) -> K {
    K::UnknownVariant {
        found: found.into(),
        known: names(known),
    }
}

fn empty(path: &str) -> Located {
    at(path, K::Empty)
}

fn above_points(path: &str, found: &str, points: &str) -> Located {
    at(
        path,
        K::AboveItemPoints {
            found: pts(found),
            points: pts(points),
        },
    )
}

fn not_a_share(path: &str, found: &str) -> Located {
    at(path, K::NotAShare { found: dec(found) })
}

fn id_chars(path: &str, id: &str) -> Located {
    at(path, K::IdChars { id: id.into() })
}

fn duplicate(path: &str, of: IdOf, id: &str, first: &str) -> Located {
    at(
        path,
        K::Duplicate {
            of,
            id: id.into(),
            first: first.into(),
        },
    )
}

fn unknown_document(path: &str, id: &str) -> Located {
    at(path, K::UnknownDocument { id: id.into() })
}

fn unknown_fact(path: &str, id: &str) -> Located {
    at(path, K::UnknownFact { id: id.into() })
}

fn bad_date(path: &str, found: &str, month_day: bool) -> Located {
    at(
        path,
        K::BadDate {
            found: found.into(),
            month_day,
        },
    )
}

const KINDS: &[&str] = &[
    "ratio",
    "frequency",
    "count",
    "checklist",
    "levels",
    "deduction",
    "bonus",
    "veto",
    "deadline",
    "coverage",
];

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
    let not_json = |line, column, eof| at("", K::NotJson { line, column, eof });
    assert_eq!(parse_error("{\"id\": "), not_json(1, 7, true));
    assert_eq!(parse_error("hello"), not_json(1, 1, false));
    // Trailing characters after the rubric, on the line after its last.
    let lines = EXAMPLE.lines().count();
    assert_eq!(
        parse_error(&format!("{EXAMPLE} x")),
        not_json(lines + 1, 2, false)
    );
    assert_eq!(parse_error(""), not_json(1, 0, true));
}

#[test]
fn parse_errors_are_located() {
    let with_text = |from: &str, to: &str| {
        assert!(EXAMPLE.contains(from), "{from}");
        parse_error(&EXAMPLE.replacen(from, to, 1))
    };
    assert_eq!(
        with_text("\"threshold\": \"95\"", "\"threshold\": \"95%%\""),
        at(
            "sections[0].items[0].scoring.threshold",
            K::NotADecimal {
                found: "95%%".into()
            }
        )
    );
    // Also for fields read before "kind" (keys are taken in sorted order).
    assert_eq!(
        with_text("\"gap_unit\": \"个支部达标\"", "\"gap_unit\": 5"),
        at(
            "sections[0].items[0].scoring.gap_unit",
            K::InvalidType {
                found: Found::Number("5".into()),
                expected: Expect::Text
            }
        )
    );
    assert_eq!(
        with_text(
            "\"award\": { \"mode\": \"proportional\" }",
            "\"award\": {\"mode\": \"slope\", \"base\": \"x\", \"per_10pp\": \"1\"}"
        ),
        at(
            "sections[0].items[0].scoring.award.base",
            K::NotADecimal { found: "x".into() }
        )
    );
    assert_eq!(
        with_text("\"kind\": \"ratio\"", "\"kind\": \"rate\""),
        at(
            "sections[0].items[0].scoring.kind",
            unknown_variant("rate", KINDS)
        )
    );
    assert_eq!(
        with_text("\"points\": \"15\"", "\"points\": \"1.255\""),
        at(
            "sections[0].items[0].points",
            K::PointsTooPrecise {
                found: dec("1.255")
            }
        )
    );
    assert_eq!(
        with_text("\"points\": \"15\"", "\"points\": \"-1\""),
        at(
            "sections[0].items[0].points",
            K::NegativePoints { found: dec("-1") }
        )
    );
    assert_eq!(
        with_text("\"compare\": \">=\"", "\"compare\": \"≥\""),
        at(
            "sections[0].items[0].scoring.compare",
            unknown_variant("≥", &[">=", ">", "<=", "<"])
        )
    );
    assert_eq!(
        with_text("{ \"kind\": \"checklist\" }", "{ }"),
        at(
            "sections[1].items[3].scoring",
            K::MissingField {
                field: "kind".into()
            }
        )
    );
    assert_eq!(
        with_text("\"per\": \"month\"", "\"per\": \"week\""),
        at(
            "sections[0].items[2].scoring.per",
            unknown_variant("week", &["month", "quarter", "half_year", "year"])
        )
    );
}

#[test]
fn unknown_fields_are_rejected_everywhere() {
    const ITEM: &[&str] = &[
        "id",
        "title",
        "source",
        "level",
        "evidence",
        "points",
        "responsible",
        "applies_if",
        "na_allowed",
        "missed",
        "scoring",
    ];
    const RUBRIC: &[&str] = &[
        "id",
        "version",
        "title",
        "description",
        "documents",
        "level",
        "period",
        "grades",
        "na_policy",
        "bonus_cap",
        "pass",
        "facts",
        "sections",
    ];
    const RATIO: &[&str] = &[
        "numerator",
        "denominator",
        "compare",
        "threshold",
        "share_of_total",
        "zero_denominator",
        "award",
        "gap_unit",
        "from",
    ];
    let cases: &[(&str, &str, &str, &[&str])] = &[
        // Top level, document, section, item, citation, condition.
        (
            "\"level\": \"committee\",\n  \"period\"",
            "\"level\": \"committee\", \"levle\": 1,\n  \"period\"",
            "levle",
            RUBRIC,
        ),
        (
            "\"issuer\": \"示例医院党委\",",
            "\"issuer\": \"示例医院党委\", \"number \": \"x\",",
            "documents[0].number ",
            &["id", "number", "title", "issuer", "date", "kind"],
        ),
        (
            "\"points\": \"60\",",
            "\"points\": \"60\", \"weight\": 1,",
            "sections[0].weight",
            &["id", "title", "points", "items"],
        ),
        (
            "\"evidence\": \"各党支部标准化建设自评表\",",
            "\"evidence\": \"各党支部标准化建设自评表\", \"evidnce\": \"\",",
            "sections[0].items[0].evidnce",
            ITEM,
        ),
        (
            "\"clause\": \"二(一)1\",",
            "\"clause\": \"二(一)1\", \"page\": 3,",
            "sections[0].items[0].source.page",
            &["document", "clause", "quote"],
        ),
        (
            "\"at_least\": 7,",
            "\"at_least\": 7, \"at_most\": 9,",
            "sections[0].items[2].applies_if.at_most",
            &["fact", "at_least", "is", "note"],
        ),
        // Inside the tagged enums: a scoring rule, an award without fields, a
        // slope, a veto effect without fields and one with a grade.
        (
            "\"gap_unit\": \"个支部达标\"",
            "\"gap_unit\": \"个支部达标\", \"treshold\": \"90\"",
            "sections[0].items[0].scoring.treshold",
            RATIO,
        ),
        (
            "{ \"mode\": \"proportional\" }",
            "{ \"mode\": \"proportional\", \"cap\": \"1\" }",
            "sections[0].items[0].scoring.award.cap",
            &[],
        ),
        (
            "\"per_10pp\": \"1\" }",
            "\"per_10pp\": \"1\", \"ceiling\": \"5\" }",
            "sections[0].items[1].scoring.award.ceiling",
            &["base", "per_10pp", "floor"],
        ),
        (
            "{ \"effect\": \"cap_grade\", \"grade\": \"合格\" }",
            "{ \"effect\": \"zero_total\", \"grade\": \"合格\" }",
            "sections[1].items[4].scoring.effect.grade",
            &[],
        ),
        (
            "{ \"effect\": \"cap_grade\", \"grade\": \"合格\" }",
            "{ \"effect\": \"cap_grade\", \"grade\": \"合格\", \"reason\": \"\" }",
            "sections[1].items[4].scoring.effect.reason",
            &["grade"],
        ),
        (
            "\"label\": \"2020年度\",",
            "\"label\": \"2020年度\", \"start\": \"01-01\",",
            "period.start",
            &["unit", "label", "year"],
        ),
        (
            "{ \"name\": \"优秀\", \"min\": \"90\" }",
            "{ \"name\": \"优秀\", \"min\": \"90\", \"max\": \"100\" }",
            "grades[0].max",
            &["name", "min"],
        ),
    ];
    for (from, to, path, known) in cases {
        assert!(EXAMPLE.contains(from), "{from}");
        // The field is the last part of the path.
        let field = path.rsplit('.').next().unwrap();
        assert_eq!(
            parse_error(&EXAMPLE.replacen(from, to, 1)),
            at(path, unknown_field(field, known)),
            "{to}"
        );
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
        [at(
            "sections[0].items[0].scoring.award",
            K::NeedsFields {
                variant: "slope".into(),
                fields: names(&["base", "per_10pp"]),
            }
        )]
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
            id_chars("id", "Example 2020"),
            duplicate("documents[1].id", IdOf::Document, "plan", "documents[0].id"),
            at("facts[0].id", K::EmptyId),
            id_chars("sections[0].items[0].id", "率"),
            // Renaming documents[1] and facts[0] leaves their citations dangling.
            unknown_document("sections[0].items[2].source.document", "practice"),
            unknown_fact("sections[0].items[2].applies_if.fact", "members"),
            unknown_document("sections[0].items[3].source.document", "practice"),
            duplicate(
                "sections[1].id",
                IdOf::Section,
                "organisation",
                "sections[0].id",
            ),
            duplicate(
                "sections[1].items[0].id",
                IdOf::Item,
                "training-classes",
                "sections[0].items[4].id",
            ),
        ],
    );
}

#[test]
fn section_points_must_add_up() {
    let sum = |section: &str, items: &str| K::SectionSum {
        section: pts(section),
        items: pts(items),
    };
    expect(
        |j| j["sections"][0]["points"] = json!("61"),
        &[at("sections[0].points", sum("61", "60"))],
    );
    expect(
        |j| j["sections"][2]["points"] = json!("5"),
        &[at("sections[2].points", sum("5", "0"))],
    );
    expect(
        |j| {
            j["sections"][2]["items"] = json!([]);
        },
        &[at("sections[2].items", K::NoItems)],
    );
}

#[test]
fn grades() {
    expect(
        |j| j["grades"] = json!([]),
        &[
            at("grades", K::NoGrades),
            at(
                "sections[1].items[4].scoring.effect.grade",
                K::UnknownGrade {
                    grade: "合格".into(),
                    grades: Vec::new(),
                },
            ),
        ],
    );
    expect(
        |j| {
            j["grades"][1]["min"] = json!("90");
            j["grades"][3]["min"] = json!("10");
            j["grades"][1]["name"] = json!("优秀");
        },
        &[
            duplicate("grades[1].name", IdOf::Grade, "优秀", "grades[0].name"),
            at(
                "grades[1].min",
                K::GradeOrder {
                    min: pts("90"),
                    previous: pts("90"),
                },
            ),
            at("grades[3].min", K::LowestGradeNotZero { min: pts("10") }),
        ],
    );
    expect(
        |j| j["grades"][0]["min"] = json!("100.5"),
        &[at(
            "grades[0].min",
            K::GradeAboveMax {
                min: pts("100.5"),
                max: pts("100"),
            },
        )],
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
            unknown_document("sections[0].items[0].source.document", "plan-2019"),
            empty("sections[0].items[1].source.clause"),
            empty("sections[0].items[1].source.quote"),
            unknown_fact("sections[0].items[2].applies_if.fact", "member-count"),
        ],
    );
    expect(
        |j| j["sections"][0]["items"][2]["applies_if"] = json!({ "fact": "members", "is": true }),
        &[at(
            "sections[0].items[2].applies_if",
            K::ConditionNeedsAtLeast {
                fact: "members".into(),
            },
        )],
    );
    expect(
        |j| {
            j["sections"][1]["items"][3]["applies_if"] =
                json!({ "fact": "has-groups", "at_least": 1 })
        },
        &[at(
            "sections[1].items[3].applies_if",
            K::ConditionNeedsIs {
                fact: "has-groups".into(),
            },
        )],
    );
    expect(
        |j| j["sections"][1]["items"][4]["scoring"]["effect"]["grade"] = json!("及格"),
        &[at(
            "sections[1].items[4].scoring.effect.grade",
            K::UnknownGrade {
                grade: "及格".into(),
                grades: names(&["优秀", "良好", "合格", "不合格"]),
            },
        )],
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
            at(
                "sections[0].items[0].scoring.threshold",
                K::ThresholdRange { found: dec("120") },
            ),
            at("sections[0].items[2].scoring.required", K::BelowOne),
            above_points("sections[0].items[3].scoring.floor", "6", "5"),
            at("sections[0].items[4].scoring.target", K::BelowOne),
            not_a_share("sections[0].items[5].scoring.partly", "1.5"),
            not_a_share("sections[1].items[0].scoring.late_credit", "-0.5"),
            above_points("sections[1].items[1].scoring.floor", "16", "15"),
        ],
    );
    expect(
        |j| {
            s(j, 0, 0, "compare", json!(">"));
            s(j, 0, 0, "threshold", json!("100"));
            s(
                j,
                0,
                1,
                "award",
                json!({ "mode": "slope", "base": "6", "per_10pp": "1", "floor": "5.5" }),
            );
        },
        &[
            at("sections[0].items[0].scoring.threshold", K::Unmeetable),
            above_points("sections[0].items[1].scoring.award.base", "6", "5"),
            above_points("sections[0].items[1].scoring.award.floor", "5.5", "5"),
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
        &[at("sections[0].items[6].scoring.levels", K::NoLevels)],
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
            at(
                "sections[0].items[6].scoring.levels[0].points",
                K::BestLevelPoints {
                    found: pts("4"),
                    points: pts("5"),
                },
            ),
            duplicate(
                "sections[0].items[6].scoring.levels[1].name",
                IdOf::Level,
                "好",
                "sections[0].items[6].scoring.levels[0].name",
            ),
            empty("sections[0].items[6].scoring.levels[2].name"),
            above_points("sections[0].items[6].scoring.levels[2].points", "6", "5"),
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
    const DUE: &str = "sections[1].items[0].scoring.due";
    for ok in ["09-30", "02-29", "12-31", "2020-09-30", "2020-02-29"] {
        assert_eq!(due(ok), Vec::<Located>::new(), "{ok}");
    }
    let no_such_day = |found: &str| {
        at(
            DUE,
            K::NoSuchDay {
                found: found.into(),
            },
        )
    };
    assert_eq!(due("02-30"), [no_such_day("02-30")]);
    assert_eq!(due("2021-02-29"), [no_such_day("2021-02-29")]);
    assert_eq!(due("9月底"), [bad_date(DUE, "9月底", true)]);
    assert_eq!(due("9-30"), [bad_date(DUE, "9-30", true)]);
    expect(
        |j| j["documents"][0]["date"] = json!("2020-3-1"),
        &[bad_date("documents[0].date", "2020-3-1", false)],
    );
}

#[test]
fn vetoes_are_worth_nothing() {
    expect(
        |j| j["sections"][1]["items"][4]["points"] = json!("5"),
        &[at(
            "sections[1].items[4].points",
            K::VetoPoints { found: pts("5") },
        )],
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
    let all: Vec<Located> = err.problems().iter().map(located).collect();
    assert_eq!(
        all,
        [
            empty("version"),
            empty("title"),
            empty("sections[0].items[4].title"),
        ]
    );
    // Shown in logs one per line, as each problem shows itself.
    let lines: Vec<String> = err.problems().iter().map(Problem::to_string).collect();
    assert_eq!(err.to_string(), lines.join("\n"));
    assert_eq!(lines[0], "version: Empty");
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
        &[bad_date("documents[0].date", "", false)],
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

#[test]
fn missed_names_a_grade_and_belongs_to_a_scored_item() {
    expect(
        |j| {
            j["sections"][0]["items"][2]["missed"] =
                json!({ "effect": "cap_grade", "grade": "及格" });
            j["sections"][1]["items"][4]["missed"] = json!("lowest_grade");
        },
        &[
            at(
                "sections[0].items[2].missed.grade",
                K::UnknownGrade {
                    grade: "及格".into(),
                    grades: names(&["优秀", "良好", "合格", "不合格"]),
                },
            ),
            at("sections[1].items[4].missed", K::MissedNotScored),
        ],
    );
    // A valid one reads back.
    let mut j = example();
    j["sections"][0]["items"][2]["missed"] = json!({ "effect": "cap_grade", "grade": "合格" });
    assert_eq!(problems(&j), []);
}
