//! Saved work that cannot be read is kept, not overwritten by autosave.
#![cfg(target_arch = "wasm32")]

mod support;

use std::time::Duration;

use support::*;
use wasm_bindgen_test::*;
use web_sys::Storage;

wasm_bindgen_test_configure!(run_in_browser);

/// The notice about the saved work, or that of an import or export.
const ANY_NOTICE: &str = "[data-testid=store-notice], [data-testid=notice]";

fn local() -> Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("local storage")
}

/// Every key of local storage that starts with `prefix`.
fn keys_with(prefix: &str) -> Vec<String> {
    let s = local();
    (0..s.length().unwrap_or(0))
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(prefix))
        .collect()
}

/// Local storage holding only `text` under `key`: no copies of earlier runs.
fn saved_as(key: &str, text: &str) {
    for k in keys_with(key) {
        local().remove_item(&k).expect("remove a key");
    }
    local().set_item(key, text).expect("store the text");
}

/// Waits past the autosave delay, so any write it would make has been made.
async fn after_autosave() {
    yew::platform::time::sleep(Duration::from_millis(
        dangjian_ziping::components::app::SAVE_DELAY_MS as u64 + 200,
    ))
    .await;
    settle().await;
}

#[wasm_bindgen_test]
async fn unreadable_store_is_copied_aside_before_autosave() {
    const KEY: &str = "saved-store-1";
    let damaged = r#"{"lang":"Zh","entries":[{"id":"seven"}]}"#;
    saved_as(KEY, damaged);

    let root = mount_app(KEY).await;
    let notice = find(&root, "[data-testid=store-notice]");
    assert_eq!(notice.get_attribute("data-kind").as_deref(), Some("error"));
    let said = notice.text_content().unwrap_or_default();
    assert!(said.contains("无法读取本浏览器中保存的填写内容"), "{said}");
    assert!(said.contains("entries[0]"), "the reason is located: {said}");
    assert!(!find_all(&root, "[data-testid=download-unreadable]").is_empty());

    // The app starts empty and autosaves; the damaged text survives under
    // the key the notice names.
    after_autosave().await;
    let backups = keys_with(&format!("{KEY}.unreadable."));
    assert_eq!(backups.len(), 1, "one copy: {backups:?}");
    assert_eq!(
        local()
            .get_item(&backups[0])
            .expect("read the copy")
            .as_deref(),
        Some(damaged)
    );
    assert!(
        said.contains(&backups[0]),
        "the notice names {}: {said}",
        backups[0]
    );
    let now = local()
        .get_item(KEY)
        .expect("read the store")
        .unwrap_or_default();
    assert_ne!(now, damaged, "autosave writes the new, empty store");

    // A reload reads the new store without complaint and makes no new copy.
    root.set_inner_html("");
    let root = mount_app(KEY).await;
    assert!(find_all(&root, ANY_NOTICE).is_empty());
    after_autosave().await;
    assert_eq!(keys_with(&format!("{KEY}.unreadable.")), backups);
}

#[wasm_bindgen_test]
async fn readable_store_makes_no_copy() {
    const KEY: &str = "saved-store-2";
    saved_as(KEY, r#"{"lang":"En","entries":[]}"#);
    let root = mount_app(KEY).await;
    assert_eq!(text(&root, "h1"), "Party-building self-assessment");
    assert!(find_all(&root, ANY_NOTICE).is_empty());
    after_autosave().await;
    assert!(keys_with(&format!("{KEY}.unreadable.")).is_empty());
}

/// While alive, `localStorage.setItem` refuses every key containing a given
/// part, as a full storage does.
struct Refusal(js_sys::Function);

impl Drop for Refusal {
    fn drop(&mut self) {
        let _ = self.0.call0(&wasm_bindgen::JsValue::NULL);
    }
}

fn refuse_writes_to(part: &str) -> Refusal {
    let patch = js_sys::Function::new_with_args(
        "part",
        "const real = Storage.prototype.setItem;
         Storage.prototype.setItem = function (k, v) {
           if (String(k).includes(part)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
           return real.call(this, k, v);
         };
         return () => { Storage.prototype.setItem = real; };",
    );
    Refusal(
        patch
            .call1(&wasm_bindgen::JsValue::NULL, &part.into())
            .expect("patch setItem")
            .into(),
    )
}

#[wasm_bindgen_test]
async fn when_even_the_copy_fails_nothing_is_saved_over_the_unreadable_store() {
    const KEY: &str = "saved-store-3";
    let damaged = r#"{"lang":"Zh","entries":"not a list"}"#;
    saved_as(KEY, damaged);
    let refusal = refuse_writes_to(".unreadable.");

    let root = mount_app(KEY).await;
    let said = text(&root, "[data-testid=store-notice]");
    assert!(said.contains("本次填写不会自动保存"), "{said}");
    assert!(!find_all(&root, "[data-testid=download-unreadable]").is_empty());
    assert_eq!(
        find(&root, "[data-testid=storage-state]")
            .get_attribute("data-state")
            .as_deref(),
        Some("unavailable"),
    );

    // Work goes on, but autosave does not write over the damaged text.
    click_on(&root, "[data-testid=lang-switch]").await;
    after_autosave().await;
    drop(refusal);
    assert_eq!(
        local().get_item(KEY).expect("read the store").as_deref(),
        Some(damaged)
    );
    assert!(keys_with(&format!("{KEY}.unreadable.")).is_empty());
}

/// Chooses a file named `name` holding `text` in the file input `selector`,
/// as the browser's file picker does.
fn choose_file(root: &web_sys::Element, selector: &str, name: &str, text: &str) {
    let input = find(root, selector);
    js_sys::Function::new_with_args(
        "input, name, text",
        "const files = new DataTransfer();
         files.items.add(new File([text], name, { type: 'application/json' }));
         input.files = files.files;
         input.dispatchEvent(new Event('change', { bubbles: true }));",
    )
    .call3(
        &wasm_bindgen::JsValue::NULL,
        &input,
        &name.into(),
        &text.into(),
    )
    .expect("choose a file");
}

/// Waits (up to two seconds) until `selector` matches in `root`.
async fn appears(root: &web_sys::Element, selector: &str) -> web_sys::Element {
    for _ in 0..40 {
        if let Some(found) = find_all(root, selector).into_iter().next() {
            return found;
        }
        yew::platform::time::sleep(Duration::from_millis(50)).await;
        settle().await;
    }
    panic!("{selector} did not appear");
}

#[wasm_bindgen_test]
async fn the_unreadable_store_notice_outlasts_other_notices() {
    const KEY: &str = "saved-store-4";
    saved_as(KEY, r#"{"lang":"Zh","entries":7}"#);
    let root = mount_app(KEY).await;
    let store_notice = text(&root, "[data-testid=store-notice]");
    assert!(store_notice.contains(".unreadable."), "{store_notice}");

    // A broken import says so in a notice of its own; the notice about the
    // saved work, its key and its download button stay.
    choose_file(
        &root,
        "[data-testid=import-file]",
        "坏文件.json",
        "{ 不是 JSON",
    );
    let import = appears(&root, "[data-testid=notice]").await;
    assert_eq!(import.get_attribute("data-kind").as_deref(), Some("error"));
    let said = import.text_content().unwrap_or_default();
    assert!(said.contains("坏文件.json"), "{said}");
    assert_eq!(text(&root, "[data-testid=store-notice]"), store_notice);
    assert_eq!(
        find_all(&root, "[data-testid=download-unreadable]").len(),
        1
    );

    // Each is dismissed on its own.
    click_on(&root, "[data-testid=notice] [data-testid=dismiss]").await;
    assert!(find_all(&root, "[data-testid=notice]").is_empty());
    assert_eq!(text(&root, "[data-testid=store-notice]"), store_notice);
    click_on(&root, "[data-testid=store-notice] [data-testid=dismiss]").await;
    assert!(find_all(&root, ANY_NOTICE).is_empty());
}
