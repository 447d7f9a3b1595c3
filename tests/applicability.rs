//! Which items apply: the N/A tick where the rubric allows it, and facts
//! about the unit (党员人数, 是否设党小组) that switch conditional items to N/A
//! (党支部标准化建设 rubric).
#![cfg(target_arch = "wasm32")]

mod support;

use support::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const RUBRIC: &str = "branch-standard";

fn na_box(id: &str) -> String {
    format!("{} [data-field=na]", item_sel(id))
}

fn section_value(root: &web_sys::Element, id: &str) -> String {
    text(
        root,
        &format!("[data-testid=section-score][data-section={id}] .djzp-section-value"),
    )
}

#[wasm_bindgen_test]
async fn the_na_tick_takes_an_item_out_and_rescales_its_section() {
    let root = render_app("na-tick").await;
    start_assessment(&root, RUBRIC, "检验科党支部").await;
    go_section(&root, "s3").await;
    // Only the items that allow it have the tick.
    assert_eq!(item_count(&root, "hj", "[data-field=na]"), 1);
    assert_eq!(item_count(&root, "fzdy", "[data-field=na]"), 1);
    assert_eq!(item_count(&root, "df", "[data-field=na]"), 0);

    // 党费 every month (10) and 发展党员 at the best level (10); 换届 (6) open.
    for m in 1..=12 {
        set_input(
            &root,
            &format!("{} input[data-period=\"{m}\"]", item_sel("df")),
            "1",
        )
        .await;
    }
    choose_radio(&root, "fzdy", "程序完整、材料齐全").await;
    assert_eq!(section_value(&root, "s3"), "20.0 / 26");
    assert_eq!(total(&root), "20.0");
    assert_eq!(completion(&root), "2/11");

    set_checkbox(&root, &na_box("hj"), true).await;
    assert_eq!(status(&root, "hj"), "na");
    assert_eq!(
        item_text(&root, "hj", "[data-testid=item-status]"),
        "不适用"
    );
    assert_eq!(item_count(&root, "hj", "input[type=radio]"), 0);
    // 20 of the 20 applicable points, rescaled to the section's 26.
    assert_eq!(section_value(&root, "s3"), "26.0 / 26");
    assert_eq!(total(&root), "26.0");
    assert_eq!(completion(&root), "2/10");
    let saved = saved_store("na-tick").await;
    assert_eq!(
        saved["entries"][0]["assessment"]["answers"]["items"]["hj"]["na"],
        serde_json::json!(true)
    );

    set_checkbox(&root, &na_box("hj"), false).await;
    assert_eq!(status(&root, "hj"), "incomplete");
    assert_eq!(item_count(&root, "hj", "input[type=radio]"), 3);
    assert_eq!(section_value(&root, "s3"), "20.0 / 26");
    assert_eq!(completion(&root), "2/11");
    unmount(root);
}

#[wasm_bindgen_test]
async fn a_count_fact_switches_the_committee_meetings_item() {
    // zwh (支委会, 12 points) applies only with at least 7 full members.
    let root = render_app("fact-count").await;
    start_assessment(&root, RUBRIC, "放射科党支部").await;
    let hint = item(&root, "zwh").text_content().unwrap_or_default();
    assert!(
        hint.contains("适用条件：有正式党员7人以上的党支部设立支部委员会"),
        "{hint}"
    );
    // Unknown until the fact is answered.
    assert_eq!(status(&root, "zwh"), "incomplete");
    assert_eq!(completion(&root), "0/11");

    set_input(&root, "[data-fact=full_members]", "12").await;
    for m in 1..=12 {
        set_input(
            &root,
            &format!("{} input[data-period=\"{m}\"]", item_sel("zwh")),
            "1",
        )
        .await;
    }
    assert_eq!(status(&root, "zwh"), "met");
    assert_eq!(total(&root), "12.0");
    assert_eq!(completion(&root), "1/11");

    // Five members: no 支委会, whatever was entered.
    set_input(&root, "[data-fact=full_members]", "5").await;
    assert_eq!(status(&root, "zwh"), "na");
    assert_eq!(total(&root), "0.0");
    assert_eq!(completion(&root), "0/10");

    // Seven again: the answers were kept.
    set_input(&root, "[data-fact=full_members]", "7").await;
    assert_eq!(status(&root, "zwh"), "met");
    assert_eq!(total(&root), "12.0");

    set_input(&root, "[data-fact=full_members]", "七").await;
    assert_eq!(status(&root, "zwh"), "invalid");
    assert_eq!(
        item_text(&root, "zwh", "[data-testid=item-error]"),
        "“七”不是数字，请填写整数"
    );
    unmount(root);
}

#[wasm_bindgen_test]
async fn a_flag_fact_switches_the_party_group_item() {
    // dxzh (党小组会) applies only where there are party groups.
    let root = render_app("fact-flag").await;
    start_assessment(&root, RUBRIC, "行政第二党支部").await;
    assert_eq!(status(&root, "dxzh"), "incomplete");

    select_option(&root, "[data-fact=has_party_groups]", "no").await;
    assert_eq!(status(&root, "dxzh"), "na");
    assert_eq!(completion(&root), "0/10");

    select_option(&root, "[data-fact=has_party_groups]", "yes").await;
    assert_eq!(status(&root, "dxzh"), "incomplete");
    assert_eq!(completion(&root), "0/11");

    select_option(&root, "[data-fact=has_party_groups]", "").await;
    assert_eq!(status(&root, "dxzh"), "incomplete");
    let saved = saved_store("fact-flag").await;
    assert!(saved["entries"][0]["assessment"]["answers"]["facts"]
        .get("has_party_groups")
        .is_none());
    unmount(root);
}
