//! The printed score table: every item once, numbered, with its rule in
//! words, what it earned or why not, its note, and each section's subtotal
//! equal to the report's.

use ziping_engine::shipped::SHIPPED;
use ziping_engine::{Answers, Assessment, ItemAnswer, Rubric, Value};

use super::*;
use crate::i18n::rules::rule_text;

fn shipped(id: &str) -> Rubric {
    let s = SHIPPED.iter().find(|s| s.id == id).expect("shipped");
    Rubric::from_json(s.json).expect("valid")
}

fn answer(value: Value, note: &str) -> ItemAnswer {
    ItemAnswer {
        value: Some(value),
        na: false,
        note: note.into(),
    }
}

#[test]
fn each_kind_states_its_rule_from_its_own_parameters() {
    let branch = shipped("branch-standard");
    let rule = |r: &Rubric, id: &str, lang| rule_text(lang, r.item(id).expect("item"));
    assert_eq!(
        rule(&branch, "dydh", Lang::Zh),
        "党员大会每季度至少 1 次，每缺 1 次扣 2.5 分，扣完为止"
    );
    assert_eq!(
        rule(&branch, "dk", Lang::Zh),
        "党课每年至少 1 次，每缺 1 次扣 8 分，扣完为止；全年未开展的，等次最高为“不达标”"
    );
    assert_eq!(
        rule(&branch, "fzdy", Lang::Zh),
        "程序完整、材料齐全 10 分；基本规范，个别材料不全 6 分；程序不规范 0 分"
    );
    assert_eq!(
        rule(&branch, "hj", Lang::Zh),
        "完成得 6 分；部分完成得 50%；未完成不得分"
    );
    let yq = shipped("yueqing-2020-25");
    assert_eq!(
        rule(&yq, "t2.1.rate", Lang::Zh),
        "达标“四化”党支部数/党支部总数 ≥ 95%：达到得 6 分，未达到不得分"
    );
    assert_eq!(
        rule(&yq, "t2.1.rate", Lang::En),
        "达标“四化”党支部数/党支部总数 ≥ 95%: 6 when met, 0 otherwise"
    );
    let gd = shipped("gd2h-2018-90");
    assert_eq!(
        rule(&gd, "att1.8.qd", Lang::Zh),
        "10月20日前（10-20 当日及以前）完成得 3 分；逾期或未完成不得分"
    );
}

#[test]
fn every_rule_of_every_shipped_rubric_is_worded_in_both_languages() {
    for s in SHIPPED {
        let r = Rubric::from_json(s.json).expect("valid");
        for item in r.sections.iter().flat_map(|s| &s.items) {
            for lang in [Lang::Zh, Lang::En] {
                let text = rule_text(lang, item);
                assert!(!text.is_empty(), "{}/{}", r.id, item.id);
                assert!(!text.contains("{"), "{}/{}: {text}", r.id, item.id);
            }
        }
    }
}

#[test]
fn rows_hold_every_item_numbered_with_subtotals_equal_to_the_report() {
    let r = shipped("branch-standard");
    let mut answers = Answers::default();
    answers.facts.insert(
        "full_members".into(),
        ziping_engine::FactAnswer::Count("5".into()),
    );
    answers.items.insert(
        "dydh".into(),
        answer(
            Value::Counts(vec!["1".into(), "1".into(), "0".into(), "1".into()]),
            " 党员大会记录本 ",
        ),
    );
    answers.items.insert(
        "hj".into(),
        ItemAnswer {
            na: true,
            ..ItemAnswer::default()
        },
    );
    let report = r.score(&answers, 2020);
    let rows = score_rows(Lang::Zh, &r, &report, &answers);

    let items: Vec<&ItemLine> = rows
        .iter()
        .filter_map(|row| match row {
            ScoreRow::Item(i) => Some(i),
            _ => None,
        })
        .collect();
    assert_eq!(items.len(), 11);
    assert_eq!(
        items.iter().map(|i| i.no).collect::<Vec<_>>(),
        (1..=11).collect::<Vec<_>>()
    );
    let dydh = items[0];
    assert_eq!(
        (
            dydh.id.as_str(),
            dydh.points.as_str(),
            dydh.earned.as_str(),
            dydh.note.as_str()
        ),
        ("dydh", "10", "7.5", "党员大会记录本")
    );
    assert_eq!(dydh.clause, r.item("dydh").expect("dydh").source.clause);
    // 支委会 does not apply with 5 members; 换届 is marked N/A; 党课 is blank.
    let by_id = |id: &str| items.iter().find(|i| i.id == id).expect("row");
    assert_eq!(by_id("zwh").earned, "不适用");
    assert_eq!(by_id("hj").earned, "不适用");
    assert_eq!(by_id("dk").earned, "未填");

    // Section heading, its items, its subtotal, for each section in order.
    let mut subtotals = Vec::new();
    let mut headings = Vec::new();
    for row in &rows {
        match row {
            ScoreRow::Section { title } => headings.push(title.clone()),
            ScoreRow::Subtotal { points, earned, .. } => {
                subtotals.push((points.clone(), earned.clone()))
            }
            ScoreRow::Item(_) => {}
        }
    }
    let titles: Vec<String> = r.sections.iter().map(|s| s.title.clone()).collect();
    assert_eq!(headings, titles);
    let expected: Vec<(String, String)> = r
        .sections
        .iter()
        .map(|s| {
            let sr = report.section(&s.id).expect("section");
            (s.points.to_string(), sr.earned.to_string())
        })
        .collect();
    assert_eq!(subtotals, expected);
    assert!(matches!(rows.first(), Some(ScoreRow::Section { .. })));
    assert!(matches!(rows.last(), Some(ScoreRow::Subtotal { .. })));
}

/// The guide's example rubric, which has a deadline with late credit and a
/// veto.
fn example() -> Rubric {
    Rubric::from_json(include_str!(
        "../../../crates/engine/tests/data/example-rubric.json"
    ))
    .expect("the guide's example validates")
}

#[test]
fn a_deadline_says_whether_its_day_is_on_time_and_a_veto_whether_it_occurred() {
    let r = example();
    let duty = r.item("duty-list").expect("duty-list");
    assert_eq!(
        rule_text(Lang::Zh, duty),
        "9月底前（09-30 当日及以前）完成得 10 分；逾期完成得 50%；未完成不得分"
    );
    let mut strict = duty.clone();
    if let ziping_engine::Scoring::Deadline(d) = &mut strict.scoring {
        d.inclusive = false;
        d.due_text.clear();
    }
    assert_eq!(
        rule_text(Lang::Zh, &strict),
        "09-30 以前，不含当日完成得 10 分；逾期完成得 50%；未完成不得分"
    );
    assert_eq!(
        rule_text(Lang::En, &strict),
        "done before 09-30: 10; late: 50%; not done: 0"
    );

    // The veto's row says whether the event occurred, not "0".
    let veto = |triggered: bool| {
        let mut answers = Answers::default();
        answers.items.insert(
            "serious-violation".into(),
            answer(Value::Triggered(triggered), ""),
        );
        let report = r.score(&answers, 2020);
        let rows = score_rows(Lang::Zh, &r, &report, &answers);
        rows.into_iter()
            .find_map(|row| match row {
                ScoreRow::Item(i) if i.id == "serious-violation" => Some((i.points, i.earned)),
                _ => None,
            })
            .expect("the veto's row")
    };
    assert_eq!(veto(false), ("—".to_owned(), "未发生".to_owned()));
    assert_eq!(veto(true), ("—".to_owned(), "发生（一票否决）".to_owned()));
}

/// A branch's file with every item at its best (100, 达标): 12 full members
/// and party groups, so every item applies.
fn best_branch(r: &Rubric) -> Assessment {
    let mut a = Assessment::new(r, "内科第一党支部", 2020);
    a.answers.facts.insert(
        "full_members".into(),
        ziping_engine::FactAnswer::Count("12".into()),
    );
    a.answers.facts.insert(
        "has_party_groups".into(),
        ziping_engine::FactAnswer::Flag(true),
    );
    for item in r.sections.iter().flat_map(|s| &s.items) {
        let value = match &item.scoring {
            ziping_engine::Scoring::Frequency(f) => {
                Value::Counts(vec!["1".to_owned(); f.per.periods()])
            }
            ziping_engine::Scoring::Checklist(_) => Value::Check(ziping_engine::Check::Done),
            ziping_engine::Scoring::Levels(l) => Value::Level(l.levels[0].name.clone()),
            other => panic!("no answer for {other:?}"),
        };
        a.answers.items.insert(item.id.clone(), answer(value, ""));
    }
    a
}

/// `a` submitted and taken up by the committee, which finds no 党课 held
/// (“dk”) and the 发展党员 files incomplete (“fzdy”, 10 → 6), comments on
/// both and on 党员大会 (“dydh”, accepted), and signs off when `sign`.
fn reviewed(mut a: Assessment, sign: bool) -> Assessment {
    let own = a.answers.clone();
    a.review
        .submit(&own, "内科第一党支部", "2021-01-12")
        .expect("submit");
    a.review
        .start(&own, "党办 王某", "2021-01-15")
        .expect("start");
    let items = &mut a.review.answers.items;
    items.insert("dk".into(), answer(Value::Counts(vec!["0".into()]), ""));
    items.insert(
        "fzdy".into(),
        answer(Value::Level("基本规范，个别材料不全".into()), ""),
    );
    for (id, c) in [
        ("dk", "全年未讲党课"),
        ("fzdy", " 缺 2 名发展对象的政审材料 "),
        ("dydh", "请附签到表"),
    ] {
        a.review.comments.insert(id.into(), c.into());
    }
    if sign {
        a.review
            .hand_back(
                ziping_engine::review::Step::SignOff,
                "党办 王某",
                "2021-01-20",
            )
            .expect("sign off");
    }
    a
}

fn items_of(t: &ScoreTable) -> Vec<&ItemLine> {
    t.rows
        .iter()
        .filter_map(|row| match row {
            ScoreRow::Item(i) => Some(i),
            _ => None,
        })
        .collect()
}

#[test]
fn a_reviewed_table_has_both_scores_subtotals_totals_grades_and_the_comments() {
    let r = shipped("branch-standard");
    let a = reviewed(best_branch(&r), true);
    let report = a.score(&r);
    let t = score_table(Lang::Zh, &r, &report, &a);

    let items = items_of(&t);
    assert_eq!(items.len(), 11);
    let by_id = |id: &str| *items.iter().find(|i| i.id == id).expect("row");
    let line = |id: &str| {
        let i = by_id(id);
        (
            i.earned.as_str(),
            i.reviewed.as_deref(),
            i.comment.as_str(),
            i.differs,
        )
    };
    assert_eq!(line("dk"), ("8", Some("0"), "全年未讲党课", true));
    assert_eq!(
        line("fzdy"),
        ("10", Some("6"), "缺 2 名发展对象的政审材料", true)
    );
    // A comment on an answer the reviewer accepts: same score, not a
    // difference.
    assert_eq!(line("dydh"), ("10", Some("10"), "请附签到表", false));
    assert_eq!(line("zwh"), ("12", Some("12"), "", false));
    assert!(items.iter().all(|i| i.reviewed.is_some()));

    // Both subtotals of each section, exact, as the engine compares them.
    let c = ziping_engine::review::compare(&r, &a.answers, &a.review, a.year);
    let subtotals: Vec<(String, Option<String>)> = t
        .rows
        .iter()
        .filter_map(|row| match row {
            ScoreRow::Subtotal {
                earned, reviewed, ..
            } => Some((earned.clone(), reviewed.clone())),
            _ => None,
        })
        .collect();
    let expected: Vec<(String, Option<String>)> = c
        .sections
        .iter()
        .map(|s| (s.own.to_string(), Some(s.reviewed.to_string())))
        .collect();
    assert_eq!(subtotals, expected);
    assert_eq!(subtotals[0], ("38".to_owned(), Some("30".to_owned())));

    // 100 and 达标 by the branch; 88 by the review, and 不达标 for the 党课
    // not held, whatever the total.
    assert_eq!((t.total.as_str(), t.grade.as_str()), ("100", "达标"));
    assert_eq!(
        (t.reviewed_total.as_deref(), t.reviewed_grade.as_deref()),
        (Some("88"), Some("不达标"))
    );
    assert_eq!(t.max, "100");
}

#[test]
fn a_plain_or_merely_submitted_self_assessment_has_no_reviewed_column() {
    let r = shipped("branch-standard");
    let mut a = best_branch(&r);
    a.answers.items.get_mut("dydh").expect("dydh").note = "记录本".into();
    let report = a.score(&r);
    let plain = score_table(Lang::Zh, &r, &report, &a);
    assert!(plain.reviewed.is_none() && plain.reviewed_total.is_none());
    assert!(items_of(&plain)
        .iter()
        .all(|i| i.reviewed.is_none() && i.comment.is_empty() && !i.differs));
    assert_eq!(
        plain.rows,
        score_rows(Lang::Zh, &r, &report, &a.answers),
        "the rows the report drew before any review"
    );

    // Sent, not yet taken up: still the branch's own table.
    let own = a.answers.clone();
    a.review
        .submit(&own, "内科第一党支部", "2021-01-12")
        .expect("submit");
    assert!(!is_reviewed(&a.review));
    assert_eq!(score_table(Lang::Zh, &r, &report, &a), plain);

    // Taken up, every answer accepted so far: the 考核分 is the 自评分.
    a.review
        .start(&own, "党办 王某", "2021-01-15")
        .expect("start");
    let t = score_table(Lang::Zh, &r, &report, &a);
    assert_eq!(t.reviewed_total.as_deref(), Some("100"));
    assert!(items_of(&t)
        .iter()
        .all(|i| i.reviewed.as_deref() == Some(i.earned.as_str()) && !i.differs));
}
