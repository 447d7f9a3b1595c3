//! Rubric versions: the retired versions of shipped rubrics still read and
//! score as they did, and answers carry over to a new version item by item.

mod common;

use std::collections::BTreeSet;
use std::path::PathBuf;

use common::*;
use serde_json::json;
use ziping_engine::carry::{assessment_for, carry_over};
use ziping_engine::shipped::{self, RETIRED, SHIPPED};
use ziping_engine::{Assessment, RectificationRow, Rubric};

#[test]
fn every_retired_file_is_listed_reads_and_is_superseded() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../rubrics/retired");
    let on_disk: BTreeSet<String> = std::fs::read_dir(&dir)
        .expect("rubrics/retired/")
        .map(|e| e.expect("entry").file_name().into_string().expect("UTF-8"))
        .filter(|n| n.ends_with(".json"))
        .collect();
    let listed: BTreeSet<String> = RETIRED
        .iter()
        .map(|r| format!("{}-{}.json", r.id, r.version))
        .collect();
    assert_eq!(on_disk, listed);
    for (r, rubric) in shipped::load_retired() {
        let rubric = rubric.unwrap_or_else(|e| panic!("{}-{}: {e}", r.id, r.version));
        assert_eq!(
            (rubric.id.as_str(), rubric.version.as_str()),
            (r.id, r.version)
        );
        let current = shipped::load(r.id)
            .unwrap_or_else(|| panic!("{} is retired but not shipped", r.id))
            .expect("current version validates");
        assert_ne!(
            current.version, rubric.version,
            "{}: retired and current",
            r.id
        );
        assert!(SHIPPED.iter().any(|s| s.id == r.id));
    }
}

#[test]
fn the_first_branch_self_check_still_scores_as_it_did() {
    // Version 1.0.0 let a branch with no 党课 all year reach 达标; work saved
    // against it keeps that verdict until it is carried over.
    let r = RETIRED
        .iter()
        .find(|r| (r.id, r.version) == ("branch-standard", "1.0.0"))
        .expect("retired branch self-check");
    let old = Rubric::from_json(r.json).expect("validates");
    let mut a = ziping_engine::Answers::default();
    for item in old.sections.iter().flat_map(|s| &s.items) {
        let v = match &item.scoring {
            ziping_engine::Scoring::Frequency(f) if item.id == "dk" => {
                ziping_engine::Value::Counts(vec!["0".into(); f.per.periods()])
            }
            ziping_engine::Scoring::Frequency(f) => {
                ziping_engine::Value::Counts(vec![f.required.to_string(); f.per.periods()])
            }
            ziping_engine::Scoring::Levels(l) => {
                ziping_engine::Value::Level(l.levels[0].name.clone())
            }
            _ => ziping_engine::Value::Check(ziping_engine::Check::Done),
        };
        a.items.insert(
            item.id.clone(),
            ziping_engine::ItemAnswer {
                value: Some(v),
                ..Default::default()
            },
        );
    }
    a.facts.insert(
        "full_members".into(),
        ziping_engine::FactAnswer::Count("9".into()),
    );
    a.facts.insert(
        "has_party_groups".into(),
        ziping_engine::FactAnswer::Flag(true),
    );
    let report = old.score(&a, 2020);
    assert_eq!(
        (report.total, report.grade.as_deref(), report.veto),
        (pts("92"), Some("达标"), None)
    );
}

/// Two versions of a small rubric: `same` unchanged, `pts` worth more,
/// `kind` scored another way, `gone` dropped, `new` added; the fact
/// `members` kept, `groups` turned from a flag into a count.
fn versions() -> (Rubric, Rubric) {
    let old = rubric(vec![
        item("same", "10", json!({ "kind": "checklist" })),
        item("pts", "10", json!({ "kind": "checklist" })),
        item("kind", "10", json!({ "kind": "checklist" })),
        item("gone", "10", json!({ "kind": "checklist" })),
    ]);
    let mut j = rubric_json(&[vec![
        item("same", "10", json!({ "kind": "checklist" })),
        item("pts", "12", json!({ "kind": "checklist" })),
        item(
            "kind",
            "10",
            json!({ "kind": "levels", "levels": [
                { "name": "好", "points": "10" }, { "name": "差", "points": "0" }
            ] }),
        ),
        item("new", "8", json!({ "kind": "checklist" })),
    ]]);
    j["version"] = json!("2");
    j["facts"][1]["kind"] = json!("count");
    (old, parse(j))
}

#[test]
fn answers_carry_over_where_the_rule_is_unchanged_only() {
    let (old, new) = versions();
    let done = |note: &str| json!({ "value": { "check": "done" }, "note": note });
    let answers = answers(json!({
        "facts": { "members": { "count": "9" }, "groups": { "flag": true } },
        "items": {
            "same": done("支委会记录"), "pts": done(""), "kind": done("述职报告"), "gone": done("")
        }
    }));
    let c = carry_over(&old, &new, &answers);
    assert_eq!(c.kept, ["same"]);
    assert_eq!(c.changed, ["pts", "kind"]);
    assert_eq!(c.added, ["new"]);
    assert_eq!(c.removed, ["gone"]);
    assert_eq!(c.facts_dropped, ["groups"]);
    assert_eq!(
        c.to_answer().map(String::as_str).collect::<Vec<_>>(),
        ["pts", "kind", "new"]
    );
    // The unchanged answer as it was; a changed item keeps its evidence
    // note only; nothing else is carried.
    let carried = serde_json::to_value(&c.answers).expect("answers serialise");
    assert_eq!(
        carried,
        json!({
            "facts": { "members": { "count": "9" } },
            "items": { "same": done("支委会记录"), "kind": { "note": "述职报告" } }
        })
    );
    // The carried answers score against the new version without an error.
    let report = score(&new, &c.answers);
    assert!(report.items.iter().all(|i| i.error.is_none()));
    assert_eq!(report.answered, 1);
}

#[test]
fn an_assessment_carried_over_keeps_its_header_and_list() {
    let (old, new) = versions();
    let mut a = Assessment::new(&old, "内科第一党支部", 2020);
    a.assessor = "张三".into();
    for item in ["same", "gone"] {
        a.rectification.push(RectificationRow {
            problem: format!("{item} 未完成"),
            item: Some(item.into()),
            ..RectificationRow::default()
        });
    }
    let (b, c) = assessment_for(&a, &old, &new);
    assert_eq!(
        (b.rubric.id.as_str(), b.rubric.version.as_str()),
        ("test", "2")
    );
    assert_eq!(
        (b.unit.as_str(), b.year, b.assessor.as_str()),
        ("内科第一党支部", 2020, "张三")
    );
    assert_eq!(b.answers, c.answers);
    assert_eq!(b.result, None);
    // Both rows stay; the link to the dropped item goes.
    let links: Vec<_> = b.rectification.iter().map(|r| r.item.as_deref()).collect();
    assert_eq!(links, [Some("same"), None]);
    // The old assessment itself is untouched.
    assert_eq!(a.rubric.version, "1");
}
