//! Writes the index of the shipped rubrics to `$OUT_DIR/shipped-index.json`:
//! what the picker shows of each before its file is loaded (id, version,
//! title, number of items, year, documents), in the engine's picker order.
//! The normal build fetches a rubric's file (`rubrics/<id>.json`, copied
//! next to the app) when an assessment of it is first opened; with the
//! `embed-rubrics` feature (the single-file build, the component tests) the
//! files themselves are compiled in.

use std::path::Path;
use std::{env, fs};

use ziping_engine::shipped::{self, Summary};

fn main() {
    let index: Vec<Summary> = shipped::load_all()
        .into_iter()
        .map(|(id, rubric)| {
            Summary::of(&rubric.unwrap_or_else(|e| panic!("rubrics/{id}.json:\n{e}")))
        })
        .chain(shipped::load_retired().into_iter().map(|(r, rubric)| {
            let rubric = rubric
                .unwrap_or_else(|e| panic!("rubrics/retired/{}-{}.json:\n{e}", r.id, r.version));
            // What a retired version needs: to be known, found and fetched
            // (no picker lists it).
            Summary {
                retired: true,
                documents: Vec::new(),
                targets: Vec::new(),
                ..Summary::of(&rubric)
            }
        }))
        .collect();
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("shipped-index.json");
    let text = serde_json::to_string(&index).expect("the index serialises");
    fs::write(out, text).expect("write shipped-index.json");
}
