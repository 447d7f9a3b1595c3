//! The rubrics the app knows: those shipped with it and those the user
//! imported (kept in local storage as the text of the file).
//!
//! What the picker shows of a shipped rubric (title, documents, number of
//! items) comes from an index written at build time (`build.rs`). The
//! rubric itself is compiled in with the `embed-rubrics` feature (the
//! single-file build); the normal build fetches its file,
//! `rubrics/<id>.json` next to the app, when an assessment of it is first
//! opened, which keeps 28 KB (gzip) of rubric text out of the first load.

use std::rc::Rc;

use ziping_engine::shipped::Summary;
use ziping_engine::{Rubric, RubricRef};

thread_local! {
    static INDEX: Vec<Rc<Summary>> =
        ziping_engine::json::from_str::<Vec<Summary>>(include_str!(concat!(env!("OUT_DIR"), "/shipped-index.json")))
            .unwrap_or_default()
            .into_iter()
            .map(Rc::new)
            .collect();
}

#[cfg(feature = "embed-rubrics")]
thread_local! {
    static EMBEDDED: Vec<Rc<Rubric>> = ziping_engine::shipped::SHIPPED
        .iter()
        .map(|s| s.json)
        .chain(ziping_engine::shipped::RETIRED.iter().map(|r| r.json))
        .filter_map(|json| Rubric::from_json(json).ok().map(Rc::new))
        .collect();
}

/// The shipped rubrics compiled into this build, retired versions too: all
/// of them with the `embed-rubrics` feature, none without (they are fetched
/// instead).
pub fn embedded() -> Vec<Rc<Rubric>> {
    #[cfg(feature = "embed-rubrics")]
    return EMBEDDED.with(Clone::clone);
    #[cfg(not(feature = "embed-rubrics"))]
    Vec::new()
}

/// Where the file of a shipped rubric is fetched from: `rubrics/<id>.json`
/// beside the app (the version in the query, so that a browser's cache
/// never serves an older file after an update), or
/// `rubrics/retired/<id>-<version>.json` for a retired version.
pub fn file_path(meta: &Summary) -> String {
    let id = js_sys::encode_uri_component(&meta.id);
    let version = js_sys::encode_uri_component(&meta.version);
    if meta.retired {
        format!("rubrics/retired/{id}-{version}.json")
    } else {
        format!("rubrics/{id}.json?v={version}")
    }
}

/// The JSON text of a shipped rubric: compiled in with the
/// `embed-rubrics` feature, else fetched from beside the app.
pub async fn shipped_text(meta: &Summary) -> Result<String, String> {
    #[cfg(feature = "embed-rubrics")]
    if let Some(s) = ziping_engine::shipped::SHIPPED
        .iter()
        .find(|s| s.id == meta.id)
    {
        return Ok(s.json.to_owned());
    }
    crate::browser::fetch_text(&crate::browser::beside_app(&file_path(meta))).await
}

/// The imported rubric texts that still validate, read once per change of
/// the texts (reading a large rubric takes milliseconds).
pub fn read_imported(texts: &[Rc<str>]) -> Vec<Rc<Rubric>> {
    texts
        .iter()
        .filter_map(|t| Rubric::from_json(t).ok().map(Rc::new))
        .collect()
}

/// Shipped and imported rubrics together.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Catalogue {
    /// Every rubric a new assessment may use: shipped first (in picker
    /// order), then imported ones in the order imported.
    pub metas: Vec<Rc<Summary>>,
    /// How many of [`Self::metas`] are shipped.
    pub shipped: usize,
    /// Retired versions of shipped rubrics: work saved against them opens
    /// as it was, and no new assessment uses them.
    pub retired: Vec<Rc<Summary>>,
    /// The rubrics at hand: embedded or fetched shipped ones and every
    /// imported one.
    pub loaded: Vec<Rc<Rubric>>,
}

impl Catalogue {
    /// The shipped rubrics, the `fetched` ones among them, and the imported
    /// ones (see [`read_imported`]).
    pub fn new(imported: &[Rc<Rubric>], fetched: &[Rc<Rubric>]) -> Catalogue {
        let (retired, mut metas): (Vec<_>, Vec<_>) = INDEX
            .with(Clone::clone)
            .into_iter()
            .partition(|m| m.retired);
        let shipped = metas.len();
        metas.extend(imported.iter().map(|r| Rc::new(Summary::of(r))));
        let mut loaded = embedded();
        loaded.extend(fetched.iter().cloned());
        loaded.extend(imported.iter().cloned());
        Catalogue {
            metas,
            shipped,
            retired,
            loaded,
        }
    }

    /// What is known of the rubric with this id and version.
    pub fn meta(&self, id: &str, version: &str) -> Option<&Rc<Summary>> {
        self.metas
            .iter()
            .chain(&self.retired)
            .find(|m| m.is(id, version))
    }

    /// The current version of a shipped rubric when `r` is a retired one.
    pub fn successor(&self, r: &RubricRef) -> Option<&Rc<Summary>> {
        if !self.retired.iter().any(|m| m.is(&r.id, &r.version)) {
            return None;
        }
        self.metas[..self.shipped].iter().find(|m| m.id == r.id)
    }

    /// The rubric an assessment refers to, if its file is at hand.
    pub fn for_ref(&self, r: &RubricRef) -> Option<Rc<Rubric>> {
        self.loaded
            .iter()
            .find(|l| l.id == r.id && l.version == r.version)
            .cloned()
    }

    /// The shipped rubrics among `refs` whose file is not at hand yet, each
    /// once; for a retired version, its successor too (to offer carrying
    /// the answers over).
    pub fn missing<'a>(&self, refs: impl IntoIterator<Item = &'a RubricRef>) -> Vec<Rc<Summary>> {
        let mut out: Vec<Rc<Summary>> = Vec::new();
        for r in refs {
            let shipped = self.metas[..self.shipped]
                .iter()
                .chain(&self.retired)
                .find(|m| m.is(&r.id, &r.version));
            let wanted = shipped.into_iter().chain(self.successor(r));
            for m in wanted {
                let at_hand = self.loaded.iter().any(|l| m.is(&l.id, &l.version));
                if !at_hand && !out.iter().any(|o| Rc::ptr_eq(o, m)) {
                    out.push(m.clone());
                }
            }
        }
        out
    }

    /// The versions known of a rubric id.
    pub fn versions(&self, id: &str) -> Vec<String> {
        self.metas
            .iter()
            .chain(&self.retired)
            .filter(|r| r.id == id)
            .map(|r| r.version.clone())
            .collect()
    }

    /// True for a rubric the user imported.
    pub fn is_imported(&self, index: usize) -> bool {
        index >= self.shipped
    }
}
