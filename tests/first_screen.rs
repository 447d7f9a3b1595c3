//! The first screen renders in a real browser.
#![cfg(target_arch = "wasm32")]

mod support;

use dangjian_ziping::components::app::App;
use support::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn shows_name_picker_and_score_panel() {
    let root = mount_point();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;

    assert_eq!(text(&root, "h1"), "党建自评");
    let options = find_all(&root, "[data-testid=rubric-select] option");
    assert_eq!(options.len(), ziping_engine::shipped::SHIPPED.len());
    assert_eq!(text(&root, "[data-testid=total-score]"), "0.0");
    assert!(!find_all(&root, "[data-testid=section-score]").is_empty());
}

#[wasm_bindgen_test]
async fn language_switch_changes_the_interface() {
    let root = mount_point();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;

    click(&root, ".djzp-header button");
    settle().await;
    assert_eq!(text(&root, "h1"), "Party-building self-assessment");
    click(&root, ".djzp-header button");
    settle().await;
    assert_eq!(text(&root, "h1"), "党建自评");
}
