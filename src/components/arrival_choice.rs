//! The choice for a file that came back over the copy kept here and
//! differs from changes made here: both versions of each part side by
//! side, one to keep for each. Nothing is merged silently, and cancelling
//! changes nothing.

use std::rc::Rc;

use yew::prelude::*;
use ziping_engine::review::Part;

use crate::i18n::{Lang, M, RUBRIC_LANG};
use crate::state::Action;
use crate::view::review::ChoiceLine;

/// Properties of [`ArrivalChoice`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Interface language.
    pub lang: Lang,
    /// The file's name.
    pub file: AttrValue,
    /// The parts to choose between, in words.
    pub lines: Rc<Vec<ChoiceLine>>,
    /// Whether the copy here took steps the file does not have.
    pub diverged: bool,
    /// Sends actions to the app.
    pub dispatch: Callback<Action>,
}

/// Both versions of each differing part, and the choice.
#[function_component(ArrivalChoice)]
pub fn arrival_choice(props: &Props) -> Html {
    let lang = props.lang;
    // What to keep from here; at first everything, so that nothing made
    // here is lost unless the user says so.
    let keep = {
        let lines = props.lines.clone();
        use_state(move || lines.iter().map(|l| l.part.clone()).collect::<Vec<Part>>())
    };
    let choose = |part: Part, here: bool| {
        let keep = keep.clone();
        Callback::from(move |_: Event| {
            let mut k = (*keep).clone();
            k.retain(|p| *p != part);
            if here {
                k.push(part.clone());
            }
            keep.set(k);
        })
    };
    let apply = {
        let keep = keep.clone();
        props
            .dispatch
            .reform(move |_| Action::ResolveArrival(Some(keep.iter().cloned().collect())))
    };
    html! {
        <section class="djzp-card djzp-arrival" role="dialog" aria-modal="false" aria-labelledby="djzp-arrival-title"
            data-testid="arrival">
            <h2 id="djzp-arrival-title">{ M::ArrivalTitle.get(lang) }</h2>
            <p class="djzp-hint">{ &props.file }</p>
            <p>{ M::ArrivalHint.get(lang) }</p>
            if props.diverged {
                <p class="djzp-warning" data-testid="arrival-diverged">{ M::ArrivalDiverged.get(lang) }</p>
            }
            <table class="djzp-table">
                <thead><tr>
                    <th scope="col">{ M::ColItem.get(lang) }</th>
                    <th scope="col">{ M::HereVersion.get(lang) }</th>
                    <th scope="col">{ M::FileVersion.get(lang) }</th>
                </tr></thead>
                <tbody>
                    { for props.lines.iter().enumerate().map(|(i, l)| {
                        let here = keep.contains(&l.part);
                        let group = format!("djzp-arrival-{i}");
                        html! {
                            <tr data-testid="arrival-line">
                                <th scope="row" lang={RUBRIC_LANG}>{ &l.title }</th>
                                <td>
                                    <label class="djzp-check">
                                        <input type="radio" name={group.clone()} checked={here}
                                            onchange={choose(l.part.clone(), true)} data-choice="here" />
                                        { M::KeepHere.get(lang) }{ "：" }<span lang={RUBRIC_LANG}>{ &l.here }</span>
                                    </label>
                                </td>
                                <td>
                                    <label class="djzp-check">
                                        <input type="radio" name={group} checked={!here}
                                            onchange={choose(l.part.clone(), false)} data-choice="file" />
                                        { M::TakeFile.get(lang) }{ "：" }<span lang={RUBRIC_LANG}>{ &l.file }</span>
                                    </label>
                                </td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            <div class="djzp-actions">
                <button type="button" class="djzp-btn djzp-btn-primary" data-testid="arrival-apply" onclick={apply}>
                    { M::ArrivalApply.get(lang) }
                </button>
                <button type="button" class="djzp-btn" data-testid="arrival-copy"
                    onclick={props.dispatch.reform(|_| Action::ArrivalAsCopy)}>{ M::ArrivalCopy.get(lang) }</button>
                <button type="button" class="djzp-btn" data-testid="arrival-cancel"
                    onclick={props.dispatch.reform(|_| Action::ResolveArrival(None))}>{ M::Cancel.get(lang) }</button>
            </div>
        </section>
    }
}
