//! A committee item's counts computed from its units' files: where they
//! come from, whether the answer matches them, and a button that fills
//! them in. Nothing is filled without that button.

use yew::prelude::*;
use ziping_engine::{parse_count, Value};

use crate::i18n::{linked_text, Lang, M};
use crate::state::Action;
use crate::view::rollup::LinkLine;

/// Properties of [`LinkedCounts`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Interface language.
    pub lang: Lang,
    /// The item's id.
    pub item: String,
    /// The computed counts.
    pub line: LinkLine,
    /// The item's answer so far.
    pub value: Option<Value>,
    /// Sends actions to the app.
    pub dispatch: Callback<Action>,
}

/// The computed counts beside a linked item's input.
#[function_component(LinkedCounts)]
pub fn linked_counts(props: &Props) -> Html {
    let lang = props.lang;
    let line = &props.line;
    let (n, d) = (line.numerator.to_string(), line.denominator.to_string());
    let entered = match &props.value {
        Some(Value::Ratio {
            numerator,
            denominator,
        }) if !(numerator.trim().is_empty() && denominator.trim().is_empty()) => {
            Some((numerator.trim().to_owned(), denominator.trim().to_owned()))
        }
        _ => None,
    };
    // Read as the engine reads counts (full-width digits too).
    let count = |t: &str| parse_count(t).ok().flatten();
    let same = entered.as_ref().is_some_and(|(a, b)| {
        count(a) == Some(line.numerator) && count(b) == Some(line.denominator)
    });
    let on_fill = {
        let (item, n, d) = (props.item.clone(), n.clone(), d.clone());
        props.dispatch.reform(move |_| {
            Action::SetValue(
                item.clone(),
                Some(Value::Ratio {
                    numerator: n.clone(),
                    denominator: d.clone(),
                }),
            )
        })
    };
    let on_open = {
        let (id, version, year) = (line.source.0.clone(), line.source.1.clone(), line.year);
        props
            .dispatch
            .reform(move |_| Action::OpenSummary(id.clone(), version.clone(), year))
    };
    html! {
        <div class="djzp-linked" data-testid="linked">
            <p data-testid="linked-from">{ linked_text(lang, line) }</p>
            if same {
                <p class="djzp-hint" data-testid="linked-state" data-state="same">{ M::LinkedFilled.get(lang) }</p>
            } else if let Some((a, b)) = &entered {
                <p class="djzp-warn" data-testid="linked-state" data-state="differs">
                    { M::LinkedDiffers.get(lang) }{ format!("{a} / {b} ≠ {n} / {d}") }
                </p>
            }
            <div class="djzp-actions">
                if !same {
                    <button type="button" class="djzp-btn djzp-btn-primary" data-testid="linked-fill" onclick={on_fill}>
                        { M::FillLinked.get(lang) }
                    </button>
                }
                <button type="button" class="djzp-btn" data-testid="linked-open" onclick={on_open}>
                    { M::OpenLinkedSummary.get(lang) }
                </button>
            </div>
        </div>
    }
}
