//! 汇总: a committee's roll-up of its units' files of one rubric and one
//! year — the pass rate against the committee's target, one row per unit,
//! the common weaknesses, every unit's 问题清单, and the files left out
//! (a replaced one can be counted instead). Prints on A4 landscape.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::components::text_table::{RowButton, TextTable};
use crate::export::{self, SummaryTable};
use crate::i18n::{
    closest_text, problems_toggle_text, rate_text, summary_title, target_text, year_on_year_title,
    Lang, M, RUBRIC_LANG,
};
use crate::ids::use_ids;
use crate::state::{Action, Notice, SortBy, SummaryPick};
use crate::view::rollup::{
    problem_table, roster_table, weakness_table, worse_table, year_table, Apart, RollupView,
};

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

/// The screen's tables, as [`crate::view::rollup`] builds them, and what
/// their rows open.
#[derive(Clone, PartialEq)]
struct Tables {
    roster: Rc<Vec<Vec<String>>>,
    roster_opens: Rc<Vec<u64>>,
    marked: Rc<Vec<bool>>,
    weaknesses: Rc<Vec<Vec<String>>>,
    problems: Rc<Vec<Vec<String>>>,
    problem_opens: Rc<Vec<u64>>,
}

impl Tables {
    fn new(lang: Lang, v: &RollupView) -> Tables {
        Tables {
            roster: Rc::new(roster_table(lang, v)),
            roster_opens: Rc::new(v.rows.iter().map(|u| u.entry.id).collect()),
            marked: Rc::new(v.rows.iter().map(|u| !u.passed).collect()),
            weaknesses: Rc::new(weakness_table(lang, v)),
            problems: Rc::new(problem_table(lang, v)),
            problem_opens: Rc::new(v.problems.iter().map(|p| p.entry.id).collect()),
        }
    }
}

/// The roll-up screen.
#[function_component(SummaryScreen)]
pub fn summary_screen(props: &Props) -> Html {
    let ids = use_ids();
    let lang = props.lang;
    // The tables are built once per roll-up and language, not on every
    // render (typing the committee's name renders the screen each key).
    let tables = use_memo((props.view.clone(), lang), |(v, lang)| {
        v.as_ref().map(|v| Tables::new(*lang, v))
    });
    let d = &props.dispatch;
    let back = html! {
        <button type="button" class="djzp-btn" data-testid="summary-back" onclick={d.reform(|_| Action::CloseSummary)}>
            { "← " }{ M::BackToList.get(lang) }
        </button>
    };
    let (Some(v), Some(t)) = (props.view.clone(), (*tables).clone()) else {
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
        d.reform(move |value: String| {
            Action::OpenSummary(
                id.clone(),
                version.clone(),
                value.parse().unwrap_or_default(),
            )
        })
    };
    let on_sort = d.reform(|value: String| {
        let by = SORTS
            .iter()
            .find(|(_, _, code)| *code == value)
            .map_or(SortBy::Files, |(by, _, _)| *by);
        Action::SortSummary(by)
    });
    let years: Vec<(String, String, bool)> = v
        .years
        .iter()
        .map(|y| (y.to_string(), y.to_string(), *y == v.year))
        .collect();
    let sorts: Vec<(String, String, bool)> = SORTS
        .iter()
        .map(|(by, label, code)| {
            (
                (*code).to_owned(),
                label.get(lang).to_owned(),
                *by == props.pick.sort,
            )
        })
        .collect();
    // The lines under the title: the rate, the verdict, the closest units.
    let mut lines: Vec<(&'static str, &'static str, String)> = Vec::new();
    if let Some(rate) = &v.rate {
        lines.push((
            "summary-rate",
            "djzp-rate",
            rate_text(lang, rate.passed, rate.units, &rate.percent),
        ));
        if let Some(t) = &rate.target {
            lines.push((
                "summary-target",
                if t.met { "djzp-good" } else { "djzp-bad" },
                target_text(
                    lang,
                    &t.rubric,
                    &t.item,
                    t.compare,
                    &t.threshold,
                    t.met,
                    t.needed,
                ),
            ));
        }
        if !rate.closest.is_empty() {
            let sep = if lang == Lang::Zh { "、" } else { ", " };
            let names: Vec<String> = rate
                .closest
                .iter()
                .map(|(u, s)| closest_text(lang, u, s.as_deref()))
                .collect();
            lines.push((
                "summary-closest",
                "djzp-hint",
                format!("{}{}", M::ClosestToPass.get(lang), names.join(sep)),
            ));
        }
    }
    let met = v
        .rate
        .as_ref()
        .and_then(|r| r.target.as_ref())
        .map(|t| t.met.to_string());
    let apart: Vec<Vec<String>> = std::iter::once(vec![
        M::ColUnit.get(lang).to_owned(),
        M::SummaryYear.get(lang).to_owned(),
        M::ColReason.get(lang).to_owned(),
    ])
    .chain(v.apart.iter().map(|a| {
        vec![
            a.entry.assessment.unit.trim().to_owned(),
            a.entry.assessment.year.to_string(),
            match &a.why {
                Apart::Replaced => M::Replaced.get(lang).to_owned(),
                Apart::OtherYear => M::OtherYearFile.get(lang).to_owned(),
                Apart::OtherVersion(ver) => format!("{} {ver}", M::OtherVersionFile.get(lang)),
            },
        ]
    }))
    .collect();
    let restore = RowButton {
        label: M::CountThis.get(lang),
        testid: "count-this",
        ids: Rc::new(
            v.apart
                .iter()
                .map(|a| (a.why == Apart::Replaced).then_some(a.entry.id))
                .collect(),
        ),
        on_click: d.reform(Action::CountFile),
    };
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
    let on_xlsx = {
        let (d, v) = (d.clone(), v.clone());
        Callback::from(move |_| export::download_rollup_xlsx(d.clone(), lang, &v))
    };
    let shown = props.pick.problems_shown;
    let compare = RowButton {
        label: M::CompareYears.get(lang),
        testid: "compare-years",
        ids: Rc::new(
            v.rows
                .iter()
                .enumerate()
                .map(|(i, u)| u.earlier.is_some().then_some(i as u64))
                .collect(),
        ),
        on_click: {
            let v = v.clone();
            d.reform(move |i: u64| {
                Action::CompareUnit(v.rows.get(i as usize).map(|u| u.unit.clone()))
            })
        },
    };
    let rubric_title = if v.retired {
        crate::i18n::rubric_with_version(lang, &v.rubric.title, &v.rubric.version)
    } else {
        v.rubric.title.clone()
    };
    let title = summary_title(lang, &rubric_title, v.year);

    html! {
        <main class="djzp-summary" id={ids.of("content")} data-testid="summary"
            data-rubric={v.rubric.id.clone()} data-year={v.year.to_string()}>
            <div class="djzp-toolbar djzp-no-print">
                { back }
                { select(&ids.of("summary-year"), "summary-year", M::SummaryYear.get(lang), years, on_year) }
                <label class="djzp-inline" for={ids.of("summary-committee")}>
                    { M::SummaryCommittee.get(lang) }
                    <input id={ids.of("summary-committee")} data-testid="summary-committee" type="text"
                        value={props.pick.committee.clone()} oninput={on_committee} />
                </label>
                <div class="djzp-toolbar-end">
                    <button type="button" class="djzp-btn" data-testid="summary-xlsx" onclick={on_xlsx}
                        title={M::ExportXlsxHint.get(lang)}>{ M::ExportXlsx.get(lang) }</button>
                    <button type="button" class="djzp-btn" data-testid="summary-print" onclick={on_print}>{ M::PrintSummary.get(lang) }</button>
                </div>
            </div>
            <section class="djzp-card djzp-summary-head" aria-labelledby={ids.of("summary-title")} data-met={met}>
                <h2 id={ids.of("summary-title")} lang={RUBRIC_LANG}>{ title }</h2>
                <p class="djzp-print-only" data-testid="summary-print-head">
                    { props.pick.committee.trim() }{ " " }{ M::PrintedOn.get(lang) }{ props.today.as_str() }
                </p>
                { for lines.into_iter().map(|(testid, class, text)| html! { <p {class} data-testid={testid}>{ text }</p> }) }
            </section>

            <section class="djzp-card djzp-summary-roster" aria-labelledby={ids.of("roster-title")}>
                <h3 id={ids.of("roster-title")}>{ M::Roster.get(lang) }</h3>
                <div class="djzp-toolbar djzp-no-print">
                    { select(&ids.of("summary-sort"), "summary-sort", M::SortLabel.get(lang), sorts, on_sort) }
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
                    <TextTable testid="roster" rows={t.roster.clone()} opens={t.roster_opens.clone()} marked={t.marked.clone()}
                        on_open={d.reform(Action::Open)} button={compare} />
                }
            </section>

            if let Some(y) = &v.year_on_year {
                <section class="djzp-card" aria-labelledby={ids.of("yoy-title")} data-testid="year-on-year">
                    <h3 id={ids.of("yoy-title")}>{ year_on_year_title(lang, &y.unit, y.years.0, y.years.1) }</h3>
                    <TextTable testid="yoy-sections" rows={Rc::new(year_table(lang, y))} />
                    <h4>{ M::Worse.get(lang) }</h4>
                    if y.worse.is_empty() {
                        <p class="djzp-hint">{ M::NoWorse.get(lang) }</p>
                    } else {
                        <TextTable testid="yoy-worse" rows={Rc::new(worse_table(lang, y))} />
                    }
                    <button type="button" class="djzp-btn djzp-no-print" data-testid="close-compare"
                        onclick={d.reform(|_| Action::CompareUnit(None))}>{ M::CloseCompare.get(lang) }</button>
                </section>
            }

            <section class="djzp-card" aria-labelledby={ids.of("weak-title")}>
                <h3 id={ids.of("weak-title")}>{ M::Weaknesses.get(lang) }</h3>
                if v.weaknesses.is_empty() {
                    <p class="djzp-hint">{ M::NoWeaknesses.get(lang) }</p>
                } else {
                    { export(SummaryTable::Weaknesses, M::ExportWeaknesses, "export-weaknesses") }
                    <TextTable testid="weaknesses" rows={t.weaknesses.clone()} />
                }
            </section>

            <section class="djzp-card" aria-labelledby={ids.of("problems-title")}>
                <h3 id={ids.of("problems-title")}>{ M::MergedProblems.get(lang) }</h3>
                if v.problems.is_empty() {
                    <p class="djzp-hint">{ M::NoProblems.get(lang) }</p>
                } else {
                    <div class="djzp-toolbar djzp-no-print">
                        <button type="button" class="djzp-btn" data-testid="show-problems" aria-expanded={shown.to_string()}
                            onclick={d.reform(move |_| Action::ShowProblems(!shown))}>
                            { problems_toggle_text(lang, shown, v.problems.len()) }
                        </button>
                        { export(SummaryTable::Problems, M::ExportProblems, "export-problems") }
                    </div>
                    if shown {
                        <TextTable testid="merged-problems" rows={t.problems.clone()} opens={t.problem_opens.clone()}
                            on_open={d.reform(Action::Open)} />
                    }
                }
            </section>

            if !v.apart.is_empty() {
                <section class="djzp-card djzp-no-print" aria-labelledby={ids.of("apart-title")}>
                    <h3 id={ids.of("apart-title")}>{ M::Apart.get(lang) }</h3>
                    <TextTable testid="apart" rows={Rc::new(apart)}
                        opens={Rc::new(v.apart.iter().map(|a| a.entry.id).collect::<Vec<_>>())}
                        on_open={d.reform(Action::Open)} button={restore} />
                </section>
            }
        </main>
    }
}

/// A labelled drop-down of `(value, label, selected)` options that sends
/// the value chosen.
fn select(
    id: &str,
    testid: &'static str,
    label: &str,
    options: Vec<(String, String, bool)>,
    on: Callback<String>,
) -> Html {
    let onchange = Callback::from(move |e: Event| {
        let s: HtmlSelectElement = e.target_unchecked_into();
        on.emit(s.value());
    });
    html! {
        <label class="djzp-inline" for={id.to_owned()}>
            { label }
            <select id={id.to_owned()} data-testid={testid} {onchange}>
                { for options.into_iter().map(|(value, label, selected)| html! {
                    <option {value} {selected}>{ label }</option>
                }) }
            </select>
        </label>
    }
}
