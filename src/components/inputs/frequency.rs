//! A count per month, quarter, half-year or year.

use yew::prelude::*;
use ziping_engine::{FrequencyRule, Value};

use super::input_text;
use crate::i18n::{per_label, period_name, Lang, M, RUBRIC_LANG};

/// Properties of [`FrequencyInput`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Interface language.
    pub lang: Lang,
    /// DOM id prefix (unique per item).
    pub id: String,
    /// The rule.
    pub rule: FrequencyRule,
    /// The value entered.
    pub value: Option<Value>,
    /// Called with the new value.
    pub on_value: Callback<Option<Value>>,
}

/// A grid of small fields, one per sub-period; each is checked on its own.
#[function_component(FrequencyInput)]
pub fn frequency_input(props: &Props) -> Html {
    let lang = props.lang;
    let n = props.rule.per.periods();
    let counts: Vec<String> = match &props.value {
        Some(Value::Counts(c)) if c.len() == n => c.clone(),
        _ => vec![String::new(); n],
    };
    let rule = &props.rule;
    html! {
        <fieldset class="djzp-frequency">
            <legend class="djzp-label">
                <span lang={RUBRIC_LANG}>{ &rule.what }</span>
                { format!(" · {} {} {}", per_label(lang, rule.per), M::Required.get(lang), rule.required) }
                { if lang == Lang::Zh { M::TimesUnit.get(lang) } else { "" } }
            </legend>
            <div class={classes!("djzp-grid-periods", format!("djzp-periods-{n}"))}>
                { for (0..n).map(|i| {
                    let id = format!("{}-p{}", props.id, i + 1);
                    let current = counts[i].clone();
                    let all = counts.clone();
                    let oninput = props.on_value.reform(move |e: InputEvent| {
                        let mut c = all.clone();
                        c[i] = input_text(&e);
                        if c.iter().all(String::is_empty) { None } else { Some(Value::Counts(c)) }
                    });
                    let missing = current.trim().parse::<u32>().map(|v| v < rule.required).unwrap_or(false);
                    html! {
                        <div class={classes!("djzp-period", missing.then_some("djzp-period-short"))}>
                            <label for={id.clone()}>{ period_name(lang, rule.per, (i + 1) as u32) }</label>
                            <input {id} inputmode="numeric" value={current} {oninput}
                                data-period={(i + 1).to_string()} data-short={missing.to_string()} />
                        </div>
                    }
                }) }
            </div>
            <p class="djzp-hint">{ M::CountGridHint.get(lang) }</p>
        </fieldset>
    }
}
