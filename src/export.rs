//! Exporting an assessment as the file a branch hands to its committee.

use ziping_engine::{score, Assessment, ResultSummary, Rubric};

/// The assessment with its current result filled in, as JSON text.
pub fn assessment_json(assessment: &Assessment, rubric: &Rubric) -> String {
    let mut a = assessment.clone();
    let report = score(rubric, &a.answers, a.year);
    a.result = Some(ResultSummary::from_report(&report));
    a.to_json()
}

/// A file name that says what the file is: `党建自评-<unit>-<year>.json`,
/// with characters that file systems reject replaced.
pub fn file_name(assessment: &Assessment) -> String {
    let unit: String = assessment
        .unit
        .chars()
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '_',
            c if c.is_control() => '_',
            c => c,
        })
        .collect();
    let unit = if unit.trim().is_empty() {
        "未命名"
    } else {
        unit.trim()
    };
    format!("党建自评-{unit}-{}.json", assessment.year)
}

/// Offers the assessment as a download.
pub fn download(assessment: &Assessment, rubric: &Rubric) -> Result<(), String> {
    crate::browser::download(
        &file_name(assessment),
        "application/json",
        &assessment_json(assessment, rubric),
    )
}
