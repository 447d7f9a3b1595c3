//! Workbooks as a clerk would make them, written cell by cell with
//! rust_xlsxwriter: any sheets, headers, merged ranges, number, date,
//! formula and TRUE/FALSE cells.

#![allow(dead_code, clippy::unwrap_used)]

use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook};
use ziping_workbook::{from_workbook, Issue, IssueKind, WorkbookError};

/// One cell.
#[derive(Debug, Clone, PartialEq)]
pub enum C {
    /// Nothing.
    E,
    /// A text.
    T(String),
    /// A number.
    N(f64),
    /// TRUE or FALSE.
    B(bool),
    /// A date cell (year, month, day).
    D(u16, u8, u8),
    /// A formula.
    F(String),
}

/// A text cell; the empty text is an empty cell.
pub fn t(s: &str) -> C {
    if s.is_empty() {
        C::E
    } else {
        C::T(s.to_owned())
    }
}

/// A row of text cells.
pub fn row(cells: &[&str]) -> Vec<C> {
    cells.iter().map(|s| t(s)).collect()
}

/// One sheet: rows from row 1, merged ranges as (first row, first column,
/// last row, last column), 0-based.
#[derive(Debug, Clone)]
pub struct Sheet {
    pub name: String,
    pub rows: Vec<Vec<C>>,
    pub merges: Vec<(u32, u16, u32, u16)>,
}

impl Sheet {
    pub fn new(name: &str, rows: Vec<Vec<C>>) -> Sheet {
        Sheet {
            name: name.to_owned(),
            rows,
            merges: Vec::new(),
        }
    }

    /// The cell at (row, column), 0-based, created as needed.
    pub fn cell(&mut self, r: usize, c: usize) -> &mut C {
        if self.rows.len() <= r {
            self.rows.resize(r + 1, Vec::new());
        }
        let row = &mut self.rows[r];
        if row.len() <= c {
            row.resize(c + 1, C::E);
        }
        &mut row[c]
    }

    /// The column of `header` in the header row.
    pub fn col(&self, header: &str) -> usize {
        self.rows[0]
            .iter()
            .position(|c| *c == C::T(header.to_owned()))
            .unwrap_or_else(|| panic!("no column {header}"))
    }

    /// Sets the cell of `header` in data row `r` (1-based as the sheet
    /// shows it).
    pub fn set(&mut self, r: usize, header: &str, value: C) {
        let c = self.col(header);
        *self.cell(r - 1, c) = value;
    }
}

/// A workbook of sheets.
#[derive(Debug, Clone)]
pub struct Book {
    pub sheets: Vec<Sheet>,
}

impl Book {
    pub fn sheet(&mut self, name: &str) -> &mut Sheet {
        self.sheets.iter_mut().find(|s| s.name == name).unwrap()
    }

    pub fn without(mut self, name: &str) -> Book {
        self.sheets.retain(|s| s.name != name);
        self
    }

    /// The workbook as an .xlsx file.
    pub fn bytes(&self) -> Vec<u8> {
        let mut wb = Workbook::new();
        let date = Format::new().set_num_format("yyyy-mm-dd");
        let plain = Format::new();
        for s in &self.sheets {
            let ws = wb.add_worksheet();
            ws.set_name(&s.name).unwrap();
            for &(r1, c1, r2, c2) in &s.merges {
                let first = s.rows.get(r1 as usize).and_then(|r| r.get(c1 as usize));
                let text = match first {
                    Some(C::T(t)) => t.clone(),
                    _ => String::new(),
                };
                ws.merge_range(r1, c1, r2, c2, &text, &plain).unwrap();
            }
            for (r, cells) in s.rows.iter().enumerate() {
                let r = u32::try_from(r).unwrap();
                for (c, cell) in cells.iter().enumerate() {
                    let c = u16::try_from(c).unwrap();
                    let merged_first = s.merges.iter().any(|m| (m.0, m.1) == (r, c));
                    match cell {
                        C::E => {}
                        C::T(_) if merged_first => {}
                        C::T(v) => {
                            ws.write_string(r, c, v).unwrap();
                        }
                        C::N(n) => {
                            ws.write_number(r, c, *n).unwrap();
                        }
                        C::B(b) => {
                            ws.write_boolean(r, c, *b).unwrap();
                        }
                        C::D(y, m, d) => {
                            let dt = ExcelDateTime::from_ymd(*y, *m, *d).unwrap();
                            ws.write_datetime_with_format(r, c, &dt, &date).unwrap();
                        }
                        C::F(f) => {
                            ws.write_formula(r, c, Formula::new(f)).unwrap();
                        }
                    }
                }
            }
        }
        wb.save_to_buffer().unwrap()
    }

    /// Imports the workbook, expecting failure.
    pub fn issues(&self) -> Vec<Issue> {
        match from_workbook(&self.bytes()) {
            Ok(r) => panic!("imported: {:#?}", r.rubric),
            Err(WorkbookError { issues }) => issues,
        }
    }
}

/// The headers of sheet 评分细则 used by [`base`], in a clerk's order.
pub const ITEM_HEADERS: &[&str] = &[
    "板块编号",
    "板块",
    "板块分值",
    "编号",
    "考核内容",
    "分值",
    "计分方式",
    "依据文件",
    "条款",
    "原文",
    "佐证材料",
    "统计层级",
];

/// A small valid workbook: two checklist items in one section of 10
/// points, rows 2 and 3 of 评分细则.
pub fn base() -> Book {
    let info = Sheet::new(
        "细则信息",
        vec![
            row(&["项目", "内容"]),
            row(&["细则编号", "test-2020"]),
            row(&["版本", "1.0.0"]),
            row(&["标题", "测试细则"]),
            row(&["填报层级", "党委"]),
        ],
    );
    let documents = Sheet::new(
        "依据文件",
        vec![
            row(&["编号", "标题", "发文日期"]),
            row(&["plan", "工作要点", "2020-03-01"]),
        ],
    );
    let grades = Sheet::new(
        "等次",
        vec![
            row(&["等次", "最低分"]),
            vec![t("合格"), C::N(6.0)],
            vec![t("不合格"), C::N(0.0)],
        ],
    );
    let items = Sheet::new(
        "评分细则",
        vec![
            row(ITEM_HEADERS),
            vec![
                t("1"),
                t("一、组织建设"),
                C::N(10.0),
                t("a"),
                t("建立制度"),
                C::N(5.0),
                t("完成情况"),
                t("plan"),
                t("一"),
                t("建立制度。"),
                t("制度文件"),
                t("党委"),
            ],
            vec![
                C::E,
                C::E,
                C::E,
                t("b"),
                t("开展培训"),
                C::N(5.0),
                t("完成情况"),
                t("plan"),
                t("二"),
                t("开展培训。"),
                t("培训记录"),
                t("党委"),
            ],
        ],
    );
    Book {
        sheets: vec![info, documents, grades, items],
    }
}

/// The one issue of a workbook, with its location's sheet, cell or row,
/// and header.
pub fn only(issues: &[Issue]) -> &Issue {
    assert_eq!(issues.len(), 1, "{issues:#?}");
    &issues[0]
}

/// The issue's place as `sheet cell (header)`, e.g. `评分细则 F3 (分值)`.
pub fn place(issue: &Issue) -> String {
    issue.at.to_string()
}

/// Whether any issue has this kind.
pub fn has(issues: &[Issue], kind: &IssueKind) -> bool {
    issues.iter().any(|i| &i.kind == kind)
}
