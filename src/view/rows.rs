//! The 问题清单 (rectification list): its columns, in the one order the
//! editable table, the printed report and the spreadsheet share, and the
//! rows generated from the shortfalls.

use ziping_engine::{RectificationRow, RectificationStatus, Report, Rubric};

use crate::i18n::{gap_text, row_status_label, Lang, M};
use crate::state::RowField;

/// A column of the 问题清单: those of 粤二医党〔2018〕90号 附件2 (序号,
/// 存在主要问题, 整改措施, 备注) with 责任部门 and 完成时限 from its 附件1,
/// and each row's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// 序号, from 1.
    No,
    /// 存在主要问题.
    Problem,
    /// 整改措施.
    Measure,
    /// 责任部门.
    Department,
    /// 完成时限.
    Deadline,
    /// 状态.
    Status,
    /// 备注.
    Note,
}

impl Column {
    /// Every column, in order.
    pub const ALL: [Column; 7] = [
        Column::No,
        Column::Problem,
        Column::Measure,
        Column::Department,
        Column::Deadline,
        Column::Status,
        Column::Note,
    ];

    /// The column's heading.
    pub fn label(self) -> M {
        match self {
            Column::No => M::ColNo,
            Column::Problem => M::ColProblem,
            Column::Measure => M::ColMeasure,
            Column::Department => M::ColDepartment,
            Column::Deadline => M::ColDeadline,
            Column::Status => M::ColStatus,
            Column::Note => M::ColNote,
        }
    }

    /// The text the user edits in this column, if it is one.
    pub fn field(self) -> Option<RowField> {
        match self {
            Column::No | Column::Status => None,
            Column::Problem => Some(RowField::Problem),
            Column::Measure => Some(RowField::Measure),
            Column::Department => Some(RowField::Department),
            Column::Deadline => Some(RowField::Deadline),
            Column::Note => Some(RowField::Note),
        }
    }

    /// What the column shows of `row`, the `index`-th row (from 0).
    pub fn text(self, lang: Lang, index: usize, row: &RectificationRow) -> String {
        match self {
            Column::No => (index + 1).to_string(),
            Column::Problem => row.problem.clone(),
            Column::Measure => row.measure.clone(),
            Column::Department => row.department.clone(),
            Column::Deadline => row.deadline.clone(),
            Column::Status => row_status_label(lang, row.status).to_owned(),
            Column::Note => row.note.clone(),
        }
    }
}

/// The 问题清单 as a table of text: the headings, then one line per row.
pub fn table(lang: Lang, rows: &[RectificationRow]) -> Vec<Vec<String>> {
    let mut out = vec![Column::ALL
        .iter()
        .map(|c| c.label().get(lang).to_owned())
        .collect()];
    out.extend(
        rows.iter()
            .enumerate()
            .map(|(i, r)| Column::ALL.iter().map(|c| c.text(lang, i, r)).collect()),
    );
    out
}

/// Rows for the shortfalls that have none yet: the problem is the item and
/// its gap, the department the item's 责任单位.
pub fn from_shortfalls(
    lang: Lang,
    rubric: &Rubric,
    report: &Report,
    existing: &[RectificationRow],
) -> Vec<RectificationRow> {
    report
        .shortfalls()
        .into_iter()
        .filter(|s| {
            !existing
                .iter()
                .any(|r| r.item.as_deref() == Some(s.id.as_str()))
        })
        .filter_map(|s| {
            let item = rubric
                .sections
                .iter()
                .flat_map(|x| &x.items)
                .find(|i| i.id == s.id)?;
            let problem = match &s.gap {
                Some(g) => format!("{}：{}", item.title, gap_text(lang, g)),
                None => item.title.clone(),
            };
            Some(RectificationRow {
                problem,
                measure: M::MeasurePrefill.get(lang).to_owned(),
                department: item.responsible.clone(),
                deadline: String::new(),
                note: String::new(),
                status: RectificationStatus::Open,
                item: Some(item.id.clone()),
            })
        })
        .collect()
}
