//! A radio group: checklist states, named levels, and whether a veto event
//! occurred. Arrow keys move between options; "clear" returns to blank.

use yew::prelude::*;

use crate::i18n::{Lang, M};

/// One option of a [`Choice`].
#[derive(Debug, Clone, PartialEq)]
pub struct Opt {
    /// The value reported when chosen.
    pub value: String,
    /// What the user reads.
    pub label: String,
    /// The label's language when it is rubric content (level names).
    pub lang: Option<&'static str>,
}

/// Properties of [`Choice`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Interface language.
    pub lang: Lang,
    /// The radio group's name (unique per item).
    pub name: String,
    /// The question.
    pub legend: Html,
    /// The options.
    pub options: Vec<Opt>,
    /// The chosen value.
    pub selected: Option<String>,
    /// Called with the chosen value, or `None` when cleared.
    pub on_select: Callback<Option<String>>,
}

/// A fieldset of radio buttons.
#[function_component(Choice)]
pub fn choice(props: &Props) -> Html {
    let lang = props.lang;
    html! {
        <fieldset class="djzp-choice">
            <legend class="djzp-label">{ props.legend.clone() }</legend>
            <div class="djzp-choice-options">
                { for props.options.iter().enumerate().map(|(i, o)| {
                    let id = format!("{}-{i}", props.name);
                    let checked = props.selected.as_deref() == Some(o.value.as_str());
                    let v = o.value.clone();
                    let onchange = props.on_select.reform(move |_| Some(v.clone()));
                    html! {
                        <label for={id.clone()} class={classes!("djzp-radio", checked.then_some("djzp-radio-on"))}>
                            <input type="radio" {id} name={props.name.clone()} value={o.value.clone()} {checked} {onchange} />
                            <span lang={o.lang}>{ &o.label }</span>
                        </label>
                    }
                }) }
                if props.selected.is_some() {
                    <button type="button" class="djzp-btn djzp-btn-small" data-testid="choice-clear" onclick={props.on_select.reform(|_| None)}>
                        { M::Clear.get(lang) }
                    </button>
                }
            </div>
        </fieldset>
    }
}
