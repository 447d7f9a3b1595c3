//! The view models, natively.

use ziping_engine::{ratio, Points};

use super::format::{out_of, per_mille, percent, points, tenths};

// Figures with one decimal.

#[test]
fn tenths_are_written_with_one_decimal() {
    assert_eq!(tenths(947), "94.7");
    assert_eq!(tenths(950), "95.0");
    assert_eq!(tenths(5), "0.5");
    assert_eq!(tenths(1000), "100.0");
    assert_eq!(tenths(0), "0.0");
    assert_eq!(tenths(-5), "-0.5");
}

#[test]
fn points_round_half_away_from_zero() {
    assert_eq!(points(Points(9465)), "94.7");
    assert_eq!(points(Points(9464)), "94.6");
    assert_eq!(points(Points(9500)), "95.0");
    assert_eq!(points(Points(50)), "0.5");
    assert_eq!(points(Points(5)), "0.1");
    assert_eq!(points(Points(4)), "0.0");
    assert_eq!(points(Points::whole(100)), "100.0");
    assert_eq!(points(Points(-5)), "-0.1");
    assert_eq!(points(Points(-4)), "0.0");
    assert_eq!(out_of(Points(3800), Points::whole(40)), "38.0 / 40");
    assert_eq!(out_of(Points(592), Points(650)), "5.9 / 6.5");
}

#[test]
fn percentages_round_half_up() {
    assert_eq!(percent(18, 19).as_deref(), Some("94.7%"));
    assert_eq!(percent(19, 20).as_deref(), Some("95.0%"));
    assert_eq!(percent(1, 200).as_deref(), Some("0.5%"));
    assert_eq!(percent(1, 2001).as_deref(), Some("0.0%"));
    assert_eq!(percent(7, 7).as_deref(), Some("100.0%"));
    assert_eq!(percent(2, 3).as_deref(), Some("66.7%"));
    assert_eq!(percent(1, 0), None);
    assert_eq!(per_mille(592, 600), Some(987));
    assert_eq!(per_mille(0, -1), None);
}

#[test]
fn figures_are_those_the_engine_writes() {
    // The engine writes the rates in its item details; the screens must
    // not write the same figure another way.
    for h in -2000..=12000 {
        assert_eq!(points(Points(h)), Points(h).display_one_decimal(), "{h}");
    }
    for d in 1..=60_u64 {
        for n in 0..=d {
            let ours = percent(n as i64, d as i64);
            assert_eq!(ours, ratio::percent_one_decimal(n, d), "{n}/{d}");
        }
    }
}
