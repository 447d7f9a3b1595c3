//! `nhc-2020-10` (国卫机党发〔2020〕10号), version 2.0.0: decisions of the
//! review, one test per decision; see rubrics/README.md, "Review, rubric by
//! rubric".

use super::*;
use ziping_engine::carry::carry_over;
use ziping_engine::{Gap, Report, RETIRED};

const ID: &str = "nhc-2020-10";

/// The tasks of the issuing 委直属机关党委 itself, which apply only when the
/// fact `is_issuer` is yes.
const ISSUER_ONLY: [&str; 6] = ["p4.pj", "p6.jd", "p9.px", "p9", "p15.dc", "p25"];

/// The best answers, filled in by a unit (`is_issuer` no) or by the issuing
/// committee (yes), with some items answered otherwise.
fn answers(r: &Rubric, issuer: bool, changes: &[(&str, ItemAnswer)]) -> Answers {
    let mut a = best_with(r, changes);
    a.facts.insert("is_issuer".into(), FactAnswer::Flag(issuer));
    a
}

fn report(issuer: bool, changes: &[(&str, ItemAnswer)]) -> Report {
    let r = rubric(ID);
    score(&r, &answers(&r, issuer, changes), 2020)
}

#[test]
fn version_two_has_50_items_and_the_same_section_points() {
    let r = rubric(ID);
    assert_eq!(r.version, "2.0.0");
    assert_eq!(items(&r).count(), 50);
    assert_eq!(
        section_points(&r),
        [
            ("s1", pts("30")),
            ("s2", pts("18")),
            ("s3", pts("18")),
            ("s4", pts("14")),
            ("s5", pts("10")),
            ("s6", pts("10")),
        ]
    );
    // p15 was split into the issuer's 督查 and every unit's 述职评议考核.
    assert!(items(&r).all(|i| i.id != "p15"));
    // Points moved within each point of the plan to its new items.
    let points = |ids: &[&str]| -> Points { ids.iter().map(|id| item(&r, id).points).sum() };
    assert_eq!(points(&["p4", "p4.pj"]), pts("3"));
    assert_eq!(points(&["p6.jd", "p6.jd.dw"]), pts("3"));
    assert_eq!(points(&["p7", "p7.bz"]), pts("3"));
    assert_eq!(points(&["p9.px", "p9.px.fg"]), pts("3"));
    assert_eq!(points(&["p13", "p13.zd"]), pts("4"));
    assert_eq!(points(&["p15.dc", "p15.kh"]), pts("3"));
    assert_eq!(points(&["p18", "p18.bg", "p18.sh"]), pts("4"));
    assert_eq!(points(&["p25", "p25.zs", "p25.dxh"]), pts("5"));
}

// Defect 6: the issuing 机关党委's own tasks.

#[test]
fn a_unit_is_not_scored_on_the_issuing_committees_own_tasks() {
    let r = rubric(ID);
    for id in ISSUER_ONLY {
        let cond = item(&r, id).applies_if.as_ref().expect("a condition");
        assert_eq!(
            (cond.fact.as_str(), cond.is),
            ("is_issuer", Some(true)),
            "{id}"
        );
        assert!(
            !item(&r, id).na_allowed,
            "{id}: the fact decides, not the user"
        );
    }
    // A unit that does none of them still earns full marks.
    let mut changes: Vec<(&str, ItemAnswer)> = Vec::new();
    for id in ISSUER_ONLY {
        changes.push((id, worst_answers(&r).items[id].clone()));
    }
    let report = report(false, &changes);
    for i in &report.items {
        let want = if ISSUER_ONLY.contains(&i.id.as_str()) {
            Status::Na
        } else {
            Status::Met
        };
        assert_eq!(i.status, want, "{}", i.id);
    }
    assert_eq!(report.total, pts("100"));
    assert_eq!(report.grade.as_deref(), Some("优秀"));
}

#[test]
fn the_issuing_committee_that_holds_no_99th_anniversary_meeting_loses_1_point() {
    let r = rubric(ID);
    let report = report(true, &[("p9", answer(Value::Check(Check::NotDone)))]);
    let i = report.item("p9").expect("p9");
    assert_eq!((i.status, i.earned), (Status::Unmet, Points::ZERO));
    assert_eq!(report.section("s2").map(|s| s.earned), Some(pts("17")));
    assert_eq!(report.total, pts("99"));
    // The commission-wide 23 villages stay the issuer's count.
    assert_eq!(item(&r, "p6.jd").points, pts("1"));
    assert!(matches!(&item(&r, "p6.jd").scoring, Scoring::Count(c) if c.target == 23));
}

#[test]
fn a_unit_helping_two_of_its_three_paired_villages_earns_1_33_of_2() {
    let r = rubric(ID);
    let rule = coverage_rule(&r, "p6.jd.dw");
    assert_eq!(rule.all, "本单位承担结对帮扶的深度贫困村党支部数");
    assert!(item(&r, "p6.jd.dw").applies_if.is_none());
    let report = report(false, &[("p6.jd.dw", ratio_answer("2", "3"))]);
    let i = report.item("p6.jd.dw").expect("p6.jd.dw");
    assert_eq!((i.status, i.earned), (Status::Partly, pts("1.33")));
    assert_eq!(
        i.gap,
        Some(Gap::More {
            k: 1,
            unit: "个结对村党支部未落实帮扶".into()
        })
    );
    // Section one over the 28 points that apply to a unit:
    // ⌊27.33 × 30 ÷ 28⌋ = 29.28.
    assert_eq!(report.section("s1").map(|s| s.earned), Some(pts("29.28")));
    assert_eq!(report.total, pts("99.28"));
}

#[test]
fn a_unit_with_no_paired_village_is_not_scored_on_pairing() {
    let report = report(false, &[("p6.jd.dw", ratio_answer("0", "0"))]);
    assert_eq!(report.item("p6.jd.dw").map(|i| i.status), Some(Status::Na));
    assert_eq!(report.total, pts("100"));
}

#[test]
fn p20_reads_at_the_units_own_level() {
    let r = rubric(ID);
    let p20 = item(&r, "p20");
    assert!(p20.applies_if.is_none());
    assert!(p20.title.contains("抓好整改"));
    assert!(p20.evidence.starts_with("本单位"));
    assert_eq!(p20.points, pts("2"));
    // What point 25 asks of every unit: its own 党组织 and 纪检组织.
    let zs = item(&r, "p25.zs");
    assert!(zs.applies_if.is_none());
    assert_eq!(
        zs.source.quote,
        "加强机关党委、直属机关各单位党组织自身建设，发挥好纪检组织作用。"
    );
    let kh = item(&r, "p15.kh");
    assert!(kh.applies_if.is_none());
    assert_eq!(
        kh.source.quote,
        "进一步深化党建述职评议考核，强化考核结果的应用。"
    );
}

// Defect 7: "完成对委直属机关全体党员干部的培训工作".

#[test]
fn thirty_seven_of_forty_members_trained_earn_1_85_of_2() {
    let r = rubric(ID);
    let rule = coverage_rule(&r, "p9.px.fg");
    assert_eq!(
        (rule.reached.as_str(), rule.all.as_str()),
        ("已参加培训的党员干部数", "党员干部总数")
    );
    assert!(item(&r, "p9.px.fg")
        .source
        .quote
        .contains("完成对委直属机关全体党员干部的培训工作"));
    let report = report(false, &[("p9.px.fg", ratio_answer("37", "40"))]);
    let i = report.item("p9.px.fg").expect("p9.px.fg");
    assert_eq!((i.status, i.earned), (Status::Partly, pts("1.85")));
    assert_eq!(
        i.gap,
        Some(Gap::More {
            k: 3,
            unit: "名党员干部未参加培训".into()
        })
    );
    // A unit is not scored on the 委党校's four classes.
    assert_eq!(report.item("p9.px").map(|i| i.status), Some(Status::Na));
    // Section two over the 16 points that apply to a unit:
    // ⌊15.85 × 18 ÷ 16⌋ = 17.83.
    assert_eq!(report.section("s2").map(|s| s.earned), Some(pts("17.83")));
}

#[test]
fn everyone_trained_earns_the_full_2_points() {
    let report = report(false, &[("p9.px.fg", ratio_answer("40", "40"))]);
    let i = report.item("p9.px.fg").expect("p9.px.fg");
    assert_eq!(
        (i.status, i.earned, i.gap.clone()),
        (Status::Met, pts("2"), None)
    );
}

// Coverage gaps.

#[test]
fn commending_advanced_organisations_and_members_is_scored() {
    let r = rubric(ID);
    let bz = item(&r, "p7.bz");
    assert_eq!(bz.source.clause, "一.7");
    assert!(bz
        .source
        .quote
        .contains("评选表彰先进基层党组织和优秀共产党员"));
    assert!(matches!(bz.scoring, Scoring::Checklist(_)));
    let report = report(false, &[("p7.bz", answer(Value::Check(Check::NotDone)))]);
    assert_eq!(report.item("p7.bz").map(|i| i.lost()), Some(pts("1")));
}

#[test]
fn the_model_unit_selection_is_the_issuers_and_a_units_entry_counts_in_p4() {
    let r = rubric(ID);
    let pj = item(&r, "p4.pj");
    assert_eq!(pj.source.clause, "一.4");
    assert!(pj
        .source
        .quote
        .contains("“模范司局”和“模范单位”评选表彰工作"));
    assert!(item(&r, "p4")
        .evidence
        .contains("参加“模范司局”“模范单位”评选的申报材料"));
    let report = report(true, &[("p4.pj", answer(Value::Check(Check::NotDone)))]);
    assert_eq!(report.total, pts("99"));
}

#[test]
fn one_weak_organisation_of_two_left_unrectified_earns_half_a_point() {
    let r = rubric(ID);
    assert_eq!(
        item(&r, "p13.zd").source.quote,
        "持续整顿软弱涣散基层党组织，分类精准施策。"
    );
    let report = report(true, &[("p13.zd", ratio_answer("1", "2"))]);
    let i = report.item("p13.zd").expect("p13.zd");
    assert_eq!((i.status, i.earned), (Status::Partly, pts("0.5")));
    assert_eq!(report.total, pts("99.5"));
    // No weak organisation found: the item does not apply.
    let none = report_none("p13.zd");
    assert_eq!(none.item("p13.zd").map(|i| i.status), Some(Status::Na));
    assert_eq!(none.total, pts("100"));
}

fn report_none(id: &str) -> Report {
    report(true, &[(id, ratio_answer("0", "0"))])
}

#[test]
fn a_leader_not_reporting_personal_matters_loses_a_fifth_of_the_point() {
    let r = rubric(ID);
    assert!(item(&r, "p18.bg")
        .source
        .quote
        .starts_with("严格执行领导干部报告个人有关事项规定"));
    assert!(!item(&r, "p18").evidence.contains("个人有关事项"));
    let report = report(true, &[("p18.bg", ratio_answer("4", "5"))]);
    let i = report.item("p18.bg").expect("p18.bg");
    assert_eq!((i.status, i.earned), (Status::Partly, pts("0.8")));
    assert_eq!(report.total, pts("99.8"));
}

#[test]
fn a_promotion_without_integrity_review_loses_points() {
    let r = rubric(ID);
    assert!(item(&r, "p18.sh").source.quote.contains("廉洁自律情况审核"));
    let report = report(true, &[("p18.sh", ratio_answer("9", "10"))]);
    let i = report.item("p18.sh").expect("p18.sh");
    assert_eq!((i.status, i.earned), (Status::Partly, pts("0.9")));
    assert_eq!(
        i.gap,
        Some(Gap::More {
            k: 1,
            unit: "名干部未经廉洁自律情况审核".into()
        })
    );
    assert_eq!(report.total, pts("99.9"));
    // A year with no promotion or commendation: not applicable.
    assert_eq!(
        report_none("p18.sh").item("p18.sh").map(|i| i.status),
        Some(Status::Na)
    );
}

#[test]
fn work_saved_under_1_0_0_asks_whether_the_unit_is_the_issuer() {
    let retired = RETIRED
        .iter()
        .find(|r| (r.id, r.version) == (ID, "1.0.0"))
        .expect("1.0.0 is kept");
    let old = Rubric::from_json(retired.json).expect("1.0.0 validates");
    let c = carry_over(&old, &rubric(ID), &best_answers(&old));
    assert!(!c.answers.facts.contains_key("is_issuer"));
    assert_eq!(c.removed, ["p15"]);
    assert_eq!(c.kept.len(), 30);
    assert_eq!(
        c.changed,
        ["p4", "p6.jd", "p7", "p9.px", "p9", "p13", "p18", "p20", "p25"]
    );
    assert_eq!(
        c.added,
        [
            "p4.pj", "p6.jd.dw", "p7.bz", "p9.px.fg", "p13.zd", "p15.dc", "p15.kh", "p18.bg",
            "p18.sh", "p25.zs", "p25.dxh"
        ]
    );
}
