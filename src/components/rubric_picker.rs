//! Choosing a rubric.

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;
use ziping_engine::Rubric;

use crate::i18n::{Lang, M};

/// Properties of [`RubricPicker`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Interface language.
    pub lang: Lang,
    /// The rubrics to choose from.
    pub rubrics: Vec<Rc<Rubric>>,
    /// Id of the chosen rubric.
    pub selected: Option<String>,
    /// Called with the id of the rubric picked.
    pub on_pick: Callback<String>,
}

/// A labelled drop-down of rubrics, with the source document of the chosen one.
#[function_component(RubricPicker)]
pub fn rubric_picker(props: &Props) -> Html {
    let lang = props.lang;
    let onchange = props.on_pick.reform(|e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        select.value()
    });
    let chosen = props
        .selected
        .as_deref()
        .and_then(|id| props.rubrics.iter().find(|r| r.id == id));
    html! {
        <section class="djzp-picker" aria-labelledby="djzp-picker-label">
            <label id="djzp-picker-label" for="djzp-rubric-select" class="djzp-label">
                { M::ChooseRubric.get(lang) }
            </label>
            <select id="djzp-rubric-select" data-testid="rubric-select" {onchange}>
                { for props.rubrics.iter().map(|r| {
                    let items: usize = r.sections.iter().map(|s| s.items.len()).sum();
                    let selected = props.selected.as_deref() == Some(r.id.as_str());
                    html! {
                        <option value={r.id.clone()} {selected}>
                            { format!("{}（{} {}）", r.title, items, M::ItemsCount.get(lang)) }
                        </option>
                    }
                }) }
            </select>
            if let Some(r) = chosen {
                <ul class="djzp-docs">
                    { for r.documents.iter().map(|d| html! {
                        <li>
                            { d.number.clone().unwrap_or_default() }
                            { " " }{ &d.title }{ " " }
                            <span class="djzp-muted">{ &d.date }</span>
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}
