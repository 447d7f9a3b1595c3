//! A file picker that also accepts a dropped file, and hands over its text.

use wasm_bindgen_futures::spawn_local;
use web_sys::{DragEvent, HtmlInputElement};
use yew::prelude::*;

use crate::browser;

/// Properties of [`ImportZone`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Visible label of the picker.
    pub label: AttrValue,
    /// Explanation under the label.
    pub hint: AttrValue,
    /// `id` of the file input (unique on the page).
    pub input_id: AttrValue,
    /// `data-testid` of the file input.
    pub testid: AttrValue,
    /// Called with the file's name and text.
    pub on_file: Callback<(String, String)>,
    /// Called with the file's name and why it could not be read.
    pub on_error: Callback<(String, String)>,
}

fn read(
    file: web_sys::File,
    on_file: Callback<(String, String)>,
    on_error: Callback<(String, String)>,
) {
    let name = file.name();
    spawn_local(async move {
        match browser::read_text(file).await {
            Ok(text) => on_file.emit((name, text)),
            Err(e) => on_error.emit((name, e)),
        }
    });
}

/// A labelled file input inside a drop zone.
#[function_component(ImportZone)]
pub fn import_zone(props: &Props) -> Html {
    let over = use_state(|| false);
    let onchange = {
        let on_file = props.on_file.clone();
        let on_error = props.on_error.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                read(file, on_file.clone(), on_error.clone());
            }
            // Choosing the same file again must fire `change` again.
            input.set_value("");
        })
    };
    let ondragover = {
        let over = over.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            over.set(true);
        })
    };
    let ondragleave = {
        let over = over.clone();
        Callback::from(move |_: DragEvent| over.set(false))
    };
    let ondrop = {
        let over = over.clone();
        let on_file = props.on_file.clone();
        let on_error = props.on_error.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            over.set(false);
            if let Some(file) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            {
                read(file, on_file.clone(), on_error.clone());
            }
        })
    };
    let class = if *over {
        "djzp-drop djzp-drop-over"
    } else {
        "djzp-drop"
    };
    html! {
        <div {class} {ondragover} {ondragleave} {ondrop} data-testid={format!("{}-zone", props.testid)}>
            <label for={props.input_id.clone()} class="djzp-label">{ props.label.clone() }</label>
            <input type="file" id={props.input_id.clone()} accept=".json,application/json"
                data-testid={props.testid.clone()} {onchange} />
            <p class="djzp-hint">{ props.hint.clone() }</p>
        </div>
    }
}
