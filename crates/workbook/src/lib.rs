//! Rubrics as Excel/WPS workbooks (考核细则工作簿).
//!
//! Committee clerks keep their 考核细则 in spreadsheets. This crate reads
//! such a workbook as a [`Rubric`] and writes any rubric as one, following
//! the convention of `docs/rubric-workbook.md`: a sheet 评分细则 with one row
//! per item under Chinese headers, sections as a merged (or repeated) 板块
//! column, the scoring kind chosen in Chinese with its parameters in plain
//! cells, and sheets 细则信息, 依据文件, 等次 and 基本情况 for the rest.
//!
//! - [`from_workbook`] reads the cells, builds the rubric's JSON and passes it
//!   through [`Rubric::from_json`], so a workbook gets exactly the validation
//!   a JSON file gets. Every problem is an [`Issue`] located by sheet, row,
//!   column letter and header, with what was expected and what was found;
//!   the engine's problems, which name JSON paths, are mapped back to the
//!   cells they came from. Nothing is silently dropped.
//! - [`to_workbook`] writes a rubric so that it reads back identical;
//!   [`template`] is a blank workbook with one example row per kind.
//! - [`write_tables`] writes the app's other tables (the 问题清单, scores,
//!   a roll-up) as a workbook of plain sheets ready to print: see
//!   [`tables`].
//!
//! Like the engine, the crate builds no sentence for users: issues are
//! values (a plain English `Display` serves logs and tests), which the app
//! words in Chinese and English.
//!
//! # Dependencies
//!
//! - `ziping-engine`: the rubric model and its validation; the workbook is
//!   only another way to write the same JSON.
//! - `rust_xlsxwriter`: writes `.xlsx` with everything a clerk's workbook
//!   needs — merged ranges, frozen panes, column formats, data-validation
//!   drop-downs, print set-up — and writes strings as strings (a text
//!   starting with `=` is never a formula). Its `wasm` feature (this crate's
//!   `wasm` feature) reads the clock through JavaScript, which a
//!   `wasm32-unknown-unknown` build needs.
//! - `calamine`: reads `.xlsx` as Excel, WPS and LibreOffice save it: shared
//!   strings, date cells, merged regions, formulas, and a streaming cell
//!   reader that lets the reader stop at its row limit instead of loading a
//!   huge sheet. It also recognises encrypted workbooks.
//! - `serde_json` (already the engine's): the JSON handed to the engine.
//!
//! Writing and reading natively; in the browser this crate is meant for a
//! second WebAssembly module loaded only when a workbook is imported or
//! exported, so that none of it enters the app's first load.
//!
//! ```
//! use ziping_workbook::{from_workbook, template, to_workbook};
//!
//! // The template imports as a valid rubric…
//! let imported = from_workbook(&template()).unwrap();
//! assert!(imported.warnings.is_empty());
//! let rubric = imported.rubric;
//! assert_eq!(rubric.sections.iter().map(|s| s.items.len()).sum::<usize>(), 10);
//!
//! // …and any rubric reads back identical.
//! let again = from_workbook(&to_workbook(&rubric).unwrap()).unwrap().rubric;
//! assert_eq!(again, rubric);
//! ```
//!
//! A faulty workbook gives located issues:
//!
//! ```
//! use ziping_workbook::{from_workbook, FileKind, IssueKind};
//!
//! let err = from_workbook(b"name,points\n").unwrap_err();
//! assert_eq!(err.issues[0].kind, IssueKind::NotXlsx { looks_like: FileKind::Other });
//! ```

pub mod columns;
mod error;
pub mod names;
#[cfg(feature = "codec")]
mod read;
#[cfg(feature = "codec")]
mod sheet;
pub mod tables;
#[cfg(feature = "codec")]
mod write;

use ziping_engine::Rubric;

#[cfg(feature = "codec")]
pub use tables::write_tables;

pub use error::{
    column_letter, Expected, ExportError, FileKind, Found, Inexpressible, Issue, IssueKind,
    Location, WorkbookError,
};

/// The largest file read: 5 MB.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;
/// The most the parts of a file may declare once unzipped: 100 MB.
pub const MAX_UNZIPPED_BYTES: u64 = 100 * 1024 * 1024;
/// The most rows of a sheet after its header: 2,000 (rows 2 to 2,001).
pub const MAX_ROWS: u32 = 2_000;
/// The most cells with content on one sheet.
pub const MAX_CELLS: usize = 200_000;
/// The most issues reported; a last [`IssueKind::TooManyIssues`] says more
/// were found.
pub const MAX_ISSUES: usize = 200;

/// A workbook read as a rubric.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    /// The rubric, validated as a JSON rubric is.
    pub rubric: Rubric,
    /// What the reader passed over or doubts, for the user to see: sheets
    /// not read ([`IssueKind::IgnoredSheet`]) and thresholds below 1% from
    /// number cells ([`IssueKind::ThresholdBelowOne`]).
    pub warnings: Vec<Issue>,
}

#[cfg(feature = "codec")]
/// Reads an `.xlsx` workbook as a rubric.
///
/// Either the rubric with its warnings, or every problem found, each
/// located. A file that is not an `.xlsx` (an old `.xls`, an `.ods`, a
/// renamed file), an encrypted workbook, a file over [`MAX_FILE_BYTES`] and a
/// sheet over [`MAX_ROWS`] rows give an issue and no rubric.
///
/// ```
/// use ziping_workbook::{from_workbook, IssueKind};
///
/// // An encrypted workbook is an OLE container holding "EncryptedPackage".
/// let mut file = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
/// file.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
/// let err = from_workbook(&file).unwrap_err();
/// assert_eq!(err.issues[0].kind, IssueKind::Encrypted);
/// ```
pub fn from_workbook(bytes: &[u8]) -> Result<Imported, WorkbookError> {
    read::read(bytes)
}

#[cfg(feature = "codec")]
/// Writes `rubric` as an `.xlsx` workbook that [`from_workbook`] reads back
/// identical. Fails only for the few values the workbook cannot express
/// ([`Inexpressible`]).
///
/// ```
/// use ziping_workbook::{from_workbook, to_workbook};
///
/// let json = ziping_engine::shipped::SHIPPED[0].json;
/// let rubric = ziping_engine::Rubric::from_json(json).unwrap();
/// let bytes = to_workbook(&rubric).unwrap();
/// assert_eq!(from_workbook(&bytes).unwrap().rubric, rubric);
/// ```
pub fn to_workbook(rubric: &Rubric) -> Result<Vec<u8>, ExportError> {
    write::write(rubric)
}

#[cfg(feature = "codec")]
/// The example rubric of [`template`]: one item of each kind.
pub fn template_rubric() -> Rubric {
    // The file is part of the crate and checked by its tests; should it
    // ever fail to read, the template is an empty file, which the tests
    // catch.
    Rubric::from_json(include_str!("template.json")).unwrap_or_else(|_| empty_rubric())
}

#[cfg(feature = "codec")]
fn empty_rubric() -> Rubric {
    Rubric {
        id: String::new(),
        version: String::new(),
        title: String::new(),
        description: String::new(),
        documents: Vec::new(),
        level: ziping_engine::Level::Committee,
        period: ziping_engine::PeriodSpec {
            unit: ziping_engine::PeriodUnit::Year,
            label: String::new(),
            year: None,
        },
        grades: Vec::new(),
        na_policy: ziping_engine::NaPolicy::Rescale,
        bonus_cap: None,
        pass: None,
        facts: Vec::new(),
        sections: Vec::new(),
    }
}

#[cfg(feature = "codec")]
/// A blank workbook to start from: every sheet and column, with one example
/// row per scoring kind. It imports as a valid rubric.
pub fn template() -> Vec<u8> {
    to_workbook(&template_rubric()).unwrap_or_default()
}

#[cfg(feature = "codec")]
/// The issues of one reading step, at most [`MAX_ISSUES`].
#[derive(Debug, Default)]
pub(crate) struct Issues {
    list: Vec<Issue>,
}

#[cfg(feature = "codec")]
impl Issues {
    pub(crate) fn push(&mut self, issue: Issue) {
        if self.list.len() < MAX_ISSUES {
            self.list.push(issue);
        } else if self.list.len() == MAX_ISSUES {
            self.list.push(Issue {
                at: Location::file(),
                kind: IssueKind::TooManyIssues { max: MAX_ISSUES },
            });
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub(crate) fn into_vec(self) -> Vec<Issue> {
        self.list
    }
}
