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

use serde_json::Value as Json;
use ziping_engine::json::{At, Fields, FromJson};
use ziping_engine::{Problem, Rubric, RubricRef};

/// What is known of a rubric without its file: enough to pick it, to start
/// an assessment of it and to check an imported assessment against it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Meta {
    /// The rubric's id.
    pub id: String,
    /// The rubric's version.
    pub version: String,
    /// The rubric's title.
    pub title: String,
    /// How many items it has.
    pub items: usize,
    /// The year its documents were written for, if any.
    pub year: Option<i32>,
    /// Its source documents.
    pub documents: Vec<DocMeta>,
}

/// A source document as the picker lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocMeta {
    /// 文号, if any.
    pub number: Option<String>,
    /// Title.
    pub title: String,
    /// Issuing body.
    pub issuer: String,
    /// Date of issue.
    pub date: String,
}

impl Meta {
    /// The index entry of a rubric at hand.
    pub fn of(r: &Rubric) -> Meta {
        Meta {
            id: r.id.clone(),
            version: r.version.clone(),
            title: r.title.clone(),
            items: r.sections.iter().map(|s| s.items.len()).sum(),
            year: r.period.year,
            documents: r
                .documents
                .iter()
                .map(|d| DocMeta {
                    number: d.number.clone(),
                    title: d.title.clone(),
                    issuer: d.issuer.clone(),
                    date: d.date.clone(),
                })
                .collect(),
        }
    }

    /// The reference an assessment of this rubric records.
    pub fn reference(&self) -> RubricRef {
        RubricRef {
            id: self.id.clone(),
            version: self.version.clone(),
            title: self.title.clone(),
        }
    }

    fn is(&self, id: &str, version: &str) -> bool {
        self.id == id && self.version == version
    }
}

impl FromJson for Meta {
    fn read(value: Json, at: &At<'_>) -> Result<Meta, Problem> {
        let mut f = Fields::lenient(value, at, "a rubric index entry")?;
        Ok(Meta {
            id: f.req("id")?,
            version: f.req("version")?,
            title: f.req("title")?,
            items: f.req("items")?,
            year: f.or_default("year")?,
            documents: f.or_default("documents")?,
        })
    }
}

impl FromJson for DocMeta {
    fn read(value: Json, at: &At<'_>) -> Result<DocMeta, Problem> {
        let mut f = Fields::lenient(value, at, "a document")?;
        Ok(DocMeta {
            number: f.or_default("number")?,
            title: f.req("title")?,
            issuer: f.or_default("issuer")?,
            date: f.or_default("date")?,
        })
    }
}

thread_local! {
    static INDEX: Vec<Rc<Meta>> =
        ziping_engine::json::from_str::<Vec<Meta>>(include_str!(concat!(env!("OUT_DIR"), "/shipped-index.json")))
            .unwrap_or_default()
            .into_iter()
            .map(Rc::new)
            .collect();
}

#[cfg(feature = "embed-rubrics")]
thread_local! {
    static EMBEDDED: Vec<Rc<Rubric>> = ziping_engine::shipped::SHIPPED
        .iter()
        .filter_map(|s| Rubric::from_json(s.json).ok().map(Rc::new))
        .collect();
}

/// The shipped rubrics compiled into this build: all of them with the
/// `embed-rubrics` feature, none without (they are fetched instead).
pub fn embedded() -> Vec<Rc<Rubric>> {
    #[cfg(feature = "embed-rubrics")]
    return EMBEDDED.with(Clone::clone);
    #[cfg(not(feature = "embed-rubrics"))]
    Vec::new()
}

/// Where the file of a shipped rubric is fetched from: `rubrics/<id>.json`
/// beside the app (the version in the query, so that a browser's cache
/// never serves an older file after an update).
pub fn file_path(meta: &Meta) -> String {
    format!(
        "rubrics/{}.json?v={}",
        js_sys::encode_uri_component(&meta.id),
        js_sys::encode_uri_component(&meta.version)
    )
}

/// Shipped and imported rubrics together.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Catalogue {
    /// Every known rubric: shipped first (in picker order), then imported
    /// ones in the order imported.
    pub metas: Vec<Rc<Meta>>,
    /// How many of [`Self::metas`] are shipped.
    pub shipped: usize,
    /// The rubrics at hand: embedded or fetched shipped ones and every
    /// imported one that still validates.
    pub loaded: Vec<Rc<Rubric>>,
}

impl Catalogue {
    /// The shipped rubrics, the `fetched` ones among them, and the imported
    /// texts that still validate.
    pub fn new(imported: &[Rc<str>], fetched: &[Rc<Rubric>]) -> Catalogue {
        let mut metas = INDEX.with(Clone::clone);
        let shipped = metas.len();
        let mut loaded = embedded();
        loaded.extend(fetched.iter().cloned());
        for r in imported.iter().filter_map(|t| Rubric::from_json(t).ok()) {
            metas.push(Rc::new(Meta::of(&r)));
            loaded.push(Rc::new(r));
        }
        Catalogue {
            metas,
            shipped,
            loaded,
        }
    }

    /// What is known of the rubric with this id and version.
    pub fn meta(&self, id: &str, version: &str) -> Option<&Rc<Meta>> {
        self.metas.iter().find(|m| m.is(id, version))
    }

    /// The rubric an assessment refers to, if its file is at hand.
    pub fn for_ref(&self, r: &RubricRef) -> Option<Rc<Rubric>> {
        self.loaded
            .iter()
            .find(|l| l.id == r.id && l.version == r.version)
            .cloned()
    }

    /// The shipped rubrics among `refs` whose file is not at hand yet, each
    /// once.
    pub fn missing<'a>(&self, refs: impl IntoIterator<Item = &'a RubricRef>) -> Vec<Rc<Meta>> {
        let mut out: Vec<Rc<Meta>> = Vec::new();
        for r in refs {
            let shipped = self.metas[..self.shipped]
                .iter()
                .find(|m| m.is(&r.id, &r.version));
            if let Some(m) = shipped {
                if self.for_ref(r).is_none() && !out.iter().any(|o| Rc::ptr_eq(o, m)) {
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
            .filter(|r| r.id == id)
            .map(|r| r.version.clone())
            .collect()
    }

    /// True for a rubric the user imported.
    pub fn is_imported(&self, index: usize) -> bool {
        index >= self.shipped
    }
}
