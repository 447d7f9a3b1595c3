//! Exact decimals and points.

#![allow(clippy::unwrap_used)]

use ziping_engine::{Decimal, Points};

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

#[test]
fn parsing_and_equality() {
    assert_eq!(d("95"), d("95.0"));
    assert_eq!(d("0.50"), d("0.5"));
    assert_eq!(d("+3"), d("3"));
    assert!(d("0.5") < d("0.51"));
    assert!(d("-1").is_negative());
    assert_eq!(d("33.3").units(), 333);
    assert_eq!(d("33.3").scale(), 1);
    assert_eq!(d("0.000001").scale(), 6);
    for bad in [
        "",
        ".5",
        "5.",
        "95%",
        "1e3",
        "0.0000001",
        "1,000",
        "--1",
        "一",
    ] {
        assert!(bad.parse::<Decimal>().is_err(), "{bad}");
    }
    assert_eq!(
        "95%".parse::<Decimal>().unwrap_err().to_string(),
        "expected a decimal like \"95\" or \"0.5\", found \"95%\""
    );
}

#[test]
fn decimals_from_json_numbers_and_strings() {
    let v: Vec<Decimal> = ziping_engine::json::from_str(r#"["0.5", 0.5, 95, "95"]"#).unwrap();
    assert_eq!(v, [d("0.5"), d("0.5"), d("95"), d("95")]);
    assert_eq!(serde_json::to_string(&d("0.50")).unwrap(), "\"0.5\"");
}

#[test]
fn points() {
    let p: Points = ziping_engine::json::from_str("\"2.5\"").unwrap();
    assert_eq!(p, Points(250));
    assert_eq!(p.to_string(), "2.5");
    assert_eq!(Points(1999).to_string(), "19.99");
    assert_eq!(Points::whole(90).to_string(), "90");
    assert!(ziping_engine::json::from_str::<Points>("\"1.255\"").is_err());
    assert!(ziping_engine::json::from_str::<Points>("\"-1\"").is_err());
    assert_eq!(serde_json::to_string(&Points(8999)).unwrap(), "\"89.99\"");
}

#[test]
fn display_one_decimal_rounds_half_up() {
    for (h, shown) in [
        (8999, "90.0"),
        (8994, "89.9"),
        (8995, "90.0"),
        (1495, "15.0"),
        (1494, "14.9"),
        (0, "0.0"),
        (5, "0.1"),
    ] {
        assert_eq!(Points(h).display_one_decimal(), shown, "{h}");
    }
}
