//! What can be wrong with a workbook: an [`Issue`] is located by sheet, row,
//! column letter and header ([`Location`]) and says what is wrong as an
//! [`IssueKind`], a structured value with what was expected and what was
//! found. Nothing here words a message beyond a plain English `Display` for
//! logs and tests; the app words issues in Chinese and English.
//!
//! ```
//! use ziping_workbook::{Expected, Found, Issue, IssueKind, Location};
//!
//! let issue = Issue {
//!     at: Location::cell("评分细则", 12, 5, "分值"),
//!     kind: IssueKind::WrongType { expected: Expected::Points, found: Found::Text("五分".into()) },
//! };
//! assert_eq!(issue.at.cell_ref().as_deref(), Some("F12"));
//! assert_eq!(
//!     issue.to_string(),
//!     "评分细则 F12 (分值): expected points, a number like 2.5 with at most two decimals, found text \"五分\""
//! );
//! ```

use std::fmt;

use ziping_engine::ProblemKind;

use crate::names::Vocab;

/// Where an issue is: a sheet, a row, a cell or a range of cells. Rows are
/// 1-based as the spreadsheet shows them; columns are letters.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Location {
    /// The sheet; `None` for the file as a whole.
    pub sheet: Option<String>,
    /// The row, 1-based; `None` for the whole sheet.
    pub row: Option<u32>,
    /// The column letter (`"F"`); `None` for a whole row or sheet.
    pub column: Option<String>,
    /// The column's header (`"分值"`), or on sheet 细则信息 the key
    /// (`"版本"`), when known.
    pub header: Option<String>,
    /// The last cell of a range (merged cells), as (row, column letter).
    pub to: Option<(u32, String)>,
}

impl Location {
    /// The file as a whole.
    pub fn file() -> Location {
        Location::default()
    }

    /// A whole sheet.
    pub fn sheet(sheet: &str) -> Location {
        Location {
            sheet: Some(sheet.to_owned()),
            ..Location::default()
        }
    }

    /// A whole row (1-based).
    pub fn row(sheet: &str, row: u32) -> Location {
        Location {
            row: Some(row),
            ..Location::sheet(sheet)
        }
    }

    /// One cell: `row` 1-based, `column` 0-based (0 is column A).
    pub fn cell(sheet: &str, row: u32, column: u32, header: &str) -> Location {
        Location {
            row: Some(row),
            column: Some(column_letter(column)),
            header: (!header.is_empty()).then(|| header.to_owned()),
            ..Location::sheet(sheet)
        }
    }

    /// The cell or range as a spreadsheet names it: `"F12"`, `"C2:C9"`;
    /// `None` for a row, a sheet or the file.
    pub fn cell_ref(&self) -> Option<String> {
        let (row, column) = (self.row?, self.column.as_ref()?);
        Some(match &self.to {
            Some((r2, c2)) => format!("{column}{row}:{c2}{r2}"),
            None => format!("{column}{row}"),
        })
    }
}

impl fmt::Display for Location {
    /// `评分细则 F12 (分值)`, `评分细则 row 7`, `依据文件`, or `the file`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Some(sheet) = &self.sheet else {
            return f.write_str("the file");
        };
        f.write_str(sheet)?;
        match (self.cell_ref(), self.row) {
            (Some(cell), _) => write!(f, " {cell}")?,
            (None, Some(row)) => write!(f, " row {row}")?,
            (None, None) => {}
        }
        if let Some(h) = &self.header {
            write!(f, " ({h})")?;
        }
        Ok(())
    }
}

/// The letters of a 0-based column index: 0 → `A`, 25 → `Z`, 26 → `AA`.
///
/// ```
/// assert_eq!(ziping_workbook::column_letter(0), "A");
/// assert_eq!(ziping_workbook::column_letter(27), "AB");
/// ```
pub fn column_letter(column: u32) -> String {
    let mut n = column + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(char::from(b'A' + u8::try_from(rem).unwrap_or(0)));
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

/// A cell's content as a message names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// Nothing.
    Blank,
    /// A text.
    Text(String),
    /// A number, as its shortest decimal (`2.5`).
    Number(String),
    /// A TRUE/FALSE cell.
    Bool(bool),
    /// A date cell, as `YYYY-MM-DD` (with the time when not midnight).
    Date(String),
    /// An error value such as `#DIV/0!`.
    Error(String),
}

/// What a cell should hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    /// A text.
    Text,
    /// An id (lowercase letters, digits, `-`, `_`, `.`).
    Id,
    /// Points: zero or more, at most two decimals.
    Points,
    /// A percentage from 0 to 100 (`95`, `0.5`), at most six decimals.
    Percent,
    /// A share from 0 to 1 (`0.5`).
    Share,
    /// A whole number of zero or more.
    WholeNumber,
    /// A year (`2020`).
    Year,
    /// 是 or 否.
    YesNo,
    /// A date, `YYYY-MM-DD`.
    Date,
    /// A due date, `MM-DD` or `YYYY-MM-DD`.
    Due,
    /// Levels as `好:5;较好:4;一般:2.5;差:0`.
    Levels,
    /// A veto effect: `总分为零`, `最低等次` or `最高等次:合格`.
    Effect,
    /// A figure of a linked ratio: `达标单位数`, `单位数` or `合计:id`.
    Figure,
    /// The value of a condition: a whole number (count fact) or 是/否
    /// (yes/no fact).
    ConditionValue,
    /// One of the words of a choice cell (计分方式, 统计层级 …).
    Choice(Vocab),
}

/// What is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IssueKind {
    // --- The file.
    /// The file is larger than the reader takes.
    FileTooLarge {
        /// Its size in bytes.
        bytes: usize,
        /// The most allowed.
        max: usize,
    },
    /// Unzipped, the file would be larger than the reader takes.
    UnzippedTooLarge {
        /// The sizes its parts declare, added up.
        bytes: u64,
        /// The most allowed.
        max: u64,
    },
    /// Not an `.xlsx` workbook.
    NotXlsx {
        /// What it looks like instead.
        looks_like: FileKind,
    },
    /// A password-protected (encrypted) workbook: an OLE container holding
    /// an encrypted package.
    Encrypted,
    /// A zip that claims to be a workbook but cannot be read.
    Unreadable {
        /// The reader's own description, for the technical detail.
        detail: String,
    },

    // --- Sheets.
    /// A required sheet is missing (the location names it).
    MissingSheet,
    /// A sheet that is not read; a warning.
    IgnoredSheet,
    /// A sheet with content below its last allowed row, or with too many
    /// cells. The location is the first cell beyond.
    SheetTooLarge {
        /// The most rows after the header.
        max_rows: u32,
    },

    // --- Headers and layout.
    /// A required column is missing from the header row.
    MissingColumn {
        /// Its header.
        header: String,
    },
    /// A header the sheet does not know.
    UnknownHeader {
        /// The header as written.
        found: Found,
        /// The headers the sheet knows.
        known: Vec<String>,
    },
    /// The same header twice.
    DuplicateHeader {
        /// The column letter where it first stands.
        first: String,
    },
    /// A value in a column without a header.
    OutsideColumns {
        /// The value.
        found: Found,
    },
    /// A merged range spanning two or more columns.
    MergedAcrossColumns,
    /// A merged range that includes the header row.
    MergedHeader,
    /// A cell inside a merged range (not its first) with a value of its
    /// own, which the merge hides.
    HiddenByMerge {
        /// The hidden value.
        found: Found,
    },
    /// A merged range in a 板块 column covering rows of two or more
    /// sections.
    MergedAcrossSections {
        /// The sections' ids, in order.
        sections: Vec<String>,
    },
    /// A formula cell; only values are read.
    Formula {
        /// The formula, as written (`=SUM(F2:F8)`).
        formula: String,
    },

    // --- Cells.
    /// A required cell is blank.
    Required {
        /// What it should hold.
        expected: Expected,
    },
    /// A cell holds the wrong kind of value.
    WrongType {
        /// What it should hold.
        expected: Expected,
        /// What it holds.
        found: Found,
    },
    /// A word that is not one of the choices (an unknown 计分方式, 比较 …).
    UnknownChoice {
        /// The word written.
        found: String,
        /// The choices.
        choices: Vec<String>,
    },
    /// A parameter cell that the row's kind does not use.
    NotUsed {
        /// The kind, as the workbook names it (`数量`), or the 得分方式
        /// (`按比例`) for a slope's cells.
        by: String,
    },
    /// A later row of a section gives it another title or other points.
    SectionMismatch {
        /// The cell of the section's first row, e.g. `C2`.
        first: String,
        /// The value there.
        expected: Found,
        /// The value here.
        found: Found,
    },
    /// A key of sheet 细则信息 that is not known.
    UnknownKey {
        /// The key as written.
        found: Found,
        /// The keys the sheet knows.
        known: Vec<String>,
    },
    /// A key of sheet 细则信息 given twice.
    DuplicateKey {
        /// The row where it first stands.
        first: u32,
    },
    /// A cell that needs another cell: 条件值 without 适用条件, 分子来源
    /// without 数据来源, 基准分 without 按斜率.
    Needs {
        /// The other cell's header.
        header: String,
    },
    /// A 阈值 below 1 from a number cell: a percentage cell typed `95%`
    /// holds 0.95. A warning.
    ThresholdBelowOne {
        /// The threshold read.
        found: String,
    },

    // --- The rubric.
    /// A problem the rubric's validation found (the same as for a JSON
    /// file), mapped back from its JSON path to the cell it came from.
    Rubric {
        /// The JSON path, e.g. `sections[0].items[2].points`.
        path: String,
        /// What is wrong.
        problem: ProblemKind,
        /// For a duplicate id: where it was first used (boxed: the kind
        /// stays small).
        first: Option<Box<Location>>,
    },

    /// More issues than are reported; the rest are left out.
    TooManyIssues {
        /// The number reported.
        max: usize,
    },
}

/// What a file that is not an `.xlsx` looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// An empty file.
    Empty,
    /// An OLE container that is not encrypted: an old `.xls` (or `.doc`).
    OldExcel,
    /// An OpenDocument spreadsheet (`.ods`).
    Ods,
    /// A zip of another kind (`.docx`, a plain `.zip`).
    OtherZip,
    /// Anything else (text, CSV, an image).
    Other,
}

/// One problem, or a warning, and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// Where.
    pub at: Location,
    /// What.
    pub kind: IssueKind,
}

/// Why a workbook could not be imported: every issue found (up to
/// [`crate::MAX_ISSUES`]), in sheet and row order within each reading step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkbookError {
    /// The issues, at least one.
    pub issues: Vec<Issue>,
}

impl fmt::Display for WorkbookError {
    /// One issue per line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, issue) in self.issues.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{issue}")?;
        }
        Ok(())
    }
}

impl std::error::Error for WorkbookError {}

impl fmt::Display for Found {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Found::Blank => f.write_str("a blank cell"),
            Found::Text(t) => write!(f, "text \"{t}\""),
            Found::Number(n) => write!(f, "the number {n}"),
            Found::Bool(b) => write!(f, "{}", if *b { "TRUE" } else { "FALSE" }),
            Found::Date(d) => write!(f, "the date {d}"),
            Found::Error(e) => write!(f, "the error value {e}"),
        }
    }
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Expected::Choice(vocab) = self {
            return write!(f, "one of {}", vocab.choices().join(", "));
        }
        f.write_str(match self {
            Expected::Choice(_) => "",
            Expected::Text => "a text",
            Expected::Id => "an id of lowercase letters, digits, \"-\", \"_\" and \".\"",
            Expected::Points => "points, a number like 2.5 with at most two decimals",
            Expected::Percent => "a percentage from 0 to 100 like 95 or 0.5",
            Expected::Share => "a share from 0 to 1 like 0.5",
            Expected::WholeNumber => "a whole number",
            Expected::Year => "a year like 2020",
            Expected::YesNo => "是 or 否",
            Expected::Date => "a date like 2020-09-30",
            Expected::Due => "a due date like 09-30 or 2020-09-30",
            Expected::Levels => "levels like 好:5;较好:4;一般:2.5;差:0",
            Expected::Effect => "总分为零, 最低等次 or 最高等次:<grade>",
            Expected::Figure => "达标单位数, 单位数 or 合计:<id>",
            Expected::ConditionValue => "a whole number (count fact) or 是/否 (yes/no fact)",
        })
    }
}

impl fmt::Display for IssueKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IssueKind::FileTooLarge { bytes, max } => {
                write!(f, "the file is {bytes} bytes, more than the {max} allowed")
            }
            IssueKind::UnzippedTooLarge { bytes, max } => write!(
                f,
                "unzipped the file would be {bytes} bytes, more than the {max} allowed"
            ),
            IssueKind::NotXlsx { looks_like } => write!(
                f,
                "not an .xlsx workbook ({})",
                match looks_like {
                    FileKind::Empty => "the file is empty",
                    FileKind::OldExcel => "an old .xls file: save it as .xlsx",
                    FileKind::Ods => "an .ods file: save it as .xlsx",
                    FileKind::OtherZip => "a zip of another kind",
                    FileKind::Other => "not a spreadsheet",
                }
            ),
            IssueKind::Encrypted => f.write_str(
                "the workbook is password-protected (encrypted): remove the password and save it again",
            ),
            IssueKind::Unreadable { detail } => {
                write!(f, "the workbook cannot be read ({detail})")
            }
            IssueKind::MissingSheet => f.write_str("the sheet is missing"),
            IssueKind::IgnoredSheet => f.write_str("the sheet is not read"),
            IssueKind::SheetTooLarge { max_rows } => write!(
                f,
                "the sheet has content beyond its limit of {max_rows} rows after the header"
            ),
            IssueKind::MissingColumn { header } => write!(f, "the column {header} is missing"),
            IssueKind::UnknownHeader { found, known } => write!(
                f,
                "unknown header {found}; the sheet's headers are {}",
                known.join(", ")
            ),
            IssueKind::DuplicateHeader { first } => {
                write!(f, "the same header already stands in column {first}")
            }
            IssueKind::OutsideColumns { found } => {
                write!(f, "{found} in a column without a header")
            }
            IssueKind::MergedAcrossColumns => {
                f.write_str("a merged range spans two or more columns: merge rows only")
            }
            IssueKind::MergedHeader => f.write_str("a merged range includes the header row"),
            IssueKind::HiddenByMerge { found } => {
                write!(f, "{found} is hidden inside a merged range")
            }
            IssueKind::MergedAcrossSections { sections } => write!(
                f,
                "a merged range covers rows of two sections ({})",
                sections.join(", ")
            ),
            IssueKind::Formula { formula } => {
                write!(f, "formula \"{formula}\": paste the value instead")
            }
            IssueKind::Required { expected } => write!(f, "blank: expected {expected}"),
            IssueKind::WrongType { expected, found } => {
                write!(f, "expected {expected}, found {found}")
            }
            IssueKind::UnknownChoice { found, choices } => write!(
                f,
                "\"{found}\" is not one of the choices {}",
                choices.join(", ")
            ),
            IssueKind::NotUsed { by } => write!(f, "not used by {by}: leave it blank"),
            IssueKind::SectionMismatch {
                first,
                expected,
                found,
            } => write!(
                f,
                "{found} differs from {expected} in {first} of the same section"
            ),
            IssueKind::UnknownKey { found, known } => write!(
                f,
                "unknown key {found}; the keys are {}",
                known.join(", ")
            ),
            IssueKind::DuplicateKey { first } => {
                write!(f, "the key is already given in row {first}")
            }
            IssueKind::Needs { header } => write!(f, "needs {header} too"),
            IssueKind::ThresholdBelowOne { found } => write!(
                f,
                "the threshold is {found}%: a cell formatted as a percentage holds 95% as 0.95; write 95"
            ),
            IssueKind::Rubric {
                path,
                problem,
                first,
            } => {
                write!(f, "{path}: {problem:?}")?;
                if let Some(first) = first {
                    write!(f, " (first used at {first})")?;
                }
                Ok(())
            }
            IssueKind::TooManyIssues { max } => {
                write!(f, "more issues than the {max} reported")
            }
        }
    }
}

impl fmt::Display for Issue {
    /// `location: what`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.at, self.kind)
    }
}

/// The most characters an Excel cell holds.
pub(crate) const MAX_TEXT: usize = 32_767;

/// Why a rubric (or a [`crate::tables::Book`]) could not be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportError {
    /// The rubric holds a value the workbook cannot express (see
    /// `docs/rubric-workbook.md`, "What the workbook cannot express").
    Inexpressible {
        /// Its JSON path, e.g. `sections[0].items[2].scoring.levels[1].name`.
        path: String,
        /// What it is.
        what: Inexpressible,
    },
    /// The spreadsheet writer failed.
    Xlsx {
        /// The writer's own description.
        detail: String,
    },
}

/// A value the workbook cannot express.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inexpressible {
    /// A level name with `;`, `；` or a line break, or surrounding spaces.
    LevelName {
        /// The name.
        name: String,
    },
    /// A capped grade's name with surrounding spaces.
    GradeName {
        /// The name.
        name: String,
    },
    /// A document number that is present but empty.
    EmptyNumber,
    /// A text longer than an Excel cell holds.
    TooLong {
        /// Its length in characters (for a table cell as Excel counts
        /// them: a character beyond the Basic Multilingual Plane, such as
        /// an emoji, counts two).
        chars: usize,
    },
    /// A table with more rows than a sheet holds under its header.
    TooManyRows {
        /// Its rows.
        rows: usize,
        /// The most a sheet holds: 1,048,575.
        max: usize,
    },
    /// A table row (or header) with more cells than a sheet has columns.
    TooManyColumns {
        /// Its cells.
        columns: usize,
        /// The most a sheet has: 16,384.
        max: usize,
    },
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExportError::Inexpressible { path, what } => {
                write!(f, "{path}: the workbook cannot express ")?;
                match what {
                    Inexpressible::LevelName { name } => write!(f, "the level name \"{name}\""),
                    Inexpressible::GradeName { name } => write!(f, "the grade name \"{name}\""),
                    Inexpressible::EmptyNumber => f.write_str("an empty document number"),
                    Inexpressible::TooLong { chars } => {
                        write!(f, "a text of {chars} characters (at most {MAX_TEXT})")
                    }
                    Inexpressible::TooManyRows { rows, max } => {
                        write!(f, "a table of {rows} rows (at most {max})")
                    }
                    Inexpressible::TooManyColumns { columns, max } => {
                        write!(f, "a row of {columns} cells (at most {max} columns)")
                    }
                }
            }
            ExportError::Xlsx { detail } => write!(f, "the workbook cannot be written: {detail}"),
        }
    }
}

impl std::error::Error for ExportError {}
