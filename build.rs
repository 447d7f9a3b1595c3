//! Writes the index of the shipped rubrics to `$OUT_DIR/shipped-index.json`:
//! what the picker shows of each before its file is loaded (id, version,
//! title, number of items, year, documents), in the engine's picker order.
//! The normal build fetches a rubric's file (`rubrics/<id>.json`, copied
//! next to the app) when an assessment of it is first opened; with the
//! `embed-rubrics` feature (the single-file build, the component tests) the
//! files themselves are compiled in.
//!
//! It also sets `WORKBOOK_VERSION`, a digest of everything the workbook
//! module (`crates/workbook-web`) is built from, which the app puts in the
//! module's addresses so that a browser's cache never pairs an old copy of
//! one of its two files with a new copy of the other.

use std::collections::hash_map::DefaultHasher;
use std::hash::Hasher;
use std::path::{Path, PathBuf};
use std::{env, fs};

/// What the workbook module is built from, relative to this package.
const WORKBOOK_SOURCES: [&str; 7] = [
    "crates/workbook",
    "crates/workbook-web",
    "crates/engine/src",
    "src/i18n",
    "src/i18n.rs",
    "Cargo.lock",
    "scripts/build-workbook",
];

fn files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = fs::read_dir(path)
            .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        entries.sort();
        for entry in entries {
            files(&entry, out);
        }
    } else if path.is_file() {
        out.push(path.to_owned());
    }
}

fn workbook_version() -> String {
    let mut hasher = DefaultHasher::new();
    for source in WORKBOOK_SOURCES {
        println!("cargo:rerun-if-changed={source}");
        let mut list = Vec::new();
        files(Path::new(source), &mut list);
        for file in list {
            hasher.write(file.to_string_lossy().as_bytes());
            hasher.write(&fs::read(&file).unwrap_or_default());
        }
    }
    format!("{:016x}", hasher.finish())
}

use ziping_engine::shipped::{self, Summary};

fn main() {
    // Naming what it reads replaces Cargo's default of running again on
    // any change to the package: the index is built from the engine (a
    // build dependency, which runs this again when it changes) alone.
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rustc-env=WORKBOOK_VERSION={}", workbook_version());
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
