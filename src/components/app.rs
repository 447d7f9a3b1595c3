//! The root component: owns the state and derives the scores.

use yew::prelude::*;
use ziping_engine::{score, Answers};

use crate::components::header::Header;
use crate::components::rubric_picker::RubricPicker;
use crate::components::score_panel::ScorePanel;
use crate::rubrics;
use crate::state::{Action, AppState};

/// The whole widget.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(AppState::default);
    let lang = state.lang;
    let all = rubrics::shipped();

    let rubric = state
        .rubric
        .as_deref()
        .and_then(rubrics::find)
        .or_else(|| all.first().cloned());

    let report = {
        let rubric = rubric.clone();
        use_memo(rubric, |rubric| {
            rubric.as_ref().map(|r| {
                let year = r.period.year.unwrap_or(2020);
                score(r, &Answers::default(), year)
            })
        })
    };

    let on_lang = {
        let state = state.clone();
        Callback::from(move |l| state.dispatch(Action::SetLang(l)))
    };
    let on_pick = {
        let state = state.clone();
        Callback::from(move |id| state.dispatch(Action::PickRubric(id)))
    };

    html! {
        <div class="djzp-app" lang={lang.code()}>
            <Header {lang} on_lang={on_lang} />
            <main class="djzp-main">
                <RubricPicker {lang} rubrics={all} selected={rubric.as_ref().map(|r| r.id.clone())} on_pick={on_pick} />
                if let (Some(rubric), Some(report)) = (rubric.clone(), (*report).clone()) {
                    <ScorePanel {lang} {rubric} report={std::rc::Rc::new(report)} />
                }
            </main>
        </div>
    }
}
