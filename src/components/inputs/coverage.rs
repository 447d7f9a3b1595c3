//! Those reached and the whole group, with the coverage and whether
//! everyone is reached.

use yew::prelude::*;
use ziping_engine::{CoverageRule, Detail, Value};

use super::input_text;
use crate::i18n::{Lang, M, RUBRIC_LANG};

/// Properties of [`CoverageInput`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Interface language.
    pub lang: Lang,
    /// DOM id prefix (unique per item).
    pub id: String,
    /// The rule.
    pub rule: CoverageRule,
    /// The value entered.
    pub value: Option<Value>,
    /// Live figures from the engine.
    pub detail: Option<Detail>,
    /// Called with the new value.
    pub on_value: Callback<Option<Value>>,
}

/// Two labelled number fields, the coverage they give and the verdict.
#[function_component(CoverageInput)]
pub fn coverage_input(props: &Props) -> Html {
    let lang = props.lang;
    let (reached, all) = match &props.value {
        Some(Value::Ratio {
            numerator,
            denominator,
        }) => (numerator.clone(), denominator.clone()),
        _ => (String::new(), String::new()),
    };
    let make = |reached: String, all: String| {
        (!reached.is_empty() || !all.is_empty()).then_some(Value::Ratio {
            numerator: reached,
            denominator: all,
        })
    };
    let on_reached = {
        let all = all.clone();
        props
            .on_value
            .reform(move |e: InputEvent| make(input_text(&e), all.clone()))
    };
    let on_all = {
        let reached = reached.clone();
        props
            .on_value
            .reform(move |e: InputEvent| make(reached.clone(), input_text(&e)))
    };
    let (rate, everyone) = match &props.detail {
        Some(Detail::Ratio {
            rate: Some(rate),
            met,
            ..
        }) => (rate.clone(), Some(*met)),
        _ => ("—".to_owned(), None),
    };
    let reached_id = format!("{}-reached", props.id);
    let all_id = format!("{}-all", props.id);
    html! {
        <div class="djzp-ratio djzp-coverage">
            <div class="djzp-field">
                <label for={reached_id.clone()} class="djzp-label" lang={RUBRIC_LANG}>{ &props.rule.reached }</label>
                <input id={reached_id} inputmode="numeric" value={reached} oninput={on_reached} data-field="reached" />
            </div>
            <div class="djzp-field">
                <label for={all_id.clone()} class="djzp-label" lang={RUBRIC_LANG}>{ &props.rule.all }</label>
                <input id={all_id} inputmode="numeric" value={all} oninput={on_all} data-field="all" />
            </div>
            <div class="djzp-ratio-result" aria-live="polite">
                <span class="djzp-label">{ M::CoverageRate.get(lang) }</span>
                <span class="djzp-rate" data-testid="rate">{ rate }</span>
                { match everyone {
                    Some(true) => html! { <span class="djzp-verdict djzp-ok" data-testid="verdict" data-met="true">{ M::CoverageFull.get(lang) }</span> },
                    Some(false) => html! { <span class="djzp-verdict djzp-bad" data-testid="verdict" data-met="false">{ M::CoverageShort.get(lang) }</span> },
                    None => html! {},
                } }
            </div>
        </div>
    }
}
