//! An open assessment: header fields, tabs, the current screen and the
//! always-visible score panel.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;
use ziping_engine::{Report, Rubric};

use crate::components::facts_card::FactsCard;
use crate::components::item_card::ItemCard;
use crate::components::meta_form::MetaForm;
use crate::components::print_report::PrintReport;
use crate::components::rectification::RectificationList;
use crate::components::review_bar::ReviewBar;
use crate::components::score_panel::ScorePanel;
use crate::components::section_nav::SectionNav;
use crate::components::shortfalls::Shortfalls;
use crate::components::version_banner::version_banner;
use crate::export;
use crate::i18n::{Lang, M, RUBRIC_LANG};
use crate::ids::use_ids;
use crate::state::{Action, Entry, Notice, Screen};
use crate::view::review::{review_view, ReviewView};
use crate::view::rollup::LinkLine;
use crate::view::versions::Upgrade;

/// Sections with more items than this let the browser skip the cards out of
/// view (see `.djzp-items-long` in the stylesheet).
const LONG_SECTION: usize = 20;

/// Properties of [`Workspace`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Interface language.
    pub lang: Lang,
    /// The open assessment.
    pub entry: Rc<Entry>,
    /// Its rubric.
    pub rubric: Rc<Rubric>,
    /// Its current scores.
    pub report: Rc<Report>,
    /// The scores of its reviewed answers, where the review gives any.
    pub reviewed: Option<Rc<Report>>,
    /// Whether to remind the user to export it (see [`Entry::export_due`]).
    pub export_due: bool,
    /// The counts its linked items take from its units' files.
    pub links: Rc<Vec<LinkLine>>,
    /// What it is offered when its rubric version is retired.
    pub upgrade: Option<Rc<Upgrade>>,
    /// Whether only the items where the review differs are shown.
    pub differing_only: bool,
    /// Sends actions to the app.
    pub dispatch: Callback<Action>,
}

/// The open assessment.
#[function_component(Workspace)]
pub fn workspace(props: &Props) -> Html {
    let ids = use_ids();
    let lang = props.lang;
    let rubric = &props.rubric;
    let entry = &props.entry;
    let report = &props.report;
    let d = &props.dispatch;

    // After a jump to an item (from the shortfalls), bring its card into view.
    let focus = use_state(|| None::<String>);
    {
        let focus = focus.clone();
        let ids = ids.clone();
        use_effect_with((*focus).clone(), move |target| {
            if let Some(id) = target {
                let el = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|doc| doc.get_element_by_id(&ids.item(id)));
                if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                    el.scroll_into_view();
                    let _ = el.focus();
                }
                focus.set(None);
            }
        });
    }
    let on_jump = {
        let d = d.clone();
        let focus = focus.clone();
        let rubric = rubric.clone();
        Callback::from(move |item: String| {
            if let Some(s) = rubric
                .sections
                .iter()
                .find(|s| s.items.iter().any(|i| i.id == item))
            {
                d.emit(Action::GoSection(s.id.clone()));
            }
            focus.set(Some(item));
        })
    };

    // The review, once per change of the answers, the review or the
    // language; `None` for a plain self-assessment.
    let review: Option<Rc<ReviewView>> = {
        // The reports are the app's, scored once per change of the answers
        // (see `Scores`): nothing is scored here.
        let standing = props.reviewed.clone().unwrap_or_else(|| report.clone());
        let key = (
            lang,
            rubric.clone(),
            report.clone(),
            standing,
            entry.assessment.review.clone(),
        );
        (*use_memo(key, |(lang, rubric, own, standing, r)| {
            review_view(*lang, rubric, r, own, standing).map(Rc::new)
        }))
        .clone()
    };
    let own_editable = review
        .as_deref()
        .is_none_or(|v| v.editable == Some(ziping_engine::review::Side::Unit));
    let card = |si: usize, i: usize, item: &ziping_engine::Item, report_index: Option<usize>| {
        html! {
            <ItemCard key={item.id.clone()} {lang} rubric={rubric.clone()}
                section={si} index={i} entry={entry.clone()}
                report={report.clone()} {report_index}
                link={props.links.iter().find(|l| l.item == item.id).cloned()}
                review={review.clone()} dispatch={d.clone()} />
        }
    };

    let section_index = entry
        .section
        .as_deref()
        .and_then(|id| rubric.sections.iter().position(|s| s.id == id))
        .unwrap_or(0);

    let on_export = {
        let d = d.clone();
        let entry = entry.clone();
        let rubric = rubric.clone();
        Callback::from(
            move |_| match export::download(&entry.assessment, &rubric) {
                Ok(()) => d.emit(Action::Exported(entry.id, crate::browser::now())),
                Err(e) => d.emit(Action::Notify(Notice::ExportFailed(e))),
            },
        )
    };
    let on_print = {
        let d = d.clone();
        Callback::from(move |_| {
            d.emit(Action::GoScreen(Screen::Report));
            // Print after the report has rendered.
            yew::platform::spawn_local(async {
                yew::platform::time::sleep(std::time::Duration::from_millis(50)).await;
                if let Some(w) = web_sys::window() {
                    let _ = w.print();
                }
            });
        })
    };
    let tab = |screen: Screen, label: M, testid: &'static str| {
        let selected = entry.screen == screen;
        let onclick = d.reform(move |_| Action::GoScreen(screen));
        html! {
            <button type="button" role="tab" aria-selected={selected.to_string()} data-testid={testid}
                class={classes!("djzp-tab", selected.then_some("djzp-tab-active"))} {onclick}>
                { label.get(lang) }
            </button>
        }
    };

    let ids_dom = ids.of("content");
    let differing = review
        .as_deref()
        .filter(|v| props.differing_only && v.reviewed)
        .map(|v| v.differing.clone());
    let content = match entry.screen {
        Screen::Scoring if differing.is_some() => {
            let ids = differing.unwrap_or_default();
            html! {
                <div class="djzp-items" id={ids_dom.clone()} data-testid="differing-items">
                    if ids.is_empty() {
                        <p class="djzp-card">{ M::NoDifferences.get(lang) }</p>
                    }
                    { for rubric.sections.iter().enumerate().flat_map(|(si, s)| {
                        let ids = ids.clone();
                        let card = &card;
                        s.items.iter().enumerate().filter(move |(_, it)| ids.contains(&it.id)).map(move |(i, it)| {
                            let report_index = report.items.iter().position(|r| r.id == it.id);
                            card(si, i, it, report_index)
                        })
                    }) }
                </div>
            }
        }
        Screen::Scoring => {
            let section =
                &rubric.sections[section_index.min(rubric.sections.len().saturating_sub(1))];
            let prev = section_index
                .checked_sub(1)
                .and_then(|i| rubric.sections.get(i))
                .map(|s| s.id.clone());
            let next = rubric.sections.get(section_index + 1).map(|s| s.id.clone());
            let first_report = section
                .items
                .first()
                .and_then(|first| report.items.iter().position(|r| r.id == first.id))
                .unwrap_or(0);
            html! {
                <div class="djzp-scoring">
                    <SectionNav {lang} rubric={rubric.clone()} report={report.clone()}
                        current={section.id.clone()} dispatch={d.clone()} />
                    <div class={classes!("djzp-items", (section.items.len() > LONG_SECTION).then_some("djzp-items-long"))} id={ids.of("content")}>
                        if !rubric.facts.is_empty() {
                            <fieldset class="djzp-own" disabled={!own_editable}>
                                <FactsCard {lang} rubric={rubric.clone()}
                                    facts={entry.assessment.answers.facts.clone()} dispatch={d.clone()} />
                            </fieldset>
                        }
                        <h2 class="djzp-section-heading" data-testid="section-heading" lang={RUBRIC_LANG}>{ &section.title }</h2>
                        { for section.items.iter().enumerate().map(|(i, item)| {
                            // The report lists items in rubric order: this
                            // section's start is found once, not per item.
                            let report_index = Some(first_report + i)
                                .filter(|&at| report.items.get(at).is_some_and(|r| r.id == item.id))
                                .or_else(|| report.items.iter().position(|r| r.id == item.id));
                            card(section_index, i, item, report_index)
                        }) }
                        <nav class="djzp-pager" aria-label={M::Sections.get(lang)}>
                            if let Some(p) = prev {
                                <button type="button" class="djzp-btn" onclick={d.reform(move |_| Action::GoSection(p.clone()))}>
                                    { "← " }{ M::PrevSection.get(lang) }
                                </button>
                            }
                            if let Some(n) = next {
                                <button type="button" class="djzp-btn djzp-btn-primary" data-testid="next-section"
                                    onclick={d.reform(move |_| Action::GoSection(n.clone()))}>
                                    { M::NextSection.get(lang) }{ " →" }
                                </button>
                            }
                        </nav>
                    </div>
                </div>
            }
        }
        Screen::Rectification => html! {
            <div class="djzp-rect-screen" id={ids.of("content")}>
                <Shortfalls {lang} rubric={rubric.clone()} report={report.clone()} on_jump={on_jump.clone()} />
                <RectificationList {lang} rubric={rubric.clone()} report={report.clone()}
                    entry={entry.clone()} locked={!own_editable} dispatch={d.clone()} />
            </div>
        },
        Screen::Report => html! {
            <div id={ids.of("content")}>
                <PrintReport {lang} rubric={rubric.clone()} report={report.clone()} reviewed={props.reviewed.clone()}
                    assessment={entry.assessment.clone()} />
            </div>
        },
    };

    html! {
        <div class="djzp-workspace" data-testid="workspace" data-screen={match entry.screen {
            Screen::Scoring => "scoring",
            Screen::Rectification => "rectification",
            Screen::Report => "report",
        }}>
            <div class="djzp-toolbar djzp-no-print">
                <button type="button" class="djzp-btn" onclick={d.reform(|_| Action::Close)} data-testid="back">
                    { "← " }{ M::BackToList.get(lang) }
                </button>
                <div class="djzp-tabs" role="tablist">
                    { tab(Screen::Scoring, M::TabScoring, "tab-scoring") }
                    { tab(Screen::Rectification, M::TabRectification, "tab-rectification") }
                    { tab(Screen::Report, M::TabReport, "tab-report") }
                </div>
                <div class="djzp-toolbar-end">
                    if props.export_due {
                        <span class="djzp-export-reminder" role="status" data-testid="export-reminder">
                            { if report.answered >= report.applicable { M::ExportDueComplete } else { M::ExportDueOld }.get(lang) }
                        </span>
                    }
                    <button type="button" class="djzp-btn" onclick={on_export} data-testid="export">{ M::Export.get(lang) }</button>
                    <button type="button" class="djzp-btn" onclick={on_print} data-testid="print">{ M::Print.get(lang) }</button>
                </div>
            </div>
            if let Some(upgrade) = &props.upgrade {
                { version_banner(lang, entry.id, &entry.assessment.rubric.id, upgrade, d) }
            }
            <fieldset class="djzp-no-print djzp-own" disabled={!own_editable}>
                <MetaForm {lang} unit={AttrValue::from(entry.assessment.unit.clone())} year={entry.assessment.year}
                    assessor={AttrValue::from(entry.assessment.assessor.clone())}
                    date={AttrValue::from(entry.assessment.date.clone())}
                    rubric_title={AttrValue::from(rubric.title.clone())} dispatch={d.clone()} />
            </fieldset>
            <ReviewBar {lang} view={review.clone()} unit={AttrValue::from(entry.assessment.unit.clone())}
                differing_only={props.differing_only} dispatch={d.clone()} />
            <div class="djzp-work">
                <div class="djzp-work-main">{ content }</div>
                <div class="djzp-no-print djzp-work-side">
                    <ScorePanel {lang} rubric={rubric.clone()} report={report.clone()} on_jump={on_jump} dispatch={d.clone()} />
                </div>
            </div>
        </div>
    }
}
