//! The header fields of the open assessment: unit, year, assessor, date.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::{Lang, M, RUBRIC_LANG};
use crate::ids::use_ids;
use crate::state::{Action, MetaField};

/// Properties of [`MetaForm`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Interface language.
    pub lang: Lang,
    /// 单位/支部.
    pub unit: AttrValue,
    /// The year assessed.
    pub year: i32,
    /// 填表人.
    pub assessor: AttrValue,
    /// 填表日期 (YYYY-MM-DD, or empty).
    pub date: AttrValue,
    /// Its rubric's title.
    pub rubric_title: AttrValue,
    /// Sends actions to the app.
    pub dispatch: Callback<Action>,
}

/// Editable header fields; the year is only taken when it is a real year.
#[function_component(MetaForm)]
pub fn meta_form(props: &Props) -> Html {
    let ids = use_ids();
    let lang = props.lang;
    let year_text = use_state(|| props.year.to_string());
    {
        let year_text = year_text.clone();
        use_effect_with(props.year, move |y| {
            if year_text.trim().parse::<i32>().ok() != Some(*y) {
                year_text.set(y.to_string());
            }
        });
    }
    let field = |f: MetaField| {
        props.dispatch.reform(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            Action::SetMeta(f, input.value())
        })
    };
    let on_year = {
        let year_text = year_text.clone();
        let d = props.dispatch.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let v = input.value();
            year_text.set(v.clone());
            d.emit(Action::SetMeta(MetaField::Year, v));
        })
    };
    let year_ok = year_text
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|y| ziping_engine::YEARS.contains(y))
        .is_some();
    html! {
        <section class="djzp-meta" aria-label={M::Unit.get(lang)}>
            <p class="djzp-meta-rubric" lang={RUBRIC_LANG}>{ &props.rubric_title }</p>
            <div class="djzp-meta-fields">
                <div class="djzp-field">
                    <label for={ids.of("meta-unit")} class="djzp-label">{ M::Unit.get(lang) }</label>
                    <input id={ids.of("meta-unit")} data-testid="meta-unit" value={props.unit.clone()} oninput={field(MetaField::Unit)} />
                </div>
                <div class="djzp-field djzp-field-narrow">
                    <label for={ids.of("meta-year")} class="djzp-label">{ M::Year.get(lang) }</label>
                    <input id={ids.of("meta-year")} data-testid="meta-year" inputmode="numeric" value={(*year_text).clone()}
                        oninput={on_year} aria-invalid={(!year_ok).to_string()} />
                    if !year_ok {
                        <p class="djzp-error">{ M::YearInvalid.get(lang) }</p>
                    }
                </div>
                <div class="djzp-field">
                    <label for={ids.of("meta-assessor")} class="djzp-label">{ M::Assessor.get(lang) }</label>
                    <input id={ids.of("meta-assessor")} data-testid="meta-assessor" value={props.assessor.clone()} oninput={field(MetaField::Assessor)} />
                </div>
                <div class="djzp-field djzp-field-narrow">
                    <label for={ids.of("meta-date")} class="djzp-label">{ M::Date.get(lang) }</label>
                    <input id={ids.of("meta-date")} type="date" data-testid="meta-date" value={props.date.clone()} oninput={field(MetaField::Date)} />
                </div>
            </div>
        </section>
    }
}
