//! The ratio input: numerator and denominator give the live rate and verdict
//! (乐卫党〔2020〕25号, item t2.1.rate: 达标“四化”党支部 at least 95%, all or
//! nothing); bad numbers show an inline error on that card only.
#![cfg(target_arch = "wasm32")]

mod support;

use support::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const RUBRIC: &str = "yueqing-2020-25";
const RATE: &str = "t2.1.rate";

fn num() -> String {
    format!("{} [data-field=numerator]", item_sel(RATE))
}

fn den() -> String {
    format!("{} [data-field=denominator]", item_sel(RATE))
}

fn verdict(root: &web_sys::Element) -> Option<(String, String)> {
    let found = find_all(root, &format!("{} [data-testid=verdict]", item_sel(RATE)));
    found.first().map(|v| {
        (
            v.get_attribute("data-met").unwrap_or_default(),
            v.text_content().unwrap_or_default(),
        )
    })
}

async fn open_section_two(key: &'static str) -> web_sys::Element {
    let root = render_app(key).await;
    start_assessment(&root, RUBRIC, "乐清市卫生健康局机关党委").await;
    go_section(&root, "s2").await;
    assert_eq!(status(&root, RATE), "incomplete");
    root
}

#[wasm_bindgen_test]
async fn rate_and_verdict_follow_what_is_typed() {
    let root = open_section_two("ratio-live").await;
    assert_eq!(item_text(&root, RATE, "[data-testid=rate]"), "—");
    assert_eq!(verdict(&root), None);

    // Half a ratio is not an answer yet: no rate, still incomplete.
    set_input(&root, &num(), "19").await;
    assert_eq!(status(&root, RATE), "incomplete");
    assert_eq!(item_text(&root, RATE, "[data-testid=rate]"), "—");

    // 19/20 = 95% meets "95% 以上" exactly and earns the full 6 points.
    set_input(&root, &den(), "20").await;
    assert_eq!(item_text(&root, RATE, "[data-testid=rate]"), "95.0%");
    assert_eq!(verdict(&root), Some(("true".into(), "达标".into())));
    assert_eq!(status(&root, RATE), "met");
    assert_eq!(
        item_text(&root, RATE, "[data-testid=item-points]"),
        "6 / 6 分"
    );
    assert_eq!(item_count(&root, RATE, "[data-testid=item-gap]"), 0);
    assert_eq!(total(&root), "6.0");
    assert_eq!(completion(&root), "1/46");

    // 18/19 = 94.74% does not, and short of 95% earns nothing.
    set_input(&root, &num(), "18").await;
    set_input(&root, &den(), "19").await;
    assert_eq!(item_text(&root, RATE, "[data-testid=rate]"), "94.7%");
    assert_eq!(verdict(&root), Some(("false".into(), "未达标".into())));
    assert_eq!(status(&root, RATE), "unmet");
    assert_eq!(
        item_text(&root, RATE, "[data-testid=item-points]"),
        "0 / 6 分"
    );
    assert_eq!(
        item_text(&root, RATE, "[data-testid=item-gap]"),
        "还差 1 个支部达标"
    );
    assert_eq!(total(&root), "0.0");
    assert_eq!(completion(&root), "1/46");
    unmount(root);
}

#[wasm_bindgen_test]
async fn a_bad_number_is_an_error_on_its_own_card_only() {
    let root = open_section_two("ratio-errors").await;
    // Another card of the same section, answered first.
    choose_radio(&root, "t2.1.c", "done").await;
    assert_eq!(status(&root, "t2.1.c"), "met");
    assert_eq!(total(&root), "1.5");

    set_input(&root, &den(), "20").await;
    set_input(&root, &num(), "2.5").await;
    assert_eq!(status(&root, RATE), "invalid");
    assert_eq!(
        item_text(&root, RATE, "[data-testid=item-error]"),
        "“2.5”不是整数，请填写整数"
    );
    assert_eq!(
        item_text(&root, RATE, "[data-testid=item-status]"),
        "填写有误"
    );
    assert_eq!(item_text(&root, RATE, "[data-testid=rate]"), "—");
    assert_eq!(verdict(&root), None);
    // What was typed stays in the field, so it can be corrected.
    assert_eq!(input_value(&root, &num()), "2.5");

    // The other cards are undisturbed, and the total counts nothing for it.
    assert_eq!(status(&root, "t2.1.c"), "met");
    assert_eq!(
        find_all(
            &root,
            &format!("{} input[type=radio]:checked", item_sel("t2.1.c"))
        )
        .len(),
        1
    );
    assert_eq!(item_count(&root, "t2.1.c", "[data-testid=item-error]"), 0);
    assert_eq!(status(&root, "t2.1.b"), "incomplete");
    assert_eq!(find_all(&root, "[data-testid=item-error]").len(), 1);
    assert_eq!(total(&root), "1.5");
    assert_eq!(completion(&root), "1/46");

    set_input(&root, &num(), "-1").await;
    assert_eq!(status(&root, RATE), "invalid");
    assert_eq!(
        item_text(&root, RATE, "[data-testid=item-error]"),
        "“-1”是负数，请填写 0 或正整数"
    );

    // Corrected: the error goes and the item scores.
    set_input(&root, &num(), "19").await;
    assert_eq!(status(&root, RATE), "met");
    assert_eq!(item_count(&root, RATE, "[data-testid=item-error]"), 0);
    assert_eq!(total(&root), "7.5");
    assert_eq!(completion(&root), "2/46");
    unmount(root);
}

#[wasm_bindgen_test]
async fn a_numerator_above_the_denominator_is_an_error() {
    let root = open_section_two("ratio-above").await;
    set_input(&root, &num(), "21").await;
    set_input(&root, &den(), "20").await;
    assert_eq!(status(&root, RATE), "invalid");
    assert_eq!(
        item_text(&root, RATE, "[data-testid=item-error]"),
        "达标“四化”党支部数（21）不能大于党支部总数（20）"
    );
    assert_eq!(total(&root), "0.0");
    unmount(root);
}

#[wasm_bindgen_test]
async fn no_branches_at_all_makes_the_rate_not_applicable() {
    // The rubric says zero_denominator "na": 0 of 0 branches does not apply.
    let root = open_section_two("ratio-zero").await;
    set_input(&root, &num(), "0").await;
    set_input(&root, &den(), "0").await;
    assert_eq!(status(&root, RATE), "na");
    assert_eq!(completion(&root), "0/45");
    unmount(root);
}

#[wasm_bindgen_test]
async fn the_error_is_worded_in_english_too() {
    let root = open_section_two("ratio-english").await;
    click_on(&root, "[data-testid=lang-switch]").await;
    set_input(&root, &den(), "20").await;
    set_input(&root, &num(), "2.5").await;
    assert_eq!(
        item_text(&root, RATE, "[data-testid=item-error]"),
        "“2.5” is not a whole number"
    );
    assert_eq!(
        item_text(&root, RATE, "[data-testid=item-status]"),
        "Invalid"
    );
    set_input(&root, &num(), "18").await;
    set_input(&root, &den(), "19").await;
    assert_eq!(item_text(&root, RATE, "[data-testid=rate]"), "94.7%");
    assert_eq!(verdict(&root), Some(("false".into(), "Not met".into())));
    assert_eq!(
        item_text(&root, RATE, "[data-testid=item-gap]"),
        "1 more needed (个支部达标)"
    );
    unmount(root);
}
