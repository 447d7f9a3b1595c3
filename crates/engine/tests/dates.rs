//! The small calendar used by deadlines.

#![allow(clippy::unwrap_used)]

use ziping_engine::date::{days_in_month, is_leap_year};
use ziping_engine::{Date, DateError, Due};

#[test]
fn leap_years() {
    assert!(is_leap_year(2020) && is_leap_year(2000) && is_leap_year(2400));
    assert!(!is_leap_year(2021) && !is_leap_year(1900) && !is_leap_year(2100));
    assert_eq!(days_in_month(2020, 2), 29);
    assert_eq!(days_in_month(2021, 2), 28);
    assert_eq!(days_in_month(2021, 4), 30);
    assert_eq!(days_in_month(2021, 13), 0);
}

#[test]
fn strict_parsing() {
    assert_eq!(
        Date::parse("2020-09-30").unwrap(),
        Date::new(2020, 9, 30).unwrap()
    );
    for bad in [
        "2020-9-30",
        "2020/09/30",
        "20-09-30",
        " 2020-09-30",
        "2020-09-30x",
        "",
    ] {
        assert!(
            matches!(Date::parse(bad), Err(DateError::Format(_))),
            "{bad}"
        );
    }
    for none in [
        "2021-02-29",
        "2020-04-31",
        "2020-00-10",
        "2020-13-01",
        "2020-01-00",
    ] {
        assert!(
            matches!(Date::parse(none), Err(DateError::NoSuchDay(_))),
            "{none}"
        );
    }
}

#[test]
fn lenient_parsing() {
    let want = Date::new(2020, 9, 3).unwrap();
    for ok in [
        "2020-09-03",
        "2020-9-3",
        "2020/9/3",
        "2020.9.3",
        "2020年9月3日",
        " 2020年9月3号 ",
        "２０２０-０９-０３",
    ] {
        assert_eq!(Date::parse_lenient(ok).unwrap(), want, "{ok}");
    }
    for bad in [
        "9/3/2020",
        "20-9-3",
        "2020-9",
        "2020-9-3-1",
        "2020-009-3",
        "昨天",
    ] {
        assert!(
            matches!(Date::parse_lenient(bad), Err(DateError::Format(_))),
            "{bad}"
        );
    }
    assert!(matches!(
        Date::parse_lenient("2021年2月29日"),
        Err(DateError::NoSuchDay(_))
    ));
}

#[test]
fn day_arithmetic() {
    let d = |s: &str| Date::parse(s).unwrap();
    assert_eq!(d("1970-01-01").days_from_epoch(), 0);
    assert_eq!(d("2000-03-01").days_since(d("2000-02-28")), 2);
    assert_eq!(d("1900-03-01").days_since(d("1900-02-28")), 1);
    assert_eq!(d("2021-01-01").days_since(d("2020-01-01")), 366);
    assert_eq!(d("2020-10-03").days_since(d("2020-09-30")), 3);
    assert_eq!(d("1969-12-31").days_from_epoch(), -1);
    // The Chinese form of a date reads back as the same date.
    assert_eq!(Date::parse_lenient("2020年9月30日"), Ok(d("2020-09-30")));
}

#[test]
fn due_dates() {
    assert_eq!(
        Due::parse("09-30").unwrap().in_year(2021),
        Date::new(2021, 9, 30).unwrap()
    );
    assert_eq!(
        Due::parse("02-29").unwrap().in_year(2020),
        Date::new(2020, 2, 29).unwrap()
    );
    assert_eq!(
        Due::parse("02-29").unwrap().in_year(2021),
        Date::new(2021, 2, 28).unwrap()
    );
    assert_eq!(
        Due::parse("2019-12-31").unwrap().in_year(2021),
        Date::new(2019, 12, 31).unwrap()
    );
    assert!(matches!(Due::parse("02-30"), Err(DateError::NoSuchDay(_))));
    assert!(matches!(Due::parse("9-30"), Err(DateError::Format(_))));
    assert!(matches!(Due::parse("09/30"), Err(DateError::Format(_))));
}
