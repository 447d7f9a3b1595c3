//! Any text read as a rubric file: a rubric or a located error, never a
//! panic; a rubric that reads is scored with no answers without a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ziping_engine::{score, Answers, Points, Rubric};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(rubric) = Rubric::from_json(text) {
        let report = score(&rubric, &Answers::default(), 2020);
        assert!(Points::ZERO <= report.total && report.total <= report.max + report.bonus);
    }
});
