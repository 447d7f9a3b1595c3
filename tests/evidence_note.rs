//! The evidence note (台账/佐证说明) of an item: kept as typed, saved, and
//! shown again after moving around and after a reload; it is not an answer.
#![cfg(target_arch = "wasm32")]

mod support;

use support::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const ID: &str = "t1.1.a";
const NOTE: &str = "见2020年重大事项请示报告登记台账（第3—7页）";

fn note_field(id: &str) -> String {
    format!("{} textarea[data-field=note]", item_sel(id))
}

#[wasm_bindgen_test]
async fn a_note_is_kept_saved_and_restored() {
    let root = render_app("note-kept").await;
    start_assessment(&root, "yueqing-2020-25", "机关第四党支部").await;
    set_input(&root, &note_field(ID), NOTE).await;
    // A note alone does not answer the item.
    assert_eq!(status(&root, ID), "incomplete");
    assert_eq!(completion(&root), "0/46");
    let saved = saved_store("note-kept").await;
    assert_eq!(
        saved["entries"][0]["assessment"]["answers"]["items"][ID]["note"],
        serde_json::json!(NOTE)
    );

    // Away to another section and back.
    go_section(&root, "s2").await;
    assert!(find_all(&root, &item_sel(ID)).is_empty());
    go_section(&root, "s1").await;
    assert_eq!(input_value(&root, &note_field(ID)), NOTE);
    choose_radio(&root, ID, "done").await;
    assert_eq!(input_value(&root, &note_field(ID)), NOTE);
    wait_for_autosave().await;
    unmount(root);

    // A reload: the same storage, a new app.
    let again = mount_app("note-kept").await;
    assert_eq!(input_value(&again, &note_field(ID)), NOTE);
    assert_eq!(status(&again, ID), "met");

    // Emptied, with no value either, nothing is left in the file.
    click_on(&again, &format!("{} fieldset button", item_sel(ID))).await;
    set_input(&again, &note_field(ID), "").await;
    let saved = saved_store("note-kept").await;
    assert!(saved["entries"][0]["assessment"]["answers"]["items"]
        .get(ID)
        .is_none());
    unmount(again);
}
