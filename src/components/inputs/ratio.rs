//! Numerator and denominator, with the live rate and verdict.

use yew::prelude::*;
use ziping_engine::{Compare, Detail, RatioRule, Value};

use super::input_text;
use crate::i18n::{Lang, M, RUBRIC_LANG};

/// Properties of [`RatioInput`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Interface language.
    pub lang: Lang,
    /// DOM id prefix (unique per item).
    pub id: String,
    /// The rule.
    pub rule: RatioRule,
    /// The value entered.
    pub value: Option<Value>,
    /// Live figures from the engine.
    pub detail: Option<Detail>,
    /// Called with the new value.
    pub on_value: Callback<Option<Value>>,
}

fn compare_text(c: Compare) -> &'static str {
    match c {
        Compare::AtLeast => "≥",
        Compare::Above => ">",
        Compare::AtMost => "≤",
        Compare::Below => "<",
    }
}

/// Two labelled number fields and the rate they give.
#[function_component(RatioInput)]
pub fn ratio_input(props: &Props) -> Html {
    let lang = props.lang;
    let (num, den) = match &props.value {
        Some(Value::Ratio {
            numerator,
            denominator,
        }) => (numerator.clone(), denominator.clone()),
        _ => (String::new(), String::new()),
    };
    let make = |n: String, d: String| {
        if n.is_empty() && d.is_empty() {
            None
        } else {
            Some(Value::Ratio {
                numerator: n,
                denominator: d,
            })
        }
    };
    let on_num = {
        let den = den.clone();
        props
            .on_value
            .reform(move |e: InputEvent| make(input_text(&e), den.clone()))
    };
    let on_den = {
        let num = num.clone();
        props
            .on_value
            .reform(move |e: InputEvent| make(num.clone(), input_text(&e)))
    };
    let (rate, verdict) = match &props.detail {
        Some(Detail::Ratio { rate, met, .. }) => {
            (rate.clone().unwrap_or_else(|| "—".to_owned()), Some(*met))
        }
        _ => ("—".to_owned(), None),
    };
    let num_id = format!("{}-num", props.id);
    let den_id = format!("{}-den", props.id);
    html! {
        <div class="djzp-ratio">
            <div class="djzp-field">
                <label for={num_id.clone()} class="djzp-label" lang={RUBRIC_LANG}>{ &props.rule.numerator }</label>
                <input id={num_id} inputmode="numeric" value={num} oninput={on_num} data-field="numerator" />
            </div>
            <div class="djzp-field">
                <label for={den_id.clone()} class="djzp-label" lang={RUBRIC_LANG}>{ &props.rule.denominator }</label>
                <input id={den_id} inputmode="numeric" value={den} oninput={on_den} data-field="denominator" />
            </div>
            <div class="djzp-ratio-result" aria-live="polite">
                <span class="djzp-label">{ M::Rate.get(lang) }</span>
                <span class="djzp-rate" data-testid="rate">{ rate }</span>
                <span class="djzp-muted">
                    { format!("{} {} {}%", M::Threshold.get(lang), compare_text(props.rule.compare), props.rule.threshold) }
                </span>
                { match verdict {
                    Some(true) => html! { <span class="djzp-verdict djzp-ok" data-testid="verdict" data-met="true">{ M::StatusMet.get(lang) }</span> },
                    Some(false) => html! { <span class="djzp-verdict djzp-bad" data-testid="verdict" data-met="false">{ M::StatusUnmet.get(lang) }</span> },
                    None => html! {},
                } }
            </div>
        </div>
    }
}
