//! The first screen renders in a real browser.
#![cfg(target_arch = "wasm32")]

mod support;

use support::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn shows_name_picker_and_start_form() {
    let root = render_app("first-screen-1").await;
    assert_eq!(text(&root, "h1"), "党建自评");
    let options = find_all(&root, "[data-testid=rubric-select] option");
    assert_eq!(options.len(), ziping_engine::shipped::SHIPPED.len());
    assert!(!find_all(&root, "[data-testid=start]").is_empty());
    assert!(!find_all(&root, "[data-testid=import-file]").is_empty());
}

#[wasm_bindgen_test]
async fn language_switch_changes_the_interface() {
    let root = render_app("first-screen-2").await;
    click(&root, "[data-testid=lang-switch]");
    settle().await;
    assert_eq!(text(&root, "h1"), "Party-building self-assessment");
    click(&root, "[data-testid=lang-switch]");
    settle().await;
    assert_eq!(text(&root, "h1"), "党建自评");
}
