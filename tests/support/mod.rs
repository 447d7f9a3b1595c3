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

/// Lets Yew finish rendering.
pub async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(20)).await;
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
