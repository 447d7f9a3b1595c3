//! 汇总: a committee's roll-up of its units' files of one rubric and one
//! year — the pass rate against the committee's target, one row per unit,
//! the common weaknesses, every unit's 问题清单, and the files left out
//! (a replaced one can be counted instead). Prints on A4 landscape.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::export::{self, SummaryTable};
use crate::i18n::{closest_text, rate_text, target_text, Lang, M, RUBRIC_LANG};
use crate::ids::use_ids;
use crate::state::{Action, Notice, SortBy, SummaryPick};
use crate::view::rollup::{Apart, RollupView};

/// Properties of [`SummaryScreen`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Interface language.
    pub lang: Lang,
    /// What is rolled up and how it is ordered.
    pub pick: SummaryPick,
    /// The roll-up; `None` while its rubric is not at hand.
    pub view: Option<Rc<RollupView>>,
    /// Today (`YYYY-MM-DD`), printed on the printout.
    pub today: AttrValue,
    /// Sends actions to the app.
    pub dispatch: Callback<Action>,
}

const SORTS: [(SortBy, M, &str); 4] = [
    (SortBy::Files, M::SortFiles, "files"),
    (SortBy::Total, M::SortTotal, "total"),
    (SortBy::Shortfall, M::SortShortfall, "shortfall"),
    (SortBy::Completion, M::SortCompletion, "completion"),
];

/// The roll-up screen.
#[function_component(SummaryScreen)]
pub fn summary_screen(props: &Props) -> Html {
    let ids = use_ids();
    let lang = props.lang;
    let d = &props.dispatch;
    let back = html! {
        <button type="button" class="djzp-btn" data-testid="summary-back" onclick={d.reform(|_| Action::CloseSummary)}>
            { "← " }{ M::BackToList.get(lang) }
        </button>
    };
    let Some(v) = props.view.clone() else {
        return html! {
            <main class="djzp-summary" id={ids.of("content")} data-testid="summary">
                <div class="djzp-toolbar djzp-no-print">{ back }</div>
                <p class="djzp-card" role="status">{ M::SummaryPending.get(lang) }</p>
            </main>
        };
    };
    let export = |table: SummaryTable, label: M, testid: &'static str| {
        let (d, v) = (d.clone(), v.clone());
        let onclick = Callback::from(move |_| {
            if let Err(e) = export::download_summary(lang, table, &v) {
                d.emit(Action::Notify(Notice::ExportFailed(e)));
            }
        });
        html! { <button type="button" class="djzp-btn djzp-no-print" data-testid={testid} {onclick}>{ label.get(lang) }</button> }
    };
    let on_year = {
        let (id, version) = (v.rubric.id.clone(), v.rubric.version.clone());
        d.reform(move |e: Event| {
            let s: HtmlSelectElement = e.target_unchecked_into();
            let year = s.value().parse().unwrap_or_default();
            Action::OpenSummary(id.clone(), version.clone(), year)
        })
    };
    let on_sort = d.reform(|e: Event| {
        let s: HtmlSelectElement = e.target_unchecked_into();
        let by = SORTS
            .iter()
            .find(|(_, _, code)| *code == s.value())
            .map_or(SortBy::Files, |(by, _, _)| *by);
        Action::SortSummary(by)
    });
    let on_failing = d.reform(|e: Event| {
        let i: HtmlInputElement = e.target_unchecked_into();
        Action::FailingOnly(i.checked())
    });
    let on_committee = d.reform(|e: InputEvent| {
        let i: HtmlInputElement = e.target_unchecked_into();
        Action::SetCommittee(i.value())
    });
    let on_print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let problems = export::summary_rows(lang, SummaryTable::Problems, &v);
    let title = format!(
        "{}{}（{}{}）",
        M::SummaryOf.get(lang),
        v.rubric.title,
        v.year,
        if lang == Lang::Zh { "年度" } else { "" }
    );

    html! {
        <main class="djzp-summary" id={ids.of("content")} data-testid="summary"
            data-rubric={v.rubric.id.clone()} data-year={v.year.to_string()}>
            <div class="djzp-toolbar djzp-no-print">
                { back }
                <label class="djzp-inline" for={ids.of("summary-year")}>
                    { M::SummaryYear.get(lang) }
                    <select id={ids.of("summary-year")} data-testid="summary-year" onchange={on_year}>
                        { for v.years.iter().map(|y| html! {
                            <option value={y.to_string()} selected={*y == v.year}>{ y }</option>
                        }) }
                    </select>
                </label>
                <label class="djzp-inline" for={ids.of("summary-committee")}>
                    { M::ColUnit.get(lang) }
                    <input id={ids.of("summary-committee")} data-testid="summary-committee" type="text"
                        value={props.pick.committee.clone()} oninput={on_committee} />
                </label>
                <div class="djzp-toolbar-end">
                    <button type="button" class="djzp-btn" data-testid="summary-print" onclick={on_print}>{ M::PrintSummary.get(lang) }</button>
                </div>
            </div>
            <section class="djzp-card djzp-summary-head" aria-labelledby={ids.of("summary-title")}>
                <h2 id={ids.of("summary-title")} lang={RUBRIC_LANG}>{ title }</h2>
                <p class="djzp-print-only" data-testid="summary-print-head">
                    { props.pick.committee.trim() }{ " " }{ M::PrintedOn.get(lang) }{ props.today.as_str() }
                </p>
                if let Some(rate) = &v.rate {
                    <p class="djzp-rate" data-testid="summary-rate">{ rate_text(lang, rate.passed, rate.units, &rate.percent) }</p>
                    if let Some(t) = &rate.target {
                        <p class={if t.met { "djzp-good" } else { "djzp-bad" }} data-testid="summary-target"
                            data-met={t.met.to_string()}>
                            { target_text(lang, &t.rubric, &t.item, t.compare, &t.threshold, t.met, t.needed) }
                        </p>
                    }
                    if !rate.closest.is_empty() {
                        <p class="djzp-hint" data-testid="summary-closest">
                            { M::ClosestToPass.get(lang) }
                            { rate.closest.iter().map(|(u, s)| closest_text(lang, u, s.as_deref())).collect::<Vec<_>>().join(if lang == Lang::Zh { "、" } else { ", " }) }
                        </p>
                    }
                }
            </section>

            <section class="djzp-card djzp-summary-roster" aria-labelledby={ids.of("roster-title")}>
                <h3 id={ids.of("roster-title")}>{ M::Roster.get(lang) }</h3>
                <div class="djzp-toolbar djzp-no-print">
                    <label class="djzp-inline" for={ids.of("summary-sort")}>
                        { M::SortLabel.get(lang) }
                        <select id={ids.of("summary-sort")} data-testid="summary-sort" onchange={on_sort}>
                            { for SORTS.iter().map(|(by, label, code)| html! {
                                <option value={*code} selected={*by == props.pick.sort}>{ label.get(lang) }</option>
                            }) }
                        </select>
                    </label>
                    <label class="djzp-check" for={ids.of("summary-failing")}>
                        <input type="checkbox" id={ids.of("summary-failing")} data-testid="summary-failing"
                            checked={props.pick.failing_only} onchange={on_failing} />
                        { M::FailingOnly.get(lang) }
                    </label>
                    { export(SummaryTable::Roster, M::ExportRoster, "export-roster") }
                </div>
                if v.rows.is_empty() && props.pick.failing_only && v.units > 0 {
                    <p class="djzp-hint">{ M::NoFailing.get(lang) }</p>
                } else {
                    <div class="djzp-table-wrap">
                        <table class="djzp-table" data-testid="roster">
                            <thead><tr>
                                <th scope="col">{ M::ColUnit.get(lang) }</th>
                                <th scope="col">{ M::Total.get(lang) }</th>
                                <th scope="col">{ M::Grade.get(lang) }</th>
                                <th scope="col">{ M::ColPassed.get(lang) }</th>
                                <th scope="col">{ M::ColShort.get(lang) }</th>
                                <th scope="col">{ M::ColCompletion.get(lang) }</th>
                                <th scope="col">{ M::ColOpenRows.get(lang) }</th>
                            </tr></thead>
                            <tbody>
                                { for v.rows.iter().map(|u| {
                                    let id = u.entry.id;
                                    html! {
                                        <tr data-testid="roster-row" data-passed={u.passed.to_string()}>
                                            <th scope="row">
                                                <button type="button" class="djzp-link" onclick={d.reform(move |_| Action::Open(id))}>{ &u.unit }</button>
                                            </th>
                                            <td class="djzp-num">{ &u.total }</td>
                                            <td class={(!u.passed).then_some("djzp-bad")}>{ &u.grade }</td>
                                            <td>{ if u.passed { M::Yes } else { M::No }.get(lang) }</td>
                                            <td class="djzp-num">{
                                                match (&u.veto, &u.short) {
                                                    (Some(veto), _) => format!("{}：{veto}", M::Vetoed.get(lang)),
                                                    (None, Some(s)) => s.clone(),
                                                    (None, None) => String::new(),
                                                }
                                            }</td>
                                            <td class="djzp-num">{ u.completion() }</td>
                                            <td class="djzp-num">{ u.open_rows }</td>
                                        </tr>
                                    }
                                }) }
                            </tbody>
                        </table>
                    </div>
                }
            </section>

            <section class="djzp-card" aria-labelledby={ids.of("weak-title")}>
                <h3 id={ids.of("weak-title")}>{ M::Weaknesses.get(lang) }</h3>
                if v.weaknesses.is_empty() {
                    <p class="djzp-hint">{ M::NoWeaknesses.get(lang) }</p>
                } else {
                    { export(SummaryTable::Weaknesses, M::ExportWeaknesses, "export-weaknesses") }
                    <div class="djzp-table-wrap">
                        <table class="djzp-table" data-testid="weaknesses">
                            <thead><tr>
                                <th scope="col">{ M::ReportSection.get(lang) }</th>
                                <th scope="col">{ M::ColItem.get(lang) }</th>
                                <th scope="col">{ M::StatusMet.get(lang) }</th>
                                <th scope="col">{ M::StatusPartly.get(lang) }</th>
                                <th scope="col">{ M::StatusUnmet.get(lang) }</th>
                                <th scope="col">{ M::StatusNa.get(lang) }</th>
                                <th scope="col">{ M::StatusIncomplete.get(lang) }</th>
                                <th scope="col">{ M::ColLost.get(lang) }</th>
                            </tr></thead>
                            <tbody>
                                { for v.weaknesses.iter().map(|w| html! {
                                    <tr>
                                        <td lang={RUBRIC_LANG}>{ &w.section }</td>
                                        <th scope="row" lang={RUBRIC_LANG}>{ &w.title }</th>
                                        { for w.counts.iter().map(|n| html! { <td class="djzp-num">{ n }</td> }) }
                                        <td class="djzp-num">{ &w.lost }</td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                }
            </section>

            <section class="djzp-card" aria-labelledby={ids.of("problems-title")}>
                <h3 id={ids.of("problems-title")}>{ M::MergedProblems.get(lang) }</h3>
                if v.problems.is_empty() {
                    <p class="djzp-hint">{ M::NoProblems.get(lang) }</p>
                } else {
                    { export(SummaryTable::Problems, M::ExportProblems, "export-problems") }
                    <div class="djzp-table-wrap">
                        <table class="djzp-table" data-testid="merged-problems">
                            <thead><tr>
                                { for problems.first().into_iter().flatten().map(|h| html! { <th scope="col">{ h }</th> }) }
                            </tr></thead>
                            <tbody>
                                { for problems.iter().skip(1).map(|row| html! {
                                    <tr data-testid="merged-problem">{ for row.iter().map(|c| html! { <td>{ c }</td> }) }</tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                }
            </section>

            if !v.apart.is_empty() {
                <section class="djzp-card djzp-no-print" aria-labelledby={ids.of("apart-title")} data-testid="apart">
                    <h3 id={ids.of("apart-title")}>{ M::Apart.get(lang) }</h3>
                    <ul>
                        { for v.apart.iter().map(|a| {
                            let id = a.entry.id;
                            let (why, code) = match &a.why {
                                Apart::Replaced => (M::Replaced.get(lang).to_owned(), "replaced"),
                                Apart::OtherYear => (format!("{}（{}）", M::OtherYearFile.get(lang), a.entry.assessment.year), "other-year"),
                                Apart::OtherVersion(ver) => (format!("{}（{ver}）", M::OtherVersionFile.get(lang)), "other-version"),
                            };
                            html! {
                                <li data-testid="apart-file" data-why={code}>
                                    <button type="button" class="djzp-link" onclick={d.reform(move |_| Action::Open(id))}>
                                        { a.entry.assessment.unit.trim() }
                                    </button>
                                    { format!("（{}）：{why}", a.entry.assessment.year) }
                                    if a.why == Apart::Replaced {
                                        { " " }
                                        <button type="button" class="djzp-btn" data-testid="count-this" onclick={d.reform(move |_| Action::CountFile(id))}>
                                            { M::CountThis.get(lang) }
                                        </button>
                                    }
                                </li>
                            }
                        }) }
                    </ul>
                </section>
            }
        </main>
    }
}
