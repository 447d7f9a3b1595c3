//! The user interface, one component per file.

pub mod app;
pub mod assessment_list;
pub mod facts_card;
pub mod header;
pub mod home;
pub mod import_zone;
pub mod inputs;
pub mod item_card;
pub mod linked_counts;
pub mod meta_form;
pub mod new_assessment;
pub mod notice;
pub mod print_report;
pub mod radar;
pub mod rectification;
pub mod rollup_choices;
pub mod rubric_pending;
pub mod score_panel;
pub mod section_nav;
pub mod shortfalls;
pub mod summary_screen;
pub mod text_table;
pub mod version_banner;
pub mod workbook_tools;
pub mod workspace;
