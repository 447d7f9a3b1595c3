//! The roll-ups the start screen offers: for each rubric version and year
//! with two or more files (a committee's branches), how many files, units
//! and passing units there are, and a button to the roll-up (汇总).

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{rollup_choice_text, Lang, M};
use crate::ids::use_ids;
use crate::state::Action;
use crate::view::summary::Saved;

/// Properties of [`RollupChoices`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Interface language.
    pub lang: Lang,
    /// The saved assessments and their roll-ups.
    pub saved: Rc<Saved>,
    /// Sends actions to the app.
    pub dispatch: Callback<Action>,
}

/// One line per roll-up, none without.
#[function_component(RollupChoices)]
pub fn rollup_choices(props: &Props) -> Html {
    let ids = use_ids();
    let lang = props.lang;
    if props.saved.rollups.is_empty() {
        return html! {};
    }
    html! {
        <section class="djzp-card" aria-labelledby={ids.of("rollups-title")} data-testid="rollups">
            <h2 id={ids.of("rollups-title")}>{ M::Summary.get(lang) }</h2>
            <p class="djzp-hint">{ M::SummaryHint.get(lang) }</p>
            <ul class="djzp-rollups">
                { for props.saved.rollups.iter().map(|c| {
                    let (id, version, year) = (c.rubric.id.clone(), c.rubric.version.clone(), c.year);
                    let open = props.dispatch.reform(move |_| Action::OpenSummary(id.clone(), version.clone(), year));
                    html! {
                        <li data-rubric={c.rubric.id.clone()} data-year={c.year.to_string()} data-testid="rollup-choice">
                            <span class="djzp-rollup-title">{ &c.rubric.title }</span>
                            { " " }
                            <span data-testid="rollup-counts">{ rollup_choice_text(lang, c.year, c.files, c.units, c.passed) }</span>
                            { " " }
                            <button type="button" class="djzp-btn" data-testid="open-rollup" onclick={open}>{ M::OpenSummary.get(lang) }</button>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
