//! 汇总: the committee's roll-up of its units' assessments.

#![allow(clippy::unwrap_used)]

mod common;

use common::*;
use serde_json::{json, Value as Json};
use ziping_engine::rollup::{
    figure, linked, rollup, sum_answers, LeftOut, LeftOutReason, Linked, PassRate,
};
use ziping_engine::{
    ratio, Assessment, Decimal, Figure, ItemAnswer, Link, PassMark, Points, ProblemKind, RatioRule,
    Rubric, Scoring, Value,
};

/// A rubric of two checklist items, 50 points each; passing is a grade
/// (`pass`) or, without one, the top grade (优秀 from 90).
fn two_items(pass: Option<Json>) -> Rubric {
    let mut j = rubric_json(&[vec![
        item("a", "50", json!({ "kind": "checklist" })),
        item("b", "50", json!({ "kind": "checklist" })),
    ]]);
    if let Some(p) = pass {
        j["pass"] = p;
    }
    parse(j)
}

fn check(s: &str) -> Value {
    Value::Check(match s {
        "done" => ziping_engine::Check::Done,
        "partly" => ziping_engine::Check::Partly,
        _ => ziping_engine::Check::NotDone,
    })
}

/// An assessment of `unit` for `year` answering a and b.
fn file(r: &Rubric, unit: &str, year: i32, a: &str, b: &str) -> Assessment {
    let mut f = Assessment::new(r, unit, year);
    for (id, v) in [("a", a), ("b", b)] {
        if !v.is_empty() {
            f.answers.items.insert(
                id.into(),
                ItemAnswer {
                    value: Some(check(v)),
                    ..ItemAnswer::default()
                },
            );
        }
    }
    f
}

fn pct(s: &str) -> Option<Decimal> {
    Some(s.parse().unwrap())
}

/// `passing` units scoring 100 and `failing` scoring 50 (合格 needs 60: 不合格).
fn branches(r: &Rubric, passing: usize, failing: usize) -> Vec<Assessment> {
    (0..passing)
        .map(|i| file(r, &format!("第{i}支部"), 2020, "done", "done"))
        .chain((0..failing).map(|i| {
            file(
                r,
                &format!("第{}支部", passing + i),
                2020,
                "done",
                "not_done",
            )
        }))
        .collect()
}

#[test]
fn nineteen_of_twenty_meets_ninety_five_percent() {
    let r = two_items(Some(json!({ "grade": "良好" })));
    let files = branches(&r, 19, 1);
    let roll = rollup(&r, 2020, &files, pct("95"));
    assert_eq!(
        roll.pass_rate,
        Some(PassRate {
            passed: 19,
            units: 20,
            threshold: pct("95"),
            met: Some(true),
            needed: None,
        })
    );
}

#[test]
fn eighteen_of_nineteen_misses_it_by_one_unit() {
    let r = two_items(Some(json!({ "grade": "良好" })));
    let files = branches(&r, 18, 1);
    let rate = rollup(&r, 2020, &files, pct("95")).pass_rate.unwrap();
    assert_eq!((rate.passed, rate.units, rate.met), (18, 19, Some(false)));
    assert_eq!(rate.needed, Some(1));
    // 17 of 19: two more needed (19 / 19); 17 of 20: 2 more (19 / 20).
    assert_eq!(
        rollup(&r, 2020, &branches(&r, 17, 2), pct("95"))
            .pass_rate
            .unwrap()
            .needed,
        Some(2)
    );
    assert_eq!(
        rollup(&r, 2020, &branches(&r, 17, 3), pct("95"))
            .pass_rate
            .unwrap()
            .needed,
        Some(2)
    );
}

#[test]
fn no_units_no_rate() {
    let r = two_items(None);
    let roll = rollup(&r, 2020, &[] as &[Assessment], pct("95"));
    assert_eq!(roll.pass_rate, None);
    assert!(roll.units.is_empty() && roll.items.iter().all(|t| t.lost == Points::ZERO));
}

#[test]
fn a_resent_file_counts_once_and_other_years_and_rubrics_are_left_out() {
    let r = two_items(Some(json!({ "grade": "良好" })));
    let mut files = branches(&r, 19, 1);
    // The failing branch sends a corrected file: the later one counts.
    files.push(file(&r, " 第19支部 ", 2020, "done", "done"));
    files.push(file(&r, "第3支部", 2019, "done", "done"));
    let mut other = file(&r, "第5支部", 2020, "done", "done");
    other.rubric.version = "2".into();
    files.push(other);

    let roll = rollup(&r, 2020, &files, pct("95"));
    let rate = roll.pass_rate.unwrap();
    assert_eq!((rate.passed, rate.units, rate.met), (20, 20, Some(true)));
    assert_eq!(roll.units.len(), 20);
    assert_eq!(
        roll.units.last().map(|u| (u.index, u.unit.as_str())),
        Some((20, "第19支部"))
    );
    assert_eq!(
        roll.left_out,
        vec![
            LeftOut {
                index: 19,
                unit: "第19支部".into(),
                reason: LeftOutReason::Replaced { by: 20 },
            },
            LeftOut {
                index: 21,
                unit: "第3支部".into(),
                reason: LeftOutReason::OtherYear { year: 2019 },
            },
            LeftOut {
                index: 22,
                unit: "第5支部".into(),
                reason: LeftOutReason::OtherRubric {
                    id: "test".into(),
                    version: "2".into(),
                },
            },
        ]
    );
}

#[test]
fn per_item_counts_and_points_lost_are_exact() {
    let r = two_items(None);
    let files = vec![
        file(&r, "甲", 2020, "done", "partly"),
        file(&r, "乙", 2020, "not_done", "partly"),
        file(&r, "丙", 2020, "done", ""),
    ];
    let roll = rollup(&r, 2020, &files, None);
    let a = &roll.items[0];
    let b = &roll.items[1];
    assert_eq!(
        (a.item.as_str(), a.met, a.partly, a.unmet, a.blank),
        ("a", 2, 0, 1, 0)
    );
    assert_eq!(a.lost, pts("50"));
    assert_eq!(
        (b.item.as_str(), b.met, b.partly, b.unmet, b.blank),
        ("b", 0, 2, 0, 1)
    );
    // Half of 50 lost twice; the blank answer loses nothing yet.
    assert_eq!(b.lost, pts("50"));
    let weak: Vec<&str> = roll.weaknesses().iter().map(|t| t.item.as_str()).collect();
    assert_eq!(
        weak,
        ["a", "b"],
        "equal points lost: more units unmet first"
    );
    // Without a pass mark, passing is the top grade: nobody reaches 优秀 (90).
    assert!(roll.units.iter().all(|u| !u.passed));
    assert_eq!(roll.pass_rate.unwrap().met, None);
}

#[test]
fn a_minimum_total_pass_mark_says_how_far_each_unit_is() {
    let r = two_items(Some(json!({ "min": "75" })));
    assert_eq!(r.pass, Some(PassMark::Min(pts("75"))));
    let files = vec![
        file(&r, "甲", 2020, "done", "done"),     // 100
        file(&r, "乙", 2020, "done", "partly"),   // 75: exactly the mark
        file(&r, "丙", 2020, "done", "not_done"), // 50
        file(&r, "丁", 2020, "partly", "partly"), // 50
        file(&r, "戊", 2020, "partly", ""),       // 25, incomplete
    ];
    let roll = rollup(&r, 2020, &files, None);
    let seen: Vec<(&str, bool, Option<Points>, bool)> = roll
        .units
        .iter()
        .map(|u| (u.unit.as_str(), u.passed, u.short, u.is_complete()))
        .collect();
    assert_eq!(
        seen,
        [
            ("甲", true, None, true),
            ("乙", true, None, true),
            ("丙", false, Some(pts("25")), true),
            ("丁", false, Some(pts("25")), true),
            ("戊", false, Some(pts("50")), false),
        ]
    );
    // Closest to passing first; ties keep file order.
    assert_eq!(roll.closest, [2, 3, 4]);
}

#[test]
fn the_share_of_recruits_is_summed_from_branch_answers_and_decided_exactly() {
    // 高知识群体党员发展数 ≥ 同期发展数的 30%, counted over the hospital.
    let r = parse(rubric_json(&[vec![item(
        "recruits",
        "10",
        json!({
            "kind": "ratio", "numerator": "高知识群体发展数", "denominator": "发展党员数",
            "compare": ">=", "threshold": "30", "share_of_total": true, "gap_unit": "名高知识群体党员"
        }),
    )]]));
    let branch = |unit: &str, n: &str, d: &str| {
        let mut f = Assessment::new(&r, unit, 2020);
        f.answers.items.insert(
            "recruits".into(),
            ItemAnswer {
                value: Some(Value::Ratio {
                    numerator: n.into(),
                    denominator: d.into(),
                }),
                ..ItemAnswer::default()
            },
        );
        f
    };
    let files = vec![
        branch("甲", "1", "4"),
        branch("乙", "2", "5"),
        branch("丙", "", "3"),
    ];
    let roll = rollup(&r, 2020, &files, None);
    let sum = sum_answers(&roll, &files, "recruits");
    assert_eq!((sum.numerator, sum.denominator, sum.units), (3, 9, 2));
    // 3 of 9 is 33.3%: met; 2 of 9 would not be (22.2%), nor 3 of 11 (27.3%).
    let thirty: Decimal = "30".parse().unwrap();
    let ge = ziping_engine::Compare::AtLeast;
    assert!(ziping_engine::ratio::meets(
        sum.numerator,
        sum.denominator,
        ge,
        thirty
    ));
    assert!(!ziping_engine::ratio::meets(2, 9, ge, thirty));
    // 3 of 10 is exactly 30%: "不低于" includes it.
    assert!(ziping_engine::ratio::meets(3, 10, ge, thirty));
}

#[test]
fn a_veto_fails_a_unit_whatever_its_total() {
    let mut j = rubric_json(&[vec![
        item("a", "100", json!({ "kind": "checklist" })),
        item(
            "v",
            "0",
            json!({ "kind": "veto", "event": "严重违纪", "effect": { "effect": "cap_grade", "grade": "合格" } }),
        ),
    ]]);
    j["pass"] = json!({ "min": "60" });
    let r = parse(j);
    let mut f = file(&r, "甲", 2020, "done", "");
    f.answers.items.insert(
        "v".into(),
        ItemAnswer {
            value: Some(Value::Triggered(true)),
            ..ItemAnswer::default()
        },
    );
    let roll = rollup(&r, 2020, &[f], None);
    let u = &roll.units[0];
    assert_eq!(
        (u.total, u.passed, u.short, u.veto.as_deref()),
        (pts("100"), false, None, Some("v"))
    );
}

#[test]
fn the_pass_mark_is_checked() {
    let problems = |pass: Json| {
        let mut j = rubric_json(&[vec![item("a", "50", json!({ "kind": "checklist" }))]]);
        j["pass"] = pass;
        match Rubric::from_json(&j.to_string()) {
            Ok(_) => Vec::new(),
            Err(e) => e
                .problems()
                .iter()
                .map(|p| (p.path.clone(), p.kind.clone()))
                .collect(),
        }
    };
    assert_eq!(problems(json!({ "grade": "良好" })), []);
    assert_eq!(
        problems(json!({ "grade": "达标" })),
        [(
            "pass.grade".to_owned(),
            ProblemKind::UnknownGrade {
                grade: "达标".into(),
                grades: vec!["优秀".into(), "良好".into(), "合格".into(), "不合格".into()],
            }
        )]
    );
    assert_eq!(
        problems(json!({ "min": "51" })),
        [(
            "pass.min".to_owned(),
            ProblemKind::GradeAboveMax {
                min: pts("51"),
                max: pts("50"),
            }
        )]
    );
    let one_of = ProblemKind::OneOf {
        fields: vec!["grade".into(), "min".into()],
    };
    assert_eq!(problems(json!({})), [("pass".to_owned(), one_of.clone())]);
    assert_eq!(
        problems(json!({ "grade": "良好", "min": "30" })),
        [("pass".to_owned(), one_of)]
    );
}

#[test]
fn the_shipped_branch_rubric_passes_at_its_pass_grade() {
    let r = Rubric::from_json(ziping_engine::SHIPPED[0].json).unwrap();
    assert_eq!(r.id, "branch-standard");
    assert_eq!(r.pass, Some(PassMark::Grade("达标".into())));
}

/// A branch file answering only the two recruit facts (blank when `None`).
fn recruits(r: &Rubric, unit: &str, all: Option<&str>, gzs: Option<&str>) -> Assessment {
    let mut f = Assessment::new(r, unit, 2020);
    for (id, v) in [("recruits", all), ("recruits_gzs", gzs)] {
        if let Some(v) = v {
            f.answers
                .facts
                .insert(id.into(), ziping_engine::FactAnswer::Count(v.into()));
        }
    }
    f
}

fn shipped(id: &str) -> Rubric {
    let s = ziping_engine::SHIPPED.iter().find(|s| s.id == id).unwrap();
    Rubric::from_json(s.json).unwrap()
}

/// The ratio item `id` of `rubric` and its link.
fn link_of(rubric: &Rubric, id: &str) -> (RatioRule, Link) {
    let item = rubric
        .sections
        .iter()
        .flat_map(|s| &s.items)
        .find(|i| i.id == id)
        .unwrap();
    match &item.scoring {
        Scoring::Ratio(r) => (r.clone(), r.from.clone().unwrap()),
        other => panic!("{id} is not a ratio: {other:?}"),
    }
}

#[test]
fn the_thirty_percent_share_is_summed_from_branch_answers_and_decided_exactly() {
    let branch = shipped("branch-standard");
    let (rule, link) = link_of(&shipped("shaoxing-tcm-2020"), "s2.4.gz");
    assert_eq!(link.rubric, "branch-standard");
    // 3 + 0 + 0 of 4 + 3 + 3 recruits: 3 / 10 = 30%, "不低于" met.
    let mut files = vec![
        recruits(&branch, "内科党支部", Some("4"), Some("3")),
        recruits(&branch, "外科党支部", Some("3"), Some("0")),
        recruits(&branch, "行政党支部", Some("3"), Some("0")),
        // Left blank: summed as nothing and said.
        recruits(&branch, "后勤党支部", None, None),
    ];
    let roll = rollup(&branch, 2020, &files, None);
    let l = linked(&link, &branch, &roll, &files);
    assert_eq!(
        l,
        Linked {
            numerator: 3,
            denominator: 10,
            units: 4,
            unanswered: 1
        }
    );
    assert!(ratio::meets(
        l.numerator,
        l.denominator,
        rule.compare,
        rule.threshold
    ));
    // One more recruit who is not of the group: 3 / 11 = 27.3%, not met.
    files[1] = recruits(&branch, "外科党支部", Some("4"), Some("0"));
    let roll = rollup(&branch, 2020, &files, None);
    let l = linked(&link, &branch, &roll, &files);
    assert_eq!((l.numerator, l.denominator), (3, 11));
    assert!(!ratio::meets(
        l.numerator,
        l.denominator,
        rule.compare,
        rule.threshold
    ));
}

#[test]
fn the_pass_rate_link_counts_passing_branches() {
    let r = two_items(Some(json!({ "grade": "良好" })));
    let files = branches(&r, 19, 1);
    let link = Link {
        rubric: r.id.clone(),
        numerator: Figure::Passed,
        denominator: Figure::Units,
    };
    let roll = rollup(&r, 2020, &files, None);
    let l = linked(&link, &r, &roll, &files);
    assert_eq!((l.numerator, l.denominator, l.unanswered), (19, 20, 0));
    // An item's answers are summed too: here no file has a count.
    let (n, missing) = figure(&Figure::Sum("a".into()), &r, &roll, &files);
    assert_eq!((n, missing), (0, 20));
}

#[test]
fn every_shipped_link_names_a_shipped_rubric_and_a_count_it_has() {
    let mut links = 0;
    for s in ziping_engine::SHIPPED {
        let rubric = Rubric::from_json(s.json).unwrap();
        for item in rubric.sections.iter().flat_map(|s| &s.items) {
            let Scoring::Ratio(RatioRule {
                from: Some(link), ..
            }) = &item.scoring
            else {
                continue;
            };
            links += 1;
            let source = shipped(&link.rubric);
            assert!(
                source.pass.is_some(),
                "{}: {} has no pass mark",
                item.id,
                link.rubric
            );
            for f in [&link.numerator, &link.denominator] {
                if let Figure::Sum(id) = f {
                    let fact = source.facts.iter().find(|x| &x.id == id);
                    assert!(
                        fact.is_some_and(|x| x.kind == ziping_engine::FactKind::Count),
                        "{}: {} has no count fact {id}",
                        item.id,
                        link.rubric
                    );
                }
            }
        }
    }
    assert_eq!(links, 2, "乐清 t2.1.rate and 绍兴 s2.4.gz");
}

#[test]
fn a_link_is_read_and_a_bad_one_is_located() {
    let read = |from: Json| {
        let j = rubric_json(&[vec![item(
            "r",
            "100",
            json!({ "kind": "ratio", "numerator": "n", "denominator": "d", "compare": ">=",
                    "threshold": "95", "gap_unit": "个", "from": from }),
        )]]);
        Rubric::from_json(&j.to_string()).map_err(|e| {
            e.problems()
                .iter()
                .map(|p| (p.path.clone(), p.kind.clone()))
                .collect::<Vec<_>>()
        })
    };
    let r = read(json!({ "rubric": "b", "numerator": "passed", "denominator": { "sum": "x" } }))
        .unwrap();
    let (_, link) = link_of(&r, "r");
    assert_eq!(
        link,
        Link {
            rubric: "b".into(),
            numerator: Figure::Passed,
            denominator: Figure::Sum("x".into())
        }
    );
    // Written back as read.
    assert_eq!(
        serde_json::to_value(&link).unwrap(),
        json!({ "rubric": "b", "numerator": "passed", "denominator": { "sum": "x" } })
    );
    let e =
        read(json!({ "rubric": "b", "numerator": "passed", "denominator": "all" })).unwrap_err();
    assert_eq!(e.len(), 1);
    assert!(e[0].0.ends_with("scoring.from.denominator"), "{e:?}");
    assert!(
        matches!(e[0].1, ProblemKind::UnknownVariant { .. }),
        "{e:?}"
    );
    let e = read(json!({ "rubric": "b", "numerator": "sum", "denominator": "units" })).unwrap_err();
    assert!(matches!(e[0].1, ProblemKind::NeedsFields { .. }), "{e:?}");
}

#[test]
fn a_reviewed_file_counts_with_its_reviewed_answers() {
    use ziping_engine::shipped::SHIPPED;
    use ziping_engine::{ItemAnswer, Value};
    let s = SHIPPED.iter().find(|s| s.id == "branch-standard").unwrap();
    let rubric = Rubric::from_json(s.json).unwrap();
    let file = Assessment::from_json(include_str!(
        "../../../tests/e2e/fixtures/assessment-v1.json"
    ))
    .unwrap();
    let own = rollup(&rubric, 2020, std::slice::from_ref(&file), None);
    let mut reviewed = file.clone();
    reviewed.review.answers.items.insert(
        "fzdy".into(),
        ItemAnswer {
            value: Some(Value::Level("程序不规范".into())),
            ..ItemAnswer::default()
        },
    );
    let r = rollup(&rubric, 2020, &[reviewed.clone()], None);
    assert_eq!(r.units[0].total, reviewed.standing_score(&rubric).total);
    assert!(r.units[0].total < own.units[0].total);
    // A count fact the reviewer corrects is summed as corrected.
    reviewed.review.answers.facts.insert(
        "full_members".into(),
        ziping_engine::FactAnswer::Count("7".into()),
    );
    let r = rollup(&rubric, 2020, &[reviewed.clone()], None);
    assert_eq!(
        ziping_engine::rollup::sum_fact(&r, &[reviewed], "full_members").numerator,
        7
    );
}
