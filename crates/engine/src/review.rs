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

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::{Answers, Assessment, Points, Report, Rubric};

/// Where a review stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize)]
#[serde(rename_all = "snake_case")]
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
    /// The unit takes back an assessment sent but not yet taken up.
    Withdraw,
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
            Step::Submit | Step::Withdraw | Step::Revise(_) => Side::Unit,
            Step::StartReview
            | Step::Return
            | Step::Reviewed(_)
            | Step::SignOff
            | Step::Reopen(_) => Side::Reviewer,
        }
    }

    /// The step's name in a file: `submit`, `withdraw`, `start_review`,
    /// `return`, `revise`, `reviewed`, `sign_off`, `reopen`.
    pub fn name(&self) -> &'static str {
        match self {
            Step::Submit => "submit",
            Step::Withdraw => "withdraw",
            Step::StartReview => "start_review",
            Step::Return => "return",
            Step::Revise(_) => "revise",
            Step::Reviewed(_) => "reviewed",
            Step::SignOff => "sign_off",
            Step::Reopen(_) => "reopen",
        }
    }

    /// The items (and facts) a `revise` or `reviewed` step names.
    pub fn items(&self) -> &[String] {
        match self {
            Step::Revise(ids) | Step::Reviewed(ids) => ids,
            _ => &[],
        }
    }

    /// The stage after the step from `stage`, or `None` when the step does
    /// not fit there.
    fn next(&self, stage: Stage) -> Option<Stage> {
        use Stage::*;
        match (self, stage) {
            (Step::Submit, Draft | Returned) => Some(Submitted),
            (Step::Withdraw, Submitted) => Some(Draft),
            // A file sent without the step (by mail, on a stick) is
            // reviewed all the same.
            (Step::StartReview, Draft | Submitted) => Some(InReview),
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

impl Serialize for Event {
    /// `{"step": "revise", "items": [...], "who": ..., "when": ...}`; `items`
    /// only for `revise` and `reviewed`, `reason` only for `reopen`.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let extra = matches!(
            self.step,
            Step::Revise(_) | Step::Reviewed(_) | Step::Reopen(_)
        );
        let mut e = s.serialize_struct("Event", 3 + usize::from(extra))?;
        e.serialize_field("step", self.step.name())?;
        match &self.step {
            Step::Revise(ids) | Step::Reviewed(ids) => e.serialize_field("items", ids)?,
            Step::Reopen(reason) => e.serialize_field("reason", reason)?,
            _ => {}
        }
        e.serialize_field("who", &self.who)?;
        e.serialize_field("when", &self.when)?;
        e.end()
    }
}

/// The most events a file's review history may have: a review runs to tens
/// of steps, and a file with more is taken for a faulty one.
pub const MAX_HISTORY: usize = 1000;

/// A review's history: every step taken, oldest first. It only grows.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
#[serde(transparent)]
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

    /// How many events `self` and `other` share from the start.
    pub fn common(&self, other: &History) -> usize {
        self.events
            .iter()
            .zip(&other.events)
            .take_while(|(a, b)| a == b)
            .count()
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
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Signature {
    /// The reviewer's name.
    pub name: String,
    /// The date, `YYYY-MM-DD`.
    pub date: String,
}

/// A committee's review of one assessment.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
pub struct Review {
    /// Where the review stands.
    pub stage: Stage,
    /// The sign-off, while [`Stage::Approved`].
    pub signed: Option<Signature>,
    /// The reviewed answers: only of the items and facts the reviewer does
    /// not accept; everything else keeps the unit's answer.
    pub answers: Answers,
    /// The reviewer's comment per item id.
    pub comments: BTreeMap<String, String>,
    /// The unit's answers as it last submitted them, so that a
    /// resubmission names the items revised since ([`Review::submit`]).
    pub submitted: Option<Answers>,
    /// Every step taken.
    pub history: History,
}

impl Review {
    /// Takes `step` as `who` on `when`: moves the stage, records the
    /// sign-off (or clears it on reopening) and appends the step to the
    /// history. A step that does not fit, or a blank name or reason, is
    /// refused and changes nothing.
    pub fn apply(&mut self, step: Step, who: &str, when: &str) -> Result<(), StepError> {
        self.check(&step, who)?;
        let who = who.trim();
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

    /// Nothing reviewed and no step taken: a plain self-assessment, whose
    /// file has no `review`.
    pub fn is_blank(&self) -> bool {
        *self == Review::default()
    }

    /// The unit submits `own` answers as `who` on `when`. After a return,
    /// the items and facts revised since the last submission are recorded
    /// first, as a `revise` step; returns them. Refused, changing nothing,
    /// where [`Step::Submit`] is.
    pub fn submit(
        &mut self,
        own: &Answers,
        who: &str,
        when: &str,
    ) -> Result<Vec<String>, StepError> {
        self.check(&Step::Submit, who)?;
        let revised = match (&self.submitted, self.stage) {
            (Some(before), Stage::Returned) => changed(before, own),
            _ => Vec::new(),
        };
        if !revised.is_empty() {
            self.apply(Step::Revise(revised.clone()), who, when)?;
        }
        self.apply(Step::Submit, who, when)?;
        self.submitted = Some(own.clone());
        Ok(revised)
    }

    /// The committee starts reviewing ([`Step::StartReview`]) the unit's
    /// `own` answers as `who` on `when`. A file sent without being
    /// submitted has its answers kept as submitted, so that a later
    /// resubmission names what was revised.
    pub fn start(&mut self, own: &Answers, who: &str, when: &str) -> Result<(), StepError> {
        self.apply(Step::StartReview, who, when)?;
        if self.submitted.is_none() {
            self.submitted = Some(own.clone());
        }
        Ok(())
    }

    /// The committee returns the assessment ([`Step::Return`]) or signs it
    /// off ([`Step::SignOff`]) as `who` on `when`, recording first the items
    /// it answered or commented on, as a `reviewed` step. Any other step is
    /// taken as [`Review::apply`] takes it.
    pub fn hand_back(&mut self, step: Step, who: &str, when: &str) -> Result<(), StepError> {
        self.check(&step, who)?;
        if matches!(step, Step::Return | Step::SignOff) {
            let ids = self.touched();
            if !ids.is_empty() {
                self.apply(Step::Reviewed(ids), who, when)?;
            }
        }
        self.apply(step, who, when)
    }

    /// The items the reviewer answered or commented on, sorted, then the
    /// facts it answered.
    pub fn touched(&self) -> Vec<String> {
        let commented = self
            .comments
            .iter()
            .filter(|(_, c)| !c.trim().is_empty())
            .map(|(id, _)| id);
        let mut ids = union(self.answers.items.keys(), commented);
        ids.extend(self.answers.facts.keys().cloned());
        ids
    }

    /// Refuses what [`Review::apply`] would refuse, changing nothing.
    fn check(&self, step: &Step, who: &str) -> Result<(), StepError> {
        if who.trim().is_empty() || matches!(step, Step::Reopen(r) if r.trim().is_empty()) {
            return Err(StepError::Blank);
        }
        step.next(self.stage)
            .map(|_| ())
            .ok_or(StepError::NotNow { stage: self.stage })
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

/// The ids of the items, then the facts, whose answers differ between `a`
/// and `b` (one answered and not the other, or answered otherwise).
pub fn changed(a: &Answers, b: &Answers) -> Vec<String> {
    fn keys<T: PartialEq>(a: &BTreeMap<String, T>, b: &BTreeMap<String, T>) -> Vec<String> {
        let mut ids = union(a.keys(), b.keys());
        ids.retain(|id| a.get(id) != b.get(id));
        ids
    }
    let mut ids = keys(&a.items, &b.items);
    ids.extend(keys(&a.facts, &b.facts));
    ids
}

/// The union of two ascending sequences of ids, ascending, each id once
/// (the keys of two maps: no sort needed).
fn union<'a>(
    a: impl Iterator<Item = &'a String>,
    b: impl Iterator<Item = &'a String>,
) -> Vec<String> {
    let (mut a, mut b) = (a.peekable(), b.peekable());
    let mut out = Vec::new();
    loop {
        let next = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) if x < y => a.next(),
            (Some(x), Some(y)) if x > y => b.next(),
            (Some(_), Some(_)) => {
                b.next();
                a.next()
            }
            (Some(_), None) => a.next(),
            (None, _) => b.next(),
        };
        match next {
            Some(id) => out.push(id.clone()),
            None => return out,
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
    let (items, sections) = compare_scored(rubric, &own_report, &reviewed_report, review);
    Comparison {
        own: own_report,
        reviewed: reviewed_report,
        items,
        sections,
    }
}

/// [`compare`] with both reports already at hand: `own` of the unit's
/// answers, `reviewed` of [`reviewed_answers`] (a screen that keeps them
/// scores nothing again). Every item, then every section, in rubric order.
pub fn compare_scored(
    rubric: &Rubric,
    own: &Report,
    reviewed: &Report,
    review: &Review,
) -> (Vec<ItemComparison>, Vec<SectionComparison>) {
    let mut items = Vec::new();
    let mut sections = Vec::new();
    for section in &rubric.sections {
        for item in &section.items {
            let earned = |r: &Report| r.item(&item.id).map_or(Points::ZERO, |i| i.earned);
            items.push(ItemComparison {
                id: item.id.clone(),
                section: section.id.clone(),
                own: earned(own),
                reviewed: earned(reviewed),
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
            own: earned(own),
            reviewed: earned(reviewed),
        });
    }
    (items, sections)
}

/// A part of an assessment that two copies can differ in, for the choice a
/// user makes when a file comes back ([`merge`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// The unit's answer to an item (by id).
    Item(String),
    /// The unit's answer to a fact (by id).
    Fact(String),
    /// The rectification list (问题清单), as a whole.
    Rectification,
}

/// How a file relates to the copy kept here of the same unit, year and
/// rubric, by their review histories.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arrival {
    /// The file has no review history: a plain self-assessment, kept side
    /// by side with the copy (the roll-up counts the newer), whatever the
    /// copy's own history.
    Unrelated,
    /// The same work: nothing to take.
    Same,
    /// The kept copy has gone further than the file: nothing to take.
    Older,
    /// The file carries the kept copy's history on. `conflicts`: what the
    /// kept copy changed since it was sent and the file has otherwise (when
    /// only the committee took steps in the file, every difference in the
    /// unit's answers and list); the user chooses for each, and without
    /// conflicts the file is taken.
    Newer {
        /// What to choose between, in order.
        conflicts: Vec<Part>,
    },
    /// Both went on from their first `common` steps. The file's review is
    /// taken, the kept copy's steps after that point are not, and the user
    /// chooses for every answer that differs.
    Diverged {
        /// Steps the two histories share.
        common: usize,
        /// What to choose between, in order.
        conflicts: Vec<Part>,
    },
}

/// The parts in which `a` and `b` differ: items, facts, then the
/// rectification list.
pub fn parts_changed(a: &Assessment, b: &Assessment) -> Vec<Part> {
    let mut parts: Vec<Part> = changed(&a.answers, &b.answers)
        .into_iter()
        .map(|id| {
            if a.answers.facts.contains_key(&id) || b.answers.facts.contains_key(&id) {
                if a.answers.items.contains_key(&id) || b.answers.items.contains_key(&id) {
                    Part::Item(id)
                } else {
                    Part::Fact(id)
                }
            } else {
                Part::Item(id)
            }
        })
        .collect();
    if a.rectification != b.rectification {
        parts.push(Part::Rectification);
    }
    parts
}

/// Whether two copies hold the same work: everything but the result saved
/// with a file (which a reader scores again).
pub fn same_work(a: &Assessment, b: &Assessment) -> bool {
    let strip = |x: &Assessment| Assessment {
        result: None,
        ..x.clone()
    };
    strip(a) == strip(b)
}

/// How `file` relates to the `kept` copy of the same unit, year and rubric.
///
/// ```
/// use ziping_engine::review::{arrival, Arrival, Step};
/// use ziping_engine::{Assessment, Rubric, SHIPPED};
///
/// let rubric = Rubric::from_json(SHIPPED[0].json).unwrap();
/// let mut kept = Assessment::new(&rubric, "内科第一党支部", 2020);
/// kept.review.submit(&kept.answers.clone(), "内科第一党支部", "2020-12-01").unwrap();
/// let mut back = kept.clone();
/// back.review.apply(Step::StartReview, "王某", "2020-12-03").unwrap();
/// back.review.hand_back(Step::Return, "王某", "2020-12-04").unwrap();
/// assert_eq!(arrival(&kept, &back), Arrival::Newer { conflicts: vec![] });
/// assert_eq!(arrival(&back, &kept), Arrival::Older);
/// ```
pub fn arrival(kept: &Assessment, file: &Assessment) -> Arrival {
    let (k, f) = (&kept.review.history, &file.review.history);
    if same_work(kept, file) {
        return Arrival::Same;
    }
    // A file without a history is a plain self-assessment: kept beside, as
    // such files always were, and never taken for an older state of a
    // review (nor its empty review for the committee's).
    if f.events().is_empty() {
        return Arrival::Unrelated;
    }
    let common = k.common(f);
    let all = parts_changed(kept, file);
    if common == k.events().len() && common < f.events().len() {
        // After the kept copy's last step, the file went on. When the unit
        // took a step in it, its answers and list are the unit's newer
        // work. When only the committee did, they are what left here, and
        // whatever differs is a change made here since.
        let unit_moved = f.events()[common..]
            .iter()
            .any(|e| e.step.side() == Side::Unit);
        Arrival::Newer {
            conflicts: if unit_moved { Vec::new() } else { all },
        }
    } else if common == f.events().len() {
        Arrival::Older
    } else {
        Arrival::Diverged {
            common,
            conflicts: all,
        }
    }
}

/// The file, with the kept copy's version of each part in `keep`: what an
/// import over a kept copy leaves once the user has chosen.
pub fn merge(kept: &Assessment, file: &Assessment, keep: &[Part]) -> Assessment {
    let mut out = file.clone();
    for part in keep {
        match part {
            Part::Item(id) => match kept.answers.items.get(id) {
                Some(a) => {
                    out.answers.items.insert(id.clone(), a.clone());
                }
                None => {
                    out.answers.items.remove(id);
                }
            },
            Part::Fact(id) => match kept.answers.facts.get(id) {
                Some(a) => {
                    out.answers.facts.insert(id.clone(), a.clone());
                }
                None => {
                    out.answers.facts.remove(id);
                }
            },
            Part::Rectification => out.rectification = kept.rectification.clone(),
        }
    }
    out
}
