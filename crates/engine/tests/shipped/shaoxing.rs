//! Decisions of the review of the shipped rubric, one test per decision.
//! `shaoxing-tcm-2020` (《绍兴市中医院2020年党建工作计划》), version 2.0.0;
//! see rubrics/README.md, "Review, rubric by rubric".

use super::*;
use ziping_engine::{Figure, Gap, Link, RatioAward, Report};

const ID: &str = "shaoxing-tcm-2020";

fn report_with(changes: &[(&str, ItemAnswer)]) -> Report {
    let r = rubric(ID);
    score(&r, &best_with(&r, changes), 2020)
}

/// Best answers give 100 plus the 2 bonus points.
const BEST: &str = "102";

#[test]
fn version_two_has_41_items_and_the_same_section_points() {
    let r = rubric(ID);
    assert_eq!(r.version, "2.0.0");
    assert_eq!(items(&r).count(), 41);
    assert_eq!(
        section_points(&r),
        [
            ("s1", pts("20")),
            ("s2", pts("32")),
            ("s3", pts("15")),
            ("s4", pts("20")),
            ("s5", pts("13")),
        ]
    );
    assert_eq!(report_with(&[]).total, pts(BEST));
}

// Defect 8, first part: "按照职工总数 0.5%的比例配齐配强医院党务干部队伍".

#[test]
fn the_half_percent_counts_full_time_party_staff_only() {
    let r = rubric(ID);
    assert!(
        !items(&r).any(|i| i.id == "s2.3.ratio"),
        "the item counting a 专兼职 roster is replaced"
    );
    let i = item(&r, "s2.3.zz");
    assert!(i.title.contains("专职") && i.title.contains("兼职不计"));
    assert!(i.evidence.contains("兼职党务干部") && i.evidence.contains("不计入"));
    assert!(i
        .source
        .quote
        .contains("按照职工总数 0.5%的比例配齐配强医院党务干部队伍"));
    let rule = ratio_rule(&r, "s2.3.zz");
    assert_eq!(rule.numerator, "专职党务干部人数");
    assert_eq!(rule.award, RatioAward::AllOrNothing);
    assert_eq!(i.points, pts("3"));
}

#[test]
fn six_full_time_of_1200_staff_meet_the_half_percent_and_five_do_not() {
    let report = report_with(&[("s2.3.zz", ratio_answer("6", "1200"))]);
    let i = report.item("s2.3.zz").expect("s2.3.zz");
    assert_eq!((i.status, i.earned), (Status::Met, pts("3")));

    let report = report_with(&[("s2.3.zz", ratio_answer("5", "1200"))]);
    let i = report.item("s2.3.zz").expect("s2.3.zz");
    assert_eq!((i.status, i.earned), (Status::Unmet, pts("0")));
    assert_eq!(
        i.gap,
        Some(Gap::More {
            k: 1,
            unit: "名专职党务干部".into()
        })
    );
    assert_eq!(report.total, pts("99"));
}

// Defect 8, second part: the rest of the same sentence.

#[test]
fn branch_secretaries_as_middle_managers_is_scored_on_its_own() {
    let r = rubric(ID);
    let i = item(&r, "s2.3.dy");
    assert_eq!(i.source.clause, "二(三)");
    assert_eq!(
        i.source.quote,
        "推动党支部书记纳入医院中层正职管理，落实支部书记及支委的待遇。"
    );
    assert!(matches!(i.scoring, Scoring::Checklist(_)));
    assert_eq!(i.points, pts("1"));
    let report = report_with(&[("s2.3.dy", answer(Value::Check(Check::Partly)))]);
    let i = report.item("s2.3.dy").expect("s2.3.dy");
    assert_eq!((i.status, i.earned), (Status::Partly, pts("0.5")));
    assert_eq!(report.total, pts("101.5"));
}

// Defect 8, third part: "按时开展支部换届选举" and branches already overdue.

#[test]
fn a_branch_overdue_from_last_year_counts_against_this_year() {
    let r = rubric(ID);
    assert!(!items(&r).any(|i| i.id == "s2.3.zb"), "replaced by s2.3.hj");
    let i = item(&r, "s2.3.hj");
    assert!(i.title.contains("往年逾期未换届"));
    assert!(i
        .evidence
        .contains("往年任期届满、到本年初仍未换届的逾期支部"));
    let rule = ratio_rule(&r, "s2.3.hj");
    assert_eq!(rule.denominator, "本年度任期届满及往年逾期未换届的党支部数");
    assert_eq!(rule.threshold, dec("100"));

    // Two branches due this year re-elected on time, one overdue since 2019:
    // 2 of 3, not "2 of 2".
    let report = report_with(&[("s2.3.hj", ratio_answer("2", "3"))]);
    let i = report.item("s2.3.hj").expect("s2.3.hj");
    assert_eq!((i.status, i.earned), (Status::Unmet, pts("0")));
    assert_eq!(
        i.gap,
        Some(Gap::More {
            k: 1,
            unit: "个支部按时换届".into()
        })
    );
    assert_eq!(report.total, pts("99"));
}

#[test]
fn no_branch_due_and_none_overdue_makes_the_election_item_not_applicable() {
    let report = report_with(&[("s2.3.hj", ratio_answer("0", "0"))]);
    let i = report.item("s2.3.hj").expect("s2.3.hj");
    assert_eq!(i.status, Status::Na);
    assert_eq!(report.section("s2").map(|s| s.earned), Some(pts("32")));
    assert_eq!(report.total, pts(BEST));
}

#[test]
fn the_gaozhi_share_is_still_summed_from_the_branch_files() {
    let r = rubric(ID);
    let rule = ratio_rule(&r, "s2.4.gz");
    assert_eq!(
        rule.from,
        Some(Link {
            rubric: "branch-standard".into(),
            numerator: Figure::Sum("recruits_gzs".into()),
            denominator: Figure::Sum("recruits".into()),
        })
    );
    assert_eq!(item(&r, "s2.4.gz").points, pts("4"));
}

// Coverage gaps.

#[test]
fn each_gap_of_the_plan_is_an_item_of_its_own() {
    let r = rubric(ID);
    let expected = [
        (
            "s2.1.tsn",
            "二(一)",
            "开展“公立医院党建巩固提升年”活动",
            "1",
        ),
        ("s4.1.fm", "四(一)", "领导班子履职“负面清单”管理", "1"),
        ("s4.1.yj", "四(一)", "定期研究党风廉政和风险防控工作", "1"),
        ("s4.2.yg", "四(二)", "深化“阳光工程”建设", "1.5"),
    ];
    for (id, clause, words, points) in expected {
        let i = item(&r, id);
        assert_eq!(i.source.clause, clause, "{id}");
        assert!(i.source.quote.contains(words), "{id}");
        assert!(matches!(i.scoring, Scoring::Checklist(_)), "{id}");
        assert_eq!(i.points, pts(points), "{id}");
    }
    // Rebalanced within their point of the plan.
    let points = |id: &str| item(&r, id).points;
    assert_eq!(
        [points("s2.1.a"), points("s2.1.b"), points("s2.1.c")],
        [pts("3"), pts("1.5"), pts("1.5")]
    );
    assert_eq!([points("s4.1.a"), points("s4.1.b")], [pts("2"), pts("2")]);
    assert_eq!([points("s4.2.a"), points("s4.2.b")], [pts("3"), pts("1.5")]);
}

#[test]
fn negative_list_and_regular_review_not_done_cost_a_point_each() {
    let report = report_with(&[
        ("s4.1.fm", answer(Value::Check(Check::NotDone))),
        ("s4.1.yj", answer(Value::Check(Check::NotDone))),
    ]);
    assert_eq!(report.section("s4").map(|s| s.earned), Some(pts("18")));
    assert_eq!(report.total, pts("100"));
}

#[test]
fn sunshine_project_partly_done_earns_half() {
    let report = report_with(&[("s4.2.yg", answer(Value::Check(Check::Partly)))]);
    let i = report.item("s4.2.yg").expect("s4.2.yg");
    assert_eq!((i.status, i.earned), (Status::Partly, pts("0.75")));
    assert_eq!(report.total, pts("101.25"));
}

#[test]
fn the_improvement_year_campaign_not_done_costs_its_point() {
    let report = report_with(&[("s2.1.tsn", answer(Value::Check(Check::NotDone)))]);
    assert_eq!(
        report.item("s2.1.tsn").map(|i| i.status),
        Some(Status::Unmet)
    );
    assert_eq!(report.total, pts("101"));
}

// Work saved under 1.0.0.

#[test]
fn work_saved_under_1_0_0_keeps_28_answers_and_asks_for_the_changed_items() {
    let retired = ziping_engine::shipped::RETIRED
        .iter()
        .find(|r| r.id == ID && r.version == "1.0.0")
        .expect("1.0.0 is kept");
    let old = Rubric::from_json(retired.json).expect("1.0.0 validates");
    let new = rubric(ID);
    let c = ziping_engine::carry::carry_over(&old, &new, &best_answers(&old));
    assert_eq!(c.kept.len(), 28);
    assert_eq!(
        c.changed,
        ["s2.1.b", "s2.1.c", "s4.1.a", "s4.1.b", "s4.2.a", "s4.2.b"]
    );
    assert_eq!(
        c.added,
        ["s2.1.tsn", "s2.3.hj", "s2.3.zz", "s2.3.dy", "s4.1.fm", "s4.1.yj", "s4.2.yg"]
    );
    assert_eq!(c.removed, ["s2.3.zb", "s2.3.ratio"]);
    // The 30%'s answer is kept: its rule and its link are unchanged.
    assert!(c.kept.iter().any(|id| id == "s2.4.gz"));
}
