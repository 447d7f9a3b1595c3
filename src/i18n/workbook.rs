//! The words for what is wrong with a rubric workbook (考核细则工作簿): the
//! workbook crate's located [`Issue`]s and its [`ExportError`]s, in Chinese
//! and English. Sheet names, headers and the cells' own values are Chinese
//! data and are shown as written in both languages; cells are named as the
//! spreadsheet names them (`F12`, `C2:C9`).
//!
//! In Chinese a cell's header is the subject of a sentence about the cell's
//! value — "评分细则 F12：分值应为数字（…），实际为文字“五分”" — and is
//! otherwise given in brackets after the cell, as in English:
//! "评分细则 F12（分值）：…".

use ziping_engine::ProblemKind;
use ziping_workbook::names::{CAP_GRADE, EFFECTS, FIGURES, SUM, YES_NO};
use ziping_workbook::{
    Expected, ExportError, FileKind, Found, Inexpressible, Issue, IssueKind, Location,
};

use super::{problem_kind_text, Lang};

/// The most characters an Excel cell holds (the workbook crate's limit).
const MAX_CELL_CHARS: usize = 32_767;

/// Where an issue is: "评分细则 F12（分值）", "评分细则 C2:C9", "评分细则 第 12
/// 行", "工作表“依据文件”", "文件" / "评分细则 F12 (分值)", "评分细则 row 12",
/// "sheet 依据文件", "the file".
pub fn location_text(lang: Lang, at: &Location) -> String {
    let Some(sheet) = &at.sheet else {
        return match lang {
            Lang::Zh => "文件".to_owned(),
            Lang::En => "the file".to_owned(),
        };
    };
    let mut s = match (lang, at.cell_ref(), at.row) {
        (_, Some(cell), _) => format!("{sheet} {cell}"),
        (Lang::Zh, None, Some(row)) => format!("{sheet} 第 {row} 行"),
        (Lang::En, None, Some(row)) => format!("{sheet} row {row}"),
        (Lang::Zh, None, None) => format!("工作表“{sheet}”"),
        (Lang::En, None, None) => format!("sheet {sheet}"),
    };
    if let Some(h) = &at.header {
        match lang {
            Lang::Zh => s.push_str(&format!("（{h}）")),
            Lang::En => s.push_str(&format!(" ({h})")),
        }
    }
    s
}

/// "<where>：<what>" / "<where>: <what>"; for the whole file only what.
pub fn issue_text(lang: Lang, issue: &Issue) -> String {
    let at = &issue.at;
    // In Chinese the header names the cell in the sentence itself.
    let subject = match lang {
        Lang::Zh if header_is_subject(&issue.kind) => at.header.as_deref(),
        _ => None,
    };
    let mut what = kind_text(lang, &issue.kind, subject);
    // A rubric problem the workbook cannot place in a row: its JSON path
    // says which part of the rubric.
    if let IssueKind::Rubric { path, .. } = &issue.kind {
        if at.row.is_none() && at.header.is_none() && !path.is_empty() {
            what.push_str(&match lang {
                Lang::Zh => format!("（{path}）"),
                Lang::En => format!(" ({path})"),
            });
        }
    }
    if at.sheet.is_none() {
        return what;
    }
    let place = match subject {
        Some(_) => location_text(
            lang,
            &Location {
                header: None,
                ..at.clone()
            },
        ),
        None => location_text(lang, at),
    };
    match lang {
        Lang::Zh => format!("{place}：{what}"),
        Lang::En => format!("{place}: {what}"),
    }
}

/// Whether the Chinese sentence for `kind` names the cell by its header
/// (which then leaves the location).
fn header_is_subject(kind: &IssueKind) -> bool {
    use IssueKind as K;
    match kind {
        K::MissingColumn { .. }
        | K::DuplicateHeader { .. }
        | K::Formula { .. }
        | K::Required { .. }
        | K::WrongType { .. }
        | K::UnknownChoice { .. }
        | K::NotUsed { .. }
        | K::SectionMismatch { .. }
        | K::Needs { .. }
        | K::ThresholdBelowOne { .. } => true,
        K::FileTooLarge { .. }
        | K::UnzippedTooLarge { .. }
        | K::NotXlsx { .. }
        | K::Encrypted
        | K::Unreadable { .. }
        | K::MissingSheet
        | K::IgnoredSheet
        | K::SheetTooLarge { .. }
        | K::UnknownHeader { .. }
        | K::OutsideColumns { .. }
        | K::MergedAcrossColumns
        | K::MergedHeader
        | K::HiddenByMerge { .. }
        | K::MergedAcrossSections { .. }
        | K::UnknownKey { .. }
        | K::DuplicateKey { .. }
        | K::Rubric { .. }
        | K::TooManyIssues { .. } => false,
    }
}

/// Why a rubric cannot be written as a workbook, with the JSON path that
/// locates the value: "sections[0].items[2].scoring.levels[1].name：工作簿无法
/// 表示等级名称“好;较好”（…）".
pub fn export_error_text(lang: Lang, e: &ExportError) -> String {
    match e {
        ExportError::Inexpressible { path, what } => {
            let what = inexpressible_text(lang, what);
            match (path.is_empty(), lang) {
                (true, _) => what,
                (false, Lang::Zh) => format!("{path}：{what}"),
                (false, Lang::En) => format!("{path}: {what}"),
            }
        }
        ExportError::Xlsx { detail } => match lang {
            Lang::Zh => format!("无法生成工作簿（{detail}）"),
            Lang::En => format!("the workbook cannot be written ({detail})"),
        },
    }
}

fn inexpressible_text(lang: Lang, what: &Inexpressible) -> String {
    use Inexpressible as I;
    match (lang, what) {
        (Lang::Zh, I::LevelName { name }) => {
            format!("工作簿无法表示等级名称“{name}”（不能含分号或换行，前后不能有空格）")
        }
        (Lang::En, I::LevelName { name }) => format!(
            "a workbook cannot express the level name “{name}” (no semicolons or line breaks, no spaces at either end)"
        ),
        (Lang::Zh, I::GradeName { name }) => {
            format!("工作簿无法表示等次名称“{name}”（前后不能有空格）")
        }
        (Lang::En, I::GradeName { name }) => {
            format!("a workbook cannot express the grade name “{name}” (no spaces at either end)")
        }
        (Lang::Zh, I::EmptyNumber) => {
            "工作簿无法表示空白的文号（请填写文号，或去掉这一项）".to_owned()
        }
        (Lang::En, I::EmptyNumber) => {
            "a workbook cannot express an empty document number (give the number or leave it out)"
                .to_owned()
        }
        (Lang::Zh, I::TooLong { chars }) => format!(
            "工作簿无法表示长达 {chars} 字的文字（一个单元格最多 {MAX_CELL_CHARS} 字）"
        ),
        (Lang::En, I::TooLong { chars }) => format!(
            "a workbook cannot express a text of {chars} characters (a cell holds at most {MAX_CELL_CHARS})"
        ),
        (Lang::Zh, I::TooManyRows { rows, max }) => format!(
            "工作簿无法表示 {rows} 行的表格（一个工作表最多 {max} 行）"
        ),
        (Lang::En, I::TooManyRows { rows, max }) => format!(
            "a workbook cannot express a table of {rows} rows (a sheet holds at most {max})"
        ),
        (Lang::Zh, I::TooManyColumns { columns, max }) => format!(
            "工作簿无法表示有 {columns} 格的一行（一个工作表最多 {max} 列）"
        ),
        (Lang::En, I::TooManyColumns { columns, max }) => format!(
            "a workbook cannot express a row of {columns} cells (a sheet has at most {max} columns)"
        ),
    }
}

/// Above the list of a workbook's issues: "“细则.xlsx”未导入：发现 3 处问题，
/// 未作任何更改。"
///
/// With `more`, `count` problems are listed and more were found.
pub fn issues_heading(lang: Lang, file: &str, count: usize, more: bool) -> String {
    match (lang, count, more) {
        (Lang::Zh, _, false) => format!("“{file}”未导入：发现 {count} 处问题，未作任何更改。"),
        (Lang::Zh, _, true) => {
            format!("“{file}”未导入：发现 {count} 处以上问题，未作任何更改。")
        }
        (Lang::En, 1, false) => {
            format!("“{file}” was not imported: 1 problem found; nothing was changed.")
        }
        (Lang::En, _, false) => {
            format!("“{file}” was not imported: {count} problems found; nothing was changed.")
        }
        (Lang::En, _, true) => format!(
            "“{file}” was not imported: more than {count} problems found; nothing was changed."
        ),
    }
}

/// Above the list of a workbook's warnings: "另有 2 条提示：".
pub fn warnings_heading(lang: Lang, count: usize) -> String {
    match (lang, count) {
        (Lang::Zh, _) => format!("另有 {count} 条提示："),
        (Lang::En, 1) => "1 note:".to_owned(),
        (Lang::En, _) => format!("{count} notes:"),
    }
}

/// `bytes` in megabytes, rounded up to a tenth: "5", "6.2".
fn megabytes(bytes: u64) -> String {
    const MB: u64 = 1024 * 1024;
    let tenths = bytes.saturating_mul(10).div_ceil(MB);
    match tenths % 10 {
        0 => format!("{} MB", tenths / 10),
        d => format!("{}.{d} MB", tenths / 10),
    }
}

/// A cell's content: "空白单元格", "文字“五分”", "数字 2.5", "逻辑值 TRUE",
/// "日期 2020-09-30", "错误值 #DIV/0!".
fn found_text(lang: Lang, found: &Found) -> String {
    let truth = |b: bool| if b { "TRUE" } else { "FALSE" };
    match (lang, found) {
        (Lang::Zh, Found::Blank) => "空白单元格".to_owned(),
        (Lang::En, Found::Blank) => "a blank cell".to_owned(),
        (Lang::Zh, Found::Text(t)) => format!("文字“{t}”"),
        (Lang::En, Found::Text(t)) => format!("the text “{t}”"),
        (Lang::Zh, Found::Number(n)) => format!("数字 {n}"),
        (Lang::En, Found::Number(n)) => format!("the number {n}"),
        (Lang::Zh, Found::Bool(b)) => format!("逻辑值 {}", truth(*b)),
        (Lang::En, Found::Bool(b)) => format!("the logical value {}", truth(*b)),
        (Lang::Zh, Found::Date(d)) => format!("日期 {d}"),
        (Lang::En, Found::Date(d)) => format!("the date {d}"),
        (Lang::Zh, Found::Error(e)) => format!("错误值 {e}"),
        (Lang::En, Found::Error(e)) => format!("the error value {e}"),
    }
}

/// A header or key as written: a text in quotes ("“分数”"), anything else
/// as [`found_text`] words it.
fn name_text(lang: Lang, found: &Found) -> String {
    match found {
        Found::Text(t) => format!("“{t}”"),
        other => found_text(lang, other),
    }
}

/// "a、b" / "a, b".
fn list<S: AsRef<str>>(lang: Lang, words: &[S]) -> String {
    let words: Vec<&str> = words.iter().map(AsRef::as_ref).collect();
    words.join(match lang {
        Lang::Zh => "、",
        Lang::En => ", ",
    })
}

/// "“a”、“b”" / "“a”, “b”".
fn quoted<S: AsRef<str>>(lang: Lang, words: &[S]) -> String {
    let q: Vec<String> = words.iter().map(|w| format!("“{}”", w.as_ref())).collect();
    list(lang, &q)
}

/// "“a”、“b”或" / "“a”, “b” or", before a last alternative.
fn either(lang: Lang, words: &[&str]) -> String {
    match lang {
        Lang::Zh => format!("{}或", quoted(lang, words)),
        Lang::En => format!("{} or", quoted(lang, words)),
    }
}

/// What a cell should hold, as the object of "应为" / "expected".
fn expected_text(lang: Lang, expected: Expected) -> String {
    use Expected as E;
    let yes_no = YES_NO.choices();
    let (yes, no) = (
        yes_no.first().copied().unwrap_or("是"),
        yes_no.get(1).copied().unwrap_or("否"),
    );
    match (lang, expected) {
        (_, E::Choice(vocab)) => match lang {
            Lang::Zh => format!("{}之一", list(lang, &vocab.choices())),
            Lang::En => format!("one of {}", list(lang, &vocab.choices())),
        },
        (Lang::Zh, E::Text) => "文字".to_owned(),
        (Lang::En, E::Text) => "a text".to_owned(),
        (Lang::Zh, E::Id) => "编号（只能包含小写英文字母、数字和“-”“_”“.”）".to_owned(),
        (Lang::En, E::Id) => "an id of lowercase letters, digits, “-”, “_” and “.”".to_owned(),
        (Lang::Zh, E::Points) => "数字（不小于 0，最多两位小数，如 2.5）".to_owned(),
        (Lang::En, E::Points) => {
            "points (a number of 0 or more with at most two decimals, like 2.5)".to_owned()
        }
        (Lang::Zh, E::Percent) => "百分数（0 至 100，如 95 或 0.5）".to_owned(),
        (Lang::En, E::Percent) => "a percentage (0 to 100, like 95 or 0.5)".to_owned(),
        (Lang::Zh, E::Share) => "比例（0 至 1，如 0.5 表示一半）".to_owned(),
        (Lang::En, E::Share) => "a share (0 to 1, like 0.5 for half)".to_owned(),
        (Lang::Zh, E::WholeNumber) => "不小于 0 的整数".to_owned(),
        (Lang::En, E::WholeNumber) => "a whole number of 0 or more".to_owned(),
        (Lang::Zh, E::Year) => "年份（如 2020）".to_owned(),
        (Lang::En, E::Year) => "a year (like 2020)".to_owned(),
        (Lang::Zh, E::YesNo) => format!("“{yes}”或“{no}”"),
        (Lang::En, E::YesNo) => format!("“{yes}” or “{no}”"),
        (Lang::Zh, E::Date) => "日期（如 2020-09-30）".to_owned(),
        (Lang::En, E::Date) => "a date (like 2020-09-30)".to_owned(),
        (Lang::Zh, E::Due) => "截止日期（如 09-30 或 2020-09-30）".to_owned(),
        (Lang::En, E::Due) => "a due date (like 09-30 or 2020-09-30)".to_owned(),
        (Lang::Zh, E::Levels) => "等级及分值（如 好:5;较好:4;一般:2.5;差:0）".to_owned(),
        (Lang::En, E::Levels) => {
            "levels with their points (like 好:5;较好:4;一般:2.5;差:0)".to_owned()
        }
        (Lang::Zh, E::Effect) => format!(
            "{}“{CAP_GRADE}:等次名称”（如“{CAP_GRADE}:合格”）",
            either(lang, &EFFECTS.choices())
        ),
        (Lang::En, E::Effect) => format!(
            "{} “{CAP_GRADE}:” with a grade (like “{CAP_GRADE}:合格”)",
            either(lang, &EFFECTS.choices())
        ),
        (Lang::Zh, E::Figure) => format!("{}“{SUM}:编号”", either(lang, &FIGURES.choices())),
        (Lang::En, E::Figure) => {
            format!("{} “{SUM}:” with an id", either(lang, &FIGURES.choices()))
        }
        (Lang::Zh, E::ConditionValue) => {
            format!("整数（数量类基本情况）或“{yes}”/“{no}”（是否类基本情况）")
        }
        (Lang::En, E::ConditionValue) => {
            format!("a whole number (for a count fact) or “{yes}” or “{no}” (for a yes/no fact)")
        }
    }
}

/// What a file that is not an `.xlsx` is, with what to do.
fn file_kind_text(lang: Lang, kind: FileKind) -> &'static str {
    match (lang, kind) {
        (Lang::Zh, FileKind::Empty) => "文件是空的",
        (Lang::En, FileKind::Empty) => "the file is empty",
        (Lang::Zh, FileKind::OldExcel) => "这是旧版 .xls 文件，请在 Excel/WPS 中另存为 .xlsx",
        (Lang::En, FileKind::OldExcel) => {
            "it is an old .xls file; save it as .xlsx in Excel or WPS"
        }
        (Lang::Zh, FileKind::Ods) => "这是 .ods 文件，请另存为 .xlsx",
        (Lang::En, FileKind::Ods) => "it is an .ods file; save it as .xlsx",
        (Lang::Zh, FileKind::OtherZip) => "这是其他类型的压缩文件（如 .docx 或 .zip），不是工作簿",
        (Lang::En, FileKind::OtherZip) => {
            "it is a zip of another kind (such as .docx or .zip), not a workbook"
        }
        (Lang::Zh, FileKind::Other) => "这不是电子表格文件",
        (Lang::En, FileKind::Other) => "it is not a spreadsheet",
    }
}

/// What is wrong, without where; `subject` is the cell's header when the
/// Chinese sentence names the cell by it (see [`header_is_subject`]).
fn kind_text(lang: Lang, kind: &IssueKind, subject: Option<&str>) -> String {
    use IssueKind as K;
    let s = subject.unwrap_or_default();
    match (lang, kind) {
        // --- The file.
        (Lang::Zh, K::FileTooLarge { bytes, max }) => format!(
            "文件大小为 {}，超过上限 {}",
            megabytes(u64::try_from(*bytes).unwrap_or(u64::MAX)),
            megabytes(u64::try_from(*max).unwrap_or(u64::MAX))
        ),
        (Lang::En, K::FileTooLarge { bytes, max }) => format!(
            "the file is {}, more than the {} allowed",
            megabytes(u64::try_from(*bytes).unwrap_or(u64::MAX)),
            megabytes(u64::try_from(*max).unwrap_or(u64::MAX))
        ),
        (Lang::Zh, K::UnzippedTooLarge { bytes, max }) => format!(
            "文件解压后为 {}，超过上限 {}",
            megabytes(*bytes),
            megabytes(*max)
        ),
        (Lang::En, K::UnzippedTooLarge { bytes, max }) => format!(
            "unzipped, the file would be {}, more than the {} allowed",
            megabytes(*bytes),
            megabytes(*max)
        ),
        (Lang::Zh, K::NotXlsx { looks_like }) => {
            format!("不是 .xlsx 工作簿：{}", file_kind_text(lang, *looks_like))
        }
        (Lang::En, K::NotXlsx { looks_like }) => {
            format!("not an .xlsx workbook: {}", file_kind_text(lang, *looks_like))
        }
        (Lang::Zh, K::Encrypted) => "工作簿设有密码（已加密），无法读取：请去掉密码后重新保存".to_owned(),
        (Lang::En, K::Encrypted) => {
            "the workbook is password-protected (encrypted): remove the password and save it again"
                .to_owned()
        }
        (Lang::Zh, K::Unreadable { detail }) => {
            format!("内容无法读取（{detail}），请在 Excel/WPS 中打开后重新另存为 .xlsx")
        }
        (Lang::En, K::Unreadable { detail }) => format!(
            "the content cannot be read ({detail}): open it in Excel or WPS and save it as .xlsx again"
        ),

        // --- Sheets.
        (Lang::Zh, K::MissingSheet) => "缺少此工作表".to_owned(),
        (Lang::En, K::MissingSheet) => "the sheet is missing".to_owned(),
        (Lang::Zh, K::IgnoredSheet) => "不是考核细则的工作表，其内容未读取".to_owned(),
        (Lang::En, K::IgnoredSheet) => {
            "not a sheet of the rubric, so its content was not read".to_owned()
        }
        (Lang::Zh, K::SheetTooLarge { max_rows }) => format!(
            "工作表内容超出上限（标题行以下最多 {max_rows} 行），请删除此处及以后的内容"
        ),
        (Lang::En, K::SheetTooLarge { max_rows }) => format!(
            "the sheet has content beyond its limit of {max_rows} rows after the header: delete it from here on"
        ),

        // --- Headers and layout.
        (Lang::Zh, K::MissingColumn { header }) => format!("缺少“{header}”列"),
        (Lang::En, K::MissingColumn { header }) => format!("the column “{header}” is missing"),
        (Lang::Zh, K::UnknownHeader { found, known }) => format!(
            "{}不是此工作表的列名，可用的列名：{}",
            name_text(lang, found),
            list(lang, known)
        ),
        (Lang::En, K::UnknownHeader { found, known }) => format!(
            "{} is not a header of this sheet; its headers are {}",
            name_text(lang, found),
            list(lang, known)
        ),
        (Lang::Zh, K::DuplicateHeader { first }) if s.is_empty() => {
            format!("列名重复，{first} 列已有此列名")
        }
        (Lang::Zh, K::DuplicateHeader { first }) => {
            format!("列名“{s}”重复，{first} 列已有此列名")
        }
        (Lang::En, K::DuplicateHeader { first }) => {
            format!("the same header already stands in column {first}")
        }
        (Lang::Zh, K::OutsideColumns { found }) => {
            format!("没有列名的列中有{}，请补上列名或删除内容", found_text(lang, found))
        }
        (Lang::En, K::OutsideColumns { found }) => format!(
            "a column without a header holds {}: add the header or delete it",
            found_text(lang, found)
        ),
        (Lang::Zh, K::MergedAcrossColumns) => {
            "合并单元格跨越了多列，只能合并同一列中上下相邻的单元格".to_owned()
        }
        (Lang::En, K::MergedAcrossColumns) => {
            "a merged range spans two or more columns: merge rows only".to_owned()
        }
        (Lang::Zh, K::MergedHeader) => "合并单元格包含了标题行，请取消标题行的合并".to_owned(),
        (Lang::En, K::MergedHeader) => {
            "a merged range includes the header row: unmerge the header row".to_owned()
        }
        (Lang::Zh, K::HiddenByMerge { found }) => format!(
            "合并单元格中隐藏着{}（合并后只读取第一个单元格），请删除或移出",
            found_text(lang, found)
        ),
        (Lang::En, K::HiddenByMerge { found }) => format!(
            "{} is hidden inside a merged range, of which only the first cell is read: delete it or move it out",
            found_text(lang, found)
        ),
        (Lang::Zh, K::MergedAcrossSections { sections }) => format!(
            "合并单元格跨越了多个板块（{}），请按板块分别合并",
            quoted(lang, sections)
        ),
        (Lang::En, K::MergedAcrossSections { sections }) => format!(
            "a merged range covers rows of two or more sections ({}): merge each section separately",
            quoted(lang, sections)
        ),
        (Lang::Zh, K::Formula { formula }) => format!(
            "{}是公式“{formula}”，请粘贴数值而不是公式",
            if s.is_empty() { "此单元格" } else { s }
        ),
        (Lang::En, K::Formula { formula }) => {
            format!("the formula “{formula}”: paste the value instead of the formula")
        }

        // --- Cells.
        (Lang::Zh, K::Required { expected }) => {
            format!("{s}未填写，应填写{}", expected_text(lang, *expected))
        }
        (Lang::En, K::Required { expected }) => {
            format!("blank: expected {}", expected_text(lang, *expected))
        }
        (Lang::Zh, K::WrongType { expected, found }) => format!(
            "{s}应为{}，实际为{}",
            expected_text(lang, *expected),
            found_text(lang, found)
        ),
        (Lang::En, K::WrongType { expected, found }) => format!(
            "expected {}, found {}",
            expected_text(lang, *expected),
            found_text(lang, found)
        ),
        (Lang::Zh, K::UnknownChoice { found, choices }) => format!(
            "{s}“{found}”不是可选值，可选：{}",
            list(lang, choices)
        ),
        (Lang::En, K::UnknownChoice { found, choices }) => format!(
            "“{found}” is not one of the choices {}",
            list(lang, choices)
        ),
        (Lang::Zh, K::NotUsed { by }) => format!(
            "“{by}”不使用{}，请留空",
            if s.is_empty() { "此单元格" } else { s }
        ),
        (Lang::En, K::NotUsed { by }) => format!("not used by “{by}”: leave it blank"),
        (
            Lang::Zh,
            K::SectionMismatch {
                first,
                expected,
                found,
            },
        ) => format!(
            "{s}应与同一板块首行的 {first} 一致（{}），实际为{}",
            found_text(lang, expected),
            found_text(lang, found)
        ),
        (
            Lang::En,
            K::SectionMismatch {
                first,
                expected,
                found,
            },
        ) => format!(
            "expected the same as {first} in the section's first row ({}), found {}",
            found_text(lang, expected),
            found_text(lang, found)
        ),
        (Lang::Zh, K::UnknownKey { found, known }) => format!(
            "{}不是可填写的项目，可填写：{}",
            name_text(lang, found),
            list(lang, known)
        ),
        (Lang::En, K::UnknownKey { found, known }) => format!(
            "{} is not a known key; the keys are {}",
            name_text(lang, found),
            list(lang, known)
        ),
        (Lang::Zh, K::DuplicateKey { first }) => {
            format!("此项目已在第 {first} 行填写过，请删除重复的一行")
        }
        (Lang::En, K::DuplicateKey { first }) => {
            format!("the key is already given in row {first}: delete the repeated row")
        }
        (Lang::Zh, K::Needs { header }) => format!(
            "填写了{}，还需填写“{header}”",
            if s.is_empty() { "此单元格" } else { s }
        ),
        (Lang::En, K::Needs { header }) => format!("needs “{header}” too"),
        (Lang::Zh, K::ThresholdBelowOne { found }) => format!(
            "{}按 {found}% 计算；设为百分比格式的单元格会把 95% 存为 0.95，如要求为 95%，请填写 95",
            if s.is_empty() { "此值" } else { s }
        ),
        (Lang::En, K::ThresholdBelowOne { found }) => format!(
            "the threshold is taken as {found}%; a cell formatted as a percentage holds 95% as 0.95, so if 95% is meant, write 95"
        ),

        // --- The rubric.
        (
            _,
            K::Rubric {
                problem, first, ..
            },
        ) => rubric_text(lang, problem, first.as_deref()),

        (Lang::Zh, K::TooManyIssues { max }) => {
            format!("问题过多，只列出前 {max} 处；请先改正这些问题再导入")
        }
        (Lang::En, K::TooManyIssues { max }) => format!(
            "there are more problems than the {max} listed; correct these and import again"
        ),
    }
}

/// An issue of the rubric's validation: the engine's words, with where a
/// duplicate was first used as a cell rather than a JSON path.
fn rubric_text(lang: Lang, problem: &ProblemKind, first: Option<&Location>) -> String {
    // Where it was first used, when the workbook knows the sheet; without
    // the header, which the issue's own location gives.
    let first = first.filter(|at| at.sheet.is_some()).map(|at| {
        location_text(
            lang,
            &Location {
                header: None,
                ..at.clone()
            },
        )
    });
    match (problem, &first) {
        (ProblemKind::Duplicate { of, id, .. }, Some(at)) => problem_kind_text(
            lang,
            &ProblemKind::Duplicate {
                of: *of,
                id: id.clone(),
                first: at.clone(),
            },
        ),
        (p, Some(at)) => match lang {
            Lang::Zh => format!("{}（首次出现在 {at}）", problem_kind_text(lang, p)),
            Lang::En => format!("{} (first used at {at})", problem_kind_text(lang, p)),
        },
        (p, None) => problem_kind_text(lang, p),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ziping_engine::IdOf;
    use ziping_workbook::columns::INFO_KEYS;
    use ziping_workbook::names::{Vocab, COMPARE, KINDS, LEVELS};

    const MB: usize = 1024 * 1024;

    fn issue(at: Location, kind: IssueKind) -> Issue {
        Issue { at, kind }
    }

    fn both(i: &Issue) -> (String, String) {
        (issue_text(Lang::Zh, i), issue_text(Lang::En, i))
    }

    fn range(sheet: &str, row: u32, column: u32, header: &str, to: (u32, &str)) -> Location {
        Location {
            to: Some((to.0, to.1.to_owned())),
            ..Location::cell(sheet, row, column, header)
        }
    }

    fn is_cjk(c: char) -> bool {
        matches!(c,
            '\u{3000}'..='\u{303f}' // CJK punctuation
            | '\u{3400}'..='\u{9fff}'
            | '\u{ff00}'..='\u{ffef}') // full-width forms
    }

    /// The runs of ASCII letters in `text`.
    fn ascii_words(text: &str) -> Vec<String> {
        text.split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect()
    }

    /// `text` without the strings of `data`, longest first.
    fn without(text: &str, data: &[String]) -> String {
        let mut data: Vec<&String> = data.iter().collect();
        data.sort_by_key(|d| std::cmp::Reverse(d.chars().count()));
        let mut t = text.to_owned();
        for d in data {
            t = t.replace(d.as_str(), "");
        }
        t
    }

    /// What words a Chinese text may hold besides its values: extensions,
    /// the spreadsheet programs and a unit.
    const ZH_ASCII: &[&str] = &["xlsx", "xls", "ods", "docx", "zip", "Excel", "WPS", "MB"];

    /// Chinese: some Chinese of its own, and no ASCII words but the
    /// values' and [`ZH_ASCII`]. English: no Chinese but the values'.
    fn check_languages(zh: &str, en: &str, data: &[String]) {
        let zh_own = without(zh, data);
        assert!(zh_own.chars().any(is_cjk), "no Chinese of its own: {zh}");
        for w in ascii_words(&zh_own) {
            assert!(ZH_ASCII.contains(&w.as_str()), "English “{w}” in: {zh}");
        }
        assert!(
            !zh.contains(": ") && !zh.contains(", "),
            "ASCII punctuation in: {zh}"
        );
        let en_own = without(en, data);
        assert!(!en_own.chars().any(is_cjk), "Chinese in: {en}");
        assert!(!ascii_words(&en_own).is_empty(), "no English: {en}");
    }

    #[test]
    fn the_model_sentence_names_the_cell_by_its_header() {
        let i = issue(
            Location::cell("评分细则", 12, 5, "分值"),
            IssueKind::WrongType {
                expected: Expected::Points,
                found: Found::Text("五分".into()),
            },
        );
        assert_eq!(
            both(&i),
            (
                "评分细则 F12：分值应为数字（不小于 0，最多两位小数，如 2.5），实际为文字“五分”".into(),
                "评分细则 F12 (分值): expected points (a number of 0 or more with at most two decimals, like 2.5), found the text “五分”".into()
            )
        );
        // Without a header, the sentence has no subject.
        let i = issue(Location::cell("等次", 3, 1, ""), i.kind);
        assert_eq!(
            issue_text(Lang::Zh, &i),
            "等次 B3：应为数字（不小于 0，最多两位小数，如 2.5），实际为文字“五分”"
        );
    }

    #[test]
    fn locations_in_both_languages() {
        let cases = [
            (
                Location::cell("评分细则", 12, 5, "分值"),
                "评分细则 F12（分值）",
                "评分细则 F12 (分值)",
            ),
            (
                Location::cell("评分细则", 12, 5, ""),
                "评分细则 F12",
                "评分细则 F12",
            ),
            (
                range("评分细则", 2, 2, "", (9, "C")),
                "评分细则 C2:C9",
                "评分细则 C2:C9",
            ),
            (
                Location::row("评分细则", 12),
                "评分细则 第 12 行",
                "评分细则 row 12",
            ),
            (
                Location::sheet("依据文件"),
                "工作表“依据文件”",
                "sheet 依据文件",
            ),
            (
                Location {
                    header: Some("版本".into()),
                    ..Location::sheet("细则信息")
                },
                "工作表“细则信息”（版本）",
                "sheet 细则信息 (版本)",
            ),
            (Location::file(), "文件", "the file"),
        ];
        for (at, zh, en) in cases {
            assert_eq!(location_text(Lang::Zh, &at), zh);
            assert_eq!(location_text(Lang::En, &at), en);
        }
    }

    #[test]
    fn a_range() {
        let i = issue(
            range("评分细则", 2, 1, "板块", (9, "B")),
            IssueKind::MergedAcrossSections {
                sections: vec!["zhengzhi".into(), "zuzhi".into()],
            },
        );
        assert_eq!(
            both(&i),
            (
                "评分细则 B2:B9（板块）：合并单元格跨越了多个板块（“zhengzhi”、“zuzhi”），请按板块分别合并".into(),
                "评分细则 B2:B9 (板块): a merged range covers rows of two or more sections (“zhengzhi”, “zuzhi”): merge each section separately".into()
            )
        );
        let i = issue(
            range("评分细则", 2, 2, "", (9, "D")),
            IssueKind::MergedAcrossColumns,
        );
        assert_eq!(
            issue_text(Lang::Zh, &i),
            "评分细则 C2:D9：合并单元格跨越了多列，只能合并同一列中上下相邻的单元格"
        );
    }

    #[test]
    fn a_row() {
        let i = issue(
            Location {
                header: Some("分值".into()),
                ..Location::row("评分细则", 1)
            },
            IssueKind::MissingColumn {
                header: "分值".into(),
            },
        );
        assert_eq!(
            both(&i),
            (
                "评分细则 第 1 行：缺少“分值”列".into(),
                "评分细则 row 1 (分值): the column “分值” is missing".into()
            )
        );
        let i = issue(
            Location::row("评分细则", 12),
            IssueKind::Rubric {
                path: "sections[1].items".into(),
                problem: ProblemKind::NoItems,
                first: None,
            },
        );
        assert_eq!(
            both(&i),
            (
                "评分细则 第 12 行：此部分没有评分项".into(),
                "评分细则 row 12: the section has no items".into()
            )
        );
    }

    #[test]
    fn a_sheet() {
        let i = issue(Location::sheet("依据文件"), IssueKind::MissingSheet);
        assert_eq!(
            both(&i),
            (
                "工作表“依据文件”：缺少此工作表".into(),
                "sheet 依据文件: the sheet is missing".into()
            )
        );
        // A required key of sheet 细则信息 that is not there.
        let i = issue(
            Location {
                header: Some("版本".into()),
                ..Location::sheet("细则信息")
            },
            IssueKind::Required {
                expected: Expected::WholeNumber,
            },
        );
        assert_eq!(
            both(&i),
            (
                "工作表“细则信息”：版本未填写，应填写不小于 0 的整数".into(),
                "sheet 细则信息 (版本): blank: expected a whole number of 0 or more".into()
            )
        );
    }

    fn file_kind_index(k: FileKind) -> usize {
        match k {
            FileKind::Empty => 0,
            FileKind::OldExcel => 1,
            FileKind::Ods => 2,
            FileKind::OtherZip => 3,
            FileKind::Other => 4,
        }
    }

    #[test]
    fn not_xlsx_for_every_file_kind() {
        let cases = [
            (
                FileKind::Empty,
                "不是 .xlsx 工作簿：文件是空的",
                "not an .xlsx workbook: the file is empty",
            ),
            (
                FileKind::OldExcel,
                "不是 .xlsx 工作簿：这是旧版 .xls 文件，请在 Excel/WPS 中另存为 .xlsx",
                "not an .xlsx workbook: it is an old .xls file; save it as .xlsx in Excel or WPS",
            ),
            (
                FileKind::Ods,
                "不是 .xlsx 工作簿：这是 .ods 文件，请另存为 .xlsx",
                "not an .xlsx workbook: it is an .ods file; save it as .xlsx",
            ),
            (
                FileKind::OtherZip,
                "不是 .xlsx 工作簿：这是其他类型的压缩文件（如 .docx 或 .zip），不是工作簿",
                "not an .xlsx workbook: it is a zip of another kind (such as .docx or .zip), not a workbook",
            ),
            (
                FileKind::Other,
                "不是 .xlsx 工作簿：这不是电子表格文件",
                "not an .xlsx workbook: it is not a spreadsheet",
            ),
        ];
        let mut seen: Vec<usize> = cases.iter().map(|c| file_kind_index(c.0)).collect();
        seen.sort_unstable();
        assert_eq!(seen, (0..5).collect::<Vec<_>>());
        for (looks_like, zh, en) in cases {
            let i = issue(Location::file(), IssueKind::NotXlsx { looks_like });
            assert_eq!(both(&i), (zh.into(), en.into()));
            check_languages(zh, en, &[]);
        }
    }

    #[test]
    fn encrypted() {
        let i = issue(Location::file(), IssueKind::Encrypted);
        assert_eq!(
            both(&i),
            (
                "工作簿设有密码（已加密），无法读取：请去掉密码后重新保存".into(),
                "the workbook is password-protected (encrypted): remove the password and save it again".into()
            )
        );
    }

    #[test]
    fn formula() {
        let i = issue(
            Location::cell("评分细则", 9, 5, "分值"),
            IssueKind::Formula {
                formula: "=SUM(F2:F8)".into(),
            },
        );
        assert_eq!(
            both(&i),
            (
                "评分细则 F9：分值是公式“=SUM(F2:F8)”，请粘贴数值而不是公式".into(),
                "评分细则 F9 (分值): the formula “=SUM(F2:F8)”: paste the value instead of the formula".into()
            )
        );
        // In the header row the cell has no header yet.
        let i = issue(
            Location::cell("等次", 1, 1, ""),
            IssueKind::Formula {
                formula: "=A1".into(),
            },
        );
        assert_eq!(
            issue_text(Lang::Zh, &i),
            "等次 B1：此单元格是公式“=A1”，请粘贴数值而不是公式"
        );
    }

    #[test]
    fn rubric_duplicate_names_the_cell_first_used_not_its_path() {
        let i = issue(
            Location::cell("评分细则", 9, 3, "编号"),
            IssueKind::Rubric {
                path: "sections[1].items[0].id".into(),
                problem: ProblemKind::Duplicate {
                    of: IdOf::Item,
                    id: "zz-1".into(),
                    first: "sections[0].items[3].id".into(),
                },
                first: Some(Box::new(Location::cell("评分细则", 5, 3, "编号"))),
            },
        );
        let (zh, en) = both(&i);
        assert_eq!(
            zh,
            "评分细则 D9（编号）：评分项 id \"zz-1\" 已在 评分细则 D5 处使用过"
        );
        assert_eq!(
            en,
            "评分细则 D9 (编号): item id \"zz-1\" is already used at 评分细则 D5"
        );
        assert!(!zh.contains("sections") && !en.contains("sections"));
    }

    #[test]
    fn rubric_with_first_for_another_problem() {
        let i = issue(
            Location::cell("评分细则", 9, 3, "编号"),
            IssueKind::Rubric {
                path: "sections[1].items[0].id".into(),
                problem: ProblemKind::EmptyId,
                first: Some(Box::new(Location::cell("评分细则", 5, 3, "编号"))),
            },
        );
        assert_eq!(
            both(&i),
            (
                "评分细则 D9（编号）：id 为空（首次出现在 评分细则 D5）".into(),
                "评分细则 D9 (编号): the id is empty (first used at 评分细则 D5)".into()
            )
        );
    }

    #[test]
    fn rubric_at_a_sheet_or_the_file_gives_its_path() {
        let i = issue(
            Location::sheet("等次"),
            IssueKind::Rubric {
                path: "grades".into(),
                problem: ProblemKind::NoGrades,
                first: None,
            },
        );
        assert_eq!(
            both(&i),
            (
                "工作表“等次”：没有等次；至少给出一个，从 0 分起（grades）".into(),
                "sheet 等次: there are no grade bands; give at least one, starting at 0 (grades)"
                    .into()
            )
        );
        let i = issue(
            Location::file(),
            IssueKind::Rubric {
                path: "sections".into(),
                problem: ProblemKind::NoSections,
                first: None,
            },
        );
        assert_eq!(issue_text(Lang::Zh, &i), "考核细则没有任何部分（sections）");
    }

    #[test]
    fn too_many_issues() {
        let i = issue(Location::file(), IssueKind::TooManyIssues { max: 200 });
        assert_eq!(
            both(&i),
            (
                "问题过多，只列出前 200 处；请先改正这些问题再导入".into(),
                "there are more problems than the 200 listed; correct these and import again"
                    .into()
            )
        );
    }

    #[test]
    fn warnings_are_notes() {
        let i = issue(Location::sheet("草稿"), IssueKind::IgnoredSheet);
        assert_eq!(
            both(&i),
            (
                "工作表“草稿”：不是考核细则的工作表，其内容未读取".into(),
                "sheet 草稿: not a sheet of the rubric, so its content was not read".into()
            )
        );
        let i = issue(
            Location::cell("评分细则", 4, 8, "阈值"),
            IssueKind::ThresholdBelowOne {
                found: "0.95".into(),
            },
        );
        assert_eq!(
            both(&i),
            (
                "评分细则 I4：阈值按 0.95% 计算；设为百分比格式的单元格会把 95% 存为 0.95，如要求为 95%，请填写 95".into(),
                "评分细则 I4 (阈值): the threshold is taken as 0.95%; a cell formatted as a percentage holds 95% as 0.95, so if 95% is meant, write 95".into()
            )
        );
    }

    #[test]
    fn export_errors_keep_the_path() {
        let e = ExportError::Inexpressible {
            path: "sections[0].items[2].scoring.levels[1].name".into(),
            what: Inexpressible::LevelName {
                name: "好;较好".into(),
            },
        };
        assert_eq!(
            export_error_text(Lang::Zh, &e),
            "sections[0].items[2].scoring.levels[1].name：工作簿无法表示等级名称“好;较好”（不能含分号或换行，前后不能有空格）"
        );
        assert_eq!(
            export_error_text(Lang::En, &e),
            "sections[0].items[2].scoring.levels[1].name: a workbook cannot express the level name “好;较好” (no semicolons or line breaks, no spaces at either end)"
        );
        let cases = [
            (
                Inexpressible::GradeName {
                    name: " 优秀".into(),
                },
                "工作簿无法表示等次名称“ 优秀”（前后不能有空格）",
            ),
            (
                Inexpressible::EmptyNumber,
                "工作簿无法表示空白的文号（请填写文号，或去掉这一项）",
            ),
            (
                Inexpressible::TooManyRows {
                    rows: 2_000_000,
                    max: 1_048_575,
                },
                "工作簿无法表示 2000000 行的表格（一个工作表最多 1048575 行）",
            ),
            (
                Inexpressible::TooManyColumns {
                    columns: 20_000,
                    max: 16_384,
                },
                "工作簿无法表示有 20000 格的一行（一个工作表最多 16384 列）",
            ),
            (
                Inexpressible::TooLong { chars: 40_000 },
                "工作簿无法表示长达 40000 字的文字（一个单元格最多 32767 字）",
            ),
        ];
        for (what, zh) in cases {
            let e = ExportError::Inexpressible {
                path: "documents[0].number".into(),
                what,
            };
            assert_eq!(
                export_error_text(Lang::Zh, &e),
                format!("documents[0].number：{zh}")
            );
            assert!(!export_error_text(Lang::En, &e)
                .trim_start_matches("documents[0].number")
                .chars()
                .any(|c| is_cjk(c) && c != '优' && c != '秀'));
        }
        let e = ExportError::Xlsx {
            detail: "disk full".into(),
        };
        assert_eq!(
            export_error_text(Lang::Zh, &e),
            "无法生成工作簿（disk full）"
        );
        assert_eq!(
            export_error_text(Lang::En, &e),
            "the workbook cannot be written (disk full)"
        );
    }

    #[test]
    fn headings() {
        assert_eq!(
            issues_heading(Lang::Zh, "细则.xlsx", 3, false),
            "“细则.xlsx”未导入：发现 3 处问题，未作任何更改。"
        );
        assert_eq!(
            issues_heading(Lang::En, "细则.xlsx", 3, false),
            "“细则.xlsx” was not imported: 3 problems found; nothing was changed."
        );
        assert_eq!(
            issues_heading(Lang::En, "细则.xlsx", 1, false),
            "“细则.xlsx” was not imported: 1 problem found; nothing was changed."
        );
        assert_eq!(
            issues_heading(Lang::Zh, "细则.xlsx", 200, true),
            "“细则.xlsx”未导入：发现 200 处以上问题，未作任何更改。"
        );
        assert_eq!(
            issues_heading(Lang::En, "细则.xlsx", 200, true),
            "“细则.xlsx” was not imported: more than 200 problems found; nothing was changed."
        );
        assert_eq!(warnings_heading(Lang::Zh, 2), "另有 2 条提示：");
        assert_eq!(warnings_heading(Lang::En, 2), "2 notes:");
        assert_eq!(warnings_heading(Lang::En, 1), "1 note:");
    }

    #[test]
    fn sizes_in_megabytes() {
        assert_eq!(megabytes(5 * 1024 * 1024), "5 MB");
        assert_eq!(megabytes(5 * 1024 * 1024 + 1), "5.1 MB");
        assert_eq!(megabytes(6_500_000), "6.2 MB");
    }

    fn found_index(f: &Found) -> usize {
        match f {
            Found::Blank => 0,
            Found::Text(_) => 1,
            Found::Number(_) => 2,
            Found::Bool(_) => 3,
            Found::Date(_) => 4,
            Found::Error(_) => 5,
        }
    }

    #[test]
    fn every_found_is_worded() {
        let cases = [
            (Found::Blank, "空白单元格", "a blank cell"),
            (Found::Text("五分".into()), "文字“五分”", "the text “五分”"),
            (Found::Number("2.5".into()), "数字 2.5", "the number 2.5"),
            (Found::Bool(true), "逻辑值 TRUE", "the logical value TRUE"),
            (
                Found::Bool(false),
                "逻辑值 FALSE",
                "the logical value FALSE",
            ),
            (
                Found::Date("2020-09-30".into()),
                "日期 2020-09-30",
                "the date 2020-09-30",
            ),
            (
                Found::Error("#DIV/0!".into()),
                "错误值 #DIV/0!",
                "the error value #DIV/0!",
            ),
        ];
        let mut seen: Vec<usize> = cases.iter().map(|c| found_index(&c.0)).collect();
        seen.dedup();
        assert_eq!(seen, (0..6).collect::<Vec<_>>());
        for (found, zh, en) in cases {
            assert_eq!(found_text(Lang::Zh, &found), zh);
            assert_eq!(found_text(Lang::En, &found), en);
        }
    }

    fn expected_index(e: Expected) -> usize {
        match e {
            Expected::Text => 0,
            Expected::Id => 1,
            Expected::Points => 2,
            Expected::Percent => 3,
            Expected::Share => 4,
            Expected::WholeNumber => 5,
            Expected::Year => 6,
            Expected::YesNo => 7,
            Expected::Date => 8,
            Expected::Due => 9,
            Expected::Levels => 10,
            Expected::Effect => 11,
            Expected::Figure => 12,
            Expected::ConditionValue => 13,
            Expected::Choice(_) => 14,
        }
    }

    fn words(v: Vocab) -> Vec<String> {
        v.choices().iter().map(|w| (*w).to_owned()).collect()
    }

    #[test]
    fn every_expected_is_worded() {
        let all = [
            Expected::Text,
            Expected::Id,
            Expected::Points,
            Expected::Percent,
            Expected::Share,
            Expected::WholeNumber,
            Expected::Year,
            Expected::YesNo,
            Expected::Date,
            Expected::Due,
            Expected::Levels,
            Expected::Effect,
            Expected::Figure,
            Expected::ConditionValue,
            Expected::Choice(KINDS),
            Expected::Choice(LEVELS),
            Expected::Choice(COMPARE),
        ];
        let mut seen: Vec<usize> = all.iter().map(|e| expected_index(*e)).collect();
        seen.dedup();
        assert_eq!(seen, (0..15).collect::<Vec<_>>());
        let mut data: Vec<String> = ["好", "较好", "一般", "差", "合格", CAP_GRADE, SUM]
            .iter()
            .map(|w| (*w).to_owned())
            .collect();
        for v in [KINDS, LEVELS, COMPARE, YES_NO, EFFECTS, FIGURES] {
            data.extend(words(v));
        }
        for e in all {
            let (zh, en) = (expected_text(Lang::Zh, e), expected_text(Lang::En, e));
            check_languages(&zh, &en, &data);
        }
        assert_eq!(
            expected_text(Lang::Zh, Expected::Choice(LEVELS)),
            "党支部、党委、单位、系统之一"
        );
        assert_eq!(
            expected_text(Lang::En, Expected::Choice(LEVELS)),
            "one of 党支部, 党委, 单位, 系统"
        );
        assert_eq!(
            expected_text(Lang::Zh, Expected::Effect),
            "“总分为零”、“最低等次”或“最高等次:等次名称”（如“最高等次:合格”）"
        );
        assert_eq!(
            expected_text(Lang::Zh, Expected::Figure),
            "“达标单位数”、“单位数”或“合计:编号”"
        );
    }

    /// The number of [`IssueKind`] variants.
    const KINDS_COUNT: usize = 28;

    /// Each variant's place; a new variant fails to compile here: give it
    /// the next number, raise [`KINDS_COUNT`] and add it to [`samples`].
    fn kind_index(k: &IssueKind) -> usize {
        use IssueKind as K;
        match k {
            K::FileTooLarge { .. } => 0,
            K::UnzippedTooLarge { .. } => 1,
            K::NotXlsx { .. } => 2,
            K::Encrypted => 3,
            K::Unreadable { .. } => 4,
            K::MissingSheet => 5,
            K::IgnoredSheet => 6,
            K::SheetTooLarge { .. } => 7,
            K::MissingColumn { .. } => 8,
            K::UnknownHeader { .. } => 9,
            K::DuplicateHeader { .. } => 10,
            K::OutsideColumns { .. } => 11,
            K::MergedAcrossColumns => 12,
            K::MergedHeader => 13,
            K::HiddenByMerge { .. } => 14,
            K::MergedAcrossSections { .. } => 15,
            K::Formula { .. } => 16,
            K::Required { .. } => 17,
            K::WrongType { .. } => 18,
            K::UnknownChoice { .. } => 19,
            K::NotUsed { .. } => 20,
            K::SectionMismatch { .. } => 21,
            K::UnknownKey { .. } => 22,
            K::DuplicateKey { .. } => 23,
            K::Needs { .. } => 24,
            K::ThresholdBelowOne { .. } => 25,
            K::Rubric { .. } => 26,
            K::TooManyIssues { .. } => 27,
        }
    }

    fn strings(list: &[&str]) -> Vec<String> {
        list.iter().map(|w| (*w).to_owned()).collect()
    }

    /// One issue of every kind, where the reader puts it, with the values
    /// it holds (besides its location's).
    fn samples() -> Vec<(Issue, Vec<String>)> {
        use IssueKind as K;
        let items = "评分细则";
        let cell = |r, c, h: &str| Location::cell(items, r, c, h);
        let keys: Vec<String> = INFO_KEYS.iter().map(|(k, _)| (*k).to_owned()).collect();
        vec![
            (
                issue(
                    Location::file(),
                    K::FileTooLarge {
                        bytes: 6_500_000,
                        max: 5 * MB,
                    },
                ),
                vec![],
            ),
            (
                issue(
                    Location::file(),
                    K::UnzippedTooLarge {
                        bytes: 200 * 1024 * 1024,
                        max: 100 * 1024 * 1024,
                    },
                ),
                vec![],
            ),
            (
                issue(
                    Location::file(),
                    K::NotXlsx {
                        looks_like: FileKind::OldExcel,
                    },
                ),
                vec![],
            ),
            (issue(Location::file(), K::Encrypted), vec![]),
            (
                issue(
                    Location::sheet("等次"),
                    K::Unreadable {
                        detail: "bad xml".into(),
                    },
                ),
                strings(&["bad xml"]),
            ),
            (issue(Location::sheet("依据文件"), K::MissingSheet), vec![]),
            (issue(Location::sheet("草稿"), K::IgnoredSheet), vec![]),
            (
                issue(cell(2002, 0, ""), K::SheetTooLarge { max_rows: 2000 }),
                vec![],
            ),
            (
                issue(
                    Location {
                        header: Some("分值".into()),
                        ..Location::row(items, 1)
                    },
                    K::MissingColumn {
                        header: "分值".into(),
                    },
                ),
                vec![],
            ),
            (
                issue(
                    cell(1, 7, ""),
                    K::UnknownHeader {
                        found: Found::Text("分数".into()),
                        known: strings(&["编号", "分值"]),
                    },
                ),
                strings(&["分数", "编号", "分值"]),
            ),
            (
                issue(cell(1, 9, "分值"), K::DuplicateHeader { first: "F".into() }),
                strings(&["F"]),
            ),
            (
                issue(
                    cell(5, 40, ""),
                    K::OutsideColumns {
                        found: Found::Number("3".into()),
                    },
                ),
                vec![],
            ),
            (
                issue(range(items, 2, 2, "", (9, "D")), K::MergedAcrossColumns),
                vec![],
            ),
            (
                issue(range(items, 1, 0, "", (2, "A")), K::MergedHeader),
                vec![],
            ),
            (
                issue(
                    cell(3, 1, ""),
                    K::HiddenByMerge {
                        found: Found::Text("党建".into()),
                    },
                ),
                strings(&["党建"]),
            ),
            (
                issue(
                    range(items, 2, 0, "板块编号", (9, "A")),
                    K::MergedAcrossSections {
                        sections: strings(&["zhengzhi", "zuzhi"]),
                    },
                ),
                strings(&["zhengzhi", "zuzhi"]),
            ),
            (
                issue(
                    cell(9, 5, "分值"),
                    K::Formula {
                        formula: "=SUM(F2:F8)".into(),
                    },
                ),
                strings(&["=SUM(F2:F8)"]),
            ),
            (
                issue(
                    cell(9, 5, "分值"),
                    K::Required {
                        expected: Expected::Points,
                    },
                ),
                vec![],
            ),
            (
                issue(
                    cell(12, 5, "分值"),
                    K::WrongType {
                        expected: Expected::Points,
                        found: Found::Text("五分".into()),
                    },
                ),
                strings(&["五分"]),
            ),
            (
                issue(
                    cell(4, 6, "计分方式"),
                    K::UnknownChoice {
                        found: "比例".into(),
                        choices: words(KINDS),
                    },
                ),
                [vec!["比例".to_owned()], words(KINDS)].concat(),
            ),
            (
                issue(
                    cell(4, 8, "阈值"),
                    K::NotUsed {
                        by: "数量".into()
                    },
                ),
                strings(&["数量"]),
            ),
            (
                issue(
                    cell(5, 1, "板块"),
                    K::SectionMismatch {
                        first: "B2".into(),
                        expected: Found::Text("党的政治建设".into()),
                        found: Found::Text("政治建设".into()),
                    },
                ),
                strings(&["B2", "党的政治建设", "政治建设"]),
            ),
            (
                issue(
                    Location::cell("细则信息", 9, 0, "项目"),
                    K::UnknownKey {
                        found: Found::Text("年份".into()),
                        known: keys.clone(),
                    },
                ),
                [vec!["年份".to_owned()], keys].concat(),
            ),
            (
                issue(
                    Location::cell("细则信息", 9, 0, "项目"),
                    K::DuplicateKey { first: 3 },
                ),
                vec![],
            ),
            (
                issue(
                    cell(6, 41, "条件值"),
                    K::Needs {
                        header: "适用条件".into(),
                    },
                ),
                strings(&["适用条件"]),
            ),
            (
                issue(
                    cell(4, 8, "阈值"),
                    K::ThresholdBelowOne {
                        found: "0.95".into(),
                    },
                ),
                vec![],
            ),
            (
                issue(
                    cell(12, 28, "等级"),
                    K::Rubric {
                        path: "sections[0].items[2].scoring.levels".into(),
                        problem: ProblemKind::NoLevels,
                        first: None,
                    },
                ),
                vec![],
            ),
            (
                issue(Location::file(), K::TooManyIssues { max: 200 }),
                vec![],
            ),
        ]
    }

    #[test]
    fn every_kind_is_worded_in_both_languages() {
        let samples = samples();
        let mut seen: Vec<usize> = samples.iter().map(|(i, _)| kind_index(&i.kind)).collect();
        seen.sort_unstable();
        assert_eq!(seen, (0..KINDS_COUNT).collect::<Vec<_>>());
        for (i, mut data) in samples {
            data.extend(i.at.sheet.clone());
            data.extend(i.at.header.clone());
            data.extend(i.at.cell_ref());
            let (zh, en) = both(&i);
            check_languages(&zh, &en, &data);
            // The location leads, set off by the language's colon.
            if i.at.sheet.is_some() {
                assert!(zh.contains('：') && en.contains(": "), "{zh} / {en}");
            }
            // The JSON path of a rubric problem stays out of a cell's text.
            if let IssueKind::Rubric { path, .. } = &i.kind {
                assert!(!zh.contains(path.as_str()) && !en.contains(path.as_str()));
            }
        }
    }
}
