//! Items losing points, largest loss first, each with what closes its gap.

use std::rc::Rc;

use yew::prelude::*;
use ziping_engine::{Report, Rubric};

use crate::i18n::{gap_text, status_label, unanswered_text, Lang, M};
use crate::ids::use_ids;

/// Properties of [`Shortfalls`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Interface language.
    pub lang: Lang,
    /// The rubric.
    pub rubric: Rc<Rubric>,
    /// Its current scores.
    pub report: Rc<Report>,
    /// Jumps to an item's card.
    pub on_jump: Callback<String>,
}

/// The list of shortfalls.
#[function_component(Shortfalls)]
pub fn shortfalls(props: &Props) -> Html {
    let ids = use_ids();
    let lang = props.lang;
    let items = props.report.shortfalls();
    let open = props.report.unanswered();
    let first_open = open.first().map(|i| i.id.clone());
    let title_of = |id: &str| props.rubric.item_title(id);
    html! {
        <section class="djzp-card" aria-labelledby={ids.of("shortfalls-title")} data-testid="shortfalls">
            <h2 id={ids.of("shortfalls-title")}>{ M::Shortfalls.get(lang) }{ format!("（{}）", items.len()) }</h2>
            if let Some(first) = first_open {
                <p class="djzp-hint" data-testid="unanswered">
                    { unanswered_text(lang, open.len()) }{ " " }
                    <button type="button" class="djzp-link" onclick={props.on_jump.reform(move |_| first.clone())}>
                        { M::GoToItem.get(lang) }
                    </button>
                </p>
            }
            if items.is_empty() {
                <p class="djzp-muted">{ M::NoShortfalls.get(lang) }</p>
            } else {
                <ol class="djzp-shortfall-list">
                    { for items.iter().map(|i| {
                        let id = i.id.clone();
                        let onclick = props.on_jump.reform(move |_| id.clone());
                        html! {
                            <li data-testid="shortfall" data-item={i.id.clone()}>
                                <span class="djzp-lost">{ format!("−{}", i.lost()) }</span>
                                <span class="djzp-shortfall-body">
                                    <strong lang={crate::i18n::RUBRIC_LANG}>{ title_of(&i.id) }</strong>
                                    <span class="djzp-muted">{ format!("（{}）", status_label(lang, i.status)) }</span>
                                    if let Some(g) = &i.gap {
                                        <span class="djzp-gap" data-testid="shortfall-gap">{ gap_text(lang, g) }</span>
                                    }
                                </span>
                                <button type="button" class="djzp-btn djzp-btn-small" {onclick}>{ M::GoToItem.get(lang) }</button>
                            </li>
                        }
                    }) }
                </ol>
            }
        </section>
    }
}
