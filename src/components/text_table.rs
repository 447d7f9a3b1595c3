//! A table of text, as the view models build it for the screen and the
//! spreadsheets alike: the first row is the heading, the first cell of each
//! row its heading. One component for every such table keeps the screen
//! equal to the export and the WebAssembly small.

use std::rc::Rc;

use yew::prelude::*;

/// A button at the end of some rows: its label, its test hook, and per
/// body row the id it sends (none: no button on that row).
#[derive(Clone, PartialEq)]
pub struct RowButton {
    /// The button's label.
    pub label: &'static str,
    /// The button's test hook.
    pub testid: &'static str,
    /// Per body row, what the button sends.
    pub ids: Rc<Vec<Option<u64>>>,
    /// Where it is sent.
    pub on_click: Callback<u64>,
}

/// Properties of [`TextTable`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The heading row, then the body rows.
    pub rows: Rc<Vec<Vec<String>>>,
    /// The table's test hook.
    pub testid: &'static str,
    /// Per body row, the assessment its first cell opens (none: plain text).
    #[prop_or_default]
    pub opens: Rc<Vec<u64>>,
    /// Per body row, whether it stands out (a unit not passing).
    #[prop_or_default]
    pub marked: Rc<Vec<bool>>,
    /// Opens an assessment.
    #[prop_or_default]
    pub on_open: Callback<u64>,
    /// A button at the end of the rows.
    #[prop_or_default]
    pub button: Option<RowButton>,
}

/// The table.
#[function_component(TextTable)]
pub fn text_table(props: &Props) -> Html {
    let mut rows = props.rows.iter();
    let head = rows.next().cloned().unwrap_or_default();
    let button = props.button.as_ref();
    html! {
        <div class="djzp-table-wrap">
            <table class="djzp-table" data-testid={props.testid}>
                <thead><tr>
                    { for head.into_iter().map(|h| html! { <th scope="col">{ h }</th> }) }
                    if button.is_some() { <th scope="col"></th> }
                </tr></thead>
                <tbody>
                    { for rows.enumerate().map(|(i, row)| {
                        let mut cells = row.iter();
                        let first = cells.next().cloned().unwrap_or_default();
                        let first = match props.opens.get(i) {
                            Some(&id) => html! {
                                <button type="button" class="djzp-link" onclick={props.on_open.reform(move |_| id)}>{ first }</button>
                            },
                            None => html! { first },
                        };
                        let marked = props.marked.get(i).copied().unwrap_or(false);
                        html! {
                            <tr class={marked.then_some("djzp-bad")} data-marked={marked.to_string()}>
                                <th scope="row">{ first }</th>
                                { for cells.map(|c| html! { <td>{ c }</td> }) }
                                if let Some(b) = button {
                                    <td>
                                        if let Some(id) = b.ids.get(i).copied().flatten() {
                                            <button type="button" class="djzp-btn" data-testid={b.testid}
                                                onclick={b.on_click.reform(move |_| id)}>{ b.label }</button>
                                        }
                                    </td>
                                }
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}
