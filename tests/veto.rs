//! 一票否决: no shipped rubric has a veto item, so the example rubric of the
//! rubric guide is imported (saved in the store as an earlier import would
//! have) and answered through the interface. Its veto caps the grade at 合格;
//! a variant with a zero_total veto takes the total to 0.
#![cfg(target_arch = "wasm32")]

mod support;

use support::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const VETO: &str = "serious-violation";

fn field(id: &str, name: &str) -> String {
    format!("{} [data-field={name}]", item_sel(id))
}

async fn counts(root: &web_sys::Element, id: &str, values: &[&str]) {
    for (i, v) in values.iter().enumerate() {
        set_input(
            root,
            &format!("{} input[data-period=\"{}\"]", item_sel(id), i + 1),
            v,
        )
        .await;
    }
}

/// Answers every item of the example rubric with its best answer, through
/// the inputs of every kind, checking the running total on the way.
async fn answer_everything_best(root: &web_sys::Element) {
    set_input(root, "[data-fact=members]", "12").await;
    select_option(root, "[data-fact=has-groups]", "yes").await;

    // 一、基层组织建设 (60)
    set_input(root, &field("branch-standard-rate", "numerator"), "19").await;
    set_input(root, &field("branch-standard-rate", "denominator"), "19").await;
    set_input(root, &field("recruit-intellectuals", "numerator"), "5").await;
    set_input(root, &field("recruit-intellectuals", "denominator"), "10").await;
    counts(root, "committee-meetings", &["1"; 12]).await;
    counts(root, "general-meetings", &["1"; 4]).await;
    set_input(root, &field("training-classes", "count"), "4").await;
    choose_radio(root, "contact-system", "done").await;
    choose_radio(root, "brand-building", "好").await;
    for id in [
        "branch-standard-rate",
        "recruit-intellectuals",
        "committee-meetings",
        "general-meetings",
        "training-classes",
        "contact-system",
        "brand-building",
    ] {
        assert_eq!(status(root, id), "met", "{id}");
    }
    assert_eq!(total(root), "60.0");

    // 二、党风廉政建设 (40)
    go_section(root, "discipline").await;
    set_input(root, &field("duty-list", "completed"), "2020-09-30").await;
    set_input(root, &field("eight-rules", "count"), "0").await;
    set_input(root, &field("study-failure-rate", "numerator"), "1").await;
    set_input(root, &field("study-failure-rate", "denominator"), "40").await;
    choose_radio(root, "group-activities", "done").await;
    choose_radio(root, VETO, "no").await;
    for id in [
        "duty-list",
        "eight-rules",
        "study-failure-rate",
        "group-activities",
        VETO,
    ] {
        assert_eq!(status(root, id), "met", "{id}");
    }
    assert_eq!(total(root), "100.0");
    assert_eq!(grade(root), "优秀");
    assert_eq!(completion(root), "12/13");

    // 三、加分项: 2 awards, 1 point each.
    go_section(root, "bonus").await;
    set_input(root, &field("awards", "count"), "2").await;
    assert_eq!(total(root), "102.0");
    assert_eq!(completion(root), "13/13");
}

#[wasm_bindgen_test]
async fn a_veto_caps_the_grade_and_shows_a_banner() {
    let root = render_app_with_store("veto-cap", &store_with_rubrics(&[EXAMPLE_RUBRIC])).await;
    start_assessment(&root, "example-committee-2020", "示例医院党委").await;
    answer_everything_best(&root).await;
    assert_eq!(grade(&root), "优秀");
    assert!(find_all(&root, "[data-testid=veto-banner]").is_empty());

    go_section(&root, "discipline").await;
    let legend = item_text(&root, VETO, "legend");
    assert_eq!(legend, "是否发生：严重违纪违法问题");
    choose_radio(&root, VETO, "yes").await;
    assert_eq!(status(&root, VETO), "unmet");
    assert_eq!(
        item_text(&root, VETO, "[data-testid=item-gap]"),
        "发生严重违纪违法问题，一票否决"
    );
    assert_eq!(
        text(&root, "[data-testid=veto-banner]"),
        "一票否决：严重违纪违法问题"
    );
    // cap_grade 合格: the total stands, the grade is at most 合格.
    assert_eq!(total(&root), "102.0");
    assert_eq!(grade(&root), "合格");

    // Not occurred after all: the banner goes and the grade comes back.
    choose_radio(&root, VETO, "no").await;
    assert!(find_all(&root, "[data-testid=veto-banner]").is_empty());
    assert_eq!(grade(&root), "优秀");
    assert_eq!(status(&root, VETO), "met");
    unmount(root);
}

#[wasm_bindgen_test]
async fn a_zero_total_veto_takes_the_total_to_zero() {
    let cap = r#"{ "effect": "cap_grade", "grade": "合格" }"#;
    assert!(EXAMPLE_RUBRIC.contains(cap));
    let rubric = EXAMPLE_RUBRIC
        .replace(cap, r#""zero_total""#)
        .replace("\"example-committee-2020\"", "\"example-zero-total\"");
    let root = render_app_with_store("veto-zero", &store_with_rubrics(&[&rubric])).await;
    start_assessment(&root, "example-zero-total", "示例医院党委").await;
    choose_radio(&root, "contact-system", "done").await;
    go_section(&root, "bonus").await;
    set_input(&root, &field("awards", "count"), "2").await;
    assert_eq!(total(&root), "12.0");
    assert_eq!(grade(&root), "不合格");

    go_section(&root, "discipline").await;
    choose_radio(&root, VETO, "yes").await;
    assert_eq!(total(&root), "0.0");
    assert_eq!(grade(&root), "不合格");
    assert_eq!(
        text(&root, "[data-testid=veto-banner]"),
        "一票否决：严重违纪违法问题"
    );

    // The banner's link leads to the item from another section.
    go_section(&root, "organisation").await;
    assert!(find_all(&root, &item_sel(VETO)).is_empty());
    click_on(&root, "[data-testid=veto-banner] button").await;
    settle().await;
    assert_eq!(
        text(&root, "[data-testid=section-heading]"),
        "二、党风廉政建设"
    );
    assert_eq!(status(&root, VETO), "unmet");

    choose_radio(&root, VETO, "no").await;
    assert_eq!(total(&root), "12.0");
    unmount(root);
}
