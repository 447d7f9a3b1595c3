//! Facts about the unit that decide which items apply.

use std::collections::BTreeMap;
use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;
use ziping_engine::{FactAnswer, FactKind, Rubric};

use crate::i18n::{Lang, M, RUBRIC_LANG};
use crate::ids::use_ids;
use crate::state::Action;

/// Properties of [`FactsCard`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Interface language.
    pub lang: Lang,
    /// The rubric.
    pub rubric: Rc<Rubric>,
    /// The answers so far.
    pub facts: BTreeMap<String, FactAnswer>,
    /// Sends actions to the app.
    pub dispatch: Callback<Action>,
}

/// One input per fact.
#[function_component(FactsCard)]
pub fn facts_card(props: &Props) -> Html {
    let ids = use_ids();
    let lang = props.lang;
    html! {
        <section class="djzp-card djzp-facts" aria-labelledby={ids.of("facts-title")} data-testid="facts">
            <h2 id={ids.of("facts-title")}>{ M::Facts.get(lang) }</h2>
            <p class="djzp-hint">{ M::FactsHint.get(lang) }</p>
            <div class="djzp-grid2">
                { for props.rubric.facts.iter().map(|f| {
                    let id = ids.of(&format!("fact-{}", f.id));
                    let fact = f.id.clone();
                    let current = props.facts.get(&f.id);
                    let input = match f.kind {
                        FactKind::Count => {
                            let value = match current {
                                Some(FactAnswer::Count(t)) => t.clone(),
                                _ => String::new(),
                            };
                            let oninput = props.dispatch.reform(move |e: InputEvent| {
                                let v = e.target_unchecked_into::<HtmlInputElement>().value();
                                let a = (!v.is_empty()).then_some(FactAnswer::Count(v));
                                Action::SetFact(fact.clone(), a)
                            });
                            html! { <input id={id.clone()} inputmode="numeric" {value} {oninput} data-fact={f.id.clone()} /> }
                        }
                        FactKind::Flag => {
                            let value = match current {
                                Some(FactAnswer::Flag(true)) => "yes",
                                Some(FactAnswer::Flag(false)) => "no",
                                _ => "",
                            };
                            let onchange = props.dispatch.reform(move |e: Event| {
                                let v = e.target_unchecked_into::<HtmlSelectElement>().value();
                                let a = match v.as_str() {
                                    "yes" => Some(FactAnswer::Flag(true)),
                                    "no" => Some(FactAnswer::Flag(false)),
                                    _ => None,
                                };
                                Action::SetFact(fact.clone(), a)
                            });
                            html! {
                                <select id={id.clone()} {onchange} data-fact={f.id.clone()}>
                                    <option value="" selected={value.is_empty()}>{ M::NotAnswered.get(lang) }</option>
                                    <option value="yes" selected={value == "yes"}>{ M::Yes.get(lang) }</option>
                                    <option value="no" selected={value == "no"}>{ M::No.get(lang) }</option>
                                </select>
                            }
                        }
                    };
                    html! {
                        <div class="djzp-field">
                            <label for={id} class="djzp-label" lang={RUBRIC_LANG}>{ &f.label }</label>
                            { input }
                        </div>
                    }
                }) }
            </div>
        </section>
    }
}
