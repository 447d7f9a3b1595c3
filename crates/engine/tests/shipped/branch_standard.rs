//! Decisions of the review of the shipped rubric, one test per decision.

use super::*;
use ziping_engine::rollup::passes;
use ziping_engine::{VetoEffect, VetoOutcome};

const ID: &str = "branch-standard";

/// The best answers (every item applies) with `counts` for the frequency
/// items named, one figure per period separated by spaces.
fn with_counts(r: &Rubric, counts: &[(&str, &str)]) -> Answers {
    let mut a = best_answers(r);
    for (id, c) in counts {
        a.items.insert(
            (*id).to_owned(),
            answer(Value::Counts(c.split(' ').map(str::to_owned).collect())),
        );
    }
    a
}

fn not_dabiao(item: &str) -> Option<VetoOutcome> {
    Some(VetoOutcome {
        item: item.to_owned(),
        effect: VetoEffect::CapGrade {
            grade: "不达标".into(),
        },
        missed: true,
    })
}

/// A branch that held everything but one yearly activity: the total loses
/// that item's 8 points, and the grade is 不达标 whatever the total.
fn one_yearly_activity_missed(item_id: &str) {
    let r = rubric(ID);
    let report = score(&r, &with_counts(&r, &[(item_id, "0")]), 2024);
    let i = report.item(item_id).expect("the item");
    assert_eq!(
        (i.status, i.earned),
        (Status::Unmet, Points::ZERO),
        "{item_id}"
    );
    assert_eq!(report.total, pts("92"), "{item_id}");
    assert_eq!(report.grade.as_deref(), Some("不达标"), "{item_id}");
    assert_eq!(report.veto, not_dabiao(item_id));
    assert_eq!(
        passes(&r, &report),
        (false, None),
        "{item_id}: not counted as 达标"
    );
}

#[test]
fn no_dangke_all_year_is_not_dabiao() {
    one_yearly_activity_missed("dk");
}

#[test]
fn no_zuzhi_shenghuohui_all_year_is_not_dabiao() {
    one_yearly_activity_missed("zzshh");
}

#[test]
fn no_minzhu_pingyi_all_year_is_not_dabiao() {
    one_yearly_activity_missed("mzpy");
}

#[test]
fn no_round_of_tanxin_tanhua_all_year_is_not_dabiao() {
    one_yearly_activity_missed("txth");
}

/// Two yearly activities missed: 84, and the report names the first of
/// them in rubric order.
#[test]
fn no_dangke_and_no_minzhu_pingyi_scores_84_and_names_the_dangke() {
    let r = rubric(ID);
    let a = with_counts(&r, &[("dk", "0"), ("mzpy", "0")]);
    let report = score(&r, &a, 2024);
    assert_eq!(report.total, pts("84"));
    assert_eq!(report.grade.as_deref(), Some("不达标"));
    assert_eq!(report.veto, not_dabiao("dk"));
}

/// Exactly the four yearly activities carry the rule; the monthly and
/// quarterly meetings, 换届, 党费 and 发展党员 do not.
#[test]
fn only_the_four_yearly_activities_can_make_a_branch_not_dabiao_by_themselves() {
    let r = rubric(ID);
    let cap = VetoEffect::CapGrade {
        grade: "不达标".into(),
    };
    let carrying: Vec<&str> = items(&r)
        .filter(|i| i.missed.is_some())
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(carrying, ["dk", "zzshh", "mzpy", "txth"]);
    for id in carrying {
        let i = item(&r, id);
        assert_eq!(i.missed.as_ref(), Some(&cap), "{id}");
        match &i.scoring {
            Scoring::Frequency(f) => assert_eq!((f.per, f.required), (Per::Year, 1), "{id}"),
            other => panic!("{id}: expected a frequency, found {}", other.kind_name()),
        }
    }
}

/// A month or a quarter missed costs its deduction and nothing more: six
/// months without a 主题党日 and one quarter without a 党员大会 leave 91.5,
/// 达标.
#[test]
fn missed_months_and_quarters_cost_points_but_keep_dabiao() {
    let r = rubric(ID);
    let a = with_counts(
        &r,
        &[("ztdr", "1 0 1 0 1 0 1 0 1 0 1 0"), ("dydh", "1 1 0 1")],
    );
    let report = score(&r, &a, 2024);
    assert_eq!(report.item("ztdr").map(|i| i.earned), Some(pts("6")));
    assert_eq!(report.item("dydh").map(|i| i.earned), Some(pts("7.5")));
    assert_eq!(report.total, pts("91.5"));
    assert_eq!(report.grade.as_deref(), Some("达标"));
    assert_eq!(report.veto, None);
}

/// Each yearly activity held once: no effect, and the 85 line still
/// decides (two quarters without a 党员大会, ten months without a 支委会).
#[test]
fn every_yearly_activity_held_once_leaves_the_85_line_to_decide() {
    let r = rubric(ID);
    let zwh = "1 1 0 0 0 0 0 0 0 0 0 0";
    let a = with_counts(&r, &[("dydh", "1 0 1 0"), ("zwh", zwh)]);
    let report = score(&r, &a, 2024);
    assert_eq!(report.total, pts("85"));
    assert_eq!(report.grade.as_deref(), Some("达标"));
    assert_eq!(report.veto, None);
    let zwh = "1 0 0 0 0 0 0 0 0 0 0 0";
    let a = with_counts(&r, &[("dydh", "1 0 1 0"), ("zwh", zwh)]);
    let report = score(&r, &a, 2024);
    assert_eq!(report.total, pts("84"));
    assert_eq!(report.grade.as_deref(), Some("不达标"));
    assert_eq!(report.veto, None, "below the line, no activity missed");
    assert_eq!(passes(&r, &report), (false, Some(pts("1"))));
}

/// A yearly activity not answered yet caps nothing: the assessment is
/// incomplete, not 不达标 for that reason.
#[test]
fn an_unanswered_dangke_caps_nothing() {
    let r = rubric(ID);
    let mut a = best_answers(&r);
    a.items.remove("dk");
    let report = score(&r, &a, 2024);
    assert_eq!(
        report.item("dk").map(|i| i.status),
        Some(Status::Incomplete)
    );
    assert_eq!(report.veto, None);
}

/// The articles of the 条例 each item cites; 党费 and 发展党员, which the
/// 条例 does not set out, stay common practice.
#[test]
fn each_meeting_cites_its_article_of_the_tiaoli() {
    let r = rubric(ID);
    let cited: Vec<(&str, &str, &str)> = items(&r)
        .map(|i| {
            (
                i.id.as_str(),
                i.source.document.as_str(),
                i.source.clause.as_str(),
            )
        })
        .collect();
    assert_eq!(
        cited,
        [
            ("dydh", "tiaoli", "第十一条"),
            ("zwh", "tiaoli", "第十二条"),
            ("dxzh", "tiaoli", "第十三条"),
            ("dk", "tiaoli", "第十五条"),
            ("ztdr", "tiaoli", "第十六条"),
            ("zzshh", "tiaoli", "第十七条"),
            ("mzpy", "tiaoli", "第十八条"),
            ("txth", "tiaoli", "第十九条"),
            ("hj", "tiaoli", "第二十一条"),
            ("df", "practice", "党费收缴"),
            ("fzdy", "practice", "发展党员"),
        ]
    );
    let quote = |id: &str| item(&r, id).source.quote.as_str();
    assert_eq!(
        quote("ztdr"),
        "党支部每月相对固定1天开展主题党日，组织党员集中学习、过组织生活、进行民主议事和志愿服务等。"
    );
    assert_eq!(
        quote("zzshh"),
        "党支部每年至少召开1次组织生活会，一般安排在第四季度，也可以根据工作需要随时召开。"
    );
    assert!(quote("txth").ends_with("每年谈心谈话一般不少于1次。"));
    assert!(quote("dk").contains("按期参加党员大会、党小组会和上党课"));
    assert!(quote("hj").contains("其他基层单位党支部委员会一般每届任期3年"));
}

/// 民主评议党员 keeps the 条例's "一般", in its quote and its title.
#[test]
fn minzhu_pingyi_keeps_the_tiaoli_s_yiban() {
    let r = rubric(ID);
    let i = item(&r, "mzpy");
    assert!(
        i.source
            .quote
            .starts_with("党支部一般每年开展1次民主评议党员，"),
        "{}",
        i.source.quote
    );
    assert_eq!(i.title, "民主评议党员一般每年开展1次");
}

/// The rubric's scoring changed: a new version, and the four items whose
/// consequence changed are listed for answering again when work saved
/// under 1.0.0 is carried over; the others keep their answers.
#[test]
fn work_saved_under_1_0_0_carries_over_all_but_the_four_yearly_activities() {
    let r = rubric(ID);
    assert_eq!(r.version, "2.0.0");
    let old = ziping_engine::shipped::load_retired()
        .into_iter()
        .find(|(s, _)| s.id == ID && s.version == "1.0.0")
        .map(|(_, res)| res.expect("the retired 1.0.0 validates"))
        .expect("1.0.0 is kept");
    let c = ziping_engine::carry::carry_over(&old, &r, &best_answers(&old));
    assert_eq!(c.changed, ["dk", "zzshh", "mzpy", "txth"]);
    assert!(c.added.is_empty() && c.removed.is_empty());
    assert_eq!(c.kept.len(), 7);
}
