//! A task with a due date: completed on a date, or not completed.

use yew::prelude::*;
use ziping_engine::{Completion, DeadlineRule, Detail, Due, Value};

use super::input_text;
use crate::i18n::{Lang, M, RUBRIC_LANG};

/// Properties of [`DeadlineInput`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Interface language.
    pub lang: Lang,
    /// DOM id prefix (unique per item).
    pub id: String,
    /// The rule.
    pub rule: DeadlineRule,
    /// The year assessed (for `MM-DD` due dates).
    pub year: i32,
    /// The value entered.
    pub value: Option<Value>,
    /// Live figures from the engine.
    pub detail: Option<Detail>,
    /// Called with the new value.
    pub on_value: Callback<Option<Value>>,
}

/// The due date, a completion date field and a "not completed" choice.
#[function_component(DeadlineInput)]
pub fn deadline_input(props: &Props) -> Html {
    let lang = props.lang;
    let due = match Due::parse(&props.rule.due) {
        Ok(d) => d.in_year(props.year).to_string(),
        Err(_) => props.rule.due.clone(),
    };
    let due_text = if props.rule.due_text.is_empty() {
        due.clone()
    } else {
        format!("{}（{due}）", props.rule.due_text)
    };
    let (date, not_done) = match &props.value {
        Some(Value::Completion(Completion::Done(d))) => (d.clone(), false),
        Some(Value::Completion(Completion::NotDone)) => (String::new(), true),
        _ => (String::new(), false),
    };
    let on_date = props.on_value.reform(|e: InputEvent| {
        let t = input_text(&e);
        (!t.is_empty()).then_some(Value::Completion(Completion::Done(t)))
    });
    let on_not_done = props.on_value.reform(move |_| {
        if not_done {
            None
        } else {
            Some(Value::Completion(Completion::NotDone))
        }
    });
    let date_id = format!("{}-date", props.id);
    let nd_id = format!("{}-notdone", props.id);
    let verdict = match &props.detail {
        Some(Detail::Deadline {
            on_time: Some(true),
            ..
        }) => {
            html! { <span class="djzp-verdict djzp-ok" data-testid="verdict" data-on-time="true">{ M::OnTime.get(lang) }</span> }
        }
        Some(Detail::Deadline {
            on_time: Some(false),
            ..
        }) => {
            html! { <span class="djzp-verdict djzp-warn" data-testid="verdict" data-on-time="false">{ M::Late.get(lang) }</span> }
        }
        _ => html! {},
    };
    html! {
        <div class="djzp-deadline">
            <p><span class="djzp-label">{ M::Due.get(lang) }</span><span lang={RUBRIC_LANG}>{ due_text }</span></p>
            <div class="djzp-deadline-row">
                <div class="djzp-field">
                    <label for={date_id.clone()} class="djzp-label">{ M::CompletedOn.get(lang) }</label>
                    <input id={date_id} type="date" value={date} oninput={on_date} disabled={not_done} data-field="completed" />
                </div>
                <label for={nd_id.clone()} class="djzp-check">
                    <input type="checkbox" id={nd_id} checked={not_done} onchange={on_not_done} data-field="not-done" />
                    { M::NotCompleted.get(lang) }
                </label>
                { verdict }
            </div>
        </div>
    }
}
