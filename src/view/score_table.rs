//! The item-by-item score table of one assessment, as the paper 考核表
//! lays it out: per item 考核内容、分值、评分标准、自评分、说明/佐证, a
//! subtotal per section, then the total and grade. The printed report draws
//! these rows; they are built here once, from the engine's report.

use ziping_engine::{Answers, Report, Rubric, Status};

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
}

/// The rows of the score table, in rubric order.
pub fn score_rows(
    lang: Lang,
    rubric: &Rubric,
    report: &Report,
    answers: &Answers,
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
                ziping_engine::Scoring::Veto(_) => "—".to_owned(),
                ziping_engine::Scoring::Bonus(_) => format!("+{}", item.points),
                _ => item.points.to_string(),
            };
            let veto = matches!(item.scoring, ziping_engine::Scoring::Veto(_));
            let earned = match r.status {
                Status::Na | Status::Incomplete | Status::Invalid => {
                    status_label(lang, r.status).to_owned()
                }
                Status::Met if veto => M::VetoNotOccurred.get(lang).to_owned(),
                _ if veto => M::VetoOccurred.get(lang).to_owned(),
                _ if r.bonus => format!("+{}", r.earned),
                _ => r.earned.to_string(),
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
            });
        }
    }
    rows
}

#[cfg(test)]
mod tests;
