//! How long export and import take natively, and how large the files are.
//!
//! Run with `cargo run --release -p ziping-workbook --example timings`.
//! Prints one line per shipped rubric and one for a rubric of 2,000 items
//! (the most a sheet may hold).

use std::time::Instant;

use ziping_engine::shipped::SHIPPED;
use ziping_engine::Rubric;
use ziping_workbook::{from_workbook, to_workbook};

fn measure(name: &str, rubric: &Rubric) {
    const RUNS: u32 = 5;
    let start = Instant::now();
    let mut bytes = Vec::new();
    for _ in 0..RUNS {
        bytes = to_workbook(rubric).unwrap_or_default();
    }
    let export = start.elapsed() / RUNS;
    let start = Instant::now();
    let mut same = false;
    for _ in 0..RUNS {
        same = from_workbook(&bytes).is_ok_and(|r| &r.rubric == rubric);
    }
    let import = start.elapsed() / RUNS;
    println!(
        "{name:<24} {:>5} items  {:>7} bytes  export {:>8.2?}  import {:>8.2?}  {}",
        rubric.sections.iter().map(|s| s.items.len()).sum::<usize>(),
        bytes.len(),
        export,
        import,
        if same { "identical" } else { "DIFFERENT" }
    );
}

fn main() {
    for s in SHIPPED {
        if let Ok(r) = Rubric::from_json(s.json) {
            measure(s.id, &r);
        }
    }
    // 2,000 items: the shipped branch self-check's first item, repeated.
    if let Some(Ok(mut r)) = ziping_engine::shipped::load("branch-standard") {
        let mut item = r.sections[0].items[0].clone();
        item.applies_if = None;
        item.missed = None;
        let mut items = Vec::new();
        for i in 0..2_000 {
            let mut it = item.clone();
            it.id = format!("item-{i}");
            items.push(it);
        }
        r.sections.truncate(1);
        r.sections[0].points = items.iter().map(|i| i.points).sum();
        r.sections[0].items = items;
        r.grades.retain(|g| g.min <= r.sections[0].points);
        r.pass = None;
        measure("2000-items", &r);
    }
}
