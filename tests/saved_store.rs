//! Saved work that cannot be read is kept, not overwritten by autosave.
#![cfg(target_arch = "wasm32")]

mod support;

use std::time::Duration;

use support::*;
use wasm_bindgen_test::*;
use web_sys::Storage;

wasm_bindgen_test_configure!(run_in_browser);

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
    for k in keys_with(KEY) {
        local().remove_item(&k).expect("remove a key");
    }
    local()
        .set_item(KEY, damaged)
        .expect("store the damaged text");

    let root = mount_app(KEY).await;
    let notice = find(&root, "[data-testid=notice]");
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
    assert!(find_all(&root, "[data-testid=notice]").is_empty());
    after_autosave().await;
    assert_eq!(keys_with(&format!("{KEY}.unreadable.")), backups);
}

#[wasm_bindgen_test]
async fn readable_store_makes_no_copy() {
    const KEY: &str = "saved-store-2";
    for k in keys_with(KEY) {
        local().remove_item(&k).expect("remove a key");
    }
    local()
        .set_item(KEY, r#"{"lang":"En","entries":[]}"#)
        .expect("store a readable store");
    let root = mount_app(KEY).await;
    assert_eq!(text(&root, "h1"), "Party-building self-assessment");
    assert!(find_all(&root, "[data-testid=notice]").is_empty());
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
    for k in keys_with(KEY) {
        local().remove_item(&k).expect("remove a key");
    }
    local()
        .set_item(KEY, damaged)
        .expect("store the damaged text");
    let refusal = refuse_writes_to(".unreadable.");

    let root = mount_app(KEY).await;
    let said = text(&root, "[data-testid=notice]");
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
