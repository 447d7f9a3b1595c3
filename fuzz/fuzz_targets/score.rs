//! Arbitrary answers (any text read as an assessment file's answers)
//! scored against every shipped rubric: never a panic, and the total stays
//! within the rubric's points.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use ziping_engine::shipped::SHIPPED;
use ziping_engine::{score, Assessment, Points, Rubric};

fn rubrics() -> &'static [Rubric] {
    static R: OnceLock<Vec<Rubric>> = OnceLock::new();
    R.get_or_init(|| {
        SHIPPED
            .iter()
            .map(|s| Rubric::from_json(s.json).expect("shipped rubric"))
            .collect()
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(a) = Assessment::from_json(text) else {
        return;
    };
    for rubric in rubrics() {
        let report = score(rubric, &a.answers, a.year);
        assert!(
            Points::ZERO <= report.total && report.total <= report.max + report.bonus,
            "{}: {}",
            rubric.id,
            report.total
        );
    }
});
