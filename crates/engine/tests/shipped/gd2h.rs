//! `gd2h-2018-90` (粤二医党〔2018〕90号), version 2.0.0: decisions of the
//! review, one test per decision; see rubrics/README.md, "Review, rubric by
//! rubric".

use super::*;
use ziping_engine::carry::carry_over;
use ziping_engine::{Gap, Report, RETIRED};

const ID: &str = "gd2h-2018-90";

fn done(date: &str) -> ItemAnswer {
    answer(Value::Completion(Completion::Done(date.into())))
}

fn report(changes: &[(&str, ItemAnswer)]) -> Report {
    let r = rubric(ID);
    score(&r, &best_with(&r, changes), 2018)
}

/// The ids of the items losing points, most first.
fn losing(report: &Report) -> Vec<(&str, Points)> {
    report
        .shortfalls()
        .into_iter()
        .map(|i| (i.id.as_str(), i.lost()))
        .collect()
}

#[test]
fn version_two_has_35_items_and_the_phase_points_moved_to_the_rows() {
    let r = rubric(ID);
    assert_eq!(r.version, "2.0.0");
    assert_eq!(items(&r).count(), 35);
    assert_eq!(
        section_points(&r),
        [
            ("s1", pts("20")),
            ("s2", pts("21")),
            ("s3", pts("21")),
            ("s4", pts("2")),
            ("s5", pts("36")),
        ]
    );
    let s5 = &r.sections[4];
    assert!(
        s5.items.iter().all(|i| i.points == pts("3")),
        "each 附件1 row is worth 3"
    );
}

// Defect 1: "10月下旬前" (附件1 序号8) and "10月20日前，各党支部把问题清单
// 发送到党办OA邮箱" (三(二)3(5)).

#[test]
fn the_problem_lists_handed_in_on_20_october_are_on_time() {
    let r = rubric(ID);
    // One item for the hand-in, and it is the 附件1 row (序号12 works
    // "针对问题清单", on the lists once they are in).
    let lists: Vec<&str> = items(&r)
        .filter(|i| {
            let q = &i.source.quote;
            q.contains("问题清单") && !q.contains("针对问题清单")
        })
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(lists, ["att1.8.qd"]);
    assert!(items(&r).all(|i| i.id != "att1.8" && i.id != "ph2.qd"));
    let report = report(&[("att1.8.qd", done("2018-10-20"))]);
    let i = report.item("att1.8.qd").expect("att1.8.qd");
    assert_eq!((i.status, i.earned), (Status::Met, pts("3")));
    assert_eq!(report.total, pts("100"));
}

#[test]
fn problem_lists_handed_in_on_21_october_are_one_day_late() {
    let report = report(&[("att1.8.qd", done("2018-10-21"))]);
    let i = report.item("att1.8.qd").expect("att1.8.qd");
    assert_eq!((i.status, i.earned), (Status::Unmet, Points::ZERO));
    assert_eq!(
        i.gap,
        Some(Gap::Overdue {
            days: 1,
            due: "2018-10-20".into()
        })
    );
}

// Defect 2: the phases repeated the 附件1 rows.

#[test]
fn one_late_hand_in_loses_points_once() {
    let report = report(&[("att1.8.qd", done("2018-10-25"))]);
    assert_eq!(losing(&report), [("att1.8.qd", pts("3"))]);
    assert_eq!(report.section("s4").map(|s| s.earned), Some(pts("2")));
    assert_eq!(report.section("s5").map(|s| s.earned), Some(pts("33")));
    assert_eq!(report.total, pts("97"));
    assert_eq!(report.grade.as_deref(), Some("优秀"));
}

#[test]
fn one_late_mobilisation_meeting_loses_points_once() {
    let report = report(&[("att1.3", done("2018-10-08"))]);
    assert_eq!(losing(&report), [("att1.3", pts("3"))]);
    assert_eq!(report.total, pts("97"));
}

#[test]
fn the_phases_score_only_what_their_steps_add_to_the_rows() {
    let r = rubric(ID);
    let s4: Vec<(&str, &str, bool)> = r.sections[3]
        .items
        .iter()
        .map(|i| (i.id.as_str(), i.source.clause.as_str(), i.na_allowed))
        .collect();
    assert_eq!(
        s4,
        [
            ("ph2.dy", "三(二)3(3)", false),
            ("ph3.jl", "三(三)3(4)", true)
        ]
    );
    assert!(r.sections[3]
        .items
        .iter()
        .all(|i| matches!(i.scoring, Scoring::Checklist(_))));
    // No 整顿 or 组织调整 was called for: N/A, and the section rescales.
    let na = ItemAnswer {
        na: true,
        ..ItemAnswer::default()
    };
    let report = report(&[("ph3.jl", na)]);
    assert_eq!(report.item("ph3.jl").map(|i| i.status), Some(Status::Na));
    assert_eq!(report.section("s4").map(|s| s.earned), Some(pts("2")));
    assert_eq!(report.total, pts("100"));
}

// Coverage gaps: 报刊、杂志、新媒体管理, "四管齐下", 纪律教育学习月.

#[test]
fn media_four_pronged_inspection_and_study_month_each_lose_their_own_points() {
    let r = rubric(ID);
    for (id, clause, words, beside) in [
        ("t11.mt", "二(二)11", "管理好医院报刊、杂志、新媒体", "t11"),
        ("t15.sg", "二(三)15", "“四管齐下”", "t15"),
        ("t16.xxy", "二(三)16", "纪律教育学习月", "t16"),
    ] {
        let i = item(&r, id);
        assert_eq!(i.source.clause, clause, "{id}");
        assert!(i.source.quote.contains(words), "{id}");
        assert!(matches!(i.scoring, Scoring::Checklist(_)), "{id}");
        assert_eq!(i.points, pts("1.5"), "{id}");
        // The point of the plan keeps its weight.
        let point = item(&r, beside).points + i.points;
        assert_eq!(
            point,
            if beside == "t11" {
                pts("3")
            } else {
                pts("3.5")
            },
            "{id}"
        );
        let not_done = answer(Value::Check(Check::NotDone));
        let report = report(&[(id, not_done)]);
        assert_eq!(losing(&report), [(id, pts("1.5"))]);
        assert_eq!(report.total, pts("98.5"));
    }
}

#[test]
fn work_saved_under_1_0_0_asks_again_for_the_problem_list_date() {
    let retired = RETIRED
        .iter()
        .find(|r| (r.id, r.version) == (ID, "1.0.0"))
        .expect("1.0.0 is kept");
    let old = Rubric::from_json(retired.json).expect("1.0.0 validates");
    // Lists handed in on 25 October: on time for 1.0.0's att1.8 (10-31).
    let mut a = best_answers(&old);
    a.items.insert("att1.8".into(), done("2018-10-25"));
    let was = score(&old, &a, 2018);
    assert_eq!(was.item("att1.8").map(|i| i.status), Some(Status::Met));
    let c = carry_over(&old, &rubric(ID), &a);
    assert!(c.added.contains(&"att1.8.qd".to_owned()));
    assert!(!c.answers.items.contains_key("att1.8.qd"));
    let removed: BTreeSet<&str> = c.removed.iter().map(String::as_str).collect();
    assert_eq!(
        removed,
        BTreeSet::from(["att1.8", "ph1", "ph2", "ph2.qd", "ph3"])
    );
    assert_eq!(c.kept.len(), 15);
    assert!(c.changed.contains(&"att1.3".to_owned()), "points 2 → 3");
}
