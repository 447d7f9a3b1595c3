//! Faulty workbooks: each gives located issues and no rubric. The first ten
//! are the cases a clerk runs into most; the rest check that nothing is
//! ever silently dropped and that the engine's own problems point at cells.

#![allow(clippy::unwrap_used)]

mod common;

use std::io::{Cursor, Write};

use common::{base, has, only, place, row, t, Book, Sheet, C, ITEM_HEADERS};
use ziping_engine::{IdOf, Points, ProblemKind};
use ziping_workbook::{
    from_workbook, Expected, FileKind, Found, IssueKind, MAX_FILE_BYTES, MAX_ROWS,
};

const GUIDE: &str = include_str!("../../../docs/rubric-workbook.md");

/// The guide shows this issue's text as it is.
fn in_guide(issue: &ziping_workbook::Issue) {
    let text = issue.to_string();
    assert!(GUIDE.contains(&text), "not in the guide: {text}");
}

#[test]
fn the_base_workbook_imports() {
    let rubric = from_workbook(&base().bytes()).unwrap().rubric;
    assert_eq!(rubric.sections[0].items.len(), 2);
    // 依据文件 lists one document and 统计层级 is given: both as written.
    assert_eq!(rubric.sections[0].items[1].source.document, "plan");
}

// ---------------------------------------------------------------------------
// The ten.

#[test]
fn a_cell_of_the_wrong_type() {
    let mut book = base();
    book.sheet("评分细则").set(3, "分值", t("五分"));
    let issues = book.issues();
    let issue = only(&issues);
    assert_eq!(place(issue), "评分细则 F3 (分值)");
    assert_eq!(issue.at.cell_ref().as_deref(), Some("F3"));
    assert_eq!(
        issue.kind,
        IssueKind::WrongType {
            expected: Expected::Points,
            found: Found::Text("五分".into())
        }
    );
    assert_eq!(
        issue.to_string(),
        "评分细则 F3 (分值): expected points, a number like 2.5 with at most two decimals, found text \"五分\""
    );
    in_guide(issue);
}

#[test]
fn a_missing_sheet() {
    let issues = base().without("依据文件").issues();
    let issue = only(&issues);
    assert_eq!(issue.kind, IssueKind::MissingSheet);
    assert_eq!(place(issue), "依据文件");
    in_guide(issue);
}

#[test]
fn a_duplicate_id_names_both_cells() {
    let mut book = base();
    book.sheet("评分细则").set(3, "编号", t("a"));
    let issues = book.issues();
    let issue = only(&issues);
    assert_eq!(place(issue), "评分细则 D3 (编号)");
    let IssueKind::Rubric {
        path,
        problem,
        first,
    } = &issue.kind
    else {
        panic!("{issue:?}");
    };
    assert_eq!(path, "sections[0].items[1].id");
    assert_eq!(
        problem,
        &ProblemKind::Duplicate {
            of: IdOf::Item,
            id: "a".into(),
            first: "sections[0].items[0].id".into()
        }
    );
    assert_eq!(first.as_ref().unwrap().to_string(), "评分细则 D2 (编号)");
    in_guide(issue);
}

#[test]
fn an_unknown_kind() {
    let mut book = base();
    book.sheet("评分细则").set(3, "计分方式", t("比例"));
    let issues = book.issues();
    let issue = only(&issues);
    assert_eq!(place(issue), "评分细则 G3 (计分方式)");
    let IssueKind::UnknownChoice { found, choices } = &issue.kind else {
        panic!("{issue:?}");
    };
    assert_eq!(found, "比例");
    assert_eq!(
        choices.join(","),
        "比率,频次,数量,完成情况,等级,扣分,加分,否决,时限,覆盖"
    );
    in_guide(issue);
}

#[test]
fn merged_cells_across_two_sections() {
    let mut book = base();
    let items = book.sheet("评分细则");
    // Row 4 starts section 2, but 板块 is merged over rows 2 to 4: its
    // title would silently become section 1's.
    items.rows.push(vec![
        t("2"),
        C::E,
        C::N(5.0),
        t("c"),
        t("开展活动"),
        C::N(5.0),
        t("完成情况"),
        t("plan"),
        t("三"),
        t("开展活动。"),
        t("活动记录"),
        t("党委"),
    ]);
    items.merges.push((1, 1, 3, 1));
    let issues = book.issues();
    let issue = only(&issues);
    assert_eq!(place(issue), "评分细则 B2:B4 (板块)");
    assert_eq!(
        issue.kind,
        IssueKind::MergedAcrossSections {
            sections: vec!["1".into(), "2".into()]
        }
    );
    in_guide(issue);
}

#[test]
fn entirely_empty_rows_are_skipped_and_a_row_with_anything_is_an_item() {
    let expected = from_workbook(&base().bytes()).unwrap().rubric;
    // Empty rows, a row of spaces and empty rows at the end change nothing.
    let mut book = base();
    let items = book.sheet("评分细则");
    items.rows.insert(2, Vec::new());
    items.rows.insert(3, vec![C::E, t("   "), C::E, t(" ")]);
    items.rows.push(Vec::new());
    items.rows.push(vec![C::E; 12]);
    assert_eq!(from_workbook(&book.bytes()).unwrap().rubric, expected);

    // A row with one stray value is an item row missing everything else.
    let mut book = base();
    book.sheet("评分细则").set(5, "佐证材料", t("会议记录"));
    let issues = book.issues();
    assert!(issues.iter().all(|i| i.at.row == Some(5)), "{issues:#?}");
    let places: Vec<String> = issues.iter().map(place).collect();
    assert_eq!(
        places,
        [
            "评分细则 D5 (编号)",
            "评分细则 E5 (考核内容)",
            "评分细则 F5 (分值)",
            "评分细则 G5 (计分方式)",
            "评分细则 I5 (条款)",
            "评分细则 J5 (原文)",
        ]
    );
    assert!(issues
        .iter()
        .all(|i| matches!(i.kind, IssueKind::Required { .. })));
}

#[test]
fn a_formula_cell() {
    let mut book = base();
    book.sheet("评分细则").set(3, "分值", C::F("=10-5".into()));
    let issues = book.issues();
    let issue = only(&issues);
    assert_eq!(place(issue), "评分细则 F3 (分值)");
    let IssueKind::Formula { formula } = &issue.kind else {
        panic!("{issue:?}");
    };
    assert_eq!(formula, "=10-5");
    in_guide(issue);
}

/// A workbook whose one section has `n` checklist items of 1 point.
fn with_items(n: usize) -> Book {
    let mut book = base();
    let items = book.sheet("评分细则");
    items.rows.truncate(1);
    for i in 0..n {
        let mut r = vec![C::E, C::E, C::E];
        if i == 0 {
            r = vec![t("1"), t("一、组织建设"), C::N(n as f64)];
        }
        r.extend([
            t(&format!("i{i}")),
            t("检查"),
            C::N(1.0),
            t("完成情况"),
            t("plan"),
            t("一"),
            t("原文。"),
            t("记录"),
            t("党委"),
        ]);
        items.rows.push(r);
    }
    book.sheet("等次").rows[1][1] = C::N(1.0);
    book
}

#[test]
fn a_huge_sheet() {
    // 2,000 item rows are read…
    let rubric = from_workbook(&with_items(MAX_ROWS as usize).bytes())
        .unwrap()
        .rubric;
    assert_eq!(rubric.sections[0].items.len(), 2_000);
    // …one more is refused, at the first row beyond.
    let issues = with_items(MAX_ROWS as usize + 1).issues();
    let issue = only(&issues);
    assert_eq!(issue.kind, IssueKind::SheetTooLarge { max_rows: 2_000 });
    assert_eq!(issue.at.sheet.as_deref(), Some("评分细则"));
    assert_eq!(issue.at.row, Some(2_002));
    // A file over 5 MB is not opened at all.
    let mut big = b"PK\x03\x04".to_vec();
    big.resize(MAX_FILE_BYTES + 1, 0);
    let err = from_workbook(&big).unwrap_err();
    assert_eq!(
        err.issues[0].kind,
        IssueKind::FileTooLarge {
            bytes: MAX_FILE_BYTES + 1,
            max: MAX_FILE_BYTES
        }
    );
}

#[test]
fn a_zip_that_would_unzip_to_more_than_100_mb() {
    // The central directory declares 4 GB for one part (a zip bomb).
    let mut bomb = zip_of(&[("xl/workbook.xml", b"<workbook/>")]);
    let cd = bomb.windows(4).position(|w| w == b"PK\x01\x02").unwrap();
    bomb[cd + 24..cd + 28].copy_from_slice(&u32::MAX.to_le_bytes());
    let err = from_workbook(&bomb).unwrap_err();
    assert!(matches!(
        only(&err.issues).kind,
        IssueKind::UnzippedTooLarge {
            bytes: 4_294_967_295,
            ..
        }
    ));
}

#[test]
fn at_most_200_issues_are_reported() {
    let mut book = with_items(300);
    for r in 2..=301 {
        book.sheet("评分细则").set(r, "分值", t("一分"));
    }
    let issues = book.issues();
    assert_eq!(issues.len(), ziping_workbook::MAX_ISSUES + 1);
    assert_eq!(
        issues.last().unwrap().kind,
        IssueKind::TooManyIssues { max: 200 }
    );
    assert_eq!(place(&issues[199]), "评分细则 F201 (分值)");
}

fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    use zip::write::SimpleFileOptions;
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, data) in entries {
        let options =
            SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
        w.start_file(*name, options).unwrap();
        w.write_all(data).unwrap();
    }
    w.finish().unwrap().into_inner()
}

#[test]
fn a_file_that_is_not_an_xlsx_renamed_xlsx() {
    let kind = |bytes: &[u8]| {
        let err = from_workbook(bytes).unwrap_err();
        assert_eq!(err.issues.len(), 1);
        assert_eq!(err.issues[0].at.sheet, None);
        err.issues[0].kind.clone()
    };
    let not = |looks_like| IssueKind::NotXlsx { looks_like };
    assert_eq!(kind("板块,分值\n一,5\n".as_bytes()), not(FileKind::Other));
    assert_eq!(kind(b""), not(FileKind::Empty));
    let docx = zip_of(&[("word/document.xml", b"<w:document/>")]);
    assert_eq!(kind(&docx), not(FileKind::OtherZip));
    let ods = zip_of(&[
        (
            "mimetype",
            b"application/vnd.oasis.opendocument.spreadsheet",
        ),
        ("content.xml", b"<office:document-content/>"),
    ]);
    assert_eq!(kind(&ods), not(FileKind::Ods));
    let xls = cfb(&["Workbook", "\u{5}SummaryInformation"]);
    assert_eq!(kind(&xls), not(FileKind::OldExcel));
    // A workbook cut short (half downloaded) cannot be read.
    let good = base().bytes();
    let cut = &good[..good.len() / 2];
    assert!(matches!(
        kind(cut),
        IssueKind::Unreadable { .. } | IssueKind::NotXlsx { .. }
    ));
}

/// A minimal OLE compound file (CFB) whose directory names `streams`: the
/// header sector and one directory sector, as Excel writes them for an
/// encrypted workbook (streams "EncryptionInfo" and "EncryptedPackage") or
/// an old .xls ("Workbook").
fn cfb(streams: &[&str]) -> Vec<u8> {
    let mut out = vec![0u8; 512];
    out[..8].copy_from_slice(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
    out[24..26].copy_from_slice(&0x003E_u16.to_le_bytes()); // minor version
    out[26..28].copy_from_slice(&3_u16.to_le_bytes()); // major version 3
    out[28..30].copy_from_slice(&0xFFFE_u16.to_le_bytes()); // byte order
    out[30..32].copy_from_slice(&9_u16.to_le_bytes()); // 512-byte sectors
    out[32..34].copy_from_slice(&6_u16.to_le_bytes()); // 64-byte mini sectors
    out[48..52].copy_from_slice(&0_u32.to_le_bytes()); // directory at sector 0
    let mut dir = vec![0u8; 512];
    for (i, name) in std::iter::once("Root Entry")
        .chain(streams.iter().copied())
        .enumerate()
        .take(4)
    {
        let entry = &mut dir[i * 128..(i + 1) * 128];
        let wide: Vec<u8> = name
            .encode_utf16()
            .chain([0])
            .flat_map(u16::to_le_bytes)
            .collect();
        entry[..wide.len()].copy_from_slice(&wide);
        entry[64..66].copy_from_slice(&u16::try_from(wide.len()).unwrap().to_le_bytes());
        entry[66] = if i == 0 { 5 } else { 2 }; // root storage, streams
    }
    out.extend(dir);
    out
}

#[test]
fn a_password_protected_workbook() {
    let file = cfb(&["\u{6}DataSpaces", "EncryptionInfo", "EncryptedPackage"]);
    let err = from_workbook(&file).unwrap_err();
    let issue = only(&err.issues);
    assert_eq!(issue.kind, IssueKind::Encrypted);
    assert_eq!(issue.at.sheet, None);
    assert_eq!(
        issue.to_string(),
        "the file: the workbook is password-protected (encrypted): remove the password and save it again"
    );
}

// ---------------------------------------------------------------------------
// Nothing silently dropped.

#[test]
fn an_unknown_header_is_an_error() {
    let mut book = base();
    let items = book.sheet("评分细则");
    *items.cell(0, 12) = t("阈 值");
    *items.cell(1, 12) = t("95");
    let issues = book.issues();
    let issue = only(&issues);
    assert_eq!(place(issue), "评分细则 M1");
    let IssueKind::UnknownHeader { found, known } = &issue.kind else {
        panic!("{issue:?}");
    };
    assert_eq!(found, &Found::Text("阈 值".into()));
    assert!(known.iter().any(|k| k == "阈值"));
}

#[test]
fn a_value_outside_the_columns_is_an_error() {
    let mut book = base();
    *book.sheet("评分细则").cell(2, 13) = t("另见附件");
    let issues = book.issues();
    let issue = only(&issues);
    assert_eq!(place(issue), "评分细则 N3");
    assert_eq!(
        issue.kind,
        IssueKind::OutsideColumns {
            found: Found::Text("另见附件".into())
        }
    );
}

#[test]
fn a_parameter_the_kind_does_not_use_is_an_error() {
    let mut book = base();
    let items = book.sheet("评分细则");
    *items.cell(0, 12) = t("阈值");
    *items.cell(2, 12) = C::N(95.0);
    let issues = book.issues();
    let issue = only(&issues);
    assert_eq!(place(issue), "评分细则 M3 (阈值)");
    assert_eq!(
        issue.kind,
        IssueKind::NotUsed {
            by: "完成情况".into()
        }
    );
}

#[test]
fn a_blank_required_cell_and_a_missing_column() {
    let mut book = base();
    book.sheet("评分细则").set(2, "原文", C::E);
    let issues = book.issues();
    let issue = only(&issues);
    assert_eq!(place(issue), "评分细则 J2 (原文)");
    assert_eq!(
        issue.kind,
        IssueKind::Required {
            expected: Expected::Text
        }
    );

    let mut book = base();
    for r in &mut book.sheet("评分细则").rows {
        r.remove(9);
    }
    let issues = book.issues();
    assert!(has(
        &issues,
        &IssueKind::MissingColumn {
            header: "原文".into()
        }
    ));
}

#[test]
fn a_later_row_of_a_section_with_other_points() {
    let mut book = base();
    book.sheet("评分细则").set(3, "板块分值", C::N(12.0));
    let issues = book.issues();
    let issue = only(&issues);
    assert_eq!(place(issue), "评分细则 C3 (板块分值)");
    assert_eq!(
        issue.kind,
        IssueKind::SectionMismatch {
            first: "C2".into(),
            expected: Found::Text("10".into()),
            found: Found::Number("12".into())
        }
    );
}

#[test]
fn a_value_hidden_in_a_merged_range_and_a_merge_across_columns() {
    let mut book = base();
    let items = book.sheet("评分细则");
    items.merges.push((1, 7, 2, 7)); // 依据文件 H2:H3, H3 keeps its own "plan"
    items.merges.push((1, 10, 1, 11)); // 佐证材料 and 统计层级 of row 2
    let issues = book.issues();
    assert_eq!(issues.len(), 2, "{issues:#?}");
    assert_eq!(place(&issues[0]), "评分细则 K2:L2");
    assert_eq!(issues[0].kind, IssueKind::MergedAcrossColumns);
    assert_eq!(place(&issues[1]), "评分细则 H3");
    assert_eq!(
        issues[1].kind,
        IssueKind::HiddenByMerge {
            found: Found::Text("plan".into())
        }
    );
}

#[test]
fn an_id_that_excel_turned_into_a_date_is_an_error() {
    let mut book = base();
    book.sheet("评分细则").set(3, "编号", C::D(2026, 1, 1));
    let issues = book.issues();
    let issue = only(&issues);
    assert_eq!(place(issue), "评分细则 D3 (编号)");
    assert_eq!(
        issue.kind,
        IssueKind::WrongType {
            expected: Expected::Id,
            found: Found::Date("2026-01-01".into())
        }
    );
}

#[test]
fn the_engines_problems_point_at_their_cells() {
    // The section is worth 11 but its items add up to 10.
    let mut book = base();
    book.sheet("评分细则").set(2, "板块分值", C::N(11.0));
    // The lowest grade starts at 1.
    book.sheet("等次").rows[2][1] = C::N(1.0);
    // An id with a capital letter.
    book.sheet("细则信息").rows[1][1] = t("Test-2020");
    let issues = book.issues();
    let got: Vec<(String, String)> = issues
        .iter()
        .map(|i| {
            let IssueKind::Rubric { path, .. } = &i.kind else {
                panic!("{i:?}");
            };
            (place(i), path.clone())
        })
        .collect();
    assert_eq!(
        got,
        [
            ("细则信息 B2 (细则编号)".into(), "id".into()),
            ("等次 B3 (最低分)".into(), "grades[1].min".into()),
            ("评分细则 C2 (板块分值)".into(), "sections[0].points".into()),
        ]
    );
    let IssueKind::Rubric { problem, .. } = &issues[2].kind else {
        unreachable!()
    };
    assert_eq!(
        problem,
        &ProblemKind::SectionSum {
            section: Points::whole(11),
            items: Points::whole(10)
        }
    );
}

#[test]
fn every_problem_of_the_cells_is_reported_at_once_in_sheet_order() {
    let mut book = base();
    book.sheet("评分细则").set(3, "分值", t("五分"));
    book.sheet("评分细则").set(2, "统计层级", t("科室"));
    book.sheet("等次").rows[1][1] = t("六十");
    book.sheet("细则信息").rows.push(row(&["负责人", "张三"]));
    let issues = book.issues();
    let places: Vec<String> = issues.iter().map(place).collect();
    assert_eq!(
        places,
        [
            "细则信息 A6 (项目)",
            "等次 B2 (最低分)",
            "评分细则 L2 (统计层级)",
            "评分细则 F3 (分值)",
        ]
    );
}

#[test]
fn the_headers_of_the_base_workbook_are_the_guides() {
    // The test workbooks use the guide's headers; a renamed header in the
    // code would make them fail here first.
    for h in ITEM_HEADERS {
        assert!(ziping_workbook::columns::item_columns()
            .iter()
            .any(|c| c.header == *h));
    }
    let _ = Sheet::new("x", Vec::new());
}
