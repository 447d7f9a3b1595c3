//! 党建自评: a browser widget that scores party-building work against a
//! rubric. All scoring is done by the pure [`ziping_engine`] crate; this crate
//! is the Yew shell around it: state in a reducer ([`state`]), one component
//! per file ([`components`]), every user-visible string in one typed
//! catalogue ([`i18n`]).

pub mod browser;
pub mod components;
pub mod export;
pub mod i18n;
pub mod rubrics;
pub mod state;

/// Mounts the app on the page's `#app` element (or `<body>` if absent).
pub fn start() {
    let document = web_sys::window().and_then(|w| w.document());
    let host = document.and_then(|d| d.get_element_by_id("app"));
    match host {
        Some(el) => {
            yew::Renderer::<components::app::App>::with_root(el).render();
        }
        None => {
            yew::Renderer::<components::app::App>::new().render();
        }
    }
}
