//! Export then import: every rubric comes back identical, and the exported
//! workbook is laid out as a clerk expects (frozen header, drop-downs,
//! merged 板块 cells, text kept as text).

#![allow(clippy::unwrap_used)]

use std::io::Read;

use ziping_engine::shipped::{RETIRED, SHIPPED};
use ziping_engine::{Rubric, Scoring};
use ziping_workbook::{
    from_workbook, template, template_rubric, to_workbook, ExportError, Inexpressible,
};

const EXAMPLE: &str = include_str!("../../engine/tests/data/example-rubric.json");

fn round_trip(rubric: &Rubric) -> Rubric {
    let bytes = to_workbook(rubric).unwrap();
    let imported = from_workbook(&bytes).unwrap_or_else(|e| panic!("{}:\n{e}", rubric.id));
    assert!(imported.warnings.is_empty(), "{:#?}", imported.warnings);
    imported.rubric
}

#[test]
fn every_shipped_rubric_reads_back_identical() {
    for s in SHIPPED {
        let rubric = Rubric::from_json(s.json).unwrap();
        assert_eq!(round_trip(&rubric), rubric, "{}", s.id);
    }
}

#[test]
fn every_retired_rubric_reads_back_identical() {
    for r in RETIRED {
        let rubric = Rubric::from_json(r.json).unwrap();
        assert_eq!(round_trip(&rubric), rubric, "{} {}", r.id, r.version);
    }
}

#[test]
fn the_guides_example_with_every_kind_and_option_reads_back_identical() {
    let rubric = Rubric::from_json(EXAMPLE).unwrap();
    assert_eq!(round_trip(&rubric), rubric);
}

#[test]
fn every_option_of_every_kind_reads_back_identical() {
    // The guide's example with the options it leaves at their defaults
    // changed: the figures of a linked ratio, a fixed due date not
    // inclusive, a checklist share, a count all or nothing, a pass mark by
    // minimum, full marks for N/A, a lowest-grade veto, a zero-total missed.
    let mut j: serde_json::Value = serde_json::from_str(EXAMPLE).unwrap();
    j["na_policy"] = "full_marks".into();
    j["pass"] = serde_json::json!({ "min": "85.5" });
    j["documents"][0]["number"] = "示党〔2020〕1号".into();
    let s0 = &mut j["sections"][0]["items"];
    s0[0]["scoring"]["from"] = serde_json::json!({
        "rubric": "branch-standard", "numerator": "passed", "denominator": "units"
    });
    s0[0]["scoring"]["zero_denominator"] = "met".into();
    s0[1]["scoring"]["from"] = serde_json::json!({
        "rubric": "branch-standard",
        "numerator": { "sum": "recruits_gzs" },
        "denominator": { "sum": "recruits" }
    });
    s0[1]["scoring"]["award"]["floor"] = "1".into();
    s0[3]["missed"] = serde_json::json!({ "effect": "zero_total" });
    s0[4]["scoring"]["award"] = "all_or_nothing".into();
    s0[5]["scoring"]["partly"] = "0.25".into();
    let s1 = &mut j["sections"][1]["items"];
    s1[0]["scoring"]["due"] = "2020-09-30".into();
    s1[0]["scoring"]["inclusive"] = false.into();
    s1[1]["scoring"]["floor"] = "5".into();
    s1[4]["scoring"]["effect"] = "lowest_grade".into();
    let rubric = Rubric::from_json(&j.to_string()).unwrap();
    assert_eq!(round_trip(&rubric), rubric);
}

#[test]
fn the_template_imports_as_a_valid_rubric_with_one_item_of_each_kind() {
    let imported = from_workbook(&template()).unwrap();
    assert!(imported.warnings.is_empty(), "{:#?}", imported.warnings);
    assert_eq!(imported.rubric, template_rubric());
    let mut kinds: Vec<&str> = imported
        .rubric
        .sections
        .iter()
        .flat_map(|s| &s.items)
        .map(|i| i.scoring.kind_name())
        .collect();
    kinds.sort_unstable();
    let mut all = Scoring::NAMES.to_vec();
    all.sort_unstable();
    assert_eq!(kinds, all);
}

#[test]
fn text_that_looks_like_a_formula_stays_text() {
    let mut j: serde_json::Value = serde_json::from_str(EXAMPLE).unwrap();
    j["title"] = "=1+1".into();
    let items = &mut j["sections"][0]["items"];
    items[0]["title"] = "+86 电话联系".into();
    items[0]["source"]["quote"] = "-5 分".into();
    items[0]["evidence"] = "@台账".into();
    items[1]["responsible"] = "=HYPERLINK(\"http://example.org\")".into();
    let rubric = Rubric::from_json(&j.to_string()).unwrap();
    let bytes = to_workbook(&rubric).unwrap();
    assert!(!part(&bytes, "xl/worksheets/sheet1.xml").contains("<f>"));
    assert!(!part(&bytes, "xl/worksheets/sheet2.xml").contains("<f>"));
    assert_eq!(from_workbook(&bytes).unwrap().rubric, rubric);
}

#[test]
fn a_value_the_workbook_cannot_express_is_refused_with_its_path() {
    let mut j: serde_json::Value = serde_json::from_str(EXAMPLE).unwrap();
    j["sections"][0]["items"][6]["scoring"]["levels"][1]["name"] = "较好;良".into();
    let rubric = Rubric::from_json(&j.to_string()).unwrap();
    assert_eq!(
        to_workbook(&rubric),
        Err(ExportError::Inexpressible {
            path: "sections[0].items[6].scoring.levels[1].name".into(),
            what: Inexpressible::LevelName {
                name: "较好;良".into()
            },
        })
    );
}

/// One part of the .xlsx zip, as text.
fn part(xlsx: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(xlsx)).unwrap();
    let mut out = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut out).unwrap();
    out
}

#[test]
fn the_exported_sheet_has_a_frozen_header_drop_downs_widths_and_merged_sections() {
    let rubric = Rubric::from_json(EXAMPLE).unwrap();
    let bytes = to_workbook(&rubric).unwrap();
    let workbook = part(&bytes, "xl/workbook.xml");
    for name in [
        "评分细则",
        "细则信息",
        "依据文件",
        "等次",
        "基本情况",
        "填写说明",
    ] {
        assert!(workbook.contains(&format!("name=\"{name}\"")), "{name}");
    }
    let items = part(&bytes, "xl/worksheets/sheet1.xml");
    // The header row is frozen.
    assert!(items.contains("ySplit=\"1\"") && items.contains("state=\"frozen\""));
    // 计分方式 (column G) offers the ten kinds in Chinese, rows 2 to 2001.
    assert!(items.contains(
        "<dataValidation type=\"list\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\" sqref=\"G2:G2001\"><formula1>\"比率,频次,数量,完成情况,等级,扣分,加分,否决,时限,覆盖\"</formula1>"
    ), "{items}");
    // Column widths are set.
    assert!(items.contains("<col min=\"5\" max=\"5\" width=\"36.7"));
    // The three 板块 columns are merged over the seven items of section one.
    for range in ["A2:A8", "B2:B8", "C2:C8", "A9:A13"] {
        assert!(
            items.contains(&format!("<mergeCell ref=\"{range}\"/>")),
            "{range}"
        );
    }
}
