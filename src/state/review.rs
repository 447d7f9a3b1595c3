//! The reducer's part for the committee's review (审核): its steps, the
//! reviewer's answers and comments, and a file that comes back over the
//! copy kept here. The rules themselves are the engine's
//! ([`ziping_engine::review`]); this applies them to the store.

use std::rc::Rc;

use ziping_engine::review::{self, Part, Side, Step};
use ziping_engine::{Assessment, ItemAnswer};

use super::{Action, AppState, Arrived, ImportError, Notice, PendingArrival, ReviewStep};

/// What became of one imported assessment.
pub(super) enum Arrival {
    /// Added (or taken over a kept copy): its unit, for the import notice.
    Added(String),
    /// Not imported, and why (in a batch of files).
    Refused(ImportError),
    /// A single file whose outcome has its own notice (or awaits a choice).
    Told,
}

impl AppState {
    /// Takes a step of the open assessment's review, dated today.
    pub(super) fn review_step(&mut self, step: ReviewStep) {
        let today = self.today.clone();
        let Some(e) = self.store.current_mut() else {
            return;
        };
        let own = e.assessment.answers.clone();
        let r = &mut e.assessment.review;
        let done = match &step {
            ReviewStep::Submit(who) => r.submit(&own, who, &today).map(|_| ()),
            ReviewStep::Withdraw(who) => r.apply(Step::Withdraw, who, &today),
            ReviewStep::Start(who) => r.start(&own, who, &today),
            ReviewStep::Return(who) => r.hand_back(Step::Return, who, &today),
            ReviewStep::SignOff(who) => r.hand_back(Step::SignOff, who, &today),
            ReviewStep::Reopen(who, reason) => {
                r.hand_back(Step::Reopen(reason.trim().to_owned()), who, &today)
            }
        };
        match done {
            Ok(()) => {
                let id = e.id;
                self.store.mark_changed(id, &today);
                if matches!(self.notice, Some(Notice::StepRefused(_))) {
                    self.notice = None;
                }
            }
            Err(why) => self.notice = Some(Notice::StepRefused(why)),
        }
    }

    /// Changes the reviewer's answers or comments of the open assessment,
    /// while it is under review.
    pub(super) fn review_edit(&mut self, action: Action) {
        let today = self.today.clone();
        let Some(e) = self.store.current_mut() else {
            return;
        };
        if e.assessment.review.editable_by() != Some(Side::Reviewer) {
            return;
        }
        let before = e.assessment.review.clone();
        let a = &mut e.assessment;
        match action {
            Action::Reassess(id, true) => {
                let start = a.answers.items.get(&id).cloned().unwrap_or_default();
                a.review.answers.items.entry(id).or_insert(start);
            }
            Action::Reassess(id, false) => {
                a.review.answers.items.remove(&id);
            }
            Action::SetReviewValue(id, value) => {
                a.review
                    .answers
                    .items
                    .entry(id)
                    .or_insert_with(ItemAnswer::default)
                    .value = value;
            }
            Action::SetReviewNa(id, na) => {
                a.review
                    .answers
                    .items
                    .entry(id)
                    .or_insert_with(ItemAnswer::default)
                    .na = na;
            }
            Action::SetComment(id, text) => {
                if text.trim().is_empty() {
                    a.review.comments.remove(&id);
                } else {
                    a.review.comments.insert(id, text);
                }
            }
            _ => return,
        }
        if a.review != before {
            let id = e.id;
            self.store.mark_changed(id, &today);
        }
    }

    /// An assessment read from a file: added, or told apart from the copy
    /// kept here of the same unit, year and rubric ([`review::arrival`]).
    pub(super) fn arrive(&mut self, file: &str, a: Assessment, single: bool) -> Arrival {
        // The copy kept here of the same unit, year and rubric that the
        // file relates to by its history, and how.
        // (Only files of the same key are compared: a committee imports
        // its 100 branches' files into a list of 100.)
        let related = self.store.entries.iter().find_map(|e| {
            if !super::same_file(&e.assessment, &a) {
                return None;
            }
            let how = review::arrival(&e.assessment, &a);
            (how != review::Arrival::Unrelated).then(|| (e.clone(), how))
        });
        let Some((kept, how)) = related else {
            let unit = a.unit.clone();
            let id = self.store.add(a);
            if single {
                self.store.open = Some(id);
            }
            return Arrival::Added(unit);
        };
        let unit = a.unit.clone();
        let told = |outcome| Notice::Arrived {
            file: file.to_owned(),
            unit: unit.clone(),
            outcome,
        };
        let (conflicts, diverged) = match how {
            review::Arrival::Same if !single => {
                return Arrival::Refused(ImportError::Known { older: false })
            }
            review::Arrival::Older if !single => {
                return Arrival::Refused(ImportError::Known { older: true })
            }
            review::Arrival::Same => {
                self.store.open = Some(kept.id);
                self.notice = Some(told(Arrived::Same));
                return Arrival::Told;
            }
            review::Arrival::Older => {
                self.store.open = Some(kept.id);
                self.notice = Some(told(Arrived::Older));
                return Arrival::Told;
            }
            review::Arrival::Newer { conflicts } => (conflicts, None),
            review::Arrival::Diverged { common, conflicts } => (conflicts, Some(common)),
            // Found above as related.
            review::Arrival::Unrelated => return Arrival::Told,
        };
        if conflicts.is_empty() && diverged.is_none() {
            let stage = a.review.stage;
            self.take(kept.id, a);
            if single {
                self.store.open = Some(kept.id);
                self.notice = Some(told(Arrived::Taken { stage, kept: 0 }));
                return Arrival::Told;
            }
            return Arrival::Added(unit);
        }
        if !single {
            return Arrival::Refused(ImportError::NeedsChoice {
                parts: conflicts.len(),
            });
        }
        self.store.open = Some(kept.id);
        self.notice = None;
        self.arrival = Some(PendingArrival {
            file: file.to_owned(),
            entry: kept.id,
            incoming: Rc::new(a),
            conflicts,
            diverged,
        });
        Arrival::Told
    }

    /// Replaces the kept entry's assessment with what came back.
    fn take(&mut self, id: u64, a: Assessment) {
        let today = self.today.clone();
        if let Some(e) = self.store.entry_mut(id) {
            e.assessment = a;
        }
        self.store.mark_changed(id, &today);
    }

    /// The user's choice for the file that came back: keep `keep` from the
    /// copy here, take the rest from the file; `None` changes nothing.
    pub(super) fn resolve_arrival(&mut self, choice: Option<Vec<Part>>) {
        let Some(pending) = self.arrival.take() else {
            return;
        };
        let Some(keep) = choice else {
            return;
        };
        let Some(kept) = self.store.entries.iter().find(|e| e.id == pending.entry) else {
            return;
        };
        // Only what was offered can be kept.
        let keep: Vec<Part> = keep
            .into_iter()
            .filter(|p| pending.conflicts.contains(p))
            .collect();
        let merged = review::merge(&kept.assessment, &pending.incoming, &keep);
        let stage = merged.review.stage;
        let unit = merged.unit.clone();
        self.take(pending.entry, merged);
        self.store.open = Some(pending.entry);
        self.notice = Some(Notice::Arrived {
            file: pending.file,
            unit,
            outcome: Arrived::Taken {
                stage,
                kept: keep.len(),
            },
        });
    }

    /// Keeps the file that came back beside the copy here.
    pub(super) fn arrival_as_copy(&mut self) {
        let Some(pending) = self.arrival.take() else {
            return;
        };
        let unit = pending.incoming.unit.clone();
        let id = self.store.add((*pending.incoming).clone());
        self.store.open = Some(id);
        self.notice = Some(Notice::Imported {
            file: pending.file,
            unit,
        });
    }
}
