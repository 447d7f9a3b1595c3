//! The workbook module, loaded on demand.
//!
//! Reading and writing `.xlsx` takes two spreadsheet crates that together
//! weigh about twice the whole app, so they live in a second WebAssembly
//! module (`crates/workbook-web`) that is loaded the first time a user
//! imports or exports a workbook, and never before:
//!
//! - in the web build it is `workbook/ziping_workbook.js` and
//!   `workbook/ziping_workbook.wasm` beside the app, fetched then;
//! - the single file carries both: the script defines the module's
//!   initialiser at start-up (a few KB of JavaScript, nothing compiled) and
//!   the WebAssembly waits as base64 in an inert
//!   `<script type="application/octet-stream" id="djzp-workbook-wasm">`,
//!   decoded only then. Nothing is fetched, so it works from `file://`.
//!
//! Every function here loads the module first (once per page) and fails
//! with a reason when it cannot be loaded; the caller shows it and changes
//! nothing.

use std::cell::RefCell;

use js_sys::{Function, Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use ziping_workbook::tables::Book;

use crate::browser::{beside_app, js_error_text};
use crate::i18n::Lang;

/// The global the module's script defines.
const GLOBAL: &str = "ziping_workbook";
/// The element of the single file that holds the module as base64.
const EMBEDDED: &str = "djzp-workbook-wasm";
/// The module's files in the web build, beside the app. The query names
/// the sources they were built from (see `build.rs`), so that a cached copy
/// of either file is never used with the other file of another build.
const SCRIPT: &str = concat!("workbook/ziping_workbook.js?v=", env!("WORKBOOK_VERSION"));
const WASM: &str = concat!("workbook/ziping_workbook.wasm?v=", env!("WORKBOOK_VERSION"));

thread_local! {
    /// The module's loading, once started: every later call, even one made
    /// while the script is still loading, waits for the same promise.
    static READY: RefCell<Option<Promise>> = const { RefCell::new(None) };
}

/// Why a workbook action did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WorkbookError {
    /// The module could not be loaded: the reason, as the browser gives it.
    Unavailable(String),
    /// The module refused the work: its reason, in the user's language.
    Failed(String),
}

fn global(name: &str) -> JsValue {
    Reflect::get(&js_sys::global(), &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// Adds `<script src>` for the module's glue and waits for it to run.
async fn add_script(src: &str) -> Result<(), String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let script = document
        .create_element("script")
        .map_err(|e| js_error_text(&e))?;
    script
        .set_attribute("src", src)
        .map_err(|e| js_error_text(&e))?;
    let loaded = Promise::new(&mut |resolve, reject| {
        let target: &web_sys::EventTarget = script.as_ref();
        let ok = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let failed = Closure::once_into_js(move || {
            let _ = reject.call0(&JsValue::NULL);
        });
        let _ = target.add_event_listener_with_callback("load", ok.unchecked_ref());
        let _ = target.add_event_listener_with_callback("error", failed.unchecked_ref());
    });
    document
        .body()
        .ok_or("no body")?
        .append_child(&script)
        .map_err(|e| js_error_text(&e))?;
    JsFuture::from(loaded)
        .await
        .map(|_| ())
        .map_err(|_| format!("{src} could not be loaded"))
}

/// What the module is instantiated from: the single file's bytes, or the
/// URL of the web build's file.
fn source() -> Result<JsValue, String> {
    let embedded = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(EMBEDDED));
    let Some(element) = embedded else {
        return Ok(JsValue::from_str(&beside_app(WASM)));
    };
    let text = element.text_content().unwrap_or_default();
    let window = web_sys::window().ok_or("no window")?;
    let binary = window.atob(text.trim()).map_err(|e| js_error_text(&e))?;
    let bytes: Vec<u8> = binary.chars().map(|c| c as u32 as u8).collect();
    Ok(Uint8Array::from(bytes.as_slice()).into())
}

/// Loads the module: its script (unless the page has it), then its
/// WebAssembly.
async fn load() -> Result<(), String> {
    if global(GLOBAL).is_undefined() {
        add_script(&beside_app(SCRIPT)).await?;
    }
    let init: Function = global(GLOBAL)
        .dyn_into()
        .map_err(|_| format!("{SCRIPT} did not define {GLOBAL}"))?;
    let options = Object::new();
    Reflect::set(&options, &JsValue::from_str("module_or_path"), &source()?)
        .map_err(|e| js_error_text(&e))?;
    let promise: Promise = init
        .call1(&JsValue::NULL, &options)
        .map_err(|e| js_error_text(&e))?
        .dyn_into()
        .map_err(|_| "the module's initialiser returned no promise".to_owned())?;
    JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|e| js_error_text(&e))
}

/// The module's loading, started on the first call and shared by all.
fn ready() -> Promise {
    READY.with(|r| {
        r.borrow_mut()
            .get_or_insert_with(|| {
                wasm_bindgen_futures::future_to_promise(async {
                    load()
                        .await
                        .map(|()| JsValue::UNDEFINED)
                        .map_err(|e| JsValue::from_str(&e))
                })
            })
            .clone()
    })
}

/// Calls the module's function `name` with `args`, loading it first.
async fn call(name: &str, args: &[JsValue]) -> Result<JsValue, WorkbookError> {
    if let Err(e) = JsFuture::from(ready()).await {
        // Let a later attempt start again (a network error may pass).
        READY.with(|r| *r.borrow_mut() = None);
        return Err(WorkbookError::Unavailable(js_error_text(&e)));
    }
    let f: Function = Reflect::get(&global(GLOBAL), &JsValue::from_str(name))
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or_else(|| WorkbookError::Unavailable(format!("{GLOBAL}.{name}")))?;
    let args: js_sys::Array = args.iter().collect();
    f.apply(&JsValue::NULL, &args)
        .map_err(|e| WorkbookError::Failed(js_error_text(&e)))
}

fn bytes_of(value: JsValue) -> Result<Vec<u8>, WorkbookError> {
    value
        .dyn_into::<Uint8Array>()
        .map(|a| a.to_vec())
        .map_err(|_| WorkbookError::Unavailable(format!("{GLOBAL}: no bytes")))
}

fn strings(value: &JsValue, key: &str) -> Vec<String> {
    Reflect::get(value, &JsValue::from_str(key))
        .ok()
        .filter(js_sys::Array::is_array)
        .map(|a| {
            js_sys::Array::from(&a)
                .iter()
                .filter_map(|s| s.as_string())
                .collect()
        })
        .unwrap_or_default()
}

/// A workbook read as a rubric: its JSON text and notes, or the located
/// problems (worded in the user's language) and no rubric.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReadRubric {
    /// The rubric's JSON text, when it was read.
    pub rubric: Option<String>,
    /// Notes on the rubric read.
    pub warnings: Vec<String>,
    /// Why it was not read.
    pub issues: Vec<String>,
    /// Whether more problems were found than are listed (the last line of
    /// `issues` says so).
    pub truncated: bool,
}

/// Reads an `.xlsx` file as a rubric. `Err` only when the module itself
/// could not be loaded.
pub async fn read_rubric(bytes: &[u8], lang: Lang) -> Result<ReadRubric, String> {
    let value = call(
        "read_rubric",
        &[
            Uint8Array::from(bytes).into(),
            JsValue::from_str(lang.code()),
        ],
    )
    .await
    .map_err(|e| match e {
        WorkbookError::Unavailable(e) | WorkbookError::Failed(e) => e,
    })?;
    let field = |key: &str| Reflect::get(&value, &JsValue::from_str(key)).ok();
    Ok(ReadRubric {
        rubric: field("rubric").and_then(|r| r.as_string()),
        warnings: strings(&value, "warnings"),
        issues: strings(&value, "issues"),
        truncated: field("truncated").is_some_and(|t| t.is_truthy()),
    })
}

/// Writes the rubric whose JSON text is `json` as a workbook.
pub async fn write_rubric(json: &str, lang: Lang) -> Result<Vec<u8>, WorkbookError> {
    bytes_of(
        call(
            "write_rubric",
            &[JsValue::from_str(json), JsValue::from_str(lang.code())],
        )
        .await?,
    )
}

/// The blank template workbook.
pub async fn write_template() -> Result<Vec<u8>, WorkbookError> {
    bytes_of(call("write_template", &[]).await?)
}

/// Writes tables as one workbook, a sheet each.
pub async fn write_tables(book: &Book, lang: Lang) -> Result<Vec<u8>, WorkbookError> {
    let json = serde_json::to_string(book).map_err(|e| WorkbookError::Failed(e.to_string()))?;
    bytes_of(
        call(
            "write_tables",
            &[JsValue::from_str(&json), JsValue::from_str(lang.code())],
        )
        .await?,
    )
}

/// The media type of an `.xlsx` file.
pub const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// The names of spreadsheet files: a workbook, or a file told as one of
/// another kind (old Excel, OpenDocument, WPS's own).
pub const WORKBOOK_EXTENSIONS: [&str; 5] = [".xlsx", ".xlsm", ".xls", ".ods", ".et"];

/// Whether a file chosen for import is a workbook rather than JSON: by its
/// name, or by its first bytes (a zip, or an OLE container such as an old
/// `.xls` or a password-protected workbook), so that the module says what
/// it is instead of a JSON error.
pub fn looks_like_workbook(name: &str, bytes: &[u8]) -> bool {
    let name = name.to_ascii_lowercase();
    WORKBOOK_EXTENSIONS.iter().any(|ext| name.ends_with(ext))
        || bytes.starts_with(b"PK\x03\x04")
        || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
}

#[cfg(test)]
mod tests {
    use super::looks_like_workbook;

    #[test]
    fn workbooks_are_told_from_json_by_name_or_first_bytes() {
        assert!(looks_like_workbook("考核细则.XLSX", b"{"));
        assert!(looks_like_workbook("细则.xls", b""));
        assert!(looks_like_workbook("细则.json", b"PK\x03\x04rest"));
        assert!(looks_like_workbook(
            "加密.json",
            &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0]
        ));
        assert!(!looks_like_workbook("细则.json", b"{\"id\": \"x\"}"));
        assert!(!looks_like_workbook("xlsx.json", b"{}"));
    }
}
