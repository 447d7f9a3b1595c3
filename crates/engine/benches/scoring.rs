//! The engine alone, natively: how long scoring takes, without the browser.
//!
//! Run with `cargo bench -p ziping-engine --bench scoring` (or `bench/run`,
//! which prints these figures in its table). The inputs come from the
//! benchmark generator, `bench/gen-rubric.mjs` (Node.js), so the browser
//! benchmarks and these score exactly the same rubrics and answers:
//!
//! - `score/rubric-1000-items`: one assessment with every item of the
//!   synthetic 1,000-item rubric answered, scored once (what the app does on
//!   every keystroke);
//! - `score/1000-assessments`: 1,000 assessments of the shipped
//!   `branch-standard` rubric (a committee re-scoring its branches' files),
//!   answers already parsed;
//! - `import/1000-assessment-files`: the same from the files' JSON text:
//!   `Assessment::from_json`, `check_rubric`, then scoring;
//! - `parse/rubric-1000-items`: `Rubric::from_json` with validation of the
//!   1,000-item rubric (done when the app starts with it imported);
//! - `serialise/assessment-1000-items`: `Assessment::to_json` of the fully
//!   answered 1,000-item assessment (the assessment's share of the app's
//!   autosave).

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use ziping_engine::{Assessment, Rubric};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Runs `node bench/gen-rubric.mjs <args>` and returns what it printed.
fn generate(args: &[&str]) -> String {
    let out = Command::new(std::env::var("NODE").unwrap_or_else(|_| "node".to_owned()))
        .arg(root().join("bench/gen-rubric.mjs"))
        .args(args)
        .output()
        .expect("these benchmarks need Node.js (node) to generate their inputs");
    assert!(
        out.status.success(),
        "bench/gen-rubric.mjs {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("the generator writes UTF-8")
}

/// A JSON array of assessment files, each re-serialised as its own text.
fn assessment_texts(json: &str) -> Vec<String> {
    let files: Vec<serde_json::Value> = serde_json::from_str(json).expect("an array of files");
    files.iter().map(|f| f.to_string()).collect()
}

fn benches(c: &mut Criterion) {
    let big_text = generate(&["1000"]);
    let big = Rubric::from_json(&big_text).expect("the synthetic rubric validates");
    let big_file = assessment_texts(&generate(&["1000", "--assessments", "1"]));
    let big_assessment = Assessment::from_json(&big_file[0]).expect("a valid assessment file");
    assert_eq!(
        big.sections.iter().map(|s| s.items.len()).sum::<usize>(),
        1000
    );
    assert_eq!(big_assessment.answers.items.len(), 1000);

    let branch_path = root().join("rubrics/branch-standard.json");
    let branch_text = std::fs::read_to_string(&branch_path).expect("rubrics/branch-standard.json");
    let branch = Rubric::from_json(&branch_text).expect("the shipped rubric validates");
    let branch_path = branch_path.to_string_lossy().into_owned();
    let files = assessment_texts(&generate(&["--answers-for", &branch_path, "1000"]));
    let parsed: Vec<Assessment> = files
        .iter()
        .map(|f| Assessment::from_json(f).expect("a valid assessment file"))
        .collect();

    let mut g = c.benchmark_group("score");
    g.throughput(Throughput::Elements(1000));
    g.bench_function("rubric-1000-items", |b| {
        b.iter(|| big.score(black_box(&big_assessment.answers), big_assessment.year))
    });
    g.bench_function("1000-assessments", |b| {
        b.iter(|| {
            for a in &parsed {
                black_box(branch.score(black_box(&a.answers), a.year));
            }
        })
    });
    g.finish();

    // 汇总: 1,000 branches' files of one year, every one a unit of its own.
    let year = parsed[0].year;
    let branches: Vec<Assessment> = parsed
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let mut a = a.clone();
            a.unit = format!("第{i}党支部");
            a.year = year;
            a
        })
        .collect();
    let threshold = "95".parse().ok();
    let roll = ziping_engine::rollup::rollup(&branch, year, &branches, threshold);
    assert_eq!(roll.units.len(), 1000);
    let mut g = c.benchmark_group("rollup");
    g.throughput(Throughput::Elements(1000));
    g.bench_function("1000-assessments", |b| {
        b.iter(|| ziping_engine::rollup::rollup(&branch, year, black_box(&branches), threshold))
    });
    g.finish();

    let mut g = c.benchmark_group("import");
    g.throughput(Throughput::Elements(1000));
    g.bench_function("1000-assessment-files", |b| {
        b.iter(|| {
            for f in &files {
                let a = Assessment::from_json(black_box(f)).expect("valid");
                a.check_rubric(&branch).expect("same rubric");
                black_box(a.score(&branch));
            }
        })
    });
    g.finish();

    let mut g = c.benchmark_group("parse");
    g.throughput(Throughput::Bytes(big_text.len() as u64));
    g.bench_function("rubric-1000-items", |b| {
        b.iter(|| Rubric::from_json(black_box(&big_text)).expect("valid"))
    });
    g.finish();

    let mut g = c.benchmark_group("serialise");
    g.bench_function("assessment-1000-items", |b| {
        b.iter_batched_ref(
            || big_assessment.clone(),
            |a| black_box(a.to_json()),
            BatchSize::SmallInput,
        )
    });
    g.finish();
}

fn config() -> Criterion {
    // Short runs: the whole of bench/run should take under ten minutes on
    // two shared cores.
    Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sample_size(20)
}

criterion_group! {
    name = scoring;
    config = config();
    targets = benches
}
criterion_main!(scoring);
