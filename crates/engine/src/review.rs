//! A committee's review (审核) of a unit's self-assessment: the reviewed
//! answers beside the unit's own, the differences per item, per section and
//! in total, the review's course (自评中 → 已提交 → 审核中 → 已退回 / 已审定)
//! and its history.
//!
//! The reviewer never types a score. For an item it does not accept, it
//! gives the answer it finds, with the same input as the unit, and the
//! engine scores both sets of answers alike ([`compare`]); so a reviewed
//! score is always one the rubric can give. Items (and facts) the reviewer
//! leaves alone keep the unit's answer.
//!
//! The course of a review is a small state machine ([`Review::apply`]): a
//! step that does not fit the current state is refused with a
//! [`StepError`] and changes nothing, and every step taken is appended to
//! the history, which only grows ([`History::extends`] checks that a file
//! coming back still holds the history it left with).
//!
//! ```
//! use ziping_engine::review::{compare, Review, Step, Stage};
//! use ziping_engine::{Answers, ItemAnswer, Rubric, Value};
//!
//! let rubric = Rubric::from_json(ziping_engine::shipped::SHIPPED[0].json).unwrap();
//! let mut own = Answers::default();
//! let level = |name: &str| ItemAnswer { value: Some(Value::Level(name.into())), ..Default::default() };
//! own.items.insert("fzdy".into(), level("程序完整、材料齐全"));
//!
//! let mut review = Review::default();
//! review.apply(Step::Submit, "内科第一党支部", "2020-12-01").unwrap();
//! review.apply(Step::StartReview, "党办 王某", "2020-12-03").unwrap();
//! // The reviewer finds the files incomplete: the answer it gives, not a number.
//! review.answers.items.insert("fzdy".into(), level("基本规范，个别材料不全"));
//! review.comments.insert("fzdy".into(), "缺 2 名发展对象的政审材料".into());
//!
//! let c = compare(&rubric, &own, &review, 2020);
//! let fzdy = c.items.iter().find(|i| i.id == "fzdy").unwrap();
//! assert_eq!((fzdy.own.to_string(), fzdy.reviewed.to_string()), ("10".into(), "6".into()));
//! assert_eq!(fzdy.difference().to_string(), "-4");
//! assert_eq!(review.stage, Stage::InReview);
//! ```

use std::collections::BTreeMap;
use std::fmt;

use crate::{Answers, Points, Report, Rubric};

/// Where a review stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Stage {
    /// 自评中: the unit is filling it in.
    #[default]
    Draft,
    /// 已提交: the unit has sent it to its committee.
    Submitted,
    /// 审核中: the committee is reviewing it.
    InReview,
    /// 已退回: the committee sent it back for the unit to revise.
    Returned,
    /// 已审定: the committee signed the review off; the assessment is
    /// read-only until reopened.
    Approved,
}

/// Who takes a step: the unit or its committee.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The unit that self-assesses (the branch).
    Unit,
    /// The committee that reviews.
    Reviewer,
}

/// A step of a review's course.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// The unit sends its assessment (first time or after a return).
    Submit,
    /// The committee starts reviewing a submitted assessment.
    StartReview,
    /// The committee sends it back to be revised.
    Return,
    /// The unit revised these items (ids) of a returned assessment.
    Revise(Vec<String>),
    /// The committee changed or commented these items (ids).
    Reviewed(Vec<String>),
    /// The committee signs the review off.
    SignOff,
    /// The committee reopens a signed-off review, for this reason.
    Reopen(String),
}

impl Step {
    /// Who takes the step.
    pub fn side(&self) -> Side {
        match self {
            Step::Submit | Step::Revise(_) => Side::Unit,
            Step::StartReview
            | Step::Return
            | Step::Reviewed(_)
            | Step::SignOff
            | Step::Reopen(_) => Side::Reviewer,
        }
    }

    /// The stage after the step from `stage`, or `None` when the step does
    /// not fit there.
    fn next(&self, stage: Stage) -> Option<Stage> {
        use Stage::*;
        match (self, stage) {
            (Step::Submit, Draft | Returned) => Some(Submitted),
            (Step::StartReview, Submitted) => Some(InReview),
            (Step::Reviewed(_), InReview) => Some(InReview),
            (Step::Return, InReview) => Some(Returned),
            (Step::Revise(_), Returned) => Some(Returned),
            (Step::SignOff, InReview) => Some(Approved),
            (Step::Reopen(_), Approved) => Some(InReview),
            _ => None,
        }
    }
}

/// One entry of a review's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// The step taken.
    pub step: Step,
    /// Who took it, as they named themselves (a unit, a reviewer's name).
    pub who: String,
    /// When, as `YYYY-MM-DD` (or with the time) by the taker's clock.
    pub when: String,
}

/// A review's history: every step taken, oldest first. It only grows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct History {
    events: Vec<Event>,
}

impl History {
    /// The events, oldest first.
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// Whether `self` holds every event of `earlier`, in order, first: a
    /// file that comes back with a history that does not extend the one it
    /// left with has been rewritten, not added to.
    pub fn extends(&self, earlier: &History) -> bool {
        self.events.len() >= earlier.events.len()
            && self.events[..earlier.events.len()] == earlier.events[..]
    }

    /// Reads a history as written in a file, oldest first.
    pub fn from_events(events: Vec<Event>) -> History {
        History { events }
    }
}

/// Why a step was refused. Nothing changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StepError {
    /// The step does not fit the review's stage (to sign off a review not
    /// under way, to revise one not returned …).
    NotNow {
        /// The stage the review is in.
        stage: Stage,
    },
    /// A reopening needs a reason, and a step needs who takes it.
    Blank,
}

impl fmt::Display for StepError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StepError::NotNow { stage } => write!(f, "the step does not fit a review {stage:?}"),
            StepError::Blank => f.write_str("who takes the step, or the reason, is blank"),
        }
    }
}

impl std::error::Error for StepError {}

/// Who signed a review off, and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    /// The reviewer's name.
    pub name: String,
    /// The date, `YYYY-MM-DD`.
    pub date: String,
}

/// A committee's review of one assessment.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Review {
    /// The reviewed answers: only of the items and facts the reviewer does
    /// not accept; everything else keeps the unit's answer.
    pub answers: Answers,
    /// The reviewer's comment per item id.
    pub comments: BTreeMap<String, String>,
    /// Where the review stands.
    pub stage: Stage,
    /// The sign-off, while [`Stage::Approved`].
    pub signed: Option<Signature>,
    /// Every step taken.
    pub history: History,
}

impl Review {
    /// Takes `step` as `who` on `when`: moves the stage, records the
    /// sign-off (or clears it on reopening) and appends the step to the
    /// history. A step that does not fit, or a blank name or reason, is
    /// refused and changes nothing.
    pub fn apply(&mut self, step: Step, who: &str, when: &str) -> Result<(), StepError> {
        let who = who.trim();
        if who.is_empty() || matches!(&step, Step::Reopen(r) if r.trim().is_empty()) {
            return Err(StepError::Blank);
        }
        let next = step
            .next(self.stage)
            .ok_or(StepError::NotNow { stage: self.stage })?;
        match &step {
            Step::SignOff => {
                self.signed = Some(Signature {
                    name: who.to_owned(),
                    date: when.to_owned(),
                })
            }
            Step::Reopen(_) => self.signed = None,
            _ => {}
        }
        self.stage = next;
        self.history.events.push(Event {
            step,
            who: who.to_owned(),
            when: when.to_owned(),
        });
        Ok(())
    }

    /// Whether the assessment is read-only for both sides: signed off and
    /// not reopened.
    pub fn locked(&self) -> bool {
        self.stage == Stage::Approved
    }

    /// Who may change answers now: the unit while it fills in or revises,
    /// the reviewer while reviewing, nobody once signed off or while the
    /// assessment waits to be taken up.
    pub fn editable_by(&self) -> Option<Side> {
        match self.stage {
            Stage::Draft | Stage::Returned => Some(Side::Unit),
            Stage::InReview => Some(Side::Reviewer),
            Stage::Submitted | Stage::Approved => None,
        }
    }
}

/// The answers the review stands for: the unit's, with the reviewer's in
/// place of the items and facts it did not accept.
pub fn reviewed_answers(own: &Answers, review: &Review) -> Answers {
    let mut out = own.clone();
    for (id, a) in &review.answers.items {
        out.items.insert(id.clone(), a.clone());
    }
    for (id, f) in &review.answers.facts {
        out.facts.insert(id.clone(), f.clone());
    }
    out
}

/// One item, self-assessed and reviewed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemComparison {
    /// The item's id.
    pub id: String,
    /// Its section's id.
    pub section: String,
    /// The points the unit's answers earn (自评分).
    pub own: Points,
    /// The points the reviewed answers earn (考核分).
    pub reviewed: Points,
    /// Whether the reviewer gave an answer of its own.
    pub answered_by_reviewer: bool,
    /// The reviewer's comment.
    pub comment: Option<String>,
}

impl ItemComparison {
    /// Reviewed minus own, exactly: negative when the review takes points
    /// away.
    pub fn difference(&self) -> Points {
        self.reviewed - self.own
    }

    /// Whether the review differs here: other points, another answer or a
    /// comment.
    pub fn differs(&self) -> bool {
        self.own != self.reviewed || self.answered_by_reviewer || self.comment.is_some()
    }
}

/// One section, self-assessed and reviewed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionComparison {
    /// The section's id.
    pub id: String,
    /// Its points by the unit's answers.
    pub own: Points,
    /// Its points by the reviewed answers.
    pub reviewed: Points,
}

impl SectionComparison {
    /// Reviewed minus own, exactly.
    pub fn difference(&self) -> Points {
        self.reviewed - self.own
    }
}

/// A self-assessment beside its review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    /// The report of the unit's answers.
    pub own: Report,
    /// The report of the reviewed answers.
    pub reviewed: Report,
    /// Every item, in rubric order.
    pub items: Vec<ItemComparison>,
    /// Every section, in rubric order.
    pub sections: Vec<SectionComparison>,
}

impl Comparison {
    /// Reviewed total minus own total, exactly.
    pub fn difference(&self) -> Points {
        self.reviewed.total - self.own.total
    }

    /// The items where the review differs ("只看有差异的项").
    pub fn differing(&self) -> impl Iterator<Item = &ItemComparison> {
        self.items.iter().filter(|i| i.differs())
    }
}

/// Scores the unit's answers and the reviewed ones with the same engine and
/// sets them side by side.
pub fn compare(rubric: &Rubric, own: &Answers, review: &Review, year: i32) -> Comparison {
    let own_report = crate::score(rubric, own, year);
    let reviewed_report = crate::score(rubric, &reviewed_answers(own, review), year);
    let mut items = Vec::new();
    let mut sections = Vec::new();
    for section in &rubric.sections {
        for item in &section.items {
            let earned = |r: &Report| r.item(&item.id).map_or(Points::ZERO, |i| i.earned);
            items.push(ItemComparison {
                id: item.id.clone(),
                section: section.id.clone(),
                own: earned(&own_report),
                reviewed: earned(&reviewed_report),
                answered_by_reviewer: review.answers.items.contains_key(&item.id),
                comment: review
                    .comments
                    .get(&item.id)
                    .map(|c| c.trim())
                    .filter(|c| !c.is_empty())
                    .map(str::to_owned),
            });
        }
        let earned = |r: &Report| r.section(&section.id).map_or(Points::ZERO, |s| s.earned);
        sections.push(SectionComparison {
            id: section.id.clone(),
            own: earned(&own_report),
            reviewed: earned(&reviewed_report),
        });
    }
    Comparison {
        own: own_report,
        reviewed: reviewed_report,
        items,
        sections,
    }
}
