//! The rubrics the app knows: those shipped in the build and those the user
//! imported (kept in local storage as the text of the file).

use std::rc::Rc;

use ziping_engine::{shipped, Rubric, RubricRef};

thread_local! {
    static SHIPPED: Vec<Rc<Rubric>> = shipped::SHIPPED
        .iter()
        .filter_map(|s| Rubric::from_json(s.json).ok().map(Rc::new))
        .collect();
}

/// Every shipped rubric, in picker order. Each is validated by the engine's
/// tests, so none is expected to be skipped here.
pub fn shipped() -> Vec<Rc<Rubric>> {
    SHIPPED.with(Clone::clone)
}

/// Shipped and imported rubrics together.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Catalogue {
    /// Shipped rubrics first, then imported ones in the order imported.
    pub rubrics: Vec<Rc<Rubric>>,
    /// How many of [`Self::rubrics`] are shipped.
    pub shipped: usize,
}

impl Catalogue {
    /// The shipped rubrics plus the imported texts that still validate.
    pub fn new(imported: &[Rc<str>]) -> Catalogue {
        let mut rubrics = shipped();
        let shipped = rubrics.len();
        rubrics.extend(
            imported
                .iter()
                .filter_map(|t| Rubric::from_json(t).ok().map(Rc::new)),
        );
        Catalogue { rubrics, shipped }
    }

    /// The rubric with this id and version.
    pub fn find(&self, id: &str, version: &str) -> Option<Rc<Rubric>> {
        self.rubrics
            .iter()
            .find(|r| r.id == id && r.version == version)
            .cloned()
    }

    /// The rubric an assessment refers to.
    pub fn for_ref(&self, r: &RubricRef) -> Option<Rc<Rubric>> {
        self.find(&r.id, &r.version)
    }

    /// The versions known of a rubric id.
    pub fn versions(&self, id: &str) -> Vec<String> {
        self.rubrics
            .iter()
            .filter(|r| r.id == id)
            .map(|r| r.version.clone())
            .collect()
    }

    /// True for a rubric the user imported.
    pub fn is_imported(&self, index: usize) -> bool {
        index >= self.shipped
    }
}
