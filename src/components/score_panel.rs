//! The score panel: total, grade, veto banner, completion, section bars and
//! the radar chart. On narrow screens it becomes a summary bar.

use std::rc::Rc;

use yew::prelude::*;
use ziping_engine::{Points, Report, Rubric};

use crate::components::radar::Radar;
use crate::i18n::{Lang, M, RUBRIC_LANG};
use crate::state::Action;
use crate::view::format;

/// Properties of [`ScorePanel`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Interface language.
    pub lang: Lang,
    /// The rubric scored.
    pub rubric: Rc<Rubric>,
    /// Its current report.
    pub report: Rc<Report>,
    /// Jumps to an item's card.
    pub on_jump: Callback<String>,
    /// Sends actions to the app.
    pub dispatch: Callback<Action>,
}

/// A share in per cent of hundredths, for the radar chart (display only).
fn percent(earned: i64, possible: i64) -> f64 {
    if possible <= 0 {
        0.0
    } else {
        (earned.max(0) as f64 / possible as f64 * 100.0).min(100.0)
    }
}

/// Always-visible summary of the score.
#[function_component(ScorePanel)]
pub fn score_panel(props: &Props) -> Html {
    let lang = props.lang;
    let r = &props.report;
    let grade = r
        .grade
        .clone()
        .unwrap_or_else(|| M::NoGrade.get(lang).to_owned());
    let veto = r.veto.as_ref().map(|v| {
        let title = props.rubric.item_title(&v.item);
        let item = v.item.clone();
        let onclick = props.on_jump.reform(move |_| item.clone());
        html! {
            <div class="djzp-veto" role="alert" data-testid="veto-banner">
                <strong>{ crate::i18n::veto_word(v.missed).get(lang) }</strong>{ "：" }
                <button type="button" class="djzp-link" lang={RUBRIC_LANG} {onclick}>{ title }</button>
            </div>
        }
    });
    let sections: Vec<(String, String, i64, i64, bool)> = props
        .rubric
        .sections
        .iter()
        .filter_map(|s| {
            r.section(&s.id).map(|sr| {
                (
                    s.id.clone(),
                    s.title.clone(),
                    sr.earned.hundredths(),
                    sr.possible.hundredths(),
                    sr.applicable,
                )
            })
        })
        .collect();
    let radar_points: Vec<(String, f64)> = sections
        .iter()
        .filter(|s| s.4)
        .map(|(_, title, e, p, _)| (title.clone(), percent(*e, *p) / 100.0))
        .collect();
    let incomplete = !r.is_complete();
    html! {
        <aside class="djzp-score" aria-label={M::Total.get(lang)} data-testid="score-panel">
            <div class="djzp-score-summary">
                <div class="djzp-total">
                    <span class="djzp-label">{ M::Total.get(lang) }</span>
                    <span class="djzp-total-value"><span data-testid="total-score">{ format::points(r.total) }</span>
                    <span class="djzp-total-max">{ " / " }{ r.max.to_string() }</span></span>
                </div>
                <div class="djzp-grade">
                    <span class="djzp-label">{ M::Grade.get(lang) }</span>
                    <span class="djzp-grade-value" data-testid="grade" lang={r.grade.is_some().then_some(RUBRIC_LANG)}>{ grade }</span>
                </div>
                <div class="djzp-completion">
                    <span class="djzp-label">{ M::Completion.get(lang) }</span>
                    <span data-testid="completion">{ format!("{}/{}", r.answered, r.applicable) }</span>
                </div>
            </div>
            { for veto }
            if incomplete {
                <p class="djzp-hint djzp-score-detail">{ M::IncompleteWarning.get(lang) }</p>
            }
            <div class="djzp-score-detail">
                <h2 class="djzp-label">{ M::SectionScores.get(lang) }</h2>
                <ul class="djzp-sections">
                    { for sections.iter().map(|(id, title, e, p, applicable)| {
                        // The bar's length in per cent of the section's points.
                        let width = format::tenths(format::per_mille((*e).max(0), *p).unwrap_or(0).min(1000));
                        let sid = id.clone();
                        let onclick = props.dispatch.reform(move |_| Action::GoSection(sid.clone()));
                        html! {
                            <li data-testid="section-score" data-section={id.clone()}>
                                <button type="button" class="djzp-section-bar-title djzp-link" lang={RUBRIC_LANG} {onclick}>{ title }</button>
                                <span class="djzp-section-value">
                                    if *applicable {
                                        { format::out_of(Points(*e), Points(*p)) }
                                    } else {
                                        { M::StatusNa.get(lang) }
                                    }
                                </span>
                                <svg class="djzp-bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true">
                                    <rect class="djzp-bar-track" width="100" height="6" />
                                    <rect class="djzp-bar-fill" {width} height="6" />
                                </svg>
                            </li>
                        }
                    }) }
                    if r.bonus.hundredths() > 0 {
                        <li data-testid="bonus-score">
                            <span>{ M::Bonus.get(lang) }</span>
                            <span class="djzp-section-value">{ format!("+{}", r.bonus) }</span>
                        </li>
                    }
                </ul>
                if radar_points.len() >= 3 {
                    <Radar label={M::Radar.get(lang)} points={radar_points} />
                }
            </div>
        </aside>
    }
}
