//! The roll-up screen's content and the linked counts, natively: what a
//! committee sees after importing its branches' files.

use std::rc::Rc;

use ziping_engine::shipped::SHIPPED;
use ziping_engine::{
    Answers, Assessment, Check, FactAnswer, ItemAnswer, RectificationRow, Rubric, Scoring, Value,
};

use super::*;
use crate::state::{Action, AppState, SortBy, SummaryPick};
use crate::view::summary::Scores;

const BRANCH: &str = "branch-standard";

fn rubric(id: &str) -> Rubric {
    let s = SHIPPED.iter().find(|s| s.id == id).expect("shipped");
    Rubric::from_json(s.json).expect("valid")
}

/// A branch's file for `year`: every meeting held, every item at its best,
/// except `missed` (item id → periods without one). 12 full members and
/// party groups: every item applies. A missed 党课 costs 8 (and makes the
/// file 不达标), a missed quarter's 党员大会 2.5, a missed month's 支委会 1.
fn branch_file(unit: &str, year: i32, missed: &[(&str, usize)]) -> Assessment {
    let r = rubric(BRANCH);
    let mut a = Assessment::new(&r, unit, year);
    a.date = "2021-01-10".into();
    let mut answers = Answers::default();
    answers
        .facts
        .insert("full_members".into(), FactAnswer::Count("12".into()));
    answers
        .facts
        .insert("has_party_groups".into(), FactAnswer::Flag(true));
    for item in r.sections.iter().flat_map(|s| &s.items) {
        let value = match &item.scoring {
            Scoring::Frequency(f) => {
                let n = f.per.periods();
                let miss = missed
                    .iter()
                    .find(|(id, _)| *id == item.id)
                    .map_or(0, |m| m.1);
                Value::Counts(
                    (0..n)
                        .map(|i| if i < miss { "0" } else { "1" }.to_owned())
                        .collect(),
                )
            }
            Scoring::Checklist(_) => Value::Check(Check::Done),
            Scoring::Levels(l) => Value::Level(l.levels[0].name.clone()),
            other => panic!("no answer for {other:?}"),
        };
        answers.items.insert(
            item.id.clone(),
            ItemAnswer {
                value: Some(value),
                ..ItemAnswer::default()
            },
        );
    }
    a.answers = answers;
    a
}

/// A browser holding `files`, imported in this order.
fn browser(files: &[Assessment]) -> AppState {
    let mut state = AppState {
        today: "2021-01-10".into(),
        ..AppState::default()
    };
    state.apply(Action::ImportAssessments(
        files
            .iter()
            .map(|a| ("a.json".to_owned(), Ok(a.to_json())))
            .collect(),
    ));
    state.notice = None;
    state
}

/// 20 branches of 2020, the first 84 points (no 党课, no 民主评议: 不达标
/// for the 党课 not held), the second exactly 85 (达标), the third 84 at
/// first (no 党课, no 组织生活会), then the third's corrected file, which
/// passes, re-sent and imported last... and one 2019 file.
fn the_committees_files() -> Vec<Assessment> {
    let mut files: Vec<Assessment> = (1..=20)
        .map(|i| {
            let unit = format!("第{i}党支部");
            match i {
                1 => branch_file(&unit, 2020, &[("dk", 1), ("mzpy", 1)]),
                2 => branch_file(&unit, 2020, &[("dydh", 2), ("zwh", 10)]),
                3 => branch_file(&unit, 2020, &[("dk", 1), ("zzshh", 1)]),
                _ => branch_file(&unit, 2020, &[]),
            }
        })
        .collect();
    // 第3党支部 re-sends a file that holds its 党课 and 组织生活会 but
    // misses eight months' 支委会 (−8): 92, 达标.
    files.push(branch_file("第3党支部", 2020, &[("zwh", 8)]));
    files.push(branch_file("第5党支部", 2019, &[("dk", 1), ("mzpy", 1)]));
    files
}

fn pick(year: i32) -> SummaryPick {
    let r = rubric(BRANCH);
    SummaryPick {
        rubric: r.id,
        version: r.version,
        year,
        ..SummaryPick::default()
    }
}

fn view_of(state: &AppState, pick: &SummaryPick) -> Rc<RollupView> {
    let catalogue = Rc::new(state.store.catalogue());
    Scores::default()
        .rollup(&state.store.entries, &catalogue, pick)
        .expect("the branch rubric is at hand")
}

#[test]
fn a_resent_and_an_other_year_file_are_left_out_and_the_rate_is_exact() {
    let state = browser(&the_committees_files());
    let v = view_of(&state, &pick(2020));
    assert_eq!(v.units, 20);
    let rate = v.rate.as_ref().expect("a rate");
    // 第1党支部 (84, no 党课) fails; 第3党支部's newer file (92) passes.
    assert_eq!(
        (rate.passed, rate.units, rate.percent.as_str()),
        (19, 20, "95.0%")
    );
    let t = rate
        .target
        .as_ref()
        .expect("乐清's item sets the threshold");
    assert_eq!((t.threshold.as_str(), t.met, t.needed), ("95", true, None));
    assert!(
        t.item.starts_with("“四化”党支部达标率达95%以上"),
        "{}",
        t.item
    );
    // 第1党支部 is 不达标 for the 党课 not held, not for points: no shortfall.
    assert_eq!(rate.closest, [("第1党支部".to_owned(), None)]);
    // Listed apart: 第3党支部's older file, replaced, and the 2019 file.
    let apart: Vec<(&str, i32, &Apart)> = v
        .apart
        .iter()
        .map(|a| {
            (
                a.entry.assessment.unit.as_str(),
                a.entry.assessment.year,
                &a.why,
            )
        })
        .collect();
    assert_eq!(
        apart,
        [
            ("第3党支部", 2020, &Apart::Replaced),
            ("第5党支部", 2019, &Apart::OtherYear)
        ]
    );
    let third = v.rows.iter().find(|u| u.unit == "第3党支部").expect("row");
    assert_eq!((third.total.as_str(), third.replaces), ("92.0", 1));
    assert_eq!(v.years, [2020, 2019]);
}

#[test]
fn restoring_a_replaced_file_counts_it_instead() {
    let mut state = browser(&the_committees_files());
    let older = state
        .store
        .entries
        .iter()
        .find(|e| {
            e.assessment.unit == "第3党支部"
                && e.assessment.answers.items["zzshh"].value
                    != branch_file("x", 2020, &[]).answers.items["zzshh"].value
        })
        .map(|e| e.id)
        .expect("the older file");
    state.apply(Action::CountFile(older));
    let v = view_of(&state, &pick(2020));
    let rate = v.rate.as_ref().expect("a rate");
    // The older file is 84: 18 of 20, short of 95% by one branch.
    assert_eq!((rate.passed, rate.percent.as_str()), (18, "90.0%"));
    let t = rate.target.as_ref().expect("target");
    assert_eq!((t.met, t.needed), (false, Some(1)));
    assert_eq!(v.apart[0].why, Apart::Replaced);
    assert_ne!(v.apart[0].entry.id, older);
}

#[test]
fn the_roster_sorts_and_filters_as_picked() {
    let state = browser(&the_committees_files());
    let units = |p: &SummaryPick| -> Vec<String> {
        view_of(&state, p)
            .rows
            .iter()
            .map(|u| u.unit.clone())
            .collect()
    };
    let mut p = pick(2020);
    // As imported: newest first, as the list shows them.
    assert_eq!(units(&p)[..2], ["第3党支部", "第20党支部"]);
    p.sort = SortBy::Total;
    let by_total = units(&p);
    assert_eq!(by_total.last().map(String::as_str), Some("第1党支部"));
    assert_eq!(by_total[by_total.len() - 2..], ["第2党支部", "第1党支部"]);
    p.sort = SortBy::Shortfall;
    assert_eq!(units(&p)[0], "第1党支部");
    p.failing_only = true;
    assert_eq!(units(&p), ["第1党支部"]);
    // The spreadsheet holds the rows shown, in the order shown.
    let v = view_of(&state, &p);
    assert_eq!(
        roster_table(Lang::Zh, &v),
        [
            vec![
                "单位",
                "自评分",
                "考核分",
                "状态",
                "等次",
                "是否达标",
                "差距（分）",
                "已填项",
                "未完成整改"
            ],
            vec![
                "第1党支部",
                "84.0",
                "—",
                "自评中",
                "不达标",
                "否",
                "必须开展而未开展：党课每年至少1次",
                "11 / 11",
                "0"
            ],
        ]
    );
}

#[test]
fn weaknesses_and_the_merged_problem_list() {
    let mut files = the_committees_files();
    files[0].rectification.push(RectificationRow {
        problem: "全年未讲党课".into(),
        measure: "书记带头讲党课".into(),
        department: "第1党支部".into(),
        deadline: "2021-03-31".into(),
        ..RectificationRow::default()
    });
    let state = browser(&files);
    let v = view_of(&state, &pick(2020));
    let w: Vec<(&str, [usize; 5], &str)> = v
        .weaknesses
        .iter()
        .map(|w| (w.title.as_str(), w.counts, w.lost.as_str()))
        .collect();
    // 支委会 ten months short in one branch and eight in another, 党课 and
    // 民主评议 missed by one, 党员大会 two quarters short in one.
    assert_eq!(w.len(), 4, "{w:?}");
    assert_eq!(w[0], ("支委会每月至少召开1次", [18, 2, 0, 0, 0], "18.0"));
    let dangke = w.iter().find(|w| w.0 == "党课每年至少1次").expect("党课");
    assert_eq!((dangke.1[2], dangke.2), (1, "8.0"), "one branch missed it");
    assert_eq!(
        problem_table(Lang::Zh, &v),
        [
            vec![
                "单位",
                "序号",
                "存在主要问题",
                "整改措施",
                "责任部门",
                "完成时限",
                "状态",
                "备注"
            ],
            vec![
                "第1党支部",
                "1",
                "全年未讲党课",
                "书记带头讲党课",
                "第1党支部",
                "2021-03-31",
                "未整改",
                ""
            ],
        ]
    );
    let first = v.rows.iter().find(|u| u.unit == "第1党支部").expect("row");
    assert_eq!(first.open_rows, 1);
}

#[test]
fn the_committees_linked_item_is_counted_from_the_branch_files() {
    let mut files = the_committees_files();
    let committee = rubric("yueqing-2020-25");
    files.push(Assessment::new(
        &committee,
        "乐清市卫生健康局机关党委",
        2020,
    ));
    let mut state = browser(&files);
    let catalogue = Rc::new(state.store.catalogue());
    let mut scores = Scores::default();
    let open = state
        .store
        .entries
        .iter()
        .find(|e| e.assessment.rubric.id == committee.id)
        .cloned()
        .expect("the committee's assessment");
    let committee = catalogue.for_ref(&open.assessment.rubric).expect("rubric");
    let links = scores.links(&state.store.entries, &catalogue, &committee, 2020);
    let l: Vec<(&str, u64, u64, usize)> = links
        .iter()
        .map(|l| (l.item.as_str(), l.numerator, l.denominator, l.files))
        .collect();
    assert_eq!(l, [("t2.1.rate", 19, 20, 20)]);
    assert_eq!(
        crate::i18n::linked_text(Lang::Zh, &links[0]),
        "由 20 份《党支部标准化规范化建设自查（支部层面）》自评文件汇总（2020年度）：19 个达标 / 20 个单位"
    );
    // Typing in the committee's own assessment recomputes nothing.
    state.apply(Action::Open(open.id));
    state.apply(Action::SetValue(
        "t2.1.rate".into(),
        Some(Value::Ratio {
            numerator: "18".into(),
            denominator: "20".into(),
        }),
    ));
    let again = scores.links(&state.store.entries, &catalogue, &committee, 2020);
    assert!(Rc::ptr_eq(&links, &again));
    // Another year has no branch files: no linked counts.
    assert!(scores
        .links(&state.store.entries, &catalogue, &committee, 2021)
        .is_empty());
}

#[test]
fn a_unit_beside_its_previous_year() {
    let mut files = the_committees_files();
    // 第2党支部 held everything in 2019 (100) and is 85 in 2020: its 党员大会
    // lost 5 and its 支委会 10.
    files.push(branch_file("第2党支部", 2019, &[]));
    let state = browser(&files);
    let mut p = pick(2020);
    let v = view_of(&state, &p);
    let with_earlier: Vec<&str> = v
        .rows
        .iter()
        .filter(|u| u.earlier.is_some())
        .map(|u| u.unit.as_str())
        .collect();
    assert_eq!(with_earlier, ["第5党支部", "第2党支部"]);
    assert!(v.year_on_year.is_none(), "none until asked");
    p.compare = Some("第2党支部".into());
    let v = view_of(&state, &p);
    let y = v.year_on_year.as_ref().expect("compared");
    assert_eq!(y.years, (2019, 2020));
    let table = year_table(Lang::Zh, y);
    assert_eq!(table[0], ["所属部分", "2019", "2020", "变化"]);
    assert_eq!(
        table.last().expect("total"),
        &["总分", "100.0", "85.0", "-15.0"]
    );
    assert_eq!(
        worse_table(Lang::Zh, y)[1..],
        [
            vec!["支委会每月至少召开1次", "12.0", "2.0", "-10.0"],
            vec!["党员大会每季度至少召开1次", "10.0", "5.0", "-5.0"],
        ]
    );
    // A unit that improved has nothing worse.
    p.compare = Some("第5党支部".into());
    let v = view_of(&state, &p);
    let y = v.year_on_year.as_ref().expect("compared");
    assert!(y.totals.1 > y.totals.0, "it improved");
    assert!(y.worse.is_empty());
}

#[test]
fn the_start_screen_counts_the_files_the_roll_up_counts() {
    let mut state = browser(&the_committees_files());
    let catalogue = Rc::new(state.store.catalogue());
    let passed = |state: &AppState| {
        let saved = Scores::default().saved(&state.store.entries, &catalogue);
        let c = saved
            .rollups
            .iter()
            .find(|c| c.year == 2020)
            .expect("the 2020 roll-up");
        (c.files, c.units, c.passed)
    };
    assert_eq!(passed(&state), (21, 20, 19));
    // 第3党支部's older file counted instead: 18 pass, there as here.
    let older = state
        .store
        .entries
        .iter()
        .filter(|e| e.assessment.unit == "第3党支部")
        .map(|e| e.id)
        .min()
        .expect("the older file");
    state.apply(Action::CountFile(older));
    assert_eq!(passed(&state), (21, 20, 18));
    let v = view_of(&state, &pick(2020));
    assert_eq!(v.rate.as_ref().map(|r| r.passed), Some(18));
}

#[test]
fn naming_the_committee_rebuilds_no_roll_up() {
    let mut state = browser(&the_committees_files());
    let r = rubric(BRANCH);
    state.apply(Action::OpenSummary(r.id.clone(), r.version.clone(), 2020));
    let catalogue = Rc::new(state.store.catalogue());
    let mut scores = Scores::default();
    let view = |state: &AppState, scores: &mut Scores| {
        let pick = state.store.summary.clone().expect("shown");
        scores
            .rollup(&state.store.entries, &catalogue, &pick)
            .expect("at hand")
    };
    let first = view(&state, &mut scores);
    state.apply(Action::SetCommittee("乐清市卫生健康局机关党委".into()));
    state.apply(Action::ShowProblems(true));
    assert!(Rc::ptr_eq(&first, &view(&state, &mut scores)));
    // A new order is a new view.
    state.apply(Action::SortSummary(SortBy::Total));
    assert!(!Rc::ptr_eq(&first, &view(&state, &mut scores)));
}

#[test]
fn linked_counts_come_from_the_current_version_even_when_old_files_are_more() {
    // Three branches' files of 2020 still of the retired 1.0.0 (all 达标),
    // two carried over to the current version, one of them without 党课
    // (不达标 now): the committee's rate is counted over the current
    // version's files, 1 of 2, not over the retired majority.
    let old = Rubric::from_json(
        ziping_engine::shipped::RETIRED
            .iter()
            .find(|r| r.id == BRANCH)
            .expect("retired")
            .json,
    )
    .expect("valid");
    let mut files: Vec<Assessment> = (1..=3)
        .map(|i| {
            let mut a = branch_file(&format!("旧版第{i}党支部"), 2020, &[]);
            a.rubric = (&old).into();
            a
        })
        .collect();
    files.push(branch_file("第1党支部", 2020, &[]));
    files.push(branch_file("第2党支部", 2020, &[("dk", 1)]));
    let committee = rubric("yueqing-2020-25");
    let state = browser(&files);
    let catalogue = Rc::new(state.store.catalogue());
    let committee = Rc::new(committee);
    let links = Scores::default().links(&state.store.entries, &catalogue, &committee, 2020);
    let l: Vec<(u64, u64, usize)> = links
        .iter()
        .map(|l| (l.numerator, l.denominator, l.files))
        .collect();
    assert_eq!(l, [(1, 2, 2)]);
}

#[test]
fn a_roll_up_of_a_retired_version_is_marked_as_such() {
    let old = Rubric::from_json(
        ziping_engine::shipped::RETIRED
            .iter()
            .find(|r| r.id == BRANCH)
            .expect("retired")
            .json,
    )
    .expect("valid");
    let mut files = vec![
        branch_file("第1党支部", 2020, &[]),
        branch_file("第2党支部", 2020, &[]),
    ];
    for unit in ["旧版第1党支部", "旧版第2党支部"] {
        let mut a = branch_file(unit, 2020, &[]);
        a.rubric = (&old).into();
        files.push(a);
    }
    let state = browser(&files);
    let current = view_of(&state, &pick(2020));
    assert!(!current.retired);
    let retired = view_of(
        &state,
        &SummaryPick {
            version: old.version.clone(),
            ..pick(2020)
        },
    );
    assert!(retired.retired);
    assert_eq!(retired.units, 2);
}

/// `a` submitted, taken up by the committee, which gives `answers` in place
/// of the branch's, and signed off (`Some(Step::SignOff)`) or returned.
fn under_review(
    mut a: Assessment,
    answers: &[(&str, Value)],
    then: Option<ziping_engine::review::Step>,
) -> Assessment {
    let own = a.answers.clone();
    let unit = a.unit.clone();
    a.review.submit(&own, &unit, "2021-01-12").expect("submit");
    a.review
        .start(&own, "党办 王某", "2021-01-15")
        .expect("start");
    for (id, value) in answers {
        a.review.answers.items.insert(
            (*id).into(),
            ItemAnswer {
                value: Some(value.clone()),
                ..ItemAnswer::default()
            },
        );
    }
    if let Some(step) = then {
        a.review
            .hand_back(step, "党办 王某", "2021-01-20")
            .expect("hand back");
    }
    a
}

/// Five branches at every stage of a review, and 第1党支部's 2019 file.
fn reviewed_files() -> Vec<Assessment> {
    use ziping_engine::review::Step;
    let no_dk = || Value::Counts(vec!["0".into()]);
    let mut sent = branch_file("第4党支部", 2020, &[("zwh", 1)]);
    let own = sent.answers.clone();
    sent.review
        .submit(&own, "第4党支部", "2021-01-12")
        .expect("submit");
    let mut returned = under_review(branch_file("第5党支部", 2020, &[]), &[], None);
    returned
        .review
        .comments
        .insert("fzdy".into(), "请补充政审材料".into());
    returned
        .review
        .hand_back(Step::Return, "党办 王某", "2021-01-20")
        .expect("return");
    vec![
        branch_file("第1党支部", 2019, &[]),
        // 100 by the branch; the committee finds no 党课 held: 92 and
        // 不达标, signed off.
        under_review(
            branch_file("第1党支部", 2020, &[]),
            &[("dk", no_dk())],
            Some(Step::SignOff),
        ),
        // 84, and 不达标 for the 党课 not held: a plain self-assessment.
        branch_file("第2党支部", 2020, &[("dk", 1), ("mzpy", 1)]),
        // 100, under review, every answer accepted so far.
        under_review(branch_file("第3党支部", 2020, &[]), &[], None),
        // 99, sent and not yet taken up.
        sent,
        // 100, returned with a comment and no other answer.
        returned,
    ]
}

#[test]
fn a_reviewed_file_counts_with_its_reviewed_score_and_shows_both_and_its_stage() {
    let state = browser(&reviewed_files());
    let mut p = pick(2020);
    let v = view_of(&state, &p);
    assert_eq!(
        roster_table(Lang::Zh, &v)[1..],
        [
            [
                "第5党支部",
                "100.0",
                "100.0",
                "已退回",
                "达标",
                "是",
                "",
                "11 / 11",
                "0"
            ],
            [
                "第4党支部",
                "99.0",
                "—",
                "已提交",
                "达标",
                "是",
                "",
                "11 / 11",
                "0"
            ],
            [
                "第3党支部",
                "100.0",
                "100.0",
                "审核中",
                "达标",
                "是",
                "",
                "11 / 11",
                "0"
            ],
            [
                "第2党支部",
                "84.0",
                "—",
                "自评中",
                "不达标",
                "否",
                "必须开展而未开展：党课每年至少1次",
                "11 / 11",
                "0"
            ],
            [
                "第1党支部",
                "100.0",
                "92.0",
                "已审定",
                "不达标",
                "否",
                "必须开展而未开展：党课每年至少1次",
                "11 / 11",
                "0"
            ],
        ]
    );
    // The pass rate goes by the reviewed score: 3 of 5, where the branches'
    // own scores would pass 4.
    let rate = v.rate.as_ref().expect("rate");
    assert_eq!(
        (rate.passed, rate.units, rate.percent.as_str()),
        (3, 5, "60.0%")
    );
    // Sorted by the total that counts: 第1党支部's 92 below the 99.
    p.sort = SortBy::Total;
    let by_total: Vec<String> = view_of(&state, &p)
        .rows
        .iter()
        .map(|u| u.unit.clone())
        .collect();
    assert_eq!(by_total[3..], ["第1党支部", "第2党支部"]);

    // Beside its previous year: the status of each, and the reviewed total.
    p.compare = Some("第1党支部".into());
    let v = view_of(&state, &p);
    let table = year_table(Lang::Zh, v.year_on_year.as_ref().expect("compared"));
    assert_eq!(table[1], ["状态", "自评中", "已审定", ""]);
    assert_eq!(
        table.last().expect("total"),
        &["总分", "100.0", "92.0", "-8.0"]
    );

    // The workbook's roster is the same table, its figures as numbers.
    let book = crate::view::tables::rollup_book(Lang::Zh, &v);
    assert_eq!(book.sheets[0].header[1..4], ["自评分", "考核分", "状态"]);
    assert_eq!(book.sheets[0].numeric, [1, 2, 8]);
}

/// A line of the start screen's list: unit, year, total, reviewed total,
/// stage and grade.
type ListLine<'a> = (
    &'a str,
    i32,
    &'a str,
    Option<&'a str>,
    Option<Stage>,
    &'a str,
);

#[test]
fn the_start_screen_shows_each_files_stage_and_reviewed_total() {
    let state = browser(&reviewed_files());
    let catalogue = Rc::new(state.store.catalogue());
    let saved = Scores::default().saved(&state.store.entries, &catalogue);
    let rows: Vec<ListLine<'_>> = saved
        .list
        .iter()
        .map(|r| {
            let a = &r.entry.assessment;
            (
                a.unit.as_str(),
                a.year,
                r.total.as_str(),
                r.reviewed.as_deref(),
                r.stage,
                r.grade.as_str(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            (
                "第5党支部",
                2020,
                "100.0 / 100",
                Some("100.0 / 100"),
                Some(Stage::Returned),
                "达标"
            ),
            (
                "第4党支部",
                2020,
                "99.0 / 100",
                None,
                Some(Stage::Submitted),
                "达标"
            ),
            (
                "第3党支部",
                2020,
                "100.0 / 100",
                Some("100.0 / 100"),
                Some(Stage::InReview),
                "达标"
            ),
            ("第2党支部", 2020, "84.0 / 100", None, None, "不达标"),
            (
                "第1党支部",
                2020,
                "100.0 / 100",
                Some("92.0 / 100"),
                Some(Stage::Approved),
                "不达标"
            ),
            ("第1党支部", 2019, "100.0 / 100", None, None, "达标"),
        ]
    );
    // The roll-up it offers counts as the roll-up does.
    let c = saved
        .rollups
        .iter()
        .find(|c| c.year == 2020)
        .expect("the 2020 roll-up");
    assert_eq!((c.units, c.passed), (5, 3));

    // And so does the committee's linked item.
    let mut files = reviewed_files();
    let committee = rubric("yueqing-2020-25");
    files.push(Assessment::new(&committee, "机关党委", 2020));
    let state = browser(&files);
    let catalogue = Rc::new(state.store.catalogue());
    let committee = Rc::new(committee);
    let links = Scores::default().links(&state.store.entries, &catalogue, &committee, 2020);
    assert_eq!(
        links
            .iter()
            .map(|l| (l.numerator, l.denominator))
            .collect::<Vec<_>>(),
        [(3, 5)]
    );
}
