//! The coverage input: those reached and the whole group give the live
//! coverage and whether everyone is reached ("完成对委直属机关全体党员干部
//! 的培训工作", 国卫机党发〔2020〕10号 二、9).
#![cfg(target_arch = "wasm32")]

mod support;

use support::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const ID: &str = "training";

/// A rubric of one coverage item worth 10 points.
fn rubric() -> String {
    serde_json::json!({
        "id": "coverage-test", "version": "1", "title": "培训全覆盖",
        "documents": [{
            "id": "nhc", "number": "国卫机党发〔2020〕10号",
            "title": "2020年国家卫生健康委直属机关党的建设工作要点", "date": "2020-03-21"
        }],
        "level": "committee",
        "period": { "unit": "year" },
        "grades": [{ "name": "好", "min": "9" }, { "name": "一般", "min": "0" }],
        "sections": [{
            "id": "edu", "title": "理论武装", "points": "10",
            "items": [{
                "id": ID, "title": "全体党员干部培训",
                "source": { "document": "nhc", "clause": "二、9", "quote": "完成对委直属机关全体党员干部的培训工作。" },
                "level": "committee", "evidence": "培训签到表", "points": "10",
                "scoring": {
                    "kind": "coverage", "reached": "已参加培训的党员干部数",
                    "all": "党员干部总数", "unit": "名党员干部未参加培训"
                }
            }]
        }]
    })
    .to_string()
}

fn field(name: &str) -> String {
    format!("{} [data-field={name}]", item_sel(ID))
}

#[wasm_bindgen_test]
async fn coverage_and_gap_follow_what_is_typed() {
    let root = render_app_with_store("coverage-live", &store_with_rubrics(&[&rubric()])).await;
    start_assessment(&root, "coverage-test", "委直属机关党委").await;
    assert_eq!(status(&root, ID), "incomplete");
    assert_eq!(item_text(&root, ID, "[data-testid=rate]"), "—");

    set_input(&root, &field("all"), "40").await;
    set_input(&root, &field("reached"), "37").await;
    assert_eq!(item_text(&root, ID, "[data-testid=rate]"), "92.5%");
    assert_eq!(item_text(&root, ID, "[data-testid=verdict]"), "未全覆盖");
    assert_eq!(status(&root, ID), "partly");
    assert_eq!(
        item_text(&root, ID, "[data-testid=item-points]"),
        "9.25 / 10 分"
    );
    assert_eq!(
        item_text(&root, ID, "[data-testid=item-gap]"),
        "还差 3 名党员干部未参加培训"
    );

    set_input(&root, &field("reached"), "40").await;
    assert_eq!(item_text(&root, ID, "[data-testid=verdict]"), "全覆盖");
    assert_eq!(status(&root, ID), "met");
    assert_eq!(total(&root), "10.0");

    // More reached than there are: an error on the card, nothing scored.
    set_input(&root, &field("reached"), "41").await;
    assert_eq!(status(&root, ID), "invalid");
    assert_eq!(
        item_text(&root, ID, "[data-testid=item-error]"),
        "已参加培训的党员干部数（41）不能大于党员干部总数（40）"
    );

    click_on(&root, "[data-testid=lang-switch]").await;
    assert_eq!(
        item_text(&root, ID, "[data-testid=item-error]"),
        "已参加培训的党员干部数 (41) cannot exceed 党员干部总数 (40)"
    );
    set_input(&root, &field("reached"), "39").await;
    assert_eq!(
        item_text(&root, ID, "[data-testid=verdict]"),
        "Not everyone reached"
    );
    assert_eq!(
        item_text(&root, ID, "[data-testid=item-gap]"),
        "1 more needed (名党员干部未参加培训)"
    );
    unmount(root);
}
