//! Property tests over generated rubrics and answers.
//!
//! Every property runs [`CASES`] = 256 generated cases (12 properties, 3072
//! cases in all). Set `PROPTEST_CASES` to run more.

#![allow(clippy::unwrap_used)]

use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::Value as Json;
use ziping_engine::ratio::{meets, needed, Needed};
use ziping_engine::{
    Answers, Assessment, Check, ChecklistRule, Citation, Compare, Completion, Condition,
    CountAward, CountRule, CoverageRule, Date, DeadlineRule, Decimal, DeductionRule, FactAnswer,
    FrequencyRule, GradeBand, Item, ItemAnswer, LevelOption, LevelsRule, NaPolicy, Per, Points,
    RatioAward, RatioRule, RectificationRow, RectificationStatus, Report, ResultSummary, Rubric,
    Scoring, Status, Value, VetoEffect, VetoRule, ZeroDenominator,
};

/// Cases per property.
const CASES: u32 = 256;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(CASES),
        ..ProptestConfig::default()
    }
}

const GRADES: [&str; 4] = ["优秀", "良好", "合格", "不合格"];

// ---------------------------------------------------------------------------
// Generating valid rubrics.

fn share() -> impl Strategy<Value = Decimal> {
    (0i64..=100).prop_map(|h| Decimal::new(h, 2).unwrap())
}

fn compare() -> impl Strategy<Value = Compare> {
    prop_oneof![
        Just(Compare::AtLeast),
        Just(Compare::Above),
        Just(Compare::AtMost),
        Just(Compare::Below)
    ]
}

fn threshold() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        (0i64..=100).prop_map(Decimal::from_int),
        (0i64..=1000).prop_map(|u| Decimal::new(u, 1).unwrap()),
        Just(Decimal::new(5, 1).unwrap()),
        Just(Decimal::from_int(95)),
    ]
}

fn ratio_rule(p: i64) -> impl Strategy<Value = Scoring> {
    let award = prop_oneof![
        Just(RatioAward::AllOrNothing),
        Just(RatioAward::Proportional),
        (0..=p, 0i64..=500, 0..=p).prop_map(|(b, per, f)| RatioAward::Slope {
            base: Points(b),
            per_10pp: Points(per),
            floor: Points(f),
        }),
    ];
    let zero = prop_oneof![
        Just(ZeroDenominator::Na),
        Just(ZeroDenominator::Met),
        Just(ZeroDenominator::Unmet)
    ];
    (compare(), threshold(), any::<bool>(), zero, award).prop_map(
        |(mut compare, threshold, share_of_total, zero_denominator, award)| {
            // Comparisons no rate can meet are rejected by validation.
            if compare == Compare::Above && threshold == Decimal::from_int(100) {
                compare = Compare::AtLeast;
            }
            if compare == Compare::Below && threshold == Decimal::ZERO {
                compare = Compare::AtMost;
            }
            Scoring::Ratio(RatioRule {
                numerator: "达标数".into(),
                denominator: "总数".into(),
                compare,
                threshold,
                share_of_total,
                zero_denominator,
                award,
                gap_unit: "个".into(),
                from: None,
            })
        },
    )
}

fn per() -> impl Strategy<Value = Per> {
    prop_oneof![
        Just(Per::Month),
        Just(Per::Quarter),
        Just(Per::HalfYear),
        Just(Per::Year)
    ]
}

fn frequency_rule(p: i64) -> impl Strategy<Value = Scoring> {
    (per(), 1u32..=3, 0i64..=500, 0..=p).prop_map(|(per, required, d, f)| {
        Scoring::Frequency(FrequencyRule {
            what: "会议".into(),
            per,
            required,
            deduct: Points(d),
            floor: Points(f),
        })
    })
}

fn count_rule(_p: i64) -> impl Strategy<Value = Scoring> {
    (1u64..=20, any::<bool>()).prop_map(|(target, all)| {
        Scoring::Count(CountRule {
            target,
            unit: "次".into(),
            award: if all {
                CountAward::AllOrNothing
            } else {
                CountAward::Proportional
            },
        })
    })
}

fn coverage_rule(_p: i64) -> impl Strategy<Value = Scoring> {
    any::<bool>().prop_map(|all| {
        Scoring::Coverage(CoverageRule {
            reached: "已培训".into(),
            all: "总数".into(),
            unit: "名未培训".into(),
            award: if all {
                CountAward::AllOrNothing
            } else {
                CountAward::Proportional
            },
        })
    })
}

fn checklist_rule(_p: i64) -> impl Strategy<Value = Scoring> {
    share().prop_map(|partly| Scoring::Checklist(ChecklistRule { partly }))
}

fn levels_rule(p: i64) -> impl Strategy<Value = Scoring> {
    prop::collection::vec(0..=p, 0..4).prop_map(move |rest| {
        let mut levels = vec![LevelOption {
            name: "L0".into(),
            points: Points(p),
        }];
        for (i, q) in rest.into_iter().enumerate() {
            levels.push(LevelOption {
                name: format!("L{}", i + 1),
                points: Points(q),
            });
        }
        Scoring::Levels(LevelsRule { levels })
    })
}

fn deduction_rule(p: i64) -> impl Strategy<Value = Scoring> {
    (0i64..=800, 0..=p).prop_map(|(per, f)| {
        Scoring::Deduction(DeductionRule {
            event: "问题".into(),
            per: Points(per),
            floor: Points(f),
        })
    })
}

fn deadline_rule(_p: i64) -> impl Strategy<Value = Scoring> {
    (due(), any::<bool>(), share(), any::<bool>()).prop_map(
        |(due, inclusive, late_credit, text)| {
            Scoring::Deadline(DeadlineRule {
                due,
                inclusive,
                late_credit,
                due_text: if text {
                    "9月底前".into()
                } else {
                    String::new()
                },
            })
        },
    )
}

fn due() -> impl Strategy<Value = String> {
    prop_oneof![
        (1u8..=12, 1u8..=31)
            .prop_filter("a real month-day", |(m, d)| Date::new(2000, *m, *d)
                .is_some())
            .prop_map(|(m, d)| format!("{m:02}-{d:02}")),
        (2019i32..=2021, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}")),
    ]
}

/// A kind that counts in its section: points, and a rule fitting them.
fn scored<S>(rule: fn(i64) -> S) -> BoxedStrategy<(Scoring, Points)>
where
    S: Strategy<Value = Scoring> + 'static,
{
    (1i64..=2000)
        .prop_flat_map(move |p| rule(p).prop_map(move |s| (s, Points(p))))
        .boxed()
}

fn bonus_rule() -> impl Strategy<Value = (Scoring, Points)> {
    (0i64..=300, 0i64..=1000).prop_map(|(per, p)| {
        (
            Scoring::Bonus(ziping_engine::BonusRule {
                event: "表彰".into(),
                per: Points(per),
            }),
            Points(p),
        )
    })
}

fn veto_rule() -> impl Strategy<Value = (Scoring, Points)> {
    prop_oneof![
        Just(VetoEffect::ZeroTotal),
        Just(VetoEffect::LowestGrade),
        (0usize..4).prop_map(|i| VetoEffect::CapGrade {
            grade: GRADES[i].into()
        }),
    ]
    .prop_map(|effect| {
        (
            Scoring::Veto(VetoRule {
                event: "严重问题".into(),
                effect,
            }),
            Points::ZERO,
        )
    })
}

/// `(scoring, points)` for the kind named `name` in [`Scoring::NAMES`]. A
/// kind without a generator here fails every property at once.
fn kind_rule(name: &str) -> BoxedStrategy<(Scoring, Points)> {
    match name {
        "ratio" => scored(ratio_rule),
        "frequency" => scored(frequency_rule),
        "count" => scored(count_rule),
        "checklist" => scored(checklist_rule),
        "levels" => scored(levels_rule),
        "deduction" => scored(deduction_rule),
        "bonus" => bonus_rule().boxed(),
        "veto" => veto_rule().boxed(),
        "deadline" => scored(deadline_rule),
        "coverage" => scored(coverage_rule),
        _ => panic!("no generator for kind {name}"),
    }
}

/// `(scoring, points)` for any kind: each of [`Scoring::NAMES`] equally
/// often.
fn scoring() -> impl Strategy<Value = (Scoring, Points)> {
    prop::sample::select(Scoring::NAMES).prop_flat_map(kind_rule)
}

fn condition() -> impl Strategy<Value = Option<Condition>> {
    prop_oneof![
        3 => Just(None),
        1 => (0u64..10).prop_map(|n| Some(Condition {
            fact: "members".into(),
            at_least: Some(n),
            is: None,
            note: String::new(),
        })),
        1 => any::<bool>().prop_map(|b| Some(Condition {
            fact: "groups".into(),
            at_least: None,
            is: Some(b),
            note: String::new(),
        })),
    ]
}

type ItemParts = ((Scoring, Points), Option<Condition>, bool);

fn item_parts() -> impl Strategy<Value = ItemParts> {
    (scoring(), condition(), prop::bool::weighted(0.2))
}

fn make_item(id: String, ((scoring, points), applies_if, na_allowed): ItemParts) -> Item {
    Item {
        title: format!("项目 {id}"),
        id,
        source: Citation {
            document: "d".into(),
            clause: "一".into(),
            quote: "原文。".into(),
        },
        level: ziping_engine::Level::Branch,
        evidence: "台账".into(),
        points,
        responsible: String::new(),
        applies_if,
        na_allowed,
        missed: None,
        scoring,
    }
}

fn counts_in_section(s: &Scoring) -> bool {
    !matches!(s, Scoring::Bonus(_) | Scoring::Veto(_))
}

fn build_rubric(
    (sections, na_policy, bonus_cap, mut percents): (
        Vec<Vec<ItemParts>>,
        NaPolicy,
        Option<i64>,
        Vec<i64>,
    ),
) -> Rubric {
    let mut out = Vec::new();
    for (si, items) in sections.into_iter().enumerate() {
        let items: Vec<Item> = items
            .into_iter()
            .enumerate()
            .map(|(ii, parts)| make_item(format!("i{si}-{ii}"), parts))
            .collect();
        out.push(ziping_engine::Section {
            id: format!("s{si}"),
            title: format!("第{si}部分"),
            points: Points::ZERO,
            items,
        });
    }
    // At least one point in all, so that the grade bands can be distinct.
    let max: i64 = out
        .iter()
        .flat_map(|s| &s.items)
        .filter(|i| counts_in_section(&i.scoring))
        .map(|i| i.points.hundredths())
        .sum();
    if max < 100 {
        out[0].items.push(make_item(
            "pad".into(),
            (
                (
                    Scoring::Checklist(ChecklistRule {
                        partly: Decimal::new(5, 1).unwrap(),
                    }),
                    Points(100),
                ),
                None,
                false,
            ),
        ));
    }
    for s in &mut out {
        s.points = s
            .items
            .iter()
            .filter(|i| counts_in_section(&i.scoring))
            .map(|i| i.points)
            .sum();
    }
    let max: i64 = out.iter().map(|s| s.points.hundredths()).sum();
    percents.sort_unstable_by(|a, b| b.cmp(a));
    let mut grades: Vec<GradeBand> = percents
        .iter()
        .zip(GRADES)
        .map(|(p, name)| GradeBand {
            name: name.into(),
            min: Points(max * p / 100),
        })
        .collect();
    grades.push(GradeBand {
        name: GRADES[3].into(),
        min: Points::ZERO,
    });
    Rubric {
        id: "generated".into(),
        version: "1".into(),
        title: "生成的细则".into(),
        description: String::new(),
        // A pass mark, so that the round-trip properties cover it.
        pass: Some(ziping_engine::PassMark::Grade(GRADES[1].into())),
        documents: vec![ziping_engine::Document {
            id: "d".into(),
            number: None,
            title: "文件".into(),
            issuer: String::new(),
            date: "2020-01-01".into(),
            kind: ziping_engine::DocumentKind::Plan,
        }],
        level: ziping_engine::Level::Branch,
        period: ziping_engine::PeriodSpec {
            unit: ziping_engine::PeriodUnit::Year,
            label: String::new(),
            year: Some(2020),
        },
        grades,
        na_policy,
        bonus_cap: bonus_cap.map(Points),
        facts: vec![
            ziping_engine::Fact {
                id: "members".into(),
                label: "正式党员人数".into(),
                kind: ziping_engine::FactKind::Count,
            },
            ziping_engine::Fact {
                id: "groups".into(),
                label: "是否设党小组".into(),
                kind: ziping_engine::FactKind::Flag,
            },
        ],
        sections: out,
    }
}

fn rubric() -> impl Strategy<Value = Rubric> {
    (
        prop::collection::vec(prop::collection::vec(item_parts(), 1..=5), 1..=3),
        prop_oneof![Just(NaPolicy::Rescale), Just(NaPolicy::FullMarks)],
        prop::option::of(0i64..=1000),
        prop::sample::subsequence((1i64..=100).collect::<Vec<_>>(), 3),
    )
        .prop_map(build_rubric)
}

// ---------------------------------------------------------------------------
// Generating answers.

fn items(r: &Rubric) -> Vec<&Item> {
    r.sections.iter().flat_map(|s| &s.items).collect()
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        (0u64..=30).prop_map(|n| n.to_string()),
        Just(String::new()),
        Just("-".to_owned()),
        "[-0-9a-z.年 ]{0,6}",
        "\\PC{0,4}",
    ]
}

fn date_text() -> impl Strategy<Value = String> {
    (2019i32..=2021, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}"))
}

fn valid_value(item: &Item) -> BoxedStrategy<Value> {
    match &item.scoring {
        Scoring::Ratio(_) | Scoring::Coverage(_) => prop_oneof![
            4 => (0u64..=50).prop_flat_map(|d| (0..=d, Just(d))),
            1 => (0u64..=1_000_000_000).prop_flat_map(|d| (0..=d, Just(d))),
        ]
        .prop_map(|(n, d)| Value::Ratio {
            numerator: n.to_string(),
            denominator: d.to_string(),
        })
        .boxed(),
        Scoring::Frequency(rule) => prop::collection::vec(
            prop_oneof![
                8 => (0u32..=3).prop_map(|n| n.to_string()),
                1 => Just("-".to_owned()),
                1 => Just(String::new()),
            ],
            rule.per.periods(),
        )
        .prop_map(Value::Counts)
        .boxed(),
        Scoring::Count(_) | Scoring::Deduction(_) | Scoring::Bonus(_) => (0u64..=30)
            .prop_map(|n| Value::Count(n.to_string()))
            .boxed(),
        Scoring::Checklist(_) => prop_oneof![
            Just(Value::Check(Check::Done)),
            Just(Value::Check(Check::Partly)),
            Just(Value::Check(Check::NotDone)),
        ]
        .boxed(),
        Scoring::Levels(rule) => {
            let names: Vec<String> = rule.levels.iter().map(|l| l.name.clone()).collect();
            prop::sample::select(names).prop_map(Value::Level).boxed()
        }
        Scoring::Veto(_) => any::<bool>().prop_map(Value::Triggered).boxed(),
        Scoring::Deadline(_) => prop_oneof![
            1 => Just(Value::Completion(Completion::NotDone)),
            4 => date_text().prop_map(|d| Value::Completion(Completion::Done(d))),
        ]
        .boxed(),
    }
}

fn any_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        (text(), text()).prop_map(|(numerator, denominator)| Value::Ratio {
            numerator,
            denominator
        }),
        prop::collection::vec(text(), 0..14).prop_map(Value::Counts),
        text().prop_map(Value::Count),
        text().prop_map(Value::Level),
        any::<bool>().prop_map(Value::Triggered),
        text().prop_map(|t| Value::Completion(Completion::Done(t))),
        Just(Value::Check(Check::Partly)),
    ]
}

fn answer_for(item: &Item) -> BoxedStrategy<Option<ItemAnswer>> {
    let valid =
        (valid_value(item), prop::bool::weighted(0.1), "\\PC{0,3}").prop_map(|(v, na, note)| {
            Some(ItemAnswer {
                na,
                note,
                value: Some(v),
            })
        });
    prop_oneof![
        1 => Just(None),
        1 => Just(Some(ItemAnswer::default())),
        8 => valid,
        1 => any_value().prop_map(|v| Some(ItemAnswer { na: false, note: String::new(), value: Some(v) })),
    ]
    .boxed()
}

fn answers_for(r: &Rubric) -> BoxedStrategy<Answers> {
    let ids: Vec<String> = items(r).iter().map(|i| i.id.clone()).collect();
    let per_item: Vec<BoxedStrategy<Option<ItemAnswer>>> =
        items(r).into_iter().map(answer_for).collect();
    let members = prop::option::of(prop_oneof![
        8 => (0u64..=12).prop_map(|n| n.to_string()),
        1 => text(),
    ]);
    let groups = prop::option::of(any::<bool>());
    (per_item, members, groups, prop::bool::weighted(0.1))
        .prop_map(move |(answers, members, groups, ghost)| {
            let mut a = Answers::default();
            for (id, ans) in ids.iter().zip(answers) {
                if let Some(ans) = ans {
                    a.items.insert(id.clone(), ans);
                }
            }
            if let Some(m) = members {
                a.facts.insert("members".into(), FactAnswer::Count(m));
            }
            if let Some(g) = groups {
                a.facts.insert("groups".into(), FactAnswer::Flag(g));
            }
            if ghost {
                a.items.insert("ghost".into(), ItemAnswer::default());
                a.facts.insert("ghost".into(), FactAnswer::Flag(true));
            }
            a
        })
        .boxed()
}

fn rubric_and_answers() -> impl Strategy<Value = (Rubric, Answers)> {
    rubric().prop_flat_map(|r| {
        let a = answers_for(&r);
        (Just(r), a)
    })
}

// ---------------------------------------------------------------------------
// "Improving" an answer, per kind.

/// A strictly better (or equal) answer for `item`, if there is an obvious one.
fn improve(item: &Item, answer: Option<&ItemAnswer>) -> Option<ItemAnswer> {
    let mut a = answer.cloned().unwrap_or_default();
    let num = |t: &str| t.trim().parse::<u64>().ok();
    let new = match (&item.scoring, &a.value) {
        // Any valid answer is better than a blank (which earns nothing)…
        (Scoring::Veto(_), None) => Value::Triggered(false),
        (s, None) => match s {
            Scoring::Ratio(_) | Scoring::Coverage(_) => Value::Ratio {
                numerator: "1".into(),
                denominator: "2".into(),
            },
            Scoring::Frequency(f) => Value::Counts(vec!["1".into(); f.per.periods()]),
            Scoring::Checklist(_) => Value::Check(Check::NotDone),
            Scoring::Levels(l) => Value::Level(l.levels.last()?.name.clone()),
            Scoring::Deadline(_) => Value::Completion(Completion::NotDone),
            _ => Value::Count("0".into()),
        },
        (
            Scoring::Ratio(rule),
            Some(Value::Ratio {
                numerator,
                denominator,
            }),
        ) => {
            let (n, d) = (num(numerator)?, num(denominator)?);
            if n > d {
                return None;
            }
            let n = match rule.compare {
                Compare::AtLeast | Compare::Above if n < d => n + 1,
                Compare::AtMost | Compare::Below if n > 0 => n - 1,
                _ => return None,
            };
            Value::Ratio {
                numerator: n.to_string(),
                denominator: denominator.clone(),
            }
        }
        (
            Scoring::Coverage(_),
            Some(Value::Ratio {
                numerator,
                denominator,
            }),
        ) => {
            let (n, d) = (num(numerator)?, num(denominator)?);
            if n >= d {
                return None;
            }
            Value::Ratio {
                numerator: (n + 1).to_string(),
                denominator: denominator.clone(),
            }
        }
        (Scoring::Frequency(_), Some(Value::Counts(c))) => {
            let mut c = c.clone();
            if let Some(i) = c.iter().position(|t| num(t).is_some()) {
                c[i] = (num(&c[i])? + 1).to_string();
            } else if let Some(i) = c.iter().position(|t| t.trim().is_empty()) {
                c[i] = "0".into();
            } else {
                return None;
            }
            Value::Counts(c)
        }
        (Scoring::Count(_) | Scoring::Bonus(_), Some(Value::Count(t))) => {
            Value::Count((num(t)? + 1).to_string())
        }
        (Scoring::Deduction(_), Some(Value::Count(t))) => {
            Value::Count(num(t)?.checked_sub(1)?.to_string())
        }
        (Scoring::Checklist(_), Some(Value::Check(c))) => Value::Check(match c {
            Check::NotDone => Check::Partly,
            Check::Partly | Check::Done => Check::Done,
        }),
        (Scoring::Levels(l), Some(Value::Level(_))) => Value::Level(l.levels.first()?.name.clone()),
        (Scoring::Veto(_), Some(Value::Triggered(true))) => Value::Triggered(false),
        (Scoring::Deadline(_), Some(Value::Completion(Completion::NotDone))) => {
            Value::Completion(Completion::Done("2020-06-15".into()))
        }
        (Scoring::Deadline(_), Some(Value::Completion(Completion::Done(d)))) => {
            Date::parse_lenient(d).ok()?;
            // Earlier than every generated date.
            Value::Completion(Completion::Done("2018-01-01".into()))
        }
        _ => return None,
    };
    a.value = Some(new);
    Some(a)
}

// ---------------------------------------------------------------------------
// Arbitrary JSON.

fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "kind",
            "ratio",
            "frequency",
            "veto",
            "effect",
            "mode",
            "slope",
            "format",
            "format_version",
            "dangjian-ziping.assessment",
            "items",
            "facts",
            "value",
            "counts",
            "sections",
            "points",
            "95",
            "-",
            "",
            "0.5",
            "2020-02-29",
            "cap_grade",
            "grade",
        ])
        .prop_map(str::to_owned),
        "\\PC{0,6}",
    ]
}

fn arbitrary_json() -> impl Strategy<Value = Json> {
    let leaf = prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::Bool),
        any::<i64>().prop_map(Json::from),
        any::<u64>().prop_map(Json::from),
        (-1e20f64..1e20).prop_map(Json::from),
        word().prop_map(Json::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Json::Array),
            prop::collection::vec((word(), inner), 0..6)
                .prop_map(|kv| Json::Object(kv.into_iter().collect())),
        ]
    })
}

/// JSON pointers to every node of `v`.
fn pointers(v: &Json, here: String, out: &mut Vec<String>) {
    out.push(here.clone());
    match v {
        Json::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                pointers(x, format!("{here}/{i}"), out);
            }
        }
        Json::Object(m) => {
            for (k, x) in m {
                let k = k.replace('~', "~0").replace('/', "~1");
                pointers(x, format!("{here}/{k}"), out);
            }
        }
        _ => {}
    }
}

/// Writes answers as JSON with entries in the order given by `seed`.
fn shuffled_json(a: &Answers, seed: u64) -> String {
    let mut state = seed | 1;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut shuffle = |mut v: Vec<String>| {
        for i in (1..v.len()).rev() {
            let j = usize::try_from(next() % (i as u64 + 1)).unwrap();
            v.swap(i, j);
        }
        v
    };
    let items = shuffle(
        a.items
            .iter()
            .map(|(k, v)| {
                format!(
                    "{}: {}",
                    serde_json::to_string(k).unwrap(),
                    serde_json::to_string(v).unwrap()
                )
            })
            .collect(),
    );
    let facts = shuffle(
        a.facts
            .iter()
            .map(|(k, v)| {
                format!(
                    "{}: {}",
                    serde_json::to_string(k).unwrap(),
                    serde_json::to_string(v).unwrap()
                )
            })
            .collect(),
    );
    let parts = shuffle(vec![
        format!("\"items\": {{{}}}", items.join(", ")),
        format!("\"facts\": {{{}}}", facts.join(", ")),
    ]);
    format!("{{{}}}", parts.join(", "))
}

fn check_bounds(r: &Rubric, rep: &Report) {
    assert_eq!(rep.items.len(), items(r).len());
    for i in &rep.items {
        assert!(Points::ZERO <= i.earned && i.earned <= i.possible, "{i:?}");
        assert_eq!(i.status == Status::Invalid, i.error.is_some(), "{i:?}");
        if i.bonus {
            assert!(i.gap.is_none());
        }
    }
    for s in &rep.sections {
        assert!(Points::ZERO <= s.earned && s.earned <= s.possible, "{s:?}");
        assert!(s.answered <= s.applicable_items);
    }
    let cap = r.bonus_cap.unwrap_or(Points(i64::MAX));
    assert!(rep.bonus >= Points::ZERO && rep.bonus <= cap);
    assert!(
        Points::ZERO <= rep.total && rep.total <= rep.max + rep.bonus,
        "{} {} {}",
        rep.total,
        rep.max,
        rep.bonus
    );
    assert_eq!(rep.max, r.max_points());
    assert!(rep.answered <= rep.applicable && rep.applicable <= rep.items.len());
    assert!(rep.grade.is_some());
    for s in rep.shortfalls() {
        assert!(s.status != Status::Na && !s.bonus && s.earned < s.possible);
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn generated_rubrics_validate_and_scores_stay_in_bounds((r, a) in rubric_and_answers()) {
        if let Err(e) = r.validate() {
            panic!("the generator made an invalid rubric:\n{e}");
        }
        let rep = r.score(&a, 2020);
        check_bounds(&r, &rep);
        prop_assert_eq!(rep.unknown_answers.is_empty(), !a.items.contains_key("ghost"));
    }

    #[test]
    fn improving_one_answer_never_lowers_the_total((r, a) in rubric_and_answers(), pick in any::<Index>()) {
        let all = items(&r);
        let item = all[pick.index(all.len())];
        if let Some(better) = improve(item, a.items.get(&item.id)) {
            let before = r.score(&a, 2020);
            let mut a2 = a.clone();
            a2.items.insert(item.id.clone(), better);
            let after = r.score(&a2, 2020);
            prop_assert!(after.total >= before.total, "{}: {} → {}", item.id, before.total, after.total);
            let (b, c) = (before.item(&item.id).unwrap(), after.item(&item.id).unwrap());
            prop_assert!(c.earned >= b.earned, "{:?} → {:?}", b, c);
        }
    }

    #[test]
    fn answer_order_does_not_matter((r, a) in rubric_and_answers(), seed in any::<u64>()) {
        let text = shuffled_json(&a, seed);
        let back: Answers = ziping_engine::json::from_str(&text).unwrap();
        prop_assert_eq!(&back, &a);
        prop_assert_eq!(r.score(&back, 2020), r.score(&a, 2020));
    }

    #[test]
    fn rubrics_survive_json(r in rubric()) {
        prop_assert_eq!(Rubric::from_json(&r.to_json()), Ok(r));
    }

    #[test]
    fn answers_survive_json((_, a) in rubric_and_answers()) {
        let text = serde_json::to_string(&a).unwrap();
        prop_assert_eq!(ziping_engine::json::from_str::<Answers>(&text).unwrap(), a);
    }

    #[test]
    fn assessments_survive_json(
        (r, a) in rubric_and_answers(),
        unit in "\\PC{0,12}",
        assessor in "\\PC{0,6}",
        year in ziping_engine::YEARS,
        date in prop::option::of(date_text()),
        rows in prop::collection::vec(("\\PC{0,8}", "\\PC{0,8}", 0usize..3, prop::option::of("[a-z0-9-]{1,8}")), 0..4),
        with_result in any::<bool>(),
    ) {
        let mut x = Assessment::new(&r, unit, year);
        x.assessor = assessor;
        x.date = date.unwrap_or_default();
        x.answers = a;
        x.rectification = rows
            .into_iter()
            .map(|(problem, measure, s, item)| RectificationRow {
                problem,
                measure,
                status: [RectificationStatus::Open, RectificationStatus::InProgress, RectificationStatus::Done][s],
                item,
                ..RectificationRow::default()
            })
            .collect();
        if with_result {
            x.result = Some(ResultSummary::from_report(&x.score(&r)));
        }
        let back = Assessment::from_json(&x.to_json()).unwrap();
        prop_assert_eq!(&back, &x);
        prop_assert!(back.check_rubric(&r).is_ok());
    }

    #[test]
    fn reports_serialise_to_json((r, a) in rubric_and_answers()) {
        let rep = r.score(&a, 2020);
        let v = serde_json::to_value(&rep).unwrap();
        prop_assert_eq!(v["total"].as_str().map(str::to_owned), Some(rep.total.to_string()));
        prop_assert_eq!(v["items"].as_array().map(Vec::len), Some(rep.items.len()));
        prop_assert_eq!(v["sections"].as_array().map(Vec::len), Some(rep.sections.len()));
    }

    #[test]
    fn arbitrary_text_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = Rubric::from_json(&text);
        let _ = Assessment::from_json(&text);
        let _ = ziping_engine::json::from_str::<Answers>(&text);
    }

    #[test]
    fn arbitrary_json_never_panics(v in arbitrary_json(), r in rubric()) {
        let text = v.to_string();
        let _ = Rubric::from_json(&text);
        let _ = Assessment::from_json(&text);
        if let Ok(a) = ziping_engine::json::from_str::<Answers>(&text) {
            check_bounds(&r, &r.score(&a, 2020));
        }
        // The same value as a field of an assessment file.
        let wrapped = format!(
            r#"{{"format": "dangjian-ziping.assessment", "format_version": 1, "rubric": {{"id": "x", "version": "1"}}, "unit": "u", "year": 2020, "answers": {text}}}"#
        );
        let _ = Assessment::from_json(&wrapped);
    }

    #[test]
    fn mutated_rubrics_never_panic((r, a) in rubric_and_answers(), at in any::<Index>(), v in arbitrary_json(), year in any::<i32>()) {
        let mut j = serde_json::to_value(&r).unwrap();
        let mut ptrs = Vec::new();
        pointers(&j, String::new(), &mut ptrs);
        let p = &ptrs[at.index(ptrs.len())];
        *j.pointer_mut(p).unwrap() = v;
        let text = j.to_string();
        let _ = Rubric::from_json(&text);
        // Scoring does not require a validated rubric, and must not panic on
        // an invalid one either.
        if let Ok(bad) = ziping_engine::json::from_str::<Rubric>(&text) {
            let _ = bad.validate();
            let _ = bad.score(&a, year);
        }
        let _ = r.score(&a, year);
    }

    #[test]
    fn ratio_gap_is_the_smallest_change(
        d in 0u64..=1_000_000_000_000,
        n_frac in 0u64..=1000,
        t in threshold(),
        compare in compare(),
        share_of_total in any::<bool>(),
    ) {
        let n = (u128::from(d) * u128::from(n_frac) / 1000) as u64;
        let more = matches!(compare, Compare::AtLeast | Compare::Above);
        // Whether changing the numerator by k gives a defined, met ratio.
        let works = |k: u64| -> bool {
            let (nn, dd) = if more {
                (n + k, if share_of_total { d + k } else { d })
            } else {
                if k > n {
                    return false;
                }
                (n - k, if share_of_total { d - k } else { d })
            };
            dd > 0 && nn <= dd && meets(nn, dd, compare, t)
        };
        match needed(n, d, compare, t, share_of_total) {
            Needed::Met => prop_assert!(d > 0 && meets(n, d, compare, t)),
            Needed::Change(k) => {
                prop_assert!(!(d > 0 && meets(n, d, compare, t)));
                prop_assert!(k >= 1 && works(k));
                prop_assert!(k == 1 || !works(k - 1));
            }
            Needed::Unreachable => {
                prop_assert!(!(d > 0 && meets(n, d, compare, t)));
                prop_assert!(!works(1));
                // The extremes fail too.
                let far = if more { if share_of_total { 1_000_000_000_000_000 } else { d - n } } else { n };
                prop_assert!(!works(far));
            }
        }
    }

    #[test]
    fn dates_count_days_one_by_one(y in 1000i32..=9999, m in 1u8..=12, d in 1u8..=31) {
        if let Some(date) = Date::new(y, m, d) {
            prop_assert_eq!(Date::parse(&date.to_string()), Ok(date));
            prop_assert_eq!(Date::parse_lenient(&format!("{y}年{m}月{d}日")), Ok(date));
            let next = Date::new(y, m, d + 1)
                .or_else(|| Date::new(y, m + 1, 1))
                .or_else(|| Date::new(y + 1, 1, 1))
                .unwrap();
            prop_assert_eq!(next.days_since(date), 1);
        }
    }
}

/// Every kind the engine knows has a generator, and the generator named
/// after a kind makes rules of that kind.
#[test]
fn every_kind_is_generated() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    for &name in Scoring::NAMES {
        for _ in 0..16 {
            let (scoring, _) = kind_rule(name).new_tree(&mut runner).unwrap().current();
            assert_eq!(scoring.kind_name(), name);
        }
    }
    // And the generator of all kinds reaches each of them.
    let mut seen = std::collections::BTreeSet::new();
    for _ in 0..1000 {
        let (scoring, _) = scoring().new_tree(&mut runner).unwrap().current();
        seen.insert(scoring.kind_name());
    }
    assert_eq!(
        seen,
        Scoring::NAMES
            .iter()
            .copied()
            .collect::<std::collections::BTreeSet<_>>()
    );
}

#[test]
#[should_panic(expected = "no generator for kind nonesuch")]
fn a_kind_without_a_generator_fails() {
    let _ = kind_rule("nonesuch");
}
