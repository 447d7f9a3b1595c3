//! Totals, N/A rescaling, grades, vetoes and the report's helpers.

#![allow(clippy::unwrap_used)]

mod common;

use common::*;
use serde_json::{json, Value as Json};
use ziping_engine::{Gap, MissedPeriod, Per, Report, Rubric, Status, VetoEffect};

fn check(id: &str, points: &str) -> Json {
    item(
        id,
        points,
        json!({ "kind": "checklist", "partly": "0.333" }),
    )
}

fn checks(values: &[(&str, &str)]) -> ziping_engine::Answers {
    let mut items = serde_json::Map::new();
    for (id, v) in values {
        let entry = if *v == "na" {
            json!({ "na": true })
        } else {
            json!({ "value": { "check": v } })
        };
        items.insert((*id).to_owned(), entry);
    }
    answers(json!({ "items": items }))
}

/// A 100-point rubric whose single count item earns x hundredths for x of 10000.
fn hundred() -> Rubric {
    single(
        "100",
        json!({ "kind": "count", "target": 10000, "unit": "分" }),
    )
}

#[test]
fn grade_bands_are_lower_bound_inclusive() {
    let r = hundred();
    for (x, total, grade) in [
        ("10000", "100", "优秀"),
        ("9000", "90", "优秀"),
        ("8999", "89.99", "良好"),
        ("8000", "80", "良好"),
        ("7999", "79.99", "合格"),
        ("6000", "60", "合格"),
        ("5999", "59.99", "不合格"),
        ("0", "0", "不合格"),
    ] {
        let rep = score(&r, &value(json!({ "count": x })));
        assert_eq!(rep.total, pts(total), "{x}");
        assert_eq!(rep.grade.as_deref(), Some(grade), "{x}");
    }
}

#[test]
fn rescale_rounds_down() {
    let na = |items: Vec<Json>| {
        let mut j = rubric_json(&[items]);
        j["sections"][0]["items"][0]["na_allowed"] = json!(true);
        parse(j)
    };
    let r = na(vec![check("a", "10"), check("b", "10"), check("c", "10")]);
    // a N/A; b done (10) + c one third (3.33) = 13.33 of 20, scaled to 30:
    // 19.995 → 19.99.
    let rep = score(&r, &checks(&[("a", "na"), ("b", "done"), ("c", "partly")]));
    assert_eq!(rep.item("a").unwrap().status, Status::Na);
    assert_eq!(rep.sections[0].earned, pts("19.99"));
    assert_eq!(rep.sections[0].possible, pts("30"));
    assert_eq!(rep.total, pts("19.99"));
    assert_eq!((rep.applicable, rep.answered), (2, 2));
    // Without the N/A the same answers are 13.33 of 30.
    let rep = score(
        &r,
        &checks(&[("a", "not_done"), ("b", "done"), ("c", "partly")]),
    );
    assert_eq!(rep.total, pts("13.33"));
}

#[test]
fn sections_that_do_not_apply_leave_the_total() {
    let mut j = rubric_json(&[
        vec![check("a", "40")],
        vec![check("b", "30"), check("c", "30")],
    ]);
    j["sections"][0]["items"][0]["na_allowed"] = json!(true);
    let r = parse(j);
    let rep = score(&r, &checks(&[("a", "na"), ("b", "done"), ("c", "partly")]));
    let s0 = &rep.sections[0];
    assert_eq!(
        (s0.applicable, s0.earned, s0.possible),
        (false, pts("0"), pts("0"))
    );
    // 30 + 9.99 = 39.99 of 60, scaled to 100: 66.65.
    assert_eq!(rep.sections[1].earned, pts("39.99"));
    assert_eq!(rep.total, pts("66.65"));
    assert_eq!(rep.max, pts("100"));
    // Nothing applicable at all: 0.
    let mut j = rubric_json(&[vec![check("a", "40")]]);
    j["sections"][0]["items"][0]["na_allowed"] = json!(true);
    let rep = score(&parse(j), &checks(&[("a", "na")]));
    assert_eq!((rep.total, rep.applicable), (pts("0"), 0));
}

#[test]
fn full_marks_policy() {
    let mut j = rubric_json(&[vec![check("a", "40"), check("b", "60")]]);
    j["na_policy"] = json!("full_marks");
    j["sections"][0]["items"][0]["na_allowed"] = json!(true);
    let rep = score(&parse(j), &checks(&[("a", "na"), ("b", "not_done")]));
    let a = rep.item("a").unwrap();
    assert_eq!((a.status, a.earned), (Status::Na, pts("40")));
    assert_eq!(rep.total, pts("40"));
    assert!(rep.shortfalls().iter().all(|i| i.id != "a"));
}

fn veto_rubric(effect: Json) -> Rubric {
    rubric(vec![
        item(
            "base",
            "100",
            json!({ "kind": "count", "target": 100, "unit": "分" }),
        ),
        item(
            "v",
            "0",
            json!({ "kind": "veto", "event": "严重问题", "effect": effect }),
        ),
        item(
            "bonus",
            "5",
            json!({ "kind": "bonus", "event": "表彰", "per": "5" }),
        ),
    ])
}

fn veto_report(r: &Rubric, base: &str, triggered: bool) -> Report {
    score(
        r,
        &answers(json!({ "items": {
            "base": { "value": { "count": base } },
            "v": { "value": { "triggered": triggered } },
            "bonus": { "value": { "count": "1" } }
        } })),
    )
}

#[test]
fn veto_effects() {
    // zero_total: the total (bonus included) is 0 and the grade the lowest.
    let r = veto_rubric(json!({ "effect": "zero_total" }));
    let rep = veto_report(&r, "95", true);
    assert_eq!(
        (rep.total, rep.grade.as_deref()),
        (pts("0"), Some("不合格"))
    );
    assert_eq!(rep.veto.as_ref().unwrap().effect, VetoEffect::ZeroTotal);
    let rep = veto_report(&r, "95", false);
    assert_eq!(
        (rep.total, rep.grade.as_deref()),
        (pts("100"), Some("优秀"))
    );
    assert!(rep.veto.is_none());

    // cap_grade: no better than 合格, the total unchanged; a lower grade stays.
    let r = veto_rubric(json!({ "effect": "cap_grade", "grade": "合格" }));
    let rep = veto_report(&r, "95", true);
    assert_eq!(
        (rep.total, rep.grade.as_deref()),
        (pts("100"), Some("合格"))
    );
    let rep = veto_report(&r, "50", true);
    assert_eq!(rep.grade.as_deref(), Some("不合格"));

    // lowest_grade.
    let r = veto_rubric(json!({ "effect": "lowest_grade" }));
    let rep = veto_report(&r, "95", true);
    assert_eq!(
        (rep.total, rep.grade.as_deref()),
        (pts("100"), Some("不合格"))
    );
}

#[test]
fn the_most_severe_veto_is_reported_and_all_apply() {
    let r = rubric(vec![
        item("base", "100", json!({ "kind": "checklist" })),
        item(
            "cap",
            "0",
            json!({ "kind": "veto", "event": "甲", "effect": { "effect": "cap_grade", "grade": "良好" } }),
        ),
        item(
            "cap2",
            "0",
            json!({ "kind": "veto", "event": "乙", "effect": { "effect": "cap_grade", "grade": "合格" } }),
        ),
    ]);
    let rep = score(
        &r,
        &answers(json!({ "items": {
            "base": { "value": { "check": "done" } },
            "cap": { "value": { "triggered": true } },
            "cap2": { "value": { "triggered": true } }
        } })),
    );
    assert_eq!(rep.grade.as_deref(), Some("合格"));
    assert_eq!(rep.veto.unwrap().item, "cap2");
}

#[test]
fn shortfalls_most_points_lost_first_ties_in_rubric_order() {
    let r = rubric(vec![
        check("a", "10"),
        check("b", "30"),
        check("c", "10"),
        check("d", "20"),
        with(check("e", "30"), "na_allowed", json!(true)),
        item(
            "bonus",
            "5",
            json!({ "kind": "bonus", "event": "表彰", "per": "1" }),
        ),
    ]);
    let rep = score(
        &r,
        &checks(&[
            ("a", "not_done"),
            ("b", "done"),
            ("c", "not_done"),
            ("e", "na"),
        ]),
    );
    let ids: Vec<&str> = rep.shortfalls().iter().map(|i| i.id.as_str()).collect();
    // a and c lose 10 each, in rubric order; d is unanswered, not a finding.
    assert_eq!(ids, ["a", "c"]);
    let open: Vec<&str> = rep.unanswered().iter().map(|i| i.id.as_str()).collect();
    // A blank bonus item is unanswered too: completion counts it.
    assert_eq!(open, ["d", "bonus"]);
    assert_eq!(rep.item("d").unwrap().status, Status::Incomplete);
    assert!(rep.item("nope").is_none());
    assert_eq!(rep.section("s0").unwrap().answered, 3);
    assert!(!rep.is_complete());
}

#[test]
fn example_rubric_scores_end_to_end() {
    let r = Rubric::from_json(include_str!("data/example-rubric.json")).unwrap();
    let a = answers(json!({
        "facts": { "members": { "count": "12" }, "has-groups": { "flag": false } },
        "items": {
            "branch-standard-rate": { "value": { "ratio": { "numerator": "18", "denominator": "19" } } },
            "recruit-intellectuals": { "value": { "ratio": { "numerator": "2", "denominator": "10" } } },
            "committee-meetings": { "value": { "counts": ["1","1","0","1","1","1","0","1","1","1","1","1"] } },
            "general-meetings": { "value": { "counts": ["1","1","1","1"] } },
            "training-classes": { "value": { "count": "3" } },
            "contact-system": { "value": { "check": "done" } },
            "brand-building": { "value": { "level": "较好" } },
            "duty-list": { "value": { "completion": { "done": "2020-10-10" } } },
            "eight-rules": { "value": { "count": "0" } },
            "study-failure-rate": { "value": { "ratio": { "numerator": "1", "denominator": "40" } } },
            "serious-violation": { "value": { "triggered": false } },
            "awards": { "value": { "count": "2" } }
        }
    }));
    let rep = r.score(&a, 2020);
    let earned = |id: &str| rep.item(id).unwrap().earned.to_string();
    assert_eq!(earned("branch-standard-rate"), "14.95");
    // 20%: 10 points under 30% → 3 − 1 = 2.
    assert_eq!(earned("recruit-intellectuals"), "2");
    assert_eq!(earned("committee-meetings"), "10");
    assert_eq!(earned("training-classes"), "6");
    assert_eq!(earned("brand-building"), "4");
    assert_eq!(earned("duty-list"), "5");
    assert_eq!(rep.item("group-activities").unwrap().status, Status::Na);
    // Section 1: 14.95 + 2 + 10 + 5 + 6 + 10 + 4 = 51.95 of 60.
    assert_eq!(rep.sections[0].earned, pts("51.95"));
    // Section 2: (5 + 15 + 10) of 35 applicable, scaled to 40: 34.28.
    assert_eq!(rep.sections[1].earned, pts("34.28"));
    // 86.23 + 2 bonus.
    assert_eq!((rep.total, rep.bonus), (pts("88.23"), pts("2")));
    assert_eq!(rep.grade.as_deref(), Some("良好"));
    assert_eq!(rep.applicable, 12);
    assert_eq!(rep.answered, 12);
    let gaps: Vec<(&str, Option<Gap>)> = rep
        .shortfalls()
        .iter()
        .map(|i| (i.id.as_str(), i.gap.clone()))
        .collect();
    let more = |k, unit: &str| {
        Some(Gap::More {
            k,
            unit: unit.into(),
        })
    };
    assert_eq!(
        gaps,
        [
            (
                "duty-list",
                Some(Gap::Overdue {
                    days: 10,
                    due: "2020-09-30".into()
                })
            ),
            ("recruit-intellectuals", more(2, "名高知识群体党员")),
            (
                "committee-meetings",
                Some(Gap::MissedPeriods {
                    what: "支委会".into(),
                    per: Per::Month,
                    required: 1,
                    missed: vec![
                        MissedPeriod {
                            period: 3,
                            missing: 1
                        },
                        MissedPeriod {
                            period: 7,
                            missing: 1
                        },
                    ],
                })
            ),
            ("training-classes", more(1, "期培训班")),
            ("brand-building", Some(Gap::BestLevel { name: "好".into() })),
            ("branch-standard-rate", more(1, "个支部达标")),
        ]
    );
}

#[test]
fn report_serialises_to_json() {
    let r = Rubric::from_json(include_str!("data/example-rubric.json")).unwrap();
    let a = answers(json!({ "items": {
        "branch-standard-rate": { "value": { "ratio": { "numerator": "18", "denominator": "19" } } },
        "committee-meetings": { "value": { "counts": ["1","", "0","1","1","1","0","1","1","1","1","1"] } },
        "serious-violation": { "value": { "triggered": true } },
        "duty-list": { "value": { "completion": { "done": "2020-02-30" } } },
        "ghost": {}
    } }));
    let rep = r.score(&a, 2020);
    let v = serde_json::to_value(&rep).unwrap();
    assert_eq!(v["total"], json!(rep.total.to_string()));
    assert_eq!(v["grade"], json!(rep.grade));
    assert_eq!(v["unknown_answers"], json!(["ghost"]));
    let rate = &v["items"][0];
    assert_eq!(rate["id"], "branch-standard-rate");
    assert_eq!(rate["status"], "partly");
    assert_eq!(rep.unknown_answers, ["ghost"]);
}

/// A rubric whose annual 党课 item (once a year, 10 points) caps the grade
/// at 不合格 when not held at all, beside a 90-point checklist.
fn missed_rubric(na_allowed: bool) -> Rubric {
    let dk = with(
        item(
            "dk",
            "10",
            json!({ "kind": "frequency", "what": "党课", "per": "year", "required": 1, "deduct": "10" }),
        ),
        "missed",
        json!({ "effect": "cap_grade", "grade": "不合格" }),
    );
    rubric(vec![
        item("base", "90", json!({ "kind": "checklist" })),
        with(dk, "na_allowed", json!(na_allowed)),
    ])
}

fn missed_report(r: &Rubric, dk: Json) -> Report {
    score(
        r,
        &answers(json!({ "items": { "base": { "value": { "check": "done" } }, "dk": dk } })),
    )
}

#[test]
fn a_required_activity_not_held_caps_the_grade_like_a_veto() {
    let r = missed_rubric(true);
    // Not held at all: 90 points would be 优秀, but the grade is capped.
    let rep = missed_report(&r, json!({ "value": { "counts": ["0"] } }));
    assert_eq!(
        (rep.total, rep.grade.as_deref()),
        (pts("90"), Some("不合格"))
    );
    let veto = rep.veto.unwrap();
    assert_eq!((veto.item.as_str(), veto.missed), ("dk", true));
    // Held once: full marks and no cap.
    let rep = missed_report(&r, json!({ "value": { "counts": ["1"] } }));
    assert_eq!(
        (rep.total, rep.grade.as_deref(), rep.veto),
        (pts("100"), Some("优秀"), None)
    );
    // Not answered yet, or not applicable: no cap.
    let rep = missed_report(&r, json!({}));
    assert_eq!((rep.grade.as_deref(), rep.veto), (Some("优秀"), None));
    let rep = missed_report(&r, json!({ "na": true }));
    assert_eq!((rep.total, rep.veto), (pts("100"), None));
}

#[test]
fn a_triggered_veto_item_is_not_a_missed_one() {
    let r = veto_rubric(json!({ "effect": "lowest_grade" }));
    let rep = veto_report(&r, "95", true);
    assert!(!rep.veto.unwrap().missed);
}

#[test]
fn a_required_activity_cannot_be_set_aside_with_dashes() {
    let r = missed_rubric(false);
    // "-" for the only period of a yearly required item: not N/A but not
    // held, so the cap applies.
    for dash in ["-", "－"] {
        let rep = missed_report(&r, json!({ "value": { "counts": [dash] } }));
        let dk = rep.item("dk").unwrap();
        assert_eq!((dk.status, dk.earned), (Status::Unmet, pts("0")), "{dash}");
        assert_eq!(rep.grade.as_deref(), Some("不合格"), "{dash}");
        assert!(rep.veto.unwrap().missed);
    }
}

#[test]
fn an_item_kept_at_a_positive_floor_is_not_missed() {
    // 党员大会: 8 points a year of four quarters, 4 off per quarter missed,
    // never below 4; held in no quarter it still earns its floor.
    let dydh = with(
        item(
            "dydh",
            "8",
            json!({ "kind": "frequency", "what": "党员大会", "per": "quarter", "required": 1, "deduct": "4", "floor": "4" }),
        ),
        "missed",
        json!({ "effect": "cap_grade", "grade": "不合格" }),
    );
    let r = rubric(vec![
        item("base", "92", json!({ "kind": "checklist" })),
        dydh,
    ]);
    let rep = score(
        &r,
        &answers(json!({ "items": {
            "base": { "value": { "check": "done" } },
            "dydh": { "value": { "counts": ["0", "0", "0", "0"] } }
        } })),
    );
    let d = rep.item("dydh").unwrap();
    assert_eq!((d.status, d.earned), (Status::Unmet, pts("4")));
    assert_eq!(
        (rep.total, rep.grade.as_deref(), rep.veto),
        (pts("96"), Some("优秀"), None)
    );
}
