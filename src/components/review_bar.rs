//! The review bar of an open assessment: where its review stands, the steps
//! that fit now (提交审核、开始审核、退回修改、审定签字、重新打开…), 自评 beside
//! 考核 per section and in total, the filter "只看有差异的项", and the
//! history.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;
use ziping_engine::review::Stage;

use crate::i18n::review::{stage_code, stage_label};
use crate::i18n::{Lang, M, RUBRIC_LANG};
use crate::state::{Action, ReviewStep};
use crate::view::review::ReviewView;

/// Properties of [`ReviewBar`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Interface language.
    pub lang: Lang,
    /// The review, or `None` for a plain self-assessment.
    pub view: Option<Rc<ReviewView>>,
    /// The assessed unit, offered as the name of the unit's steps.
    pub unit: AttrValue,
    /// Whether only the items where the review differs are shown.
    pub differing_only: bool,
    /// Sends actions to the app.
    pub dispatch: Callback<Action>,
}

/// The review bar.
#[function_component(ReviewBar)]
pub fn review_bar(props: &Props) -> Html {
    let lang = props.lang;
    let d = &props.dispatch;
    let view = props.view.as_deref();
    let stage = view.map_or(Stage::Draft, |v| v.stage);
    // Who takes the next step: the unit while it is its turn, otherwise the
    // committee, under the name that took its last step.
    let default_name = match stage {
        Stage::Draft | Stage::Returned => props.unit.to_string(),
        _ => view.map(|v| v.reviewer.clone()).unwrap_or_default(),
    };
    let name = use_state(|| default_name.clone());
    let reason = use_state(String::new);
    {
        let name = name.clone();
        let reason = reason.clone();
        use_effect_with((stage, default_name), move |(_, n)| {
            name.set(n.clone());
            reason.set(String::new());
        });
    }
    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| {
            name.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_reason = {
        let reason = reason.clone();
        Callback::from(move |e: InputEvent| {
            reason.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let step = |label: M, testid: &'static str, make: fn(String) -> ReviewStep, primary: bool| {
        let name = name.clone();
        let onclick = d.reform(move |_| Action::Review(make((*name).clone())));
        html! {
            <button type="button" class={classes!("djzp-btn", primary.then_some("djzp-btn-primary"))}
                data-testid={testid} {onclick}>{ label.get(lang) }</button>
        }
    };
    let reopen = {
        let (name, reason) = (name.clone(), reason.clone());
        d.reform(move |_| Action::Review(ReviewStep::Reopen((*name).clone(), (*reason).clone())))
    };
    let hint = match stage {
        Stage::Draft => M::ReviewHintDraft,
        Stage::Submitted => M::ReviewHintSubmitted,
        Stage::InReview => M::ReviewHintInReview,
        Stage::Returned => M::ReviewHintReturned,
        Stage::Approved => M::ReviewHintApproved,
    };
    let buttons = match stage {
        Stage::Draft => html! { <>
            { step(M::ReviewSubmit, "review-submit", ReviewStep::Submit, true) }
            { step(M::ReviewStart, "review-start", ReviewStep::Start, false) }
        </> },
        Stage::Submitted => {
            // Only the unit withdraws: under its own name, while the field
            // takes the reviewer's for 开始审核.
            let unit = props.unit.to_string();
            let withdraw = d.reform(move |_| Action::Review(ReviewStep::Withdraw(unit.clone())));
            html! { <>
                { step(M::ReviewStart, "review-start", ReviewStep::Start, true) }
                <button type="button" class="djzp-btn" data-testid="review-withdraw" onclick={withdraw}>
                    { M::ReviewWithdraw.get(lang) }
                </button>
            </> }
        }
        Stage::InReview => html! { <>
            { step(M::ReviewReturn, "review-return", ReviewStep::Return, false) }
            { step(M::ReviewSignOff, "review-signoff", ReviewStep::SignOff, true) }
        </> },
        Stage::Returned => step(M::ReviewResubmit, "review-submit", ReviewStep::Submit, true),
        Stage::Approved => html! { <>
            <label class="djzp-field">
                <span class="djzp-label">{ M::ReviewReason.get(lang) }</span>
                <input type="text" class="djzp-input" value={(*reason).clone()} oninput={on_reason}
                    data-testid="review-reason" />
            </label>
            <button type="button" class="djzp-btn" data-testid="review-reopen" onclick={reopen}>
                { M::ReviewReopen.get(lang) }
            </button>
        </> },
    };
    let scores = view.filter(|v| v.reviewed).map(|v| {
        let on_filter = d.reform(|e: Event| {
            Action::DifferingOnly(e.target_unchecked_into::<HtmlInputElement>().checked())
        });
        let grade = |g: &Option<String>| g.clone().unwrap_or_else(|| M::NoGrade.get(lang).to_owned());
        html! {
            <div class="djzp-review-scores">
                <p class="djzp-review-totals" data-testid="review-totals">
                    <span>{ M::OwnTotal.get(lang) }{ "：" }<strong data-testid="own-total">{ v.total.0.to_string() }</strong>
                        { "（" }<span lang={RUBRIC_LANG}>{ grade(&v.grades.0) }</span>{ "）" }</span>
                    <span>{ M::ReviewedTotal.get(lang) }{ "：" }<strong data-testid="reviewed-total">{ v.total.1.to_string() }</strong>
                        { "（" }<span lang={RUBRIC_LANG}>{ grade(&v.grades.1) }</span>{ "）" }</span>
                    <span>{ M::ScoreDifference.get(lang) }{ "：" }<strong data-testid="total-difference">{ crate::view::format::difference(v.total.2) }</strong></span>
                </p>
                <table class="djzp-table djzp-review-sections" data-testid="review-sections">
                    <thead><tr>
                        <th scope="col">{ M::Sections.get(lang) }</th>
                        <th scope="col">{ M::OwnScore.get(lang) }</th>
                        <th scope="col">{ M::ReviewedScore.get(lang) }</th>
                        <th scope="col">{ M::ScoreDifference.get(lang) }</th>
                    </tr></thead>
                    <tbody>
                        { for v.sections.iter().map(|s| html! {
                            <tr data-section={s.id.clone()} class={classes!((s.difference != ziping_engine::Points::ZERO).then_some("djzp-differs"))}>
                                <th scope="row" lang={RUBRIC_LANG}>{ &s.title }</th>
                                <td>{ s.own.to_string() }</td>
                                <td>{ s.reviewed.to_string() }</td>
                                <td>{ crate::view::format::difference(s.difference) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                <label class="djzp-check">
                    <input type="checkbox" checked={props.differing_only} onchange={on_filter} data-testid="differing-only" />
                    { M::DifferingOnly.get(lang) }{ format!("（{}）", v.differing.len()) }
                </label>
            </div>
        }
    });
    let history = view.filter(|v| !v.history.is_empty()).map(|v| html! {
        <details class="djzp-review-history" data-testid="review-history">
            <summary>{ M::ReviewHistory.get(lang) }{ format!("（{}）", v.history.len()) }</summary>
            <ol>
                { for v.history.iter().map(|h| html! {
                    <li data-testid="history-line" data-side={if h.unit { "unit" } else { "reviewer" }}>
                        <span class="djzp-history-when">{ &h.when }</span>{ " " }
                        <span class="djzp-history-who">{ &h.who }</span>{ " " }
                        <span>{ &h.what }</span>
                    </li>
                }) }
            </ol>
        </details>
    });
    html! {
        <section class="djzp-card djzp-review-bar djzp-no-print" data-testid="review-bar" data-stage={stage_code(stage)}
            aria-label={M::ReviewHeading.get(lang)}>
            <div class="djzp-review-head">
                <h2 class="djzp-review-title">{ M::ReviewHeading.get(lang) }</h2>
                <span class={classes!("djzp-badge", "djzp-stage", format!("djzp-stage-{}", stage_code(stage)))}
                    data-testid="review-stage">{ stage_label(lang, stage) }</span>
                if let Some((who, when)) = view.and_then(|v| v.signed.clone()) {
                    <span data-testid="review-signed">{ M::SignedBy.get(lang) }{ "：" }{ who }{ " " }{ when }</span>
                }
            </div>
            <p class="djzp-hint">{ hint.get(lang) }</p>
            <div class="djzp-review-steps">
                <label class="djzp-field">
                    <span class="djzp-label">{ M::ReviewName.get(lang) }</span>
                    <input type="text" class="djzp-input" value={(*name).clone()} oninput={on_name}
                        data-testid="review-name" />
                </label>
                { buttons }
            </div>
            { scores.unwrap_or_default() }
            { history.unwrap_or_default() }
        </section>
    }
}
