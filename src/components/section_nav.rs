//! Section navigation with per-section progress.

use std::rc::Rc;

use yew::prelude::*;
use ziping_engine::{Report, Rubric};

use crate::i18n::{Lang, M, RUBRIC_LANG};
use crate::state::Action;

/// Properties of [`SectionNav`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Interface language.
    pub lang: Lang,
    /// The rubric.
    pub rubric: Rc<Rubric>,
    /// Its current scores.
    pub report: Rc<Report>,
    /// Id of the section shown.
    pub current: String,
    /// Sends actions to the app.
    pub dispatch: Callback<Action>,
}

/// A list of sections, each with answered/applicable items and points.
#[function_component(SectionNav)]
pub fn section_nav(props: &Props) -> Html {
    let lang = props.lang;
    html! {
        <nav class="djzp-section-nav" aria-label={M::Sections.get(lang)}>
            <ol>
                { for props.rubric.sections.iter().map(|s| {
                    let sr = props.report.section(&s.id);
                    let (answered, applicable) = sr.map(|r| (r.answered, r.applicable_items)).unwrap_or((0, 0));
                    let current = s.id == props.current;
                    let done = applicable > 0 && answered == applicable;
                    let id = s.id.clone();
                    let onclick = props.dispatch.reform(move |_| Action::GoSection(id.clone()));
                    html! {
                        <li>
                            <button type="button" {onclick} data-testid="section-link" data-section={s.id.clone()}
                                aria-current={current.then_some("step")}
                                class={classes!("djzp-section-link", current.then_some("djzp-current"), done.then_some("djzp-done"))}>
                                <span class="djzp-section-link-title" lang={RUBRIC_LANG}>{ &s.title }</span>
                                <span class="djzp-progress-text">{ format!("{answered}/{applicable}") }</span>
                                <progress max={applicable.max(1).to_string()} value={answered.to_string()}
                                    aria-hidden="true"></progress>
                            </button>
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}
