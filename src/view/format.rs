//! Figures with one decimal, as every screen, the printed report and the
//! spreadsheets write them. [`tenths`] is the one place the digits are
//! written; the other functions only round to tenths first, in integers
//! (Rust's float formatting would add ~10 KB of WebAssembly).

use ziping_engine::Points;

/// A number of tenths with one decimal: 947 → "94.7", 950 → "95.0",
/// -5 → "-0.5".
pub fn tenths(t: i64) -> String {
    let sign = if t < 0 { "-" } else { "" };
    let a = t.unsigned_abs();
    format!("{sign}{}.{}", a / 10, a % 10)
}

/// Points rounded half away from zero to one decimal, for display only:
/// 94.65 → "94.7", 95 → "95.0".
pub fn points(p: Points) -> String {
    let h = p.hundredths();
    tenths(if h >= 0 { (h + 5) / 10 } else { (h - 5) / 10 })
}

/// A difference of points, exactly and signed: "+1.5", "-2.5", "0" (the
/// 考核分 beside the 自评分).
pub fn difference(p: Points) -> String {
    if p > Points::ZERO {
        format!("+{p}")
    } else {
        p.to_string()
    }
}

/// Points earned of those possible: "38.0 / 40" (the possible points are
/// exact, as the rubric gives them).
pub fn out_of(earned: Points, possible: Points) -> String {
    format!("{} / {possible}", points(earned))
}

/// `n` of `d` in tenths of a per cent, rounded half up: 18 of 19 → 947;
/// `None` when `d` is not positive.
pub fn per_mille(n: i64, d: i64) -> Option<i64> {
    (d > 0).then(|| (2000 * n + d) / (2 * d))
}

/// `n` of `d` as a percentage with one decimal, rounded half up: 18 of 19
/// → "94.7%"; `None` when `d` is not positive.
pub fn percent(n: i64, d: i64) -> Option<String> {
    per_mille(n, d).map(|t| tenths(t) + "%")
}
