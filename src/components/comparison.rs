//! Assessments of the same rubric side by side: what a committee sees after
//! importing its branches' files. For each rubric with two or more
//! assessments: section scores, totals and grades per unit, and how many
//! reach the top grade (for the branch self-check, the 达标 count a
//! committee needs for its "四化"党支部达标率).

use std::rc::Rc;

use yew::prelude::*;
use ziping_engine::{score, Report, Rubric};

use crate::export;
use crate::i18n::{Lang, M};
use crate::ids::use_ids;
use crate::rubrics::Catalogue;
use crate::state::{Action, Entry, Notice};
use crate::view::format;

/// Properties of [`Comparison`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Interface language.
    pub lang: Lang,
    /// The saved assessments.
    pub entries: Vec<Rc<Entry>>,
    /// Known rubrics.
    pub catalogue: Rc<Catalogue>,
    /// Sends actions to the app.
    pub dispatch: Callback<Action>,
}

/// The assessments of one rubric, each with its report.
type Group = (Rc<Rubric>, Vec<(Rc<Entry>, Report)>);

/// One table per rubric that has two or more assessments.
#[function_component(Comparison)]
pub fn comparison(props: &Props) -> Html {
    let ids = use_ids();
    let lang = props.lang;
    let mut groups: Vec<Group> = Vec::new();
    for e in &props.entries {
        let Some(rubric) = props.catalogue.for_ref(&e.assessment.rubric) else {
            continue;
        };
        let report = score(&rubric, &e.assessment.answers, e.assessment.year);
        match groups.iter_mut().find(|(r, _)| Rc::ptr_eq(r, &rubric)) {
            Some((_, list)) => list.push((e.clone(), report)),
            None => groups.push((rubric, vec![(e.clone(), report)])),
        }
    }
    groups.retain(|(_, list)| list.len() >= 2);
    if groups.is_empty() {
        return html! {};
    }
    html! {
        <section class="djzp-card" aria-labelledby={ids.of("compare-title")} data-testid="comparison">
            <h2 id={ids.of("compare-title")}>{ M::Compare.get(lang) }</h2>
            <p class="djzp-hint">{ M::CompareHint.get(lang) }</p>
            { for groups.iter().map(|(rubric, list)| {
                let (top, n, d, rate) = export::top_grade_share(rubric, list.iter().map(|(_, r)| r));
                let on_csv = {
                    let (dispatch, rubric) = (props.dispatch.clone(), rubric.clone());
                    let entries: Vec<Rc<Entry>> = list.iter().map(|(e, _)| e.clone()).collect();
                    Callback::from(move |_| {
                        if let Err(e) = export::download_comparison(lang, &rubric, &entries) {
                            dispatch.emit(Action::Notify(Notice::ExportFailed(e)));
                        }
                    })
                };
                html! {
                    <div class="djzp-table-wrap djzp-compare" data-rubric={rubric.id.clone()}>
                        <table class="djzp-table">
                            <caption>{ &rubric.title }</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{ M::ReportSection.get(lang) }</th>
                                    { for list.iter().map(|(e, _)| {
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
                                { for rubric.sections.iter().map(|s| html! {
                                    <tr>
                                        <th scope="row">{ &s.title }</th>
                                        { for list.iter().map(|(_, r)| html! {
                                            <td class="djzp-num">{ r.section(&s.id).map(|x| format::points(x.earned)).unwrap_or_default() }</td>
                                        }) }
                                    </tr>
                                }) }
                            </tbody>
                            <tfoot>
                                <tr>
                                    <th scope="row">{ M::Total.get(lang) }</th>
                                    { for list.iter().map(|(_, r)| html! {
                                        <td class="djzp-num" data-testid="compare-total">{ format::points(r.total) }</td>
                                    }) }
                                </tr>
                                <tr>
                                    <th scope="row">{ M::Grade.get(lang) }</th>
                                    { for list.iter().map(|(_, r)| html! {
                                        // Below the top grade stands out, in words and colour.
                                        <td class={(r.grade.as_deref() != Some(top.as_str())).then_some("djzp-bad")}
                                            data-testid="compare-grade">{ r.grade.clone().unwrap_or_default() }</td>
                                    }) }
                                </tr>
                            </tfoot>
                        </table>
                        <p class="djzp-hint" data-testid="compare-top-share">
                            { format!("{}（{top}）：{n} / {d} = {rate}", M::TopGradeShare.get(lang)) }
                        </p>
                        <button type="button" class="djzp-btn" onclick={on_csv} data-testid="export-compare-csv">{ M::ExportCsv.get(lang) }</button>
                    </div>
                }
            }) }
        </section>
    }
}
