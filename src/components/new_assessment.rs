//! Starting a new assessment: rubric, unit, year, assessor and date.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::i18n::{Lang, M};
use crate::ids::use_ids;
use crate::rubrics::Catalogue;
use crate::state::{Action, NewAssessment};

/// Properties of [`NewAssessmentForm`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Interface language.
    pub lang: Lang,
    /// Known rubrics.
    pub catalogue: Rc<Catalogue>,
    /// Rubric id to preselect.
    pub preselect: Option<AttrValue>,
    /// Sends actions to the app.
    pub dispatch: Callback<Action>,
}

fn input_value(e: InputEvent) -> String {
    let input: HtmlInputElement = e.target_unchecked_into();
    input.value()
}

/// The form that creates an assessment.
#[function_component(NewAssessmentForm)]
pub fn new_assessment_form(props: &Props) -> Html {
    let ids = use_ids();
    let lang = props.lang;
    let rubrics = &props.catalogue.metas;
    let initial = props
        .preselect
        .as_ref()
        .and_then(|p| rubrics.iter().position(|r| r.id == p.as_str()))
        .unwrap_or(0);
    let chosen = use_state(|| initial);
    let unit = use_state(String::new);
    let (this_year, date_today) = crate::browser::today();
    let year = use_state(|| {
        rubrics
            .get(initial)
            .and_then(|r| r.year)
            .unwrap_or(this_year)
            .to_string()
    });
    let assessor = use_state(String::new);
    let date = use_state(|| date_today);
    let tried = use_state(|| false);

    let rubric = rubrics.get(*chosen).or_else(|| rubrics.first()).cloned();
    let unit_ok = !unit.trim().is_empty();
    let year_num = year
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|y| ziping_engine::YEARS.contains(y));

    let on_rubric = {
        let chosen = chosen.clone();
        let year = year.clone();
        let catalogue = props.catalogue.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Ok(i) = select.value().parse::<usize>() {
                chosen.set(i);
                if let Some(y) = catalogue.metas.get(i).and_then(|r| r.year) {
                    year.set(y.to_string());
                }
            }
        })
    };
    let bind = |s: &UseStateHandle<String>| {
        let s = s.clone();
        Callback::from(move |e: InputEvent| s.set(input_value(e)))
    };
    let onsubmit = {
        let dispatch = props.dispatch.clone();
        let (unit, assessor, date, tried) =
            (unit.clone(), assessor.clone(), date.clone(), tried.clone());
        let rubric = rubric.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            tried.set(true);
            if let (Some(rubric), true, Some(year)) = (rubric.clone(), unit_ok, year_num) {
                dispatch.emit(Action::Create(NewAssessment {
                    rubric: rubric.reference(),
                    unit: (*unit).clone(),
                    year,
                    assessor: (*assessor).clone(),
                    date: (*date).clone(),
                }));
            }
        })
    };

    html! {
        <section class="djzp-card djzp-new" aria-labelledby={ids.of("new-title")}>
            <h2 id={ids.of("new-title")}>{ M::NewAssessment.get(lang) }</h2>
            <form {onsubmit} novalidate=true>
                <div class="djzp-field">
                    <label for={ids.of("rubric-select")} class="djzp-label">{ M::ChooseRubric.get(lang) }</label>
                    <select id={ids.of("rubric-select")} data-testid="rubric-select" onchange={on_rubric}>
                        { for rubrics.iter().enumerate().map(|(i, r)| {
                            let extra = if props.catalogue.is_imported(i) {
                                format!(" · {}", M::ImportedRubric.get(lang))
                            } else {
                                String::new()
                            };
                            html! {
                                <option value={i.to_string()} selected={i == *chosen} data-rubric={r.id.clone()}>
                                    { format!("{}（{} {}{}）", r.title, r.items, M::ItemsCount.get(lang), extra) }
                                </option>
                            }
                        }) }
                    </select>
                    if let Some(r) = &rubric {
                        <ul class="djzp-docs">
                            { for r.documents.iter().map(|d| html! {
                                <li>
                                    { d.number.clone().map(|n| format!("{n} ")).unwrap_or_default() }
                                    { format!("《{}》", d.title) }{ " " }
                                    <span class="djzp-muted">{ &d.issuer }{ " " }{ &d.date }</span>
                                </li>
                            }) }
                        </ul>
                    }
                </div>
                <div class="djzp-grid2">
                    <div class="djzp-field">
                        <label for={ids.of("new-unit")} class="djzp-label">{ M::Unit.get(lang) }</label>
                        <input id={ids.of("new-unit")} data-testid="new-unit" value={(*unit).clone()}
                            placeholder={M::UnitPlaceholder.get(lang)} oninput={bind(&unit)}
                            aria-invalid={(*tried && !unit_ok).to_string()}
                            aria-describedby={ids.of("new-unit-error")} />
                        if *tried && !unit_ok {
                            <p class="djzp-error" id={ids.of("new-unit-error")}>{ M::UnitRequired.get(lang) }</p>
                        }
                    </div>
                    <div class="djzp-field">
                        <label for={ids.of("new-year")} class="djzp-label">{ M::Year.get(lang) }</label>
                        <input id={ids.of("new-year")} data-testid="new-year" inputmode="numeric" value={(*year).clone()}
                            oninput={bind(&year)} aria-invalid={year_num.is_none().to_string()} />
                        if year_num.is_none() {
                            <p class="djzp-error">{ M::YearInvalid.get(lang) }</p>
                        }
                    </div>
                    <div class="djzp-field">
                        <label for={ids.of("new-assessor")} class="djzp-label">{ M::Assessor.get(lang) }</label>
                        <input id={ids.of("new-assessor")} data-testid="new-assessor" value={(*assessor).clone()} oninput={bind(&assessor)} />
                    </div>
                    <div class="djzp-field">
                        <label for={ids.of("new-date")} class="djzp-label">{ M::Date.get(lang) }</label>
                        <input id={ids.of("new-date")} type="date" data-testid="new-date" value={(*date).clone()} oninput={bind(&date)} />
                    </div>
                </div>
                <button type="submit" class="djzp-btn djzp-btn-primary" data-testid="start">{ M::Start.get(lang) }</button>
            </form>
        </section>
    }
}
