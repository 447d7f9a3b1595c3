//! The view models, natively: figures, and the 问题清单's columns and rows.

use ziping_engine::shipped::SHIPPED;
use ziping_engine::{
    ratio, Answers, Check, ItemAnswer, Points, RectificationRow, RectificationStatus, Rubric, Value,
};

use super::format::{out_of, per_mille, percent, points, tenths};
use super::rows::{self, Column};
use crate::i18n::{Lang, M};
use crate::state::RowField;

const YUEQING: &str = "yueqing-2020-25";

fn shipped(id: &str) -> &'static str {
    SHIPPED
        .iter()
        .find(|s| s.id == id)
        .map(|s| s.json)
        .expect("a shipped rubric")
}

fn rubric(id: &str) -> Rubric {
    Rubric::from_json(shipped(id)).expect("a valid rubric")
}

fn answer(value: Value) -> ItemAnswer {
    ItemAnswer {
        value: Some(value),
        na: false,
        note: String::new(),
    }
}

fn ratio_of(n: &str, d: &str) -> Value {
    Value::Ratio {
        numerator: n.into(),
        denominator: d.into(),
    }
}

/// The answers of 乐清 2020-25 used by the end-to-end print test: 严格执行
/// 重大事项请示报告制度 partly done (−1 of 2) and 18 of 19 branches up to
/// standard (−0.08 of 6); nothing else answered.
fn partial() -> Answers {
    let mut a = Answers::default();
    a.items
        .insert("t1.1.a".into(), answer(Value::Check(Check::Partly)));
    a.items
        .insert("t2.1.rate".into(), answer(ratio_of("18", "19")));
    a
}

// Figures with one decimal.

#[test]
fn tenths_are_written_with_one_decimal() {
    assert_eq!(tenths(947), "94.7");
    assert_eq!(tenths(950), "95.0");
    assert_eq!(tenths(5), "0.5");
    assert_eq!(tenths(1000), "100.0");
    assert_eq!(tenths(0), "0.0");
    assert_eq!(tenths(-5), "-0.5");
}

#[test]
fn points_round_half_away_from_zero() {
    assert_eq!(points(Points(9465)), "94.7");
    assert_eq!(points(Points(9464)), "94.6");
    assert_eq!(points(Points(9500)), "95.0");
    assert_eq!(points(Points(50)), "0.5");
    assert_eq!(points(Points(5)), "0.1");
    assert_eq!(points(Points(4)), "0.0");
    assert_eq!(points(Points::whole(100)), "100.0");
    assert_eq!(points(Points(-5)), "-0.1");
    assert_eq!(points(Points(-4)), "0.0");
    assert_eq!(out_of(Points(3800), Points::whole(40)), "38.0 / 40");
    assert_eq!(out_of(Points(592), Points(650)), "5.9 / 6.5");
}

#[test]
fn percentages_round_half_up() {
    assert_eq!(percent(18, 19).as_deref(), Some("94.7%"));
    assert_eq!(percent(19, 20).as_deref(), Some("95.0%"));
    assert_eq!(percent(1, 200).as_deref(), Some("0.5%"));
    assert_eq!(percent(1, 2001).as_deref(), Some("0.0%"));
    assert_eq!(percent(7, 7).as_deref(), Some("100.0%"));
    assert_eq!(percent(2, 3).as_deref(), Some("66.7%"));
    assert_eq!(percent(1, 0), None);
    assert_eq!(per_mille(592, 600), Some(987));
    assert_eq!(per_mille(0, -1), None);
}

#[test]
fn figures_are_those_the_engine_writes() {
    // The engine writes the rates in its item details; the screens must
    // not write the same figure another way.
    for h in -2000..=12000 {
        assert_eq!(points(Points(h)), Points(h).display_one_decimal(), "{h}");
    }
    for d in 1..=60_u64 {
        for n in 0..=d {
            let ours = percent(n as i64, d as i64);
            assert_eq!(ours, ratio::percent_one_decimal(n, d), "{n}/{d}");
        }
    }
}

// The 问题清单.

#[test]
fn one_column_order_for_the_table_the_report_and_the_spreadsheet() {
    let words = |lang| -> Vec<&str> { Column::ALL.iter().map(|c| c.label().get(lang)).collect() };
    assert_eq!(
        words(Lang::Zh),
        [
            "序号",
            "存在主要问题",
            "整改措施",
            "责任部门",
            "完成时限",
            "状态",
            "备注"
        ]
    );
    assert_eq!(
        words(Lang::En),
        [
            "No.",
            "Main problem",
            "Corrective measure",
            "Responsible department",
            "Deadline",
            "Status",
            "Notes"
        ]
    );
    let editable: Vec<Option<RowField>> = Column::ALL.iter().map(|c| c.field()).collect();
    assert_eq!(
        editable,
        [
            None,
            Some(RowField::Problem),
            Some(RowField::Measure),
            Some(RowField::Department),
            Some(RowField::Deadline),
            None,
            Some(RowField::Note),
        ]
    );
}

#[test]
fn the_table_has_the_headings_then_a_line_per_row() {
    let row = RectificationRow {
        problem: "台账不全".into(),
        measure: "补齐台账".into(),
        department: "党办".into(),
        deadline: "2021年3月底前".into(),
        note: "待复核".into(),
        status: RectificationStatus::InProgress,
        item: None,
    };
    let done = RectificationRow {
        status: RectificationStatus::Done,
        ..RectificationRow::default()
    };
    // The spreadsheet's bytes, as Excel reads them.
    assert_eq!(
        crate::export::csv(&rows::table(Lang::Zh, std::slice::from_ref(&row))),
        "\u{feff}序号,存在主要问题,整改措施,责任部门,完成时限,状态,备注\r\n\
         1,台账不全,补齐台账,党办,2021年3月底前,整改中,待复核\r\n"
    );
    assert_eq!(
        rows::table(Lang::Zh, &[row, done]),
        [
            vec![
                "序号",
                "存在主要问题",
                "整改措施",
                "责任部门",
                "完成时限",
                "状态",
                "备注"
            ],
            vec![
                "1",
                "台账不全",
                "补齐台账",
                "党办",
                "2021年3月底前",
                "整改中",
                "待复核"
            ],
            vec!["2", "", "", "", "", "已完成", ""],
        ]
    );
    assert_eq!(
        rows::table(Lang::En, &[]),
        [Column::ALL.map(|c| c.label().get(Lang::En))]
    );
}

#[test]
fn rows_from_the_shortfalls_of_a_shipped_rubric() {
    let r = rubric(YUEQING);
    let report = ziping_engine::score(&r, &partial(), 2020);
    let made = rows::from_shortfalls(Lang::Zh, &r, &report, &[]);
    let expected = |item: &str, problem: &str, department: &str| RectificationRow {
        problem: problem.into(),
        measure: "对照要求补齐短板，完善台账".into(),
        department: department.into(),
        deadline: String::new(),
        note: String::new(),
        status: RectificationStatus::Open,
        item: Some(item.into()),
    };
    // Largest loss first: 1 point, then 0.08.
    assert_eq!(
        made,
        [
            expected(
                "t1.1.a",
                "严格执行重大事项请示报告制度：部分完成",
                "局办公室、机关党委、组织人事科、宣传教育科、局直属各单位、局机关各党支部",
            ),
            expected(
                "t2.1.rate",
                "“四化”党支部达标率达95%以上（在全部党支部中统计）：还差 1 个支部达标",
                "局机关党委、局直属各单位、局机关各党支部",
            ),
        ]
    );
    // A shortfall with a row already gets no second one.
    let again = rows::from_shortfalls(Lang::Zh, &r, &report, &made[..1]);
    assert_eq!(again, made[1..]);
    assert!(rows::from_shortfalls(Lang::Zh, &r, &report, &made).is_empty());
    // In English the measure is the catalogue's, the titles the rubric's.
    let en = rows::from_shortfalls(Lang::En, &r, &report, &[]);
    assert_eq!(en[0].measure, M::MeasurePrefill.get(Lang::En));
    assert!(en[0].problem.starts_with("严格执行重大事项请示报告制度："));
}
