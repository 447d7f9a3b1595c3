//! The banner of an assessment made with a retired version of its rubric:
//! it still fills in and scores as that version, and may be carried over to
//! the current one.

use yew::prelude::*;

use crate::i18n::{carried_before, carry_button, carry_preview, retired_text, Lang, M};
use crate::state::Action;
use crate::view::versions::Upgrade;

/// The retired-version banner of assessment `id` (of rubric `rubric_id`):
/// the carry-over button once both rubrics are at hand, the current
/// version's assessment when one is kept already, or why the current
/// version's file did not load, with a retry. A plain function rather than a
/// component: it has no state of its own, and it re-renders with the
/// workspace either way.
pub fn version_banner(
    lang: Lang,
    id: u64,
    rubric_id: &str,
    u: &Upgrade,
    dispatch: &Callback<Action>,
) -> Html {
    let action = match (u.existing, u.preview, &u.failed) {
        (Some(existing), _, _) => html! {
            <>
                <p>{ carried_before(lang, &u.to) }</p>
                <button type="button" class="djzp-btn djzp-btn-primary" data-testid="open-carried"
                    onclick={dispatch.reform(move |_| Action::Open(existing))}>
                    { M::OpenCarried.get(lang) }
                </button>
            </>
        },
        (None, Some(p), _) => html! {
            <>
                <p data-testid="carry-preview">{ carry_preview(lang, &u.to, p.kept, p.to_answer, p.removed) }</p>
                <button type="button" class="djzp-btn djzp-btn-primary" data-testid="carry-over"
                    onclick={dispatch.reform(move |_| Action::CarryOver(id))}>
                    { carry_button(lang, &u.to) }
                </button>
            </>
        },
        (None, None, Some(why)) => {
            let (rubric, to) = (rubric_id.to_owned(), u.to.clone());
            html! {
                <div role="alert">
                    <p>{ M::RubricLoadFailed.get(lang) }</p>
                    <p class="djzp-muted">{ why }</p>
                    <button type="button" class="djzp-btn" data-testid="carry-retry"
                        onclick={dispatch.reform(move |_| Action::RetryRubric(rubric.clone(), to.clone()))}>
                        { M::Retry.get(lang) }
                    </button>
                </div>
            }
        }
        (None, None, None) => html! { <p role="status">{ M::RubricLoading.get(lang) }</p> },
    };
    html! {
        <div class="djzp-version djzp-no-print" role="note" data-testid="retired-version">
            <p>{ retired_text(lang, &u.from, &u.to) }</p>
            { action }
        </div>
    }
}
