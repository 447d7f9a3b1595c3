//! The start screen's rubric workbooks: the blank Excel template to write
//! a 考核细则 in, and any rubric the app knows exported as a workbook to
//! edit and import again. The work is done by the workbook module, loaded
//! on the first click (see [`crate::workbook`]).

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;
use ziping_engine::shipped::Summary;
use ziping_engine::Rubric;

use crate::export;
use crate::i18n::{rubric_text_missing, rubric_with_version, Lang, M};
use crate::ids::use_ids;
use crate::rubrics::{self, Catalogue};
use crate::state::Action;
use crate::workbook::{self, WorkbookError};

/// Properties of [`WorkbookTools`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Interface language.
    pub lang: Lang,
    /// The rubrics known.
    pub catalogue: Rc<Catalogue>,
    /// The texts of the imported rubrics, as kept.
    pub imported: Rc<[Rc<str>]>,
    /// Sends actions to the app.
    pub dispatch: Callback<Action>,
}

/// The JSON text of a rubric the catalogue lists.
async fn text_of(
    lang: Lang,
    meta: &Summary,
    shipped: bool,
    imported: &[Rc<str>],
) -> Result<String, WorkbookError> {
    if shipped {
        return rubrics::shipped_text(meta)
            .await
            .map_err(WorkbookError::Failed);
    }
    imported
        .iter()
        .find(|t| Rubric::from_json(t).is_ok_and(|r| r.id == meta.id && r.version == meta.version))
        .map(|t| t.to_string())
        .ok_or_else(|| WorkbookError::Failed(rubric_text_missing(lang, &meta.title, &meta.version)))
}

/// The template button and the export of a chosen rubric.
#[function_component(WorkbookTools)]
pub fn workbook_tools(props: &Props) -> Html {
    let ids = use_ids();
    let lang = props.lang;
    let chosen = use_state(|| 0usize);
    let metas = &props.catalogue.metas;
    // The option chosen, or the first when the list no longer has it (a
    // backup restored with fewer rubrics): what is shown selected is what
    // is exported.
    let picked = if *chosen < metas.len() { *chosen } else { 0 };
    let on_template = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            export::offer_xlsx(
                dispatch.clone(),
                Box::pin(async {
                    let bytes = workbook::write_template().await?;
                    Ok(("考核细则模板.xlsx".to_owned(), bytes))
                }),
            );
        })
    };
    let on_choose = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            chosen.set(v.parse().unwrap_or(0));
        })
    };
    let on_export = {
        let (dispatch, catalogue, imported) = (
            props.dispatch.clone(),
            props.catalogue.clone(),
            props.imported.clone(),
        );
        let index = picked;
        Callback::from(move |_: MouseEvent| {
            let Some(meta) = catalogue.metas.get(index).cloned() else {
                return;
            };
            let shipped = !catalogue.is_imported(index);
            let imported = imported.clone();
            export::offer_xlsx(
                dispatch.clone(),
                Box::pin(async move {
                    let json = text_of(lang, &meta, shipped, &imported).await?;
                    let bytes = workbook::write_rubric(&json, lang).await?;
                    Ok((export::rubric_xlsx_name(&meta.title, &meta.version), bytes))
                }),
            );
        })
    };
    let select_id = ids.of("workbook-rubric");
    html! {
        <div class="djzp-workbook-tools" data-testid="workbook-tools">
            <h3 class="djzp-label">{ M::WorkbookTools.get(lang) }</h3>
            <p class="djzp-hint">{ M::WorkbookHint.get(lang) }</p>
            <div class="djzp-toolbar">
                <button type="button" class="djzp-btn" data-testid="workbook-template" onclick={on_template}>
                    { M::WorkbookTemplate.get(lang) }
                </button>
            </div>
            if !metas.is_empty() {
                <div class="djzp-toolbar">
                    <label for={select_id.clone()}>{ M::WorkbookRubric.get(lang) }</label>
                    <select id={select_id} data-testid="workbook-rubric" onchange={on_choose}>
                        { for metas.iter().enumerate().map(|(i, m)| html! {
                            <option value={i.to_string()} data-rubric={m.id.clone()} selected={i == picked}>
                                { rubric_with_version(lang, &m.title, &m.version) }
                            </option>
                        }) }
                    </select>
                    <button type="button" class="djzp-btn" data-testid="workbook-export" onclick={on_export}>
                        { M::WorkbookExport.get(lang) }
                    </button>
                </div>
            }
        </div>
    }
}
