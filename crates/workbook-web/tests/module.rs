//! The workbook module's four functions, natively: what the app receives
//! for a good workbook, a faulty one and a file that is none, and the
//! workbooks it writes.

use dangjian_ziping::i18n::Lang;
use ziping_engine::Rubric;
use ziping_workbook::tables::{Book, Table};
use ziping_workbook_web::{read_rubric, write_rubric, write_tables};

#[test]
fn every_shipped_rubric_goes_out_and_comes_back_as_the_same_json_rubric() {
    for shipped in ziping_engine::shipped::SHIPPED {
        let bytes = write_rubric(shipped.json, Lang::Zh).expect(shipped.id);
        let read = read_rubric(&bytes, Lang::Zh);
        assert_eq!(read.issues, Vec::<String>::new(), "{}", shipped.id);
        let json = read.rubric.expect("a rubric");
        // The text the app keeps is JSON the engine reads as the same rubric.
        assert_eq!(
            Rubric::from_json(&json).expect("valid"),
            Rubric::from_json(shipped.json).expect("shipped")
        );
    }
}

#[test]
fn the_template_reads_as_a_rubric_without_notes() {
    let read = read_rubric(&ziping_workbook::template(), Lang::Zh);
    assert!(read.issues.is_empty(), "{:?}", read.issues);
    assert!(read.warnings.is_empty(), "{:?}", read.warnings);
    assert!(Rubric::from_json(&read.rubric.expect("a rubric")).is_ok());
}

#[test]
fn a_file_that_is_no_workbook_gives_a_sentence_in_the_users_language_and_no_rubric() {
    let zh = read_rubric(b"id,points\nx,5\n", Lang::Zh);
    assert_eq!(zh.rubric, None);
    assert_eq!(zh.issues.len(), 1);
    assert!(zh.issues[0].contains(".xlsx"), "{}", zh.issues[0]);
    assert!(!zh.issues[0].contains(" not "), "{}", zh.issues[0]);
    let en = read_rubric(b"id,points\nx,5\n", Lang::En);
    assert!(en.issues[0].contains(".xlsx"), "{}", en.issues[0]);
    assert_ne!(zh.issues, en.issues);
}

#[test]
fn a_faulty_workbook_names_the_cell_and_gives_no_rubric() {
    let mut rubric = ziping_workbook::template_rubric();
    let id = rubric.sections[0].items[0].id.clone();
    // Two items with one id: a workbook can hold it, a rubric cannot.
    rubric.sections[0].items[1].id = id.clone();
    let bytes = ziping_workbook::to_workbook(&rubric).expect("writes");
    let read = read_rubric(&bytes, Lang::Zh);
    assert_eq!(read.rubric, None);
    assert!(
        read.issues
            .iter()
            .any(|i| i.starts_with("评分细则 ") && i.contains(&id)),
        "{:?}",
        read.issues
    );
}

#[test]
fn a_rubric_that_is_not_valid_json_is_refused_with_the_engines_words() {
    let zh = write_rubric("{", Lang::Zh).expect_err("not a rubric");
    let en = write_rubric("{", Lang::En).expect_err("not a rubric");
    let engine = |lang| {
        let e = Rubric::from_json("{").expect_err("not a rubric");
        dangjian_ziping::i18n::problem_text(lang, &e.problems()[0])
    };
    assert_eq!(zh, engine(Lang::Zh));
    assert_eq!(en, engine(Lang::En));
    assert_ne!(zh, en);
}

#[test]
fn more_problems_than_are_listed_are_flagged() {
    // 250 rows with one id: 249 duplicates, more than the 200 listed.
    let mut rubric = ziping_workbook::template_rubric();
    let item = rubric.sections[0].items[0].clone();
    rubric.sections[0].items = vec![item; 250];
    let bytes = ziping_workbook::to_workbook(&rubric).expect("writes");
    let read = read_rubric(&bytes, Lang::Zh);
    assert!(read.truncated);
    assert_eq!(read.issues.len(), ziping_workbook::MAX_ISSUES + 1);
    // A file with one problem is not.
    let one = read_rubric(b"", Lang::Zh);
    assert!(!one.truncated);
    assert_eq!(one.issues.len(), 1);
}

#[test]
fn tables_are_written_from_the_apps_json() {
    let book = Book {
        sheets: vec![Table {
            name: "问题清单".into(),
            title: "一支部 2020年 问题清单".into(),
            header: vec!["序号".into(), "存在主要问题".into()],
            rows: vec![vec!["1".into(), "=1+1".into()]],
            numeric: vec![0],
        }],
        footer: String::new(),
    };
    let json = serde_json::to_string(&book).expect("json");
    let bytes = write_tables(&json, Lang::Zh).expect("writes");
    assert!(bytes.starts_with(b"PK\x03\x04"));
    assert!(write_tables("[]", Lang::Zh).is_err());
}
