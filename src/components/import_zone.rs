//! A file picker that also accepts dropped files, and hands over their
//! texts, or, where workbooks are taken, a workbook's bytes.

use wasm_bindgen_futures::spawn_local;
use web_sys::{DragEvent, HtmlInputElement};
use yew::prelude::*;

use crate::browser;
use crate::state::{ImportError, ReadFile, FILE_LIMIT};

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
    /// Whether several files may be chosen or dropped at once; otherwise
    /// only the first is taken.
    #[prop_or_default]
    pub multiple: bool,
    /// Called once per choice or drop with every file taken, in order.
    pub on_files: Callback<Vec<ReadFile>>,
    /// Where workbooks are taken (`.xlsx`, or a file that looks like one):
    /// called with such a file's name and bytes instead of `on_files`.
    #[prop_or_default]
    pub on_workbook: Option<Callback<(String, Vec<u8>)>>,
}

/// What a picker offers to choose.
const JSON: &str = ".json,application/json";
/// A workbook is `.xlsx`; the other spreadsheet files are taken too, to be
/// told what they are (see [`crate::workbook::WORKBOOK_EXTENSIONS`]).
const JSON_OR_WORKBOOK: &str = ".json,.xlsx,.xlsm,.xls,.ods,.et,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// Reads `files` one after the other, then hands them all over at once.
fn read(
    files: Option<web_sys::FileList>,
    multiple: bool,
    on_files: Callback<Vec<ReadFile>>,
    on_workbook: Option<Callback<(String, Vec<u8>)>>,
) {
    let Some(list) = files else { return };
    let take = if multiple {
        list.length()
    } else {
        list.length().min(1)
    };
    let files: Vec<web_sys::File> = (0..take).filter_map(|i| list.get(i)).collect();
    if files.is_empty() {
        return;
    }
    spawn_local(async move {
        let mut read = Vec::with_capacity(files.len());
        for file in files {
            let name = file.name();
            // Sizes are whole numbers of bytes, exact in an f64.
            let bytes = file.size() as u64;
            let text = if bytes > FILE_LIMIT {
                Err(ImportError::TooLarge { bytes })
            } else {
                match browser::read_bytes(file).await {
                    Ok(bytes) => match &on_workbook {
                        Some(to) if crate::workbook::looks_like_workbook(&name, &bytes) => {
                            to.emit((name, bytes));
                            continue;
                        }
                        _ => crate::decode::decode(&bytes).map_err(ImportError::NotText),
                    },
                    Err(e) => Err(ImportError::Unreadable(e)),
                }
            };
            read.push((name, text));
        }
        if !read.is_empty() {
            on_files.emit(read);
        }
    });
}

/// A labelled file input inside a drop zone.
#[function_component(ImportZone)]
pub fn import_zone(props: &Props) -> Html {
    let over = use_state(|| false);
    let multiple = props.multiple;
    let onchange = {
        let on_files = props.on_files.clone();
        let on_workbook = props.on_workbook.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            read(
                input.files(),
                multiple,
                on_files.clone(),
                on_workbook.clone(),
            );
            // Choosing the same files again must fire `change` again.
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
        let on_files = props.on_files.clone();
        let on_workbook = props.on_workbook.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            over.set(false);
            read(
                e.data_transfer().and_then(|d| d.files()),
                multiple,
                on_files.clone(),
                on_workbook.clone(),
            );
        })
    };
    let accept = if props.on_workbook.is_some() {
        JSON_OR_WORKBOOK
    } else {
        JSON
    };
    let class = if *over {
        "djzp-drop djzp-drop-over"
    } else {
        "djzp-drop"
    };
    html! {
        <div {class} {ondragover} {ondragleave} {ondrop} data-testid={format!("{}-zone", props.testid)}>
            <label for={props.input_id.clone()} class="djzp-label">{ props.label.clone() }</label>
            <input type="file" id={props.input_id.clone()} {accept}
                {multiple} data-testid={props.testid.clone()} {onchange} />
            <p class="djzp-hint">{ props.hint.clone() }</p>
        </div>
    }
}
