//! Application state.
use std::rc::Rc;
use yew::Reducible;
use crate::i18n::Lang;
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AppState { pub lang: Lang, pub rubric: Option<String> }
#[derive(Debug, Clone, PartialEq)]
pub enum Action { SetLang(Lang), PickRubric(String) }
impl Reducible for AppState {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action { Action::SetLang(l) => next.lang = l, Action::PickRubric(id) => next.rubric = Some(id) }
        Rc::new(next)
    }
}
