//! `levels`: one of several named levels, each worth set points
//! ("好、较好、一般、差").

use std::collections::BTreeMap;

use serde::Serialize;

use super::{Eval, Expected, ItemAt, Rule, RuleCheck};
use crate::answers::Value;
use crate::decimal::Points;
use crate::from_json_struct;
use crate::problem::{IdOf, ProblemKind};
use crate::report::{AnswerErrorKind, Gap};

/// Named levels.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LevelsRule {
    /// The levels, best first. The best is worth the item's points.
    pub levels: Vec<LevelOption>,
}

/// One named level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LevelOption {
    /// Name, e.g. `"好"`.
    pub name: String,
    /// Points for this level.
    pub points: Points,
}

from_json_struct!(LevelsRule { levels });

from_json_struct!(LevelOption { name, points });

impl Rule for LevelsRule {
    fn expects(&self) -> Expected {
        Expected::Level
    }

    fn check(&self, at: &mut RuleCheck<'_>) {
        if self.levels.is_empty() {
            at.add("levels", ProblemKind::NoLevels);
        }
        let points = at.item.points;
        let mut names = BTreeMap::new();
        for (i, level) in self.levels.iter().enumerate() {
            let lpath = format!("levels[{i}]");
            at.not_empty(&format!("{lpath}.name"), &level.name);
            if let Some(first) = names.get(&level.name) {
                let kind = ProblemKind::Duplicate {
                    of: IdOf::Level,
                    id: level.name.clone(),
                    first: String::clone(first),
                };
                at.add(&format!("{lpath}.name"), kind);
            } else {
                let first = format!("{}.scoring.{lpath}.name", at.item_path);
                names.insert(level.name.clone(), first);
            }
            if i == 0 && level.points != points {
                at.add(
                    &format!("{lpath}.points"),
                    ProblemKind::BestLevelPoints {
                        found: level.points,
                        points,
                    },
                );
            } else if level.points > points {
                at.not_above_points(&format!("{lpath}.points"), level.points);
            }
        }
    }

    fn evaluate(&self, at: &ItemAt<'_>, value: &Value) -> Option<Eval> {
        let Value::Level(name) = value else {
            return None;
        };
        let name = name.trim();
        if name.is_empty() {
            return Some(Eval::BLANK);
        }
        let Some(level) = self.levels.iter().find(|l| l.name == name) else {
            return Some(at.error(
                "level",
                AnswerErrorKind::UnknownLevel {
                    input: name.to_owned(),
                    levels: self.levels.iter().map(|l| l.name.clone()).collect(),
                },
            ));
        };
        let points = at.points;
        let earned = i128::from(level.points.hundredths()).clamp(0, points);
        let gap = match self.levels.first() {
            Some(best) if earned < points => Some(Gap::BestLevel {
                name: best.name.clone(),
            }),
            _ => None,
        };
        Some(Eval::scored(earned, gap))
    }
}
