//! `deadline`: a task with a due date ("9月底前完成").

use serde::Serialize;

use super::{mul_div_floor, Eval, Expected, ItemAt, Rule, RuleCheck};
use crate::answers::{Completion, Value};
use crate::date::{Date, DateError, Due};
use crate::decimal::Decimal;
use crate::from_json_struct;
use crate::report::{AnswerErrorKind, Detail, Gap};
use crate::validate::date_problem;

/// A task with a due date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeadlineRule {
    /// Due date: `MM-DD` in the assessment's year, or a full `YYYY-MM-DD`.
    pub due: String,
    /// Whether completion on the due date itself is on time (default true:
    /// "9月底前" includes 30 September).
    pub inclusive: bool,
    /// Share of the points earned when completed late (default 0).
    pub late_credit: Decimal,
    /// The wording of the deadline in the source, e.g. `"9月底前"`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub due_text: String,
}

from_json_struct!(DeadlineRule {
    due,
    inclusive: or(|| true),
    late_credit: default,
    due_text: default
});

impl Rule for DeadlineRule {
    fn expects(&self) -> Expected {
        Expected::Completion
    }

    fn check(&self, at: &mut RuleCheck<'_>) {
        if let Err(e) = Due::parse(&self.due) {
            at.add("due", date_problem(e, true));
        }
        at.share("late_credit", self.late_credit);
    }

    fn evaluate(&self, at: &ItemAt<'_>, value: &Value) -> Option<Eval> {
        let Value::Completion(done) = value else {
            return None;
        };
        let points = at.points;
        let Ok(due) = Due::parse(self.due.trim()) else {
            return Some(at.error(
                "value",
                AnswerErrorKind::BadRubric {
                    due: self.due.clone(),
                },
            ));
        };
        let due = due.in_year(at.year);
        let due_iso = due.to_string();
        let detail = |on_time| {
            Some(Detail::Deadline {
                due: due_iso.clone(),
                on_time,
            })
        };
        // The last day that is still on time.
        let last_on_time = if self.inclusive {
            due.days_from_epoch()
        } else {
            due.days_from_epoch() - 1
        };
        Some(match done {
            Completion::NotDone => Eval::Scored {
                earned: 0,
                gap: Some(Gap::NotDone {
                    due: due_iso.clone(),
                    due_text: (!self.due_text.is_empty()).then(|| self.due_text.clone()),
                }),
                detail: detail(None),
                at_floor: false,
            },
            Completion::Done(text) if text.trim().is_empty() => Eval::Incomplete {
                gap: None,
                detail: detail(None),
            },
            Completion::Done(text) => match Date::parse_lenient(text) {
                Err(DateError::Format(_)) => at.error(
                    "completed",
                    AnswerErrorKind::BadDate {
                        input: text.trim().to_owned(),
                    },
                ),
                Err(DateError::NoSuchDay(_)) => at.error(
                    "completed",
                    AnswerErrorKind::NoSuchDate {
                        input: text.trim().to_owned(),
                    },
                ),
                Ok(date) => {
                    let late_by = date.days_from_epoch() - last_on_time;
                    if late_by <= 0 {
                        Eval::Scored {
                            earned: points,
                            gap: None,
                            detail: detail(Some(true)),
                            at_floor: false,
                        }
                    } else {
                        let credit = self.late_credit;
                        let earned =
                            mul_div_floor(points, i128::from(credit.units()), credit.denominator());
                        Eval::Scored {
                            earned: earned.clamp(0, points),
                            gap: Some(Gap::Overdue {
                                days: late_by,
                                due: due_iso.clone(),
                            }),
                            detail: detail(Some(false)),
                            at_floor: false,
                        }
                    }
                }
            },
        })
    }
}
