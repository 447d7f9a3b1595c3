//! The app's tables as one workbook: a sheet per table (the 问题清单, an
//! assessment's item-by-item scores, a roll-up's roster …), each with a
//! bold frozen header row, column widths from the content, and print set-up
//! for A4 with the header repeated on every page.
//!
//! The app describes the tables as a [`Book`] (a plain value it can build
//! without the writer); [`write_tables`] (feature `codec`) writes it. Every
//! cell is written as text, never as a formula, except the cells of the
//! columns named [`Table::numeric`] that hold a plain decimal number, which
//! are written as numbers showing the same decimals.

use serde::{Deserialize, Serialize};

/// Tables to write as one workbook, a sheet each, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Book {
    /// The sheets.
    pub sheets: Vec<Table>,
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
