//! Radio-group items: a checklist (done / partly / not done) and named levels
//! (好 / 较好 / 一般 / 差), from 乐卫党〔2020〕25号's first section.
#![cfg(target_arch = "wasm32")]

mod support;

use support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const RUBRIC: &str = "yueqing-2020-25";
/// 严格执行重大事项请示报告制度: checklist, 2 points, partly = half.
const CHECK: &str = "t1.1.a";
/// A levels item worth 2: 好 2, 较好 1.6, 一般 1, 差 0.
const LEVELS: &str = "t1.1.b";

fn checked_values(root: &web_sys::Element, id: &str) -> Vec<String> {
    find_all(root, &format!("{} input[type=radio]", item_sel(id)))
        .into_iter()
        .filter_map(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        .filter(|i| i.checked())
        .map(|i| i.value())
        .collect()
}

/// The card's "清除" button (it has no test hook of its own).
async fn clear(root: &web_sys::Element, id: &str) {
    let button = find_all(root, &format!("{} fieldset button", item_sel(id)))
        .into_iter()
        .find(|b| b.text_content().unwrap_or_default().trim() == "清除")
        .expect("a 清除 button once something is chosen");
    button
        .dyn_into::<web_sys::HtmlElement>()
        .expect("a button")
        .click();
    settle().await;
}

#[wasm_bindgen_test]
async fn checklist_done_partly_and_not_done() {
    let root = render_app("choice-checklist").await;
    start_assessment(&root, RUBRIC, "机关第一党支部").await;
    assert_eq!(status(&root, CHECK), "incomplete");
    assert_eq!(checked_values(&root, CHECK), Vec::<String>::new());
    let labels: Vec<String> = find_all(&root, &format!("{} .djzp-radio", item_sel(CHECK)))
        .iter()
        .map(|l| l.text_content().unwrap_or_default())
        .collect();
    assert_eq!(labels, ["已完成", "部分完成", "未完成"]);

    choose_radio(&root, CHECK, "done").await;
    assert_eq!(status(&root, CHECK), "met");
    assert_eq!(
        item_text(&root, CHECK, "[data-testid=item-points]"),
        "2 / 2 分"
    );
    assert_eq!(item_count(&root, CHECK, "[data-testid=item-gap]"), 0);
    assert_eq!(total(&root), "2.0");
    assert_eq!(completion(&root), "1/46");

    choose_radio(&root, CHECK, "partly").await;
    assert_eq!(status(&root, CHECK), "partly");
    assert_eq!(checked_values(&root, CHECK), ["partly"]);
    assert_eq!(
        item_text(&root, CHECK, "[data-testid=item-points]"),
        "1 / 2 分"
    );
    assert_eq!(
        item_text(&root, CHECK, "[data-testid=item-gap]"),
        "部分完成"
    );
    assert_eq!(total(&root), "1.0");

    choose_radio(&root, CHECK, "not_done").await;
    assert_eq!(status(&root, CHECK), "unmet");
    assert_eq!(
        item_text(&root, CHECK, "[data-testid=item-points]"),
        "0 / 2 分"
    );
    assert_eq!(item_text(&root, CHECK, "[data-testid=item-gap]"), "未完成");
    assert_eq!(
        item_text(&root, CHECK, "[data-testid=item-status]"),
        "未达标"
    );
    assert_eq!(total(&root), "0.0");
    assert_eq!(completion(&root), "1/46");

    // Clearing returns to "not answered", not to zero.
    clear(&root, CHECK).await;
    assert_eq!(status(&root, CHECK), "incomplete");
    assert_eq!(checked_values(&root, CHECK), Vec::<String>::new());
    assert_eq!(completion(&root), "0/46");
    unmount(root);
}

#[wasm_bindgen_test]
async fn levels_earn_the_points_of_the_level_chosen() {
    let root = render_app("choice-levels").await;
    start_assessment(&root, RUBRIC, "机关第二党支部").await;
    let labels: Vec<String> = find_all(&root, &format!("{} .djzp-radio", item_sel(LEVELS)))
        .iter()
        .map(|l| l.text_content().unwrap_or_default())
        .collect();
    assert_eq!(
        labels,
        ["好（2 分）", "较好（1.6 分）", "一般（1 分）", "差（0 分）"]
    );

    choose_radio(&root, LEVELS, "较好").await;
    assert_eq!(status(&root, LEVELS), "partly");
    assert_eq!(
        item_text(&root, LEVELS, "[data-testid=item-points]"),
        "1.6 / 2 分"
    );
    assert_eq!(
        item_text(&root, LEVELS, "[data-testid=item-gap]"),
        "未达到“好”档"
    );
    assert_eq!(total(&root), "1.6");

    choose_radio(&root, LEVELS, "一般").await;
    assert_eq!(
        item_text(&root, LEVELS, "[data-testid=item-points]"),
        "1 / 2 分"
    );
    assert_eq!(total(&root), "1.0");

    choose_radio(&root, LEVELS, "差").await;
    assert_eq!(status(&root, LEVELS), "unmet");
    assert_eq!(total(&root), "0.0");

    choose_radio(&root, LEVELS, "好").await;
    assert_eq!(status(&root, LEVELS), "met");
    assert_eq!(checked_values(&root, LEVELS), ["好"]);
    assert_eq!(
        item_text(&root, LEVELS, "[data-testid=item-points]"),
        "2 / 2 分"
    );
    assert_eq!(item_count(&root, LEVELS, "[data-testid=item-gap]"), 0);
    assert_eq!(total(&root), "2.0");
    // Only this card changed.
    assert_eq!(status(&root, CHECK), "incomplete");
    assert_eq!(completion(&root), "1/46");
    unmount(root);
}
