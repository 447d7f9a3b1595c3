//! Single-number items: a count against a target (国卫直党发〔2020〕10号's
//! training classes), occurrences that cost points (绍兴市中医院's 节日腐败、
//! 违规公款吃喝等违纪行为) and occurrences that earn a capped bonus (绍兴市中医院's
//! “好人”“最美” honours).
#![cfg(target_arch = "wasm32")]

mod support;

use support::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn count_field(id: &str) -> String {
    format!("{} [data-field=count]", item_sel(id))
}

#[wasm_bindgen_test]
async fn a_count_earns_its_share_of_the_target() {
    // p9.px: 1 point, at least 4 培训班, proportional.
    const ID: &str = "p9.px";
    let root = render_app("count-target").await;
    start_assessment(&root, "nhc-2020-10", "委直属机关党委").await;
    // The classes at the 委党校 are the issuing committee's own task.
    select_option(&root, "[data-fact=is_issuer]", "yes").await;
    go_section(&root, "s2").await;
    let card = item(&root, ID).text_content().unwrap_or_default();
    assert!(card.contains("实际数量"), "{card}");
    assert!(card.contains("目标 4 期培训班"), "{card}");

    set_input(&root, &count_field(ID), "3").await;
    assert_eq!(status(&root, ID), "partly");
    assert_eq!(
        item_text(&root, ID, "[data-testid=item-points]"),
        "0.75 / 1 分"
    );
    assert_eq!(
        item_text(&root, ID, "[data-testid=item-gap]"),
        "还差 1 期培训班"
    );

    set_input(&root, &count_field(ID), "0").await;
    assert_eq!(status(&root, ID), "unmet");
    assert_eq!(
        item_text(&root, ID, "[data-testid=item-gap]"),
        "还差 4 期培训班"
    );

    set_input(&root, &count_field(ID), "4").await;
    assert_eq!(status(&root, ID), "met");
    assert_eq!(
        item_text(&root, ID, "[data-testid=item-points]"),
        "1 / 1 分"
    );
    assert_eq!(item_count(&root, ID, "[data-testid=item-gap]"), 0);

    // More than the target is fine.
    set_input(&root, &count_field(ID), "6").await;
    assert_eq!(status(&root, ID), "met");
    assert_eq!(total(&root), "1.0");

    set_input(&root, &count_field(ID), "四").await;
    assert_eq!(status(&root, ID), "invalid");
    assert_eq!(
        item_text(&root, ID, "[data-testid=item-error]"),
        "“四”不是数字，请填写整数"
    );
    assert_eq!(total(&root), "0.0");

    // Emptied, it is unanswered again (never zero).
    set_input(&root, &count_field(ID), "").await;
    assert_eq!(status(&root, ID), "incomplete");
    assert_eq!(completion(&root), "0/50");
    unmount(root);
}

#[wasm_bindgen_test]
async fn each_occurrence_of_a_deduction_event_costs_points() {
    // s4.3.b: 3 points, 1.5 off per 违纪行为, floor 0.
    const ID: &str = "s4.3.b";
    const EVENT: &str =
        "发生节日腐败、违规转移费用、违规公款吃喝、违规发放津补贴等违纪行为（经查实，每起）";
    let root = render_app("count-deduction").await;
    start_assessment(&root, "shaoxing-tcm-2020", "绍兴市中医院党委").await;
    go_section(&root, "s4").await;
    let card = item(&root, ID).text_content().unwrap_or_default();
    assert!(card.contains(&format!("发生次数：{EVENT}")), "{card}");
    assert!(card.contains("扣分 1.5 / 次"), "{card}");

    set_input(&root, &count_field(ID), "0").await;
    assert_eq!(status(&root, ID), "met");
    assert_eq!(
        item_text(&root, ID, "[data-testid=item-points]"),
        "3 / 3 分"
    );
    assert_eq!(total(&root), "3.0");

    set_input(&root, &count_field(ID), "1").await;
    assert_eq!(status(&root, ID), "partly");
    assert_eq!(
        item_text(&root, ID, "[data-testid=item-points]"),
        "1.5 / 3 分"
    );
    assert_eq!(
        item_text(&root, ID, "[data-testid=item-gap]"),
        format!("{EVENT} 1 次")
    );
    assert_eq!(total(&root), "1.5");

    // Three take it to the floor: unmet, and never below 0.
    set_input(&root, &count_field(ID), "3").await;
    assert_eq!(status(&root, ID), "unmet");
    assert_eq!(
        item_text(&root, ID, "[data-testid=item-points]"),
        "0 / 3 分"
    );
    assert_eq!(total(&root), "0.0");

    set_input(&root, &count_field(ID), "1.5").await;
    assert_eq!(status(&root, ID), "invalid");
    assert_eq!(
        item_text(&root, ID, "[data-testid=item-error]"),
        "“1.5”不是整数，请填写整数"
    );
    unmount(root);
}

#[wasm_bindgen_test]
async fn bonus_occurrences_add_to_the_total_up_to_the_cap() {
    // s5.3.jf: 0.5 per honour, at most 2; the rubric's bonus_cap is 2.
    const ID: &str = "s5.3.jf";
    let root = render_app("count-bonus").await;
    start_assessment(&root, "shaoxing-tcm-2020", "绍兴市中医院党委").await;
    go_section(&root, "s5").await;
    assert!(find_all(&root, "[data-testid=bonus-score]").is_empty());
    let card = item(&root, ID).text_content().unwrap_or_default();
    assert!(card.contains("加分事项次数"), "{card}");
    assert!(card.contains("加分 0.5 / 次"), "{card}");

    set_input(&root, &count_field(ID), "1").await;
    assert_eq!(status(&root, ID), "partly");
    assert_eq!(
        item_text(&root, ID, "[data-testid=item-points]"),
        "0.5 / 2 分"
    );
    // A bonus not (fully) earned is not something missing.
    assert_eq!(item_count(&root, ID, "[data-testid=item-gap]"), 0);
    assert_eq!(text(&root, "[data-testid=bonus-score]"), "加分+0.5");
    assert_eq!(total(&root), "0.5");

    set_input(&root, &count_field(ID), "7").await;
    assert_eq!(status(&root, ID), "met");
    assert_eq!(
        item_text(&root, ID, "[data-testid=item-points]"),
        "2 / 2 分"
    );
    assert_eq!(text(&root, "[data-testid=bonus-score]"), "加分+2");
    assert_eq!(total(&root), "2.0");

    // The bonus is outside the sections: section five's score does not move.
    let s5 = text(
        &root,
        "[data-testid=section-score][data-section=s5] .djzp-section-value",
    );
    assert_eq!(s5, "0.0 / 13");

    set_input(&root, &count_field(ID), "0").await;
    assert_eq!(status(&root, ID), "unmet");
    assert!(find_all(&root, "[data-testid=bonus-score]").is_empty());
    assert_eq!(total(&root), "0.0");
    unmount(root);
}
