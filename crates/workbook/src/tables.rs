//! The app's tables as one workbook: a sheet per table (the 问题清单, an
//! assessment's item-by-item scores, a roll-up's roster …), each with a
//! bold frozen header row, column widths from the content, and print set-up
//! for A4 with the header repeated on every page.
//!
//! The app describes the tables as a [`Book`] (a plain value it can build
//! without the writer); [`write_tables`] (feature `codec`) writes it. Every
//! cell is written as text, never as a formula (`=1+1`, `+86 123` and
//! `2020-10-20` show as written), except the cells of the columns named
//! [`Table::numeric`] that hold a plain decimal number, which are written
//! as numbers showing the same decimals (`38.0` shows 38.0, `14.95` 14.95).
//!
//! Each sheet:
//!
//! - is named after its table, without the characters Excel refuses
//!   (`[]:*?/\`), trimmed, at most 31 characters (`Sheet` when nothing is
//!   left), made unique with ` (2)`, ` (3)` …;
//! - has the header in row 1, bold on light grey, frozen, with an
//!   autofilter over the table; every cell bordered and wrapped;
//! - has each column as wide as its widest line (a Chinese character counts
//!   two), from 6 to 50 characters;
//! - prints on A4, landscape when the columns add up to more than 100
//!   characters, one page wide, the header row on every page, the title in
//!   the page header and the book's footer (`第 1 页，共 3 页`) at the foot.
//!
//! ```
//! use ziping_workbook::tables::{Book, Table};
//! use ziping_workbook::write_tables;
//!
//! let book = Book {
//!     sheets: vec![Table {
//!         name: "问题清单".into(),
//!         title: "示例党委 2020 年度党建工作自评".into(),
//!         header: vec!["序号".into(), "存在主要问题".into(), "得分".into()],
//!         rows: vec![
//!             vec!["1".into(), "=1+1 不是公式".into(), "14.95".into()],
//!             vec!["2".into(), "三会一课记录不全".into(), "—".into()],
//!         ],
//!         numeric: vec![0, 2],
//!     }],
//!     footer: "第 &P 页，共 &N 页".into(),
//! };
//! let bytes = write_tables(&book).unwrap();
//! assert!(bytes.starts_with(b"PK"));
//! ```
//!
//! A table a sheet cannot hold is refused with its path:
//!
//! ```
//! use ziping_workbook::tables::{Book, Table};
//! use ziping_workbook::{write_tables, ExportError, Inexpressible};
//!
//! let long = "党".repeat(40_000);
//! let book = Book {
//!     sheets: vec![Table {
//!         name: "问题清单".into(),
//!         title: String::new(),
//!         header: vec!["问题".into()],
//!         rows: vec![vec![long]],
//!         numeric: vec![],
//!     }],
//!     footer: String::new(),
//! };
//! assert_eq!(
//!     write_tables(&book),
//!     Err(ExportError::Inexpressible {
//!         path: "sheets[0].rows[0][0]".into(),
//!         what: Inexpressible::TooLong { chars: 40_000 },
//!     })
//! );
//! ```

use serde::{Deserialize, Serialize};

/// Tables to write as one workbook, a sheet each, in order.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Book {
    /// The sheets.
    pub sheets: Vec<Table>,
    /// The printed footer of every sheet, centred, in the user's language:
    /// `&P` stands for the page, `&N` for the pages (`第 &P 页，共 &N 页`);
    /// empty for none.
    #[serde(default)]
    pub footer: String,
}

/// One table: a sheet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Table {
    /// The sheet's name. The writer drops the characters Excel refuses in a
    /// sheet name (`[]:*?/\`), shortens it to 31 characters and makes it
    /// unique in the book.
    pub name: String,
    /// The title printed in the page header (the unit, the rubric, the
    /// year); empty for none.
    #[serde(default)]
    pub title: String,
    /// The header row.
    pub header: Vec<String>,
    /// The rows under it.
    pub rows: Vec<Vec<String>>,
    /// The columns (0-based) whose plain decimal cells (`38`, `-2.5`,
    /// `14.95`) are numbers; any other cell there stays text.
    #[serde(default)]
    pub numeric: Vec<usize>,
}

#[cfg(feature = "codec")]
pub use writer::write_tables;

#[cfg(feature = "codec")]
mod writer {
    use std::collections::HashSet;

    use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder, Workbook, Worksheet};

    use super::{Book, Table};
    use crate::error::{ExportError, Inexpressible, MAX_TEXT};

    /// The most rows under the header: Excel's 1,048,576 rows less the
    /// header row.
    const MAX_TABLE_ROWS: usize = 1_048_575;
    /// The most columns of a sheet (Excel's, `XFD`).
    const MAX_TABLE_COLUMNS: usize = 16_384;
    /// The most characters of a sheet name.
    const MAX_NAME: usize = 31;
    /// The most characters of a page header (Excel's limit).
    const MAX_HEADER: usize = 255;
    /// The most digits of a cell written as a number: Excel keeps 15
    /// significant digits, so a longer decimal stays text rather than show
    /// other digits than those written.
    const MAX_DIGITS: usize = 15;
    /// Column widths, in Excel's character units.
    const MIN_WIDTH: u32 = 6;
    const MAX_WIDTH: u32 = 50;
    /// Above this total width the sheet is printed landscape.
    const PORTRAIT_WIDTH: u32 = 100;
    /// A4 in Excel's list of paper sizes.
    const A4: u8 = 9;

    /// Writes `book` as an `.xlsx` workbook, a sheet per table, in order;
    /// an empty book as one empty sheet named `Sheet`.
    ///
    /// Fails for a table of more rows than a sheet holds (1,048,575 under
    /// the header) or more columns (16,384), and for a cell longer than a
    /// cell holds (32,767 characters as Excel counts them); the path names
    /// the table, row and cell, e.g. `sheets[0].rows[3][2]`.
    pub fn write_tables(book: &Book) -> Result<Vec<u8>, ExportError> {
        for (i, table) in book.sheets.iter().enumerate() {
            check(table, i)?;
        }
        let f = Formats::new();
        let mut wb = Workbook::new();
        if book.sheets.is_empty() {
            wb.add_worksheet().set_name("Sheet")?;
        }
        let mut taken = HashSet::new();
        for table in &book.sheets {
            let name = unique_name(&sheet_name(&table.name), &mut taken);
            let ws = wb.add_worksheet();
            ws.set_name(name)?;
            write_sheet(ws, table, &book.footer, &f)?;
        }
        Ok(wb.save_to_buffer()?)
    }

    /// A text's length as Excel counts it: in UTF-16 units (a character
    /// outside the Basic Multilingual Plane, such as an emoji, counts two).
    fn excel_len(s: &str) -> usize {
        s.encode_utf16().count()
    }

    fn columns_of(table: &Table) -> usize {
        table
            .rows
            .iter()
            .map(Vec::len)
            .chain([table.header.len()])
            .max()
            .unwrap_or(0)
    }

    /// What the sheet cannot hold, by its path.
    fn check(table: &Table, i: usize) -> Result<(), ExportError> {
        let bad = |path: String, what| Err(ExportError::Inexpressible { path, what });
        if table.rows.len() > MAX_TABLE_ROWS {
            return bad(
                format!("sheets[{i}].rows"),
                Inexpressible::TooManyRows {
                    rows: table.rows.len(),
                    max: MAX_TABLE_ROWS,
                },
            );
        }
        let too_wide = |path: String, columns: usize| {
            bad(
                path,
                Inexpressible::TooManyColumns {
                    columns,
                    max: MAX_TABLE_COLUMNS,
                },
            )
        };
        if table.header.len() > MAX_TABLE_COLUMNS {
            return too_wide(format!("sheets[{i}].header"), table.header.len());
        }
        for (r, row) in table.rows.iter().enumerate() {
            if row.len() > MAX_TABLE_COLUMNS {
                return too_wide(format!("sheets[{i}].rows[{r}]"), row.len());
            }
        }
        let too_long = |path: String, s: &str| {
            let chars = excel_len(s);
            if chars > MAX_TEXT {
                bad(path, Inexpressible::TooLong { chars })
            } else {
                Ok(())
            }
        };
        for (c, cell) in table.header.iter().enumerate() {
            too_long(format!("sheets[{i}].header[{c}]"), cell)?;
        }
        for (r, row) in table.rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                too_long(format!("sheets[{i}].rows[{r}][{c}]"), cell)?;
            }
        }
        Ok(())
    }

    // -----------------------------------------------------------------------
    // Sheet names.

    /// `name` as Excel takes a sheet name: without `[]:*?/\` and control
    /// characters, trimmed (of spaces and of the apostrophes Excel refuses
    /// at either end), at most 31 characters; `Sheet` when nothing is left.
    fn sheet_name(name: &str) -> String {
        let kept: String = name
            .chars()
            .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\') && !c.is_control())
            .collect();
        let name = cut(trim(&kept), MAX_NAME);
        let name = trim(name);
        if name.is_empty() {
            "Sheet".to_owned()
        } else {
            name.to_owned()
        }
    }

    fn trim(s: &str) -> &str {
        s.trim_matches(|c: char| c.is_whitespace() || c == '\'')
    }

    /// The longest start of `s` of at most `max` characters as Excel counts
    /// them.
    fn cut(s: &str, max: usize) -> &str {
        let mut len = 0;
        for (i, c) in s.char_indices() {
            len += c.len_utf16();
            if len > max {
                return &s[..i];
            }
        }
        s
    }

    /// `name`, or when the book already has it (Excel compares names
    /// without case) `name (2)`, `name (3)` … shortened to stay within 31
    /// characters. Excel also reserves `History`.
    fn unique_name(name: &str, taken: &mut HashSet<String>) -> String {
        if taken.is_empty() {
            taken.insert("history".to_owned());
        }
        let mut candidate = name.to_owned();
        let mut n = 1u32;
        while taken.contains(&candidate.to_lowercase()) {
            n += 1;
            let suffix = format!(" ({n})");
            let base = cut(name, MAX_NAME.saturating_sub(excel_len(&suffix))).trim_end();
            candidate = format!("{base}{suffix}");
        }
        taken.insert(candidate.to_lowercase());
        candidate
    }

    // -----------------------------------------------------------------------
    // Cells.

    struct Formats {
        header: Format,
        text: Format,
        /// By the number of decimals shown: `0`, `0.0`, `0.00` …
        numbers: Vec<Format>,
    }

    impl Formats {
        fn new() -> Formats {
            let text = Format::new()
                .set_border(FormatBorder::Thin)
                .set_text_wrap()
                .set_align(FormatAlign::Top);
            let numbers = (0..=MAX_DIGITS)
                .map(|d| {
                    let pattern = if d == 0 {
                        "0".to_owned()
                    } else {
                        format!("0.{}", "0".repeat(d))
                    };
                    text.clone().set_num_format(pattern)
                })
                .collect();
            Formats {
                header: Format::new()
                    .set_bold()
                    .set_border(FormatBorder::Thin)
                    .set_background_color(Color::RGB(0x00D9_D9D9))
                    .set_align(FormatAlign::VerticalCenter)
                    .set_text_wrap(),
                text,
                numbers,
            }
        }
    }

    /// The number of decimals of a plain decimal (`38`, `-2.5`, `0.75`,
    /// `14.95`): an optional `-`, digits without a leading zero unless the
    /// integer part is `0`, optionally `.` and digits, at most 15 digits in
    /// all. `None` for anything else (`001`, `1.`, `.5`, `+1`, `1e3`, `—`).
    fn plain_decimal(s: &str) -> Option<usize> {
        let unsigned = s.strip_prefix('-').unwrap_or(s);
        let (int, frac) = match unsigned.split_once('.') {
            Some((i, f)) => (i, Some(f)),
            None => (unsigned, None),
        };
        let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
        if !digits(int) || (int.len() > 1 && int.starts_with('0')) {
            return None;
        }
        let decimals = match frac {
            Some(f) if digits(f) => f.len(),
            Some(_) => return None,
            None => 0,
        };
        (int.len() + decimals <= MAX_DIGITS).then_some(decimals)
    }

    /// How wide a character shows: 2 for East-Asian wide and fullwidth
    /// characters (CJK ideographs, kana, hangul, CJK punctuation, fullwidth
    /// forms), 0 for control characters, 1 for the rest.
    fn char_width(c: char) -> usize {
        let wide = matches!(u32::from(c),
            0x1100..=0x115F
            | 0x2E80..=0x303E
            | 0x3041..=0x33FF
            | 0x3400..=0x4DBF
            | 0x4E00..=0x9FFF
            | 0xA000..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE10..=0xFE19
            | 0xFE30..=0xFE6F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6
            | 0x1F300..=0x1F64F
            | 0x1F900..=0x1F9FF
            | 0x20000..=0x2FFFD
            | 0x30000..=0x3FFFD);
        if wide {
            2
        } else if c.is_control() {
            0
        } else {
            1
        }
    }

    /// The display width of a cell's longest line.
    fn text_width(s: &str) -> usize {
        s.lines()
            .map(|l| l.chars().map(char_width).sum::<usize>())
            .max()
            .unwrap_or(0)
    }

    /// The widths of the columns, in Excel's character units.
    fn widths(table: &Table, columns: usize) -> Vec<u32> {
        let mut widest = vec![0; columns];
        for row in std::iter::once(&table.header).chain(&table.rows) {
            for (w, cell) in widest.iter_mut().zip(row) {
                *w = (*w).max(text_width(cell));
            }
        }
        widest
            .into_iter()
            .map(|w| {
                u32::try_from(w.saturating_add(2))
                    .unwrap_or(MAX_WIDTH)
                    .clamp(MIN_WIDTH, MAX_WIDTH)
            })
            .collect()
    }

    /// The page header: the title centred, `&` written `&&`, shortened to
    /// Excel's 255 characters.
    fn page_header(title: &str) -> String {
        let mut out = String::from("&C");
        let mut len = excel_len(&out);
        let mut buf = [0; 4];
        for c in title.chars() {
            let piece: &str = if c == '&' {
                "&&"
            } else {
                c.encode_utf8(&mut buf)
            };
            len += excel_len(piece);
            if len > MAX_HEADER {
                break;
            }
            out.push_str(piece);
        }
        out
    }

    fn write_sheet(
        ws: &mut Worksheet,
        table: &Table,
        footer: &str,
        f: &Formats,
    ) -> Result<(), ExportError> {
        let columns = columns_of(table);
        let widths = widths(table, columns);
        for (c, w) in widths.iter().enumerate() {
            // Within 16,384: checked.
            let col = u16::try_from(c).unwrap_or(u16::MAX);
            ws.set_column_width(col, f64::from(*w))?;
        }
        for c in 0..columns {
            let col = u16::try_from(c).unwrap_or(u16::MAX);
            match table.header.get(c).filter(|h| !h.is_empty()) {
                Some(h) => ws.write_string_with_format(0, col, h, &f.header)?,
                None => ws.write_blank(0, col, &f.header)?,
            };
        }
        for (r, cells) in table.rows.iter().enumerate() {
            // Within 1,048,575: checked.
            let row = u32::try_from(r + 1).unwrap_or(u32::MAX);
            for c in 0..columns {
                let col = u16::try_from(c).unwrap_or(u16::MAX);
                let cell = cells.get(c).map_or("", String::as_str);
                let decimals = table
                    .numeric
                    .contains(&c)
                    .then(|| plain_decimal(cell))
                    .flatten();
                match decimals {
                    Some(d) => {
                        let n: f64 = cell.parse().unwrap_or_default();
                        // `-0` shows as 0.
                        let n = if n == 0.0 { 0.0 } else { n };
                        let format = f.numbers.get(d).unwrap_or(&f.text);
                        ws.write_number_with_format(row, col, n, format)?;
                    }
                    None if cell.is_empty() => {
                        ws.write_blank(row, col, &f.text)?;
                    }
                    None => {
                        ws.write_string_with_format(row, col, cell, &f.text)?;
                    }
                }
            }
        }
        ws.set_freeze_panes(1, 0)?;
        if columns > 0 && !table.rows.is_empty() {
            let last_row = u32::try_from(table.rows.len()).unwrap_or(u32::MAX);
            let last_col = u16::try_from(columns - 1).unwrap_or(u16::MAX);
            ws.autofilter(0, 0, last_row, last_col)?;
        }
        ws.set_paper_size(A4);
        if widths.iter().sum::<u32>() > PORTRAIT_WIDTH {
            ws.set_landscape();
        }
        ws.set_print_fit_to_pages(1, 0);
        ws.set_repeat_rows(0, 0)?;
        if !table.title.is_empty() {
            ws.set_header(page_header(&table.title));
        }
        if !footer.is_empty() {
            ws.set_footer(format!("&C{footer}"));
        }
        Ok(())
    }
}
