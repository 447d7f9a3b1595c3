//! Reading the file: its kind and size, then each sheet's cells, merged
//! ranges and formulas, as a sparse grid with the merged values spread
//! over the cells they cover.

use std::collections::BTreeMap;
use std::io::Cursor;

use calamine::{DataRef, Reader, Xlsx};

use crate::error::{FileKind, Found, Issue, IssueKind, Location};
use crate::{Issues, MAX_CELLS, MAX_FILE_BYTES, MAX_ROWS, MAX_UNZIPPED_BYTES};

/// A cell's value.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    Text(String),
    /// The shortest decimal of the number (`2.5`).
    Number(String),
    Bool(bool),
    /// `YYYY-MM-DD`, and whether the time is midnight.
    Date(String, bool),
    Error(String),
}

impl Value {
    /// Blank: an empty text.
    pub(crate) fn is_blank(&self) -> bool {
        matches!(self, Value::Text(t) if t.is_empty())
    }

    /// Blank or spaces only: does not make a row an entry.
    pub(crate) fn is_void(&self) -> bool {
        matches!(self, Value::Text(t) if t.trim().is_empty())
    }

    pub(crate) fn found(&self) -> Found {
        match self {
            Value::Text(t) if t.is_empty() => Found::Blank,
            Value::Text(t) => Found::Text(t.clone()),
            Value::Number(n) => Found::Number(n.clone()),
            Value::Bool(b) => Found::Bool(*b),
            Value::Date(d, _) => Found::Date(d.clone()),
            Value::Error(e) => Found::Error(e.clone()),
        }
    }
}

/// A cell of a [`Grid`].
#[derive(Debug, Clone)]
pub(crate) struct Cell {
    pub value: Value,
    /// Where the value is written: the cell itself, or the first cell of
    /// the merged range that spreads it here (0-based row, column).
    pub origin: (u32, u32),
    /// The cell's formula, when it has one.
    pub formula: Option<String>,
}

impl Cell {
    /// Whether the value is the cell's own (not spread by a merge).
    pub(crate) fn own(&self, at: (u32, u32)) -> bool {
        self.origin == at
    }
}

/// A merged range, 0-based and inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Merge {
    pub first: (u32, u32),
    pub last: (u32, u32),
}

/// A sheet's cells.
#[derive(Debug)]
pub(crate) struct Grid {
    pub name: String,
    /// By (row, column), 0-based.
    pub cells: BTreeMap<(u32, u32), Cell>,
    /// The merged ranges spanning rows of one column (others are reported).
    pub merges: Vec<Merge>,
}

impl Grid {
    pub(crate) fn get(&self, row: u32, column: u32) -> Option<&Cell> {
        self.cells.get(&(row, column))
    }

    /// The cells of row `row`, by column.
    pub(crate) fn row(&self, row: u32) -> impl Iterator<Item = (u32, &Cell)> {
        self.cells
            .range((row, 0)..=(row, u32::MAX))
            .map(|((_, c), cell)| (*c, cell))
    }

    /// The location of a range.
    pub(crate) fn range_location(&self, m: Merge, header: &str) -> Location {
        let mut at = Location::cell(&self.name, m.first.0 + 1, m.first.1, header);
        if m.last != m.first {
            at.to = Some((m.last.0 + 1, crate::error::column_letter(m.last.1)));
        }
        at
    }
}

/// An opened workbook.
pub(crate) struct Book<'a> {
    xlsx: Xlsx<Cursor<&'a [u8]>>,
    pub sheet_names: Vec<String>,
}

/// Checks the file's kind and size and opens it; what is wrong is an
/// issue of the whole file.
pub(crate) fn open(bytes: &[u8]) -> Result<Book<'_>, IssueKind> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(IssueKind::FileTooLarge {
            bytes: bytes.len(),
            max: MAX_FILE_BYTES,
        });
    }
    if bytes.is_empty() {
        return Err(IssueKind::NotXlsx {
            looks_like: FileKind::Empty,
        });
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        // An OLE compound file: Excel saves a password-protected workbook as
        // one holding the streams "EncryptionInfo" and "EncryptedPackage";
        // otherwise it is an old binary .xls (or another Office file).
        let kind = if contains_utf16(bytes, "EncryptedPackage") {
            IssueKind::Encrypted
        } else {
            IssueKind::NotXlsx {
                looks_like: FileKind::OldExcel,
            }
        };
        return Err(kind);
    }
    if !bytes.starts_with(b"PK\x03\x04") {
        return Err(IssueKind::NotXlsx {
            looks_like: FileKind::Other,
        });
    }
    if bytes.get(30..38) == Some(b"mimetype") && contains(bytes, b"opendocument.spreadsheet") {
        return Err(IssueKind::NotXlsx {
            looks_like: FileKind::Ods,
        });
    }
    if let Some(total) = unzipped_size(bytes) {
        if total > MAX_UNZIPPED_BYTES {
            return Err(IssueKind::UnzippedTooLarge {
                bytes: total,
                max: MAX_UNZIPPED_BYTES,
            });
        }
    }
    let xlsx = Xlsx::new(Cursor::new(bytes)).map_err(|e| match e {
        calamine::XlsxError::Password => IssueKind::Encrypted,
        // A zip without the workbook's folder is another kind of file
        // (.docx, .zip); with it, a damaged workbook.
        _ if !contains(bytes, b"xl/") => IssueKind::NotXlsx {
            looks_like: FileKind::OtherZip,
        },
        e => IssueKind::Unreadable {
            detail: e.to_string(),
        },
    })?;
    let sheet_names = xlsx.sheet_names();
    Ok(Book { xlsx, sheet_names })
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

fn contains_utf16(haystack: &[u8], needle: &str) -> bool {
    let wide: Vec<u8> = needle.encode_utf16().flat_map(u16::to_le_bytes).collect();
    contains(haystack, &wide)
}

/// The uncompressed sizes the zip's central directory declares, added up;
/// `None` when it cannot be found (the zip reader then reports the file).
fn unzipped_size(bytes: &[u8]) -> Option<u64> {
    const EOCD: &[u8] = b"PK\x05\x06";
    let start = bytes.len().saturating_sub(22 + 65_535);
    let eocd = (start..bytes.len().saturating_sub(21))
        .rev()
        .find(|&i| bytes.get(i..i + 4) == Some(EOCD))?;
    let u16_at = |i: usize| -> Option<u64> {
        let b = bytes.get(i..i + 2)?;
        Some(u64::from(u16::from_le_bytes([b[0], b[1]])))
    };
    let u32_at = |i: usize| -> Option<u64> {
        let b = bytes.get(i..i + 4)?;
        Some(u64::from(u32::from_le_bytes([b[0], b[1], b[2], b[3]])))
    };
    let entries = u16_at(eocd + 10)?;
    let mut at = usize::try_from(u32_at(eocd + 16)?).ok()?;
    let mut total: u64 = 0;
    for _ in 0..entries {
        if bytes.get(at..at + 4) != Some(b"PK\x01\x02") {
            return None;
        }
        total = total.saturating_add(u32_at(at + 24)?);
        let name = usize::try_from(u16_at(at + 28)?).ok()?;
        let extra = usize::try_from(u16_at(at + 30)?).ok()?;
        let comment = usize::try_from(u16_at(at + 32)?).ok()?;
        at += 46 + name + extra + comment;
    }
    Some(total)
}

impl Book<'_> {
    /// Reads sheet `name`: its cells up to [`MAX_ROWS`] rows after the
    /// header, its merged ranges spread over the cells they cover. Problems
    /// of layout (merges across columns or over the header, values hidden
    /// by a merge, a sheet too large) go to `issues`.
    pub(crate) fn grid(&mut self, name: &str, issues: &mut Issues) -> Option<Grid> {
        let unreadable = |e: calamine::XlsxError| Issue {
            at: Location::sheet(name),
            kind: IssueKind::Unreadable {
                detail: e.to_string(),
            },
        };
        let merges = match self.xlsx.merge_cells_by_sheet_name(name) {
            Ok(m) => m,
            Err(e) => {
                issues.push(unreadable(e));
                return None;
            }
        };
        let mut cells = BTreeMap::new();
        let mut reader = match self.xlsx.worksheet_cells_reader(name) {
            Ok(r) => r,
            Err(e) => {
                issues.push(unreadable(e));
                return None;
            }
        };
        loop {
            let cell = match reader.next_cell_with_formula() {
                Ok(Some(c)) => c,
                Ok(None) => break,
                Err(e) => {
                    issues.push(unreadable(e));
                    return None;
                }
            };
            let formula = cell.formula.filter(|f| !f.is_empty());
            let value = value_of(cell.value);
            if value.is_none() && formula.is_none() {
                continue;
            }
            let (row, column) = cell.pos;
            if row > MAX_ROWS || cells.len() >= MAX_CELLS {
                issues.push(Issue {
                    at: Location::cell(name, row + 1, column, ""),
                    kind: IssueKind::SheetTooLarge { max_rows: MAX_ROWS },
                });
                return None;
            }
            let value = value.unwrap_or(Value::Text(String::new()));
            cells.insert(
                (row, column),
                Cell {
                    value,
                    origin: (row, column),
                    formula,
                },
            );
        }
        let mut grid = Grid {
            name: name.to_owned(),
            cells,
            merges: Vec::new(),
        };
        for d in merges {
            let m = Merge {
                first: d.start,
                last: d.end,
            };
            if m.first == m.last {
                continue;
            }
            if m.first.0 == 0 {
                issues.push(Issue {
                    at: grid.range_location(m, ""),
                    kind: IssueKind::MergedHeader,
                });
            } else if m.last.1 != m.first.1 {
                issues.push(Issue {
                    at: grid.range_location(m, ""),
                    kind: IssueKind::MergedAcrossColumns,
                });
            } else {
                spread(&mut grid, m, issues);
                grid.merges.push(m);
            }
        }
        Some(grid)
    }
}

/// Spreads the first cell's value of a vertical merged range over the
/// range; reports cells that hide a value of their own.
fn spread(grid: &mut Grid, m: Merge, issues: &mut Issues) {
    let column = m.first.1;
    let first = grid.get(m.first.0, column).cloned();
    for row in m.first.0 + 1..=m.last.0.min(MAX_ROWS) {
        if let Some(hidden) = grid.get(row, column) {
            if !hidden.value.is_void() || hidden.formula.is_some() {
                issues.push(Issue {
                    at: Location::cell(&grid.name, row + 1, column, ""),
                    kind: IssueKind::HiddenByMerge {
                        found: hidden.value.found(),
                    },
                });
            }
        }
        match &first {
            Some(cell) => {
                grid.cells.insert(
                    (row, column),
                    Cell {
                        value: cell.value.clone(),
                        origin: m.first,
                        formula: None,
                    },
                );
            }
            None => {
                grid.cells.remove(&(row, column));
            }
        }
    }
}

/// A cell value as read; `None` for an empty cell.
fn value_of(data: DataRef<'_>) -> Option<Value> {
    Some(match data {
        DataRef::Empty => return None,
        DataRef::String(s) => Value::Text(s),
        DataRef::SharedString(s) => Value::Text(s.to_owned()),
        DataRef::Int(i) => Value::Number(i.to_string()),
        DataRef::Float(f) => Value::Number(number_text(f)),
        DataRef::Bool(b) => Value::Bool(b),
        DataRef::DateTime(dt) if dt.is_datetime() => {
            let (y, mo, d, h, mi, s, ms) = dt.to_ymd_hms_milli();
            let date = format!("{y:04}-{mo:02}-{d:02}");
            if (h, mi, s, ms) == (0, 0, 0, 0) {
                Value::Date(date, true)
            } else {
                Value::Date(format!("{date} {h:02}:{mi:02}:{s:02}"), false)
            }
        }
        DataRef::DateTime(dt) => Value::Number(number_text(dt.as_f64())),
        DataRef::DateTimeIso(s) => {
            let whole = s.len() == 10;
            Value::Date(s, whole)
        }
        DataRef::DurationIso(s) => Value::Text(s),
        DataRef::Error(e) => Value::Error(e.to_string()),
    })
}

/// The shortest decimal that reads back as `f`, without an exponent.
pub(crate) fn number_text(f: f64) -> String {
    if f == 0.0 {
        return "0".to_owned();
    }
    format!("{f}")
}
