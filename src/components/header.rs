//! The title bar with the language switch.

use yew::prelude::*;

use crate::i18n::{Lang, M};

/// Properties of [`Header`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Interface language.
    pub lang: Lang,
    /// Called with the other language when the switch is pressed.
    pub on_lang: Callback<Lang>,
}

/// The title bar.
#[function_component(Header)]
pub fn header(props: &Props) -> Html {
    let lang = props.lang;
    let other = match lang {
        Lang::Zh => Lang::En,
        Lang::En => Lang::Zh,
    };
    let onclick = props.on_lang.reform(move |_| other);
    html! {
        <header class="djzp-header">
            <div>
                <h1 class="djzp-title">{ M::AppName.get(lang) }</h1>
                <p class="djzp-tagline">{ M::Tagline.get(lang) }</p>
            </div>
            <div class="djzp-header-tools">
                <span class="djzp-local-only">{ M::LocalOnly.get(lang) }</span>
                <button type="button" class="djzp-btn" lang={other.code()} {onclick}>
                    { M::SwitchLanguage.get(lang) }
                </button>
            </div>
        </header>
    }
}
