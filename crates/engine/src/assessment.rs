//! The assessment file: what a branch exports and hands to its committee.
//!
//! A versioned JSON document holding the unit, the year, the answers, the
//! rectification list (整改清单) and, optionally, the result as scored when it
//! was saved. The format is described in `docs/assessment-format.md`.

use std::fmt;
use std::ops::RangeInclusive;

use serde::Serialize;

use crate::answers::Answers;
use crate::date::Date;
use crate::decimal::Points;
use crate::model::Rubric;
use crate::problem::ProblemKind;
use crate::report::Report;
use crate::review::Review;

/// The value of the `format` field of every assessment file.
pub const FORMAT: &str = "dangjian-ziping.assessment";

/// The newest `format_version` this engine reads and the one it writes.
/// Version 2 added the committee's review (`review`); a version-1 file is
/// read as a version-2 file without one.
pub const FORMAT_VERSION: u32 = 2;

/// The years an assessment may be for: from 1921, when the Communist Party
/// of China was founded, to 2999. The form that starts an assessment or
/// edits its header takes no other year, and an assessment file of another
/// year is refused with an error located at `year`.
pub const YEARS: RangeInclusive<i32> = 1921..=2999;

/// One unit's assessment for one year against one rubric.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assessment {
    /// Always [`FORMAT`].
    pub format: String,
    /// The version of this file format; see [`FORMAT_VERSION`].
    pub format_version: u32,
    /// The rubric the answers belong to.
    pub rubric: RubricRef,
    /// The assessed unit (单位/支部), e.g. `"内科第一党支部"`.
    pub unit: String,
    /// The calendar year assessed, within [`YEARS`].
    pub year: i32,
    /// Who filled it in (填表人).
    pub assessor: String,
    /// When it was filled in, `YYYY-MM-DD`, or empty.
    pub date: String,
    /// The answers.
    pub answers: Answers,
    /// The rectification list (整改清单), in the order the user keeps it.
    pub rectification: Vec<RectificationRow>,
    /// The result when the file was saved. Informative only: a reader
    /// scores the answers again with the rubric.
    pub result: Option<ResultSummary>,
    /// The committee's review (审核) and its course; absent from the file
    /// while there is none.
    #[serde(skip_serializing_if = "Review::is_blank")]
    pub review: Review,
}

/// Which rubric an assessment was made against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RubricRef {
    /// The rubric's `id`.
    pub id: String,
    /// The rubric's `version`.
    pub version: String,
    /// The rubric's `title`, for people reading the file.
    pub title: String,
}

impl From<&Rubric> for RubricRef {
    /// The reference an assessment of `rubric` records.
    fn from(rubric: &Rubric) -> RubricRef {
        RubricRef {
            id: rubric.id.clone(),
            version: rubric.version.clone(),
            title: rubric.title.clone(),
        }
    }
}

/// The most rows a file's rectification list may have. A branch's 问题清单
/// runs to tens of rows; a file with more than this is taken for a faulty
/// or hostile one and refused, rather than laid out row by row on screen.
pub const MAX_RECTIFICATION_ROWS: usize = 1000;

/// One row of the rectification list (整改清单).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct RectificationRow {
    /// 存在主要问题.
    pub problem: String,
    /// 整改措施.
    pub measure: String,
    /// 责任部门.
    pub department: String,
    /// 完成时限, free text (e.g. `"2021年6月底前"`).
    pub deadline: String,
    /// 备注.
    pub note: String,
    /// Progress.
    pub status: RectificationStatus,
    /// The rubric item the problem was found under, if any.
    pub item: Option<String>,
}

/// Progress of a rectification row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RectificationStatus {
    /// 未整改.
    #[default]
    Open,
    /// 整改中.
    InProgress,
    /// 已完成.
    Done,
}

/// The headline figures of a [`Report`], as saved in a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ResultSummary {
    /// [`Report::total`].
    pub total: Points,
    /// [`Report::max`].
    pub max: Points,
    /// [`Report::bonus`].
    pub bonus: Points,
    /// [`Report::grade`].
    pub grade: Option<String>,
    /// The id of the decisive triggered veto item, if any.
    pub veto: Option<String>,
    /// [`Report::answered`].
    pub answered: usize,
    /// [`Report::applicable`].
    pub applicable: usize,
    /// Per section, in rubric order.
    pub sections: Vec<SectionResult>,
}

/// A section's score in a [`ResultSummary`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SectionResult {
    /// The section's id.
    pub id: String,
    /// Points earned.
    pub earned: Points,
    /// Points possible (0 when the section does not apply).
    pub possible: Points,
}

impl ResultSummary {
    /// The summary of a report.
    pub fn from_report(report: &Report) -> ResultSummary {
        ResultSummary {
            total: report.total,
            max: report.max,
            bonus: report.bonus,
            grade: report.grade.clone(),
            veto: report.veto.as_ref().map(|v| v.item.clone()),
            answered: report.answered,
            applicable: report.applicable,
            sections: report
                .sections
                .iter()
                .map(|s| SectionResult {
                    id: s.id.clone(),
                    earned: s.earned,
                    possible: s.possible,
                })
                .collect(),
        }
    }
}

/// Why an assessment file cannot be read, or does not fit a rubric.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AssessmentError {
    /// The text is not JSON at all.
    NotJson {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// The text ends before the JSON does (a cut-off file).
        eof: bool,
    },
    /// JSON, but not an assessment file: `format` is missing or different.
    NotAssessment {
        /// The `format` found, if it was a string.
        found: Option<String>,
    },
    /// Written by a newer version of the app.
    TooNew {
        /// The file's `format_version`.
        found: u64,
        /// The newest version this engine reads.
        supported: u32,
    },
    /// A field is missing, unknown or has the wrong type or value.
    Invalid {
        /// Where, e.g. `answers.items.x.value`; empty for the whole file.
        path: String,
        /// What is wrong.
        kind: ProblemKind,
    },
    /// The file belongs to another rubric, or another version of it.
    RubricMismatch {
        /// The rubric id in the file.
        file_id: String,
        /// The rubric version in the file.
        file_version: String,
        /// The id of the rubric it was checked against.
        rubric_id: String,
        /// The version of the rubric it was checked against.
        rubric_version: String,
    },
}

impl fmt::Display for AssessmentError {
    /// The error's fields, for logs and tests; users see the catalogue's
    /// words.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AssessmentError::Invalid { path, kind } if path.is_empty() => write!(f, "{kind:?}"),
            AssessmentError::Invalid { path, kind } => write!(f, "{path}: {kind:?}"),
            other => write!(f, "{other:?}"),
        }
    }
}

impl std::error::Error for AssessmentError {}

impl Assessment {
    /// A new, empty assessment of `unit` for `year` against `rubric` (the
    /// rubric itself, or the reference to it when only that is at hand),
    /// with no assessor and no date yet.
    pub fn new(rubric: impl Into<RubricRef>, unit: impl Into<String>, year: i32) -> Assessment {
        Assessment {
            format: FORMAT.to_owned(),
            format_version: FORMAT_VERSION,
            rubric: rubric.into(),
            unit: unit.into(),
            year,
            assessor: String::new(),
            date: String::new(),
            answers: Answers::default(),
            rectification: Vec::new(),
            result: None,
            review: Review::default(),
        }
    }

    /// Reads an assessment file.
    ///
    /// The checks, in order: the text is JSON; it is an object whose `format`
    /// is [`FORMAT`]; its `format_version` is not newer than
    /// [`FORMAT_VERSION`]; every field is known and well-typed; `year` is
    /// within [`YEARS`] and `date` is empty or a real `YYYY-MM-DD` date.
    pub fn from_json(text: &str) -> Result<Assessment, AssessmentError> {
        Assessment::from_value(Assessment::parse(text)?)
    }

    /// Parses the JSON of a file without reading it as an assessment yet,
    /// so that a caller can look at it first (is it a backup of many?):
    /// [`AssessmentError::NotJson`], located, when it is not JSON.
    pub fn parse(text: &str) -> Result<serde_json::Value, AssessmentError> {
        serde_json::from_str(text).map_err(|e| match crate::json::not_json(&e) {
            ProblemKind::NotJson { line, column, eof } => {
                AssessmentError::NotJson { line, column, eof }
            }
            kind => AssessmentError::Invalid {
                path: String::new(),
                kind,
            },
        })
    }

    /// Reads an assessment from JSON already parsed (see [`Assessment::parse`]),
    /// with every check of [`Assessment::from_json`].
    pub fn from_value(value: serde_json::Value) -> Result<Assessment, AssessmentError> {
        match value.get("format") {
            Some(serde_json::Value::String(s)) if s == FORMAT => {}
            Some(serde_json::Value::String(s)) => {
                return Err(AssessmentError::NotAssessment {
                    found: Some(s.clone()),
                })
            }
            _ => return Err(AssessmentError::NotAssessment { found: None }),
        }
        if let Some(v) = value
            .get("format_version")
            .and_then(serde_json::Value::as_u64)
        {
            if v > u64::from(FORMAT_VERSION) {
                return Err(AssessmentError::TooNew {
                    found: v,
                    supported: FORMAT_VERSION,
                });
            }
        }
        let mut a: Assessment =
            crate::json::from_value(value).map_err(|p| AssessmentError::Invalid {
                path: p.path,
                kind: p.kind,
            })?;
        let invalid = |path: &str, kind: ProblemKind| AssessmentError::Invalid {
            path: path.to_owned(),
            kind,
        };
        if a.format_version == 0 {
            return Err(invalid("format_version", ProblemKind::FormatVersionZero));
        }
        if !YEARS.contains(&a.year) {
            return Err(invalid(
                "year",
                ProblemKind::YearOutOfRange {
                    found: a.year,
                    min: *YEARS.start(),
                    max: *YEARS.end(),
                },
            ));
        }
        if a.rectification.len() > MAX_RECTIFICATION_ROWS {
            return Err(invalid(
                "rectification",
                ProblemKind::TooManyRows {
                    found: a.rectification.len(),
                    max: MAX_RECTIFICATION_ROWS,
                },
            ));
        }
        if let (false, Err(e)) = (a.date.is_empty(), Date::parse(&a.date)) {
            return Err(invalid("date", crate::validate::date_problem(e, false)));
        }
        if a.review.history.events().len() > crate::review::MAX_HISTORY {
            return Err(invalid(
                "review.history",
                ProblemKind::TooManyRows {
                    found: a.review.history.events().len(),
                    max: crate::review::MAX_HISTORY,
                },
            ));
        }
        // A signature belongs to a signed-off review, and only to one.
        match (a.review.stage, &a.review.signed) {
            (crate::review::Stage::Approved, None) => {
                return Err(invalid(
                    "review",
                    ProblemKind::MissingField {
                        field: "signed".into(),
                    },
                ))
            }
            (crate::review::Stage::Approved, Some(_)) | (_, None) => {}
            (_, Some(_)) => {
                return Err(invalid(
                    "review.signed",
                    ProblemKind::UnknownVariant {
                        found: "signed".into(),
                        known: vec!["null".into()],
                    },
                ))
            }
        }
        // Read as the version this engine writes.
        a.format_version = FORMAT_VERSION;
        Ok(a)
    }

    /// The file as pretty-printed JSON, fields in a fixed order (answers
    /// sorted by id), ending in a newline.
    pub fn to_json(&self) -> String {
        // Serialising plain structs with string keys cannot fail.
        let mut s = serde_json::to_string_pretty(self).unwrap_or_default();
        s.push('\n');
        s
    }

    /// Checks that the file was made with this rubric: same id and version.
    pub fn check_rubric(&self, rubric: &Rubric) -> Result<(), AssessmentError> {
        if self.rubric.id == rubric.id && self.rubric.version == rubric.version {
            Ok(())
        } else {
            Err(AssessmentError::RubricMismatch {
                file_id: self.rubric.id.clone(),
                file_version: self.rubric.version.clone(),
                rubric_id: rubric.id.clone(),
                rubric_version: rubric.version.clone(),
            })
        }
    }

    /// Scores the answers against `rubric` for [`Self::year`].
    pub fn score(&self, rubric: &Rubric) -> Report {
        crate::score::score(rubric, &self.answers, self.year)
    }

    /// The answers that count: the unit's, with the committee's reviewed
    /// answers in place of those it did not accept (the unit's alone when
    /// there is no review).
    pub fn standing_answers(&self) -> std::borrow::Cow<'_, Answers> {
        if self.review.answers == Answers::default() {
            std::borrow::Cow::Borrowed(&self.answers)
        } else {
            std::borrow::Cow::Owned(crate::review::reviewed_answers(&self.answers, &self.review))
        }
    }

    /// Scores [`Self::standing_answers`]: the 考核分 where the committee
    /// reviewed, the 自评分 otherwise. The roll-up counts this.
    pub fn standing_score(&self, rubric: &Rubric) -> Report {
        crate::score::score(rubric, &self.standing_answers(), self.year)
    }

    /// Scores the answers and stores the summary in [`Self::result`].
    pub fn update_result(&mut self, rubric: &Rubric) -> Report {
        let report = self.score(rubric);
        self.result = Some(ResultSummary::from_report(&report));
        report
    }
}
