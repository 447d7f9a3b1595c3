//! What an open assessment, or a roll-up, shows while its rubric's file is
//! fetched, or after fetching it failed.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{Lang, M};
use crate::state::Action;
use ziping_engine::shipped::Summary;

/// Properties of [`RubricPending`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Interface language.
    pub lang: Lang,
    /// The rubric awaited.
    pub meta: Rc<Summary>,
    /// Why fetching it failed; `None` while it is under way.
    pub failed: Option<String>,
    /// Awaited for a roll-up (back leaves the roll-up) rather than for an
    /// open assessment.
    #[prop_or_default]
    pub summary: bool,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// A card saying the rubric is loading, or that it could not be loaded with
/// a way to try again.
#[function_component(RubricPending)]
pub fn rubric_pending(props: &Props) -> Html {
    let lang = props.lang;
    let d = &props.dispatch;
    let (id, version) = (props.meta.id.clone(), props.meta.version.clone());
    let retry = d.reform(move |_| Action::RetryRubric(id.clone(), version.clone()));
    let summary = props.summary;
    let back = d.reform(move |_| {
        if summary {
            Action::CloseSummary
        } else {
            Action::Close
        }
    });
    html! {
        <section class="djzp-card" data-testid="rubric-pending">
            <h2>{ &props.meta.title }</h2>
            if let Some(why) = &props.failed {
                <div role="alert" data-testid="rubric-failed">
                    <p>{ M::RubricLoadFailed.get(lang) }</p>
                    <p class="djzp-muted">{ why }</p>
                </div>
                <button type="button" class="djzp-btn djzp-btn-primary" onclick={retry} data-testid="rubric-retry">
                    { M::Retry.get(lang) }
                </button>
                { " " }
            } else {
                <p role="status" data-testid="rubric-loading">{ M::RubricLoading.get(lang) }</p>
            }
            <button type="button" class="djzp-btn" onclick={back} data-testid="back">
                { "← " }{ M::BackToList.get(lang) }
            </button>
        </section>
    }
}
