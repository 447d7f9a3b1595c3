//! The tables an `.xlsx` export holds, as plain values for the workbook
//! module ([`Book`]): for one assessment its item-by-item scores and its
//! 问题清单; for a roll-up its roster, common weaknesses and merged
//! 问题清单. The cells are the texts the screen, the printout and the CSV
//! files show; the columns of figures are marked numeric, so that a
//! spreadsheet can add them up.

use ziping_engine::{Assessment, Report, Rubric};
use ziping_workbook::tables::{Book, Table};

use crate::i18n::review_table as rt;
use crate::i18n::{gap_text, status_label, table_title, Lang, M};
use crate::view::rollup::{self, RollupView};
use crate::view::rows;
use crate::view::score_table::{is_reviewed, score_table as view_table, ScoreRow};

/// A table whose first row is its header.
fn table(name: &str, title: &str, mut rows: Vec<Vec<String>>, numeric: Vec<usize>) -> Table {
    let header = if rows.is_empty() {
        Vec::new()
    } else {
        rows.remove(0)
    };
    Table {
        name: name.to_owned(),
        title: title.to_owned(),
        header,
        rows,
        numeric,
    }
}

/// The item-by-item score table of one assessment: 序号, 考核内容, 依据条款,
/// 分值, 评分标准, 自评分, 状态, 差距, 说明/佐证; a row per section, a
/// subtotal after each, then the total and the grade. Once reviewed, the
/// 考核分 follows the 自评分 and the 审核意见 ends each item's row.
pub fn score_table(
    lang: Lang,
    rubric: &Rubric,
    report: &Report,
    a: &Assessment,
) -> Vec<Vec<String>> {
    let t = view_table(lang, rubric, report, a);
    let reviewed = t.reviewed.is_some();
    let mut head: Vec<String> = [
        M::ColNo,
        M::ColItem,
        M::ColClause,
        M::ReportPossible,
        M::ColRule,
        M::ColSelfScore,
        M::ColStatus,
        M::ColGap,
        M::ColEvidence,
    ]
    .iter()
    .map(|m| m.get(lang).to_owned())
    .collect();
    let width = head.len();
    // The 考核分 and the comment of a line, placed when reviewed.
    let place = |mut line: Vec<String>, score: String, comment: String| {
        if reviewed {
            line.insert(6, score);
            line.push(comment);
        }
        line
    };
    head = place(
        head,
        rt::col_reviewed(lang).to_owned(),
        rt::col_comment(lang).to_owned(),
    );
    let mut out = vec![head];
    let blank = || vec![String::new(); width];
    for row in t.rows {
        let mut line = blank();
        let (mut score, mut comment) = (String::new(), String::new());
        match row {
            ScoreRow::Section { title } => line[1] = title,
            ScoreRow::Item(i) => {
                let gap = report
                    .item(&i.id)
                    .and_then(|r| r.gap.as_ref())
                    .map(|g| gap_text(lang, g))
                    .unwrap_or_default();
                (score, comment) = (i.reviewed.unwrap_or_default(), i.comment);
                line = vec![
                    i.no.to_string(),
                    i.title,
                    i.clause,
                    i.points,
                    i.rule,
                    i.earned,
                    status_label(lang, i.status).to_owned(),
                    gap,
                    i.note,
                ];
            }
            ScoreRow::Subtotal {
                points,
                earned,
                reviewed,
            } => {
                line[1] = M::Subtotal.get(lang).to_owned();
                line[3] = points;
                line[5] = earned;
                score = reviewed.unwrap_or_default();
            }
        }
        out.push(place(line, score, comment));
    }
    let mut total = blank();
    total[1] = M::ReportSum.get(lang).to_owned();
    total[3] = t.max;
    total[5] = t.total;
    out.push(place(
        total,
        t.reviewed_total.unwrap_or_default(),
        String::new(),
    ));
    let mut grade = blank();
    grade[1] = M::Grade.get(lang).to_owned();
    grade[5] = t.grade;
    out.push(place(
        grade,
        t.reviewed_grade.unwrap_or_default(),
        String::new(),
    ));
    out
}

/// One assessment's workbook: its score table and its 问题清单.
pub fn assessment_book(lang: Lang, rubric: &Rubric, report: &Report, a: &Assessment) -> Book {
    let unit = a.unit.trim();
    let scores = M::ReportItems.get(lang);
    let problems = M::Rectification.get(lang);
    Book {
        sheets: vec![
            table(
                scores,
                &format!(
                    "{} · {}",
                    table_title(lang, unit, a.year, scores),
                    rubric.title
                ),
                score_table(lang, rubric, report, a),
                if is_reviewed(&a.review) {
                    vec![0, 3, 5, 6]
                } else {
                    vec![0, 3, 5]
                },
            ),
            table(
                problems,
                &table_title(lang, unit, a.year, problems),
                rows::table(lang, &a.rectification),
                vec![0],
            ),
        ],
        footer: M::PageFooter.get(lang).to_owned(),
    }
}

/// A roll-up's workbook: the roster, the common weaknesses and the merged
/// 问题清单.
pub fn rollup_book(lang: Lang, v: &RollupView) -> Book {
    let title = |what: M| table_title(lang, &v.rubric.title, v.year, what.get(lang));
    Book {
        sheets: vec![
            table(
                M::Roster.get(lang),
                &title(M::Roster),
                rollup::roster_table(lang, v),
                // 自评分, 考核分 ("—" stays text) and the open rows.
                vec![1, 2, 8],
            ),
            table(
                M::WeaknessesSheet.get(lang),
                &title(M::Weaknesses),
                rollup::weakness_table(lang, v),
                vec![2, 3, 4, 5, 6, 7],
            ),
            table(
                M::MergedProblems.get(lang),
                &title(M::MergedProblems),
                rollup::problem_table(lang, v),
                vec![1],
            ),
        ],
        footer: M::PageFooter.get(lang).to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use ziping_engine::shipped::SHIPPED;
    use ziping_engine::{score, Answers, ItemAnswer, RectificationRow, Value};

    use super::*;

    fn branch() -> Rubric {
        let s = SHIPPED
            .iter()
            .find(|s| s.id == "branch-standard")
            .expect("shipped");
        Rubric::from_json(s.json).expect("valid")
    }

    #[test]
    fn an_assessments_book_holds_its_score_table_and_its_list() {
        let rubric = branch();
        let mut answers = Answers::default();
        answers.items.insert(
            "fzdy".into(),
            ItemAnswer {
                value: Some(Value::Level("基本规范，个别材料不全".into())),
                na: false,
                note: "发展对象 2 人".into(),
            },
        );
        let mut a = Assessment::new(&rubric, " 内科第一党支部 ", 2020);
        a.answers = answers;
        a.rectification.push(RectificationRow {
            problem: "=台账不全".into(),
            ..RectificationRow::default()
        });
        let report = score(&rubric, &a.answers, a.year);
        let book = assessment_book(Lang::Zh, &rubric, &report, &a);
        let names: Vec<_> = book.sheets.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["逐项评分表", "问题清单"]);

        let scores = &book.sheets[0];
        assert_eq!(
            scores.title,
            format!("内科第一党支部 2020年 逐项评分表 · {}", rubric.title)
        );
        assert_eq!(
            scores.header,
            [
                "序号",
                "考核内容",
                "依据条款",
                "分值",
                "评分标准",
                "自评分",
                "状态",
                "差距",
                "说明/佐证"
            ]
        );
        assert!(scores.rows.iter().all(|r| r.len() == scores.header.len()));
        // A row per section, per item and per subtotal, then total and grade.
        let items: usize = rubric.sections.iter().map(|s| s.items.len()).sum();
        assert_eq!(scores.rows.len(), 2 * rubric.sections.len() + items + 2);
        assert_eq!(scores.rows[0][1], rubric.sections[0].title);
        let fzdy = scores
            .rows
            .iter()
            .find(|r| r[1] == rubric.item("fzdy").expect("item").title)
            .expect("fzdy row");
        assert_eq!(fzdy[5], "6");
        assert_eq!(fzdy[8], "发展对象 2 人");
        let total = &scores.rows[scores.rows.len() - 2];
        assert_eq!(
            (total[1].as_str(), total[3].clone()),
            ("合计", report.max.to_string())
        );
        assert_eq!(total[5], report.total.to_string());
        assert_eq!(scores.numeric, [0, 3, 5]);
        assert_eq!(book.footer, "第 &P 页，共 &N 页");

        // The list as the CSV has it; the writer keeps "=台账不全" as text.
        let list = &book.sheets[1];
        assert_eq!(list.header[1], "存在主要问题");
        assert_eq!(
            list.rows,
            [rows::table(Lang::Zh, &a.rectification)[1].clone()]
        );
    }

    #[test]
    fn a_reviewed_assessments_book_has_the_reviewed_score_and_the_comments() {
        let rubric = branch();
        let mut a = Assessment::new(&rubric, "内科第一党支部", 2020);
        let level = |name: &str| ItemAnswer {
            value: Some(Value::Level(name.into())),
            ..ItemAnswer::default()
        };
        a.answers
            .items
            .insert("fzdy".into(), level("程序完整、材料齐全"));
        let own = a.answers.clone();
        a.review
            .start(&own, "党办 王某", "2021-01-15")
            .expect("start");
        a.review
            .answers
            .items
            .insert("fzdy".into(), level("基本规范，个别材料不全"));
        a.review
            .comments
            .insert("fzdy".into(), "缺 2 名发展对象的政审材料".into());
        let report = score(&rubric, &a.answers, a.year);
        let book = assessment_book(Lang::Zh, &rubric, &report, &a);
        let scores = &book.sheets[0];
        assert_eq!(scores.header[5..7], ["自评分", "考核分"]);
        assert_eq!(scores.header.last().map(String::as_str), Some("审核意见"));
        assert!(scores.rows.iter().all(|r| r.len() == scores.header.len()));
        let fzdy = scores
            .rows
            .iter()
            .find(|r| r[1] == rubric.item("fzdy").expect("item").title)
            .expect("fzdy row");
        assert_eq!((fzdy[5].as_str(), fzdy[6].as_str()), ("10", "6"));
        assert_eq!(fzdy[10], "缺 2 名发展对象的政审材料");
        let total = &scores.rows[scores.rows.len() - 2];
        assert_eq!((total[5].as_str(), total[6].as_str()), ("10", "6"));
        assert_eq!(scores.numeric, [0, 3, 5, 6]);
    }

    #[test]
    fn the_book_speaks_the_users_language() {
        let rubric = branch();
        let a = Assessment::new(&rubric, "Branch 1", 2020);
        let report = score(&rubric, &a.answers, a.year);
        let book = assessment_book(Lang::En, &rubric, &report, &a);
        assert_eq!(book.sheets[0].header[7], "Gap");
        assert_eq!(book.footer, "Page &P of &N");
        assert_eq!(
            book.sheets[0].title,
            format!(
                "Branch 1 2020 {} · {}",
                M::ReportItems.get(Lang::En),
                rubric.title
            )
        );
    }
}
