//! The printed score table: every item once, numbered, with its rule in
//! words, what it earned or why not, its note, and each section's subtotal
//! equal to the report's.

use ziping_engine::shipped::SHIPPED;
use ziping_engine::{Answers, ItemAnswer, Rubric, Value};

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
            ScoreRow::Subtotal { points, earned } => {
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
