//! The words for what is wrong with a file: the engine's located
//! [`Problem`]s (rubric and assessment files) and [`AssessmentError`]s, in
//! Chinese and English. Paths (`sections[1].items[2].points`) and the
//! files' own names and values are shown as written.

use ziping_engine::{AssessmentError, Expect, Found, IdOf, Problem, ProblemKind, FORMAT};

use super::Lang;

/// "`path`：what is wrong" (or only what is wrong, for the whole file).
pub fn problem_text(lang: Lang, p: &Problem) -> String {
    located(lang, &p.path, &problem_kind_text(lang, &p.kind))
}

fn located(lang: Lang, path: &str, what: &str) -> String {
    match (path.is_empty(), lang) {
        (true, _) => what.to_owned(),
        (false, Lang::Zh) => format!("{path}：{what}"),
        (false, Lang::En) => format!("{path}: {what}"),
    }
}

/// Why an assessment (or backup) file was not imported.
pub fn assessment_error_text(lang: Lang, e: &AssessmentError) -> String {
    use AssessmentError as E;
    match (lang, e) {
        (_, E::NotJson { line, column, eof }) => not_json(lang, *line, *column, *eof),
        (Lang::Zh, E::NotAssessment { found: None }) => {
            format!("不是自评文件：文件中没有 \"format\": \"{FORMAT}\"")
        }
        (Lang::En, E::NotAssessment { found: None }) => {
            format!("not an assessment file: it has no \"format\": \"{FORMAT}\"")
        }
        (Lang::Zh, E::NotAssessment { found: Some(f) }) => {
            format!("不是自评文件：其 \"format\" 为 \"{f}\"，而不是 \"{FORMAT}\"")
        }
        (Lang::En, E::NotAssessment { found: Some(f) }) => {
            format!("not an assessment file: its \"format\" is \"{f}\", not \"{FORMAT}\"")
        }
        (Lang::Zh, E::TooNew { found, supported }) => format!(
            "此文件的格式版本为 {found}，本版本只能读取 {supported} 及以下版本；请用新版本打开"
        ),
        (Lang::En, E::TooNew { found, supported }) => format!(
            "this file has format version {found}, but this version of the app reads versions up to {supported}; open it with a newer version"
        ),
        (_, E::Invalid { path, kind }) => located(lang, path, &problem_kind_text(lang, kind)),
        (
            Lang::Zh,
            E::RubricMismatch {
                file_id,
                file_version,
                rubric_id,
                rubric_version,
            },
        ) => format!(
            "此文件按考核细则“{file_id}”第 {file_version} 版填写，而不是“{rubric_id}”第 {rubric_version} 版"
        ),
        (
            Lang::En,
            E::RubricMismatch {
                file_id,
                file_version,
                rubric_id,
                rubric_version,
            },
        ) => format!(
            "the file was made with rubric \"{file_id}\" version {file_version}, not with rubric \"{rubric_id}\" version {rubric_version}"
        ),
    }
}

fn not_json(lang: Lang, line: usize, column: usize, eof: bool) -> String {
    match (lang, eof) {
        (Lang::Zh, false) => format!("不是有效的 JSON：第 {line} 行第 {column} 列有误"),
        (Lang::Zh, true) => {
            format!("不是有效的 JSON：文件在第 {line} 行第 {column} 列提前结束（文件不完整）")
        }
        (Lang::En, false) => format!("not valid JSON: error at line {line} column {column}"),
        (Lang::En, true) => format!(
            "not valid JSON: the text ends early at line {line} column {column} (the file is incomplete)"
        ),
    }
}

/// `text` with a space before it when it starts with a Latin letter or a
/// digit, as Chinese text sets them off: "应为 true 或 false".
fn spaced(text: &str) -> String {
    match text.chars().next() {
        Some(c) if c.is_ascii_alphanumeric() || c == '"' => format!(" {text}"),
        _ => text.to_owned(),
    }
}

/// "`a`、`b`" / "`a`, `b`".
fn names(lang: Lang, list: &[String]) -> String {
    let quoted: Vec<String> = list.iter().map(|n| format!("\"{n}\"")).collect();
    quoted.join(match lang {
        Lang::Zh => "、",
        Lang::En => ", ",
    })
}

fn found_text(lang: Lang, found: &Found) -> String {
    match (lang, found) {
        (_, Found::Null) => "null".to_owned(),
        (_, Found::Bool(b)) => b.to_string(),
        (Lang::Zh, Found::Number(n)) => format!("数字 {n}"),
        (Lang::En, Found::Number(n)) => format!("the number {n}"),
        (Lang::Zh, Found::Text(t)) => format!("文本 \"{t}\""),
        (Lang::En, Found::Text(t)) => format!("the text \"{t}\""),
        (Lang::Zh, Found::List) => "列表".to_owned(),
        (Lang::En, Found::List) => "a list".to_owned(),
        (Lang::Zh, Found::Object) => "对象".to_owned(),
        (Lang::En, Found::Object) => "an object".to_owned(),
    }
}

fn expect_text(lang: Lang, expected: Expect) -> String {
    match (lang, expected) {
        (Lang::Zh, Expect::Text) => "文本（用引号括起）".to_owned(),
        (Lang::En, Expect::Text) => "a string".to_owned(),
        (Lang::Zh, Expect::Bool) => "true 或 false".to_owned(),
        (Lang::En, Expect::Bool) => "true or false".to_owned(),
        (_, Expect::Integer { min, max }) if u64::try_from(min) == Ok(max) => max.to_string(),
        // A bound as large as a machine word's is no bound a person writes to.
        (Lang::Zh, Expect::Integer { min, max }) if max >= u64::from(u32::MAX) => {
            format!("不小于 {min} 的整数")
        }
        (Lang::En, Expect::Integer { min, max }) if max >= u64::from(u32::MAX) => {
            format!("a whole number of at least {min}")
        }
        (Lang::Zh, Expect::Integer { min, max }) => format!("{min} 至 {max} 的整数"),
        (Lang::En, Expect::Integer { min, max }) => {
            format!("a whole number from {min} to {max}")
        }
        (Lang::Zh, Expect::Decimal) => "数值，如 \"95\" 或 \"0.5\"".to_owned(),
        (Lang::En, Expect::Decimal) => "a decimal like \"95\" or \"0.5\"".to_owned(),
        (Lang::Zh, Expect::List) => "列表".to_owned(),
        (Lang::En, Expect::List) => "a list".to_owned(),
        (Lang::Zh, Expect::Object) => "对象".to_owned(),
        (Lang::En, Expect::Object) => "an object".to_owned(),
        (Lang::Zh, Expect::Tagged { tag }) => format!("带 \"{tag}\" 字段的对象"),
        (Lang::En, Expect::Tagged { tag }) => format!("an object with a \"{tag}\""),
        (Lang::Zh, Expect::NameOrObject) => "名称，或只有一个键的对象".to_owned(),
        (Lang::En, Expect::NameOrObject) => "a name, or an object with one key".to_owned(),
    }
}

fn id_of_text(lang: Lang, of: IdOf) -> &'static str {
    match (lang, of) {
        (Lang::Zh, IdOf::Document) => "依据文件 id",
        (Lang::En, IdOf::Document) => "document id",
        (Lang::Zh, IdOf::Fact) => "基本情况 id",
        (Lang::En, IdOf::Fact) => "fact id",
        (Lang::Zh, IdOf::Section) => "部分 id",
        (Lang::En, IdOf::Section) => "section id",
        (Lang::Zh, IdOf::Item) => "评分项 id",
        (Lang::En, IdOf::Item) => "item id",
        (Lang::Zh, IdOf::Grade) => "等次名称",
        (Lang::En, IdOf::Grade) => "grade name",
        (Lang::Zh, IdOf::Level) => "档次名称",
        (Lang::En, IdOf::Level) => "level name",
    }
}

/// What is wrong, without where.
pub fn problem_kind_text(lang: Lang, kind: &ProblemKind) -> String {
    use ProblemKind as K;
    match (lang, kind) {
        (_, K::NotJson { line, column, eof }) => not_json(lang, *line, *column, *eof),
        (Lang::Zh, K::TooDeep { limit }) => {
            format!("嵌套超过 {limit} 层，不是本工具导出的文件")
        }
        (Lang::En, K::TooDeep { limit }) => {
            format!("nested more than {limit} levels deep: not a file this app exported")
        }
        (Lang::Zh, K::InvalidType { found, expected }) => format!(
            "应为{}，实际为{}",
            spaced(&expect_text(lang, *expected)),
            spaced(&found_text(lang, found))
        ),
        (Lang::En, K::InvalidType { found, expected }) => format!(
            "expected {}, found {}",
            expect_text(lang, *expected),
            found_text(lang, found)
        ),
        (Lang::Zh, K::OutOfRange { found, expected }) => {
            format!("{found} 超出范围，应为{}", spaced(&expect_text(lang, *expected)))
        }
        (Lang::En, K::OutOfRange { found, expected }) => {
            format!("{found} is out of range, expected {}", expect_text(lang, *expected))
        }
        (Lang::Zh, K::UnknownField { field, known }) if known.is_empty() => {
            format!("未知字段 \"{field}\"，此处不应有字段")
        }
        (Lang::En, K::UnknownField { field, known }) if known.is_empty() => {
            format!("unknown field \"{field}\", there are no fields here")
        }
        (Lang::Zh, K::UnknownField { field, known }) => {
            format!("未知字段 \"{field}\"，可用的字段：{}", names(lang, known))
        }
        (Lang::En, K::UnknownField { field, known }) => {
            format!("unknown field \"{field}\", expected one of {}", names(lang, known))
        }
        (Lang::Zh, K::MissingField { field }) => format!("缺少字段 \"{field}\""),
        (Lang::En, K::MissingField { field }) => format!("missing field \"{field}\""),
        (Lang::Zh, K::UnknownVariant { found, known }) => {
            format!("\"{found}\" 不是可选值，可选：{}", names(lang, known))
        }
        (Lang::En, K::UnknownVariant { found, known }) => {
            format!("unknown value \"{found}\", expected one of {}", names(lang, known))
        }
        (Lang::Zh, K::NotSingleKey) => "应为只有一个键的对象".to_owned(),
        (Lang::En, K::NotSingleKey) => "expected an object with a single key".to_owned(),
        (Lang::Zh, K::VariantShape { needs_data: true }) => {
            "此值需要带数据，如 {\"count\": \"3\"}".to_owned()
        }
        (Lang::En, K::VariantShape { needs_data: true }) => {
            "this value needs data, as in {\"count\": \"3\"}".to_owned()
        }
        (Lang::Zh, K::VariantShape { needs_data: false }) => "此值不带数据".to_owned(),
        (Lang::En, K::VariantShape { needs_data: false }) => {
            "this value takes no data".to_owned()
        }
        (Lang::Zh, K::OneOf { fields }) => {
            format!("{} 中应恰好给出一个", names(lang, fields))
        }
        (Lang::En, K::OneOf { fields }) => {
            format!("give exactly one of {}", names(lang, fields))
        }
        (Lang::Zh, K::NeedsFields { variant, fields }) => {
            format!("\"{variant}\" 需要写成带字段 {} 的对象", names(lang, fields))
        }
        (Lang::En, K::NeedsFields { variant, fields }) => format!(
            "\"{variant}\" needs an object with the fields {}",
            names(lang, fields)
        ),
        (Lang::Zh, K::NotADecimal { found }) => {
            format!("应为数值，如 \"95\" 或 \"0.5\"，实际为 \"{found}\"")
        }
        (Lang::En, K::NotADecimal { found }) => {
            format!("expected a decimal like \"95\" or \"0.5\", found \"{found}\"")
        }
        (Lang::Zh, K::NegativePoints { found }) => format!("分值不能为负数，实际为 \"{found}\""),
        (Lang::En, K::NegativePoints { found }) => {
            format!("expected points of zero or more, found \"{found}\"")
        }
        (Lang::Zh, K::PointsTooPrecise { found }) => {
            format!("分值最多两位小数，如 \"2.5\"，实际为 \"{found}\"")
        }
        (Lang::En, K::PointsTooPrecise { found }) => format!(
            "expected points with at most two decimals, like \"2.5\", found \"{found}\""
        ),
        (Lang::Zh, K::BadDate { found, month_day: true }) => format!(
            "应为 \"MM-DD\"（如 \"09-30\"）或 \"YYYY-MM-DD\" 格式的日期，实际为 \"{found}\""
        ),
        (Lang::En, K::BadDate { found, month_day: true }) => format!(
            "expected a date as \"MM-DD\" (e.g. \"09-30\") or \"YYYY-MM-DD\", found \"{found}\""
        ),
        (Lang::Zh, K::BadDate { found, .. }) => {
            format!("应为 \"YYYY-MM-DD\" 格式的日期，实际为 \"{found}\"")
        }
        (Lang::En, K::BadDate { found, .. }) => {
            format!("expected a date as \"YYYY-MM-DD\", found \"{found}\"")
        }
        (Lang::Zh, K::NoSuchDay { found }) => format!("没有 \"{found}\" 这一天"),
        (Lang::En, K::NoSuchDay { found }) => format!("there is no such day as \"{found}\""),
        (Lang::Zh, K::FormatVersionZero) => "格式版本从 1 开始，实际为 0".to_owned(),
        (Lang::En, K::FormatVersionZero) => "format versions start at 1, found 0".to_owned(),
        (Lang::Zh, K::YearOutOfRange { found, min, max }) => {
            format!("年度应在 {min} 至 {max} 之间，实际为 {found}")
        }
        (Lang::En, K::YearOutOfRange { found, min, max }) => {
            format!("expected a year from {min} to {max}, found {found}")
        }
        (Lang::Zh, K::TooManyRows { found, max }) => {
            format!("问题清单最多 {max} 行，实际有 {found} 行")
        }
        (Lang::En, K::TooManyRows { found, max }) => format!("at most {max} rows, found {found}"),
        (Lang::Zh, K::EmptyId) => "id 为空".to_owned(),
        (Lang::En, K::EmptyId) => "the id is empty".to_owned(),
        (Lang::Zh, K::IdChars { id }) => format!(
            "id \"{id}\" 只能包含小写字母 a-z、数字、\"-\"、\"_\" 和 \".\""
        ),
        (Lang::En, K::IdChars { id }) => format!(
            "the id \"{id}\" may only contain lowercase letters a-z, digits, \"-\", \"_\" and \".\""
        ),
        (Lang::Zh, K::Duplicate { of, id, first }) => format!(
            "{} \"{id}\" 已在 {first} 处使用过",
            id_of_text(lang, *of)
        ),
        (Lang::En, K::Duplicate { of, id, first }) => format!(
            "{} \"{id}\" is already used at {first}",
            id_of_text(lang, *of)
        ),
        (Lang::Zh, K::Empty) => "不能为空".to_owned(),
        (Lang::En, K::Empty) => "must not be empty".to_owned(),
        (Lang::Zh, K::NoSections) => "考核细则没有任何部分".to_owned(),
        (Lang::En, K::NoSections) => "the rubric has no sections".to_owned(),
        (Lang::Zh, K::NoGrades) => "没有等次；至少给出一个，从 0 分起".to_owned(),
        (Lang::En, K::NoGrades) => {
            "there are no grade bands; give at least one, starting at 0".to_owned()
        }
        (Lang::Zh, K::NoItems) => "此部分没有评分项".to_owned(),
        (Lang::En, K::NoItems) => "the section has no items".to_owned(),
        (Lang::Zh, K::NoLevels) => "没有档次".to_owned(),
        (Lang::En, K::NoLevels) => "there are no levels".to_owned(),
        (Lang::Zh, K::GradeOrder { min, previous }) => format!(
            "等次应从高到低排列，每个 \"min\" 低于前一个：{min} 不低于 {previous}"
        ),
        (Lang::En, K::GradeOrder { min, previous }) => format!(
            "grade bands must go from the highest to the lowest, each \"min\" below the one before: {min} is not below {previous}"
        ),
        (Lang::Zh, K::GradeAboveMax { min, max }) => {
            format!("{min} 高于考核细则的满分 {max}")
        }
        (Lang::En, K::GradeAboveMax { min, max }) => {
            format!("{min} is more than the rubric's maximum of {max}")
        }
        (Lang::Zh, K::LowestGradeNotZero { min }) => {
            format!("最低等次应从 0 分起（现为 {min} 分），使每个总分都有对应等次")
        }
        (Lang::En, K::LowestGradeNotZero { min }) => format!(
            "the lowest grade band must start at 0 so that every total has a grade, not at {min}"
        ),
        (Lang::Zh, K::SectionSum { section, items }) => format!(
            "此部分分值为 {section}，但其评分项合计 {items}（加分项和否决项不计）"
        ),
        (Lang::En, K::SectionSum { section, items }) => format!(
            "the section is worth {section} but its items add up to {items} (bonus and veto items not counted)"
        ),
        (Lang::Zh, K::UnknownDocument { id }) => {
            format!("\"documents\" 中没有文件 \"{id}\"")
        }
        (Lang::En, K::UnknownDocument { id }) => {
            format!("there is no document \"{id}\" in \"documents\"")
        }
        (Lang::Zh, K::UnknownFact { id }) => format!("\"facts\" 中没有 \"{id}\""),
        (Lang::En, K::UnknownFact { id }) => format!("there is no fact \"{id}\" in \"facts\""),
        (Lang::Zh, K::ConditionNeedsAtLeast { fact }) => format!(
            "\"{fact}\" 是数量：条件需要 \"at_least\"（且不要 \"is\"）"
        ),
        (Lang::En, K::ConditionNeedsAtLeast { fact }) => format!(
            "fact \"{fact}\" is a count: the condition needs \"at_least\" (and no \"is\")"
        ),
        (Lang::Zh, K::ConditionNeedsIs { fact }) => format!(
            "\"{fact}\" 是“是/否”：条件需要 \"is\"（且不要 \"at_least\"）"
        ),
        (Lang::En, K::ConditionNeedsIs { fact }) => format!(
            "fact \"{fact}\" is a yes/no flag: the condition needs \"is\" (and no \"at_least\")"
        ),
        (Lang::Zh, K::AboveItemPoints { found, points }) => {
            format!("{found} 高于此项分值（{points}）")
        }
        (Lang::En, K::AboveItemPoints { found, points }) => {
            format!("{found} is more than the item's points ({points})")
        }
        (Lang::Zh, K::BestLevelPoints { found, points }) => {
            format!("第一个（最好的）档次应等于此项分值（{points}），实际为 {found}")
        }
        (Lang::En, K::BestLevelPoints { found, points }) => format!(
            "the first (best) level must be worth the item's points ({points}), found {found}"
        ),
        (Lang::Zh, K::VetoPoints { found }) => format!("否决项分值应为 0，实际为 {found}"),
        (Lang::En, K::VetoPoints { found }) => {
            format!("a veto item is worth 0 points, found {found}")
        }
        (Lang::Zh, K::ThresholdRange { found }) => {
            format!("达标线应为 0 至 100 之间的百分数，实际为 {found}")
        }
        (Lang::En, K::ThresholdRange { found }) => {
            format!("a threshold is a percentage between 0 and 100, found {found}")
        }
        (Lang::Zh, K::Unmeetable) => "任何比率都无法满足此比较；请用 \">=\" 或 \"<=\"".to_owned(),
        (Lang::En, K::Unmeetable) => {
            "no rate can meet this comparison; use \">=\" or \"<=\"".to_owned()
        }
        (Lang::Zh, K::BelowOne) => "应至少为 1".to_owned(),
        (Lang::En, K::BelowOne) => "must be at least 1".to_owned(),
        (Lang::Zh, K::NotAShare { found }) => {
            format!("应为 0 至 1 之间的比例（0.5 为一半），实际为 {found}")
        }
        (Lang::En, K::NotAShare { found }) => {
            format!("a share of the points between 0 and 1 (0.5 = half), found {found}")
        }
        (Lang::Zh, K::MissedNotScored) => "只有计分项可设未开展的后果（missed），加分项和否决项不可".into(),
        (Lang::En, K::MissedNotScored) => {
            "only a scored item can have a consequence when missed (missed), not a bonus or veto item".into()
        }
        (Lang::Zh, K::UnknownGrade { grade, grades }) if grades.is_empty() => {
            format!("没有等次 \"{grade}\"；考核细则尚未设置任何等次")
        }
        (Lang::En, K::UnknownGrade { grade, grades }) if grades.is_empty() => {
            format!("there is no grade \"{grade}\"; the rubric has no grades yet")
        }
        (Lang::Zh, K::UnknownGrade { grade, grades }) => {
            format!("没有等次 \"{grade}\"；等次有：{}", names(lang, grades))
        }
        (Lang::En, K::UnknownGrade { grade, grades }) => {
            format!("there is no grade \"{grade}\"; the grades are: {}", names(lang, grades))
        }
    }
}
