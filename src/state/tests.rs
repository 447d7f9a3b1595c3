//! The reducer, natively: what each action does to what the user sees and
//! to what is saved, one file per concern, and [`test_of`], which names the
//! test of every action.

mod answers;
mod assessments;
mod exports;
mod imports;
mod page;
mod review;
mod rows;
mod summary;
mod sync;
mod versions;

use std::collections::HashSet;
use std::rc::Rc;

use ziping_engine::shipped::SHIPPED;
use ziping_engine::{Assessment, ItemAnswer, Rubric, Value};

use super::*;

/// The day the test browser's page was opened.
const TODAY: &str = "2026-12-01";

fn rubric(i: usize) -> Rubric {
    Rubric::from_json(SHIPPED[i].json).expect("shipped rubric")
}

/// The branch self-check (支部标准化规范化), first of the shipped rubrics.
fn branch() -> Rubric {
    rubric(0)
}

/// A rubric of the user's own: a shipped one under another id.
fn own_rubric_text() -> String {
    let mut v: serde_json::Value = serde_json::from_str(SHIPPED[0].json).expect("json");
    v["id"] = "own-committee-rubric".into();
    v["title"] = "本院党委自定考核细则".into();
    v.to_string()
}

fn answered(rubric: &Rubric, unit: &str, note: &str) -> Assessment {
    let mut a = Assessment::new(rubric, unit, 2020);
    let item = rubric.sections[0].items[0].id.clone();
    a.answers.items.insert(
        item,
        ItemAnswer {
            value: Some(Value::Count("3".into())),
            na: false,
            note: note.into(),
        },
    );
    a
}

/// A browser holding three assessments, one of them of an imported rubric.
fn filled() -> AppState {
    let mut state = AppState {
        today: TODAY.into(),
        ..AppState::default()
    };
    let own = own_rubric_text();
    state.apply(Action::ImportRubric("own.json".into(), own.clone()));
    let own = Rubric::from_json(&own).expect("own rubric");
    for a in [
        answered(&rubric(0), "内科第一党支部", "见会议记录"),
        answered(&rubric(1), "机关党委", ""),
        answered(&own, "外科党支部", "“三会一课”台账"),
    ] {
        state.apply(Action::ImportAssessments(vec![(
            "a.json".into(),
            Ok(a.to_json()),
        )]));
    }
    state.notice = None;
    state
}

/// What the start form sends for `unit` and `year`, against the branch
/// self-check.
fn new_assessment(unit: &str, year: i32) -> NewAssessment {
    NewAssessment {
        rubric: (&branch()).into(),
        unit: unit.into(),
        year,
        assessor: "张三".into(),
        date: TODAY.into(),
    }
}

/// A browser with one assessment of the branch self-check, open and just
/// exported, so that any change to it shows as one no export holds.
fn with_open() -> (AppState, u64) {
    let mut state = AppState {
        today: TODAY.into(),
        ..AppState::default()
    };
    state.apply(Action::Create(new_assessment("内科第一党支部", 2026)));
    let id = state.store.open.expect("created and opened");
    state.apply(Action::Exported(id, format!("{TODAY} 09:00")));
    assert_eq!(open(&state).unexported_since, None);
    (state, id)
}

/// The open assessment's entry.
fn open(state: &AppState) -> &Entry {
    state.store.current().expect("an open assessment")
}

/// Whether the open assessment holds a change no export has, made today.
fn changed_since_export(state: &AppState) -> bool {
    open(state).unexported_since.as_deref() == Some(TODAY)
}

/// Applies `action` and checks that it changed nothing at all: not what is
/// saved, not what is shown.
fn changes_nothing(state: &mut AppState, action: Action) {
    let before = state.clone();
    state.apply(action.clone());
    assert_eq!(*state, before, "{action:?} changed something");
}

/// The test of each action. The match has no wildcard, so an action added
/// without a test named here does not compile, nor does a name that is no
/// test (the tests named are `pub(super)` for this).
fn test_of(action: &Action) -> &'static str {
    macro_rules! test {
        ($test:path) => {{
            let _: fn() = $test;
            stringify!($test)
        }};
    }
    match action {
        Action::Restore(_) => test!(sync::restore_replaces_what_is_saved_and_nothing_else),
        Action::Storage(_) => test!(page::storage_records_whether_saving_works),
        Action::SetLang(_) => test!(page::set_lang_switches_and_saves_the_language),
        Action::Create(_) => test!(assessments::create_starts_an_assessment_and_opens_it),
        Action::Open(_) => test!(assessments::open_opens_a_kept_assessment_only),
        Action::Close => test!(assessments::close_goes_back_to_the_list_and_keeps_the_place),
        Action::CarryOver(_) => {
            test!(versions::carry_over_starts_a_current_version_and_keeps_the_old_one)
        }
        Action::Duplicate(_) => test!(assessments::duplicate_copies_the_answers_under_a_copy_name),
        Action::AskDelete(_) => test!(assessments::ask_delete_asks_and_cancels),
        Action::Delete(_) => test!(assessments::delete_removes_and_closes),
        Action::SetMeta(..) => test!(assessments::set_meta_edits_the_header),
        Action::Rename(..) => test!(assessments::rename_trims_and_refuses_a_blank_name),
        Action::SetFact(..) => test!(answers::set_fact_answers_and_clears_a_fact),
        Action::SetValue(..) => test!(answers::set_value_scores_and_clearing_leaves_no_trace),
        Action::SetNa(..) => test!(answers::set_na_marks_an_item_not_applicable),
        Action::SetNote(..) => test!(answers::set_note_keeps_the_evidence_note),
        Action::GoSection(_) => test!(answers::go_section_shows_a_section_of_the_scoring),
        Action::GoScreen(_) => test!(answers::go_screen_switches_screens),
        Action::ImportAssessments(_) => test!(imports::one_file_is_imported_and_opened),
        Action::ImportRubric(..) => test!(imports::a_rubric_file_is_added_refused_or_known),
        Action::WorkbookRead(..) => {
            test!(imports::a_workbook_read_as_a_rubric_is_imported_with_its_notes)
        }
        Action::WorkbookDone => test!(page::workbook_done_clears_the_busy_notice_and_no_other),
        Action::AddRows(_) => test!(rows::add_rows_appends_to_the_list),
        Action::RemoveRow(_) => test!(rows::remove_row_removes_that_row_only),
        Action::EditRow(..) => test!(rows::edit_row_edits_one_column_of_one_row),
        Action::SetRowStatus(..) => test!(rows::set_row_status_sets_one_rows_progress),
        Action::MoveRowUp(_) => test!(rows::move_row_up_swaps_with_the_row_above),
        Action::RubricFetched(_) => test!(page::a_fetched_rubric_is_kept_once),
        Action::RubricFetchFailed(..) => test!(page::a_failed_fetch_is_told_with_its_reason),
        Action::RetryRubric(..) => test!(page::retry_forgets_the_failure_of_that_rubric_only),
        Action::Notify(_) => test!(page::notify_shows_a_notice_beside_the_unreadable_store_one),
        Action::Dismiss => test!(page::dismiss_leaves_the_unreadable_store_notice),
        Action::DismissStoreNotice => test!(page::dismiss_store_notice_leaves_the_other_notice),
        Action::Exported(..) => test!(exports::exported_marks_the_assessment_as_exported),
        Action::ExportedAll(_) => test!(exports::a_backup_counts_as_an_export_of_each),
        Action::Persisted(_) => test!(page::persisted_records_the_browsers_answer),
        Action::Today(_) => test!(exports::changes_are_dated_by_the_day_they_are_made),
        Action::OpenSummary(..) => test!(summary::open_summary_shows_a_roll_up_and_keeps_its_order),
        Action::CloseSummary => test!(summary::close_summary_goes_back_to_the_list),
        Action::SortSummary(_) => test!(summary::sort_summary_orders_the_roster),
        Action::FailingOnly(_) => test!(summary::failing_only_filters_the_roster),
        Action::SetCommittee(_) => test!(summary::set_committee_names_the_printout),
        Action::ShowProblems(_) => test!(summary::show_problems_shows_the_merged_list_on_request),
        Action::CompareUnit(_) => {
            test!(summary::compare_unit_shows_a_unit_beside_its_previous_year)
        }
        Action::CountFile(_) => test!(summary::count_file_chooses_one_file_of_its_unit),
        Action::External { .. } => {
            test!(sync::another_pages_change_to_the_open_assessment_is_shown_and_told)
        }
        Action::Review(_) => test!(review::review_takes_the_steps_in_turn_dated_today),
        Action::SetReviewValue(..) => {
            test!(review::set_review_value_scores_the_reviewers_answer_in_review_only)
        }
        Action::SetReviewNa(..) => test!(review::set_review_na_marks_the_reviewed_item_na),
        Action::Reassess(..) => test!(review::reassess_starts_from_the_units_answer_or_accepts_it),
        Action::SetComment(..) => test!(review::set_comment_keeps_a_comment_and_drops_a_blank_one),
        Action::DifferingOnly(_) => test!(review::differing_only_is_kept_for_the_page),
        Action::ResolveArrival(_) => {
            test!(review::resolve_arrival_keeps_what_was_chosen_or_changes_nothing)
        }
        Action::ArrivalAsCopy => test!(review::arrival_as_copy_keeps_the_file_beside_the_copy),
    }
}

/// One action of every kind.
fn every_action() -> Vec<Action> {
    let text = String::new;
    vec![
        Action::Restore(Store::default()),
        Action::Storage(StorageState::Unavailable),
        Action::SetLang(Lang::En),
        Action::Create(new_assessment("内科第一党支部", 2026)),
        Action::Open(0),
        Action::Close,
        Action::Duplicate(0),
        Action::CarryOver(0),
        Action::AskDelete(None),
        Action::Delete(0),
        Action::SetMeta(MetaField::Unit, text()),
        Action::Rename(0, text()),
        Action::SetFact(text(), None),
        Action::SetValue(text(), None),
        Action::SetNa(text(), false),
        Action::SetNote(text(), text()),
        Action::GoSection(text()),
        Action::GoScreen(Screen::Report),
        Action::ImportAssessments(Vec::new()),
        Action::ImportRubric(text(), text()),
        Action::WorkbookRead(text(), Err(text())),
        Action::WorkbookDone,
        Action::AddRows(Vec::new()),
        Action::RemoveRow(0),
        Action::EditRow(0, RowField::Note, text()),
        Action::SetRowStatus(0, RectificationStatus::Done),
        Action::MoveRowUp(0),
        Action::RubricFetched(Rc::new(branch())),
        Action::RubricFetchFailed(text(), text(), text()),
        Action::RetryRubric(text(), text()),
        Action::Notify(Notice::ExportFailed(text())),
        Action::Dismiss,
        Action::DismissStoreNotice,
        Action::Exported(0, text()),
        Action::ExportedAll(text()),
        Action::Persisted(true),
        Action::Today(text()),
        Action::OpenSummary(text(), text(), 2020),
        Action::CloseSummary,
        Action::SortSummary(SortBy::Total),
        Action::FailingOnly(true),
        Action::SetCommittee(text()),
        Action::ShowProblems(true),
        Action::CompareUnit(None),
        Action::CountFile(0),
        Action::External {
            base: Rc::default(),
            theirs: Rc::default(),
        },
        Action::Review(ReviewStep::Submit(text())),
        Action::SetReviewValue(text(), None),
        Action::SetReviewNa(text(), true),
        Action::Reassess(text(), true),
        Action::SetComment(text(), text()),
        Action::DifferingOnly(true),
        Action::ResolveArrival(None),
        Action::ArrivalAsCopy,
    ]
}

#[test]
fn every_action_has_a_test_of_its_own() {
    let actions = every_action();
    let kinds: HashSet<_> = actions.iter().map(std::mem::discriminant).collect();
    assert_eq!(kinds.len(), actions.len(), "an action kind listed twice");
    let mut tests = HashSet::new();
    for action in &actions {
        let test = test_of(action);
        assert!(tests.insert(test), "{test} is named for two actions");
    }
}
