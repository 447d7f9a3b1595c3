//! Scoring of each item kind, applicability, and unusable answers.

#![allow(clippy::unwrap_used)]

mod common;

use common::*;
use serde_json::{json, Value as Json};
use ziping_engine::{
    AnswerErrorKind, Detail, Expected, Gap, ItemReport, MissedPeriod, Per, ProblemKind, Status,
};

fn one(r: &ziping_engine::Rubric, v: Json) -> ItemReport {
    score(r, &value(v)).items.remove(0)
}

fn counts(v: &[&str]) -> Json {
    json!({ "counts": v })
}

/// A frequency gap: `missed` as (period, missing) pairs.
fn missed(what: &str, per: Per, required: u32, missed: &[(u32, u32)]) -> Option<Gap> {
    Some(Gap::MissedPeriods {
        what: what.into(),
        per,
        required,
        missed: missed
            .iter()
            .map(|&(period, missing)| MissedPeriod { period, missing })
            .collect(),
    })
}

fn monthly() -> ziping_engine::Rubric {
    single(
        "12",
        json!({ "kind": "frequency", "what": "支委会", "per": "month", "required": 1, "deduct": "1" }),
    )
}

fn quarterly(required: u32) -> ziping_engine::Rubric {
    single(
        "5",
        json!({ "kind": "frequency", "what": "党员大会", "per": "quarter", "required": required, "deduct": "2", "floor": "1" }),
    )
}

#[test]
fn frequency_monthly() {
    let r = monthly();
    let all = ["1"; 12];
    let item = one(&r, counts(&all));
    assert_eq!((item.status, item.earned), (Status::Met, pts("12")));
    assert_eq!(item.gap, None);

    let mut v = ["1"; 12];
    v[2] = "0";
    v[6] = "0";
    v[11] = "3"; // extra meetings in December make up for nothing
    let item = one(&r, counts(&v));
    assert_eq!((item.status, item.earned), (Status::Partly, pts("10")));
    assert_eq!(item.gap, missed("支委会", Per::Month, 1, &[(3, 1), (7, 1)]));
    assert_eq!(
        item.detail,
        Some(Detail::Frequency {
            missed: 2,
            na_periods: 0,
            blank_periods: 0
        })
    );
}

#[test]
fn four_meetings_in_december_are_not_quarterly() {
    let r = quarterly(1);
    let item = one(&r, counts(&["0", "0", "0", "4"]));
    // 3 missed × 2 = 6 off 5 points, stopped at the floor of 1: unmet.
    assert_eq!((item.status, item.earned), (Status::Unmet, pts("1")));
    assert_eq!(
        item.gap,
        missed("党员大会", Per::Quarter, 1, &[(1, 1), (2, 1), (3, 1)])
    );
    let item = one(&r, counts(&["1", "0", "1", "1"]));
    assert_eq!((item.status, item.earned), (Status::Partly, pts("3")));
    assert_eq!(item.gap, missed("党员大会", Per::Quarter, 1, &[(2, 1)]));
}

#[test]
fn frequency_required_more_than_once() {
    let r = quarterly(2);
    let item = one(&r, counts(&["1", "2", "0", "2"]));
    assert_eq!(
        item.gap,
        missed("党员大会", Per::Quarter, 2, &[(1, 1), (3, 2)])
    );
    assert_eq!(item.earned, pts("1"));
}

#[test]
fn frequency_half_year_and_year() {
    let r = single(
        "4",
        json!({ "kind": "frequency", "what": "民主评议党员", "per": "half_year", "required": 1, "deduct": "2" }),
    );
    let item = one(&r, counts(&["1", "0"]));
    assert_eq!(
        item.gap,
        missed("民主评议党员", Per::HalfYear, 1, &[(2, 1)])
    );
    let r = single(
        "4",
        json!({ "kind": "frequency", "what": "组织生活会", "per": "year", "required": 1, "deduct": "4" }),
    );
    let item = one(&r, counts(&["0"]));
    assert_eq!(item.gap, missed("组织生活会", Per::Year, 1, &[(1, 1)]));
    assert_eq!(item.status, Status::Unmet);
}

#[test]
fn frequency_blank_and_not_applicable_periods() {
    let r = monthly();
    // Founded in June: January to May do not count.
    let mut v = ["1"; 12];
    v[..5].fill("-");
    let item = one(&r, counts(&v));
    assert_eq!((item.status, item.earned), (Status::Met, pts("12")));
    // Blanks: incomplete, but what is missed so far is shown.
    let mut v = [""; 12];
    v[0] = "1";
    v[1] = "0";
    let item = one(&r, counts(&v));
    assert_eq!((item.status, item.earned), (Status::Incomplete, pts("0")));
    assert_eq!(item.gap, missed("支委会", Per::Month, 1, &[(2, 1)]));
    // Every period "-": the item does not apply.
    let item = one(&r, counts(&["-"; 12]));
    assert_eq!(item.status, Status::Na);
}

#[test]
fn count() {
    let r = single(
        "8",
        json!({ "kind": "count", "target": 4, "unit": "期培训班" }),
    );
    let item = one(&r, json!({ "count": "2" }));
    assert_eq!((item.status, item.earned), (Status::Partly, pts("4")));
    assert_eq!(
        item.gap,
        Some(Gap::More {
            k: 2,
            unit: "期培训班".into()
        })
    );
    assert_eq!(
        item.detail,
        Some(Detail::Count {
            count: 2,
            target: 4
        })
    );
    let item = one(&r, json!({ "count": "6" }));
    assert_eq!(
        (item.status, item.earned, item.gap),
        (Status::Met, pts("8"), None)
    );
    let item = one(&r, json!({ "count": "0" }));
    assert_eq!((item.status, item.earned), (Status::Unmet, pts("0")));
    // 3 of 7 of 10 points is 4.2857… → 4.28.
    let r = single("10", json!({ "kind": "count", "target": 7, "unit": "次" }));
    assert_eq!(one(&r, json!({ "count": "3" })).earned, pts("4.28"));
    let r = single(
        "8",
        json!({ "kind": "count", "target": 4, "unit": "期培训班", "award": "all_or_nothing" }),
    );
    assert_eq!(one(&r, json!({ "count": "3" })).earned, pts("0"));
    assert_eq!(one(&r, json!({ "count": "4" })).earned, pts("8"));
}

#[test]
fn checklist() {
    let r = single("5", json!({ "kind": "checklist" }));
    let cases = [
        ("done", Status::Met, "5", None),
        ("partly", Status::Partly, "2.5", Some(Gap::Partly)),
        ("not_done", Status::Unmet, "0", Some(Gap::NotDoneChecklist)),
    ];
    for (check, status, earned, gap) in cases {
        let item = one(&r, json!({ "check": check }));
        assert_eq!((item.status, item.earned), (status, pts(earned)), "{check}");
        assert_eq!(item.gap, gap, "{check}");
    }
    // One third of 10 points, rounded down.
    let r = single("10", json!({ "kind": "checklist", "partly": "0.333" }));
    assert_eq!(one(&r, json!({ "check": "partly" })).earned, pts("3.33"));
}

#[test]
fn levels() {
    let r = single(
        "5",
        json!({ "kind": "levels", "levels": [
            { "name": "好", "points": "5" },
            { "name": "较好", "points": "4" },
            { "name": "一般", "points": "2.5" },
            { "name": "差", "points": "0" }
        ] }),
    );
    let item = one(&r, json!({ "level": "好" }));
    assert_eq!(
        (item.status, item.earned, item.gap),
        (Status::Met, pts("5"), None)
    );
    let item = one(&r, json!({ "level": "较好" }));
    assert_eq!((item.status, item.earned), (Status::Partly, pts("4")));
    assert_eq!(item.gap, Some(Gap::BestLevel { name: "好".into() }));
    let item = one(&r, json!({ "level": "差" }));
    assert_eq!((item.status, item.earned), (Status::Unmet, pts("0")));
    let item = one(&r, json!({ "level": "优" }));
    assert_eq!(item.status, Status::Invalid);
    let e = item.error.unwrap();
    assert_eq!(
        (e.field.as_str(), e.kind),
        (
            "level",
            AnswerErrorKind::UnknownLevel {
                input: "优".into(),
                levels: ["好", "较好", "一般", "差"].map(String::from).to_vec(),
            }
        )
    );
    // Typed with spaces: the name as trimmed.
    let e = one(&r, json!({ "level": " 优 " })).error.unwrap();
    assert_eq!(
        e.kind,
        AnswerErrorKind::UnknownLevel {
            input: "优".into(),
            levels: ["好", "较好", "一般", "差"].map(String::from).to_vec(),
        }
    );
    assert_eq!(one(&r, json!({ "level": "" })).status, Status::Incomplete);
}

#[test]
fn deduction() {
    let r = single(
        "15",
        json!({ "kind": "deduction", "event": "违反中央八项规定精神问题", "per": "5" }),
    );
    let cases = [
        ("0", Status::Met, "15"),
        ("1", Status::Partly, "10"),
        ("3", Status::Unmet, "0"),
        ("9", Status::Unmet, "0"),
    ];
    for (n, status, earned) in cases {
        let item = one(&r, json!({ "count": n }));
        assert_eq!((item.status, item.earned), (status, pts(earned)), "{n}");
    }
    let item = one(&r, json!({ "count": "2" }));
    assert_eq!(
        item.gap,
        Some(Gap::Occurrences {
            n: 2,
            event: "违反中央八项规定精神问题".into()
        })
    );
    // With a floor, hitting it is unmet even though points remain.
    let r = single(
        "15",
        json!({ "kind": "deduction", "event": "问题", "per": "5", "floor": "3" }),
    );
    let item = one(&r, json!({ "count": "3" }));
    assert_eq!((item.status, item.earned), (Status::Unmet, pts("3")));
    let item = one(&r, json!({ "count": "2" }));
    assert_eq!((item.status, item.earned), (Status::Partly, pts("5")));
}

#[test]
fn bonus() {
    let bonus = |id: &str| {
        item(
            id,
            "5",
            json!({ "kind": "bonus", "event": "获市级以上表彰", "per": "1" }),
        )
    };
    let r = rubric(vec![
        item("base", "100", json!({ "kind": "checklist" })),
        bonus("b1"),
        bonus("b2"),
    ]);
    let a = answers(json!({ "items": {
        "base": { "value": { "check": "done" } },
        "b1": { "value": { "count": "7" } },
        "b2": { "value": { "count": "2" } }
    } }));
    let rep = score(&r, &a);
    let b1 = rep.item("b1").unwrap();
    assert_eq!(
        (b1.status, b1.earned, b1.bonus),
        (Status::Met, pts("5"), true)
    );
    let b2 = rep.item("b2").unwrap();
    assert_eq!(
        (b2.status, b2.earned, &b2.gap),
        (Status::Partly, pts("2"), &None)
    );
    // Bonus is outside the sections and on top of the maximum.
    assert_eq!(rep.sections[0].earned, pts("100"));
    assert_eq!(
        (rep.bonus, rep.total, rep.max),
        (pts("7"), pts("107"), pts("100"))
    );
    // With a cap on all bonus.
    let mut j = rubric_json(&[vec![
        item("base", "100", json!({ "kind": "checklist" })),
        bonus("b1"),
        bonus("b2"),
    ]]);
    j["bonus_cap"] = json!("5");
    let rep = score(&parse(j), &a);
    assert_eq!((rep.bonus, rep.total), (pts("5"), pts("105")));
    // No bonus earned: unmet, but not a shortfall.
    let a = answers(json!({ "items": {
        "base": { "value": { "check": "done" } },
        "b1": { "value": { "count": "0" } }
    } }));
    let rep = score(&r, &a);
    assert_eq!(rep.item("b1").unwrap().status, Status::Unmet);
    assert!(rep.shortfalls().iter().all(|i| !i.bonus));
}

#[test]
fn deadline() {
    let rule = |extra: Json| {
        let mut s = json!({ "kind": "deadline", "due": "09-30", "due_text": "9月底前" });
        for (k, v) in extra.as_object().unwrap() {
            s[k] = v.clone();
        }
        single("10", s)
    };
    let done = |d: &str| json!({ "completion": { "done": d } });
    let r = rule(json!({}));
    // On the due date is on time by default.
    let item = one(&r, done("2020-09-30"));
    assert_eq!((item.status, item.earned), (Status::Met, pts("10")));
    assert_eq!(
        item.detail,
        Some(Detail::Deadline {
            due: "2020-09-30".into(),
            on_time: Some(true)
        })
    );
    let item = one(&r, done("2020-10-03"));
    assert_eq!((item.status, item.earned), (Status::Unmet, pts("0")));
    assert_eq!(
        item.gap,
        Some(Gap::Overdue {
            days: 3,
            due: "2020-09-30".into()
        })
    );
    let item = one(&r, json!({ "completion": "not_done" }));
    assert_eq!((item.status, item.earned), (Status::Unmet, pts("0")));
    assert_eq!(
        item.gap,
        Some(Gap::NotDone {
            due: "2020-09-30".into(),
            due_text: Some("9月底前".into())
        })
    );
    // Typed loosely.
    assert_eq!(one(&r, done(" 2020年9月3日 ")).status, Status::Met);
    assert_eq!(one(&r, done("2020/9/30")).status, Status::Met);
    assert_eq!(one(&r, done("")).status, Status::Incomplete);

    // Exclusive: the due date itself is one day late.
    let r = rule(json!({ "inclusive": false, "late_credit": "0.5" }));
    let item = one(&r, done("2020-09-30"));
    assert_eq!((item.status, item.earned), (Status::Partly, pts("5")));
    assert_eq!(
        item.gap,
        Some(Gap::Overdue {
            days: 1,
            due: "2020-09-30".into()
        })
    );
    assert_eq!(one(&r, done("2020-09-29")).status, Status::Met);

    // No due_text: only the date, for the interface to word.
    let r = single("10", json!({ "kind": "deadline", "due": "2020-06-30" }));
    let item = one(&r, json!({ "completion": "not_done" }));
    assert_eq!(
        item.gap,
        Some(Gap::NotDone {
            due: "2020-06-30".into(),
            due_text: None
        })
    );
}

#[test]
fn deadline_leap_day() {
    let r = single("10", json!({ "kind": "deadline", "due": "02-29" }));
    let done =
        |d: &str| ziping_engine::Answers::clone(&value(json!({ "completion": { "done": d } })));
    let at = |d: &str, year: i32| r.score(&done(d), year).items.remove(0);
    // 2020 has a 29 February.
    assert_eq!(at("2020-02-29", 2020).status, Status::Met);
    assert_eq!(
        at("2020-03-01", 2020).gap,
        Some(Gap::Overdue {
            days: 1,
            due: "2020-02-29".into()
        })
    );
    // 2021 does not: 02-29 means the end of February.
    assert_eq!(at("2021-02-28", 2021).status, Status::Met);
    let late = at("2021-03-01", 2021);
    assert_eq!(
        late.gap,
        Some(Gap::Overdue {
            days: 1,
            due: "2021-02-28".into()
        })
    );
    // 2021-02-29 does not exist.
    let bad = at("2021-02-29", 2021);
    assert_eq!(bad.status, Status::Invalid);
    assert_eq!(
        bad.error.unwrap().kind,
        AnswerErrorKind::NoSuchDate {
            input: "2021-02-29".into()
        }
    );
    // 1900 was not a leap year; 2000 was.
    assert_eq!(at("1900-02-29", 1900).status, Status::Invalid);
    assert_eq!(at("2000-02-29", 2000).status, Status::Met);
}

#[test]
fn veto() {
    let r = rubric(vec![
        item("base", "100", json!({ "kind": "checklist" })),
        item(
            "v",
            "0",
            json!({ "kind": "veto", "event": "严重违纪违法问题", "effect": "zero_total" }),
        ),
    ]);
    let a = |t: Option<bool>| {
        let mut j = json!({ "items": { "base": { "value": { "check": "done" } } } });
        if let Some(t) = t {
            j["items"]["v"] = json!({ "value": { "triggered": t } });
        }
        answers(j)
    };
    let rep = score(&r, &a(Some(false)));
    assert_eq!(rep.item("v").unwrap().status, Status::Met);
    assert_eq!((rep.total, rep.veto.is_none()), (pts("100"), true));
    let rep = score(&r, &a(None));
    assert_eq!(rep.item("v").unwrap().status, Status::Incomplete);
    assert_eq!(rep.total, pts("100"));
    let rep = score(&r, &a(Some(true)));
    let v = rep.item("v").unwrap();
    assert_eq!(v.status, Status::Unmet);
    assert_eq!(
        v.gap,
        Some(Gap::Vetoed {
            event: "严重违纪违法问题".into()
        })
    );
    assert_eq!(rep.total, pts("0"));
    assert_eq!(rep.grade.as_deref(), Some("不合格"));
    assert_eq!(rep.veto.unwrap().item, "v");
}

#[test]
fn applicability() {
    let r = rubric(vec![
        with(
            item("meetings", "10", json!({ "kind": "checklist" })),
            "applies_if",
            json!({ "fact": "members", "at_least": 7 }),
        ),
        with(
            item("groups", "10", json!({ "kind": "checklist" })),
            "applies_if",
            json!({ "fact": "groups", "is": true }),
        ),
        with(
            item("optional", "10", json!({ "kind": "checklist" })),
            "na_allowed",
            json!(true),
        ),
        item("plain", "10", json!({ "kind": "checklist" })),
    ]);
    let done = json!({ "value": { "check": "done" } });
    let status = |facts: Json, items: Json| {
        let rep = score(&r, &answers(json!({ "facts": facts, "items": items })));
        rep.items
            .iter()
            .map(|i| (i.status, i.na_ignored))
            .collect::<Vec<_>>()
    };
    let items = json!({ "meetings": done, "groups": done, "optional": done, "plain": done });
    // Applies.
    assert_eq!(
        status(
            json!({ "members": { "count": "7" }, "groups": { "flag": true } }),
            items.clone()
        ),
        vec![(Status::Met, false); 4]
    );
    // Conditions false: N/A whatever was answered.
    let s = status(
        json!({ "members": { "count": "6" }, "groups": { "flag": false } }),
        items.clone(),
    );
    assert_eq!(&s[..2], &[(Status::Na, false), (Status::Na, false)]);
    // Facts unanswered: applicability unknown, so incomplete.
    let s = status(json!({ "members": { "count": "" } }), items.clone());
    assert_eq!(
        &s[..2],
        &[(Status::Incomplete, false), (Status::Incomplete, false)]
    );
    // A fact typed wrong makes its items invalid, located at the fact.
    let rep = score(
        &r,
        &answers(json!({ "facts": { "members": { "count": "七" } }, "items": items })),
    );
    let e = rep.item("meetings").unwrap().error.as_ref().unwrap();
    assert_eq!(
        (e.field.as_str(), &e.kind),
        (
            "facts.members",
            &AnswerErrorKind::NotANumber {
                input: "七".into()
            }
        )
    );
    // N/A by the user: honoured only where allowed; otherwise flagged.
    let na = json!({ "na": true, "value": { "check": "done" } });
    let s = status(
        json!({ "members": { "count": "9" }, "groups": { "flag": true } }),
        json!({ "meetings": done, "groups": done, "optional": na, "plain": na }),
    );
    assert_eq!(&s[2..], &[(Status::Na, false), (Status::Met, true)]);
}

#[test]
fn blank_is_incomplete_never_zero_nor_na() {
    let r = rubric(vec![
        item(
            "a",
            "50",
            json!({ "kind": "count", "target": 4, "unit": "次" }),
        ),
        item("b", "50", json!({ "kind": "checklist" })),
    ]);
    for a in [
        json!({}),
        json!({ "items": { "a": {} } }),
        json!({ "items": { "a": { "value": { "count": "" } } } }),
        json!({ "items": { "a": { "value": { "count": "  " } } } }),
        json!({ "items": { "a": { "note": "见台账" } } }),
    ] {
        let rep = score(&r, &answers(a.clone()));
        let item = rep.item("a").unwrap();
        assert_eq!(
            (item.status, item.earned),
            (Status::Incomplete, pts("0")),
            "{a}"
        );
        assert_eq!((rep.applicable, rep.answered), (2, 0), "{a}");
        assert_eq!(rep.sections[0].possible, pts("100"));
    }
}

/// Every unusable answer is a located error, never a panic.
#[test]
fn invalid_inputs_table() {
    use AnswerErrorKind as K;
    let ratio_r = single("10", ratio(">=", "95"));
    let count_r = single("8", json!({ "kind": "count", "target": 4, "unit": "次" }));
    let freq_r = monthly();
    let deadline_r = single("10", json!({ "kind": "deadline", "due": "09-30" }));
    let mut twelve: Vec<&str> = vec!["1"; 12];
    twelve[3] = "2.5";
    let input = |s: &str| s.to_owned();
    let cases: Vec<(&ziping_engine::Rubric, Json, &str, AnswerErrorKind)> = vec![
        (
            &ratio_r,
            nd("abc", "20"),
            "numerator",
            K::NotANumber {
                input: input("abc"),
            },
        ),
        (
            &ratio_r,
            nd("5", "-20"),
            "denominator",
            K::Negative {
                input: input("-20"),
            },
        ),
        (
            &ratio_r,
            nd("1.5", "20"),
            "numerator",
            K::NotWhole {
                input: input("1.5"),
            },
        ),
        (
            &ratio_r,
            nd("1", "99999999999999999999"),
            "denominator",
            K::TooLarge {
                input: input("99999999999999999999"),
            },
        ),
        (
            &ratio_r,
            nd("1", "-99999999999999999999"),
            "denominator",
            K::Negative {
                input: input("-99999999999999999999"),
            },
        ),
        (
            &ratio_r,
            nd("21", "20"),
            "numerator",
            K::NumeratorAboveDenominator {
                numerator: 21,
                denominator: 20,
                numerator_label: "达标数".into(),
                denominator_label: "总数".into(),
            },
        ),
        (
            &ratio_r,
            nd("1e3", ""),
            "numerator",
            K::NotANumber {
                input: input("1e3"),
            },
        ),
        (
            &ratio_r,
            json!({ "count": "3" }),
            "value",
            K::WrongKind {
                expected: Expected::Ratio,
            },
        ),
        (
            &count_r,
            json!({ "count": "-1" }),
            "count",
            K::Negative { input: input("-1") },
        ),
        (
            &count_r,
            json!({ "count": "两" }),
            "count",
            K::NotANumber {
                input: input("两")
            },
        ),
        (
            // The input as typed, trimmed.
            &count_r,
            json!({ "count": " 两 " }),
            "count",
            K::NotANumber {
                input: input("两")
            },
        ),
        (
            &count_r,
            json!({ "check": "done" }),
            "value",
            K::WrongKind {
                expected: Expected::Count,
            },
        ),
        (
            &freq_r,
            counts(&twelve),
            "counts[3]",
            K::NotWhole {
                input: input("2.5"),
            },
        ),
        (
            &freq_r,
            counts(&["1"; 4]),
            "counts",
            K::WrongLength {
                expected: 12,
                found: 4,
            },
        ),
        (
            &freq_r,
            counts(&["1"; 13]),
            "counts",
            K::WrongLength {
                expected: 12,
                found: 13,
            },
        ),
        (
            &deadline_r,
            json!({ "completion": { "done": "2020-13-01" } }),
            "completed",
            K::NoSuchDate {
                input: input("2020-13-01"),
            },
        ),
        (
            &deadline_r,
            json!({ "completion": { "done": "20-09-30" } }),
            "completed",
            K::BadDate {
                input: input("20-09-30"),
            },
        ),
        (
            &deadline_r,
            json!({ "completion": { "done": "2020-04-31" } }),
            "completed",
            K::NoSuchDate {
                input: input("2020-04-31"),
            },
        ),
        (
            &deadline_r,
            json!({ "completion": { "done": "昨天" } }),
            "completed",
            K::BadDate {
                input: input("昨天"),
            },
        ),
        (
            &deadline_r,
            json!({ "completion": { "done": " 昨天 " } }),
            "completed",
            K::BadDate {
                input: input("昨天"),
            },
        ),
        (
            &deadline_r,
            json!({ "triggered": true }),
            "value",
            K::WrongKind {
                expected: Expected::Completion,
            },
        ),
    ];
    for (r, v, field, kind) in cases {
        let rep = score(r, &value(v.clone()));
        let item = &rep.items[0];
        assert_eq!(item.status, Status::Invalid, "{v}");
        assert_eq!(item.earned, pts("0"), "{v}");
        let e = item.error.as_ref().unwrap();
        assert_eq!(
            (e.item.as_str(), e.field.as_str(), &e.kind),
            ("x", field, &kind),
            "{v}"
        );
        // Shown in logs as item.field and the kind.
        assert_eq!(e.to_string(), format!("x.{field}: {kind:?}"), "{v}");
        // Counted as applicable but not answered.
        assert_eq!((rep.applicable, rep.answered), (1, 0), "{v}");
    }
    // Full-width digits are digits.
    let rep = score(&count_r, &value(json!({ "count": "３" })));
    assert_eq!(rep.items[0].earned, pts("6"));
    // "3.0" is a whole number.
    let rep = score(&count_r, &value(json!({ "count": "3.0" })));
    assert_eq!(rep.items[0].earned, pts("6"));
}

/// The answer each kind expects, named when another kind is given.
#[test]
fn wrong_kind_names_what_the_item_takes() {
    let rules = [
        (ratio(">=", "95"), Expected::Ratio),
        (
            json!({ "kind": "frequency", "what": "支委会", "per": "month", "required": 1, "deduct": "1" }),
            Expected::Counts,
        ),
        (
            json!({ "kind": "count", "target": 4, "unit": "次" }),
            Expected::Count,
        ),
        (json!({ "kind": "checklist" }), Expected::Check),
        (
            json!({ "kind": "levels", "levels": [{ "name": "好", "points": "5" }] }),
            Expected::Level,
        ),
        (
            json!({ "kind": "deduction", "event": "问题", "per": "1" }),
            Expected::Occurrences,
        ),
        (
            json!({ "kind": "bonus", "event": "表彰", "per": "1" }),
            Expected::Occurrences,
        ),
        (
            json!({ "kind": "veto", "event": "问题", "effect": "zero_total" }),
            Expected::Triggered,
        ),
        (
            json!({ "kind": "deadline", "due": "09-30" }),
            Expected::Completion,
        ),
    ];
    for (rule, expected) in rules {
        let points = if rule["kind"] == "veto" { "0" } else { "5" };
        // Beside a scored item, so that a veto's section is worth something.
        let r = rubric(vec![
            item("base", "10", json!({ "kind": "checklist" })),
            item("x", points, rule.clone()),
        ]);
        // A ratio answer for every kind but ratio, which gets a checklist's.
        let wrong = if expected == Expected::Ratio {
            json!({ "check": "done" })
        } else {
            nd("1", "2")
        };
        let rep = score(&r, &value(wrong));
        let item = rep.item("x").unwrap();
        assert_eq!(item.status, Status::Invalid, "{rule}");
        let e = item.error.clone().unwrap();
        assert_eq!(
            (e.field.as_str(), e.kind),
            ("value", AnswerErrorKind::WrongKind { expected }),
            "{rule}"
        );
    }
}

/// A fact answered with the wrong kind of answer for its condition.
#[test]
fn fact_of_the_wrong_kind() {
    let r = rubric(vec![
        with(
            item("meetings", "10", json!({ "kind": "checklist" })),
            "applies_if",
            json!({ "fact": "members", "at_least": 7 }),
        ),
        with(
            item("groups", "10", json!({ "kind": "checklist" })),
            "applies_if",
            json!({ "fact": "groups", "is": true }),
        ),
    ]);
    let done = json!({ "value": { "check": "done" } });
    let rep = score(
        &r,
        &answers(json!({
            "facts": { "members": { "flag": true }, "groups": { "count": "3" } },
            "items": { "meetings": done, "groups": done }
        })),
    );
    let error = |id: &str| rep.item(id).unwrap().error.clone().unwrap();
    let e = error("meetings");
    assert_eq!(
        (e.field.as_str(), e.kind),
        (
            "facts.members",
            AnswerErrorKind::WrongKind {
                expected: Expected::FactCount
            }
        )
    );
    let e = error("groups");
    assert_eq!(
        (e.field.as_str(), e.kind),
        (
            "facts.groups",
            AnswerErrorKind::WrongKind {
                expected: Expected::FactFlag
            }
        )
    );
}

#[test]
fn answers_for_unknown_items_are_ignored_and_reported() {
    let r = single("10", json!({ "kind": "checklist" }));
    let a = answers(json!({
        "facts": { "nobody": { "flag": true } },
        "items": { "x": { "value": { "check": "done" } }, "ghost": { "value": { "count": "3" } } }
    }));
    let rep = score(&r, &a);
    assert_eq!(rep.total, pts("10"));
    assert_eq!(rep.unknown_answers, vec!["ghost".to_owned()]);
    assert_eq!(rep.unknown_facts, vec!["nobody".to_owned()]);
}

#[test]
fn gaps_serialise_for_the_interface() {
    // The structured form an interface words in its own language.
    let g = Gap::MissedPeriods {
        what: "支委会".into(),
        per: Per::Month,
        required: 1,
        missed: vec![
            MissedPeriod {
                period: 3,
                missing: 1,
            },
            MissedPeriod {
                period: 7,
                missing: 1,
            },
        ],
    };
    assert_eq!(
        Some(g.clone()),
        missed("支委会", Per::Month, 1, &[(3, 1), (7, 1)])
    );
    let j = serde_json::to_value(&g).unwrap();
    assert_eq!(
        j,
        json!({ "kind": "missed_periods", "what": "支委会", "per": "month", "required": 1,
                "missed": [{ "period": 3, "missing": 1 }, { "period": 7, "missing": 1 }] })
    );
    assert_eq!(
        serde_json::to_value(Gap::Unreachable).unwrap(),
        json!({ "kind": "unreachable" })
    );
    assert_eq!(
        serde_json::to_value(Gap::Overdue {
            days: 3,
            due: "2020-09-30".into()
        })
        .unwrap(),
        json!({ "kind": "overdue", "days": 3, "due": "2020-09-30" })
    );
    assert_eq!(
        serde_json::to_value(Gap::NotDone {
            due: "2020-06-30".into(),
            due_text: None
        })
        .unwrap(),
        json!({ "kind": "not_done", "due": "2020-06-30", "due_text": null })
    );
}

// ---------------------------------------------------------------------------
// Coverage: everyone of a group reached (全覆盖).

/// "完成对委直属机关全体党员干部的培训工作", 10 points.
fn training(award: &str) -> ziping_engine::Rubric {
    single(
        "10",
        json!({
            "kind": "coverage",
            "reached": "已参加培训的党员干部数",
            "all": "党员干部总数",
            "unit": "名党员干部未参加培训",
            "award": award,
        }),
    )
}

fn reached(r: &str, all: &str) -> Json {
    json!({ "ratio": { "numerator": r, "denominator": all } })
}

#[test]
fn coverage_is_full_only_when_everyone_is_reached() {
    let r = training("proportional");
    let item = one(&r, reached("40", "40"));
    assert_eq!((item.status, item.earned), (Status::Met, pts("10")));
    assert_eq!(item.gap, None);
    assert_eq!(
        item.detail,
        Some(Detail::Ratio {
            numerator: 40,
            denominator: 40,
            rate: Some("100.0%".into()),
            met: true,
        })
    );

    // 39 of 40 is 97.5%: proportional credit, and the one left out.
    let item = one(&r, reached("39", "40"));
    assert_eq!((item.status, item.earned), (Status::Partly, pts("9.75")));
    assert_eq!(
        item.gap,
        Some(Gap::More {
            k: 1,
            unit: "名党员干部未参加培训".into()
        })
    );

    // 999 of 1000 shows as 99.9% and is still not everyone.
    let item = one(&r, reached("999", "1000"));
    assert_eq!((item.status, item.earned), (Status::Partly, pts("9.99")));

    let item = one(&r, reached("0", "40"));
    assert_eq!((item.status, item.earned), (Status::Unmet, pts("0")));
    assert_eq!(
        item.gap,
        Some(Gap::More {
            k: 40,
            unit: "名党员干部未参加培训".into()
        })
    );
}

#[test]
fn coverage_all_or_nothing_gives_nothing_short_of_everyone() {
    let r = training("all_or_nothing");
    let item = one(&r, reached("39", "40"));
    assert_eq!((item.status, item.earned), (Status::Unmet, pts("0")));
    assert_eq!(one(&r, reached("40", "40")).earned, pts("10"));
}

#[test]
fn coverage_of_nobody_does_not_apply_and_blanks_are_incomplete() {
    let r = training("proportional");
    assert_eq!(one(&r, reached("0", "0")).status, Status::Na);
    assert_eq!(one(&r, reached("", "40")).status, Status::Incomplete);
    assert_eq!(one(&r, reached("12", "")).status, Status::Incomplete);
}

#[test]
fn coverage_rejects_more_reached_than_there_are() {
    let item = one(&training("proportional"), reached("41", "40"));
    assert_eq!(item.status, Status::Invalid);
    let e = item.error.unwrap();
    assert_eq!(e.field, "numerator");
    assert_eq!(
        e.kind,
        AnswerErrorKind::NumeratorAboveDenominator {
            numerator: 41,
            denominator: 40,
            numerator_label: "已参加培训的党员干部数".into(),
            denominator_label: "党员干部总数".into(),
        }
    );
    let item = one(&training("proportional"), json!({ "count": "3" }));
    assert_eq!(
        item.error.unwrap().kind,
        AnswerErrorKind::WrongKind {
            expected: Expected::Ratio
        }
    );
}

#[test]
fn coverage_rules_are_checked() {
    let text = common::rubric_json(&[vec![item(
        "x",
        "10",
        json!({ "kind": "coverage", "reached": "", "all": "总数", "unit": " ", "award": "proportional" }),
    )]])
    .to_string();
    let problems: Vec<(String, ProblemKind)> = ziping_engine::Rubric::from_json(&text)
        .unwrap_err()
        .problems()
        .iter()
        .map(|p| (p.path.clone(), p.kind.clone()))
        .collect();
    assert_eq!(
        problems,
        [
            (
                "sections[0].items[0].scoring.reached".to_owned(),
                ProblemKind::Empty
            ),
            (
                "sections[0].items[0].scoring.unit".to_owned(),
                ProblemKind::Empty
            )
        ]
    );

    let text = common::rubric_json(&[vec![item(
        "x",
        "10",
        json!({ "kind": "coverage", "reached": "a", "all": "b", "unit": "c", "target": 3 }),
    )]])
    .to_string();
    let e = ziping_engine::Rubric::from_json(&text).unwrap_err();
    assert_eq!(
        e.problems(),
        [ziping_engine::Problem::new(
            "sections[0].items[0].scoring.target",
            ProblemKind::UnknownField {
                field: "target".into(),
                known: ["reached", "all", "unit", "award"]
                    .map(String::from)
                    .to_vec(),
            }
        )]
    );
}
