//! The guides in `docs/` must not drift from the engine: their JSON examples
//! are parsed here.

#![allow(clippy::unwrap_used)]

use serde_json::Value as Json;
use ziping_engine::{Condition, Document, Fact, GradeBand, Item, RatioAward, Rubric, Scoring};

const GUIDE: &str = include_str!("../../../docs/rubric-format.md");
const EXAMPLE: &str = include_str!("data/example-rubric.json");

fn json_blocks(md: &str) -> Vec<&str> {
    md.split("```json\n")
        .skip(1)
        .filter_map(|b| b.split_once("\n```").map(|(code, _)| code))
        .collect()
}

#[test]
fn the_guide_contains_the_example_verbatim() {
    assert!(GUIDE.contains(&format!("```json\n{}\n```", EXAMPLE.trim_end())));
    Rubric::from_json(EXAMPLE).unwrap();
}

#[test]
fn every_fragment_in_the_guide_is_valid() {
    let blocks = json_blocks(GUIDE);
    assert!(blocks.len() >= 15, "{}", blocks.len());
    for block in blocks {
        // Fragments such as `"scoring": {…}` are read inside braces.
        let text = if block.trim_start().starts_with('"') {
            format!("{{{block}}}")
        } else {
            block.to_owned()
        };
        let v: Json = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}\n{block}"));
        let check = |key: &str, ok: bool| assert!(ok, "{key} in\n{block}");
        if v.get("sections").is_some() {
            check("rubric", Rubric::from_json(block).is_ok());
        } else if v.get("scoring").is_some() && v.get("id").is_some() {
            check(
                "item",
                ziping_engine::json::from_value::<Item>(v.clone()).is_ok(),
            );
        } else if let Some(s) = v.get("scoring") {
            check(
                "scoring",
                ziping_engine::json::from_value::<Scoring>(s.clone()).is_ok(),
            );
            if let Some(m) = v.get("missed") {
                check(
                    "missed",
                    ziping_engine::json::from_value::<ziping_engine::VetoEffect>(m.clone()).is_ok(),
                );
            }
        } else if let Some(a) = v.get("award") {
            check(
                "award",
                ziping_engine::json::from_value::<RatioAward>(a.clone()).is_ok(),
            );
        } else if let Some(l) = v.get("from") {
            check(
                "from",
                ziping_engine::json::from_value::<ziping_engine::Link>(l.clone()).is_ok(),
            );
        } else if let Some(c) = v.get("applies_if") {
            check(
                "applies_if",
                ziping_engine::json::from_value::<Condition>(c.clone()).is_ok(),
            );
        } else if let Some(f) = v.get("facts") {
            check(
                "facts",
                ziping_engine::json::from_value::<Vec<Fact>>(f.clone()).is_ok(),
            );
        } else if let Some(g) = v.get("grades") {
            check(
                "grades",
                ziping_engine::json::from_value::<Vec<GradeBand>>(g.clone()).is_ok(),
            );
        } else if v.get("issuer").is_some() {
            check(
                "document",
                ziping_engine::json::from_value::<Document>(v.clone()).is_ok(),
            );
        } else {
            panic!("unrecognised example:\n{block}");
        }
    }
}
