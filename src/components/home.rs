//! The start screen: a new assessment, the saved ones, and imports.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::assessment_list::AssessmentList;
use crate::components::comparison::Comparison;
use crate::components::import_zone::ImportZone;
use crate::components::new_assessment::NewAssessmentForm;
use crate::i18n::{Lang, M};
use crate::ids::use_ids;
use crate::rubrics::Catalogue;
use crate::state::{Action, Notice, ReadFile, Store};

/// Properties of [`Home`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Interface language.
    pub lang: Lang,
    /// The saved state.
    pub store: Store,
    /// Known rubrics.
    pub catalogue: Rc<Catalogue>,
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
                    Err(reason) => Action::Notify(Notice::Unreadable { file, reason }),
                });
            }
        })
    };
    html! {
        <main class="djzp-home" id={ids.of("content")}>
            <NewAssessmentForm {lang} catalogue={props.catalogue.clone()}
                preselect={props.preselect.clone()} dispatch={props.dispatch.clone()} />
            <AssessmentList {lang} entries={props.store.entries.clone()} catalogue={props.catalogue.clone()}
                confirm_delete={props.confirm_delete} dispatch={props.dispatch.clone()} />
            <Comparison {lang} entries={props.store.entries.clone()} catalogue={props.catalogue.clone()}
                dispatch={props.dispatch.clone()} />
            <section class="djzp-card djzp-imports" aria-label={M::ImportAssessment.get(lang)}>
                <ImportZone label={M::ImportAssessment.get(lang)} hint={M::ImportAssessmentHint.get(lang)}
                    input_id={ids.of("import-assessment")} testid="import-file" multiple=true
                    on_files={props.dispatch.reform(Action::ImportAssessments)} />
                <ImportZone label={M::ImportRubric.get(lang)} hint={M::ImportRubricHint.get(lang)}
                    input_id={ids.of("import-rubric")} testid="import-rubric"
                    on_files={on_rubric} />
            </section>
        </main>
    }
}
