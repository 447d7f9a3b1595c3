//! The roll-ups the start screen offers: for each rubric version and year
//! with two or more files (a committee's branches), how many files, units
//! and passing units there are, and a button to the roll-up (汇总).

use std::rc::Rc;

use yew::prelude::*;

use crate::components::text_table::{RowButton, TextTable};
use crate::i18n::{Lang, M};
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

/// One row per roll-up, nothing without.
#[function_component(RollupChoices)]
pub fn rollup_choices(props: &Props) -> Html {
    let ids = use_ids();
    let lang = props.lang;
    let choices = &props.saved.rollups;
    if choices.is_empty() {
        return html! {};
    }
    let head = [
        M::ColRubric,
        M::SummaryYear,
        M::ColFiles,
        M::ColUnits,
        M::ColPassing,
    ];
    let rows: Vec<Vec<String>> =
        std::iter::once(head.iter().map(|m| m.get(lang).to_owned()).collect())
            .chain(choices.iter().map(|c| {
                // Two versions of one rubric have one title: name the version.
                let versions = choices
                    .iter()
                    .filter(|o| o.rubric.id == c.rubric.id && o.rubric.version != c.rubric.version)
                    .count();
                vec![
                    if versions > 0 {
                        crate::i18n::rubric_with_version(lang, &c.rubric.title, &c.rubric.version)
                    } else {
                        c.rubric.title.clone()
                    },
                    c.year.to_string(),
                    c.files.to_string(),
                    c.units.to_string(),
                    c.passed.to_string(),
                ]
            }))
            .collect();
    let open = {
        let saved = props.saved.clone();
        props.dispatch.reform(move |i: u64| {
            let c = &saved.rollups[i as usize];
            Action::OpenSummary(c.rubric.id.clone(), c.rubric.version.clone(), c.year)
        })
    };
    let button = RowButton {
        label: M::OpenSummary.get(lang),
        testid: "open-rollup",
        ids: Rc::new((0..choices.len() as u64).map(Some).collect()),
        on_click: open,
    };
    html! {
        <section class="djzp-card" aria-labelledby={ids.of("rollups-title")} data-testid="rollups">
            <h2 id={ids.of("rollups-title")}>{ M::Summary.get(lang) }</h2>
            <p class="djzp-hint">{ M::SummaryHint.get(lang) }</p>
            <TextTable testid="rollup-choices" rows={Rc::new(rows)} {button} />
        </section>
    }
}
