//! The tables writer: cells read back as written (text never a formula,
//! plain decimals of the numeric columns as numbers), sheet names Excel
//! takes, the frozen header, autofilter and print set-up, widths from the
//! content, and the limits of a sheet refused with their paths.

#![allow(clippy::unwrap_used)]

use std::io::{Cursor, Read};

use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use ziping_workbook::tables::{Book, Table};
use ziping_workbook::{write_tables, ExportError, Inexpressible};

fn strings(cells: &[&str]) -> Vec<String> {
    cells.iter().map(|s| (*s).to_owned()).collect()
}

fn table(name: &str, header: &[&str], rows: &[&[&str]], numeric: &[usize]) -> Table {
    Table {
        name: name.to_owned(),
        title: String::new(),
        header: strings(header),
        rows: rows.iter().map(|r| strings(r)).collect(),
        numeric: numeric.to_vec(),
    }
}

fn book(sheets: Vec<Table>) -> Book {
    Book {
        sheets,
        footer: "第 &P 页，共 &N 页".into(),
    }
}

/// A long 整改措施: the 问题清单 is wider than 100 characters.
const FIX: &str =
    "对照“三会一课”制度逐月补齐会议记录，由支部书记审核签字，党委组织部每季度抽查一次并通报结果。";

/// A 问题清单 as the app writes it.
fn problems() -> Table {
    Table {
        title: "示例党委 2020 年度 A&B 自评".to_owned(),
        ..table(
            "问题清单",
            &[
                "序号",
                "存在主要问题",
                "整改措施",
                "责任部门",
                "完成时限",
                "得分",
            ],
            &[
                &["1", "=1+1", "+86 123", "组织部", "2020-10-20", "38.0"],
                &["2", "-5 分", "@台账", "宣传部", "", "14.95"],
                &["3", "三会一课记录不全\n第二行", FIX, "", "2020-12-31", "—"],
            ],
            &[0, 5],
        )
    }
}

fn open(bytes: &[u8]) -> Xlsx<Cursor<&[u8]>> {
    open_workbook_from_rs(Cursor::new(bytes)).unwrap()
}

/// The cells of sheet `name`, from A1, as calamine reads them.
fn cells(bytes: &[u8], name: &str) -> Vec<Vec<Data>> {
    let range = open(bytes).worksheet_range(name).unwrap();
    assert_eq!(range.start(), Some((0, 0)));
    range.rows().map(<[Data]>::to_vec).collect()
}

/// One part of the .xlsx zip, as text.
fn part(xlsx: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(xlsx)).unwrap();
    let mut out = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut out).unwrap();
    out
}

fn s(t: &str) -> Data {
    Data::String(t.to_owned())
}

#[test]
fn cells_read_back_as_written_text_never_a_formula() {
    let bytes = write_tables(&book(vec![problems()])).unwrap();
    let rows = cells(&bytes, "问题清单");
    assert_eq!(
        rows[0],
        [
            "序号",
            "存在主要问题",
            "整改措施",
            "责任部门",
            "完成时限",
            "得分"
        ]
        .map(s)
    );
    assert_eq!(
        rows[1],
        [
            Data::Float(1.0),
            s("=1+1"),
            s("+86 123"),
            s("组织部"),
            s("2020-10-20"),
            Data::Float(38.0),
        ]
    );
    assert_eq!(
        rows[2],
        [
            Data::Float(2.0),
            s("-5 分"),
            s("@台账"),
            s("宣传部"),
            Data::Empty,
            Data::Float(14.95),
        ]
    );
    assert_eq!(
        rows[3],
        [
            Data::Float(3.0),
            s("三会一课记录不全\n第二行"),
            s(FIX),
            Data::Empty,
            s("2020-12-31"),
            s("—"),
        ]
    );
    let sheet = part(&bytes, "xl/worksheets/sheet1.xml");
    assert!(!sheet.contains("<f>"), "{sheet}");
}

#[test]
fn a_number_shows_the_decimals_written() {
    let t = table(
        "得分",
        &["得分"],
        &[&["38"], &["38.0"], &["14.95"], &["-2.5"], &["0.125"]],
        &[0],
    );
    let bytes = write_tables(&book(vec![t])).unwrap();
    let styles = part(&bytes, "xl/styles.xml");
    for format in ["0", "0.0", "0.00", "0.000"] {
        let format = format!("formatCode=\"{format}\"");
        assert!(styles.contains(&format), "{format}: {styles}");
    }
    let rows = cells(&bytes, "得分");
    let numbers: Vec<Data> = rows[1..].iter().map(|r| r[0].clone()).collect();
    assert_eq!(
        numbers,
        [38.0, 38.0, 14.95, -2.5, 0.125].map(Data::Float).to_vec()
    );
}

#[test]
fn only_plain_decimals_of_the_numeric_columns_are_numbers() {
    let odd = [
        "001",
        "01.5",
        "1.",
        ".5",
        "+1",
        "1e3",
        "1,000",
        " 38",
        "38 ",
        "１２",
        "2 / 3 = 66.7%",
        "—",
        "-",
        "1234567890123456",
        "0.0000000000000001",
    ];
    let mut rows: Vec<Vec<String>> = odd.iter().map(|o| vec![(*o).to_owned()]).collect();
    rows.push(vec!["0".into(), "38".into()]);
    rows.push(vec!["-0.5".into(), "38".into()]);
    rows.push(vec!["123456789012345".into(), "38".into()]);
    let t = Table {
        rows,
        ..table("数", &["数值", "文字"], &[], &[0])
    };
    let bytes = write_tables(&book(vec![t])).unwrap();
    let read = cells(&bytes, "数");
    for (i, o) in odd.iter().enumerate() {
        assert_eq!(read[i + 1][0], s(o), "{o}");
    }
    let n = odd.len();
    assert_eq!(read[n + 1][0], Data::Float(0.0));
    assert_eq!(read[n + 2][0], Data::Float(-0.5));
    assert_eq!(read[n + 3][0], Data::Float(123_456_789_012_345.0));
    // A column not listed as numeric keeps its numbers as text.
    assert_eq!(read[n + 1][1], s("38"));
}

fn names(bytes: &[u8]) -> Vec<String> {
    open(bytes).sheet_names()
}

#[test]
fn sheet_names_are_cleaned_shortened_and_made_unique() {
    let long = "党建工作责任制落实情况考核评分表一二三四五六七八九十甲乙丙丁戊己庚辛";
    assert!(long.chars().count() > 31);
    let tables = [
        "问题/清单:[2020]*?\\",
        "  ",
        "问题清单",
        "问题清单",
        "Scores",
        "scores",
        long,
        long,
        "'引号'",
        "History",
    ]
    .iter()
    .map(|n| table(n, &["a"], &[], &[]))
    .collect();
    let bytes = write_tables(&book(tables)).unwrap();
    let cut: String = long.chars().take(31).collect();
    let cut_for_suffix: String = long.chars().take(27).collect();
    assert_eq!(
        names(&bytes),
        [
            "问题清单2020".to_owned(),
            "Sheet".to_owned(),
            "问题清单".to_owned(),
            "问题清单 (2)".to_owned(),
            "Scores".to_owned(),
            "scores (2)".to_owned(),
            cut,
            format!("{cut_for_suffix} (2)"),
            "引号".to_owned(),
            "History (2)".to_owned(),
        ]
    );
    for n in names(&bytes) {
        assert!(n.chars().count() <= 31, "{n}");
    }
}

#[test]
fn an_empty_book_is_one_empty_sheet_named_sheet() {
    let bytes = write_tables(&Book::default()).unwrap();
    assert_eq!(names(&bytes), ["Sheet"]);
    assert!(open(&bytes).worksheet_range("Sheet").unwrap().is_empty());
}

#[test]
fn the_header_is_frozen_filtered_and_printed_on_every_a4_page() {
    let narrow = table("简表", &["序号", "得分"], &[&["1", "5"]], &[0, 1]);
    let headless = table("空表", &["序号", "问题"], &[], &[]);
    let bytes = write_tables(&book(vec![problems(), narrow, headless])).unwrap();

    let sheet = part(&bytes, "xl/worksheets/sheet1.xml");
    assert!(
        sheet.contains(
            "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        ),
        "{sheet}"
    );
    assert!(sheet.contains("<autoFilter ref=\"A1:F4\"/>"), "{sheet}");
    assert!(sheet.contains("<pageSetup paperSize=\"9\""), "{sheet}");
    // Fit to one page wide (fitToWidth 1 is the default, which
    // rust_xlsxwriter leaves out) and any number tall.
    assert!(sheet.contains("<pageSetUpPr fitToPage=\"1\"/>"), "{sheet}");
    assert!(sheet.contains("fitToHeight=\"0\""), "{sheet}");
    assert!(
        !sheet.contains("fitToWidth=") || sheet.contains("fitToWidth=\"1\""),
        "{sheet}"
    );
    // The long texts make it wider than 100 characters: landscape.
    assert!(sheet.contains("orientation=\"landscape\""), "{sheet}");
    // The title centred, its & doubled; the page numbers in the footer.
    assert!(
        sheet.contains("<oddHeader>&amp;C示例党委 2020 年度 A&amp;&amp;B 自评</oddHeader>"),
        "{sheet}"
    );
    assert!(
        sheet.contains("<oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter>"),
        "{sheet}"
    );
    // Borders are drawn; gridlines are not printed.
    assert!(!sheet.contains("gridLines=\"1\""), "{sheet}");

    let narrow = part(&bytes, "xl/worksheets/sheet2.xml");
    assert!(narrow.contains("<autoFilter ref=\"A1:B2\"/>"), "{narrow}");
    assert!(!narrow.contains("landscape"), "{narrow}");
    // No title, no page header.
    assert!(!narrow.contains("<oddHeader>"), "{narrow}");

    let headless = part(&bytes, "xl/worksheets/sheet3.xml");
    assert!(!headless.contains("<autoFilter"), "{headless}");
    assert!(headless.contains("ySplit=\"1\""), "{headless}");

    let workbook = part(&bytes, "xl/workbook.xml");
    for (i, name) in ["问题清单", "简表", "空表"].iter().enumerate() {
        let title = format!(
            "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"{i}\">{name}!$1:$1</definedName>"
        );
        assert!(workbook.contains(&title), "{title}: {workbook}");
    }
}

#[test]
fn the_header_is_bold_on_grey_and_the_cells_bordered_and_wrapped() {
    let bytes = write_tables(&book(vec![problems()])).unwrap();
    let styles = part(&bytes, "xl/styles.xml");
    assert!(styles.contains("<b/>"), "{styles}");
    assert!(styles.contains("<fgColor rgb=\"FFD9D9D9\"/>"), "{styles}");
    assert!(styles.contains("<left style=\"thin\">"), "{styles}");
    assert!(
        styles.contains("<alignment vertical=\"center\" wrapText=\"1\"/>"),
        "{styles}"
    );
    assert!(
        styles.contains("<alignment vertical=\"top\" wrapText=\"1\"/>"),
        "{styles}"
    );
}

/// The widths of the `<col>` elements, in order.
fn widths(sheet: &str) -> Vec<f64> {
    sheet
        .split("<col ")
        .skip(1)
        .map(|c| {
            let w = c.split("width=\"").nth(1).unwrap();
            w[..w.find('"').unwrap()].parse().unwrap()
        })
        .collect()
}

#[test]
fn columns_are_as_wide_as_their_longest_line_chinese_counting_two() {
    let t = table(
        "宽度",
        &["中文", "ASCII", "短", "长", "多行", "标点"],
        &[&[
            "党建工作责任制落实",
            "abcdefghi",
            "1",
            &"x".repeat(80),
            "一二\n一二三四五六七八九十\nabc",
            "（，）",
        ]],
        &[],
    );
    let bytes = write_tables(&book(vec![t])).unwrap();
    let w = widths(&part(&bytes, "xl/worksheets/sheet1.xml"));
    // Excel stores a width of n characters as n plus a padding of 5 pixels
    // (0.7109375 of a character).
    let chars: Vec<f64> = w.iter().map(|w| (w - 0.710_937_5).round()).collect();
    // 9 Chinese characters: 18 + 2; 9 letters: 9 + 2; at least 6; at most
    // 50; the longest line of three; fullwidth punctuation counts two.
    assert_eq!(chars, [20.0, 11.0, 6.0, 50.0, 22.0, 8.0], "{w:?}");
    // The Chinese column is about twice as wide as the ASCII one.
    let ratio = (chars[0] - 2.0) / (chars[1] - 2.0);
    assert!((ratio - 2.0).abs() < f64::EPSILON, "{ratio}");
}

#[test]
fn a_cell_longer_than_excel_holds_is_refused_with_its_path() {
    let mut second = table("二", &["a", "b", "c"], &[&[], &[], &[], &[]], &[]);
    second.rows[3] = vec![String::new(), String::new(), "长".repeat(32_768)];
    let err = write_tables(&book(vec![problems(), second])).unwrap_err();
    assert_eq!(
        err,
        ExportError::Inexpressible {
            path: "sheets[1].rows[3][2]".into(),
            what: Inexpressible::TooLong { chars: 32_768 },
        }
    );
    assert_eq!(
        err.to_string(),
        "sheets[1].rows[3][2]: the workbook cannot express a text of 32768 characters (at most 32767)"
    );
    // Exactly as long as a cell holds is fine.
    let mut fits = table("二", &["a"], &[], &[]);
    fits.rows = vec![vec!["长".repeat(32_767)]];
    assert!(write_tables(&book(vec![fits])).is_ok());
    // Excel counts an emoji as two.
    let mut emoji = table("三", &["a"], &[], &[]);
    emoji.header = vec!["😀".repeat(16_384)];
    assert_eq!(
        write_tables(&book(vec![emoji])),
        Err(ExportError::Inexpressible {
            path: "sheets[0].header[0]".into(),
            what: Inexpressible::TooLong { chars: 32_768 },
        })
    );
}

#[test]
fn a_table_larger_than_a_sheet_is_refused_with_its_path() {
    let mut t = table("大", &["a"], &[], &[]);
    t.rows = vec![Vec::new(); 1_048_576];
    assert_eq!(
        write_tables(&book(vec![t])),
        Err(ExportError::Inexpressible {
            path: "sheets[0].rows".into(),
            what: Inexpressible::TooManyRows {
                rows: 1_048_576,
                max: 1_048_575,
            },
        })
    );
    let mut wide = table("宽", &["a"], &[&["1"], &["2"]], &[]);
    wide.rows[1] = vec![String::new(); 16_385];
    assert_eq!(
        write_tables(&book(vec![wide])),
        Err(ExportError::Inexpressible {
            path: "sheets[0].rows[1]".into(),
            what: Inexpressible::TooManyColumns {
                columns: 16_385,
                max: 16_384,
            },
        })
    );
}

#[test]
fn a_book_reads_from_the_apps_json() {
    let json = r#"{"sheets":[{"name":"问题清单","header":["序号"],"rows":[["1"]]}]}"#;
    let b: Book = serde_json::from_str(json).unwrap();
    assert_eq!(b.sheets[0].title, "");
    assert!(b.sheets[0].numeric.is_empty());
    assert!(write_tables(&b).is_ok());
}
