//! Entry point of the browser build: mounts the app on `#app`, and exports
//! `mount` for host pages that embed the widget (see `embed`).

use wasm_bindgen::prelude::*;

fn main() {
    dangjian_ziping::start();
}

/// JavaScript entry: `mount(element, { rubric, lang, storageKey })`.
#[wasm_bindgen]
pub fn mount(el: web_sys::Element, options: JsValue) {
    dangjian_ziping::embed::mount(el, options);
}
