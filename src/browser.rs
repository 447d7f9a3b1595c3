//! The few browser services the app uses: local storage, file download and
//! file reading. Every failure is returned as a value; nothing here panics.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Storage, Url};

/// Why local storage cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// The browser refuses access (disabled, private mode, sandboxed frame).
    Unavailable,
    /// Writing failed, usually because the quota is full.
    WriteFailed(String),
}

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StorageError::Unavailable => f.write_str("local storage is not available"),
            StorageError::WriteFailed(message) => f.write_str(message),
        }
    }
}

fn storage() -> Result<Storage, StorageError> {
    web_sys::window()
        .ok_or(StorageError::Unavailable)?
        .local_storage()
        .ok()
        .flatten()
        .ok_or(StorageError::Unavailable)
}

/// Sends an event named `name` on the window, for other widgets of the page.
pub fn announce(name: &str) {
    if let (Some(w), Ok(e)) = (web_sys::window(), web_sys::Event::new(name)) {
        let _ = w.dispatch_event(&e);
    }
}

/// Reads `key` from local storage; `Ok(None)` when nothing is stored.
pub fn load(key: &str) -> Result<Option<String>, StorageError> {
    storage()?
        .get_item(key)
        .map_err(|_| StorageError::Unavailable)
}

/// Writes `value` under `key`.
pub fn save(key: &str, value: &str) -> Result<(), StorageError> {
    storage()?
        .set_item(key, value)
        .map_err(|e| StorageError::WriteFailed(js_error_text(&e)))
}

/// Asks the browser to keep this site's storage even when space runs low
/// or the site goes unvisited (`navigator.storage.persist()`): whether it
/// will. `false` too where the browser has no such promise to give (older
/// browsers, and pages served over plain HTTP, where it is not offered).
pub async fn keep_storage() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    let offered = js_sys::Reflect::get(&navigator, &JsValue::from_str("storage"))
        .is_ok_and(|s| !s.is_undefined() && !s.is_null());
    if !offered {
        return false;
    }
    let manager = navigator.storage();
    let ask = |p: Result<js_sys::Promise, JsValue>| async move {
        match p {
            Ok(p) => wasm_bindgen_futures::JsFuture::from(p)
                .await
                .is_ok_and(|v| v.as_bool() == Some(true)),
            Err(_) => false,
        }
    };
    ask(manager.persisted()).await || ask(manager.persist()).await
}

/// Offers `text` as a file download named `filename`.
pub fn download(filename: &str, mime: &str, text: &str) -> Result<(), String> {
    offer(filename, mime, &JsValue::from_str(text))
}

/// Offers `bytes` (an `.xlsx`) as a file download named `filename`.
pub fn download_bytes(filename: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    offer(filename, mime, &js_sys::Uint8Array::from(bytes).into())
}

fn offer(filename: &str, mime: &str, part: &JsValue) -> Result<(), String> {
    let parts = js_sys::Array::of1(part);
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|e| js_error_text(&e))?;
    let url = Url::create_object_url_with_blob(&blob).map_err(|e| js_error_text(&e))?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let a: HtmlAnchorElement = document
        .create_element("a")
        .map_err(|e| js_error_text(&e))?
        .dyn_into()
        .map_err(|_| "not an anchor".to_owned())?;
    a.set_href(&url);
    a.set_download(filename);
    a.set_hidden(true);
    let body = document.body().ok_or("no body")?;
    body.append_child(&a).map_err(|e| js_error_text(&e))?;
    a.click();
    a.remove();
    // Some browsers (Firefox) start reading the blob after the click event
    // returns: revoke it only once the download has surely begun.
    wasm_bindgen_futures::spawn_local(async move {
        yew::platform::time::sleep(std::time::Duration::from_secs(10)).await;
        let _ = Url::revoke_object_url(&url);
    });
    Ok(())
}

/// This year and today as `YYYY-MM-DD`, from the browser's clock.
pub fn today() -> (i32, String) {
    let d = js_sys::Date::new_0();
    let year = d.get_full_year() as i32;
    (
        year,
        format!("{year:04}-{:02}-{:02}", d.get_month() + 1, d.get_date()),
    )
}

/// Now as `YYYY-MM-DD HH:MM`, by the browser's clock.
pub fn now() -> String {
    let d = js_sys::Date::new_0();
    format!("{} {:02}:{:02}", today().1, d.get_hours(), d.get_minutes())
}

/// A readable message for a JavaScript exception.
pub fn js_error_text(e: &JsValue) -> String {
    if let Some(err) = e.dyn_ref::<js_sys::Error>() {
        return String::from(err.message());
    }
    e.as_string().unwrap_or_else(|| format!("{e:?}"))
}

/// The URL of a file that lies beside the app, such as `rubrics/x.json`:
/// relative to the folder of the embedding loader when the app is embedded
/// in another page (it records its folder as `djzpBase`), else to the page.
pub fn beside_app(path: &str) -> String {
    let base = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("djzpBase"))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    format!("{base}{path}")
}

/// Fetches a text file from the app's own server.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response: web_sys::Response =
        wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(url))
            .await
            .map_err(|e| js_error_text(&e))?
            .dyn_into()
            .map_err(|_| "not a response".to_owned())?;
    if !response.ok() {
        return Err(format!(
            "HTTP {} {}",
            response.status(),
            response.status_text()
        ));
    }
    let text = response.text().map_err(|e| js_error_text(&e))?;
    wasm_bindgen_futures::JsFuture::from(text)
        .await
        .map_err(|e| js_error_text(&e))?
        .as_string()
        .ok_or_else(|| "the file is not text".to_owned())
}

/// Reads the bytes of a file chosen or dropped by the user.
pub async fn read_bytes(file: web_sys::File) -> Result<Vec<u8>, String> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|e| js_error_text(&e))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
