//! The view models, natively: figures, the 问题清单's columns and rows, and
//! how often the saved assessments are scored.

use std::rc::Rc;

use ziping_engine::shipped::SHIPPED;
use ziping_engine::{
    ratio, Answers, Assessment, Check, ItemAnswer, Points, RectificationRow, RectificationStatus,
    Report, Rubric, Value,
};

use super::format::{difference, out_of, per_mille, percent, points, tenths};
use super::rows::{self, Column};
use super::summary::Scores;
use crate::i18n::{Lang, M};
use crate::rubrics::Catalogue;
use crate::state::{Action, AppState, MetaField, RowField};

const YUEQING: &str = "yueqing-2020-25";
const BRANCH: &str = "branch-standard";

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
/// standard (−6 of 6: short of 95% earns nothing); nothing else answered.
fn partial() -> Answers {
    let mut a = Answers::default();
    a.items
        .insert("t1.1.a".into(), answer(Value::Check(Check::Partly)));
    a.items
        .insert("t2.1.rate".into(), answer(ratio_of("18", "19")));
    a
}

/// Every item of a shipped rubric answered at its best, read from the
/// rubric file (its format is documented and stable).
fn best(id: &str) -> Answers {
    let file: serde_json::Value = serde_json::from_str(shipped(id)).expect("json");
    let mut a = Answers::default();
    for item in file["sections"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|s| s["items"].as_array().into_iter().flatten())
    {
        let scoring = &item["scoring"];
        let value = match scoring["kind"].as_str() {
            Some("checklist") => Value::Check(Check::Done),
            Some("levels") => Value::Level(
                scoring["levels"][0]["name"]
                    .as_str()
                    .expect("a level")
                    .into(),
            ),
            Some("ratio") => ratio_of("19", "19"),
            Some("deduction") => Value::Count("0".into()),
            other => panic!("no best answer for {other:?}"),
        };
        let id = item["id"].as_str().expect("an id").to_owned();
        a.items.insert(id, answer(value));
    }
    a
}

fn assessment(rubric_id: &str, unit: &str, answers: Answers) -> Assessment {
    let mut a = Assessment::new(&rubric(rubric_id), unit, 2020);
    a.answers = answers;
    a
}

/// A browser holding these assessments, imported in this order (so the
/// last is listed first).
fn browser(assessments: &[Assessment]) -> AppState {
    let mut state = AppState {
        today: "2021-01-10".into(),
        ..AppState::default()
    };
    let files = assessments
        .iter()
        .map(|a| ("a.json".to_owned(), Ok(a.to_json())))
        .collect();
    state.apply(Action::ImportAssessments(files));
    state.notice = None;
    assert_eq!(state.store.entries.len(), assessments.len());
    state
}

/// A committee's browser: two branches of 乐清 2020-25 and one of the
/// branch standard.
fn committee() -> AppState {
    browser(&[
        assessment(YUEQING, "第一党支部", best(YUEQING)),
        assessment(YUEQING, "第二党支部", partial()),
        assessment(BRANCH, "第三党支部", Answers::default()),
    ])
}

/// The report of every saved assessment whose rubric is at hand, as the
/// cache holds it. A report is a new `Rc` exactly when it was scored again.
fn reports(scores: &mut Scores, state: &AppState, catalogue: &Catalogue) -> Vec<Rc<Report>> {
    state
        .store
        .entries
        .iter()
        .filter_map(|e| {
            let rubric = catalogue.for_ref(&e.assessment.rubric)?;
            Some(scores.report(e, &rubric))
        })
        .collect()
}

/// How many of `after` were scored anew since `before`.
fn scored(before: &[Rc<Report>], after: &[Rc<Report>]) -> usize {
    assert_eq!(before.len(), after.len());
    before
        .iter()
        .zip(after)
        .filter(|(b, a)| !Rc::ptr_eq(b, a))
        .count()
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
fn differences_are_exact_and_signed() {
    let p = |s: &str| Points::from_decimal(s.parse().expect("decimal")).expect("points");
    assert_eq!(difference(p("1.5")), "+1.5");
    assert_eq!(difference(p("-2.5")), "-2.5");
    assert_eq!(difference(p("-0.05")), "-0.05");
    assert_eq!(difference(Points::ZERO), "0");
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
    // Largest loss first: 6 points, then 1.
    assert_eq!(
        made,
        [
            expected(
                "t2.1.rate",
                "“四化”党支部达标率达95%以上（在全部党支部中统计）：还差 1 个支部达标",
                "局机关党委、局直属各单位、局机关各党支部",
            ),
            expected(
                "t1.1.a",
                "严格执行重大事项请示报告制度：部分完成",
                "局办公室、机关党委、组织人事科、宣传教育科、局直属各单位、局机关各党支部",
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
    assert!(en[1].problem.starts_with("严格执行重大事项请示报告制度："));
}

// The start screen.

#[test]
fn the_list_and_the_roll_ups_show_each_assessment_s_figures() {
    let state = committee();
    let catalogue = Rc::new(state.store.catalogue());
    let saved = Scores::default().saved(&state.store.entries, &catalogue);
    let list: Vec<(&str, &str, &str)> = saved
        .list
        .iter()
        .map(|r| {
            (
                r.entry.assessment.unit.as_str(),
                r.total.as_str(),
                r.grade.as_str(),
            )
        })
        .collect();
    assert_eq!(
        list,
        [
            ("第三党支部", "0.0 / 100", "不达标"),
            ("第二党支部", "1.0 / 100", "不合格"),
            ("第一党支部", "100.0 / 100", "优秀"),
        ]
    );

    // Only 乐清 2020-25 has two files of one year to roll up; without a
    // pass mark, passing is reaching its top grade.
    let r: Vec<(&str, i32, usize, usize, usize)> = saved
        .rollups
        .iter()
        .map(|c| (c.rubric.id.as_str(), c.year, c.files, c.units, c.passed))
        .collect();
    assert_eq!(r, [(YUEQING, 2020, 2, 2, 1)]);
}

#[test]
fn an_assessment_whose_rubric_is_not_at_hand_shows_no_score() {
    let state = committee();
    // A catalogue without the shipped files (the web build before they
    // are fetched).
    let catalogue = Rc::new(Catalogue::default());
    let saved = Scores::default().saved(&state.store.entries, &catalogue);
    assert!(saved
        .list
        .iter()
        .all(|r| r.total == "—" && r.grade.is_empty()));
    assert!(saved.rollups.is_empty());
}

// Scoring once per change.

#[test]
fn nothing_changed_is_nothing_scored() {
    let state = committee();
    let catalogue = Rc::new(state.store.catalogue());
    let mut scores = Scores::default();
    let first = scores.saved(&state.store.entries, &catalogue);
    let before = reports(&mut scores, &state, &catalogue);
    // Another render of the start screen: the same summary, not rebuilt.
    let again = scores.saved(&state.store.entries, &catalogue);
    assert!(Rc::ptr_eq(&first, &again));
    assert_eq!(
        scored(&before, &reports(&mut scores, &state, &catalogue)),
        0
    );
}

#[test]
fn a_keystroke_in_the_open_assessment_scores_it_at_most_once() {
    let mut state = committee();
    let catalogue = Rc::new(state.store.catalogue());
    let mut scores = Scores::default();
    scores.saved(&state.store.entries, &catalogue);
    let before = reports(&mut scores, &state, &catalogue);
    let second = state.store.entries[1].id;
    state.apply(Action::Open(second));

    // An answer typed: the open assessment is scored again, once, however
    // often the screen asks for its report.
    state.apply(Action::SetValue(
        "t2.1.rate".into(),
        Some(ratio_of("19", "19")),
    ));
    let open = state.store.current().cloned().expect("open");
    let rubric = catalogue.for_ref(&open.assessment.rubric).expect("rubric");
    let report = scores.report(&open, &rubric);
    assert!(Rc::ptr_eq(&report, &scores.report(&open, &rubric)));
    let after = reports(&mut scores, &state, &catalogue);
    assert_eq!(scored(&before, &after), 1);
    assert_eq!(points(report.total), "7.0");

    // Text that is not an answer (the 问题清单, the unit) scores nothing.
    let before = after;
    state.apply(Action::AddRows(vec![RectificationRow::default()]));
    state.apply(Action::EditRow(0, RowField::Problem, "台账".into()));
    state.apply(Action::SetMeta(MetaField::Unit, "第二党支部（改）".into()));
    assert_eq!(
        scored(&before, &reports(&mut scores, &state, &catalogue)),
        0
    );

    // A changed year is scored again (deadlines fall in the year).
    state.apply(Action::SetMeta(MetaField::Year, "2021".into()));
    assert_eq!(
        scored(&before, &reports(&mut scores, &state, &catalogue)),
        1
    );

    // Back on the start screen, nothing is scored again: the open
    // assessment's latest report is the one the list shows.
    let before = reports(&mut scores, &state, &catalogue);
    state.apply(Action::Close);
    let saved = scores.saved(&state.store.entries, &catalogue);
    assert_eq!(
        scored(&before, &reports(&mut scores, &state, &catalogue)),
        0
    );
    assert_eq!(saved.list[1].total, "7.0 / 100");
    // Its year is now 2021: no longer rolled up with the 2020 file.
    assert!(saved.rollups.is_empty());
}

#[test]
fn renaming_deleting_and_importing_score_only_what_is_new() {
    let mut state = committee();
    let catalogue = Rc::new(state.store.catalogue());
    let mut scores = Scores::default();
    let first = scores.saved(&state.store.entries, &catalogue);
    let before = reports(&mut scores, &state, &catalogue);

    let id = state.store.entries[2].id;
    state.apply(Action::Rename(id, "机关第一党支部".into()));
    let renamed = scores.saved(&state.store.entries, &catalogue);
    assert!(!Rc::ptr_eq(&first, &renamed), "the list shows the new name");
    assert_eq!(renamed.list[2].entry.assessment.unit, "机关第一党支部");
    assert_eq!(
        scored(&before, &reports(&mut scores, &state, &catalogue)),
        0
    );

    // Deleted: the others keep their reports.
    state.apply(Action::Delete(state.store.entries[0].id));
    let saved = scores.saved(&state.store.entries, &catalogue);
    assert_eq!(saved.list.len(), 2);
    assert_eq!(
        scored(&before[1..], &reports(&mut scores, &state, &catalogue)),
        0
    );

    // Imported: only the new file is scored; it is listed first.
    let known = reports(&mut scores, &state, &catalogue);
    let files = vec![(
        "b.json".to_owned(),
        Ok(assessment(YUEQING, "第四党支部", partial()).to_json()),
    )];
    state.apply(Action::ImportAssessments(files));
    let saved = scores.saved(&state.store.entries, &catalogue);
    let after = reports(&mut scores, &state, &catalogue);
    assert_eq!(scored(&known, &after[1..]), 0);
    assert_eq!(saved.list[0].total, "1.0 / 100");
    assert_eq!(
        (
            saved.rollups[0].files,
            saved.rollups[0].units,
            saved.rollups[0].passed
        ),
        (3, 3, 1)
    );
}

#[test]
fn another_rubric_file_is_scored_again() {
    let state = committee();
    let catalogue = Rc::new(state.store.catalogue());
    let mut scores = Scores::default();
    scores.saved(&state.store.entries, &catalogue);
    let before = reports(&mut scores, &state, &catalogue);
    // The same rubrics read again (a rubric imported or fetched rebuilds
    // the catalogue; a re-read file is another `Rc`).
    let reread: Vec<Rc<Rubric>> = [YUEQING, BRANCH]
        .iter()
        .map(|id| Rc::new(rubric(id)))
        .collect();
    let other = Rc::new(Catalogue {
        loaded: reread,
        ..Catalogue::default()
    });
    let saved = scores.saved(&state.store.entries, &other);
    assert_eq!(scored(&before, &reports(&mut scores, &state, &other)), 3);
    assert_eq!(saved.list[2].total, "100.0 / 100");
}

#[test]
fn the_summary_is_empty_without_assessments() {
    let catalogue = Rc::new(Catalogue::default());
    let saved = Scores::default().saved(&[], &catalogue);
    assert!(saved.list.is_empty() && saved.rollups.is_empty());
}

#[test]
fn a_reviewed_file_is_scored_again_only_when_its_answers_or_the_reviewers_change() {
    let level = |name: &str| answer(Value::Level(name.into()));
    let mut own = Answers::default();
    own.items.insert("fzdy".into(), level("程序完整、材料齐全"));
    let mut a = assessment(BRANCH, "第一党支部", own.clone());
    a.review
        .start(&own, "党办 王某", "2021-01-15")
        .expect("start");
    a.review
        .answers
        .items
        .insert("fzdy".into(), level("基本规范，个别材料不全"));
    // Listed first: a plain file, whose answers the review does not change.
    let mut state = browser(&[a, assessment(BRANCH, "第二党支部", own)]);
    let catalogue = Rc::new(state.store.catalogue());
    let mut scores = Scores::default();
    let saved = scores.saved(&state.store.entries, &catalogue);
    let reviewed_total = |saved: &super::summary::Saved| saved.list[1].reviewed.clone();
    assert_eq!(reviewed_total(&saved).as_deref(), Some("6.0 / 100"));
    let first = scores.reviewed_kept();
    assert!(first[0].is_none(), "a plain file has no second scoring");
    let first = first[1].clone().expect("scored with the review");
    let before = reports(&mut scores, &state, &catalogue);

    // Renamed: nothing scored again.
    let id = state.store.entries[1].id;
    state.apply(Action::Rename(id, "第一党支部（改）".into()));
    scores.saved(&state.store.entries, &catalogue);
    let kept = scores.reviewed_kept()[1].clone().expect("kept");
    assert!(Rc::ptr_eq(&first, &kept));
    assert_eq!(
        scored(&before, &reports(&mut scores, &state, &catalogue)),
        0
    );

    // The reviewer answers otherwise: only the reviewed report is new.
    let mut e = (*state.store.entries[1]).clone();
    e.assessment
        .review
        .answers
        .items
        .insert("fzdy".into(), level("程序不规范"));
    state.store.entries[1] = Rc::new(e);
    let saved = scores.saved(&state.store.entries, &catalogue);
    let again = scores.reviewed_kept()[1].clone().expect("scored again");
    assert!(!Rc::ptr_eq(&first, &again));
    assert_eq!(
        scored(&before, &reports(&mut scores, &state, &catalogue)),
        0
    );
    assert_eq!(reviewed_total(&saved).as_deref(), Some("0.0 / 100"));
}
