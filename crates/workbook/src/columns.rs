//! The sheets and their columns: one table that the reader, the writer and
//! the tests of `docs/rubric-workbook.md` share.

/// Sheet 细则信息: the rubric's own fields as key/value rows.
pub const INFO: &str = "细则信息";
/// Sheet 依据文件: the documents.
pub const DOCUMENTS: &str = "依据文件";
/// Sheet 等次: the grade bands.
pub const GRADES: &str = "等次";
/// Sheet 基本情况: the facts.
pub const FACTS: &str = "基本情况";
/// Sheet 评分细则: one row per item.
pub const ITEMS: &str = "评分细则";
/// Sheet 填写说明: instructions, never read.
pub const HELP: &str = "填写说明";

/// The sheets a workbook must have.
pub const REQUIRED_SHEETS: &[&str] = &[INFO, DOCUMENTS, GRADES, ITEMS];

/// How a column's cells are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Short text in a text-formatted column (ids, choices, dates).
    Code,
    /// Free text, wrapped.
    Text,
    /// Numbers.
    Number,
}

/// One column of a sheet.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Column {
    /// The header, as the clerk sees it.
    pub header: &'static str,
    /// Whether the header must be present.
    pub required: bool,
    /// The width written, in characters.
    pub width: f64,
    /// How its cells are written.
    pub style: Style,
}

const fn col(header: &'static str, required: bool, width: f64, style: Style) -> Column {
    Column {
        header,
        required,
        width,
        style,
    }
}

use Style::{Code, Number, Text};

/// The two columns of sheet 细则信息.
pub const INFO_COLUMNS: &[Column] = &[col("项目", true, 14.0, Code), col("内容", true, 60.0, Text)];

/// The keys of sheet 细则信息, in the order written, and whether required.
pub const INFO_KEYS: &[(&str, bool)] = &[
    ("细则编号", true),
    ("版本", true),
    ("标题", true),
    ("说明", false),
    ("填报层级", true),
    ("考核周期", false),
    ("年度", false),
    ("达标等次", false),
    ("达标分数", false),
    ("加分上限", false),
    ("不适用项", false),
];

/// The columns of sheet 依据文件.
pub const DOCUMENT_COLUMNS: &[Column] = &[
    col("编号", true, 14.0, Code),
    col("文号", false, 22.0, Text),
    col("标题", true, 48.0, Text),
    col("发文单位", false, 28.0, Text),
    col("发文日期", false, 12.0, Code),
    col("类别", false, 10.0, Code),
];

/// The columns of sheet 等次.
pub const GRADE_COLUMNS: &[Column] = &[
    col("等次", true, 14.0, Text),
    col("最低分", true, 10.0, Number),
];

/// The columns of sheet 基本情况.
pub const FACT_COLUMNS: &[Column] = &[
    col("编号", true, 16.0, Code),
    col("问题", true, 48.0, Text),
    col("类型", true, 8.0, Code),
];

/// The parameter columns of sheet 评分细则, in order.
pub const PARAMETERS: &[Column] = &[
    col("比较", false, 6.0, Code),
    col("阈值", false, 7.0, Code),
    col("分子", false, 18.0, Text),
    col("分母", false, 18.0, Text),
    col("单位", false, 14.0, Text),
    col("得分方式", false, 9.0, Code),
    col("基准分", false, 7.0, Number),
    col("每10个百分点", false, 8.0, Number),
    col("分子计入分母", false, 8.0, Code),
    col("分母为零时", false, 9.0, Code),
    col("数据来源", false, 14.0, Code),
    col("分子来源", false, 14.0, Code),
    col("分母来源", false, 14.0, Code),
    col("事项", false, 18.0, Text),
    col("周期", false, 7.0, Code),
    col("次数", false, 6.0, Number),
    col("每次扣分", false, 7.0, Number),
    col("每次加分", false, 7.0, Number),
    col("最低分", false, 7.0, Number),
    col("目标", false, 6.0, Number),
    col("部分完成比例", false, 8.0, Number),
    col("等级", false, 24.0, Text),
    col("否决后果", false, 14.0, Code),
    col("截止", false, 11.0, Code),
    col("含截止日", false, 7.0, Code),
    col("截止说明", false, 12.0, Text),
    col("逾期得分比例", false, 8.0, Number),
];

/// The columns of sheet 评分细则 before the parameters.
pub const ITEM_HEAD: &[Column] = &[
    col("板块编号", true, 12.0, Code),
    col("板块", true, 20.0, Text),
    col("板块分值", true, 7.0, Number),
    col("编号", true, 14.0, Code),
    col("考核内容", true, 36.0, Text),
    col("分值", true, 6.0, Number),
    col("计分方式", true, 9.0, Code),
];

/// The columns of sheet 评分细则 after the parameters.
pub const ITEM_TAIL: &[Column] = &[
    col("依据文件", true, 10.0, Code),
    col("条款", true, 10.0, Code),
    col("原文", true, 48.0, Text),
    col("佐证材料", true, 24.0, Text),
    col("责任部门", false, 14.0, Text),
    col("统计层级", false, 8.0, Code),
    col("适用条件", false, 12.0, Code),
    col("条件值", false, 6.0, Code),
    col("条件说明", false, 24.0, Text),
    col("可否不适用", false, 8.0, Code),
    col("未开展后果", false, 14.0, Code),
    col("备注", false, 20.0, Text),
];

/// The column of notes, never read.
pub const NOTES: &str = "备注";

/// Every column of sheet 评分细则, in order.
pub fn item_columns() -> Vec<Column> {
    ITEM_HEAD
        .iter()
        .chain(PARAMETERS)
        .chain(ITEM_TAIL)
        .copied()
        .collect()
}

/// The parameter columns each kind reads: `(kind, required, optional)`.
pub const KIND_PARAMETERS: &[(&str, &[&str], &[&str])] = &[
    (
        "ratio",
        &["比较", "阈值", "分子", "分母", "单位"],
        &[
            "得分方式",
            "基准分",
            "每10个百分点",
            "最低分",
            "分子计入分母",
            "分母为零时",
            "数据来源",
            "分子来源",
            "分母来源",
        ],
    ),
    (
        "frequency",
        &["事项", "周期", "次数", "每次扣分"],
        &["最低分"],
    ),
    ("count", &["目标", "单位"], &["得分方式"]),
    ("checklist", &[], &["部分完成比例"]),
    ("levels", &["等级"], &[]),
    ("deduction", &["事项", "每次扣分"], &["最低分"]),
    ("bonus", &["事项", "每次加分"], &[]),
    ("veto", &["事项", "否决后果"], &[]),
    (
        "deadline",
        &["截止"],
        &["含截止日", "截止说明", "逾期得分比例"],
    ),
    ("coverage", &["分子", "分母", "单位"], &["得分方式"]),
];

/// Whether kind `kind` reads parameter column `header`.
pub fn kind_uses(kind: &str, header: &str) -> bool {
    KIND_PARAMETERS
        .iter()
        .find(|(k, _, _)| *k == kind)
        .is_some_and(|(_, req, opt)| req.contains(&header) || opt.contains(&header))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_unique_per_sheet_and_every_parameter_is_used() {
        let items = item_columns();
        for (i, c) in items.iter().enumerate() {
            assert!(
                items[i + 1..].iter().all(|d| d.header != c.header),
                "{}",
                c.header
            );
        }
        for p in PARAMETERS {
            assert!(
                KIND_PARAMETERS
                    .iter()
                    .any(|(_, r, o)| r.contains(&p.header) || o.contains(&p.header)),
                "{}",
                p.header
            );
        }
        for (kind, r, o) in KIND_PARAMETERS {
            assert!(crate::names::KINDS.word(kind).is_some());
            for h in r.iter().chain(o.iter()) {
                assert!(PARAMETERS.iter().any(|p| p.header == *h), "{h}");
            }
        }
    }
}
