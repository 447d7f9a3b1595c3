//! The score panel: total, grade, completion and section subtotals.

use std::rc::Rc;

use yew::prelude::*;
use ziping_engine::{Report, Rubric};

use crate::i18n::{Lang, M};

/// Properties of [`ScorePanel`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Interface language.
    pub lang: Lang,
    /// The rubric scored.
    pub rubric: Rc<Rubric>,
    /// Its current report.
    pub report: Rc<Report>,
}

/// Always-visible summary of the score.
#[function_component(ScorePanel)]
pub fn score_panel(props: &Props) -> Html {
    let lang = props.lang;
    let r = &props.report;
    let grade = r.grade.clone().unwrap_or_else(|| M::NoGrade.get(lang).to_owned());
    html! {
        <aside class="djzp-score" aria-label={M::Total.get(lang)}>
            <div class="djzp-total">
                <span class="djzp-label">{ M::Total.get(lang) }</span>
                <span class="djzp-total-value"><span data-testid="total-score">{ r.total.display_one_decimal() }</span>
                { " / " }{ r.max.to_string() }</span>
            </div>
            <div class="djzp-grade">
                <span class="djzp-label">{ M::Grade.get(lang) }</span>
                <span data-testid="grade">{ grade }</span>
            </div>
            <div class="djzp-completion">
                <span class="djzp-label">{ M::Completion.get(lang) }</span>
                <span data-testid="completion">{ format!("{}/{}", r.answered, r.applicable) }</span>
            </div>
            <h2 class="djzp-label">{ M::SectionScores.get(lang) }</h2>
            <ul class="djzp-sections">
                { for props.rubric.sections.iter().zip(r.sections.iter()).map(|(s, sr)| html! {
                    <li data-testid="section-score" data-section={s.id.clone()}>
                        <span class="djzp-section-title">{ &s.title }</span>
                        <span class="djzp-section-value">{ format!("{} / {}", sr.earned.display_one_decimal(), sr.possible) }</span>
                    </li>
                }) }
            </ul>
        </aside>
    }
}
