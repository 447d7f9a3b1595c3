//! Deadline items: the due date is shown in the assessed year; completed on
//! or before it is on time, after it late, or not completed at all
//! (粤二医党〔2018〕90号's 附件1 rows, and the example rubric's late credit).
#![cfg(target_arch = "wasm32")]

mod support;

use support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// 附件1 序号1 (成立创建领导小组): 3 points, due 09-30 ("9月底前"), no
/// credit when late.
const ID: &str = "att1.1";

fn date_field(id: &str) -> String {
    format!("{} [data-field=completed]", item_sel(id))
}

fn not_done(id: &str) -> String {
    format!("{} [data-field=not-done]", item_sel(id))
}

fn verdict(root: &web_sys::Element, id: &str) -> String {
    find_all(root, &format!("{} .djzp-verdict", item_sel(id)))
        .first()
        .and_then(|v| v.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn on_time_late_and_not_completed() {
    let root = render_app("deadline-gd2h").await;
    start_assessment(&root, "gd2h-2018-90", "广东省第二人民医院党委").await;
    go_section(&root, "s5").await;
    let card = item(&root, ID).text_content().unwrap_or_default();
    assert!(card.contains("时限9月底前（2018-09-30）"), "{card}");
    assert_eq!(status(&root, ID), "incomplete");

    // On the due date itself: on time.
    set_input(&root, &date_field(ID), "2018-09-30").await;
    assert_eq!(status(&root, ID), "met");
    assert_eq!(verdict(&root, ID), "按时完成");
    assert_eq!(
        item_text(&root, ID, "[data-testid=item-points]"),
        "3 / 3 分"
    );
    assert_eq!(total(&root), "3.0");

    // One day later: late, and this rubric gives nothing for late.
    set_input(&root, &date_field(ID), "2018-10-01").await;
    assert_eq!(status(&root, ID), "unmet");
    assert_eq!(verdict(&root, ID), "逾期完成");
    assert_eq!(
        item_text(&root, ID, "[data-testid=item-gap]"),
        "逾期 1 天完成"
    );
    assert_eq!(total(&root), "0.0");

    set_input(&root, &date_field(ID), "2018-08-15").await;
    assert_eq!(status(&root, ID), "met");

    // Not completed: the date field is disabled and the gap names the due text.
    set_checkbox(&root, &not_done(ID), true).await;
    assert_eq!(status(&root, ID), "unmet");
    let date: web_sys::HtmlInputElement =
        find(&root, &date_field(ID)).dyn_into().expect("an input");
    assert!(date.disabled());
    assert_eq!(date.value(), "");
    assert_eq!(
        item_text(&root, ID, "[data-testid=item-gap]"),
        "未完成（时限 9月底前）"
    );
    assert_eq!(verdict(&root, ID), "");
    assert_eq!(completion(&root), "1/35");

    // Unticked: back to not answered.
    set_checkbox(&root, &not_done(ID), false).await;
    assert_eq!(status(&root, ID), "incomplete");
    assert_eq!(completion(&root), "0/35");
    unmount(root);
}

#[wasm_bindgen_test]
async fn the_due_date_follows_the_year_assessed() {
    let root = render_app("deadline-year").await;
    start_assessment(&root, "gd2h-2018-90", "广东省第二人民医院党委").await;
    go_section(&root, "s5").await;
    set_input(&root, &date_field(ID), "2018-09-30").await;
    assert_eq!(status(&root, ID), "met");
    set_input(&root, "[data-testid=meta-year]", "2017").await;
    let card = item(&root, ID).text_content().unwrap_or_default();
    assert!(card.contains("时限9月底前（2017-09-30）"), "{card}");
    assert_eq!(status(&root, ID), "unmet");
    assert_eq!(
        item_text(&root, ID, "[data-testid=item-gap]"),
        "逾期 365 天完成"
    );
    unmount(root);
}

#[wasm_bindgen_test]
async fn late_completion_earns_the_late_credit() {
    // The example rubric's duty-list: 10 points, due 09-30, half when late.
    let root =
        render_app_with_store("deadline-credit", &store_with_rubrics(&[EXAMPLE_RUBRIC])).await;
    start_assessment(&root, "example-committee-2020", "示例医院党委").await;
    go_section(&root, "discipline").await;
    set_input(&root, &date_field("duty-list"), "2020-10-12").await;
    assert_eq!(status(&root, "duty-list"), "partly");
    assert_eq!(
        item_text(&root, "duty-list", "[data-testid=item-points]"),
        "5 / 10 分"
    );
    assert_eq!(
        item_text(&root, "duty-list", "[data-testid=item-gap]"),
        "逾期 12 天完成"
    );
    unmount(root);
}
