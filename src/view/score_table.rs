//! The item-by-item score table of one assessment, as the paper 考核表
//! lays it out: per item 考核内容、分值、评分标准、自评分、说明/佐证, a
//! subtotal per section, then the total and grade. Once a committee reviews
//! the assessment, the 考核分 stands beside the 自评分 (item, subtotal,
//! total and grade) and the reviewer's comment follows the note. The printed
//! report draws these rows; they are built here once, from the engine's
//! reports.

use ziping_engine::review::{Review, Stage};
use ziping_engine::{Answers, Assessment, Item, ItemReport, Report, Rubric, Scoring, Status};

use crate::i18n::{rules::rule_text, status_label, Lang, M};

/// One row of the score table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScoreRow {
    /// A section's heading row.
    Section {
        /// The section's title.
        title: String,
    },
    /// One item.
    Item(ItemLine),
    /// A section's subtotal.
    Subtotal {
        /// The section's points ("不适用" when none of it applies).
        points: String,
        /// Its points earned, exactly (rescaled over the items that apply).
        earned: String,
        /// Its points by the reviewed answers, when reviewed.
        reviewed: Option<String>,
    },
}

/// One item of the score table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemLine {
    /// Its number in the table, from 1.
    pub no: usize,
    /// The item's id.
    pub id: String,
    /// 考核内容: its title.
    pub title: String,
    /// Its source clause, as the rubric cites it.
    pub clause: String,
    /// 分值: its points ("+2" for a bonus item's cap, "—" for a veto).
    pub points: String,
    /// 评分标准: the rule in words.
    pub rule: String,
    /// 自评分: the points earned (exactly), or why there are none (不适用,
    /// 未填); for a veto item whether its event occurred.
    pub earned: String,
    /// The item's status.
    pub status: Status,
    /// 说明/佐证: the evidence note typed with the answer.
    pub note: String,
    /// 考核分: the points by the reviewed answers, written as
    /// [`Self::earned`], when the assessment is reviewed.
    pub reviewed: Option<String>,
    /// The reviewer's comment (审核意见), trimmed; empty without one.
    pub comment: String,
    /// Whether the review finds otherwise here: other points or an answer
    /// of its own.
    pub differs: bool,
}

/// Whether a committee has taken the assessment up: it is under review,
/// returned or signed off, or the review gives an answer or a comment. The
/// 考核分 is shown from then on; a draft or a submission not yet taken up
/// is a plain self-assessment.
pub fn is_reviewed(review: &Review) -> bool {
    matches!(
        review.stage,
        Stage::InReview | Stage::Returned | Stage::Approved
    ) || review.answers != Answers::default()
        || review.comments.values().any(|c| !c.trim().is_empty())
}

/// The score table of one assessment: its rows, total and grade, for the
/// unit's answers and, once reviewed, the reviewed ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScoreTable {
    /// The rows, in rubric order.
    pub rows: Vec<ScoreRow>,
    /// The most points ("100").
    pub max: String,
    /// The 自评 total, exactly.
    pub total: String,
    /// The 自评 grade ("未定等次" without one).
    pub grade: String,
    /// The report of the reviewed answers, when reviewed.
    pub reviewed: Option<Report>,
    /// The 考核 total, exactly, when reviewed.
    pub reviewed_total: Option<String>,
    /// The 考核 grade, when reviewed.
    pub reviewed_grade: Option<String>,
}

/// The grade of `report`, or the words for none.
fn grade_of(lang: Lang, report: &Report) -> String {
    report
        .grade
        .clone()
        .unwrap_or_else(|| M::NoGrade.get(lang).to_owned())
}

/// The score table of `a` under `rubric`, whose own answers' report is
/// `report`. The reviewed answers are scored (once) only when the review
/// gives any; a review that accepts every answer has the 自评分 for 考核分.
pub fn score_table(lang: Lang, rubric: &Rubric, report: &Report, a: &Assessment) -> ScoreTable {
    let standing = (a.review.answers != Answers::default()).then(|| a.standing_score(rubric));
    score_table_scored(lang, rubric, report, standing.as_ref(), a)
}

/// [`score_table`] with the report of the reviewed answers already at hand
/// (`standing`: `None` where the review gives no answers), as the screen
/// keeps it: nothing is scored again.
pub fn score_table_scored(
    lang: Lang,
    rubric: &Rubric,
    report: &Report,
    standing: Option<&Report>,
    a: &Assessment,
) -> ScoreTable {
    let reviewed =
        is_reviewed(&a.review).then(|| standing.cloned().unwrap_or_else(|| report.clone()));
    let rows = rows(
        lang,
        rubric,
        report,
        &a.answers,
        reviewed.as_ref().map(|r| (r, &a.review)),
    );
    ScoreTable {
        rows,
        max: report.max.to_string(),
        total: report.total.to_string(),
        grade: grade_of(lang, report),
        reviewed_total: reviewed.as_ref().map(|r| r.total.to_string()),
        reviewed_grade: reviewed.as_ref().map(|r| grade_of(lang, r)),
        reviewed,
    }
}

/// 自评分 or 考核分 of `item` as `r` scores it: the points (exactly), or
/// why there are none; for a veto whether its event occurred.
fn earned_text(lang: Lang, item: &Item, r: &ItemReport) -> String {
    let veto = matches!(item.scoring, Scoring::Veto(_));
    match r.status {
        Status::Na | Status::Incomplete | Status::Invalid => {
            status_label(lang, r.status).to_owned()
        }
        Status::Met if veto => M::VetoNotOccurred.get(lang).to_owned(),
        _ if veto => M::VetoOccurred.get(lang).to_owned(),
        _ if r.bonus => format!("+{}", r.earned),
        _ => r.earned.to_string(),
    }
}

/// The rows of the score table of the unit's `answers` (scored in
/// `report`), in rubric order.
pub fn score_rows(
    lang: Lang,
    rubric: &Rubric,
    report: &Report,
    answers: &Answers,
) -> Vec<ScoreRow> {
    rows(lang, rubric, report, answers, None)
}

/// The rows, with the 考核分 and the comments of `review` (whose answers
/// `reviewed` scores) when given.
fn rows(
    lang: Lang,
    rubric: &Rubric,
    report: &Report,
    answers: &Answers,
    review: Option<(&Report, &Review)>,
) -> Vec<ScoreRow> {
    let mut rows = Vec::new();
    let mut no = 0;
    for section in &rubric.sections {
        rows.push(ScoreRow::Section {
            title: section.title.clone(),
        });
        for item in &section.items {
            let Some(r) = report.item(&item.id) else {
                continue;
            };
            no += 1;
            let points = match &item.scoring {
                Scoring::Veto(_) => "—".to_owned(),
                Scoring::Bonus(_) => format!("+{}", item.points),
                _ => item.points.to_string(),
            };
            let earned = earned_text(lang, item, r);
            let reviewed = review.map(|(rr, rv)| {
                let text = rr
                    .item(&item.id)
                    .map_or_else(|| earned.clone(), |x| earned_text(lang, item, x));
                let comment = rv
                    .comments
                    .get(&item.id)
                    .map(|c| c.trim().to_owned())
                    .unwrap_or_default();
                let differs = text != earned || rv.answers.items.contains_key(&item.id);
                (text, comment, differs)
            });
            let (reviewed, comment, differs) = match reviewed {
                Some((t, c, d)) => (Some(t), c, d),
                None => (None, String::new(), false),
            };
            rows.push(ScoreRow::Item(ItemLine {
                no,
                id: item.id.clone(),
                title: item.title.clone(),
                clause: item.source.clause.clone(),
                points,
                rule: rule_text(lang, item),
                earned,
                status: r.status,
                note: answers
                    .items
                    .get(&item.id)
                    .map(|a| a.note.trim().to_owned())
                    .unwrap_or_default(),
                reviewed,
                comment,
                differs,
            }));
        }
        if let Some(s) = report.section(&section.id) {
            rows.push(ScoreRow::Subtotal {
                points: if s.applicable {
                    section.points.to_string()
                } else {
                    M::StatusNa.get(lang).to_owned()
                },
                // Exact, as the items are: a rounded 15.0 of 15 would read as
                // full marks when 14.95 was earned.
                earned: s.earned.to_string(),
                reviewed: review.map(|(rr, _)| {
                    rr.section(&section.id)
                        .map_or(s.earned, |x| x.earned)
                        .to_string()
                }),
            });
        }
    }
    rows
}

#[cfg(test)]
mod tests;
