//! Exact decimals for thresholds and points.
//!
//! Rubric files write thresholds ("95", "0.5") and points ("2.5") as decimal
//! strings. They are kept as integers scaled by a power of ten, so every
//! comparison the engine makes is integer arithmetic and never depends on
//! binary floating point.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use serde::{Serialize, Serializer};

/// The largest number of digits allowed after the decimal point.
pub const MAX_SCALE: u32 = 6;

/// An exact decimal number: `units / 10^scale`.
///
/// ```
/// use ziping_engine::Decimal;
/// let t: Decimal = "0.5".parse().unwrap();
/// assert_eq!(t.units(), 5);
/// assert_eq!(t.scale(), 1);
/// assert_eq!(t.to_string(), "0.5");
/// assert_eq!("95".parse::<Decimal>().unwrap(), "95.000".parse().unwrap());
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct Decimal {
    units: i64,
    scale: u32,
}

/// Why a text is not a decimal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecimalError {
    found: String,
}

impl fmt::Display for DecimalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "expected a decimal like \"95\" or \"0.5\", found \"{}\"",
            self.found
        )
    }
}

impl std::error::Error for DecimalError {}

impl Decimal {
    /// Zero.
    pub const ZERO: Decimal = Decimal { units: 0, scale: 0 };

    /// A whole number.
    pub const fn from_int(n: i64) -> Decimal {
        Decimal { units: n, scale: 0 }
    }

    /// `units / 10^scale`; `scale` must not exceed [`MAX_SCALE`].
    pub fn new(units: i64, scale: u32) -> Option<Decimal> {
        (scale <= MAX_SCALE).then_some(Decimal { units, scale }.normalised())
    }

    /// The integer numerator (after removing trailing zeros).
    pub const fn units(self) -> i64 {
        self.units
    }

    /// The power of ten dividing [`Self::units`].
    pub const fn scale(self) -> u32 {
        self.scale
    }

    /// True when the value is below zero.
    pub const fn is_negative(self) -> bool {
        self.units < 0
    }

    /// `10^scale` as an `i128`.
    pub fn denominator(self) -> i128 {
        10_i128.pow(self.scale)
    }

    /// The value scaled to `10^scale` units, if it has no more digits than that.
    pub fn to_scaled(self, scale: u32) -> Option<i128> {
        if self.scale > scale {
            return None;
        }
        Some(i128::from(self.units) * 10_i128.pow(scale - self.scale))
    }

    fn normalised(mut self) -> Decimal {
        while self.scale > 0 && self.units % 10 == 0 {
            self.units /= 10;
            self.scale -= 1;
        }
        self
    }
}

impl PartialEq for Decimal {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Decimal {}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Self) -> Ordering {
        let a = i128::from(self.units) * other.denominator();
        let b = i128::from(other.units) * self.denominator();
        a.cmp(&b)
    }
}

impl FromStr for Decimal {
    type Err = DecimalError;

    fn from_str(s: &str) -> Result<Decimal, DecimalError> {
        let err = || DecimalError {
            found: s.to_owned(),
        };
        let t = s.trim();
        let (neg, body) = match t.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, t.strip_prefix('+').unwrap_or(t)),
        };
        let (int, frac) = match body.split_once('.') {
            Some((i, f)) => (i, f),
            None => (body, ""),
        };
        let digits_ok = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
        if int.is_empty() || !digits_ok(int) || !digits_ok(frac) {
            return Err(err());
        }
        if body.contains('.') && frac.is_empty() {
            return Err(err());
        }
        let scale = u32::try_from(frac.len()).map_err(|_| err())?;
        if scale > MAX_SCALE {
            return Err(err());
        }
        let mut units: i64 = 0;
        for b in int.bytes().chain(frac.bytes()) {
            units = units
                .checked_mul(10)
                .and_then(|u| u.checked_add(i64::from(b - b'0')))
                .ok_or_else(err)?;
        }
        // Keep within a range where products with counts cannot overflow i128.
        if units > 1_000_000_000_000 {
            return Err(err());
        }
        if neg {
            units = -units;
        }
        Ok(Decimal { units, scale }.normalised())
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.scale == 0 {
            return write!(f, "{}", self.units);
        }
        let den = 10_u64.pow(self.scale);
        let abs = self.units.unsigned_abs();
        let sign = if self.units < 0 { "-" } else { "" };
        write!(
            f,
            "{sign}{}.{:0width$}",
            abs / den,
            abs % den,
            width = self.scale as usize
        )
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Points, exact to one hundredth of a point.
///
/// Every score the engine produces is a whole number of hundredths. Where a
/// rule produces a fraction finer than that (proportional credit, rescaling a
/// section for N/A items) the result is rounded **down**, so nobody is ever
/// credited a point they did not earn. Display rounding happens only in the
/// user interface and never decides anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Points(pub i64);

impl Points {
    /// No points.
    pub const ZERO: Points = Points(0);

    /// Whole points.
    pub const fn whole(n: i64) -> Points {
        Points(n * 100)
    }

    /// The value in hundredths of a point.
    pub const fn hundredths(self) -> i64 {
        self.0
    }

    /// Converts a decimal with at most two digits after the point.
    pub fn from_decimal(d: Decimal) -> Option<Points> {
        d.to_scaled(2)
            .and_then(|v| i64::try_from(v).ok())
            .map(Points)
    }

    /// The exact value as a decimal.
    pub fn to_decimal(self) -> Decimal {
        Decimal {
            units: self.0,
            scale: 2,
        }
        .normalised()
    }

    /// Rounded half away from zero to one decimal place, for display only.
    pub fn display_one_decimal(self) -> String {
        let tenths = if self.0 >= 0 {
            (self.0 + 5) / 10
        } else {
            (self.0 - 5) / 10
        };
        let sign = if tenths < 0 { "-" } else { "" };
        let a = tenths.unsigned_abs();
        format!("{sign}{}.{}", a / 10, a % 10)
    }
}

impl std::ops::Add for Points {
    type Output = Points;
    fn add(self, rhs: Points) -> Points {
        Points(self.0 + rhs.0)
    }
}

impl std::ops::Sub for Points {
    type Output = Points;
    fn sub(self, rhs: Points) -> Points {
        Points(self.0 - rhs.0)
    }
}

impl std::ops::AddAssign for Points {
    fn add_assign(&mut self, rhs: Points) {
        self.0 += rhs.0;
    }
}

impl std::iter::Sum for Points {
    fn sum<I: Iterator<Item = Points>>(iter: I) -> Points {
        Points(iter.map(|p| p.0).sum())
    }
}

impl fmt::Display for Points {
    /// The exact value, without trailing zeros ("2.5", "90", "1.25").
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.to_decimal().fmt(f)
    }
}

impl Serialize for Points {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}
