//! Decisions of the review of the shipped rubric, one test per decision.

use super::*;

const ID: &str = "jilin-2020-20";

/// Point 3's six systems, each its own item, in the order the point names
/// them, with the part of the sentence each quotes.
const POINT_3: [(&str, &str, &str); 6] = [
    (
        "p3.shyk",
        "“三会一课”",
        "严格执行党的组织生活制度，提高“三会一课”质量",
    ),
    (
        "p3.txth",
        "谈心谈话",
        "落实谈心谈话、民主评议党员和主题党日等制度",
    ),
    (
        "p3.mzpy",
        "民主评议党员",
        "落实谈心谈话、民主评议党员和主题党日等制度",
    ),
    (
        "p3.ztdr",
        "主题党日",
        "落实谈心谈话、民主评议党员和主题党日等制度",
    ),
    (
        "p3.djk",
        "讲党课",
        "严肃党员领导干部讲党课和双重组织生活制度落实",
    ),
    (
        "p3.srzz",
        "双重组织生活",
        "严肃党员领导干部讲党课和双重组织生活制度落实",
    ),
];

#[test]
fn point_3_is_six_items_of_one_point_each_quoting_their_own_words() {
    let r = rubric(ID);
    assert_eq!(r.version, "2.0.0");
    let ids: Vec<&str> = items(&r)
        .filter(|i| i.source.clause == "一.3")
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(ids, POINT_3.map(|p| p.0));
    for (id, subject, quote) in POINT_3 {
        let i = item(&r, id);
        assert_eq!(i.points, pts("1"), "{id}");
        assert_eq!(i.source.quote, quote, "{id}");
        assert!(i.title.contains(subject), "{id}: {}", i.title);
        assert!(quote.contains(subject), "{id}");
    }
    assert!(items(&r).all(|i| i.id != "p3"), "the 6-point item is gone");
    assert_eq!(r.sections[0].points, pts("30"));
}

/// 三会一课 is judged for its quality (提高…质量); the other five are done or
/// not done (落实, 严肃…落实).
#[test]
fn three_meetings_judged_fair_earns_half_a_point() {
    let r = rubric(ID);
    assert!(matches!(item(&r, "p3.shyk").scoring, Scoring::Levels(_)));
    for (id, _, _) in &POINT_3[1..] {
        assert!(
            matches!(item(&r, id).scoring, Scoring::Checklist(_)),
            "{id}"
        );
    }
    let mut a = best_answers(&r);
    a.items
        .insert("p3.shyk".into(), answer(Value::Level("一般".into())));
    let report = score(&r, &a, 2020);
    assert_eq!(report.item("p3.shyk").map(|i| i.earned), Some(pts("0.5")));
    assert_eq!(report.total, pts("99.5"));
}

/// One system not carried out costs its own point, not point 3's six.
#[test]
fn no_tanxin_tanhua_loses_one_point_not_six() {
    let r = rubric(ID);
    let mut a = best_answers(&r);
    a.items
        .insert("p3.txth".into(), answer(Value::Check(Check::NotDone)));
    let report = score(&r, &a, 2020);
    let i = report.item("p3.txth").expect("item");
    assert_eq!((i.status, i.earned), (Status::Unmet, Points::ZERO));
    assert_eq!(report.item("p3.shyk").map(|i| i.status), Some(Status::Met));
    assert_eq!(report.total, pts("99"));
    assert_eq!(report.grade.as_deref(), Some("优秀"));
}

/// Only the 党员领导干部's two duties undone: 98, each listed on its own.
#[test]
fn leading_cadres_duties_are_two_separate_shortfalls() {
    let r = rubric(ID);
    let mut a = best_answers(&r);
    for id in ["p3.djk", "p3.srzz"] {
        a.items
            .insert(id.into(), answer(Value::Check(Check::NotDone)));
    }
    let report = score(&r, &a, 2020);
    let unmet: Vec<&str> = report
        .items
        .iter()
        .filter(|i| i.status == Status::Unmet)
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(unmet, ["p3.djk", "p3.srzz"]);
    assert_eq!(report.total, pts("98"));
}

/// None of point 3 done: the same 6 points lost as the old single item's
/// worst level.
#[test]
fn none_of_point_3_loses_its_six_points() {
    let r = rubric(ID);
    let worst = worst_answers(&r);
    let mut a = best_answers(&r);
    for (id, _, _) in POINT_3 {
        a.items.insert(id.into(), worst.items[id].clone());
    }
    let report = score(&r, &a, 2020);
    assert_eq!(report.total, pts("94"));
    assert_eq!(report.sections[0].earned, pts("24"));
}

/// Work saved under 1.0.0: the sixteen unchanged points keep their answers;
/// the old `p3` (the six judged together) is not carried, and its six
/// items are listed to be answered.
#[test]
fn work_saved_under_1_0_0_keeps_every_point_but_the_third() {
    let old = ziping_engine::shipped::load_retired()
        .into_iter()
        .find(|(s, _)| s.id == ID && s.version == "1.0.0")
        .map(|(_, res)| res.expect("the retired 1.0.0 validates"))
        .expect("1.0.0 is kept");
    let r = rubric(ID);
    let c = ziping_engine::carry::carry_over(&old, &r, &best_answers(&old));
    assert_eq!(c.added, POINT_3.map(|p| p.0));
    assert_eq!(c.removed, ["p3"]);
    assert!(c.changed.is_empty());
    assert_eq!(c.kept.len(), 16);
}
