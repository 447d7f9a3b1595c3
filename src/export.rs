//! Exporting: an assessment as the file a branch hands to its committee,
//! and the 问题清单 and the committee's roll-up tables as spreadsheets.

use std::rc::Rc;

use ziping_engine::{score, Assessment, ResultSummary, Rubric};

use crate::i18n::{Lang, M};
use crate::state::{Store, BACKUP_FORMAT};
use crate::view::rollup::RollupView;

/// The assessment with its current result filled in, as JSON text.
pub fn assessment_json(assessment: &Assessment, rubric: &Rubric) -> String {
    let mut a = assessment.clone();
    let report = score(rubric, &a.answers, a.year);
    a.result = Some(ResultSummary::from_report(&report));
    a.to_json()
}

/// `text` made safe as part of a file name: characters that file systems
/// reject are replaced, and an empty name becomes 未命名.
pub(crate) fn safe_name(text: &str) -> String {
    let name: String = text
        .chars()
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '_',
            c if c.is_control() => '_',
            c => c,
        })
        .collect();
    match name.trim() {
        "" => "未命名".to_owned(),
        name => name.to_owned(),
    }
}

/// A file name that says what the file is: `党建自评-<unit>-<year>.json`,
/// with characters that file systems reject replaced.
pub fn file_name(assessment: &Assessment) -> String {
    format!(
        "党建自评-{}-{}.json",
        safe_name(&assessment.unit),
        assessment.year
    )
}

/// Offers the assessment as a download.
pub fn download(assessment: &Assessment, rubric: &Rubric) -> Result<(), String> {
    crate::browser::download(
        &file_name(assessment),
        "application/json",
        &assessment_json(assessment, rubric),
    )
}

/// Every assessment and imported rubric of `store` as one backup file
/// (format in `docs/assessment-format.md`): the assessments as kept, newest
/// first, and the rubrics as the texts that were imported.
pub fn backup_json(store: &Store) -> String {
    #[derive(serde::Serialize)]
    struct Backup<'a> {
        format: &'static str,
        format_version: u32,
        assessments: Vec<&'a Assessment>,
        rubrics: &'a [Rc<str>],
    }
    let backup = Backup {
        format: BACKUP_FORMAT,
        format_version: 1,
        assessments: store.entries.iter().map(|e| &e.assessment).collect(),
        rubrics: &store.rubrics,
    };
    // Compact, like the saved store: the same serialiser serves both.
    serde_json::to_string(&backup).unwrap_or_default()
}

/// The backup's file name: `党建自评-全部备份-<date>.json`.
pub fn backup_name(date: &str) -> String {
    format!("党建自评-全部备份-{}.json", safe_name(date))
}

/// One spreadsheet cell of CSV (RFC 4180): quoted when it holds a comma, a
/// quote, a line break or edge spaces, quotes doubled. A text that Excel
/// would take for a formula (starting with `=`, `+`, `-`, `@`, a tab or a
/// carriage return) is prefixed with `'`, so that a cell typed by a branch
/// is shown as written and never computed.
fn csv_cell(text: &str, out: &mut String) {
    let guard = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quote = guard
        || text.contains([',', '"', '\n', '\r'])
        || text.starts_with(' ')
        || text.ends_with(' ');
    if quote {
        out.push('"');
    }
    if guard {
        out.push('\'');
    }
    for c in text.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quote {
        out.push('"');
    }
}

/// Rows as CSV text for Excel: a UTF-8 byte-order mark first (without it
/// Excel reads Chinese as another encoding), commas, CRLF line ends.
pub fn csv(rows: &[Vec<String>]) -> String {
    let mut out = String::from("\u{feff}");
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            csv_cell(cell, &mut out);
        }
        out.push_str("\r\n");
    }
    out
}

/// Offers the 问题清单 as a spreadsheet, `问题清单-<unit>-<year>.csv`, in
/// the columns of the table and the printed report ([`Column`](crate::view::rows::Column)).
pub fn download_rectification(lang: Lang, assessment: &Assessment) -> Result<(), String> {
    crate::browser::download(
        &format!(
            "问题清单-{}-{}.csv",
            safe_name(&assessment.unit),
            assessment.year
        ),
        "text/csv;charset=utf-8",
        &csv(&crate::view::rows::table(lang, &assessment.rectification)),
    )
}

/// The roll-up's tables: the roster, the common weaknesses, the merged
/// 问题清单.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SummaryTable {
    /// 各单位得分.
    Roster,
    /// 共性问题.
    Weaknesses,
    /// 汇总问题清单.
    Problems,
}

/// The file name of a roll-up table: `汇总-各单位得分-<rubric title>-2020.csv`.
pub fn summary_file_name(lang: Lang, table: SummaryTable, v: &RollupView) -> String {
    let what = match table {
        SummaryTable::Roster => M::Roster,
        SummaryTable::Weaknesses => M::ColLost,
        SummaryTable::Problems => M::MergedProblems,
    };
    format!(
        "{}-{}-{}-{}.csv",
        M::Summary.get(lang),
        safe_name(what.get(lang)),
        safe_name(&v.rubric.title),
        v.year
    )
}

/// The rows of a roll-up table, as the screen shows them.
pub fn summary_rows(lang: Lang, table: SummaryTable, v: &RollupView) -> Vec<Vec<String>> {
    match table {
        SummaryTable::Roster => crate::view::rollup::roster_table(lang, v),
        SummaryTable::Weaknesses => crate::view::rollup::weakness_table(lang, v),
        SummaryTable::Problems => crate::view::rollup::problem_table(lang, v),
    }
}

/// Offers a roll-up table as a spreadsheet.
pub fn download_summary(lang: Lang, table: SummaryTable, v: &RollupView) -> Result<(), String> {
    crate::browser::download(
        &summary_file_name(lang, table, v),
        "text/csv;charset=utf-8",
        &csv(&summary_rows(lang, table, v)),
    )
}

/// The writing of a workbook: its file name and bytes, or why not. Boxed,
/// so that one [`offer_xlsx`] serves every export (a generic one would be
/// compiled once per export, in the first load).
pub type XlsxWork = std::pin::Pin<
    Box<
        dyn std::future::Future<Output = Result<(String, Vec<u8>), crate::workbook::WorkbookError>>,
    >,
>;

/// Runs `work` (which loads the workbook module and writes a workbook)
/// with the busy notice shown, then offers the `.xlsx` it gives as the
/// name it gives, or tells why not.
pub fn offer_xlsx(dispatch: yew::Callback<crate::state::Action>, work: XlsxWork) {
    use crate::state::{Action, Notice};
    use crate::workbook::WorkbookError;
    dispatch.emit(Action::Notify(Notice::WorkbookBusy));
    wasm_bindgen_futures::spawn_local(async move {
        let offered = match work.await {
            Ok((name, bytes)) => {
                crate::browser::download_bytes(&name, crate::workbook::XLSX, &bytes)
                    .map_err(WorkbookError::Failed)
            }
            Err(e) => Err(e),
        };
        dispatch.emit(match offered {
            Ok(()) => Action::WorkbookDone,
            Err(WorkbookError::Unavailable(e)) => Action::Notify(Notice::WorkbookUnavailable(e)),
            Err(WorkbookError::Failed(e)) => Action::Notify(Notice::ExportFailed(e)),
        });
    });
}

/// The name of a rubric's workbook: `考核细则-<title>-<version>.xlsx`.
pub fn rubric_xlsx_name(title: &str, version: &str) -> String {
    format!("考核细则-{}-{}.xlsx", safe_name(title), safe_name(version))
}

/// The name of an assessment's workbook: `逐项评分表-<unit>-<year>.xlsx`
/// (in English `Scores item by item-…`).
pub fn assessment_xlsx_name(lang: Lang, assessment: &Assessment) -> String {
    format!(
        "{}-{}-{}.xlsx",
        M::ReportItems.get(lang),
        safe_name(&assessment.unit),
        assessment.year
    )
}

/// Offers one assessment's score table and 问题清单 as one workbook.
pub fn download_assessment_xlsx(
    dispatch: yew::Callback<crate::state::Action>,
    lang: Lang,
    rubric: &Rubric,
    report: &ziping_engine::Report,
    assessment: &Assessment,
) {
    let book = crate::view::tables::assessment_book(lang, rubric, report, assessment);
    let name = assessment_xlsx_name(lang, assessment);
    offer_xlsx(
        dispatch,
        Box::pin(async move { Ok((name, crate::workbook::write_tables(&book, lang).await?)) }),
    );
}

/// The name of a roll-up's workbook: `汇总-<rubric title>-<year>.xlsx`.
pub fn rollup_xlsx_name(lang: Lang, v: &RollupView) -> String {
    format!(
        "{}-{}-{}.xlsx",
        M::Summary.get(lang),
        safe_name(&v.rubric.title),
        v.year
    )
}

/// Offers a roll-up's three tables as one workbook.
pub fn download_rollup_xlsx(
    dispatch: yew::Callback<crate::state::Action>,
    lang: Lang,
    v: &RollupView,
) {
    let book = crate::view::tables::rollup_book(lang, v);
    let name = rollup_xlsx_name(lang, v);
    offer_xlsx(
        dispatch,
        Box::pin(async move { Ok((name, crate::workbook::write_tables(&book, lang).await?)) }),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|c| (*c).to_owned()).collect()
    }

    #[test]
    fn csv_starts_with_a_byte_order_mark_and_ends_rows_with_crlf() {
        let text = csv(&[row(&["序号", "存在主要问题"]), row(&["1", "台账不全"])]);
        assert_eq!(text, "\u{feff}序号,存在主要问题\r\n1,台账不全\r\n");
    }

    #[test]
    fn csv_quotes_commas_quotes_line_breaks_and_edge_spaces() {
        let text = csv(&[row(&[
            "a,b",
            "他说\"好\"",
            "第一行\n第二行",
            " 前空格",
            "后空格 ",
            "中 间",
            "",
        ])]);
        assert_eq!(
            text,
            "\u{feff}\"a,b\",\"他说\"\"好\"\"\",\"第一行\n第二行\",\" 前空格\",\"后空格 \",中 间,\r\n"
        );
    }

    #[test]
    fn csv_never_lets_a_cell_become_a_formula() {
        for bad in ["=1+1", "+86 123", "-5", "@SUM(A1)", "\tx", "\rx"] {
            let text = csv(&[vec![bad.to_owned()]]);
            let expected = format!("\u{feff}\"'{}\"\r\n", bad);
            assert_eq!(text, expected, "{bad:?}");
        }
        // Numbers as the app writes them stay numbers.
        assert_eq!(
            csv(&[row(&["38.0", "2 / 3 = 66.7%"])]),
            "\u{feff}38.0,2 / 3 = 66.7%\r\n"
        );
    }

    #[test]
    fn file_names_replace_what_file_systems_reject() {
        assert_eq!(safe_name("内科/外科:第一*党支部"), "内科_外科_第一_党支部");
        assert_eq!(safe_name("  "), "未命名");
        assert_eq!(
            rubric_xlsx_name("乐清/模范机关", "2024/1"),
            "考核细则-乐清_模范机关-2024_1.xlsx"
        );
    }
}
