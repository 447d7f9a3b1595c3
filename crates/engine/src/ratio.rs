//! Exact ratio arithmetic.
//!
//! A rate `n / d` is compared with a threshold of `t` percent, where `t` is
//! the exact decimal `T / 10^s`. Then `n / d ⋛ t %` is the same as
//! `n · 100 · 10^s ⋛ T · d`, which is decided in `i128` integers without any
//! rounding: 19/20 meets 95% because `19 · 100 = 1900 ≥ 95 · 20 = 1900`.

use crate::decimal::{Decimal, Points};
use crate::model::{Compare, RatioAward};

/// `(T, S)` with `threshold% = T / S`, i.e. `S = 100 · 10^scale`.
fn parts(threshold: Decimal) -> (i128, i128) {
    (
        i128::from(threshold.units()),
        100_i128.saturating_mul(threshold.denominator()),
    )
}

/// Whether `n / d` (with `d > 0`) satisfies `compare` against `threshold`
/// percent. With `d = 0` the rate is undefined; the result is then that of
/// comparing 0 with 0 and has no meaning (see
/// [`crate::model::ZeroDenominator`]).
///
/// ```
/// use ziping_engine::{ratio::meets, Compare, Decimal};
/// let t: Decimal = "95".parse().unwrap();
/// assert!(meets(19, 20, Compare::AtLeast, t));
/// assert!(!meets(18, 19, Compare::AtLeast, t));
/// ```
pub fn meets(n: u64, d: u64, compare: Compare, threshold: Decimal) -> bool {
    let (t, s) = parts(threshold);
    let lhs = i128::from(n).saturating_mul(s);
    let rhs = t.saturating_mul(i128::from(d));
    match compare {
        Compare::AtLeast => lhs >= rhs,
        Compare::Above => lhs > rhs,
        Compare::AtMost => lhs <= rhs,
        Compare::Below => lhs < rhs,
    }
}

/// How far a ratio is from its requirement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Needed {
    /// Already met.
    Met,
    /// The numerator must change by this much (up for `>=`/`>`, down for
    /// `<=`/`<`); with `share_of_total` the denominator changes with it.
    Change(u64),
    /// No change of the numerator can meet it (for example a share that must
    /// exceed 100%, or a rate of at least 95% of nothing).
    Unreachable,
}

fn floor_div(a: i128, b: i128) -> i128 {
    // `b > 0` at every call site.
    if b == 0 {
        return 0;
    }
    a.div_euclid(b)
}

fn ceil_div(a: i128, b: i128) -> i128 {
    if b == 0 {
        return 0;
    }
    -((-a).div_euclid(b))
}

/// The smallest `k ≥ 1` with `k · diff ≥ num` (`strict`: `>`), if any.
fn smallest_k(diff: i128, num: i128, strict: bool) -> Option<i128> {
    let holds = |k: i128| {
        let lhs = k.saturating_mul(diff);
        if strict {
            lhs > num
        } else {
            lhs >= num
        }
    };
    if diff > 0 {
        let k = if strict {
            floor_div(num, diff).saturating_add(1)
        } else {
            ceil_div(num, diff)
        };
        Some(k.max(1))
    } else {
        // k · diff does not grow with k: only k = 1 can work.
        holds(1).then_some(1)
    }
}

/// The smallest change of the numerator that meets the requirement,
/// computed in closed form (no search, so `d` may be large).
///
/// Without `share_of_total`, `k` more means `(n + k) / d` (at most `d`), `k`
/// fewer means `(n − k) / d`. With it, the denominator moves too: `(n + k) /
/// (d + k)` and `(n − k) / (d − k)`.
///
/// ```
/// use ziping_engine::{ratio::{needed, Needed}, Compare, Decimal};
/// let t: Decimal = "30".parse().unwrap();
/// // 2 of 10 new members; 4 of 12 would be 33.3%.
/// assert_eq!(needed(2, 10, Compare::AtLeast, t, true), Needed::Change(2));
/// assert_eq!(needed(2, 10, Compare::AtLeast, t, false), Needed::Change(1));
/// ```
pub fn needed(
    n: u64,
    d: u64,
    compare: Compare,
    threshold: Decimal,
    share_of_total: bool,
) -> Needed {
    if d > 0 && n <= d && meets(n, d, compare, threshold) {
        return Needed::Met;
    }
    let (t, s) = parts(threshold);
    let (ni, di) = (i128::from(n), i128::from(d));
    let strict = matches!(compare, Compare::Above | Compare::Below);
    let k = match (compare, share_of_total) {
        (Compare::AtLeast | Compare::Above, false) => {
            // (n + k) · S ⋛ T · d, with n + k ≤ d.
            let td = t.saturating_mul(di);
            let target = if strict {
                floor_div(td, s).saturating_add(1)
            } else {
                ceil_div(td, s)
            };
            let k = target.saturating_sub(ni).max(1);
            (ni.saturating_add(k) <= di).then_some(k)
        }
        (Compare::AtLeast | Compare::Above, true) => {
            // (n + k) · S ⋛ T · (d + k)  ⇔  k · (S − T) ⋛ T · d − n · S.
            let num = t.saturating_mul(di).saturating_sub(ni.saturating_mul(s));
            smallest_k(s.saturating_sub(t), num, strict)
        }
        (Compare::AtMost | Compare::Below, false) => {
            // (n − k) · S ⋛ T · d, with n − k ≥ 0 and d > 0.
            let td = t.saturating_mul(di);
            let limit = if strict {
                ceil_div(td, s).saturating_sub(1)
            } else {
                floor_div(td, s)
            };
            let k = ni.saturating_sub(limit).max(1);
            (d > 0 && k <= ni).then_some(k)
        }
        (Compare::AtMost | Compare::Below, true) => {
            // (n − k) · S ⋛ T · (d − k)  ⇔  k · (S − T) ⋛ n · S − T · d,
            // with n − k ≥ 0 and d − k > 0.
            let num = ni.saturating_mul(s).saturating_sub(t.saturating_mul(di));
            smallest_k(s.saturating_sub(t), num, strict).filter(|&k| k <= ni && k < di)
        }
    };
    match k.and_then(|k| u64::try_from(k).ok()) {
        Some(k) => Needed::Change(k),
        None => Needed::Unreachable,
    }
}

/// The rate as a percentage rounded half up to one decimal, e.g. `"94.7%"`;
/// `None` when `d = 0`. For display only.
pub fn percent_one_decimal(n: u64, d: u64) -> Option<String> {
    if d == 0 {
        return None;
    }
    let (n, d) = (u128::from(n), u128::from(d));
    let tenths = (2000 * n + d) / (2 * d);
    Some(format!("{}.{}%", tenths / 10, tenths % 10))
}

/// The points a ratio earns (`d > 0`), in hundredths, rounded down and kept
/// within `0..=points`. An unmet requirement never earns full points.
pub fn award(
    award: &RatioAward,
    points: Points,
    n: u64,
    d: u64,
    compare: Compare,
    threshold: Decimal,
) -> Points {
    let p = i128::from(points.hundredths().max(0));
    let met = meets(n, d, compare, threshold);
    let (t, s) = parts(threshold);
    let (ni, di) = (i128::from(n), i128::from(d));
    let higher_is_better = matches!(compare, Compare::AtLeast | Compare::Above);
    let earned = match award {
        RatioAward::AllOrNothing => {
            if met {
                p
            } else {
                0
            }
        }
        RatioAward::Proportional => {
            if met {
                p
            } else {
                let raw = if higher_is_better {
                    // points × rate ÷ threshold = p · n · S / (d · T)
                    let den = di.saturating_mul(t);
                    if den <= 0 {
                        0
                    } else {
                        floor_div(p.saturating_mul(ni).saturating_mul(s), den)
                    }
                } else {
                    // points × threshold ÷ rate = p · T · d / (S · n)
                    let den = s.saturating_mul(ni);
                    if den <= 0 {
                        0
                    } else {
                        floor_div(p.saturating_mul(t).saturating_mul(di), den)
                    }
                };
                // Exactly at the threshold of a strict comparison the ratio is
                // 1 but the requirement is unmet: stay one hundredth short.
                raw.min(p - 1)
            }
        }
        RatioAward::Slope {
            base,
            per_10pp,
            floor,
        } => {
            // rate% − threshold% = (n·S − T·d) / (d · 10^s); per 10 points.
            let diff = if higher_is_better {
                ni.saturating_mul(s).saturating_sub(t.saturating_mul(di))
            } else {
                t.saturating_mul(di).saturating_sub(ni.saturating_mul(s))
            };
            let den = di.saturating_mul(s).saturating_div(10); // d · 10^s · 10
            let delta = floor_div(i128::from(per_10pp.hundredths()).saturating_mul(diff), den);
            let raw = i128::from(base.hundredths()).saturating_add(delta);
            let low = i128::from(floor.hundredths()).clamp(0, p);
            raw.clamp(low, p)
        }
    };
    Points(i64::try_from(earned.clamp(0, p)).unwrap_or(0))
}
