//! The committee's review (审核) as the open assessment shows it: 自评分
//! beside 考核分 per item and section, the differences, the items the review
//! differs on, the history in words, and what each side may do now. Built
//! from the engine's [`compare`], once per change of the answers or the
//! review.

use std::rc::Rc;

use ziping_engine::review::{compare_scored, ItemComparison, Part, Review, Side, Stage};
use ziping_engine::{
    Answers, Assessment, Check, Completion, FactAnswer, ItemAnswer, Points, Report, Rubric, Value,
};

use crate::i18n::review::step_label;
use crate::i18n::{Lang, M};

/// The review of the open assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewView {
    /// Where it stands.
    pub stage: Stage,
    /// Who may change answers now.
    pub editable: Option<Side>,
    /// Whether a reviewer has had it in hand (reviewed answers, comments,
    /// or a stage past submission): then 考核分 are shown beside 自评分.
    pub reviewed: bool,
    /// Per item, in rubric order (the order of the report's items).
    pub items: Vec<ItemComparison>,
    /// Per section: title, 自评分, 考核分 and their difference.
    pub sections: Vec<SectionLine>,
    /// The totals: 自评, 考核, difference.
    pub total: (Points, Points, Points),
    /// The grades: 自评, 考核.
    pub grades: (Option<String>, Option<String>),
    /// The ids of the items where the review differs, in rubric order.
    pub differing: Vec<String>,
    /// The history, oldest first, in words.
    pub history: Vec<HistoryLine>,
    /// The name that took the last committee step, to offer again.
    pub reviewer: String,
    /// The sign-off: name and date.
    pub signed: Option<(String, String)>,
    /// The report of the reviewed answers, for the reviewer's inputs.
    pub reviewed_report: Rc<Report>,
}

/// A section, self-assessed and reviewed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionLine {
    /// The section's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// 自评分.
    pub own: Points,
    /// 考核分.
    pub reviewed: Points,
    /// 考核分 − 自评分.
    pub difference: Points,
}

/// One step of the history, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryLine {
    /// When.
    pub when: String,
    /// Who.
    pub who: String,
    /// What: "退回修改", "修改 2 项：换届选举、发展党员"…
    pub what: String,
    /// Whether the unit (not the committee) took it.
    pub unit: bool,
}

impl ReviewView {
    /// This item's line; `at`, where it is expected (its place in the
    /// report), is tried first.
    pub fn item(&self, id: &str, at: Option<usize>) -> Option<&ItemComparison> {
        at.and_then(|i| self.items.get(i))
            .filter(|i| i.id == id)
            .or_else(|| self.items.iter().find(|i| i.id == id))
    }
}

/// The review `r` under `rubric`, with the reports of the unit's answers
/// (`own`) and of the reviewed ones (`reviewed`: `own` itself where the
/// review gives no answers), as the screen keeps them; `None` for a plain
/// self-assessment (no review and no step taken).
pub fn review_view(
    lang: Lang,
    rubric: &Rubric,
    r: &Review,
    own: &Report,
    reviewed_report: &Rc<Report>,
) -> Option<ReviewView> {
    if r.is_blank() {
        return None;
    }
    let (items, sections) = compare_scored(rubric, own, reviewed_report, r);
    let reviewed = crate::view::score_table::is_reviewed(r);
    let sections = sections
        .iter()
        .map(|s| SectionLine {
            id: s.id.clone(),
            title: rubric
                .sections
                .iter()
                .find(|x| x.id == s.id)
                .map(|x| x.title.clone())
                .unwrap_or_default(),
            own: s.own,
            reviewed: s.reviewed,
            difference: s.difference(),
        })
        .collect();
    let differing = items
        .iter()
        .filter(|i| i.differs())
        .map(|i| i.id.clone())
        .collect();
    let history = r
        .history
        .events()
        .iter()
        .map(|e| {
            let mut what = step_label(lang, &e.step).to_owned();
            let ids = e.step.items();
            if !ids.is_empty() {
                let titles: Vec<String> = ids.iter().map(|id| title_of(rubric, id)).collect();
                what = match lang {
                    Lang::Zh => format!("{what} {} 项：{}", ids.len(), titles.join("、")),
                    Lang::En => format!("{what} {}: {}", ids.len(), titles.join("; ")),
                };
            }
            if let ziping_engine::review::Step::Reopen(reason) = &e.step {
                what = match lang {
                    Lang::Zh => format!("{what}，原因：{reason}"),
                    Lang::En => format!("{what}, because: {reason}"),
                };
            }
            HistoryLine {
                when: e.when.clone(),
                who: e.who.clone(),
                what,
                unit: e.step.side() == Side::Unit,
            }
        })
        .collect();
    let reviewer = r
        .history
        .events()
        .iter()
        .rev()
        .find(|e| e.step.side() == Side::Reviewer)
        .map(|e| e.who.clone())
        .unwrap_or_default();
    Some(ReviewView {
        stage: r.stage,
        editable: r.editable_by(),
        reviewed,
        total: (
            own.total,
            reviewed_report.total,
            reviewed_report.total - own.total,
        ),
        grades: (own.grade.clone(), reviewed_report.grade.clone()),
        items,
        sections,
        differing,
        history,
        reviewer,
        signed: r.signed.as_ref().map(|s| (s.name.clone(), s.date.clone())),
        reviewed_report: reviewed_report.clone(),
    })
}

/// An item's or a fact's title (its id when the rubric has neither).
fn title_of(rubric: &Rubric, id: &str) -> String {
    if rubric.item(id).is_some() {
        return rubric.item_title(id);
    }
    rubric
        .facts
        .iter()
        .find(|f| f.id == id)
        .map(|f| f.label.clone())
        .unwrap_or_else(|| id.to_owned())
}

/// An item's answer in words: "18 / 19", "1、1、0、1", "部分完成",
/// "不适用", "未填"; with its note.
pub fn answer_text(lang: Lang, answer: Option<&ItemAnswer>) -> String {
    let Some(a) = answer else {
        return M::StatusIncomplete.get(lang).to_owned();
    };
    let mut s = if a.na {
        M::StatusNa.get(lang).to_owned()
    } else {
        match &a.value {
            None => M::StatusIncomplete.get(lang).to_owned(),
            Some(v) => value_text(lang, v),
        }
    };
    if !a.note.trim().is_empty() {
        s = match lang {
            Lang::Zh => format!("{s}（说明：{}）", a.note.trim()),
            Lang::En => format!("{s} (note: {})", a.note.trim()),
        };
    }
    s
}

fn value_text(lang: Lang, v: &Value) -> String {
    let sep = match lang {
        Lang::Zh => "、",
        Lang::En => ", ",
    };
    match v {
        Value::Ratio {
            numerator,
            denominator,
        } => format!("{numerator} / {denominator}"),
        Value::Counts(c) => c.join(sep),
        Value::Count(c) => c.clone(),
        Value::Check(Check::Done) => M::Done.get(lang).to_owned(),
        Value::Check(Check::Partly) => M::PartlyDone.get(lang).to_owned(),
        Value::Check(Check::NotDone) => M::NotDone.get(lang).to_owned(),
        Value::Level(l) => l.clone(),
        Value::Triggered(true) => M::VetoOccurred.get(lang).to_owned(),
        Value::Triggered(false) => M::VetoNotOccurred.get(lang).to_owned(),
        Value::Completion(Completion::Done(d)) => match lang {
            Lang::Zh => format!("{d} 完成"),
            Lang::En => format!("done {d}"),
        },
        Value::Completion(Completion::NotDone) => M::NotDone.get(lang).to_owned(),
    }
}

/// A fact's answer in words.
pub fn fact_text(lang: Lang, answer: Option<&FactAnswer>) -> String {
    match answer {
        None => M::StatusIncomplete.get(lang).to_owned(),
        Some(FactAnswer::Count(c)) => c.clone(),
        Some(FactAnswer::Flag(true)) => M::Yes.get(lang).to_owned(),
        Some(FactAnswer::Flag(false)) => M::No.get(lang).to_owned(),
    }
}

/// One part to choose between when a file comes back: what it is, and
/// the two versions in words (the copy here's, the file's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChoiceLine {
    /// The part.
    pub part: Part,
    /// Its title: the item's, the fact's, or 问题清单.
    pub title: String,
    /// The copy here's version.
    pub here: String,
    /// The file's version.
    pub file: String,
}

/// The parts to choose between, in words.
pub fn choice_lines(
    lang: Lang,
    rubric: Option<&Rubric>,
    here: &Assessment,
    file: &Assessment,
    parts: &[Part],
) -> Vec<ChoiceLine> {
    let title = |id: &str| rubric.map_or_else(|| id.to_owned(), |r| title_of(r, id));
    let rows = |a: &Assessment| match lang {
        Lang::Zh => format!("{} 行", a.rectification.len()),
        Lang::En => format!("{} rows", a.rectification.len()),
    };
    let answers = |a: &Answers, id: &str| answer_text(lang, a.items.get(id));
    parts
        .iter()
        .map(|p| {
            let (title, h, f) = match p {
                Part::Item(id) => (
                    title(id),
                    answers(&here.answers, id),
                    answers(&file.answers, id),
                ),
                Part::Fact(id) => (
                    title(id),
                    fact_text(lang, here.answers.facts.get(id)),
                    fact_text(lang, file.answers.facts.get(id)),
                ),
                Part::Rectification => (
                    M::TabRectification.get(lang).to_owned(),
                    rows(here),
                    rows(file),
                ),
            };
            ChoiceLine {
                part: p.clone(),
                title,
                here: h,
                file: f,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use ziping_engine::review::Step;
    use ziping_engine::shipped::SHIPPED;

    fn branch() -> Rubric {
        let s = SHIPPED
            .iter()
            .find(|s| s.id == "branch-standard")
            .expect("shipped");
        Rubric::from_json(s.json).expect("valid")
    }

    fn file() -> Assessment {
        Assessment::from_json(include_str!("../../tests/e2e/fixtures/assessment-v1.json"))
            .expect("fixture")
    }

    #[test]
    fn a_plain_self_assessment_has_no_review() {
        let (r, a) = (branch(), file());
        let own = a.score(&r);
        assert_eq!(
            review_view(Lang::Zh, &r, &a.review, &own, &Rc::new(own.clone())),
            None
        );
    }

    #[test]
    fn the_review_shows_both_scores_the_differences_and_the_history() {
        let rubric = branch();
        let mut a = file();
        let own = a.answers.clone();
        a.review
            .submit(&own, "内科第一党支部", "2020-12-01")
            .expect("submit");
        a.review
            .start(&own, "党办 王某", "2020-12-03")
            .expect("start");
        a.review.answers.items.insert(
            "fzdy".into(),
            ItemAnswer {
                value: Some(Value::Level("程序不规范".into())),
                ..ItemAnswer::default()
            },
        );
        a.review.comments.insert("hj".into(), "请补换届批复".into());
        a.review
            .hand_back(Step::Return, "党办 王某", "2020-12-04")
            .expect("return");
        let own = a.score(&rubric);
        let reviewed = Rc::new(a.standing_score(&rubric));
        let v = review_view(Lang::Zh, &rubric, &a.review, &own, &reviewed).expect("a review");
        assert_eq!(v.stage, Stage::Returned);
        assert_eq!(v.editable, Some(Side::Unit));
        assert!(v.reviewed);
        assert_eq!(v.differing, ["hj", "fzdy"]);
        let fzdy = v.item("fzdy", None).expect("fzdy");
        assert_eq!(fzdy.difference(), fzdy.reviewed - fzdy.own);
        assert!(fzdy.difference() < Points::ZERO);
        // Sections and total agree, exactly.
        let sum = v
            .sections
            .iter()
            .fold(Points::ZERO, |acc, s| acc + s.difference);
        assert_eq!(v.total.2, sum);
        assert_eq!(v.total.2, v.total.1 - v.total.0);
        // The history in words, with the items' titles.
        let what: Vec<&str> = v.history.iter().map(|h| h.what.as_str()).collect();
        assert_eq!(what[0], "提交审核");
        assert!(what[2].starts_with("审核意见 2 项："), "{}", what[2]);
        assert!(what[2].contains(&rubric.item_title("fzdy")));
        assert_eq!(what[3], "退回修改");
        assert_eq!(v.reviewer, "党办 王某");
        assert!(v.history[0].unit && !v.history[3].unit);
    }

    #[test]
    fn answers_read_in_words() {
        let mut a = ItemAnswer {
            value: Some(Value::Ratio {
                numerator: "18".into(),
                denominator: "19".into(),
            }),
            ..ItemAnswer::default()
        };
        assert_eq!(answer_text(Lang::Zh, Some(&a)), "18 / 19");
        a.note = "见台账".into();
        assert_eq!(answer_text(Lang::Zh, Some(&a)), "18 / 19（说明：见台账）");
        a.na = true;
        assert_eq!(
            answer_text(Lang::Zh, Some(&a)),
            format!("{}（说明：见台账）", M::StatusNa.get(Lang::Zh))
        );
        assert_eq!(
            answer_text(Lang::Zh, None),
            M::StatusIncomplete.get(Lang::Zh)
        );
        let counts = ItemAnswer {
            value: Some(Value::Counts(vec!["1".into(), "0".into()])),
            ..ItemAnswer::default()
        };
        assert_eq!(answer_text(Lang::Zh, Some(&counts)), "1、0");
        assert_eq!(answer_text(Lang::En, Some(&counts)), "1, 0");
    }

    #[test]
    fn the_choice_names_each_part_and_both_versions() {
        let rubric = branch();
        let here = file();
        let mut there = here.clone();
        there.answers.items.remove("hj");
        there.rectification.clear();
        let lines = choice_lines(
            Lang::Zh,
            Some(&rubric),
            &here,
            &there,
            &[Part::Item("hj".into()), Part::Rectification],
        );
        assert_eq!(lines[0].title, rubric.item_title("hj"));
        assert!(lines[0].here.starts_with("部分完成"), "{}", lines[0].here);
        assert_eq!(lines[0].file, "未填");
        assert_eq!(
            (lines[1].here.as_str(), lines[1].file.as_str()),
            ("1 行", "0 行")
        );
    }
}
