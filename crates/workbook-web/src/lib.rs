//! The workbook module: a second WebAssembly module that the app fetches
//! only when a user imports or exports an Excel/WPS workbook, so that the
//! two spreadsheet crates (calamine to read, rust_xlsxwriter to write) never
//! enter the first load.
//!
//! It is [`ziping_workbook`] behind four functions for JavaScript, with the
//! issues worded by the app's own catalogue
//! ([`dangjian_ziping::i18n::workbook`]) in the user's language:
//!
//! - `read_rubric(bytes, lang)`: a workbook as a rubric's JSON text, with
//!   its warnings, or every located problem ([`read_rubric`]);
//! - `write_rubric(json, lang)`: a rubric's JSON text as a workbook
//!   ([`write_rubric`]);
//! - `write_template()`: the blank template ([`ziping_workbook::template`]);
//! - `write_tables(book)`: the app's tables as one workbook
//!   ([`write_tables`]).
//!
//! The app loads it through `src/workbook.rs`: from `workbook/` beside the
//! app in the web build, from the page itself in the single file.
//!
//! ```
//! use dangjian_ziping::i18n::Lang;
//! use ziping_workbook_web::{read_rubric, write_rubric};
//!
//! let json = ziping_engine::shipped::SHIPPED[0].json;
//! let bytes = write_rubric(json, Lang::Zh).unwrap();
//! let read = read_rubric(&bytes, Lang::Zh);
//! assert!(read.issues.is_empty());
//! let again = ziping_engine::Rubric::from_json(&read.rubric.unwrap()).unwrap();
//! assert_eq!(again, ziping_engine::Rubric::from_json(json).unwrap());
//! ```

use dangjian_ziping::i18n::workbook::{export_error_text, issue_text};
use dangjian_ziping::i18n::{problem_text, Lang};
use wasm_bindgen::prelude::*;
use ziping_engine::Rubric;
use ziping_workbook::tables::Book;

/// A workbook read as a rubric: either the rubric's JSON text (and notes
/// worth reading), or the problems, each a located sentence.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Read {
    /// The rubric as JSON text, validated as an imported JSON file is.
    pub rubric: Option<String>,
    /// Notes on a rubric that was read (sheets passed over, thresholds
    /// below 1%).
    pub warnings: Vec<String>,
    /// Why no rubric was read; empty when one was.
    pub issues: Vec<String>,
    /// Whether more problems were found than are listed (the last line of
    /// `issues` then says so).
    pub truncated: bool,
}

/// Reads `bytes` as a rubric workbook; see [`Read`].
pub fn read_rubric(bytes: &[u8], lang: Lang) -> Read {
    match ziping_workbook::from_workbook(bytes) {
        Ok(imported) => match serde_json::to_string_pretty(&imported.rubric) {
            Ok(json) => Read {
                rubric: Some(json),
                warnings: imported
                    .warnings
                    .iter()
                    .map(|w| issue_text(lang, w))
                    .collect(),
                ..Read::default()
            },
            Err(e) => Read {
                issues: vec![e.to_string()],
                ..Read::default()
            },
        },
        Err(e) => Read {
            issues: e.issues.iter().map(|i| issue_text(lang, i)).collect(),
            truncated: e.issues.last().is_some_and(|i| {
                matches!(i.kind, ziping_workbook::IssueKind::TooManyIssues { .. })
            }),
            ..Read::default()
        },
    }
}

/// Writes the rubric whose JSON text is `json` as a workbook, or says why
/// it cannot be written.
pub fn write_rubric(json: &str, lang: Lang) -> Result<Vec<u8>, String> {
    let rubric = Rubric::from_json(json).map_err(|e| {
        e.problems()
            .iter()
            .map(|p| problem_text(lang, p))
            .collect::<Vec<_>>()
            .join("\n")
    })?;
    ziping_workbook::to_workbook(&rubric).map_err(|e| export_error_text(lang, &e))
}

/// Writes the tables described by `book`, JSON of a [`Book`], as one
/// workbook.
pub fn write_tables(book: &str, lang: Lang) -> Result<Vec<u8>, String> {
    let book: Book = serde_json::from_str(book).map_err(|e| e.to_string())?;
    ziping_workbook::write_tables(&book).map_err(|e| export_error_text(lang, &e))
}

fn lang_of(code: &str) -> Lang {
    if code.starts_with("en") {
        Lang::En
    } else {
        Lang::Zh
    }
}

/// JavaScript: `read_rubric(bytes, lang)` → `{ rubric?: string, warnings:
/// string[], issues: string[], truncated: boolean }`.
#[wasm_bindgen(js_name = read_rubric)]
pub fn js_read_rubric(bytes: &[u8], lang: &str) -> JsValue {
    let read = read_rubric(bytes, lang_of(lang));
    let out = js_sys::Object::new();
    let strings =
        |list: &[String]| -> js_sys::Array { list.iter().map(|s| JsValue::from_str(s)).collect() };
    let set = |key: &str, value: &JsValue| {
        // Setting a property of a fresh plain object cannot fail.
        let _ = js_sys::Reflect::set(&out, &JsValue::from_str(key), value);
    };
    if let Some(json) = &read.rubric {
        set("rubric", &JsValue::from_str(json));
    }
    set("warnings", &strings(&read.warnings));
    set("issues", &strings(&read.issues));
    set("truncated", &JsValue::from_bool(read.truncated));
    out.into()
}

/// JavaScript: `write_rubric(json, lang)` → the workbook's bytes; throws the
/// reason as a string.
#[wasm_bindgen(js_name = write_rubric)]
pub fn js_write_rubric(json: &str, lang: &str) -> Result<Vec<u8>, String> {
    write_rubric(json, lang_of(lang))
}

/// JavaScript: `write_template()` → the blank template's bytes.
#[wasm_bindgen(js_name = write_template)]
pub fn js_write_template() -> Vec<u8> {
    ziping_workbook::template()
}

/// JavaScript: `write_tables(book, lang)` → the workbook's bytes; throws the
/// reason as a string.
#[wasm_bindgen(js_name = write_tables)]
pub fn js_write_tables(book: &str, lang: &str) -> Result<Vec<u8>, String> {
    write_tables(book, lang_of(lang))
}
