//! Decisions of the review of the shipped rubric, one test per decision.
//! `yueqing-2020-25` (乐卫党〔2020〕25号), version 2.0.0; see rubrics/README.md,
//! "Review, rubric by rubric".

use super::*;
use ziping_engine::{Figure, Gap, Link, RatioAward, Report};

const ID: &str = "yueqing-2020-25";

fn report_with(changes: &[(&str, ItemAnswer)]) -> Report {
    let r = rubric(ID);
    score(&r, &best_with(&r, changes), 2020)
}

#[test]
fn version_two_has_46_items_and_the_same_section_points() {
    let r = rubric(ID);
    assert_eq!(r.version, "2.0.0");
    assert_eq!(items(&r).count(), 46);
    assert_eq!(
        section_points(&r),
        [
            ("s1", pts("22")),
            ("s2", pts("26")),
            ("s3", pts("18")),
            ("s4", pts("18")),
            ("s5", pts("16")),
        ]
    );
    // Rebalanced within their point of the plan for the two new items.
    assert_eq!(item(&r, "t2.2.a").points, pts("2"));
    assert_eq!(item(&r, "t2.2.d").points, pts("1.5"));
    assert_eq!(item(&r, "t4.1.b").points, pts("1"));
    assert_eq!(item(&r, "t4.1.c").points, pts("1"));
}

// Defect 4: "确保“四化”党支部达标率达 95%以上".

#[test]
fn nineteen_of_twenty_branches_earn_the_full_6_points() {
    let report = report_with(&[("t2.1.rate", ratio_answer("19", "20"))]);
    let i = report.item("t2.1.rate").expect("t2.1.rate");
    assert_eq!(i.status, Status::Met);
    assert_eq!(i.earned, pts("6"));
    assert_eq!(i.gap, None);
    assert_eq!(report.total, pts("100"));
}

#[test]
fn eighteen_of_nineteen_branches_earn_nothing_of_the_6_points() {
    let report = report_with(&[("t2.1.rate", ratio_answer("18", "19"))]);
    let i = report.item("t2.1.rate").expect("t2.1.rate");
    assert_eq!(i.status, Status::Unmet);
    assert_eq!(i.earned, pts("0"));
    assert_eq!(
        i.gap,
        Some(Gap::More {
            k: 1,
            unit: "个支部达标".into()
        })
    );
    assert_eq!(report.section("s2").map(|s| s.earned), Some(pts("20")));
    assert_eq!(report.total, pts("94"));
}

#[test]
fn ninety_percent_earns_no_more_than_eighteen_of_nineteen() {
    // No slope: short of 95% is short, whether by one branch or by many.
    for (n, d) in [("18", "20"), ("17", "20"), ("0", "20")] {
        let report = report_with(&[("t2.1.rate", ratio_answer(n, d))]);
        let i = report.item("t2.1.rate").expect("t2.1.rate");
        assert_eq!((i.status, i.earned), (Status::Unmet, pts("0")), "{n}/{d}");
    }
}

#[test]
fn the_95_percent_is_all_or_nothing_and_still_counted_from_the_branch_files() {
    let r = rubric(ID);
    let rule = ratio_rule(&r, "t2.1.rate");
    assert_eq!(rule.award, RatioAward::AllOrNothing);
    assert_eq!(rule.threshold, dec("95"));
    assert_eq!(rule.compare, Compare::AtLeast);
    assert_eq!(
        rule.from,
        Some(Link {
            rubric: "branch-standard".into(),
            numerator: Figure::Passed,
            denominator: Figure::Units,
        })
    );
    assert!(item(&r, "t2.1.rate").evidence.contains("未达到不得分"));
}

// Defect 5: "有腐必反、有贪必肃" asks that what is found is dealt with.

#[test]
fn corruption_cases_found_and_all_handled_earn_full_points() {
    let r = rubric(ID);
    assert!(
        !items(&r).any(|i| i.id == "t4.2.d"),
        "the per-case deduction is gone"
    );
    assert!(!items(&r).any(|i| matches!(i.scoring, Scoring::Deduction(_))));
    let i = item(&r, "t4.2.cz");
    assert_eq!(i.source.clause, "二(四)2");
    assert!(i.source.quote.contains("有腐必反、有贪必肃"));
    let rule = ratio_rule(&r, "t4.2.cz");
    assert_eq!(rule.threshold, dec("100"));
    assert_eq!(rule.zero_denominator, ZeroDenominator::Na);
    assert_eq!(rule.award, RatioAward::AllOrNothing);

    // Five clues found, five handled: nothing lost for finding them.
    let report = report_with(&[("t4.2.cz", ratio_answer("5", "5"))]);
    let i = report.item("t4.2.cz").expect("t4.2.cz");
    assert_eq!((i.status, i.earned), (Status::Met, pts("2")));
    assert_eq!(report.total, pts("100"));
}

#[test]
fn one_clue_left_unhandled_loses_the_item() {
    let report = report_with(&[("t4.2.cz", ratio_answer("4", "5"))]);
    let i = report.item("t4.2.cz").expect("t4.2.cz");
    assert_eq!((i.status, i.earned), (Status::Unmet, pts("0")));
    assert_eq!(
        i.gap,
        Some(Gap::More {
            k: 1,
            unit: "条问题线索处置".into()
        })
    );
    assert_eq!(report.total, pts("98"));
}

#[test]
fn no_clue_found_all_year_is_not_applicable() {
    let report = report_with(&[("t4.2.cz", ratio_answer("0", "0"))]);
    let i = report.item("t4.2.cz").expect("t4.2.cz");
    assert_eq!(i.status, Status::Na);
    assert_eq!(report.section("s4").map(|s| s.earned), Some(pts("18")));
    assert_eq!(report.total, pts("100"));
}

// Coverage gaps.

#[test]
fn liangyou_yixian_not_done_costs_its_point() {
    let r = rubric(ID);
    let i = item(&r, "t2.2.f");
    assert_eq!(i.source.clause, "二(二)2");
    assert!(i.source.quote.starts_with("大力培树“两优一先”等先进典型"));
    assert!(matches!(i.scoring, Scoring::Checklist(_)));
    let report = report_with(&[("t2.2.f", answer(Value::Check(Check::NotDone)))]);
    assert_eq!(report.item("t2.2.f").map(|i| i.status), Some(Status::Unmet));
    assert_eq!(report.total, pts("99"));
}

#[test]
fn wanren_shuangpingyi_partly_done_earns_half_its_point() {
    let r = rubric(ID);
    let i = item(&r, "t4.1.d");
    assert_eq!(i.source.clause, "二(四)1");
    assert!(i.source.quote.contains("深化“万人双评议”活动"));
    assert!(!item(&r, "t4.1.c").evidence.contains("万人双评议"));
    let report = report_with(&[("t4.1.d", answer(Value::Check(Check::Partly)))]);
    let i = report.item("t4.1.d").expect("t4.1.d");
    assert_eq!((i.status, i.earned), (Status::Partly, pts("0.5")));
    assert_eq!(report.total, pts("99.5"));
}

// Work saved under 1.0.0.

#[test]
fn work_saved_under_1_0_0_keeps_38_answers_and_asks_for_the_changed_items() {
    let retired = ziping_engine::shipped::RETIRED
        .iter()
        .find(|r| r.id == ID && r.version == "1.0.0")
        .expect("1.0.0 is kept");
    let old = Rubric::from_json(retired.json).expect("1.0.0 validates");
    let new = rubric(ID);
    let c = ziping_engine::carry::carry_over(&old, &new, &best_answers(&old));
    assert_eq!(c.kept.len(), 38);
    assert_eq!(
        c.changed,
        ["t2.1.rate", "t2.2.a", "t2.2.d", "t4.1.b", "t4.1.c"]
    );
    assert_eq!(c.added, ["t2.2.f", "t4.1.d", "t4.2.cz"]);
    assert_eq!(c.removed, ["t4.2.d"]);
}
