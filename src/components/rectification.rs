//! The 问题清单 (rectification list), editable, in the columns of
//! [`Column`] (those of the printed report and the spreadsheet).

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;
use ziping_engine::{RectificationRow, RectificationStatus, Report, Rubric};

use crate::export;
use crate::i18n::{row_status_label, Lang, M};
use crate::ids::use_ids;
use crate::state::{Action, Entry, Notice, RowField};
use crate::view::rows::{self, Column};

/// Properties of [`RectificationList`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Interface language.
    pub lang: Lang,
    /// The rubric.
    pub rubric: Rc<Rubric>,
    /// Its current scores.
    pub report: Rc<Report>,
    /// The assessment whose list this is.
    pub entry: Rc<Entry>,
    /// Whether the list may not change now (out of the unit's turn in a
    /// review); it can still be exported.
    #[prop_or_default]
    pub locked: bool,
    /// Sends actions to the app.
    pub dispatch: Callback<Action>,
}

fn status_code(s: RectificationStatus) -> &'static str {
    match s {
        RectificationStatus::Open => "open",
        RectificationStatus::InProgress => "in_progress",
        RectificationStatus::Done => "done",
    }
}

/// The editable table.
#[function_component(RectificationList)]
pub fn rectification_list(props: &Props) -> Html {
    let ids = use_ids();
    let lang = props.lang;
    let d = &props.dispatch;
    let rows = &props.entry.assessment.rectification;
    let on_prefill = {
        let d = d.clone();
        let (rubric, report, entry) = (
            props.rubric.clone(),
            props.report.clone(),
            props.entry.clone(),
        );
        Callback::from(move |_| {
            let new =
                rows::from_shortfalls(lang, &rubric, &report, &entry.assessment.rectification);
            if !new.is_empty() {
                d.emit(Action::AddRows(new));
            }
        })
    };
    let on_add = d.reform(|_| Action::AddRows(vec![RectificationRow::default()]));
    let on_csv = {
        let d = d.clone();
        let entry = props.entry.clone();
        Callback::from(move |_| {
            if let Err(e) = export::download_rectification(lang, &entry.assessment) {
                d.emit(Action::Notify(Notice::ExportFailed(e)));
            }
        })
    };
    let on_xlsx = {
        let d = d.clone();
        let (rubric, report, entry) = (
            props.rubric.clone(),
            props.report.clone(),
            props.entry.clone(),
        );
        Callback::from(move |_| {
            export::download_assessment_xlsx(d.clone(), lang, &rubric, &report, &entry.assessment)
        })
    };
    // A text the user edits: the problem and the measure in a text area.
    let cell = |i: usize, column: Column, field: RowField, row: &RectificationRow| {
        let label = column.label();
        let id = ids.of(&format!(
            "rect-{i}-{}",
            label.get(Lang::En).replace(' ', "-").to_ascii_lowercase()
        ));
        let aria = format!("{} {} · {}", M::ColNo.get(lang), i + 1, label.get(lang));
        let value = column.text(lang, i, row);
        let hook = match field {
            RowField::Problem => "problem",
            RowField::Measure => "measure",
            RowField::Department => "department",
            RowField::Deadline => "deadline",
            RowField::Note => "note",
        };
        if matches!(field, RowField::Problem | RowField::Measure) {
            let oninput = d.reform(move |e: InputEvent| {
                Action::EditRow(
                    i,
                    field,
                    e.target_unchecked_into::<HtmlTextAreaElement>().value(),
                )
            });
            html! { <textarea {id} rows="2" aria-label={aria} data-field={hook} {value} {oninput} /> }
        } else {
            let oninput = d.reform(move |e: InputEvent| {
                Action::EditRow(
                    i,
                    field,
                    e.target_unchecked_into::<HtmlInputElement>().value(),
                )
            });
            html! { <input {id} aria-label={aria} data-field={hook} {value} {oninput} /> }
        }
    };
    let status = |i: usize, row: &RectificationRow| {
        let onchange = d.reform(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            Action::SetRowStatus(
                i,
                match v.as_str() {
                    "in_progress" => RectificationStatus::InProgress,
                    "done" => RectificationStatus::Done,
                    _ => RectificationStatus::Open,
                },
            )
        });
        let label = format!(
            "{} {} · {}",
            M::ColNo.get(lang),
            i + 1,
            M::ColStatus.get(lang)
        );
        html! {
            <select aria-label={label} {onchange}>
                { for [RectificationStatus::Open, RectificationStatus::InProgress, RectificationStatus::Done]
                    .into_iter().map(|s| html! {
                        <option value={status_code(s)} selected={s == row.status}>{ row_status_label(lang, s) }</option>
                    }) }
            </select>
        }
    };
    html! {
        <section class="djzp-card" aria-labelledby={ids.of("rect-title")} data-testid="rectification">
            <h2 id={ids.of("rect-title")}>{ M::Rectification.get(lang) }</h2>
            <p class="djzp-hint">{ M::RectificationHint.get(lang) }</p>
            <div class="djzp-toolbar">
                <button type="button" class="djzp-btn djzp-btn-primary" onclick={on_prefill} data-testid="prefill" disabled={props.locked}>{ M::Prefill.get(lang) }</button>
                <button type="button" class="djzp-btn" onclick={on_add} data-testid="add-row" disabled={props.locked}>{ M::AddRow.get(lang) }</button>
                if !rows.is_empty() {
                    <button type="button" class="djzp-btn" onclick={on_csv} data-testid="export-rect-csv">{ M::ExportCsv.get(lang) }</button>
                }
                <button type="button" class="djzp-btn" onclick={on_xlsx} data-testid="export-xlsx"
                    title={M::ExportXlsxHint.get(lang)}>{ M::ExportXlsx.get(lang) }</button>
            </div>
            if rows.is_empty() {
                <p class="djzp-muted">{ M::NoRows.get(lang) }</p>
            } else {
                <fieldset class="djzp-table-wrap djzp-own" disabled={props.locked}>
                    <table class="djzp-table djzp-rect-table">
                        <thead>
                            <tr>
                                { for Column::ALL.iter().map(|c| html! { <th scope="col">{ c.label().get(lang) }</th> }) }
                                <th scope="col"><span class="djzp-visually-hidden">{ M::RemoveRow.get(lang) }</span></th>
                            </tr>
                        </thead>
                        <tbody>
                            { for rows.iter().enumerate().map(|(i, row)| html! {
                                <tr data-testid="rect-row">
                                    { for Column::ALL.iter().map(|&c| html! {
                                        <td>{ match c.field() {
                                            Some(field) => cell(i, c, field, row),
                                            None if c == Column::Status => status(i, row),
                                            None => html! { { c.text(lang, i, row) } },
                                        } }</td>
                                    }) }
                                    <td class="djzp-actions">
                                        if i > 0 {
                                            <button type="button" class="djzp-btn djzp-btn-small" onclick={d.reform(move |_| Action::MoveRowUp(i))}
                                                aria-label={format!("{} {} · {}", M::ColNo.get(lang), i + 1, M::MoveUp.get(lang))}>{ "↑" }</button>
                                        }
                                        <button type="button" class="djzp-btn djzp-btn-small" onclick={d.reform(move |_| Action::RemoveRow(i))}
                                            data-testid="remove-row"
                                            aria-label={format!("{} {} · {}", M::ColNo.get(lang), i + 1, M::RemoveRow.get(lang))}>{ "✕" }</button>
                                    </td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </fieldset>
            }
        </section>
    }
}
