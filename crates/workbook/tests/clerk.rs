//! A clerk's own workbook: Chinese headers in the clerk's order, merged 板块
//! cells, number, date and TRUE/FALSE cells, full-width punctuation, notes,
//! an empty row and a sheet of the clerk's own. It holds the guide's
//! example rubric (`crates/engine/tests/data/example-rubric.json`, every
//! kind once) and must import as exactly that rubric and score the same.

#![allow(clippy::unwrap_used)]

mod common;

use common::{row, t, Book, Sheet, C};
use ziping_engine::{Answers, Rubric};
use ziping_workbook::{from_workbook, IssueKind};

const EXAMPLE: &str = include_str!("../../engine/tests/data/example-rubric.json");

const HEADERS: &[&str] = &[
    "板块编号",
    "板块",
    "板块分值",
    "编号",
    "考核内容",
    "计分方式",
    "分值",
    "比较",
    "阈值",
    "分子",
    "分母",
    "单位",
    "得分方式",
    "基准分",
    "每10个百分点",
    "分子计入分母",
    "分母为零时",
    "事项",
    "周期",
    "次数",
    "每次扣分",
    "每次加分",
    "最低分",
    "目标",
    "部分完成比例",
    "等级",
    "否决后果",
    "截止",
    "截止说明",
    "逾期得分比例",
    "依据文件",
    "条款",
    "原文",
    "佐证材料",
    "统计层级",
    "责任部门",
    "适用条件",
    "条件值",
    "条件说明",
    "可否不适用",
    "备注",
];

fn n(x: f64) -> C {
    C::N(x)
}

/// One item row from (header, cell) pairs.
fn item(cells: &[(&str, C)]) -> Vec<C> {
    let mut out = vec![C::E; HEADERS.len()];
    for (h, c) in cells {
        let i = HEADERS.iter().position(|x| x == h).unwrap();
        out[i] = c.clone();
    }
    out
}

fn clerks_workbook() -> Book {
    let info = Sheet::new(
        "细则信息",
        vec![
            row(&["项目", "内容"]),
            row(&["细则编号", "example-committee-2020"]),
            row(&["版本", "1.0.0"]),
            row(&["标题", "示例医院党委2020年度党建工作自评表"]),
            row(&[
                "说明",
                "An illustration of every scoring kind; not an official rubric.",
            ]),
            row(&["填报层级", "党委"]),
            row(&["考核周期", "2020年度"]),
            vec![t("年度"), n(2020.0)],
            vec![t("加分上限"), n(5.0)],
            row(&["不适用项", "折算"]),
        ],
    );
    let documents = Sheet::new(
        "依据文件",
        vec![
            row(&["编号", "标题", "发文单位", "发文日期", "类别"]),
            vec![
                t("plan"),
                t("示例医院党委2020年党建工作要点"),
                t("示例医院党委"),
                C::D(2020, 3, 1),
                C::E,
            ],
            vec![
                t("practice"),
                t("党支部工作通行做法"),
                C::E,
                C::D(2020, 1, 1),
                t("通行做法"),
            ],
        ],
    );
    let grades = Sheet::new(
        "等次",
        vec![
            row(&["等次", "最低分"]),
            vec![t("优秀"), n(90.0)],
            vec![t("良好"), n(80.0)],
            vec![t("合格"), n(60.0)],
            vec![t("不合格"), n(0.0)],
        ],
    );
    let facts = Sheet::new(
        "基本情况",
        vec![
            row(&["编号", "问题", "类型"]),
            row(&["members", "正式党员人数", "数量"]),
            row(&["has-groups", "是否设立党小组", "是否"]),
        ],
    );
    let plan = |clause: &str, quote: &str, evidence: &str| {
        vec![
            ("依据文件", t("plan")),
            ("条款", t(clause)),
            ("原文", t(quote)),
            ("佐证材料", t(evidence)),
        ]
    };
    let with = |mut a: Vec<(&'static str, C)>, b: Vec<(&'static str, C)>| {
        a.extend(b);
        a
    };
    let mut rows = vec![row(HEADERS)];
    // Section one, rows 2 to 8: the 板块 cells are merged.
    rows.push(item(&with(
        vec![
            ("板块编号", t("organisation")),
            ("板块", t("一、基层组织建设")),
            ("板块分值", n(60.0)),
            ("编号", t("branch-standard-rate")),
            ("考核内容", t("党支部标准化建设达标率")),
            ("计分方式", t("比率")),
            ("分值", n(15.0)),
            ("比较", t("不低于")),
            ("阈值", n(95.0)),
            ("分子", t("达标党支部数")),
            ("分母", t("党支部总数")),
            ("单位", t("个支部达标")),
            ("得分方式", t("按比例")),
        ],
        plan(
            "二(一)1",
            "党支部标准化规范化建设达标率达到95%以上。",
            "各党支部标准化建设自评表",
        ),
    )));
    rows.push(item(&with(
        vec![
            ("编号", t("recruit-intellectuals")),
            ("考核内容", t("发展高知识群体党员占比")),
            ("计分方式", t("比率")),
            ("分值", n(5.0)),
            ("比较", t("≥")),
            ("阈值", t("30%")),
            ("分子", t("新发展高知识群体党员数")),
            ("分母", t("新发展党员总数")),
            ("单位", t("名高知识群体党员")),
            ("得分方式", t("按斜率")),
            ("基准分", n(3.0)),
            ("每10个百分点", n(1.0)),
            ("分子计入分母", C::B(true)),
            ("分母为零时", t("不达标")),
            ("统计层级", t("党委")),
        ],
        plan(
            "二(一)3",
            "新发展党员中高知识群体占比不低于30%。",
            "发展党员台账",
        ),
    )));
    rows.push(item(&[
        ("编号", t("committee-meetings")),
        ("考核内容", t("按月召开支委会")),
        ("计分方式", t("频次")),
        ("分值", n(12.0)),
        ("事项", t("支委会")),
        ("周期", t("每月")),
        ("次数", n(1.0)),
        ("每次扣分", n(1.0)),
        ("依据文件", t("practice")),
        ("条款", t("组织生活")),
        ("原文", t("党支部委员会会议一般每月召开1次。")),
        ("佐证材料", t("支委会会议记录")),
        ("统计层级", t("党支部")),
        ("适用条件", t("members")),
        ("条件值", n(7.0)),
        ("条件说明", t("正式党员7人以上的党支部设支部委员会")),
        ("备注", C::F("=1+1".into())),
    ]));
    rows.push(item(&[
        ("编号", t("general-meetings")),
        ("考核内容", t("按季度召开党员大会")),
        ("计分方式", t("频次")),
        ("分值", n(5.0)),
        ("事项", t("党员大会")),
        ("周期", t("每季度")),
        ("次数", t("１")),
        ("每次扣分", n(2.0)),
        ("最低分", n(1.0)),
        // 依据文件 and 条款 come from the merged cells above.
        ("原文", t("党员大会一般每季度召开1次。")),
        ("佐证材料", t("党员大会会议记录")),
        ("统计层级", t("党支部")),
    ]));
    rows.push(item(&with(
        vec![
            ("编号", t("training-classes")),
            ("考核内容", t("举办党务干部培训班")),
            ("计分方式", t("数量")),
            ("分值", n(8.0)),
            ("目标", n(4.0)),
            ("单位", t("期培训班")),
            ("备注", t("党委组织部牵头")),
        ],
        plan(
            "二(二)2",
            "全年举办党务干部培训班不少于4期。",
            "培训通知、签到表",
        ),
    )));
    rows.push(item(&with(
        vec![
            ("编号", t("contact-system")),
            ("考核内容", t("建立党员联系群众制度")),
            ("计分方式", t("完成情况")),
            ("分值", n(10.0)),
            ("部分完成比例", n(0.5)),
        ],
        plan("二(二)4", "建立健全党员联系服务群众制度。", "制度文件"),
    )));
    rows.push(item(&with(
        vec![
            ("编号", t("brand-building")),
            ("考核内容", t("党建品牌创建")),
            ("计分方式", t("等级")),
            ("分值", n(5.0)),
            ("等级", t("好：5；较好：4；一般：2.5；差：0")),
        ],
        plan(
            "二(三)1",
            "每个党支部打造一个特色党建品牌。",
            "品牌创建材料",
        ),
    )));
    // An empty row between the sections is skipped.
    rows.push(Vec::new());
    // Section two, rows 10 to 14, merged.
    rows.push(item(&with(
        vec![
            ("板块编号", t("discipline")),
            ("板块", t("二、党风廉政建设")),
            ("板块分值", n(40.0)),
            ("编号", t("duty-list")),
            ("考核内容", t("制定全面从严治党主体责任清单")),
            ("计分方式", t("时限")),
            ("分值", n(10.0)),
            ("截止", t("09-30")),
            ("截止说明", t("9月底前")),
            ("逾期得分比例", n(0.5)),
            ("责任部门", t("党委办公室")),
        ],
        plan(
            "三(一)1",
            "9月底前制定全面从严治党主体责任清单。",
            "责任清单文件",
        ),
    )));
    rows.push(item(&with(
        vec![
            ("编号", t("eight-rules")),
            ("考核内容", t("落实中央八项规定精神")),
            ("计分方式", t("扣分")),
            ("分值", n(15.0)),
            ("事项", t("违反中央八项规定精神问题")),
            ("每次扣分", n(5.0)),
            ("统计层级", t("单位")),
        ],
        plan(
            "三(二)1",
            "严格落实中央八项规定精神，坚决纠正“四风”。",
            "纪检监察记录",
        ),
    )));
    rows.push(item(&with(
        vec![
            ("编号", t("study-failure-rate")),
            ("考核内容", t("党员学习积分不合格率")),
            ("计分方式", t("比率")),
            ("分值", n(10.0)),
            ("比较", t("≤")),
            ("阈值", n(5.0)),
            ("分子", t("积分不合格党员数")),
            ("分母", t("党员总数")),
            ("单位", t("名积分不合格党员")),
        ],
        plan(
            "三(三)2",
            "党员学习积分不合格率控制在5%以内。",
            "学习积分统计表",
        ),
    )));
    rows.push(item(&with(
        vec![
            ("编号", t("group-activities")),
            ("考核内容", t("党小组开展廉政教育")),
            ("计分方式", t("完成情况")),
            ("分值", n(5.0)),
            ("统计层级", t("党支部")),
            ("适用条件", t("has-groups")),
            ("条件值", t("是")),
            ("可否不适用", t("是")),
        ],
        plan(
            "三(三)3",
            "各党小组每年开展廉政教育活动。",
            "党小组活动记录",
        ),
    )));
    rows.push(item(&with(
        vec![
            ("编号", t("serious-violation")),
            ("考核内容", t("严重违纪违法问题")),
            ("计分方式", t("否决")),
            ("分值", n(0.0)),
            ("事项", t("严重违纪违法问题")),
            ("否决后果", t("最高等次：合格")),
            ("统计层级", t("医院")),
        ],
        plan(
            "五",
            "发生严重违纪违法问题的，年度考核实行一票否决。",
            "纪检监察记录",
        ),
    )));
    // Section three, one row: nothing to merge.
    rows.push(item(&with(
        vec![
            ("板块编号", t("bonus")),
            ("板块", t("三、加分项")),
            ("板块分值", n(0.0)),
            ("编号", t("awards")),
            ("考核内容", t("获上级表彰")),
            ("计分方式", t("加分")),
            ("分值", n(5.0)),
            ("事项", t("获市级以上表彰")),
            ("每次加分", n(1.0)),
        ],
        plan("六", "获市级以上表彰的，每项加1分，最多加5分。", "表彰文件"),
    )));
    let mut items = Sheet::new("评分细则", rows);
    for c in 0..3 {
        items.merges.push((1, c, 7, c));
        items.merges.push((9, c, 13, c));
    }
    // The two meetings cite the same clause: merged over rows 4 and 5.
    for h in ["依据文件", "条款"] {
        let c = u16::try_from(items.col(h)).unwrap();
        items.merges.push((3, c, 4, c));
    }
    let notes = Sheet::new("备用", vec![row(&["本表为党办自用"])]);
    Book {
        sheets: vec![items, info, documents, grades, facts, notes],
    }
}

fn example_answers() -> Answers {
    ziping_engine::json::from_str(
        r#"{
        "facts": { "members": { "count": "12" }, "has-groups": { "flag": false } },
        "items": {
            "branch-standard-rate": { "value": { "ratio": { "numerator": "18", "denominator": "19" } } },
            "recruit-intellectuals": { "value": { "ratio": { "numerator": "2", "denominator": "10" } } },
            "committee-meetings": { "value": { "counts": ["1","1","0","1","1","1","0","1","1","1","1","1"] } },
            "general-meetings": { "value": { "counts": ["1","1","1","1"] } },
            "training-classes": { "value": { "count": "3" } },
            "contact-system": { "value": { "check": "done" } },
            "brand-building": { "value": { "level": "较好" } },
            "duty-list": { "value": { "completion": { "done": "2020-10-10" } } },
            "eight-rules": { "value": { "count": "0" } },
            "study-failure-rate": { "value": { "ratio": { "numerator": "1", "denominator": "40" } } },
            "serious-violation": { "value": { "triggered": false } },
            "awards": { "value": { "count": "2" } }
        }
    }"#,
    )
    .unwrap()
}

#[test]
fn a_clerks_workbook_imports_as_its_json_twin() {
    let imported = from_workbook(&clerks_workbook().bytes()).unwrap_or_else(|e| panic!("{e}"));
    let twin = Rubric::from_json(EXAMPLE).unwrap();
    assert_eq!(imported.rubric, twin);
    // The clerk's own sheet is passed over, and said so.
    assert_eq!(imported.warnings.len(), 1, "{:#?}", imported.warnings);
    assert_eq!(imported.warnings[0].kind, IssueKind::IgnoredSheet);
    assert_eq!(imported.warnings[0].at.sheet.as_deref(), Some("备用"));
}

#[test]
fn a_clerks_workbook_scores_as_its_json_twin() {
    let rubric = from_workbook(&clerks_workbook().bytes()).unwrap().rubric;
    let twin = Rubric::from_json(EXAMPLE).unwrap();
    let answers = example_answers();
    let from_sheet = ziping_engine::score(&rubric, &answers, 2020);
    let from_json = ziping_engine::score(&twin, &answers, 2020);
    assert_eq!(from_sheet, from_json);
    assert_eq!(from_sheet.total.to_string(), "88.23");
    assert_eq!(from_sheet.grade.as_deref(), Some("良好"));
    // And with nothing answered.
    let none = Answers::default();
    assert_eq!(
        ziping_engine::score(&rubric, &none, 2020),
        ziping_engine::score(&twin, &none, 2020)
    );
}

#[test]
fn a_threshold_typed_as_a_percentage_cell_is_read_with_a_warning() {
    let mut book = clerks_workbook();
    // Excel stores "95%" typed into a general cell as 0.95.
    book.sheet("评分细则").set(2, "阈值", C::N(0.95));
    let imported = from_workbook(&book.bytes()).unwrap();
    let warning = imported
        .warnings
        .iter()
        .find(|w| matches!(w.kind, IssueKind::ThresholdBelowOne { .. }))
        .unwrap();
    assert_eq!(warning.at.to_string(), "评分细则 I2 (阈值)");
    assert_eq!(
        warning.kind,
        IssueKind::ThresholdBelowOne {
            found: "0.95".into()
        }
    );
}
