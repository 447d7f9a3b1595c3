//! The catalogue's sentences for the engine's structured gaps, answer
//! errors and file problems. For gaps and answer errors the Chinese
//! expectations are the sentences the engine used to write itself, word for
//! word; for problems in rubric and assessment files the English ones are,
//! where the catalogue keeps the engine's old wording. The catalogue must
//! keep them.

use super::*;
use ziping_engine::{
    AnswerError, AnswerErrorKind as K, AssessmentError, Date, Decimal, Document, DocumentKind,
    Expect, Expected, Found, Gap, IdOf, MissedPeriod, Per, Points, Problem, ProblemKind,
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

// ---------------------------------------------------------------------------
// Problems in rubric and assessment files.

fn dec(s: &str) -> Decimal {
    s.parse().expect("a decimal")
}

fn pts(s: &str) -> Points {
    Points::from_decimal(dec(s)).expect("points")
}

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|&n| n.to_owned()).collect()
}

fn problem(path: &str, kind: ProblemKind) -> Problem {
    Problem::new(path, kind)
}

/// Problems of rubric files, located, with their Chinese and English
/// sentences.
fn problems() -> Vec<(Problem, &'static str, &'static str)> {
    use ProblemKind as P;
    let kinds = names(&[
        "ratio",
        "frequency",
        "count",
        "checklist",
        "levels",
        "deduction",
        "bonus",
        "veto",
        "deadline",
        "coverage",
    ]);
    vec![
        (
            problem(
                "",
                P::NotJson {
                    line: 1,
                    column: 7,
                    eof: true,
                },
            ),
            "不是有效的 JSON：文件在第 1 行第 7 列提前结束（文件不完整）",
            "not valid JSON: the text ends early at line 1 column 7 (the file is incomplete)",
        ),
        (
            problem(
                "",
                P::NotJson {
                    line: 1,
                    column: 1,
                    eof: false,
                },
            ),
            "不是有效的 JSON：第 1 行第 1 列有误",
            "not valid JSON: error at line 1 column 1",
        ),
        (
            problem(
                "sections[0].items[0].scoring.threshold",
                P::NotADecimal {
                    found: "95%%".into(),
                },
            ),
            "sections[0].items[0].scoring.threshold：应为数值，如 \"95\" 或 \"0.5\"，实际为 \"95%%\"",
            "sections[0].items[0].scoring.threshold: expected a decimal like \"95\" or \"0.5\", found \"95%%\"",
        ),
        (
            problem(
                "sections[0].items[0].scoring.gap_unit",
                P::InvalidType {
                    found: Found::Number("5".into()),
                    expected: Expect::Text,
                },
            ),
            "sections[0].items[0].scoring.gap_unit：应为文本（用引号括起），实际为数字 5",
            "sections[0].items[0].scoring.gap_unit: expected a string, found the number 5",
        ),
        (
            problem(
                "sections[0].items[0].scoring.kind",
                P::UnknownVariant {
                    found: "rate".into(),
                    known: kinds,
                },
            ),
            "sections[0].items[0].scoring.kind：\"rate\" 不是可选值，可选：\"ratio\"、\"frequency\"、\"count\"、\"checklist\"、\"levels\"、\"deduction\"、\"bonus\"、\"veto\"、\"deadline\"、\"coverage\"",
            "sections[0].items[0].scoring.kind: unknown value \"rate\", expected one of \"ratio\", \"frequency\", \"count\", \"checklist\", \"levels\", \"deduction\", \"bonus\", \"veto\", \"deadline\", \"coverage\"",
        ),
        (
            problem(
                "sections[0].items[0].points",
                P::PointsTooPrecise {
                    found: dec("1.255"),
                },
            ),
            "sections[0].items[0].points：分值最多两位小数，如 \"2.5\"，实际为 \"1.255\"",
            "sections[0].items[0].points: expected points with at most two decimals, like \"2.5\", found \"1.255\"",
        ),
        (
            problem(
                "sections[0].items[0].points",
                P::NegativePoints { found: dec("-1") },
            ),
            "sections[0].items[0].points：分值不能为负数，实际为 \"-1\"",
            "sections[0].items[0].points: expected points of zero or more, found \"-1\"",
        ),
        (
            problem(
                "sections[1].items[3].scoring",
                P::MissingField {
                    field: "kind".into(),
                },
            ),
            "sections[1].items[3].scoring：缺少字段 \"kind\"",
            "sections[1].items[3].scoring: missing field \"kind\"",
        ),
        (
            problem(
                "grades[0].max",
                P::UnknownField {
                    field: "max".into(),
                    known: names(&["name", "min"]),
                },
            ),
            "grades[0].max：未知字段 \"max\"，可用的字段：\"name\"、\"min\"",
            "grades[0].max: unknown field \"max\", expected one of \"name\", \"min\"",
        ),
        (
            problem(
                "sections[0].items[0].scoring.award.cap",
                P::UnknownField {
                    field: "cap".into(),
                    known: Vec::new(),
                },
            ),
            "sections[0].items[0].scoring.award.cap：未知字段 \"cap\"，此处不应有字段",
            "sections[0].items[0].scoring.award.cap: unknown field \"cap\", there are no fields here",
        ),
        (
            problem(
                "sections[0].items[0].scoring.award",
                P::NeedsFields {
                    variant: "slope".into(),
                    fields: names(&["base", "per_10pp"]),
                },
            ),
            "sections[0].items[0].scoring.award：\"slope\" 需要写成带字段 \"base\"、\"per_10pp\" 的对象",
            "sections[0].items[0].scoring.award: \"slope\" needs an object with the fields \"base\", \"per_10pp\"",
        ),
        (
            problem(
                "id",
                P::IdChars {
                    id: "Example 2020".into(),
                },
            ),
            "id：id \"Example 2020\" 只能包含小写字母 a-z、数字、\"-\"、\"_\" 和 \".\"",
            "id: the id \"Example 2020\" may only contain lowercase letters a-z, digits, \"-\", \"_\" and \".\"",
        ),
        (
            problem(
                "sections[0].items[0].id",
                P::IdChars { id: "率".into() },
            ),
            "sections[0].items[0].id：id \"率\" 只能包含小写字母 a-z、数字、\"-\"、\"_\" 和 \".\"",
            "sections[0].items[0].id: the id \"率\" may only contain lowercase letters a-z, digits, \"-\", \"_\" and \".\"",
        ),
        (
            problem("facts[0].id", P::EmptyId),
            "facts[0].id：id 为空",
            "facts[0].id: the id is empty",
        ),
        (
            problem(
                "documents[1].id",
                P::Duplicate {
                    of: IdOf::Document,
                    id: "plan".into(),
                    first: "documents[0].id".into(),
                },
            ),
            "documents[1].id：依据文件 id \"plan\" 已在 documents[0].id 处使用过",
            "documents[1].id: document id \"plan\" is already used at documents[0].id",
        ),
        (
            problem(
                "sections[1].id",
                P::Duplicate {
                    of: IdOf::Section,
                    id: "organisation".into(),
                    first: "sections[0].id".into(),
                },
            ),
            "sections[1].id：部分 id \"organisation\" 已在 sections[0].id 处使用过",
            "sections[1].id: section id \"organisation\" is already used at sections[0].id",
        ),
        (
            problem(
                "sections[1].items[0].id",
                P::Duplicate {
                    of: IdOf::Item,
                    id: "training-classes".into(),
                    first: "sections[0].items[4].id".into(),
                },
            ),
            "sections[1].items[0].id：评分项 id \"training-classes\" 已在 sections[0].items[4].id 处使用过",
            "sections[1].items[0].id: item id \"training-classes\" is already used at sections[0].items[4].id",
        ),
        (
            problem(
                "grades[1].name",
                P::Duplicate {
                    of: IdOf::Grade,
                    id: "优秀".into(),
                    first: "grades[0].name".into(),
                },
            ),
            "grades[1].name：等次名称 \"优秀\" 已在 grades[0].name 处使用过",
            "grades[1].name: grade name \"优秀\" is already used at grades[0].name",
        ),
        (
            problem(
                "sections[0].items[6].scoring.levels[1].name",
                P::Duplicate {
                    of: IdOf::Level,
                    id: "好".into(),
                    first: "sections[0].items[6].scoring.levels[0].name".into(),
                },
            ),
            "sections[0].items[6].scoring.levels[1].name：档次名称 \"好\" 已在 sections[0].items[6].scoring.levels[0].name 处使用过",
            "sections[0].items[6].scoring.levels[1].name: level name \"好\" is already used at sections[0].items[6].scoring.levels[0].name",
        ),
        (
            problem(
                "sections[0].items[2].source.document",
                P::UnknownDocument {
                    id: "practice".into(),
                },
            ),
            "sections[0].items[2].source.document：\"documents\" 中没有文件 \"practice\"",
            "sections[0].items[2].source.document: there is no document \"practice\" in \"documents\"",
        ),
        (
            problem(
                "sections[0].items[2].applies_if.fact",
                P::UnknownFact {
                    id: "members".into(),
                },
            ),
            "sections[0].items[2].applies_if.fact：\"facts\" 中没有 \"members\"",
            "sections[0].items[2].applies_if.fact: there is no fact \"members\" in \"facts\"",
        ),
        (
            problem(
                "sections[0].points",
                P::SectionSum {
                    section: pts("61"),
                    items: pts("60"),
                },
            ),
            "sections[0].points：此部分分值为 61，但其评分项合计 60（加分项和否决项不计）",
            "sections[0].points: the section is worth 61 but its items add up to 60 (bonus and veto items not counted)",
        ),
        (
            problem("sections[2].items", P::NoItems),
            "sections[2].items：此部分没有评分项",
            "sections[2].items: the section has no items",
        ),
        (
            problem("sections", P::NoSections),
            "sections：考核细则没有任何部分",
            "sections: the rubric has no sections",
        ),
        (
            problem("grades", P::NoGrades),
            "grades：没有等次；至少给出一个，从 0 分起",
            "grades: there are no grade bands; give at least one, starting at 0",
        ),
        (
            problem(
                "sections[1].items[4].scoring.effect.grade",
                P::UnknownGrade {
                    grade: "合格".into(),
                    grades: Vec::new(),
                },
            ),
            "sections[1].items[4].scoring.effect.grade：没有等次 \"合格\"；考核细则尚未设置任何等次",
            "sections[1].items[4].scoring.effect.grade: there is no grade \"合格\"; the rubric has no grades yet",
        ),
        (
            problem(
                "sections[1].items[4].scoring.effect.grade",
                P::UnknownGrade {
                    grade: "及格".into(),
                    grades: names(&["优秀", "良好", "合格", "不合格"]),
                },
            ),
            "sections[1].items[4].scoring.effect.grade：没有等次 \"及格\"；等次有：\"优秀\"、\"良好\"、\"合格\"、\"不合格\"",
            "sections[1].items[4].scoring.effect.grade: there is no grade \"及格\"; the grades are: \"优秀\", \"良好\", \"合格\", \"不合格\"",
        ),
        (
            problem(
                "grades[1].min",
                P::GradeOrder {
                    min: pts("90"),
                    previous: pts("90"),
                },
            ),
            "grades[1].min：等次应从高到低排列，每个 \"min\" 低于前一个：90 不低于 90",
            "grades[1].min: grade bands must go from the highest to the lowest, each \"min\" below the one before: 90 is not below 90",
        ),
        (
            problem("grades[3].min", P::LowestGradeNotZero { min: pts("10") }),
            "grades[3].min：最低等次应从 0 分起（现为 10 分），使每个总分都有对应等次",
            "grades[3].min: the lowest grade band must start at 0 so that every total has a grade, not at 10",
        ),
        (
            problem(
                "grades[0].min",
                P::GradeAboveMax {
                    min: pts("100.5"),
                    max: pts("100"),
                },
            ),
            "grades[0].min：100.5 高于考核细则的满分 100",
            "grades[0].min: 100.5 is more than the rubric's maximum of 100",
        ),
        (
            problem("sections[0].items[1].source.clause", P::Empty),
            "sections[0].items[1].source.clause：不能为空",
            "sections[0].items[1].source.clause: must not be empty",
        ),
        (
            problem(
                "sections[0].items[2].applies_if",
                P::ConditionNeedsAtLeast {
                    fact: "members".into(),
                },
            ),
            "sections[0].items[2].applies_if：\"members\" 是数量：条件需要 \"at_least\"（且不要 \"is\"）",
            "sections[0].items[2].applies_if: fact \"members\" is a count: the condition needs \"at_least\" (and no \"is\")",
        ),
        (
            problem(
                "sections[1].items[3].applies_if",
                P::ConditionNeedsIs {
                    fact: "has-groups".into(),
                },
            ),
            "sections[1].items[3].applies_if：\"has-groups\" 是“是/否”：条件需要 \"is\"（且不要 \"at_least\"）",
            "sections[1].items[3].applies_if: fact \"has-groups\" is a yes/no flag: the condition needs \"is\" (and no \"at_least\")",
        ),
        (
            problem(
                "sections[0].items[0].scoring.threshold",
                P::ThresholdRange { found: dec("120") },
            ),
            "sections[0].items[0].scoring.threshold：达标线应为 0 至 100 之间的百分数，实际为 120",
            "sections[0].items[0].scoring.threshold: a threshold is a percentage between 0 and 100, found 120",
        ),
        (
            problem("sections[0].items[0].scoring.threshold", P::Unmeetable),
            "sections[0].items[0].scoring.threshold：任何比率都无法满足此比较；请用 \">=\" 或 \"<=\"",
            "sections[0].items[0].scoring.threshold: no rate can meet this comparison; use \">=\" or \"<=\"",
        ),
        (
            problem("sections[0].items[2].scoring.required", P::BelowOne),
            "sections[0].items[2].scoring.required：应至少为 1",
            "sections[0].items[2].scoring.required: must be at least 1",
        ),
        (
            problem(
                "sections[0].items[3].scoring.floor",
                P::AboveItemPoints {
                    found: pts("6"),
                    points: pts("5"),
                },
            ),
            "sections[0].items[3].scoring.floor：6 高于此项分值（5）",
            "sections[0].items[3].scoring.floor: 6 is more than the item's points (5)",
        ),
        (
            problem(
                "sections[0].items[5].scoring.partly",
                P::NotAShare { found: dec("1.5") },
            ),
            "sections[0].items[5].scoring.partly：应为 0 至 1 之间的比例（0.5 为一半），实际为 1.5",
            "sections[0].items[5].scoring.partly: a share of the points between 0 and 1 (0.5 = half), found 1.5",
        ),
        (
            problem(
                "sections[1].items[0].scoring.late_credit",
                P::NotAShare { found: dec("-0.5") },
            ),
            "sections[1].items[0].scoring.late_credit：应为 0 至 1 之间的比例（0.5 为一半），实际为 -0.5",
            "sections[1].items[0].scoring.late_credit: a share of the points between 0 and 1 (0.5 = half), found -0.5",
        ),
        (
            problem("sections[0].items[6].scoring.levels", P::NoLevels),
            "sections[0].items[6].scoring.levels：没有档次",
            "sections[0].items[6].scoring.levels: there are no levels",
        ),
        (
            problem(
                "sections[0].items[6].scoring.levels[0].points",
                P::BestLevelPoints {
                    found: pts("4"),
                    points: pts("5"),
                },
            ),
            "sections[0].items[6].scoring.levels[0].points：第一个（最好的）档次应等于此项分值（5），实际为 4",
            "sections[0].items[6].scoring.levels[0].points: the first (best) level must be worth the item's points (5), found 4",
        ),
        (
            problem(
                "sections[1].items[0].scoring.due",
                P::NoSuchDay {
                    found: "02-30".into(),
                },
            ),
            "sections[1].items[0].scoring.due：没有 \"02-30\" 这一天",
            "sections[1].items[0].scoring.due: there is no such day as \"02-30\"",
        ),
        (
            problem(
                "sections[1].items[0].scoring.due",
                P::BadDate {
                    found: "9月底".into(),
                    month_day: true,
                },
            ),
            "sections[1].items[0].scoring.due：应为 \"MM-DD\"（如 \"09-30\"）或 \"YYYY-MM-DD\" 格式的日期，实际为 \"9月底\"",
            "sections[1].items[0].scoring.due: expected a date as \"MM-DD\" (e.g. \"09-30\") or \"YYYY-MM-DD\", found \"9月底\"",
        ),
        (
            problem(
                "documents[0].date",
                P::BadDate {
                    found: "2020-3-1".into(),
                    month_day: false,
                },
            ),
            "documents[0].date：应为 \"YYYY-MM-DD\" 格式的日期，实际为 \"2020-3-1\"",
            "documents[0].date: expected a date as \"YYYY-MM-DD\", found \"2020-3-1\"",
        ),
        (
            problem(
                "documents[0].date",
                P::BadDate {
                    found: String::new(),
                    month_day: false,
                },
            ),
            "documents[0].date：应为 \"YYYY-MM-DD\" 格式的日期，实际为 \"\"",
            "documents[0].date: expected a date as \"YYYY-MM-DD\", found \"\"",
        ),
        (
            problem(
                "sections[1].items[4].points",
                P::VetoPoints { found: pts("5") },
            ),
            "sections[1].items[4].points：否决项分值应为 0，实际为 5",
            "sections[1].items[4].points: a veto item is worth 0 points, found 5",
        ),
    ]
}

fn invalid(path: &str, kind: ProblemKind) -> AssessmentError {
    AssessmentError::Invalid {
        path: path.into(),
        kind,
    }
}

/// Why assessment files are not imported, with the Chinese and English
/// sentences: every variant, and the located problems of assessment files.
fn assessment_errors() -> Vec<(AssessmentError, &'static str, &'static str)> {
    use ProblemKind as P;
    vec![
        (
            AssessmentError::NotJson {
                line: 1,
                column: 11,
                eof: true,
            },
            "不是有效的 JSON：文件在第 1 行第 11 列提前结束（文件不完整）",
            "not valid JSON: the text ends early at line 1 column 11 (the file is incomplete)",
        ),
        (
            AssessmentError::NotJson {
                line: 3,
                column: 5,
                eof: false,
            },
            "不是有效的 JSON：第 3 行第 5 列有误",
            "not valid JSON: error at line 3 column 5",
        ),
        (
            AssessmentError::NotAssessment { found: None },
            "不是自评文件：文件中没有 \"format\": \"dangjian-ziping.assessment\"",
            "not an assessment file: it has no \"format\": \"dangjian-ziping.assessment\"",
        ),
        (
            AssessmentError::NotAssessment {
                found: Some("dangjian-ziping.rubric".into()),
            },
            "不是自评文件：其 \"format\" 为 \"dangjian-ziping.rubric\"，而不是 \"dangjian-ziping.assessment\"",
            "not an assessment file: its \"format\" is \"dangjian-ziping.rubric\", not \"dangjian-ziping.assessment\"",
        ),
        (
            AssessmentError::TooNew {
                found: 2,
                supported: 1,
            },
            "此文件的格式版本为 2，本版本只能读取 1 及以下版本；请用新版本打开",
            "this file has format version 2, but this version of the app reads versions up to 1; open it with a newer version",
        ),
        (
            AssessmentError::RubricMismatch {
                file_id: "example-committee-2020".into(),
                file_version: "1.0.0".into(),
                rubric_id: "example-committee-2020".into(),
                rubric_version: "1.1.0".into(),
            },
            "此文件按考核细则“example-committee-2020”第 1.0.0 版填写，而不是“example-committee-2020”第 1.1.0 版",
            "the file was made with rubric \"example-committee-2020\" version 1.0.0, not with rubric \"example-committee-2020\" version 1.1.0",
        ),
        // A field missing from the file as a whole: no path.
        (
            invalid(
                "",
                P::MissingField {
                    field: "unit".into(),
                },
            ),
            "缺少字段 \"unit\"",
            "missing field \"unit\"",
        ),
        (
            invalid(
                "rubric",
                P::MissingField {
                    field: "version".into(),
                },
            ),
            "rubric：缺少字段 \"version\"",
            "rubric: missing field \"version\"",
        ),
        (
            invalid(
                "format_version",
                P::InvalidType {
                    found: Found::Text("1".into()),
                    expected: Expect::Integer {
                        min: 0,
                        max: u64::from(u32::MAX),
                    },
                },
            ),
            "format_version：应为不小于 0 的整数，实际为文本 \"1\"",
            "format_version: expected a whole number of at least 0, found the text \"1\"",
        ),
        // A backup's format version, which can only be 1.
        (
            invalid(
                "format_version",
                P::InvalidType {
                    found: Found::Text("x".into()),
                    expected: Expect::Integer { min: 1, max: 1 },
                },
            ),
            "format_version：应为 1，实际为文本 \"x\"",
            "format_version: expected 1, found the text \"x\"",
        ),
        (
            invalid("format_version", P::FormatVersionZero),
            "format_version：格式版本从 1 开始，实际为 0",
            "format_version: format versions start at 1, found 0",
        ),
        (
            invalid(
                "year",
                P::YearOutOfRange {
                    found: 20,
                    min: 1000,
                    max: 9999,
                },
            ),
            "year：年度应在 1000 至 9999 之间，实际为 20",
            "year: expected a year from 1000 to 9999, found 20",
        ),
        (
            invalid(
                "date",
                P::NoSuchDay {
                    found: "2021-02-29".into(),
                },
            ),
            "date：没有 \"2021-02-29\" 这一天",
            "date: there is no such day as \"2021-02-29\"",
        ),
        (
            invalid(
                "rectification[0].status",
                P::UnknownVariant {
                    found: "closed".into(),
                    known: names(&["open", "in_progress", "done"]),
                },
            ),
            "rectification[0].status：\"closed\" 不是可选值，可选：\"open\"、\"in_progress\"、\"done\"",
            "rectification[0].status: unknown value \"closed\", expected one of \"open\", \"in_progress\", \"done\"",
        ),
        (
            invalid(
                "answers.items.duty-list.valeu",
                P::UnknownField {
                    field: "valeu".into(),
                    known: names(&["na", "note", "value"]),
                },
            ),
            "answers.items.duty-list.valeu：未知字段 \"valeu\"，可用的字段：\"na\"、\"note\"、\"value\"",
            "answers.items.duty-list.valeu: unknown field \"valeu\", expected one of \"na\", \"note\", \"value\"",
        ),
        (
            invalid(
                "result.total",
                P::NotADecimal {
                    found: "9x".into(),
                },
            ),
            "result.total：应为数值，如 \"95\" 或 \"0.5\"，实际为 \"9x\"",
            "result.total: expected a decimal like \"95\" or \"0.5\", found \"9x\"",
        ),
        (
            invalid(
                "rectification",
                P::TooManyRows {
                    found: 10_000,
                    max: 1000,
                },
            ),
            "rectification：问题清单最多 1000 行，实际有 10000 行",
            "rectification: at most 1000 rows, found 10000",
        ),
    ]
}

#[test]
fn problems_in_chinese() {
    let wrong = mismatches(problems().into_iter().map(|(p, zh, _)| (p, zh)), |p| {
        problem_text(Lang::Zh, p)
    });
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn problems_in_english() {
    let wrong = mismatches(problems().into_iter().map(|(p, _, en)| (p, en)), |p| {
        problem_text(Lang::En, p)
    });
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn assessment_errors_in_chinese() {
    let wrong = mismatches(
        assessment_errors().into_iter().map(|(e, zh, _)| (e, zh)),
        |e| assessment_error_text(Lang::Zh, e),
    );
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn assessment_errors_in_english() {
    let wrong = mismatches(
        assessment_errors().into_iter().map(|(e, _, en)| (e, en)),
        |e| assessment_error_text(Lang::En, e),
    );
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_field_of_an_assessment_file_is_worded_as_a_problem() {
    // The same path and kind read the same in a rubric and in an
    // assessment file; without a path, only what is wrong is said.
    for (p, _, _) in problems() {
        for lang in [Lang::Zh, Lang::En] {
            let e = invalid(&p.path, p.kind.clone());
            assert_eq!(assessment_error_text(lang, &e), problem_text(lang, &p));
            let bare = Problem::new("", p.kind.clone());
            assert_eq!(problem_text(lang, &bare), problem_kind_text(lang, &p.kind));
        }
    }
}

// ---------------------------------------------------------------------------
// Every structured message, in both languages.

/// Asserts that `samples` hold every variant of a type: `ordinal` numbers
/// its variants 0, 1, … in a `match` without a wildcard arm, so that a new
/// variant does not compile until it is numbered, and `count` is how many
/// there are.
fn assert_every_variant<T: std::fmt::Debug>(
    what: &str,
    samples: &[T],
    count: usize,
    ordinal: fn(&T) -> usize,
) {
    let seen: std::collections::BTreeSet<usize> = samples.iter().map(ordinal).collect();
    let all: std::collections::BTreeSet<usize> = (0..count).collect();
    assert_eq!(seen, all, "{what}: a sample of each variant: {samples:?}");
}

fn found_ordinal(f: &Found) -> usize {
    match f {
        Found::Null => 0,
        Found::Bool(_) => 1,
        Found::Number(_) => 2,
        Found::Text(_) => 3,
        Found::List => 4,
        Found::Object => 5,
    }
}

fn all_found() -> Vec<Found> {
    let all = vec![
        Found::Null,
        Found::Bool(true),
        Found::Number("2.5".into()),
        Found::Text("abc".into()),
        Found::List,
        Found::Object,
    ];
    assert_every_variant("Found", &all, 6, found_ordinal);
    all
}

fn expect_ordinal(e: &Expect) -> usize {
    match e {
        Expect::Text => 0,
        Expect::Bool => 1,
        Expect::Integer { .. } => 2,
        Expect::Decimal => 3,
        Expect::List => 4,
        Expect::Object => 5,
        Expect::Tagged { .. } => 6,
        Expect::NameOrObject => 7,
    }
}

fn all_expect() -> Vec<Expect> {
    let all = vec![
        Expect::Text,
        Expect::Bool,
        Expect::Integer {
            min: 0,
            max: u64::from(u32::MAX),
        },
        // A single allowed value.
        Expect::Integer { min: 1, max: 1 },
        Expect::Decimal,
        Expect::List,
        Expect::Object,
        Expect::Tagged { tag: "kind" },
        Expect::NameOrObject,
    ];
    assert_every_variant("Expect", &all, 8, expect_ordinal);
    all
}

fn id_of_ordinal(of: &IdOf) -> usize {
    match of {
        IdOf::Document => 0,
        IdOf::Fact => 1,
        IdOf::Section => 2,
        IdOf::Item => 3,
        IdOf::Grade => 4,
        IdOf::Level => 5,
    }
}

fn all_id_of() -> Vec<IdOf> {
    let all = vec![
        IdOf::Document,
        IdOf::Fact,
        IdOf::Section,
        IdOf::Item,
        IdOf::Grade,
        IdOf::Level,
    ];
    assert_every_variant("IdOf", &all, 6, id_of_ordinal);
    all
}

fn problem_kind_ordinal(k: &ProblemKind) -> usize {
    use ProblemKind as P;
    match k {
        P::NotJson { .. } => 0,
        P::InvalidType { .. } => 1,
        P::OutOfRange { .. } => 2,
        P::UnknownField { .. } => 3,
        P::MissingField { .. } => 4,
        P::UnknownVariant { .. } => 5,
        P::NotSingleKey => 6,
        P::VariantShape { .. } => 7,
        P::NeedsFields { .. } => 8,
        P::NotADecimal { .. } => 9,
        P::NegativePoints { .. } => 10,
        P::PointsTooPrecise { .. } => 11,
        P::BadDate { .. } => 12,
        P::NoSuchDay { .. } => 13,
        P::FormatVersionZero => 14,
        P::YearOutOfRange { .. } => 15,
        P::TooManyRows { .. } => 16,
        P::EmptyId => 17,
        P::IdChars { .. } => 18,
        P::Duplicate { .. } => 19,
        P::Empty => 20,
        P::NoSections => 21,
        P::NoGrades => 22,
        P::NoItems => 23,
        P::NoLevels => 24,
        P::GradeOrder { .. } => 25,
        P::GradeAboveMax { .. } => 26,
        P::LowestGradeNotZero { .. } => 27,
        P::SectionSum { .. } => 28,
        P::UnknownDocument { .. } => 29,
        P::UnknownFact { .. } => 30,
        P::ConditionNeedsAtLeast { .. } => 31,
        P::ConditionNeedsIs { .. } => 32,
        P::AboveItemPoints { .. } => 33,
        P::BestLevelPoints { .. } => 34,
        P::VetoPoints { .. } => 35,
        P::ThresholdRange { .. } => 36,
        P::Unmeetable => 37,
        P::BelowOne => 38,
        P::NotAShare { .. } => 39,
        P::UnknownGrade { .. } => 40,
        P::TooDeep { .. } => 41,
        P::OneOf { .. } => 42,
        P::MissedNotScored => 43,
    }
}

/// A sample of every problem kind (ASCII data only), with every value a
/// JSON value is named by, every type a field may expect and every kind of
/// id.
fn all_problem_kinds() -> Vec<ProblemKind> {
    use ProblemKind as P;
    let mut all = vec![
        P::NotJson {
            line: 2,
            column: 5,
            eof: false,
        },
        P::NotJson {
            line: 9,
            column: 1,
            eof: true,
        },
        P::OutOfRange {
            found: "-1".into(),
            expected: Expect::Integer {
                min: 0,
                max: u64::from(u32::MAX),
            },
        },
        P::UnknownField {
            field: "levle".into(),
            known: names(&["level", "title"]),
        },
        P::UnknownField {
            field: "cap".into(),
            known: Vec::new(),
        },
        P::MissingField {
            field: "kind".into(),
        },
        P::UnknownVariant {
            found: "rate".into(),
            known: names(&["ratio", "count"]),
        },
        P::NotSingleKey,
        P::TooDeep { limit: 128 },
        P::VariantShape { needs_data: true },
        P::VariantShape { needs_data: false },
        P::NeedsFields {
            variant: "slope".into(),
            fields: names(&["base", "per_10pp"]),
        },
        P::OneOf {
            fields: names(&["grade", "min"]),
        },
        P::NotADecimal {
            found: "95%".into(),
        },
        P::NegativePoints { found: dec("-1") },
        P::PointsTooPrecise {
            found: dec("1.255"),
        },
        P::BadDate {
            found: "9-30".into(),
            month_day: true,
        },
        P::BadDate {
            found: "2020-3-1".into(),
            month_day: false,
        },
        P::NoSuchDay {
            found: "2021-02-29".into(),
        },
        P::FormatVersionZero,
        P::YearOutOfRange {
            found: 20,
            min: 1000,
            max: 9999,
        },
        P::TooManyRows {
            found: 10_000,
            max: 1000,
        },
        P::EmptyId,
        P::IdChars {
            id: "Example 2020".into(),
        },
        P::Empty,
        P::NoSections,
        P::NoGrades,
        P::NoItems,
        P::NoLevels,
        P::GradeOrder {
            min: pts("90"),
            previous: pts("90"),
        },
        P::GradeAboveMax {
            min: pts("100.5"),
            max: pts("100"),
        },
        P::LowestGradeNotZero { min: pts("10") },
        P::SectionSum {
            section: pts("61"),
            items: pts("60"),
        },
        P::UnknownDocument {
            id: "plan-2019".into(),
        },
        P::UnknownFact {
            id: "members".into(),
        },
        P::ConditionNeedsAtLeast {
            fact: "members".into(),
        },
        P::ConditionNeedsIs {
            fact: "groups".into(),
        },
        P::AboveItemPoints {
            found: pts("6"),
            points: pts("5"),
        },
        P::BestLevelPoints {
            found: pts("4"),
            points: pts("5"),
        },
        P::VetoPoints { found: pts("5") },
        P::MissedNotScored,
        P::ThresholdRange { found: dec("120") },
        P::Unmeetable,
        P::BelowOne,
        P::NotAShare { found: dec("1.5") },
        P::UnknownGrade {
            grade: "pass".into(),
            grades: names(&["good", "fail"]),
        },
        P::UnknownGrade {
            grade: "pass".into(),
            grades: Vec::new(),
        },
    ];
    // Every value found with one expected type, and every expected type
    // with one value found.
    all.extend(all_found().into_iter().map(|found| P::InvalidType {
        found,
        expected: Expect::Text,
    }));
    all.extend(all_expect().into_iter().map(|expected| P::InvalidType {
        found: Found::Object,
        expected,
    }));
    all.extend(all_id_of().into_iter().map(|of| P::Duplicate {
        of,
        id: "plan".into(),
        first: "documents[0].id".into(),
    }));
    assert_every_variant("ProblemKind", &all, 44, problem_kind_ordinal);
    all
}

fn assessment_error_ordinal(e: &AssessmentError) -> usize {
    match e {
        AssessmentError::NotJson { .. } => 0,
        AssessmentError::NotAssessment { .. } => 1,
        AssessmentError::TooNew { .. } => 2,
        AssessmentError::Invalid { .. } => 3,
        AssessmentError::RubricMismatch { .. } => 4,
    }
}

fn all_assessment_errors() -> Vec<AssessmentError> {
    let mut all = vec![
        AssessmentError::NotJson {
            line: 1,
            column: 11,
            eof: true,
        },
        AssessmentError::NotJson {
            line: 3,
            column: 5,
            eof: false,
        },
        AssessmentError::NotAssessment { found: None },
        AssessmentError::NotAssessment {
            found: Some("dangjian-ziping.rubric".into()),
        },
        AssessmentError::TooNew {
            found: 2,
            supported: 1,
        },
        AssessmentError::RubricMismatch {
            file_id: "example-committee-2020".into(),
            file_version: "1.0.0".into(),
            rubric_id: "branch-standard".into(),
            rubric_version: "1.1.0".into(),
        },
    ];
    // Every problem, at a field and for the file as a whole.
    for kind in all_problem_kinds() {
        all.push(invalid("year", kind.clone()));
        all.push(invalid("", kind));
    }
    assert_every_variant("AssessmentError", &all, 5, assessment_error_ordinal);
    all
}

fn gap_ordinal(g: &Gap) -> usize {
    match g {
        Gap::More { .. } => 0,
        Gap::Fewer { .. } => 1,
        Gap::MissedPeriods { .. } => 2,
        Gap::BestLevel { .. } => 3,
        Gap::Overdue { .. } => 4,
        Gap::NotDone { .. } => 5,
        Gap::Occurrences { .. } => 6,
        Gap::Partly => 7,
        Gap::NotDoneChecklist => 8,
        Gap::Vetoed { .. } => 9,
        Gap::Unreachable => 10,
    }
}

fn per_ordinal(per: &Per) -> usize {
    match per {
        Per::Month => 0,
        Per::Quarter => 1,
        Per::HalfYear => 2,
        Per::Year => 3,
    }
}

/// A sample of every gap (ASCII data only), for every sub-period.
fn all_gaps() -> Vec<Gap> {
    let pers = vec![Per::Month, Per::Quarter, Per::HalfYear, Per::Year];
    assert_every_variant("Per", &pers, 4, per_ordinal);
    let mut all = vec![
        more(2, "classes"),
        more(1, "classes"),
        Gap::Fewer {
            k: 2,
            unit: "complaints".into(),
        },
        Gap::BestLevel {
            name: "good".into(),
        },
        overdue(3, "2020-09-30"),
        overdue(1, "2020-09-30"),
        Gap::NotDone {
            due: "2020-09-30".into(),
            due_text: Some("by end of Sep".into()),
        },
        Gap::NotDone {
            due: "2020-06-30".into(),
            due_text: None,
        },
        Gap::Occurrences {
            n: 2,
            event: "breach".into(),
        },
        Gap::Partly,
        Gap::NotDoneChecklist,
        Gap::Vetoed {
            event: "serious breach".into(),
        },
        Gap::Unreachable,
    ];
    for per in pers {
        all.push(missed("meetings", per, 1, &[(1, 1)]));
        // Some held, but fewer than required.
        all.push(missed("meetings", per, 2, &[(1, 1)]));
    }
    assert_every_variant("Gap", &all, 11, gap_ordinal);
    all
}

fn answer_error_ordinal(k: &K) -> usize {
    match k {
        K::NotANumber { .. } => 0,
        K::Negative { .. } => 1,
        K::NotWhole { .. } => 2,
        K::TooLarge { .. } => 3,
        K::NumeratorAboveDenominator { .. } => 4,
        K::BadDate { .. } => 5,
        K::NoSuchDate { .. } => 6,
        K::WrongKind { .. } => 7,
        K::WrongLength { .. } => 8,
        K::UnknownLevel { .. } => 9,
        K::BadRubric { .. } => 10,
    }
}

fn expected_ordinal(e: &Expected) -> usize {
    match e {
        Expected::Ratio => 0,
        Expected::Counts => 1,
        Expected::Count => 2,
        Expected::Occurrences => 3,
        Expected::Check => 4,
        Expected::Level => 5,
        Expected::Triggered => 6,
        Expected::Completion => 7,
        Expected::FactCount => 8,
        Expected::FactFlag => 9,
    }
}

/// A sample of every answer error (ASCII data only), with every kind of
/// answer an item may take.
fn all_answer_errors() -> Vec<AnswerError> {
    let expected = vec![
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
    assert_every_variant("Expected", &expected, 10, expected_ordinal);
    let input = |s: &str| s.to_owned();
    let mut kinds = vec![
        K::NotANumber {
            input: input("abc"),
        },
        K::Negative {
            input: input("-20"),
        },
        K::NotWhole {
            input: input("2.5"),
        },
        K::TooLarge {
            input: input("99999999999999999999"),
        },
        K::NumeratorAboveDenominator {
            numerator: 21,
            denominator: 20,
            numerator_label: "reached".into(),
            denominator_label: "all".into(),
        },
        K::BadDate {
            input: input("yesterday"),
        },
        K::NoSuchDate {
            input: input("2021-02-29"),
        },
        K::WrongLength {
            expected: 12,
            found: 4,
        },
        K::UnknownLevel {
            input: input("best"),
            levels: names(&["good", "fair", "poor"]),
        },
        K::BadRubric {
            due: input("13-01"),
        },
    ];
    kinds.extend(
        expected
            .into_iter()
            .map(|expected| K::WrongKind { expected }),
    );
    assert_every_variant("AnswerErrorKind", &kinds, 11, answer_error_ordinal);
    kinds.into_iter().map(|kind| error("value", kind)).collect()
}

fn decode_error_ordinal(e: &crate::decode::DecodeError) -> usize {
    use crate::decode::DecodeError as D;
    match e {
        D::NotUtf8 { .. } => 0,
        D::NotUtf16 { .. } => 1,
    }
}

/// The notice texts the catalogue composes for refused files and imports
/// (`ImportError`, `Notice`), in one language.
fn import_texts(lang: Lang) -> Vec<(String, String)> {
    use crate::decode::DecodeError as D;
    let decode = vec![D::NotUtf8 { offset: 12 }, D::NotUtf16 { offset: 7 }];
    assert_every_variant("DecodeError", &decode, 2, decode_error_ordinal);
    let mut texts: Vec<(String, String)> = decode
        .into_iter()
        .map(|e| (format!("{e:?}"), not_text_text(lang, e)))
        .collect();
    texts.push((
        "too large".into(),
        too_large_text(lang, 12_300_000, crate::state::FILE_LIMIT),
    ));
    for rubric in [false, true] {
        texts.push((
            format!("in backup, rubric {rubric}"),
            in_backup_text(lang, 3, rubric),
        ));
    }
    for (added, known, rubrics) in [(1, 1, 1), (2, 0, 3)] {
        let (title, lines) = backup_imported_text(lang, added, known, rubrics);
        let at = format!("backup imported {added} {known} {rubrics}");
        texts.push((format!("{at}: title"), title));
        for (i, line) in lines.into_iter().enumerate() {
            texts.push((format!("{at}: line {i}"), line));
        }
    }
    for (imported, failed) in [(1, 0), (3, 0), (1, 1), (2, 3)] {
        texts.push((
            format!("batch {imported} {failed}"),
            batch_import_title(lang, imported, failed),
        ));
    }
    texts
}

/// Every structured message with its Chinese and English text.
fn every_message() -> Vec<(String, String, String)> {
    let mut all = Vec::new();
    let mut add = |what: String, zh: String, en: String| all.push((what, zh, en));
    for g in all_gaps() {
        add(
            format!("{g:?}"),
            gap_text(Lang::Zh, &g),
            gap_text(Lang::En, &g),
        );
    }
    for e in all_answer_errors() {
        add(
            format!("{e:?}"),
            answer_error_text(Lang::Zh, &e),
            answer_error_text(Lang::En, &e),
        );
    }
    for kind in all_problem_kinds() {
        for path in ["sections[0].items[1].points", ""] {
            let p = Problem::new(path, kind.clone());
            add(
                format!("{p:?}"),
                problem_text(Lang::Zh, &p),
                problem_text(Lang::En, &p),
            );
        }
    }
    for e in all_assessment_errors() {
        add(
            format!("{e:?}"),
            assessment_error_text(Lang::Zh, &e),
            assessment_error_text(Lang::En, &e),
        );
    }
    for ((what, zh), (_, en)) in import_texts(Lang::Zh)
        .into_iter()
        .zip(import_texts(Lang::En))
    {
        add(what, zh, en);
    }
    all
}

fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

#[test]
fn every_message_is_worded_in_both_languages() {
    let all = every_message();
    let wrong: Vec<String> = all
        .iter()
        .filter_map(|(what, zh, en)| {
            let fault = if zh.is_empty() || en.is_empty() {
                "a text is empty"
            } else if !zh.chars().any(is_han) {
                "the Chinese text has no Chinese"
            } else if en.chars().any(is_han) {
                "the English text has Chinese"
            } else if zh == en {
                "both texts are the same"
            } else {
                return None;
            };
            Some(format!("{what}: {fault}: {zh:?} / {en:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
