//! DOM ids unique to one widget. A page may hold several widgets (see
//! [`crate::embed`]); every `id`, label `for` and radio-group name is built
//! from the widget's own prefix so they never collide.

use std::rc::Rc;

use yew::prelude::*;

/// The id prefix of one widget, e.g. `djzp` or `djzp2`.
#[derive(Debug, Clone, PartialEq)]
pub struct Ids(pub Rc<str>);

impl Default for Ids {
    fn default() -> Self {
        Ids(Rc::from("djzp"))
    }
}

impl Ids {
    /// The id of a named element: `<prefix>-<name>`.
    pub fn of(&self, name: &str) -> String {
        format!("{}-{name}", self.0)
    }

    /// The id of an item's card.
    pub fn item(&self, item: &str) -> String {
        format!("{}-item-{item}", self.0)
    }
}

/// The ids of the widget this component is in.
#[hook]
pub fn use_ids() -> Ids {
    use_context::<Ids>().unwrap_or_default()
}
