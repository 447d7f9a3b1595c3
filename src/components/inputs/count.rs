//! A single whole number: a count against a target, or occurrences of an
//! event that costs or earns points.

use yew::prelude::*;
use ziping_engine::Value;

use super::input_text;

/// Properties of [`CountInput`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// DOM id of the field.
    pub id: String,
    /// The field's label.
    pub label: Html,
    /// What follows the field (target, unit).
    #[prop_or_default]
    pub suffix: Html,
    /// The value entered.
    pub value: Option<Value>,
    /// Called with the new value.
    pub on_value: Callback<Option<Value>>,
}

/// A labelled numeric field.
#[function_component(CountInput)]
pub fn count_input(props: &Props) -> Html {
    let text = match &props.value {
        Some(Value::Count(t)) => t.clone(),
        _ => String::new(),
    };
    let oninput = props.on_value.reform(|e: InputEvent| {
        let t = input_text(&e);
        (!t.is_empty()).then_some(Value::Count(t))
    });
    html! {
        <div class="djzp-field djzp-count">
            <label for={props.id.clone()} class="djzp-label">{ props.label.clone() }</label>
            <span class="djzp-count-row">
                <input id={props.id.clone()} inputmode="numeric" value={text} {oninput} data-field="count" />
                <span class="djzp-muted">{ props.suffix.clone() }</span>
            </span>
        </div>
    }
}
