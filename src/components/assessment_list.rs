//! The assessments kept in this browser, side by side with their scores.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::review::{stage_code, stage_label};
use crate::i18n::review_table::reviewed_total;
use crate::i18n::{Lang, M};
use crate::ids::use_ids;
use crate::rubrics::Catalogue;
use crate::state::Action;
use crate::view::summary::Saved;

/// Properties of [`AssessmentList`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Interface language.
    pub lang: Lang,
    /// The saved assessments with their scores.
    pub saved: Rc<Saved>,
    /// The rubrics known (to mark a retired version).
    pub catalogue: Rc<Catalogue>,
    /// An assessment awaiting confirmation of its deletion.
    pub confirm_delete: Option<u64>,
    /// Sends actions to the app.
    pub dispatch: Callback<Action>,
}

/// A table of saved assessments with open, rename, duplicate and delete.
#[function_component(AssessmentList)]
pub fn assessment_list(props: &Props) -> Html {
    let ids = use_ids();
    let lang = props.lang;
    let renaming = use_state(|| None::<(u64, String)>);
    if props.saved.list.is_empty() {
        return html! {
            <section class="djzp-card" aria-labelledby={ids.of("list-title")}>
                <h2 id={ids.of("list-title")}>{ M::SavedAssessments.get(lang) }</h2>
                <p class="djzp-muted">{ M::NoAssessments.get(lang) }</p>
            </section>
        };
    }
    let rows = props.saved.list.iter().map(|row| {
        let e = &row.entry;
        let id = e.id;
        let a = &e.assessment;
        let d = props.dispatch.clone();
        let open = d.reform(move |_| Action::Open(id));
        let duplicate = d.reform(move |_| Action::Duplicate(id));
        let ask = d.reform(move |_| Action::AskDelete(Some(id)));
        let confirm = d.reform(move |_| Action::Delete(id));
        let cancel = d.reform(|_| Action::AskDelete(None));
        let start_rename = {
            let renaming = renaming.clone();
            let unit = a.unit.clone();
            Callback::from(move |_| renaming.set(Some((id, unit.clone()))))
        };
        let editing = renaming.as_ref().filter(|(rid, _)| *rid == id).map(|(_, t)| t.clone());
        let unit_cell = match editing {
            Some(text) => {
                let oninput = {
                    let renaming = renaming.clone();
                    Callback::from(move |e: InputEvent| {
                        let input: HtmlInputElement = e.target_unchecked_into();
                        renaming.set(Some((id, input.value())));
                    })
                };
                let finish = {
                    let renaming = renaming.clone();
                    let d = d.clone();
                    Callback::from(move |e: SubmitEvent| {
                        e.prevent_default();
                        // The reducer trims the name and keeps the old one for a blank.
                        if let Some((_, t)) = (*renaming).clone() {
                            d.emit(Action::Rename(id, t));
                        }
                        renaming.set(None);
                    })
                };
                let input_id = ids.of(&format!("rename-{id}"));
                html! {
                    <form class="djzp-inline-form" onsubmit={finish}>
                        <label for={input_id.clone()} class="djzp-visually-hidden">{ M::Unit.get(lang) }</label>
                        <input id={input_id} value={text} {oninput} data-testid="rename-input" />
                        <button type="submit" class="djzp-btn">{ "✓" }</button>
                    </form>
                }
            }
            None => html! {
                <>
                    <span data-testid="entry-unit">{ &a.unit }</span>
                    if let Some(stage) = row.stage {
                        { " " }
                        <span class="djzp-badge djzp-stage" data-testid="entry-stage" data-stage={stage_code(stage)}>
                            { stage_label(lang, stage) }
                        </span>
                    }
                </>
            },
        };
        html! {
            <tr data-testid="entry" data-entry={id.to_string()}>
                <td>{ unit_cell }</td>
                <td>
                    { &a.rubric.title }
                    if props.catalogue.successor(&a.rubric).is_some() {
                        <span class="djzp-muted" data-testid="entry-retired">
                            { crate::i18n::retired_tag(lang, &a.rubric.version) }
                        </span>
                    }
                </td>
                <td>{ a.year }</td>
                <td>
                    <span data-testid="entry-total">{ &row.total }</span>
                    if let Some(t) = &row.reviewed {
                        <br /><span class="djzp-muted" data-testid="entry-reviewed">{ reviewed_total(lang, t) }</span>
                    }
                </td>
                <td>{ &row.grade }</td>
                <td data-testid="entry-exported" class={classes!(e.unexported_since.is_some().then_some("djzp-unexported"))}>
                    { match (&e.exported, &e.unexported_since) {
                        (Some(at), None) => at.clone(),
                        (Some(at), Some(_)) => format!("{at}{}", M::ChangedSinceExport.get(lang)),
                        (None, Some(_)) => M::NotExported.get(lang).to_owned(),
                        (None, None) => "—".to_owned(),
                    } }
                </td>
                <td class="djzp-actions">
                    if props.confirm_delete == Some(id) {
                        <span role="alert" class="djzp-confirm">{ M::ConfirmDelete.get(lang) }</span>
                        <button type="button" class="djzp-btn djzp-btn-danger" onclick={confirm} data-testid="confirm-delete">{ M::Delete.get(lang) }</button>
                        <button type="button" class="djzp-btn" onclick={cancel}>{ M::Cancel.get(lang) }</button>
                    } else {
                        <button type="button" class="djzp-btn djzp-btn-primary" onclick={open} data-testid="open">{ M::Open.get(lang) }</button>
                        <button type="button" class="djzp-btn" onclick={start_rename} data-testid="rename">{ M::Rename.get(lang) }</button>
                        <button type="button" class="djzp-btn" onclick={duplicate} data-testid="duplicate">{ M::Duplicate.get(lang) }</button>
                        <button type="button" class="djzp-btn" onclick={ask} data-testid="delete">{ M::Delete.get(lang) }</button>
                    }
                </td>
            </tr>
        }
    });
    html! {
        <section class="djzp-card" aria-labelledby={ids.of("list-title")}>
            <h2 id={ids.of("list-title")}>{ M::SavedAssessments.get(lang) }</h2>
            <div class="djzp-table-wrap">
                <table class="djzp-table" data-testid="assessment-list">
                    <thead>
                        <tr>
                            <th scope="col">{ M::Unit.get(lang) }</th>
                            <th scope="col">{ M::ChooseRubric.get(lang) }</th>
                            <th scope="col">{ M::Year.get(lang) }</th>
                            <th scope="col">{ M::UpdatedScore.get(lang) }</th>
                            <th scope="col">{ M::Grade.get(lang) }</th>
                            <th scope="col">{ M::ColExported.get(lang) }</th>
                            <th scope="col"><span class="djzp-visually-hidden">{ M::Open.get(lang) }</span></th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </section>
    }
}
