//! The 问题清单 (rectification list), in the columns of 粤二医党〔2018〕90号
//! 附件2 (序号, 存在主要问题, 整改措施, 备注) plus 责任部门 and 完成时限 from
//! its 附件1, and a status per row.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;
use ziping_engine::{RectificationRow, RectificationStatus, Report, Rubric};

use crate::export;
use crate::i18n::{gap_text, row_status_label, Lang, M};
use crate::ids::use_ids;
use crate::state::{Action, Entry, Notice, RowField};

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
    /// Sends actions to the app.
    pub dispatch: Callback<Action>,
}

/// Rows for the shortfalls that have none yet: the problem is the item and
/// its gap, the department the item's 责任单位.
pub fn rows_from_shortfalls(
    lang: Lang,
    rubric: &Rubric,
    report: &Report,
    existing: &[RectificationRow],
) -> Vec<RectificationRow> {
    report
        .shortfalls()
        .into_iter()
        .filter(|s| {
            !existing
                .iter()
                .any(|r| r.item.as_deref() == Some(s.id.as_str()))
        })
        .filter_map(|s| {
            let item = rubric
                .sections
                .iter()
                .flat_map(|x| &x.items)
                .find(|i| i.id == s.id)?;
            let problem = match &s.gap {
                Some(g) => format!("{}：{}", item.title, gap_text(lang, g)),
                None => item.title.clone(),
            };
            Some(RectificationRow {
                problem,
                measure: M::MeasurePrefill.get(lang).to_owned(),
                department: item.responsible.clone(),
                deadline: String::new(),
                note: String::new(),
                status: RectificationStatus::Open,
                item: Some(item.id.clone()),
            })
        })
        .collect()
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
            let new = rows_from_shortfalls(lang, &rubric, &report, &entry.assessment.rectification);
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
    let cell = |i: usize, field: RowField, value: &str, label: M, multiline: bool| {
        let id = ids.of(&format!(
            "rect-{i}-{}",
            label.get(Lang::En).replace(' ', "-").to_ascii_lowercase()
        ));
        let aria = format!("{} {} · {}", M::ColNo.get(lang), i + 1, label.get(lang));
        let hook = match field {
            RowField::Problem => "problem",
            RowField::Measure => "measure",
            RowField::Department => "department",
            RowField::Deadline => "deadline",
            RowField::Note => "note",
        };
        if multiline {
            let oninput = d.reform(move |e: InputEvent| {
                Action::EditRow(
                    i,
                    field,
                    e.target_unchecked_into::<HtmlTextAreaElement>().value(),
                )
            });
            html! { <textarea {id} rows="2" aria-label={aria} data-field={hook} value={value.to_owned()} {oninput} /> }
        } else {
            let oninput = d.reform(move |e: InputEvent| {
                Action::EditRow(
                    i,
                    field,
                    e.target_unchecked_into::<HtmlInputElement>().value(),
                )
            });
            html! { <input {id} aria-label={aria} data-field={hook} value={value.to_owned()} {oninput} /> }
        }
    };
    html! {
        <section class="djzp-card" aria-labelledby={ids.of("rect-title")} data-testid="rectification">
            <h2 id={ids.of("rect-title")}>{ M::Rectification.get(lang) }</h2>
            <p class="djzp-hint">{ M::RectificationHint.get(lang) }</p>
            <div class="djzp-toolbar">
                <button type="button" class="djzp-btn djzp-btn-primary" onclick={on_prefill} data-testid="prefill">{ M::Prefill.get(lang) }</button>
                <button type="button" class="djzp-btn" onclick={on_add} data-testid="add-row">{ M::AddRow.get(lang) }</button>
                if !rows.is_empty() {
                    <button type="button" class="djzp-btn" onclick={on_csv} data-testid="export-rect-csv">{ M::ExportCsv.get(lang) }</button>
                }
            </div>
            if rows.is_empty() {
                <p class="djzp-muted">{ M::NoRows.get(lang) }</p>
            } else {
                <div class="djzp-table-wrap">
                    <table class="djzp-table djzp-rect-table">
                        <thead>
                            <tr>
                                <th scope="col">{ M::ColNo.get(lang) }</th>
                                <th scope="col">{ M::ColProblem.get(lang) }</th>
                                <th scope="col">{ M::ColMeasure.get(lang) }</th>
                                <th scope="col">{ M::ColDepartment.get(lang) }</th>
                                <th scope="col">{ M::ColDeadline.get(lang) }</th>
                                <th scope="col">{ M::ColNote.get(lang) }</th>
                                <th scope="col">{ M::ColStatus.get(lang) }</th>
                                <th scope="col"><span class="djzp-visually-hidden">{ M::RemoveRow.get(lang) }</span></th>
                            </tr>
                        </thead>
                        <tbody>
                            { for rows.iter().enumerate().map(|(i, row)| {
                                let onchange = d.reform(move |e: Event| {
                                    let v = e.target_unchecked_into::<HtmlSelectElement>().value();
                                    Action::SetRowStatus(i, match v.as_str() {
                                        "in_progress" => RectificationStatus::InProgress,
                                        "done" => RectificationStatus::Done,
                                        _ => RectificationStatus::Open,
                                    })
                                });
                                let status_label = format!("{} {} · {}", M::ColNo.get(lang), i + 1, M::ColStatus.get(lang));
                                html! {
                                    <tr data-testid="rect-row">
                                        <td>{ i + 1 }</td>
                                        <td>{ cell(i, RowField::Problem, &row.problem, M::ColProblem, true) }</td>
                                        <td>{ cell(i, RowField::Measure, &row.measure, M::ColMeasure, true) }</td>
                                        <td>{ cell(i, RowField::Department, &row.department, M::ColDepartment, false) }</td>
                                        <td>{ cell(i, RowField::Deadline, &row.deadline, M::ColDeadline, false) }</td>
                                        <td>{ cell(i, RowField::Note, &row.note, M::ColNote, false) }</td>
                                        <td>
                                            <select aria-label={status_label} {onchange}>
                                                { for [RectificationStatus::Open, RectificationStatus::InProgress, RectificationStatus::Done]
                                                    .into_iter().map(|s| html! {
                                                        <option value={status_code(s)} selected={s == row.status}>{ row_status_label(lang, s) }</option>
                                                    }) }
                                            </select>
                                        </td>
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
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
            }
        </section>
    }
}
