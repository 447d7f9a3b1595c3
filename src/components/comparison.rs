//! Assessments of the same rubric side by side: what a committee sees after
//! importing its branches' files. For each rubric with two or more
//! assessments: section scores, totals and grades per unit, and how many
//! reach the top grade (for the branch self-check, the 达标 count a
//! committee needs for its "四化"党支部达标率).

use std::rc::Rc;

use yew::prelude::*;

use crate::export;
use crate::i18n::{Lang, M};
use crate::ids::use_ids;
use crate::state::{Action, Notice};
use crate::view::summary::Saved;

/// Properties of [`Comparison`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Interface language.
    pub lang: Lang,
    /// The saved assessments with their scores and comparisons.
    pub saved: Rc<Saved>,
    /// Sends actions to the app.
    pub dispatch: Callback<Action>,
}

/// One table per rubric that has two or more assessments.
#[function_component(Comparison)]
pub fn comparison(props: &Props) -> Html {
    let ids = use_ids();
    let lang = props.lang;
    if props.saved.comparisons.is_empty() {
        return html! {};
    }
    html! {
        <section class="djzp-card" aria-labelledby={ids.of("compare-title")} data-testid="comparison">
            <h2 id={ids.of("compare-title")}>{ M::Compare.get(lang) }</h2>
            <p class="djzp-hint">{ M::CompareHint.get(lang) }</p>
            { for props.saved.comparisons.iter().enumerate().map(|(i, c)| {
                let on_csv = {
                    let (dispatch, saved) = (props.dispatch.clone(), props.saved.clone());
                    Callback::from(move |_| {
                        if let Err(e) = export::download_comparison(lang, &saved.comparisons[i]) {
                            dispatch.emit(Action::Notify(Notice::ExportFailed(e)));
                        }
                    })
                };
                html! {
                    <div class="djzp-table-wrap djzp-compare" data-rubric={c.rubric.id.clone()}>
                        <table class="djzp-table">
                            <caption>{ &c.rubric.title }</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{ M::ReportSection.get(lang) }</th>
                                    { for c.entries.iter().map(|e| {
                                        let id = e.id;
                                        html! {
                                            <th scope="col">
                                                <button type="button" class="djzp-link" onclick={props.dispatch.reform(move |_| Action::Open(id))}>
                                                    { &e.assessment.unit }
                                                </button>
                                                { format!("（{}）", e.assessment.year) }
                                            </th>
                                        }
                                    }) }
                                </tr>
                            </thead>
                            <tbody>
                                { for c.sections.iter().map(|(title, cells)| html! {
                                    <tr>
                                        <th scope="row">{ title }</th>
                                        { for cells.iter().map(|x| html! { <td class="djzp-num">{ x }</td> }) }
                                    </tr>
                                }) }
                            </tbody>
                            <tfoot>
                                <tr>
                                    <th scope="row">{ M::Total.get(lang) }</th>
                                    { for c.totals.iter().map(|t| html! {
                                        <td class="djzp-num" data-testid="compare-total">{ t }</td>
                                    }) }
                                </tr>
                                <tr>
                                    <th scope="row">{ M::Grade.get(lang) }</th>
                                    { for c.grades.iter().map(|(grade, below)| html! {
                                        // Below the top grade stands out, in words and colour.
                                        <td class={below.then_some("djzp-bad")} data-testid="compare-grade">{ grade }</td>
                                    }) }
                                </tr>
                            </tfoot>
                        </table>
                        <p class="djzp-hint" data-testid="compare-top-share">
                            { format!("{}（{}）：{} / {} = {}", M::TopGradeShare.get(lang), c.top, c.reached, c.entries.len(), c.share) }
                        </p>
                        <button type="button" class="djzp-btn" onclick={on_csv} data-testid="export-compare-csv">{ M::ExportCsv.get(lang) }</button>
                    </div>
                }
            }) }
        </section>
    }
}
