//! `docs/rubric-workbook.md` must not drift from the code: every sheet,
//! header, key and word the reader knows is in the guide.

#![allow(clippy::unwrap_used)]

use ziping_workbook::columns::{self, Column};
use ziping_workbook::names;

const GUIDE: &str = include_str!("../../../docs/rubric-workbook.md");

/// Whether the guide has a table row starting with `cell`.
fn row_of(cell: &str) -> bool {
    GUIDE.lines().any(|l| l.starts_with(&format!("| {cell} |")))
}

#[test]
fn every_sheet_header_and_key_is_in_the_guide() {
    for sheet in [
        columns::INFO,
        columns::DOCUMENTS,
        columns::GRADES,
        columns::FACTS,
        columns::ITEMS,
        columns::HELP,
    ] {
        assert!(
            GUIDE.contains(&format!("## Sheet {sheet}")) || row_of(sheet),
            "{sheet}"
        );
    }
    let tables: [&[Column]; 4] = [
        columns::DOCUMENT_COLUMNS,
        columns::GRADE_COLUMNS,
        columns::FACT_COLUMNS,
        &columns::item_columns(),
    ];
    for c in tables.iter().flat_map(|t| t.iter()) {
        assert!(row_of(c.header), "{}", c.header);
    }
    for (key, _) in columns::INFO_KEYS {
        assert!(row_of(key), "{key}");
    }
}

#[test]
fn every_parameter_is_listed_in_order_and_with_its_kinds() {
    let list: Vec<&str> = columns::PARAMETERS.iter().map(|p| p.header).collect();
    let flat: String = GUIDE.split_whitespace().collect();
    assert!(flat.contains(&list.join(",")), "{}", list.join(", "));
    for (kind, required, optional) in columns::KIND_PARAMETERS {
        let word = names::KINDS.word(kind).unwrap();
        let line = format!(
            "| {word} | `{kind}` | {} | {} |",
            if required.is_empty() {
                "—".to_owned()
            } else {
                required.join(", ")
            },
            if optional.is_empty() {
                "—".to_owned()
            } else {
                optional.join(", ")
            },
        );
        assert!(GUIDE.contains(&line), "{line}");
    }
}

#[test]
fn every_word_of_every_choice_is_in_the_guide() {
    for v in [
        names::KINDS,
        names::LEVELS,
        names::COMPARE,
        names::PER,
        names::RATIO_AWARD,
        names::ZERO_DENOMINATOR,
        names::DOCUMENT_KINDS,
        names::FACT_KINDS,
        names::NA_POLICY,
        names::FIGURES,
        names::EFFECTS,
    ] {
        for (word, name) in v.words {
            assert!(GUIDE.contains(word), "{word}");
            assert!(
                GUIDE.contains(&format!("`{name}`")) || GUIDE.contains(&format!("\"{name}\"")),
                "{name}"
            );
        }
    }
    assert!(GUIDE.contains(names::SUM) && GUIDE.contains(names::CAP_GRADE));
}
