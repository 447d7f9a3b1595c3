//! The report: on screen as a preview, on paper (A4) through the print
//! stylesheet. Header, section scores, grade, the item-by-item score table
//! (考核表), shortfalls, the 问题清单 and signature lines.

use std::rc::Rc;

use yew::prelude::*;
use ziping_engine::{Assessment, Points, Report, Rubric};

use crate::i18n::review::{stage_code, stage_label};
use crate::i18n::review_table as rt;
use crate::i18n::{gap_text, Lang, M};
use crate::view::format;
use crate::view::rows::Column;
use crate::view::score_table::{score_table_scored, ScoreRow};

/// Properties of [`PrintReport`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Interface language.
    pub lang: Lang,
    /// The rubric.
    pub rubric: Rc<Rubric>,
    /// Its current scores.
    pub report: Rc<Report>,
    /// The assessment.
    pub assessment: Assessment,
    /// The report of the reviewed answers, where the review gives any.
    #[prop_or_default]
    pub reviewed: Option<Rc<Report>>,
}

/// A share with one decimal, for display: "94.7%", or "—" of nothing.
fn share(e: Points, p: Points) -> String {
    format::percent(e.hundredths(), p.hundredths()).unwrap_or_else(|| "—".to_owned())
}

/// The printable report.
#[function_component(PrintReport)]
pub fn print_report(props: &Props) -> Html {
    let lang = props.lang;
    let r = &props.report;
    let a = &props.assessment;
    let rubric = &props.rubric;
    let title_of = |id: &str| rubric.item_title(id);
    let docs: Vec<String> = rubric
        .documents
        .iter()
        .map(|d| match &d.number {
            Some(n) => format!("{n}《{}》", d.title),
            None => crate::i18n::citation(d),
        })
        .collect();
    let on_print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let shortfalls = r.shortfalls();
    // Built once per change of what it shows (the reviewed answers are
    // scored here, not on every render).
    let table = use_memo(
        (
            lang,
            rubric.clone(),
            r.clone(),
            props.reviewed.clone(),
            a.clone(),
        ),
        |(lang, rubric, r, reviewed, a)| {
            score_table_scored(*lang, rubric, r, reviewed.as_deref(), a)
        },
    );
    let grade = table.grade.clone();
    let rv = table.reviewed.as_ref();
    // The 考核分 column, when reviewed: one more column in every row.
    let cols = if rv.is_some() { 7 } else { 6 };
    let signed = a.review.signed.as_ref().filter(|_| rv.is_some());
    html! {
        <article class="djzp-report" data-testid="report">
            <div class="djzp-no-print djzp-toolbar">
                <button type="button" class="djzp-btn djzp-btn-primary" onclick={on_print}>{ M::Print.get(lang) }</button>
            </div>
            <h1 class="djzp-report-title">{ match lang {
                Lang::Zh => format!("{}年{}", a.year, M::ReportTitle.get(lang)),
                Lang::En => format!("{} {}", M::ReportTitle.get(lang), a.year),
            } }</h1>
            <table class="djzp-report-head">
                <tbody>
                    <tr>
                        <th scope="row">{ M::Unit.get(lang) }</th><td data-testid="report-unit">{ &a.unit }</td>
                        <th scope="row">{ M::Year.get(lang) }</th><td data-testid="report-year">{ a.year }</td>
                    </tr>
                    <tr>
                        <th scope="row">{ M::Assessor.get(lang) }</th><td data-testid="report-assessor">{ &a.assessor }</td>
                        <th scope="row">{ M::Date.get(lang) }</th><td data-testid="report-date">{ &a.date }</td>
                    </tr>
                    if rv.is_some() {
                        <tr>
                            <th scope="row">{ rt::col_stage(lang) }</th>
                            <td data-testid="report-stage" data-stage={stage_code(a.review.stage)}>{ stage_label(lang, a.review.stage) }</td>
                            <th scope="row">{ rt::reviewer(lang) }</th>
                            <td data-testid="report-reviewer">{ signed.map(|s| s.name.as_str()).unwrap_or_default() }</td>
                        </tr>
                    }
                    <tr>
                        <th scope="row">{ M::ReportRubric.get(lang) }</th>
                        <td colspan="3">{ &rubric.title }<br /><span class="djzp-muted">{ docs.join("；") }</span></td>
                    </tr>
                </tbody>
            </table>

            <table class="djzp-table djzp-report-scores">
                <thead>
                    <tr>
                        <th scope="col">{ M::ReportSection.get(lang) }</th>
                        <th scope="col">{ M::ReportPossible.get(lang) }</th>
                        <th scope="col">{ M::ReportEarned.get(lang) }</th>
                        <th scope="col">{ M::ReportRate.get(lang) }</th>
                        if rv.is_some() { <th scope="col">{ rt::col_reviewed(lang) }</th> }
                    </tr>
                </thead>
                <tbody>
                    { for rubric.sections.iter().filter_map(|s| r.section(&s.id).map(|sr| (s, sr))).map(|(s, sr)| html! {
                        <tr>
                            <td>{ &s.title }</td>
                            <td class="djzp-num">{ if sr.applicable { sr.possible.to_string() } else { M::StatusNa.get(lang).to_owned() } }</td>
                            <td class="djzp-num">{ format::points(sr.earned) }</td>
                            <td class="djzp-num">{ share(sr.earned, sr.possible) }</td>
                            if let Some(rv) = rv {
                                <td class="djzp-num">{ rv.section(&s.id).map(|x| format::points(x.earned)).unwrap_or_default() }</td>
                            }
                        </tr>
                    }) }
                    if r.bonus.hundredths() > 0 || rv.is_some_and(|x| x.bonus.hundredths() > 0) {
                        <tr><td>{ M::Bonus.get(lang) }</td><td></td><td class="djzp-num">{ format!("+{}", r.bonus) }</td><td></td>
                            if let Some(rv) = rv { <td class="djzp-num">{ format!("+{}", rv.bonus) }</td> }
                        </tr>
                    }
                </tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{ M::ReportSum.get(lang) }</th>
                        <td class="djzp-num">{ r.max.to_string() }</td>
                        <td class="djzp-num" data-testid="report-total">{ format::points(r.total) }</td>
                        <td class="djzp-num">{ share(r.total, r.max) }</td>
                        if let Some(rv) = rv {
                            <td class="djzp-num" data-testid="report-reviewed-total">{ format::points(rv.total) }</td>
                        }
                    </tr>
                    <tr>
                        <th scope="row">{ M::Grade.get(lang) }</th>
                        <td colspan="3" data-testid="report-grade">
                            { &grade }
                            if let Some(v) = &r.veto {
                                { format!("（{}：{}）", crate::i18n::veto_word(v.missed).get(lang), title_of(&v.item)) }
                            }
                            if !r.is_complete() {
                                { format!("　{} {}/{}", M::Completion.get(lang), r.answered, r.applicable) }
                            }
                        </td>
                        if let Some(g) = &table.reviewed_grade {
                            <td data-testid="report-reviewed-grade">{ g }</td>
                        }
                    </tr>
                </tfoot>
            </table>

            <h2>{ M::ReportItems.get(lang) }</h2>
            <div class="djzp-report-items-wrap">
            <table class={classes!("djzp-table", "djzp-report-items", rv.map(|_| "djzp-reviewed"))} data-testid="report-items">
                <colgroup>
                    <col class="djzp-col-no" /><col class="djzp-col-title" /><col class="djzp-col-points" />
                    <col class="djzp-col-rule" /><col class="djzp-col-points" />
                    if rv.is_some() { <col class="djzp-col-points" /> }
                    <col class="djzp-col-note" />
                </colgroup>
                <thead>
                    <tr>
                        <th scope="col">{ M::ColNo.get(lang) }</th>
                        <th scope="col">{ M::ColItem.get(lang) }</th>
                        <th scope="col">{ M::ReportPossible.get(lang) }</th>
                        <th scope="col">{ M::ColRule.get(lang) }</th>
                        <th scope="col">{ M::ColSelfScore.get(lang) }</th>
                        if rv.is_some() { <th scope="col">{ rt::col_reviewed(lang) }</th> }
                        <th scope="col">{ M::ColEvidence.get(lang) }</th>
                    </tr>
                </thead>
                <tbody>
                    { for table.rows.iter().map(|row| match row {
                        ScoreRow::Section { title } => html! {
                            <tr class="djzp-row-section"><th colspan={cols.to_string()} scope="rowgroup">{ title }</th></tr>
                        },
                        ScoreRow::Item(i) => html! {
                            <tr data-item={i.id.clone()} data-status={crate::i18n::status_code(i.status)}
                                data-differs={i.differs.then_some("true")}>
                                <td class="djzp-num">{ i.no }</td>
                                <td>{ &i.title }<br /><span class="djzp-muted">{ &i.clause }</span></td>
                                <td class="djzp-num">{ &i.points }</td>
                                <td>{ &i.rule }</td>
                                <td class="djzp-num" data-testid="report-item-earned">{ &i.earned }</td>
                                if let Some(x) = &i.reviewed {
                                    <td class="djzp-num" data-testid="report-item-reviewed">{ x }</td>
                                }
                                <td>
                                    { &i.note }
                                    if !i.comment.is_empty() {
                                        <p class="djzp-review-comment" data-testid="report-item-comment">
                                            <strong>{ rt::comment_label(lang) }</strong>{ &i.comment }
                                        </p>
                                    }
                                </td>
                            </tr>
                        },
                        ScoreRow::Subtotal { points, earned, reviewed } => html! {
                            <tr class="djzp-row-subtotal">
                                <th colspan="2" scope="row">{ M::Subtotal.get(lang) }</th>
                                <td class="djzp-num">{ points }</td><td></td>
                                <td class="djzp-num">{ earned }</td>
                                if let Some(x) = reviewed { <td class="djzp-num">{ x }</td> }
                                <td></td>
                            </tr>
                        },
                    }) }
                </tbody>
                <tfoot>
                    <tr>
                        <th colspan="2" scope="row">{ M::ReportSum.get(lang) }</th>
                        <td class="djzp-num">{ &table.max }</td><td></td>
                        <td class="djzp-num" data-testid="report-items-total">{ &table.total }</td>
                        if let Some(x) = &table.reviewed_total {
                            <td class="djzp-num" data-testid="report-items-reviewed-total">{ x }</td>
                        }
                        <td></td>
                    </tr>
                    <tr>
                        <th colspan="2" scope="row">{ M::Grade.get(lang) }</th>
                        if let Some(g) = &table.reviewed_grade {
                            <td colspan="3">{ &grade }</td>
                            <td colspan="2" data-testid="report-items-reviewed-grade">{ g }</td>
                        } else {
                            <td colspan="4">{ &grade }</td>
                        }
                    </tr>
                </tfoot>
            </table>
            </div>

            <h2>{ M::Shortfalls.get(lang) }</h2>
            if shortfalls.is_empty() {
                <p>{ M::NoShortfalls.get(lang) }</p>
            } else {
                <table class="djzp-table">
                    <thead>
                        <tr>
                            <th scope="col">{ M::ColNo.get(lang) }</th>
                            <th scope="col">{ M::ReportSection.get(lang) }</th>
                            <th scope="col">{ M::Lost.get(lang) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for shortfalls.iter().enumerate().map(|(n, i)| html! {
                            <tr>
                                <td class="djzp-num">{ n + 1 }</td>
                                <td>
                                    { title_of(&i.id) }
                                    if let Some(g) = &i.gap { <br /><span class="djzp-muted">{ gap_text(lang, g) }</span> }
                                </td>
                                <td class="djzp-num">{ i.lost().to_string() }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }

            <h2>{ M::Rectification.get(lang) }</h2>
            <table class="djzp-table djzp-report-rect" data-testid="report-rectification">
                <thead>
                    <tr>
                        { for Column::ALL.iter().map(|c| html! { <th scope="col">{ c.label().get(lang) }</th> }) }
                    </tr>
                </thead>
                <tbody>
                    if a.rectification.is_empty() {
                        <tr><td colspan={Column::ALL.len().to_string()}>{ M::NoRows.get(lang) }</td></tr>
                    }
                    { for a.rectification.iter().enumerate().map(|(n, row)| html! {
                        <tr>
                            { for Column::ALL.iter().map(|&c| html! {
                                <td class={(c == Column::No).then_some("djzp-num")}>{ c.text(lang, n, row) }</td>
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>

            <div class="djzp-signatures" data-testid="report-signatures" aria-label={M::ReportSignatures.get(lang)}>
                <p>{ M::SignSecretary.get(lang) }<span class="djzp-sign-line"></span></p>
                <p>{ M::SignAssessor.get(lang) }<span class="djzp-sign-line"></span></p>
                if rv.is_some() {
                    <p>{ rt::sign_reviewer(lang) }<span class="djzp-sign-line" data-testid="sign-reviewer">{ signed.map(|s| s.name.as_str()).unwrap_or_default() }</span></p>
                }
                <p>{ M::SignDate.get(lang) }<span class="djzp-sign-line" data-testid="sign-date">{ signed.map(|s| s.date.as_str()).unwrap_or_default() }</span></p>
            </div>
            <p class="djzp-report-foot">{ M::ReportGenerated.get(lang) }</p>
        </article>
    }
}
