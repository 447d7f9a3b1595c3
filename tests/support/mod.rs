//! Helpers shared by the browser component tests.
#![allow(dead_code)]

use std::time::Duration;

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

/// The test page's document.
pub fn document() -> Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a browser document")
}

/// A fresh, attached `<div>` to render into.
pub fn mount_point() -> Element {
    let doc = document();
    let div = doc.create_element("div").expect("create div");
    doc.body()
        .expect("body")
        .append_child(&div)
        .expect("append");
    div
}

/// Lets Yew finish rendering: waits a little, then until the page has not
/// changed for one more short wait. (Yew's scheduler yields to the browser
/// every 16 ms, so in a slow debug build on a busy machine one fixed sleep is
/// not always enough.)
pub async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(20)).await;
    let snapshot = || {
        document()
            .body()
            .map(|b| b.inner_html())
            .unwrap_or_default()
    };
    let mut before = snapshot();
    for _ in 0..100 {
        yew::platform::time::sleep(Duration::from_millis(10)).await;
        let now = snapshot();
        if now == before {
            return;
        }
        before = now;
    }
}

/// The first element matching `selector` inside `root`.
pub fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .expect("valid selector")
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

/// All elements matching `selector` inside `root`.
pub fn find_all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).expect("valid selector");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

/// Text content of the first match.
pub fn text(root: &Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

/// Clicks the first match.
pub fn click(root: &Element, selector: &str) {
    find(root, selector)
        .dyn_into::<HtmlElement>()
        .expect("an HTML element")
        .click();
}

/// Renders the app with its own storage key (cleared first) and waits for it.
pub async fn render_app(storage_key: &'static str) -> Element {
    if let Some(s) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = s.remove_item(storage_key);
    }
    mount_app(storage_key).await
}

// ---------------------------------------------------------------------------
// Driving the app as a user does: typing, choosing, ticking.
// ---------------------------------------------------------------------------

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

/// The example rubric of the rubric guide: every kind of item, both kinds of
/// fact, a condition, an N/A-able item, a bonus cap and a veto.
pub const EXAMPLE_RUBRIC: &str = include_str!("../../crates/engine/tests/data/example-rubric.json");

/// Fires a bubbling, cancelable event of type `kind` at `el`, as the browser
/// does after user input.
pub fn fire(el: &Element, kind: &str) {
    let event = document().create_event("Event").expect("create an event");
    event.init_event_with_bubbles_and_cancelable(kind, true, true);
    el.dispatch_event(&event).expect("dispatch the event");
}

/// Types `value` into the input or textarea matching `selector`: sets its
/// value, fires `input` and `change`, and waits for the app to render.
pub async fn set_input(root: &Element, selector: &str, value: &str) {
    let el = find(root, selector);
    if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
        input.set_value(value);
    } else if let Some(area) = el.dyn_ref::<HtmlTextAreaElement>() {
        area.set_value(value);
    } else {
        panic!("{selector} is neither an input nor a textarea");
    }
    fire(&el, "input");
    fire(&el, "change");
    settle().await;
}

/// Picks the option with `value` in the select matching `selector`.
pub async fn select_option(root: &Element, selector: &str, value: &str) {
    let el = find(root, selector);
    let select = el
        .dyn_ref::<HtmlSelectElement>()
        .unwrap_or_else(|| panic!("{selector} is not a select"));
    select.set_value(value);
    assert_eq!(select.value(), value, "{selector} has no option {value:?}");
    fire(&el, "change");
    settle().await;
}

/// Clicks the element matching `selector` (a checkbox, a radio, a button)
/// and waits for the app to render.
pub async fn click_on(root: &Element, selector: &str) {
    click(root, selector);
    settle().await;
}

/// Chooses the radio button with `value` on item `item`'s card (checklist
/// `done`/`partly`/`not_done`, a level's name, veto `yes`/`no`).
pub async fn choose_radio(root: &Element, item: &str, value: &str) {
    let selector = format!("{} input[type=radio][value=\"{value}\"]", item_sel(item));
    click_on(root, &selector).await;
    let radio: HtmlInputElement = find(root, &selector).dyn_into().expect("a radio input");
    assert!(radio.checked(), "{selector} is checked after clicking it");
}

/// Ticks or unticks the checkbox matching `selector` so that it ends `on`.
pub async fn set_checkbox(root: &Element, selector: &str, on: bool) {
    let input: HtmlInputElement = find(root, selector).dyn_into().expect("a checkbox");
    if input.checked() != on {
        click_on(root, selector).await;
    }
    let input: HtmlInputElement = find(root, selector).dyn_into().expect("a checkbox");
    assert_eq!(input.checked(), on, "{selector} ends {on}");
}

/// The CSS selector of item `id`'s card.
pub fn item_sel(id: &str) -> String {
    format!("[data-testid=item][data-item=\"{id}\"]")
}

/// Item `id`'s card (it must be on screen).
pub fn item(root: &Element, id: &str) -> Element {
    find(root, &item_sel(id))
}

/// The `data-status` of item `id`'s card.
pub fn status(root: &Element, id: &str) -> String {
    item(root, id)
        .get_attribute("data-status")
        .unwrap_or_default()
}

/// Text of `selector` inside item `id`'s card.
pub fn item_text(root: &Element, id: &str, selector: &str) -> String {
    text(root, &format!("{} {selector}", item_sel(id)))
}

/// How many elements match `selector` inside item `id`'s card.
pub fn item_count(root: &Element, id: &str, selector: &str) -> usize {
    find_all(root, &format!("{} {selector}", item_sel(id))).len()
}

/// The value of the input matching `selector`.
pub fn input_value(root: &Element, selector: &str) -> String {
    let el = find(root, selector);
    if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
        input.value()
    } else if let Some(area) = el.dyn_ref::<HtmlTextAreaElement>() {
        area.value()
    } else if let Some(select) = el.dyn_ref::<HtmlSelectElement>() {
        select.value()
    } else {
        panic!("{selector} has no value")
    }
}

/// The total shown in the score panel ("88.2").
pub fn total(root: &Element) -> String {
    text(root, "[data-testid=total-score]")
}

/// The grade shown in the score panel.
pub fn grade(root: &Element) -> String {
    text(root, "[data-testid=grade]")
}

/// The completion shown in the score panel ("3/44").
pub fn completion(root: &Element) -> String {
    text(root, "[data-testid=completion]")
}

/// Shows section `id` of the open assessment.
pub async fn go_section(root: &Element, id: &str) {
    click_on(
        root,
        &format!("[data-testid=section-link][data-section=\"{id}\"]"),
    )
    .await;
}

/// Starts a new assessment of rubric `rubric` (its id) for `unit` through
/// the start form, and waits for the scoring screen.
pub async fn start_assessment(root: &Element, rubric: &str, unit: &str) {
    let option = find(
        root,
        &format!("[data-testid=rubric-select] option[data-rubric=\"{rubric}\"]"),
    );
    let index = option.get_attribute("value").expect("option value");
    select_option(root, "[data-testid=rubric-select]", &index).await;
    set_input(root, "[data-testid=new-unit]", unit).await;
    click_on(root, "[data-testid=start]").await;
    assert!(
        !find_all(root, "[data-testid=total-score]").is_empty(),
        "the scoring screen opens for {rubric}"
    );
}

/// The browser's local storage.
pub fn local_storage() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("local storage")
}

/// A saved store (the app's `Store` JSON) with `rubrics` imported and
/// nothing else.
pub fn store_with_rubrics(rubrics: &[&str]) -> String {
    serde_json::json!({
        "lang": "Zh",
        "open": null,
        "next_id": 0,
        "entries": [],
        "rubrics": rubrics,
    })
    .to_string()
}

/// What the app saved under `key`, parsed, once autosave's delay is over.
pub async fn saved_store(key: &str) -> serde_json::Value {
    wait_for_autosave().await;
    let text = local_storage()
        .get_item(key)
        .expect("read local storage")
        .unwrap_or_else(|| panic!("nothing saved under {key}"));
    serde_json::from_str(&text).expect("the saved store is JSON")
}

/// Renders the app with its own storage key, after writing `store_json`
/// under that key (as if saved by an earlier visit).
pub async fn render_app_with_store(storage_key: &'static str, store_json: &str) -> Element {
    local_storage()
        .set_item(storage_key, store_json)
        .expect("write local storage");
    mount_app(storage_key).await
}

/// Renders the app on whatever is saved under `storage_key` (nothing is
/// cleared), as a reload of the page does.
pub async fn mount_app(storage_key: &'static str) -> Element {
    let root = mount_point();
    let props = dangjian_ziping::components::app::AppProps {
        storage_key: yew::AttrValue::Static(storage_key),
        ..Default::default()
    };
    yew::Renderer::<dangjian_ziping::components::app::App>::with_root_and_props(
        root.clone(),
        props,
    )
    .render();
    settle().await;
    root
}

/// Waits until a change made now has been autosaved.
pub async fn wait_for_autosave() {
    let delay = dangjian_ziping::components::app::SAVE_DELAY_MS;
    yew::platform::time::sleep(Duration::from_millis(u64::from(delay) + 100)).await;
}

/// Takes a finished test's app out of the page, so that radio groups and
/// ids of later tests do not meet it.
pub fn unmount(root: Element) {
    root.remove();
}
