//! Helpers shared by the integration tests: small rubrics built from JSON.

#![allow(dead_code, clippy::unwrap_used)]

use serde_json::{json, Value as Json};
use ziping_engine::{Answers, Points, Report, Rubric};

/// An item with the given id, points and `scoring` object.
pub fn item(id: &str, points: &str, scoring: Json) -> Json {
    json!({
        "id": id,
        "title": format!("测试项 {id}"),
        "source": { "document": "d", "clause": "一", "quote": "原文。" },
        "level": "branch",
        "evidence": "台账",
        "points": points,
        "scoring": scoring,
    })
}

/// Adds `key: value` to an item object.
pub fn with(mut item: Json, key: &str, value: Json) -> Json {
    item[key] = value;
    item
}

fn section_points(items: &[Json]) -> Points {
    items
        .iter()
        .filter(|i| !matches!(i["scoring"]["kind"].as_str(), Some("bonus" | "veto")))
        .map(|i| ziping_engine::json::from_value::<Points>(i["points"].clone()).unwrap())
        .sum()
}

/// The JSON of a rubric with one section per element of `sections`, each
/// worth the sum of its items' points, and the grades 优秀 ≥ 90%, 良好 ≥ 80%,
/// 合格 ≥ 60% of the maximum (rounded down), 不合格 ≥ 0.
pub fn rubric_json(sections: &[Vec<Json>]) -> Json {
    let sections: Vec<Json> = sections
        .iter()
        .enumerate()
        .map(|(i, items)| {
            json!({
                "id": format!("s{i}"),
                "title": format!("第{i}部分"),
                "points": section_points(items).to_string(),
                "items": items,
            })
        })
        .collect();
    let max: i64 = sections
        .iter()
        .map(|s| {
            ziping_engine::json::from_value::<Points>(s["points"].clone())
                .unwrap()
                .hundredths()
        })
        .sum();
    let band = |pct: i64| Points(max * pct / 100).to_string();
    json!({
        "id": "test",
        "version": "1",
        "title": "测试细则",
        "documents": [{ "id": "d", "title": "文件", "date": "2020-01-01" }],
        "level": "branch",
        "period": { "unit": "year" },
        "grades": [
            { "name": "优秀", "min": band(90) },
            { "name": "良好", "min": band(80) },
            { "name": "合格", "min": band(60) },
            { "name": "不合格", "min": "0" }
        ],
        "facts": [
            { "id": "members", "label": "正式党员人数", "kind": "count" },
            { "id": "groups", "label": "是否设党小组", "kind": "flag" }
        ],
        "sections": sections,
    })
}

/// Parses and validates a rubric JSON value, failing the test on any problem.
pub fn parse(json: Json) -> Rubric {
    match Rubric::from_json(&json.to_string()) {
        Ok(r) => r,
        Err(e) => panic!("test rubric does not validate:\n{e}"),
    }
}

/// A validated rubric with one section holding `items`.
pub fn rubric(items: Vec<Json>) -> Rubric {
    parse(rubric_json(&[items]))
}

/// A validated rubric with one section holding one item `x`.
pub fn single(points: &str, scoring: Json) -> Rubric {
    rubric(vec![item("x", points, scoring)])
}

/// Answers from JSON (`{"items": {...}, "facts": {...}}`).
pub fn answers(json: Json) -> Answers {
    ziping_engine::json::from_value(json).unwrap()
}

/// Answers giving item `x` the value `value`.
pub fn value(value: Json) -> Answers {
    answers(json!({ "items": { "x": { "value": value } } }))
}

/// Scores for 2020.
pub fn score(r: &Rubric, a: &Answers) -> Report {
    r.score(a, 2020)
}

/// Points from text.
pub fn pts(s: &str) -> Points {
    ziping_engine::json::from_value(json!(s)).unwrap()
}

/// A ratio scoring object.
pub fn ratio(compare: &str, threshold: &str) -> Json {
    json!({
        "kind": "ratio",
        "numerator": "达标数",
        "denominator": "总数",
        "compare": compare,
        "threshold": threshold,
        "gap_unit": "个支部达标",
    })
}

/// A ratio answer.
pub fn nd(n: &str, d: &str) -> Json {
    json!({ "ratio": { "numerator": n, "denominator": d } })
}
