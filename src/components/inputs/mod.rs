//! One input component per item kind. Each shows the value as typed and
//! reports changes as `Option<Value>` (`None` = blank).

pub mod choice;
pub mod count;
pub mod coverage;
pub mod deadline;
pub mod frequency;
pub mod ratio;

use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The text of the input an event came from.
pub fn input_text(e: &InputEvent) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}
