//! The per-period grid of a frequency item (党支部标准化建设: 党员大会 each
//! quarter, 支委会 each month): one count per period, "-" for a period that
//! does not apply, and the gap naming the periods missed.
#![cfg(target_arch = "wasm32")]

mod support;

use support::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const RUBRIC: &str = "branch-standard";

fn period(id: &str, n: usize) -> String {
    format!("{} input[data-period=\"{n}\"]", item_sel(id))
}

async fn fill(root: &web_sys::Element, id: &str, counts: &[&str]) {
    for (i, c) in counts.iter().enumerate() {
        set_input(root, &period(id, i + 1), c).await;
    }
}

#[wasm_bindgen_test]
async fn quarterly_meetings_one_count_per_quarter() {
    // dydh: 10 points, 党员大会 once a quarter, 2.5 off per meeting missed.
    const ID: &str = "dydh";
    let root = render_app("freq-quarter").await;
    start_assessment(&root, RUBRIC, "内科第一党支部").await;
    assert_eq!(item_count(&root, ID, "input[data-period]"), 4);
    let labels: Vec<String> = find_all(&root, &format!("{} .djzp-period label", item_sel(ID)))
        .iter()
        .map(|l| l.text_content().unwrap_or_default())
        .collect();
    assert_eq!(labels, ["第1季度", "第2季度", "第3季度", "第4季度"]);

    fill(&root, ID, &["1", "0", "1", "1"]).await;
    assert_eq!(status(&root, ID), "partly");
    assert_eq!(
        item_text(&root, ID, "[data-testid=item-points]"),
        "7.5 / 10 分"
    );
    assert_eq!(
        item_text(&root, ID, "[data-testid=item-gap]"),
        "第2季度党员大会未开"
    );
    assert_eq!(total(&root), "7.5");

    // Extra meetings in one quarter do not make up for another.
    set_input(&root, &period(ID, 3), "3").await;
    assert_eq!(
        item_text(&root, ID, "[data-testid=item-points]"),
        "7.5 / 10 分"
    );

    // The branch was founded in Q2: Q1 does not apply and is not missed.
    fill(&root, ID, &["-", "1", "1", "1"]).await;
    assert_eq!(status(&root, ID), "met");
    assert_eq!(
        item_text(&root, ID, "[data-testid=item-points]"),
        "10 / 10 分"
    );
    assert_eq!(item_count(&root, ID, "[data-testid=item-gap]"), 0);
    assert_eq!(total(&root), "10.0");

    fill(&root, ID, &["0", "0", "0", "0"]).await;
    assert_eq!(status(&root, ID), "unmet");
    assert_eq!(
        item_text(&root, ID, "[data-testid=item-gap]"),
        "第1季度、第2季度、第3季度、第4季度党员大会未开"
    );
    assert_eq!(total(&root), "0.0");

    // Every quarter "-": the item does not apply at all.
    fill(&root, ID, &["-", "-", "-", "-"]).await;
    assert_eq!(status(&root, ID), "na");
    unmount(root);
}

#[wasm_bindgen_test]
async fn monthly_meetings_list_the_months_missed() {
    // zwh: 12 points, 支委会 monthly, 1 off per month missed; applies with
    // at least 7 full members.
    const ID: &str = "zwh";
    let root = render_app("freq-month").await;
    start_assessment(&root, RUBRIC, "外科党支部").await;
    set_input(&root, "[data-fact=full_members]", "12").await;
    assert_eq!(item_count(&root, ID, "input[data-period]"), 12);
    assert_eq!(
        find(&root, &format!("{} label[for$=\"-p8\"]", item_sel(ID)))
            .text_content()
            .unwrap_or_default(),
        "8月"
    );

    // Founded in June; December not entered yet.
    fill(
        &root,
        ID,
        &["-", "-", "-", "-", "-", "1", "1", "0", "1", "1", "1"],
    )
    .await;
    // Still incomplete, but what is already missed is shown.
    assert_eq!(status(&root, ID), "incomplete");
    assert_eq!(
        item_text(&root, ID, "[data-testid=item-gap]"),
        "8月支委会未开"
    );
    assert_eq!(total(&root), "0.0");
    assert_eq!(completion(&root), "0/11");

    set_input(&root, &period(ID, 12), "0").await;
    assert_eq!(status(&root, ID), "partly");
    assert_eq!(
        item_text(&root, ID, "[data-testid=item-points]"),
        "10 / 12 分"
    );
    assert_eq!(
        item_text(&root, ID, "[data-testid=item-gap]"),
        "8月、12月支委会未开"
    );
    // The short months are marked in the grid.
    let short: Vec<String> = find_all(&root, &format!("{} .djzp-period-short input", item_sel(ID)))
        .iter()
        .filter_map(|i| i.get_attribute("data-period"))
        .collect();
    assert_eq!(short, ["8", "12"]);
    assert_eq!(total(&root), "10.0");
    assert_eq!(completion(&root), "1/11");
    // What was typed is kept as typed.
    assert_eq!(input_value(&root, &period(ID, 1)), "-");
    unmount(root);
}

#[wasm_bindgen_test]
async fn a_bad_period_count_is_an_error() {
    const ID: &str = "dydh";
    let root = render_app("freq-error").await;
    start_assessment(&root, RUBRIC, "药剂科党支部").await;
    fill(&root, ID, &["1", "2.5", "1", "1"]).await;
    assert_eq!(status(&root, ID), "invalid");
    assert_eq!(
        item_text(&root, ID, "[data-testid=item-error]"),
        "“2.5”不是整数，请填写整数"
    );
    set_input(&root, &period(ID, 2), "1").await;
    assert_eq!(status(&root, ID), "met");
    assert_eq!(item_count(&root, ID, "[data-testid=item-error]"), 0);
    unmount(root);
}
