//! Mounting the widget into a host page.
//!
//! The standalone page mounts on `#app`. A host page (an intranet portal)
//! instead marks any number of elements:
//!
//! ```html
//! <div data-djzp-widget data-rubric="branch-standard" data-lang="zh"
//!      data-storage-key="djzp-branch"></div>
//! ```
//!
//! Each marked element gets its own widget. Options, all optional:
//! `data-rubric` preselects a rubric for new assessments, `data-lang` (`zh` or
//! `en`) is the language until the user switches, `data-storage-key` is the
//! local-storage key — two widgets share their saved work only when they use
//! the same key (the default key is shared with the standalone page).
//! JavaScript can also call the exported `mount(element, options)`.

use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::AttrValue;

use crate::components::app::{App, AppProps};
use crate::i18n::Lang;
use crate::state::STORAGE_KEY;

/// The attribute that marks a host element.
pub const WIDGET_ATTR: &str = "data-djzp-widget";

/// Widget options, from data attributes or a JavaScript object.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Options {
    /// Rubric id preselected for new assessments.
    pub rubric: Option<String>,
    /// Interface language until the user picks one.
    pub lang: Option<Lang>,
    /// Local-storage key.
    pub storage_key: Option<String>,
}

impl Options {
    /// Reads `data-rubric`, `data-lang` and `data-storage-key`.
    pub fn from_attributes(el: &Element) -> Options {
        let attr = |name: &str| el.get_attribute(name).filter(|v| !v.trim().is_empty());
        Options {
            rubric: attr("data-rubric"),
            lang: attr("data-lang").as_deref().and_then(Lang::parse),
            storage_key: attr("data-storage-key"),
        }
    }

    fn into_props(self, id_prefix: String) -> AppProps {
        AppProps {
            id_prefix: AttrValue::from(id_prefix),
            storage_key: self
                .storage_key
                .map(AttrValue::from)
                .unwrap_or(AttrValue::Static(STORAGE_KEY)),
            rubric: self.rubric.map(AttrValue::from),
            lang: self.lang,
        }
    }
}

thread_local! {
    static MOUNTED: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Renders a widget into `el`, which becomes the widget's styling root. The
/// first widget of a page uses the id prefix `djzp`, later ones `djzp2`,
/// `djzp3`…, so their ids, labels and radio groups never collide.
pub fn mount_with(el: Element, options: Options) {
    let n = MOUNTED.with(|m| {
        let n = m.get() + 1;
        m.set(n);
        n
    });
    let prefix = if n == 1 {
        "djzp".to_owned()
    } else {
        format!("djzp{n}")
    };
    let _ = el.class_list().add_1("djzp");
    el.set_inner_html("");
    yew::Renderer::<App>::with_root_and_props(el, options.into_props(prefix)).render();
}

/// JavaScript entry: `mount(element, { rubric, lang, storageKey })`,
/// exported by the binary (`src/main.rs`), so that a crate using this
/// library for its words (the workbook module) does not carry the app.
pub fn mount(el: Element, options: JsValue) {
    let get = |key: &str| {
        js_sys::Reflect::get(&options, &JsValue::from_str(key))
            .ok()
            .and_then(|v| v.as_string())
            .filter(|v| !v.trim().is_empty())
    };
    let opts = if options.is_object() {
        Options {
            rubric: get("rubric"),
            lang: get("lang").as_deref().and_then(Lang::parse),
            storage_key: get("storageKey"),
        }
    } else {
        Options::from_attributes(&el)
    };
    mount_with(el, opts);
}

/// Mounts every marked element of the page; returns how many.
pub fn mount_marked() -> usize {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return 0;
    };
    let Ok(list) = doc.query_selector_all(&format!("[{WIDGET_ATTR}]")) else {
        return 0;
    };
    let mut n = 0;
    for i in 0..list.length() {
        if let Some(el) = list
            .item(i)
            .and_then(|node| node.dyn_into::<Element>().ok())
        {
            let opts = Options::from_attributes(&el);
            mount_with(el, opts);
            n += 1;
        }
    }
    n
}
