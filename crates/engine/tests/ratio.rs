//! Ratio items: exact threshold comparisons, gaps, award modes and zero
//! denominators.

#![allow(clippy::unwrap_used)]

mod common;

use common::*;
use serde_json::json;
use ziping_engine::ratio::{meets, needed, percent_one_decimal, Needed};
use ziping_engine::{AnswerErrorKind, Compare, Decimal, Detail, Gap, Status};

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn cmp(s: &str) -> Compare {
    ziping_engine::json::from_value(json!(s)).unwrap()
}

/// One boundary case: `compare threshold`, `n / d`, verdict, display, gap.
struct Case {
    compare: &'static str,
    threshold: &'static str,
    share: bool,
    n: u64,
    d: u64,
    met: bool,
    rate: &'static str,
    gap: Option<Needed>,
}

const fn case(
    compare: &'static str,
    threshold: &'static str,
    n: u64,
    d: u64,
    met: bool,
    rate: &'static str,
    gap: Option<Needed>,
) -> Case {
    Case {
        compare,
        threshold,
        share: false,
        n,
        d,
        met,
        rate,
        gap,
    }
}

const CASES: &[Case] = &[
    // 19/20 = 95% exactly meets "95%以上".
    case(">=", "95", 19, 20, true, "95.0%", None),
    // 18/19 = 94.74%: shows as 94.7% and does not meet it; one more does.
    case(">=", "95", 18, 19, false, "94.7%", Some(Needed::Change(1))),
    // 3/10 = 30% meets 30%; 2/7 = 28.57% does not (3/7 = 42.9% does).
    case(">=", "30", 3, 10, true, "30.0%", None),
    case(">=", "30", 2, 7, false, "28.6%", Some(Needed::Change(1))),
    // "> 30%" is not met exactly at 30%.
    case(">", "30", 3, 10, false, "30.0%", Some(Needed::Change(1))),
    case(">", "30", 4, 10, true, "40.0%", None),
    // "<= 5%" is met exactly at 5%, "< 5%" is not.
    case("<=", "5", 1, 20, true, "5.0%", None),
    case("<", "5", 1, 20, false, "5.0%", Some(Needed::Change(1))),
    case("<", "5", 0, 20, true, "0.0%", None),
    case("<=", "5", 3, 20, false, "15.0%", Some(Needed::Change(2))),
    // 0.5% of 1234 staff: 6 is 0.486% (shows as 0.5%!) and is not enough; 7 is.
    case(">=", "0.5", 0, 1234, false, "0.0%", Some(Needed::Change(7))),
    case(">=", "0.5", 6, 1234, false, "0.5%", Some(Needed::Change(1))),
    case(">=", "0.5", 7, 1234, true, "0.6%", None),
    // 0.5% of 200 is exactly 1.
    case(">=", "0.5", 0, 200, false, "0.0%", Some(Needed::Change(1))),
    case(">=", "0.5", 1, 200, true, "0.5%", None),
    // 94.96% shows as 95.0% but does not meet 95%.
    case(
        ">=",
        "95",
        9496,
        10000,
        false,
        "95.0%",
        Some(Needed::Change(4)),
    ),
    // A decimal threshold: 33.3%.
    case(">=", "33.3", 333, 1000, true, "33.3%", None),
    case(">=", "33.3", 1, 3, true, "33.3%", None),
    case(
        ">",
        "33.3",
        333,
        1000,
        false,
        "33.3%",
        Some(Needed::Change(1)),
    ),
    // 100%: every one.
    case(">=", "100", 9, 10, false, "90.0%", Some(Needed::Change(1))),
    case(">=", "100", 10, 10, true, "100.0%", None),
    // 0%: anything meets ">= 0".
    case(">=", "0", 0, 10, true, "0.0%", None),
    // Half up: 1/8 = 12.5%, 1/16 = 6.25% → 6.3%.
    case(">=", "10", 1, 16, false, "6.3%", Some(Needed::Change(1))),
];

#[test]
fn boundary_table() {
    for c in CASES {
        let (compare, t) = (cmp(c.compare), dec(c.threshold));
        let label = format!("{} {} {}/{}", c.compare, c.threshold, c.n, c.d);
        assert_eq!(meets(c.n, c.d, compare, t), c.met, "{label}");
        assert_eq!(percent_one_decimal(c.n, c.d).unwrap(), c.rate, "{label}");
        let gap = needed(c.n, c.d, compare, t, c.share);
        assert_eq!(gap, c.gap.unwrap_or(Needed::Met), "{label}");

        // The same through the scorer.
        let r = single("10", ratio(c.compare, c.threshold));
        let rep = score(&r, &value(nd(&c.n.to_string(), &c.d.to_string())));
        let item = rep.item("x").unwrap();
        assert_eq!(
            item.status,
            if c.met { Status::Met } else { Status::Unmet },
            "{label}"
        );
        assert_eq!(
            item.earned,
            if c.met { pts("10") } else { pts("0") },
            "{label}"
        );
        match &item.detail {
            Some(Detail::Ratio { rate, met, .. }) => {
                assert_eq!(rate.as_deref(), Some(c.rate), "{label}");
                assert_eq!(*met, c.met, "{label}");
            }
            other => panic!("{label}: {other:?}"),
        }
        let more = c.compare.starts_with('>');
        let expected_gap = match c.gap {
            None | Some(Needed::Met) => None,
            Some(Needed::Change(k)) if more => Some(Gap::More {
                k,
                unit: "个支部达标".into(),
            }),
            Some(Needed::Change(k)) => Some(Gap::Fewer {
                k,
                unit: "个支部达标".into(),
            }),
            Some(Needed::Unreachable) => Some(Gap::Unreachable),
        };
        assert_eq!(item.gap, expected_gap, "{label}");
    }
}

#[test]
fn gap_sentences() {
    let r = single("10", ratio(">=", "95"));
    let rep = score(&r, &value(nd("18", "19")));
    assert_eq!(
        rep.item("x").unwrap().gap,
        Some(Gap::More {
            k: 1,
            unit: "个支部达标".into()
        })
    );
    let r = single("10", ratio("<=", "5"));
    let rep = score(&r, &value(nd("3", "20")));
    assert_eq!(
        rep.item("x").unwrap().gap,
        Some(Gap::Fewer {
            k: 2,
            unit: "个支部达标".into()
        })
    );
}

#[test]
fn share_of_total_gap() {
    // 2 of 10 new members are 高知; at 30% of a growing total, 3/11 = 27.3%
    // is not enough and 4/12 = 33.3% is: k = 2.
    let t = dec("30");
    assert_eq!(needed(2, 10, Compare::AtLeast, t, true), Needed::Change(2));
    assert!(!meets(3, 11, Compare::AtLeast, t));
    assert!(meets(4, 12, Compare::AtLeast, t));
    // Without share_of_total one more (3/10) would do.
    assert_eq!(needed(2, 10, Compare::AtLeast, t, false), Needed::Change(1));
    // A share above 100% is impossible; so is exactly 100% when something
    // else is already in the total.
    assert_eq!(
        needed(1, 2, Compare::Above, dec("100"), true),
        Needed::Unreachable
    );
    assert_eq!(
        needed(1, 2, Compare::AtLeast, dec("100"), true),
        Needed::Unreachable
    );
    // Through the scorer.
    let mut rule = ratio(">=", "30");
    rule["share_of_total"] = json!(true);
    rule["gap_unit"] = json!("名高知识群体党员");
    let r = single("5", rule);
    let rep = score(&r, &value(nd("2", "10")));
    assert_eq!(
        rep.item("x").unwrap().gap,
        Some(Gap::More {
            k: 2,
            unit: "名高知识群体党员".into()
        })
    );
}

/// The smallest k by trying every k, straight from the definition.
fn brute(n: u64, d: u64, compare: Compare, t: Decimal, share: bool) -> Needed {
    if d > 0 && meets(n, d, compare, t) {
        return Needed::Met;
    }
    let more = matches!(compare, Compare::AtLeast | Compare::Above);
    for k in 1..=30_000_u64 {
        let (nn, dd) = if more {
            (n + k, if share { d + k } else { d })
        } else {
            if k > n {
                break;
            }
            (n - k, if share { d - k } else { d })
        };
        if nn > dd {
            if share {
                continue;
            }
            break;
        }
        if dd == 0 {
            continue;
        }
        if meets(nn, dd, compare, t) {
            return Needed::Change(k);
        }
    }
    Needed::Unreachable
}

#[test]
fn closed_form_gap_matches_brute_force() {
    let thresholds = ["0", "0.5", "5", "30", "33.3", "50", "95", "99.9", "100"];
    let mut checked = 0;
    for t in thresholds.map(dec) {
        for compare in [
            Compare::AtLeast,
            Compare::Above,
            Compare::AtMost,
            Compare::Below,
        ] {
            for share in [false, true] {
                for d in 0..=25_u64 {
                    for n in 0..=d {
                        let fast = needed(n, d, compare, t, share);
                        let slow = brute(n, d, compare, t, share);
                        assert_eq!(fast, slow, "{n}/{d} {compare:?} {t} share={share}");
                        checked += 1;
                    }
                }
            }
        }
    }
    assert_eq!(checked, 9 * 4 * 2 * 351);
}

#[test]
fn large_denominators_are_exact_and_fast() {
    let d = 1_000_000_000_u64;
    let t = dec("95");
    assert_eq!(
        needed(0, d, Compare::AtLeast, t, false),
        Needed::Change(950_000_000)
    );
    assert_eq!(
        needed(949_999_999, d, Compare::AtLeast, t, false),
        Needed::Change(1)
    );
    // (n + k) / (d + k) ≥ 0.95 ⇔ k ≥ (0.95 d − n) / 0.05.
    assert_eq!(
        needed(0, d, Compare::AtLeast, t, true),
        Needed::Change(19_000_000_000)
    );
    assert!(meets(19_000_000_000, 20_000_000_000, Compare::AtLeast, t));
    assert!(!meets(18_999_999_999, 19_999_999_999, Compare::AtLeast, t));
}

#[test]
fn zero_denominator() {
    // Default: not applicable.
    let r = single("10", ratio(">=", "95"));
    let rep = score(&r, &value(nd("0", "0")));
    assert_eq!(rep.item("x").unwrap().status, Status::Na);
    for (policy, status, earned) in [("met", Status::Met, "10"), ("unmet", Status::Unmet, "0")] {
        let mut rule = ratio(">=", "95");
        rule["zero_denominator"] = json!(policy);
        let r = single("10", rule);
        let item = score(&r, &value(nd("0", "0"))).items.remove(0);
        assert_eq!(item.status, status, "{policy}");
        assert_eq!(item.earned, pts(earned), "{policy}");
        match item.detail {
            Some(Detail::Ratio {
                rate: None, met, ..
            }) => assert_eq!(met, policy == "met"),
            other => panic!("{other:?}"),
        }
        if policy == "unmet" {
            // No numerator can be added to an empty denominator.
            assert_eq!(item.gap, Some(Gap::Unreachable));
        }
    }
    // With share_of_total, one is enough: 1/1 = 100%.
    let mut rule = ratio(">=", "30");
    rule["zero_denominator"] = json!("unmet");
    rule["share_of_total"] = json!(true);
    let r = single("10", rule);
    let item = score(&r, &value(nd("0", "0"))).items.remove(0);
    assert_eq!(
        item.gap,
        Some(Gap::More {
            k: 1,
            unit: "个支部达标".into()
        })
    );
}

#[test]
fn numerator_above_denominator_is_invalid() {
    let r = single("10", ratio(">=", "95"));
    let item = score(&r, &value(nd("21", "20"))).items.remove(0);
    assert_eq!(item.status, Status::Invalid);
    let e = item.error.unwrap();
    assert_eq!(e.field, "numerator");
    assert_eq!(
        e.kind,
        AnswerErrorKind::NumeratorAboveDenominator {
            numerator: 21,
            denominator: 20,
            numerator_label: "达标数".into(),
            denominator_label: "总数".into(),
        }
    );
}

fn award(
    mode: serde_json::Value,
    compare: &str,
    t: &str,
    n: &str,
    d: &str,
    points: &str,
) -> String {
    let mut rule = ratio(compare, t);
    rule["award"] = mode;
    let r = single(points, rule);
    score(&r, &value(nd(n, d)))
        .items
        .remove(0)
        .earned
        .to_string()
}

#[test]
fn proportional_award() {
    let p = json!({ "mode": "proportional" });
    // 15 × (18/19) ÷ 95% = 14.958… → 14.95 (rounded down).
    assert_eq!(award(p.clone(), ">=", "95", "18", "19", "15"), "14.95");
    assert_eq!(award(p.clone(), ">=", "95", "19", "20", "15"), "15");
    assert_eq!(award(p.clone(), ">=", "95", "0", "20", "15"), "0");
    // Exactly at the threshold of a strict comparison: unmet, one hundredth short.
    assert_eq!(award(p.clone(), ">", "30", "3", "10", "10"), "9.99");
    // "<= 5%" at 10%: 10 × 5 ÷ 10 = 5.
    assert_eq!(award(p.clone(), "<=", "5", "2", "20", "10"), "5");
    assert_eq!(award(p.clone(), "<=", "5", "1", "20", "10"), "10");
    // The bare-string shorthand is the same award.
    assert_eq!(
        award(json!("proportional"), ">=", "95", "18", "19", "15"),
        "14.95"
    );
}

#[test]
fn slope_award() {
    let s = json!({ "mode": "slope", "base": "3", "per_10pp": "1" });
    for (n, d, earned) in [
        ("3", "10", "3"),   // at the threshold: base
        ("5", "10", "5"),   // 20 points above: +2, at the item's points
        ("9", "20", "4.5"), // 45%: +1.5
        ("1", "3", "3.33"), // 33.33%: +0.333… → 3.33
        ("1", "10", "1"),   // 10%: −2
        ("0", "10", "0"),   // 0%: −3
        ("10", "10", "5"),  // capped at the item's points
    ] {
        assert_eq!(award(s.clone(), ">=", "30", n, d, "5"), earned, "{n}/{d}");
    }
    // A floor.
    let s = json!({ "mode": "slope", "base": "3", "per_10pp": "1", "floor": "2" });
    assert_eq!(award(s, ">=", "30", "0", "10", "5"), "2");
    // For "<=" lower is better: 5% under a 10% ceiling is +0.5.
    let s = json!({ "mode": "slope", "base": "4", "per_10pp": "1" });
    assert_eq!(award(s.clone(), "<=", "10", "1", "20", "5"), "4.5");
    assert_eq!(award(s, "<=", "10", "3", "20", "5"), "3.5");
}

#[test]
fn rate_display_is_rounded_half_up() {
    assert_eq!(percent_one_decimal(1, 8).unwrap(), "12.5%");
    assert_eq!(percent_one_decimal(1, 3).unwrap(), "33.3%");
    assert_eq!(percent_one_decimal(2, 3).unwrap(), "66.7%");
    assert_eq!(percent_one_decimal(0, 0), None);
}
