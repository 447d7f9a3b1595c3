//! The catalogue's sentences for the engine's structured gaps and answer
//! errors. The Chinese expectations are the sentences the engine used to
//! write itself, word for word: the catalogue must keep them.

use super::*;
use ziping_engine::{
    AnswerError, AnswerErrorKind as K, Date, Document, DocumentKind, Expected, Gap, MissedPeriod,
    Per,
};

/// A frequency gap; `missed` as (period, missing) pairs.
fn missed(what: &str, per: Per, required: u32, missed: &[(u32, u32)]) -> Gap {
    Gap::MissedPeriods {
        what: what.into(),
        per,
        required,
        missed: missed
            .iter()
            .map(|&(period, missing)| MissedPeriod { period, missing })
            .collect(),
    }
}

fn more(k: u64, unit: &str) -> Gap {
    Gap::More {
        k,
        unit: unit.into(),
    }
}

fn overdue(days: i64, due: &str) -> Gap {
    Gap::Overdue {
        days,
        due: due.into(),
    }
}

fn error(field: &str, kind: K) -> AnswerError {
    AnswerError {
        item: "x".into(),
        field: field.into(),
        kind,
    }
}

fn levels() -> Vec<String> {
    ["好", "较好", "一般", "差"].map(String::from).to_vec()
}

/// Every gap with its Chinese and English sentence.
fn gaps() -> Vec<(Gap, &'static str, &'static str)> {
    vec![
        (
            missed("支委会", Per::Month, 1, &[(3, 1), (7, 1)]),
            "3月、7月支委会未开",
            "支委会 not held: Mar, Jul",
        ),
        (
            missed("党员大会", Per::Quarter, 1, &[(1, 1), (2, 1), (3, 1)]),
            "第1季度、第2季度、第3季度党员大会未开",
            "党员大会 not held: Q1, Q2, Q3",
        ),
        (
            missed("党员大会", Per::Quarter, 1, &[(2, 1)]),
            "第2季度党员大会未开",
            "党员大会 not held: Q2",
        ),
        // Periods with none held come first, then those with some held.
        (
            missed("党员大会", Per::Quarter, 2, &[(1, 1), (3, 2)]),
            "第3季度党员大会未开；第1季度党员大会少开1次",
            "党员大会 not held: Q1 (1 short), Q3",
        ),
        (
            missed("民主评议党员", Per::HalfYear, 1, &[(2, 1)]),
            "下半年民主评议党员未开",
            "民主评议党员 not held: H2",
        ),
        (
            missed("组织生活会", Per::Year, 1, &[(1, 1)]),
            "全年组织生活会未开",
            "组织生活会 not held: year",
        ),
        (
            missed("支委会", Per::Month, 1, &[(2, 1)]),
            "2月支委会未开",
            "支委会 not held: Feb",
        ),
        (
            more(2, "期培训班"),
            "还差 2 期培训班",
            "2 more needed (期培训班)",
        ),
        (
            more(1, "期培训班"),
            "还差 1 期培训班",
            "1 more needed (期培训班)",
        ),
        (
            more(1, "个支部达标"),
            "还差 1 个支部达标",
            "1 more needed (个支部达标)",
        ),
        (
            more(2, "名高知识群体党员"),
            "还差 2 名高知识群体党员",
            "2 more needed (名高知识群体党员)",
        ),
        (
            Gap::Fewer {
                k: 2,
                unit: "个支部达标".into(),
            },
            "还需减少 2 个支部达标",
            "2 fewer needed (个支部达标)",
        ),
        (Gap::Partly, "部分完成", "partly done"),
        (Gap::NotDoneChecklist, "未完成", "not done"),
        (
            Gap::BestLevel { name: "好".into() },
            "未达到“好”档",
            "below the top level “好”",
        ),
        (
            Gap::Occurrences {
                n: 2,
                event: "违反中央八项规定精神问题".into(),
            },
            "违反中央八项规定精神问题 2 次",
            "违反中央八项规定精神问题: 2 times",
        ),
        (
            overdue(3, "2020-09-30"),
            "逾期 3 天完成",
            "completed 3 days late",
        ),
        (
            overdue(10, "2020-09-30"),
            "逾期 10 天完成",
            "completed 10 days late",
        ),
        (
            overdue(1, "2020-09-30"),
            "逾期 1 天完成",
            "completed 1 day late",
        ),
        (
            overdue(1, "2020-02-29"),
            "逾期 1 天完成",
            "completed 1 day late",
        ),
        (
            overdue(1, "2021-02-28"),
            "逾期 1 天完成",
            "completed 1 day late",
        ),
        (
            Gap::NotDone {
                due: "2020-09-30".into(),
                due_text: Some("9月底前".into()),
            },
            "未完成（时限 9月底前）",
            "not completed (due 9月底前)",
        ),
        // Without the rubric's wording, the date in the interface language.
        (
            Gap::NotDone {
                due: "2020-06-30".into(),
                due_text: None,
            },
            "未完成（时限 2020年6月30日）",
            "not completed (due 30 Jun 2020)",
        ),
        (
            Gap::Vetoed {
                event: "严重违纪违法问题".into(),
            },
            "发生严重违纪违法问题，一票否决",
            "严重违纪违法问题: veto applies",
        ),
        (
            Gap::Unreachable,
            "按现有数据无法达到要求",
            "cannot be met by changing the numerator alone",
        ),
    ]
}

/// Every answer error with its Chinese and English sentence.
fn answer_errors() -> Vec<(AnswerError, &'static str, &'static str)> {
    let input = |s: &str| s.to_owned();
    let wrong = |expected| error("value", K::WrongKind { expected });
    vec![
        (
            error(
                "level",
                K::UnknownLevel {
                    input: input("优"),
                    levels: levels(),
                },
            ),
            "“优”不是可选档次（好、较好、一般、差）",
            "“优” is not one of the levels (好, 较好, 一般, 差)",
        ),
        (
            error(
                "numerator",
                K::NumeratorAboveDenominator {
                    numerator: 21,
                    denominator: 20,
                    numerator_label: "达标数".into(),
                    denominator_label: "总数".into(),
                },
            ),
            "达标数（21）不能大于总数（20）",
            "达标数 (21) cannot exceed 总数 (20)",
        ),
        (
            error(
                "numerator",
                K::NotANumber {
                    input: input("abc"),
                },
            ),
            "“abc”不是数字，请填写整数",
            "“abc” is not a number; enter a whole number",
        ),
        (
            error(
                "facts.members",
                K::NotANumber {
                    input: input("七")
                },
            ),
            "“七”不是数字，请填写整数",
            "“七” is not a number; enter a whole number",
        ),
        (
            error(
                "denominator",
                K::Negative {
                    input: input("-20"),
                },
            ),
            "“-20”是负数，请填写 0 或正整数",
            "“-20” is negative; enter 0 or more",
        ),
        (
            error(
                "counts[3]",
                K::NotWhole {
                    input: input("2.5"),
                },
            ),
            "“2.5”不是整数，请填写整数",
            "“2.5” is not a whole number",
        ),
        (
            error(
                "denominator",
                K::TooLarge {
                    input: input("99999999999999999999"),
                },
            ),
            "“99999999999999999999”过大，请核对",
            "“99999999999999999999” is implausibly large; please check it",
        ),
        (
            error(
                "completed",
                K::BadDate {
                    input: input("昨天"),
                },
            ),
            "“昨天”不是日期，请按 2020-09-30 的格式填写",
            "“昨天” is not a date; write it as 2020-09-30",
        ),
        (
            error(
                "completed",
                K::NoSuchDate {
                    input: input("2021-02-29"),
                },
            ),
            "没有“2021-02-29”这一天",
            "there is no such day as “2021-02-29”",
        ),
        (
            error(
                "counts",
                K::WrongLength {
                    expected: 12,
                    found: 4,
                },
            ),
            "应填写 12 个时段的次数，实际填写了 4 个",
            "12 period counts are needed, 4 were given",
        ),
        (
            error(
                "value",
                K::BadRubric {
                    due: input("13-01"),
                },
            ),
            "评分细则中的时限“13-01”无效",
            "the rubric's deadline “13-01” cannot be read",
        ),
        (
            wrong(Expected::Ratio),
            "此项应填写分子和分母",
            "this item takes a numerator and a denominator",
        ),
        (
            wrong(Expected::Counts),
            "此项应填写各时段的次数",
            "this item takes a count for each period",
        ),
        (
            wrong(Expected::Count),
            "此项应填写数量",
            "this item takes a number",
        ),
        (
            wrong(Expected::Occurrences),
            "此项应填写发生次数",
            "this item takes the number of occurrences",
        ),
        (
            wrong(Expected::Check),
            "此项应填写完成情况",
            "this item takes done, partly or not done",
        ),
        (
            wrong(Expected::Level),
            "此项应填写评定档次",
            "this item takes a level",
        ),
        (
            wrong(Expected::Triggered),
            "此项应填写是否发生",
            "this item takes whether it occurred",
        ),
        (
            wrong(Expected::Completion),
            "此项应填写完成日期或“未完成”",
            "this item takes a completion date or “not completed”",
        ),
        (
            error(
                "facts.members",
                K::WrongKind {
                    expected: Expected::FactCount,
                },
            ),
            "此项应填写人数或个数，而不是“是/否”",
            "this item takes a number, not yes/no",
        ),
        // 选择, not 填写: a yes/no fact is chosen.
        (
            error(
                "facts.groups",
                K::WrongKind {
                    expected: Expected::FactFlag,
                },
            ),
            "此项应选择“是/否”",
            "this item takes yes or no",
        ),
    ]
}

/// The mismatches of `render` over `cases`, one line each, so that a
/// failure lists every wrong sentence at once.
fn mismatches<T: std::fmt::Debug>(
    cases: impl IntoIterator<Item = (T, &'static str)>,
    render: impl Fn(&T) -> String,
) -> Vec<String> {
    cases
        .into_iter()
        .filter_map(|(value, want)| {
            let got = render(&value);
            (got != want).then(|| format!("{value:?}: expected {want:?}, got {got:?}"))
        })
        .collect()
}

#[test]
fn gaps_in_chinese() {
    let wrong = mismatches(gaps().into_iter().map(|(g, zh, _)| (g, zh)), |g| {
        gap_text(Lang::Zh, g)
    });
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn gaps_in_english() {
    let wrong = mismatches(gaps().into_iter().map(|(g, _, en)| (g, en)), |g| {
        gap_text(Lang::En, g)
    });
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn answer_errors_in_chinese() {
    let wrong = mismatches(answer_errors().into_iter().map(|(e, zh, _)| (e, zh)), |e| {
        answer_error_text(Lang::Zh, e)
    });
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn answer_errors_in_english() {
    let wrong = mismatches(answer_errors().into_iter().map(|(e, _, en)| (e, en)), |e| {
        answer_error_text(Lang::En, e)
    });
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_expected_answer_is_worded() {
    // One sentence per kind of answer, and no two alike.
    let all = [
        Expected::Ratio,
        Expected::Counts,
        Expected::Count,
        Expected::Occurrences,
        Expected::Check,
        Expected::Level,
        Expected::Triggered,
        Expected::Completion,
        Expected::FactCount,
        Expected::FactFlag,
    ];
    for lang in [Lang::Zh, Lang::En] {
        let texts: std::collections::BTreeSet<String> = all
            .iter()
            .map(|&expected| answer_error_text(lang, &error("value", K::WrongKind { expected })))
            .collect();
        assert_eq!(texts.len(), all.len(), "{lang:?}: {texts:?}");
    }
}

#[test]
fn dates_in_chinese_and_english() {
    let d = |s: &str| Date::parse(s).expect("a date");
    assert_eq!(date_text(Lang::Zh, d("2020-09-30")), "2020年9月30日");
    assert_eq!(date_text(Lang::Zh, d("2020-06-30")), "2020年6月30日");
    assert_eq!(date_text(Lang::En, d("2020-06-30")), "30 Jun 2020");
    // The Chinese form reads back as the same date.
    assert_eq!(
        Date::parse_lenient(&date_text(Lang::Zh, d("2020-09-30"))),
        Ok(d("2020-09-30"))
    );
}

#[test]
fn documents_are_cited_by_number_or_by_title_and_date() {
    let doc = |number: Option<&str>, date: &str, kind| Document {
        id: "plan".into(),
        number: number.map(str::to_owned),
        title: "绍兴市中医院2020年党建工作计划".into(),
        issuer: String::new(),
        date: date.into(),
        kind,
    };
    assert_eq!(
        citation(&doc(
            Some("乐卫党〔2020〕25号"),
            "2020-04-08",
            DocumentKind::Plan
        )),
        "乐卫党〔2020〕25号"
    );
    assert_eq!(
        citation(&doc(None, "2020-04-08", DocumentKind::Plan)),
        "《绍兴市中医院2020年党建工作计划》（2020-04-08）"
    );
    assert_eq!(
        citation(&doc(None, "", DocumentKind::Practice)),
        "《绍兴市中医院2020年党建工作计划》"
    );
}
