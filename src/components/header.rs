//! The title bar: name, privacy note, autosave state and language switch.

use yew::prelude::*;

use crate::i18n::{Lang, M};
use crate::ids::use_ids;
use crate::state::{Action, StorageState};

/// Properties of [`Header`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Interface language.
    pub lang: Lang,
    /// Whether autosave works.
    pub storage: StorageState,
    /// Whether the browser keeps the saved work for good (`None`: not asked).
    pub persisted: Option<bool>,
    /// Sends actions to the app.
    pub dispatch: Callback<Action>,
}

/// The title bar.
#[function_component(Header)]
pub fn header(props: &Props) -> Html {
    let ids = use_ids();
    let lang = props.lang;
    let other = match lang {
        Lang::Zh => Lang::En,
        Lang::En => Lang::Zh,
    };
    let onclick = props.dispatch.reform(move |_| Action::SetLang(other));
    let storage = match &props.storage {
        StorageState::Saving => html! {
            <>
            <span class="djzp-saved" data-testid="storage-state" data-state="saving"
                data-persisted={props.persisted.map(|p| if p { "yes" } else { "no" })}>
                { M::Saved.get(lang) }
                if props.persisted == Some(true) { { M::SavedForGood.get(lang) } }
            </span>
            if props.persisted == Some(false) {
                <p class="djzp-hint djzp-evictable" data-testid="storage-evictable">{ M::Evictable.get(lang) }</p>
            }
            </>
        },
        StorageState::Unavailable => html! {
            <p class="djzp-storage-warning" role="alert" data-testid="storage-state" data-state="unavailable">
                { M::StorageUnavailable.get(lang) }
            </p>
        },
        StorageState::Failed(_) => html! {
            <p class="djzp-storage-warning" role="alert" data-testid="storage-state" data-state="failed">
                { M::StorageFailed.get(lang) }
            </p>
        },
    };
    html! {
        <header class="djzp-header">
            <a class="djzp-skip" href={format!("#{}", ids.of("content"))}>{ M::Skip.get(lang) }</a>
            <div>
                <h1 class="djzp-title">{ M::AppName.get(lang) }</h1>
                <p class="djzp-tagline">{ M::Tagline.get(lang) }</p>
            </div>
            <div class="djzp-header-tools">
                <span class="djzp-local-only">{ M::LocalOnly.get(lang) }</span>
                { storage }
                <button type="button" class="djzp-btn" lang={other.code()} data-testid="lang-switch"
                    aria-label={M::SwitchLanguageLabel.get(lang)} {onclick}>
                    { M::SwitchLanguage.get(lang) }
                </button>
            </div>
        </header>
    }
}
