//! One rubric item: what is asked, where it comes from, the input that fits
//! its kind, and the engine's verdict.

use std::rc::Rc;

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;
use ziping_engine::review::{ItemComparison, Side};
use ziping_engine::{
    Check, DocumentKind, Item, ItemAnswer, ItemReport, Report, Rubric, Scoring, Status, Value,
};

use crate::components::inputs::choice::{Choice, Opt};
use crate::components::inputs::count::CountInput;
use crate::components::inputs::coverage::CoverageInput;
use crate::components::inputs::deadline::DeadlineInput;
use crate::components::inputs::frequency::FrequencyInput;
use crate::components::inputs::ratio::RatioInput;
use crate::components::linked_counts::LinkedCounts;
use crate::i18n::{
    answer_error_text, gap_text, level_label, status_code, status_label, Lang, M, RUBRIC_LANG,
};
use crate::ids::use_ids;
use crate::state::{Action, Entry};
use crate::view::review::{answer_text, ReviewView};
use crate::view::rollup::LinkLine;

/// Properties of [`ItemCard`]. The answers and the report are those of the
/// whole assessment, shared, so that rendering a section clones nothing per
/// card; two sets of properties are equal when this item's answer and
/// verdict are (see the `PartialEq` impl), so a keystroke re-renders only
/// the card whose answer or verdict changed.
#[derive(Properties)]
pub struct Props {
    /// Interface language.
    pub lang: Lang,
    /// The rubric.
    pub rubric: Rc<Rubric>,
    /// Index of the item's section.
    pub section: usize,
    /// Index of the item within its section.
    pub index: usize,
    /// The open assessment (its answers).
    pub entry: Rc<Entry>,
    /// The current scores.
    pub report: Rc<Report>,
    /// Where this item's verdict is in `report.items`.
    pub report_index: Option<usize>,
    /// The counts its units' files give, when it is a linked item and
    /// such files are kept.
    pub link: Option<LinkLine>,
    /// The review, when there is one.
    pub review: Option<Rc<ReviewView>>,
    /// Sends actions to the app.
    pub dispatch: Callback<Action>,
}

impl Props {
    fn item(&self) -> Option<&Item> {
        self.rubric
            .sections
            .get(self.section)
            .and_then(|s| s.items.get(self.index))
    }

    /// The answer so far.
    fn answer(&self) -> Option<&ItemAnswer> {
        let item = self.item()?;
        self.entry.assessment.answers.items.get(&item.id)
    }

    /// The engine's verdict.
    fn verdict(&self) -> Option<&ItemReport> {
        self.report_index.and_then(|i| self.report.items.get(i))
    }

    /// The reviewer's own answer to this item, if it gave one.
    fn reviewer_answer(&self) -> Option<&ItemAnswer> {
        let item = self.item()?;
        self.entry.assessment.review.answers.items.get(&item.id)
    }

    /// What the review says of this item, and who may change what now.
    fn review_line(&self) -> Option<(&ItemComparison, Option<Side>, bool)> {
        let item = self.item()?;
        let v = self.review.as_deref()?;
        Some((v.item(&item.id, self.report_index)?, v.editable, v.reviewed))
    }

    /// Whether the unit's answer may change now.
    fn own_editable(&self) -> bool {
        self.review
            .as_deref()
            .is_none_or(|v| v.editable == Some(Side::Unit))
    }

    /// The engine's verdict on the reviewer's answer.
    fn reviewed_verdict(&self) -> Option<&ItemReport> {
        let item = self.item()?;
        self.review.as_deref()?.reviewed_report.item(&item.id)
    }
}

impl PartialEq for Props {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
            && self.rubric == other.rubric
            && self.section == other.section
            && self.index == other.index
            && self.entry.assessment.year == other.entry.assessment.year
            && self.dispatch == other.dispatch
            && self.answer() == other.answer()
            && self.verdict() == other.verdict()
            && self.link == other.link
            && self.review_line() == other.review_line()
            && self.reviewer_answer() == other.reviewer_answer()
            && self.reviewed_verdict() == other.reviewed_verdict()
            && self.own_editable() == other.own_editable()
    }
}

fn check_code(c: Check) -> &'static str {
    match c {
        Check::Done => "done",
        Check::Partly => "partly",
        Check::NotDone => "not_done",
    }
}

/// The input of the item's kind for one side's answer: the unit's
/// (`reviewer` false) or the reviewer's.
fn input_for(props: &Props, item: &Item, dom: &str, reviewer: bool) -> Html {
    let lang = props.lang;
    let (answer, verdict) = if reviewer {
        (props.reviewer_answer(), props.reviewed_verdict())
    } else {
        (props.answer(), props.verdict())
    };
    let value = answer.and_then(|a| a.value.clone());
    let id = item.id.clone();
    let on_value = props.dispatch.reform(move |v: Option<Value>| {
        if reviewer {
            Action::SetReviewValue(id.clone(), v)
        } else {
            Action::SetValue(id.clone(), v)
        }
    });
    let detail = verdict.and_then(|r| r.detail.clone());
    let zh = |text: String| html! { <span lang={RUBRIC_LANG}>{ text }</span> };
    let choice = |legend: Html,
                  options: Vec<Opt>,
                  selected: Option<String>,
                  to_value: fn(&str) -> Value| {
        let on_select = on_value.reform(move |s: Option<String>| s.map(|s| to_value(&s)));
        html! { <Choice {lang} name={format!("{dom}-choice")} {legend} {options} {selected} {on_select} /> }
    };
    match &item.scoring {
        Scoring::Ratio(rule) => html! {
            <RatioInput {lang} id={dom.to_owned()} rule={rule.clone()} {value} {detail} {on_value} />
        },
        Scoring::Coverage(rule) => html! {
            <CoverageInput {lang} id={dom.to_owned()} rule={rule.clone()} {value} {detail} {on_value} />
        },
        Scoring::Frequency(rule) => html! {
            <FrequencyInput {lang} id={dom.to_owned()} rule={rule.clone()} {value} {on_value} />
        },
        Scoring::Count(rule) => html! {
            <CountInput id={format!("{dom}-count")} label={html! { M::Count.get(lang) }}
                suffix={html! { <>{ format!("{} {} ", M::Target.get(lang), rule.target) }{ zh(rule.unit.clone()) }</> }} {value} {on_value} />
        },
        Scoring::Deduction(rule) => html! {
            <CountInput id={format!("{dom}-count")} label={html! { <>{ M::Occurrences.get(lang) }{ "：" }{ zh(rule.event.clone()) }</> }}
                suffix={html! { format!("{} {} / {}", M::Deduction.get(lang), rule.per, M::TimesUnit.get(lang)) }} {value} {on_value} />
        },
        Scoring::Bonus(rule) => html! {
            <CountInput id={format!("{dom}-count")} label={html! { <>{ M::BonusOccurrences.get(lang) }{ "：" }{ zh(rule.event.clone()) }</> }}
                suffix={html! { format!("{} {} / {}", M::Bonus.get(lang), rule.per, M::TimesUnit.get(lang)) }} {value} {on_value} />
        },
        Scoring::Checklist(_) => {
            let selected = match &value {
                Some(Value::Check(c)) => Some(check_code(*c).to_owned()),
                _ => None,
            };
            let options = vec![
                Opt {
                    value: "done".into(),
                    label: M::Done.get(lang).into(),
                    lang: None,
                },
                Opt {
                    value: "partly".into(),
                    label: M::PartlyDone.get(lang).into(),
                    lang: None,
                },
                Opt {
                    value: "not_done".into(),
                    label: M::NotDone.get(lang).into(),
                    lang: None,
                },
            ];
            choice(html! { M::Verdict.get(lang) }, options, selected, |s| {
                Value::Check(match s {
                    "done" => Check::Done,
                    "partly" => Check::Partly,
                    _ => Check::NotDone,
                })
            })
        }
        Scoring::Levels(rule) => {
            let selected = match &value {
                Some(Value::Level(l)) => Some(l.clone()),
                _ => None,
            };
            let options = rule
                .levels
                .iter()
                .map(|l| Opt {
                    value: l.name.clone(),
                    label: format!("{}（{} {}）", l.name, l.points, M::Points.get(lang)),
                    lang: Some(RUBRIC_LANG),
                })
                .collect();
            choice(html! { M::Verdict.get(lang) }, options, selected, |s| {
                Value::Level(s.to_owned())
            })
        }
        Scoring::Veto(rule) => {
            let selected = match &value {
                Some(Value::Triggered(t)) => Some(if *t { "yes" } else { "no" }.to_owned()),
                _ => None,
            };
            let options = vec![
                Opt {
                    value: "no".into(),
                    label: M::VetoNotOccurred.get(lang).into(),
                    lang: None,
                },
                Opt {
                    value: "yes".into(),
                    label: M::VetoOccurred.get(lang).into(),
                    lang: None,
                },
            ];
            choice(
                html! { <>{ M::VetoQuestion.get(lang) }{ "：" }{ zh(rule.event.clone()) }</> },
                options,
                selected,
                |s| Value::Triggered(s == "yes"),
            )
        }
        Scoring::Deadline(rule) => html! {
            <DeadlineInput {lang} id={dom.to_owned()} rule={rule.clone()} year={props.entry.assessment.year} {value} {detail} {on_value} />
        },
    }
}

/// The card of one item.
#[function_component(ItemCard)]
pub fn item_card(props: &Props) -> Html {
    let ids = use_ids();
    let lang = props.lang;
    let Some(item) = props.item() else {
        return html! {};
    };
    let dom = ids.item(&item.id);
    let status = props
        .verdict()
        .map(|r| r.status)
        .unwrap_or(Status::Incomplete);
    let answer = props.answer().cloned().unwrap_or_default();
    let doc = props
        .rubric
        .documents
        .iter()
        .find(|d| d.id == item.source.document);
    let citation = doc
        .map(|d| format!("{} {}", crate::i18n::citation(d), item.source.clause))
        .unwrap_or_else(|| item.source.clause.clone());
    let quote_label = match doc.map(|d| d.kind) {
        Some(DocumentKind::Practice) => M::Requirement,
        _ => M::ShowQuote,
    };
    let points = match props.verdict() {
        Some(r) if r.status != Status::Na => format!("{} / {}", r.earned, r.possible),
        _ => item.points.to_string(),
    };
    let is_na = status == Status::Na;

    let on_na = {
        let id = item.id.clone();
        let na = answer.na;
        props
            .dispatch
            .reform(move |_| Action::SetNa(id.clone(), !na))
    };
    let on_note = {
        let id = item.id.clone();
        props.dispatch.reform(move |e: InputEvent| {
            let t: HtmlTextAreaElement = e.target_unchecked_into();
            Action::SetNote(id.clone(), t.value())
        })
    };
    let error = props.verdict().and_then(|r| r.error.as_ref());
    let gap = props
        .verdict()
        .and_then(|r| r.gap.as_ref())
        .filter(|_| status != Status::Met);
    let error_id = format!("{dom}-error");
    let note_id = format!("{dom}-note");

    html! {
        <article id={dom.clone()} tabindex="-1" data-testid="item" data-item={item.id.clone()}
            data-status={status_code(status)} class={classes!("djzp-card", "djzp-item", format!("djzp-status-{}", status_code(status)))}
            aria-labelledby={format!("{dom}-title")}>
            <header class="djzp-item-head">
                <h3 id={format!("{dom}-title")} class="djzp-item-title" lang={RUBRIC_LANG}>{ &item.title }</h3>
                <span class="djzp-badge" data-testid="item-status">{ status_label(lang, status) }</span>
                <span class="djzp-points" data-testid="item-points">{ points }{ " " }{ M::Points.get(lang) }</span>
            </header>
            <p class="djzp-item-meta">
                <span>{ M::Source.get(lang) }{ "：" }<span lang={RUBRIC_LANG}>{ citation }</span></span>
                <span>{ M::MeasuredAt.get(lang) }{ "：" }{ level_label(lang, item.level) }</span>
                if !item.responsible.is_empty() {
                    <span>{ M::Responsible.get(lang) }{ "：" }<span lang={RUBRIC_LANG}>{ &item.responsible }</span></span>
                }
            </p>
            <details class="djzp-quote">
                <summary>{ quote_label.get(lang) }</summary>
                <blockquote lang={RUBRIC_LANG}>{ &item.source.quote }</blockquote>
            </details>
            if let Some(c) = &item.applies_if {
                <p class="djzp-hint">
                    { M::AppliesOnlyIf.get(lang) }{ "：" }
                    <span lang={RUBRIC_LANG}>{ if c.note.is_empty() { c.fact.clone() } else { c.note.clone() } }</span>
                </p>
            }
            <p class="djzp-hint">{ M::Evidence.get(lang) }{ "：" }<span lang={RUBRIC_LANG}>{ &item.evidence }</span></p>
            <fieldset class="djzp-own" disabled={!props.own_editable()} data-testid="own-answer">
            if item.na_allowed {
                <label class="djzp-check" for={format!("{dom}-na")}>
                    <input type="checkbox" id={format!("{dom}-na")} checked={answer.na} onchange={on_na} data-field="na" />
                    { M::NotApplicable.get(lang) }
                </label>
            }
            if let Some(line) = props.link.clone() {
                <LinkedCounts {lang} item={item.id.clone()} {line} value={answer.value.clone()}
                    dispatch={props.dispatch.clone()} />
            }
            if !is_na || !answer.na {
                <div class="djzp-item-input" aria-describedby={error.map(|_| error_id.clone())}>
                    { input_for(props, item, &dom, false) }
                </div>
            }
            if let Some(e) = error {
                <p class="djzp-error" id={error_id} role="alert" data-testid="item-error">{ answer_error_text(lang, e) }</p>
            }
            if let Some(g) = gap {
                <p class="djzp-gap" data-testid="item-gap">{ gap_text(lang, g) }</p>
            }
            <div class="djzp-field djzp-note">
                <label for={note_id.clone()} class="djzp-label">{ M::EvidenceNote.get(lang) }</label>
                <textarea id={note_id} rows="2" value={answer.note.clone()} oninput={on_note} data-field="note" />
            </div>
            </fieldset>
            { review_part(props, item, &dom) }
        </article>
    }
}

/// The review of the item: 自评分 beside 考核分 and their difference, and
/// while reviewing, the choice to accept the unit's answer or assess it
/// anew with the same input, and the comment; otherwise what the reviewer
/// found and said.
fn review_part(props: &Props, item: &Item, dom: &str) -> Html {
    let lang = props.lang;
    let Some((line, editable, reviewed)) = props.review_line() else {
        return html! {};
    };
    let reviewing = editable == Some(Side::Reviewer);
    if !reviewed && !reviewing {
        return html! {};
    }
    let id = item.id.clone();
    let d = &props.dispatch;
    let comment = line.comment.clone().unwrap_or_default();
    let comment_id = format!("{dom}-comment");
    let anew = props.reviewer_answer().is_some();
    let choose = |to: bool| {
        let id = id.clone();
        d.reform(move |_| Action::Reassess(id.clone(), to))
    };
    let on_comment = {
        let id = id.clone();
        d.reform(move |e: InputEvent| {
            let t: HtmlTextAreaElement = e.target_unchecked_into();
            Action::SetComment(id.clone(), t.value())
        })
    };
    let on_na = {
        let id = id.clone();
        let na = props.reviewer_answer().is_some_and(|a| a.na);
        d.reform(move |_| Action::SetReviewNa(id.clone(), !na))
    };
    let error = props
        .reviewed_verdict()
        .and_then(|r| r.error.as_ref())
        .filter(|_| anew);
    html! {
        <section class={classes!("djzp-item-review", line.differs().then_some("djzp-differs"))}
            data-testid="item-review" data-differs={line.differs().to_string()}
            aria-label={M::ReviewHeading.get(lang)}>
            <p class="djzp-review-figures">
                <span>{ M::OwnScore.get(lang) }{ " " }<strong data-testid="own-score">{ line.own.to_string() }</strong></span>
                <span>{ M::ReviewedScore.get(lang) }{ " " }<strong data-testid="reviewed-score">{ line.reviewed.to_string() }</strong></span>
                <span>{ M::ScoreDifference.get(lang) }{ " " }<strong data-testid="score-difference">{ crate::view::format::difference(line.difference()) }</strong></span>
            </p>
            if reviewing {
                <div class="djzp-choice-options" role="group" aria-label={M::ReviewHeading.get(lang)}>
                    <button type="button" class={classes!("djzp-btn", "djzp-btn-small", (!anew).then_some("djzp-btn-primary"))}
                        aria-pressed={(!anew).to_string()} data-testid="accept-own" onclick={choose(false)}>
                        { M::AcceptOwn.get(lang) }
                    </button>
                    <button type="button" class={classes!("djzp-btn", "djzp-btn-small", anew.then_some("djzp-btn-primary"))}
                        aria-pressed={anew.to_string()} data-testid="reassess" onclick={choose(true)}>
                        { M::Reassess.get(lang) }
                    </button>
                </div>
                if anew {
                    <div class="djzp-item-input djzp-reviewer-input" data-testid="reviewer-input">
                        if item.na_allowed {
                            <label class="djzp-check">
                                <input type="checkbox" checked={props.reviewer_answer().is_some_and(|a| a.na)}
                                    onchange={on_na} data-field="review-na" />
                                { M::NotApplicable.get(lang) }
                            </label>
                        }
                        { input_for(props, item, &format!("{dom}-r"), true) }
                        if let Some(e) = error {
                            <p class="djzp-error" role="alert">{ answer_error_text(lang, e) }</p>
                        }
                    </div>
                }
                <div class="djzp-field">
                    <label for={comment_id.clone()} class="djzp-label">{ M::ReviewComment.get(lang) }</label>
                    <textarea id={comment_id} rows="2" value={comment} oninput={on_comment} data-field="comment" />
                </div>
            } else {
                if anew {
                    <p data-testid="reviewer-answer">{ M::ReviewerAnswer.get(lang) }{ "：" }
                        <span lang={RUBRIC_LANG}>{ answer_text(lang, props.reviewer_answer()) }</span></p>
                }
                if !comment.is_empty() {
                    <p class="djzp-review-comment" data-testid="item-comment">{ M::ReviewComment.get(lang) }{ "：" }
                        <span lang={RUBRIC_LANG}>{ comment }</span></p>
                }
            }
        </section>
    }
}
