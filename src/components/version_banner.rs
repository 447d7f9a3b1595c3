//! The banner of an assessment made with a retired version of its rubric:
//! it still fills in and scores as that version, and may be carried over to
//! the current one.

use yew::prelude::*;

use crate::i18n::{carry_button, carry_preview, retired_text, Lang};
use crate::state::Action;
use crate::view::versions::Upgrade;

/// The retired-version banner of assessment `id`, with the carry-over
/// button once both rubrics are at hand. A plain function rather than a
/// component: it has no state of its own, and it re-renders with the
/// workspace either way.
pub fn version_banner(lang: Lang, id: u64, u: &Upgrade, dispatch: &Callback<Action>) -> Html {
    html! {
        <div class="djzp-version djzp-no-print" role="note" data-testid="retired-version">
            <p>{ retired_text(lang, &u.from, &u.to) }</p>
            if let Some(p) = u.preview {
                <p data-testid="carry-preview">{ carry_preview(lang, &u.to, p.kept, p.to_answer, p.removed) }</p>
                <button type="button" class="djzp-btn djzp-btn-primary" data-testid="carry-over"
                    onclick={dispatch.reform(move |_| Action::CarryOver(id))}>
                    { carry_button(lang, &u.to) }
                </button>
            }
        </div>
    }
}
