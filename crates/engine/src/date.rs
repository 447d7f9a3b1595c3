//! Calendar dates, just enough for deadlines.
//!
//! Proleptic Gregorian calendar, no time zones, no times of day. A full date
//! library would cost far more wasm than these few functions.

use std::fmt;

/// A calendar date.
///
/// ```
/// use ziping_engine::Date;
/// let d = Date::parse("2020-02-29").unwrap();
/// assert_eq!(d.to_string(), "2020-02-29");
/// assert!(Date::parse("2021-02-29").is_err());
/// assert_eq!(Date::parse("2020-03-01").unwrap().days_since(d), 1);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Why a text is not a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// The text does not have the expected shape.
    Format(String),
    /// The text has the right shape but names a day that does not exist,
    /// such as `2021-02-29` or `04-31`.
    NoSuchDay(String),
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Format(s) => write!(f, "expected a date like \"2020-09-30\", found \"{s}\""),
            DateError::NoSuchDay(s) => write!(f, "there is no such day as \"{s}\""),
        }
    }
}

impl std::error::Error for DateError {}

/// Whether `year` has a 29 February.
pub const fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The number of days in a month (1–12) of a year; 0 for a month outside 1–12.
pub const fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// The date, if it exists.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        (day >= 1 && day <= days_in_month(year, month)).then_some(Date { year, month, day })
    }

    /// The year.
    pub const fn year(self) -> i32 {
        self.year
    }

    /// The month, 1–12.
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1–31.
    pub const fn day(self) -> u8 {
        self.day
    }

    /// Parses exactly `YYYY-MM-DD` (four-digit year, two-digit month and
    /// day), the form used in rubric and assessment files.
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let fail = || DateError::Format(text.to_owned());
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(fail());
        }
        let year = digits(&text[0..4]).ok_or_else(fail)?;
        let month = digits(&text[5..7]).ok_or_else(fail)?;
        let day = digits(&text[8..10]).ok_or_else(fail)?;
        let year = i32::try_from(year).map_err(|_| fail())?;
        let (month, day) = small(month, day).ok_or_else(fail)?;
        Date::new(year, month, day).ok_or_else(|| DateError::NoSuchDay(text.to_owned()))
    }

    /// Parses a date as a person might type it: `2020-09-30`, `2020-9-30`,
    /// `2020/9/30`, `2020.9.30` or `2020年9月30日`, with surrounding spaces
    /// and full-width digits allowed. The year must have four digits.
    pub fn parse_lenient(text: &str) -> Result<Date, DateError> {
        let fail = || DateError::Format(text.to_owned());
        let mut norm = String::with_capacity(text.len());
        for c in text.trim().chars() {
            match c {
                '０'..='９' => {
                    let v = u32::from(c) - u32::from('０');
                    norm.push(char::from_digit(v, 10).ok_or_else(fail)?);
                }
                '年' | '月' | '/' | '.' | '-' | '－' => norm.push('-'),
                '日' | '号' => {}
                _ => norm.push(c),
            }
        }
        let mut parts = norm.split('-');
        let (Some(y), Some(m), Some(d), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(fail());
        };
        if y.len() != 4 || m.is_empty() || m.len() > 2 || d.is_empty() || d.len() > 2 {
            return Err(fail());
        }
        let year = digits(y)
            .and_then(|v| i32::try_from(v).ok())
            .ok_or_else(fail)?;
        let month = digits(m).ok_or_else(fail)?;
        let day = digits(d).ok_or_else(fail)?;
        let (month, day) = small(month, day).ok_or_else(fail)?;
        Date::new(year, month, day).ok_or_else(|| DateError::NoSuchDay(text.trim().to_owned()))
    }

    /// Days since 1970-01-01 (negative before it).
    pub fn days_from_epoch(self) -> i64 {
        // Counting in 400-year eras that start on 1 March, so the leap day is
        // the last day of the era's year.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y.rem_euclid(400);
        let m = i64::from(self.month);
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// `self − earlier` in days.
    pub fn days_since(self, earlier: Date) -> i64 {
        self.days_from_epoch() - earlier.days_from_epoch()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn digits(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 9 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn small(month: u32, day: u32) -> Option<(u8, u8)> {
    Some((u8::try_from(month).ok()?, u8::try_from(day).ok()?))
}

/// A due date as written in a rubric: `MM-DD` in the assessment's year, or a
/// full `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Due {
    /// A month and day, in whatever year is assessed.
    MonthDay {
        /// 1–12.
        month: u8,
        /// 1–31, valid for the month in a leap year.
        day: u8,
    },
    /// A fixed date.
    Date(Date),
}

impl Due {
    /// Parses `MM-DD` or `YYYY-MM-DD`. `02-29` is accepted: in a year without
    /// 29 February it means 28 February (the last day of the month).
    pub fn parse(text: &str) -> Result<Due, DateError> {
        let b = text.as_bytes();
        if b.len() == 5 {
            let fail = || DateError::Format(text.to_owned());
            if b[2] != b'-' {
                return Err(fail());
            }
            let month = digits(&text[0..2]).ok_or_else(fail)?;
            let day = digits(&text[3..5]).ok_or_else(fail)?;
            let (month, day) = small(month, day).ok_or_else(fail)?;
            // 2000 is a leap year: every month-day that exists in some year.
            if Date::new(2000, month, day).is_none() {
                return Err(DateError::NoSuchDay(text.to_owned()));
            }
            return Ok(Due::MonthDay { month, day });
        }
        Date::parse(text).map(Due::Date).map_err(|e| match e {
            DateError::Format(_) => DateError::Format(text.to_owned()),
            other => other,
        })
    }

    /// The due date in `year`.
    pub fn in_year(self, year: i32) -> Date {
        match self {
            Due::Date(d) => d,
            Due::MonthDay { month, day } => {
                let day = day.min(days_in_month(year, month));
                Date { year, month, day }
            }
        }
    }
}
