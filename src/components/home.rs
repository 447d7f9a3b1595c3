//! The start screen: a new assessment, the saved ones, and imports.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::assessment_list::AssessmentList;
use crate::components::import_zone::ImportZone;
use crate::components::new_assessment::NewAssessmentForm;
use crate::components::rollup_choices::RollupChoices;
use crate::components::workbook_tools::WorkbookTools;
use crate::i18n::{Lang, M};
use crate::ids::use_ids;
use crate::rubrics::Catalogue;
use crate::state::{Action, Notice, ReadFile, Store};
use crate::view::summary::Saved;
use crate::{browser, export};

/// Properties of [`Home`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Interface language.
    pub lang: Lang,
    /// The saved state.
    pub store: Store,
    /// Known rubrics.
    pub catalogue: Rc<Catalogue>,
    /// The saved assessments with their scores.
    pub saved: Rc<Saved>,
    /// An assessment awaiting confirmation of its deletion.
    pub confirm_delete: Option<u64>,
    /// Rubric id to preselect.
    pub preselect: Option<AttrValue>,
    /// Sends actions to the app.
    pub dispatch: Callback<Action>,
}

/// The start screen.
#[function_component(Home)]
pub fn home(props: &Props) -> Html {
    let ids = use_ids();
    let lang = props.lang;
    let on_rubric = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |files: Vec<ReadFile>| {
            if let Some((file, text)) = files.into_iter().next() {
                dispatch.emit(match text {
                    Ok(text) => Action::ImportRubric(file, text),
                    Err(error) => Action::Notify(Notice::ImportFailed { file, error }),
                });
            }
        })
    };
    let on_workbook = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |(file, bytes): (String, Vec<u8>)| {
            dispatch.emit(Action::Notify(Notice::WorkbookBusy));
            let dispatch = dispatch.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let read = crate::workbook::read_rubric(&bytes, lang).await;
                dispatch.emit(Action::WorkbookRead(file, read));
            });
        })
    };
    let backup = {
        let (store, dispatch) = (props.store.clone(), props.dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            let name = export::backup_name(&browser::today().1);
            let text = export::backup_json(&store);
            match browser::download(&name, "application/json", &text) {
                Ok(()) => dispatch.emit(Action::ExportedAll(browser::now())),
                Err(e) => dispatch.emit(Action::Notify(Notice::ExportFailed(e))),
            }
        })
    };
    html! {
        <main class="djzp-home" id={ids.of("content")}>
            <NewAssessmentForm {lang} catalogue={props.catalogue.clone()}
                preselect={props.preselect.clone()} dispatch={props.dispatch.clone()} />
            <AssessmentList {lang} saved={props.saved.clone()} catalogue={props.catalogue.clone()}
                confirm_delete={props.confirm_delete} dispatch={props.dispatch.clone()} />
            <RollupChoices {lang} saved={props.saved.clone()} dispatch={props.dispatch.clone()} />
            <section class="djzp-card djzp-imports" aria-label={M::ImportAssessment.get(lang)}>
                <ImportZone label={M::ImportAssessment.get(lang)} hint={M::ImportAssessmentHint.get(lang)}
                    input_id={ids.of("import-assessment")} testid="import-file" multiple=true
                    on_files={props.dispatch.reform(Action::ImportAssessments)} />
                <ImportZone label={M::ImportRubric.get(lang)} hint={M::ImportRubricHint.get(lang)}
                    input_id={ids.of("import-rubric")} testid="import-rubric"
                    on_files={on_rubric} on_workbook={Some(on_workbook)} />
                <WorkbookTools {lang} catalogue={props.catalogue.clone()}
                    imported={std::rc::Rc::<[std::rc::Rc<str>]>::from(props.store.rubrics.as_slice())}
                    dispatch={props.dispatch.clone()} />
                if !props.store.entries.is_empty() || !props.store.rubrics.is_empty() {
                    <div class="djzp-backup">
                        <button type="button" class="djzp-btn" data-testid="backup" onclick={backup}>
                            { M::Backup.get(lang) }
                        </button>
                        <p class="djzp-hint">{ M::BackupHint.get(lang) }</p>
                    </div>
                }
            </section>
        </main>
    }
}
