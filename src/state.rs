//! Application state: one reducer, changed only through [`Action`]s.
//!
//! [`Store`] is what is saved in local storage (under [`STORAGE_KEY`]) and
//! restored on reload: the assessments, imported rubrics, the language and
//! where the user was. [`AppState`] adds what is not saved (notices, storage
//! status). Scores are never stored here: they are derived from the answers
//! by the engine wherever they are shown.

use std::rc::Rc;

use serde::Serialize;
use yew::Reducible;
use ziping_engine::json::{At, Fields, FromJson, Read};
use ziping_engine::{
    Assessment, AssessmentError, FactAnswer, RectificationRow, RectificationStatus, Rubric,
    RubricRef, Value, YEARS,
};

use ziping_engine::review::{Part, Side, StepError};

use crate::i18n::{Lang, M};
use crate::rubrics::Catalogue;

mod review;

/// The local-storage key. The `v1` changes only if [`Store`] changes in a way
/// older data cannot be read as.
pub const STORAGE_KEY: &str = "dangjian-ziping.v1";

/// Everything saved between visits.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Store {
    /// Interface language.
    pub lang: Lang,
    /// The open assessment, if any.
    pub open: Option<u64>,
    /// Next assessment id to hand out.
    pub next_id: u64,
    /// The assessments kept in this browser, newest first.
    pub entries: Vec<Rc<Entry>>,
    /// Rubric files the user imported (the JSON text as imported).
    pub rubrics: Vec<Rc<str>>,
    /// The roll-up (汇总) shown, if any: behind an open assessment, and
    /// again when it is closed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<SummaryPick>,
}

/// Which roll-up is shown, and how.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct SummaryPick {
    /// The units' rubric id.
    pub rubric: String,
    /// Its version.
    pub version: String,
    /// The year rolled up.
    pub year: i32,
    /// The order of the roster.
    pub sort: SortBy,
    /// Only the units not passing.
    pub failing_only: bool,
    /// The committee rolling up, as its printout names it.
    pub committee: String,
    /// Whether the merged 问题清单 is shown (it runs to hundreds of rows
    /// for a large committee, so it is shown on request).
    pub problems_shown: bool,
    /// The unit whose year is shown beside its previous one, if any.
    pub compare: Option<String>,
}

/// The orders of the roll-up's roster.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SortBy {
    /// The order the files were kept in (newest first).
    #[default]
    Files,
    /// Highest total first.
    Total,
    /// Most points short of the pass mark first (not passing first).
    Shortfall,
    /// Least complete first.
    Completion,
}

ziping_engine::from_json_names!(SortBy {
    "files" => SortBy::Files,
    "total" => SortBy::Total,
    "shortfall" => SortBy::Shortfall,
    "completion" => SortBy::Completion,
});

ziping_engine::from_json_struct!(SummaryPick lenient {
    rubric,
    version,
    year,
    sort: default,
    failing_only: default,
    committee: default,
    problems_shown: default,
    compare: default
});

/// One assessment kept in this browser, and where the user was in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry {
    /// Local id.
    pub id: u64,
    /// The assessment, as it is exported.
    pub assessment: Assessment,
    /// Which screen of it was open.
    pub screen: Screen,
    /// Which section was shown.
    pub section: Option<String>,
    /// When the assessment was last exported (its file, or a backup of
    /// everything), as `YYYY-MM-DD HH:MM` by the browser's clock.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exported: Option<String>,
    /// The day (`YYYY-MM-DD`) of the first change that no export holds yet;
    /// `None` when every change is exported (or it came from a file and was
    /// not changed since).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unexported_since: Option<String>,
    /// Chosen to count in the roll-up over the other files of its unit
    /// (restored in place of a newer file); not part of the assessment.
    #[serde(skip_serializing_if = "is_false")]
    pub counted: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Entry {
    /// Whether to remind the user to export: changes no export holds, made
    /// before `today`, or the assessment `complete`d.
    pub fn export_due(&self, today: &str, complete: bool) -> bool {
        self.unexported_since
            .as_deref()
            .is_some_and(|since| complete || since < today)
    }
}

/// A store saved by this or an older version: every field may be left out,
/// unknown ones are ignored.
impl FromJson for Store {
    fn read(value: serde_json::Value, at: &At<'_>) -> Read<Store> {
        let mut f = Fields::lenient(value, at)?;
        Ok(Store {
            lang: f.or_default("lang")?,
            open: f.or_default("open")?,
            next_id: f.or_default("next_id")?,
            entries: f.or_default("entries")?,
            rubrics: f.or_default("rubrics")?,
            summary: f.or_default("summary")?,
        })
    }
}

impl FromJson for Entry {
    fn read(value: serde_json::Value, at: &At<'_>) -> Read<Entry> {
        let mut f = Fields::lenient(value, at)?;
        Ok(Entry {
            id: f.req("id")?,
            assessment: f.req("assessment")?,
            screen: f.or_default("screen")?,
            section: f.or_default("section")?,
            exported: f.or_default("exported")?,
            unexported_since: f.or_default("unexported_since")?,
            counted: f.or_default("counted")?,
        })
    }
}

/// The screens of an open assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Screen {
    /// Item cards, one section at a time.
    #[default]
    Scoring,
    /// Shortfalls and the rectification list.
    Rectification,
    /// The printable report.
    Report,
}

ziping_engine::from_json_names!(Screen {
    "scoring" => Screen::Scoring,
    "rectification" => Screen::Rectification,
    "report" => Screen::Report,
});

/// Whether autosave works.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum StorageState {
    /// Every change is saved.
    #[default]
    Saving,
    /// The browser gives no storage (disabled, private mode, `file://` in
    /// some browsers): work is kept in memory only.
    Unavailable,
    /// The last save failed (usually the storage is full).
    Failed(String),
}

/// A message shown above the work until dismissed. The texts are rendered
/// in the interface language by the notice component.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// The saved work could not be read when the page opened. The app
    /// started empty; the unreadable text was first copied aside so that
    /// autosave cannot overwrite it.
    StoreUnreadable {
        /// Where the text was copied in local storage, or `None` when that
        /// failed too (then nothing is saved until the page is reloaded).
        backup: Option<String>,
        /// Why it could not be read.
        reason: String,
        /// The unreadable text itself, offered for download.
        text: Rc<str>,
    },
    /// An assessment file was imported and opened.
    Imported {
        /// The file's name.
        file: String,
        /// The unit it is for.
        unit: String,
    },
    /// Several assessment files were imported at once, each on its own;
    /// none was opened.
    ImportedBatch {
        /// The files imported, in order: name and unit.
        imported: Vec<(String, String)>,
        /// The files refused, in order: name and why. They changed nothing.
        failed: Vec<(String, ImportError)>,
    },
    /// An assessment file could not be imported; nothing was changed.
    ImportFailed {
        /// The file's name.
        file: String,
        /// Why.
        error: ImportError,
    },
    /// A rubric file was added to the picker.
    RubricAdded {
        /// The file's name.
        file: String,
        /// The rubric's title.
        title: String,
        /// Notes on a workbook read (sheets passed over, doubtful
        /// thresholds), worded; empty for a JSON file.
        notes: Vec<String>,
    },
    /// A workbook (.xlsx) was not imported as a rubric; nothing was changed.
    WorkbookRejected {
        /// The file's name.
        file: String,
        /// The located problems, worded in the language of the page when
        /// the file was read.
        issues: Vec<String>,
        /// Whether more were found than are listed (the last line says so).
        truncated: bool,
    },
    /// The workbook module is being loaded or is working.
    WorkbookBusy,
    /// The workbook module could not be loaded: why. Nothing was changed.
    WorkbookUnavailable(String),
    /// A rubric file was rejected; nothing was changed.
    RubricRejected {
        /// The file's name.
        file: String,
        /// The located problems.
        problems: Vec<ziping_engine::Problem>,
    },
    /// A rubric with the same id and version is already known.
    RubricDuplicate {
        /// The file's name.
        file: String,
        /// Its id.
        id: String,
        /// Its version.
        version: String,
    },
    /// The export could not be offered.
    ExportFailed(String),
    /// A backup file was imported.
    BackupImported {
        /// The file's name.
        file: String,
        /// Assessments added.
        added: usize,
        /// Assessments left out because this browser has them already.
        known: usize,
        /// Rubrics added.
        rubrics: usize,
    },
    /// An assessment was carried over to the current version of its rubric
    /// (see [`Action::CarryOver`]); the new one is open.
    CarriedOver {
        /// The version it was made with.
        from: String,
        /// The version it now uses.
        to: String,
        /// How many answers were carried over.
        kept: usize,
        /// The titles of the items to answer (again): changed or new.
        to_answer: Vec<String>,
        /// The titles of the answered items the new version no longer has.
        removed: Vec<String>,
    },
    /// A review step was refused: why. Nothing changed.
    StepRefused(StepError),
    /// A file came back over the copy kept here (see
    /// [`ziping_engine::review::arrival`]).
    Arrived {
        /// The file's name.
        file: String,
        /// The unit.
        unit: String,
        /// What became of it.
        outcome: Arrived,
    },
    /// Another page (tab, window or widget with the same storage key) saved
    /// a change to the assessment that was open here, which now shows it.
    ChangedElsewhere {
        /// The assessment's unit.
        unit: String,
        /// Whether the other page deleted it (then it was closed here).
        deleted: bool,
    },
}

/// What became of a file that came back over the copy kept here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrived {
    /// It holds the same work: nothing changed.
    Same,
    /// The copy kept here has gone further: nothing changed.
    Older,
    /// It carried the kept copy on and replaced it; the review now stands
    /// at this stage. `kept`: parts the user chose to keep from the copy.
    Taken {
        /// The stage it now stands at.
        stage: ziping_engine::review::Stage,
        /// How many parts were kept from the copy here.
        kept: usize,
    },
}

/// A file as the browser read it: its name, and its text or why it was
/// not read ([`ImportError::Unreadable`], [`ImportError::TooLarge`] or
/// [`ImportError::NotText`]).
pub type ReadFile = (String, Result<String, ImportError>);

/// Why an assessment file was not imported.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportError {
    /// The browser could not read the file (the reason it gives).
    Unreadable(String),
    /// The file itself is faulty (not JSON, not an assessment, too new, a bad
    /// field).
    File(AssessmentError),
    /// It names a rubric this browser does not have.
    UnknownRubric {
        /// The rubric id in the file.
        id: String,
        /// The rubric version in the file.
        version: String,
        /// The title in the file.
        title: String,
        /// Versions of that id this browser has, if any.
        known: Vec<String>,
    },
    /// The file's bytes are not text (UTF-8, or UTF-16 with its mark).
    NotText(crate::decode::DecodeError),
    /// The file is larger than [`FILE_LIMIT`] and was not read.
    TooLarge {
        /// Its size in bytes.
        bytes: u64,
    },
    /// One assessment of a backup file is faulty, so none of the backup
    /// was imported.
    InBackup {
        /// Which assessment of the backup, from 1.
        index: usize,
        /// What is wrong with it.
        error: Box<ImportError>,
    },
    /// The file came back over a copy kept here that holds the same work,
    /// or has gone further: nothing to take.
    Known {
        /// Whether the copy here has gone further.
        older: bool,
    },
    /// The file came back over a copy kept here that changed since: the
    /// choice, part by part, is offered when the file is imported alone.
    NeedsChoice {
        /// How many parts differ.
        parts: usize,
    },
    /// One rubric of a backup file is faulty, so none of the backup was
    /// imported.
    RubricInBackup {
        /// Which rubric of the backup, from 1.
        index: usize,
        /// The located problems.
        problems: Vec<ziping_engine::Problem>,
    },
}

/// The largest file read for an import, in bytes (8 MB). A larger one is
/// refused before it is read, so that no file can stall the page; a
/// browser's local storage holds about 5 MB in all.
pub const FILE_LIMIT: u64 = 8_000_000;

/// The `format` of a backup file: every assessment and imported rubric
/// kept in one browser (see `docs/assessment-format.md`).
pub const BACKUP_FORMAT: &str = "dangjian-ziping.backup";

/// A backup file's contents: assessments and rubric texts.
type Backup = (Vec<Assessment>, Vec<Rc<str>>);

/// The app's whole state.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AppState {
    /// What is saved.
    pub store: Store,
    /// Whether it can be saved.
    pub storage: StorageState,
    /// The outcome of the last import or export.
    pub notice: Option<Notice>,
    /// The notice that the saved work could not be read when the page
    /// opened ([`Notice::StoreUnreadable`]). It stays until it is itself
    /// dismissed: other notices come and go beside it, so the key it names
    /// and its download button are not lost to the next import.
    pub store_notice: Option<Notice>,
    /// An assessment awaiting confirmation of its deletion.
    pub confirm_delete: Option<u64>,
    /// Shipped rubrics whose file was fetched (none when they are embedded).
    pub fetched: Vec<Rc<Rubric>>,
    /// Shipped rubrics whose file could not be fetched: id, version, why.
    pub fetch_failed: Vec<(String, String, String)>,
    /// Today as `YYYY-MM-DD` (set when the page opens), the day a change
    /// not yet exported is recorded under.
    pub today: String,
    /// Whether the browser keeps the saved work even when space runs low
    /// or the site goes unvisited; `None` until asked (once there is work).
    pub persisted: Option<bool>,
    /// A file that came back, awaiting a choice ([`Action::ResolveArrival`]).
    pub arrival: Option<PendingArrival>,
    /// Whether the open assessment shows only the items where the review
    /// differs.
    pub differing_only: bool,
}

/// The fields of an assessment's header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MetaField {
    /// 单位/支部.
    Unit,
    /// The year assessed.
    Year,
    /// 填表人.
    Assessor,
    /// 填表日期.
    Date,
}

/// The editable columns of a rectification row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowField {
    /// 存在主要问题.
    Problem,
    /// 整改措施.
    Measure,
    /// 责任部门.
    Department,
    /// 完成时限.
    Deadline,
    /// 备注.
    Note,
}

/// What a new assessment starts with.
#[derive(Debug, Clone, PartialEq)]
pub struct NewAssessment {
    /// The rubric.
    pub rubric: RubricRef,
    /// 单位/支部.
    pub unit: String,
    /// The year assessed.
    pub year: i32,
    /// 填表人.
    pub assessor: String,
    /// 填表日期.
    pub date: String,
}

/// The ways the state changes.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Replace the state with what was saved (on start).
    Restore(Store),
    /// Record whether saving works.
    Storage(StorageState),
    /// Switch the interface language.
    SetLang(Lang),
    /// Start a new assessment and open it (unit, assessor and date
    /// trimmed). A blank unit or a year outside [`YEARS`] starts nothing.
    Create(NewAssessment),
    /// Open an assessment.
    Open(u64),
    /// Close the open assessment (back to the list).
    Close,
    /// Carry an assessment made with a retired version of a shipped rubric
    /// over to the current version: a new assessment with the answers of
    /// the items whose rule is unchanged, opened, with a notice listing the
    /// items to answer again. The old assessment stays as it is. Nothing
    /// happens while either rubric's file is not at hand.
    CarryOver(u64),
    /// Copy an assessment (e.g. last year's as the start of this year's);
    /// the copy's unit is marked as a copy in the interface language.
    Duplicate(u64),
    /// Ask to delete an assessment; `None` cancels.
    AskDelete(Option<u64>),
    /// Delete an assessment (after confirmation).
    Delete(u64),
    /// Change a header field of the open assessment. A year is taken only
    /// when it is a number within [`YEARS`].
    SetMeta(MetaField, String),
    /// Rename any assessment's unit (from the list), trimmed; a blank name
    /// is refused.
    Rename(u64, String),
    /// Answer a fact; `None` clears it.
    SetFact(String, Option<FactAnswer>),
    /// Set an item's value; `None` clears it.
    SetValue(String, Option<Value>),
    /// Mark an item N/A or not.
    SetNa(String, bool),
    /// Set an item's evidence note.
    SetNote(String, String),
    /// Show a section.
    GoSection(String),
    /// Show a screen.
    GoScreen(Screen),
    /// Import assessment files, chosen or dropped together. Each is
    /// imported or refused on its own; a single file is also opened.
    ImportAssessments(Vec<ReadFile>),
    /// Import a rubric file (its name and text).
    ImportRubric(String, String),
    /// A workbook file (name) was read by the workbook module as a rubric;
    /// `Err` when the module could not be loaded.
    WorkbookRead(String, Result<crate::workbook::ReadRubric, String>),
    /// A workbook action ended: the busy notice goes, any other stays.
    WorkbookDone,
    /// Add rows to the rectification list.
    AddRows(Vec<RectificationRow>),
    /// Remove a rectification row.
    RemoveRow(usize),
    /// Edit a rectification row.
    EditRow(usize, RowField, String),
    /// Set a rectification row's status.
    SetRowStatus(usize, RectificationStatus),
    /// Move a rectification row up (towards index 0).
    MoveRowUp(usize),
    /// The file of a shipped rubric arrived.
    RubricFetched(Rc<Rubric>),
    /// The file of a shipped rubric (id, version) could not be fetched: why.
    RubricFetchFailed(String, String, String),
    /// Show the roll-up of a rubric (id, version) for a year.
    OpenSummary(String, String, i32),
    /// Leave the roll-up for the start screen.
    CloseSummary,
    /// Order the roll-up's roster.
    SortSummary(SortBy),
    /// Show only the units not passing, or all.
    FailingOnly(bool),
    /// Show a unit's roll-up year beside its previous one (`None`: none).
    CompareUnit(Option<String>),
    /// Show or hide the roll-up's merged 问题清单.
    ShowProblems(bool),
    /// Name the committee the roll-up's printout is of.
    SetCommittee(String),
    /// Count this file in the roll-up in place of its unit's other files of
    /// the same rubric and year (restore a replaced file).
    CountFile(u64),
    /// Try fetching a rubric (id, version) again.
    RetryRubric(String, String),
    /// Show a notice.
    Notify(Notice),
    /// Dismiss the notice of the last import or export.
    Dismiss,
    /// Dismiss the notice that the saved work could not be read.
    DismissStoreNotice,
    /// The assessment was exported (its file) at this time (`YYYY-MM-DD HH:MM`).
    Exported(u64, String),
    /// Every assessment was exported in a backup at this time.
    ExportedAll(String),
    /// The browser answered whether it keeps the saved work for good.
    Persisted(bool),
    /// The day changed while the page was open (`YYYY-MM-DD`).
    Today(String),
    /// Take a step of the open assessment's review (提交、开始审核、退回、
    /// 审定、重新打开…), dated today. A step that does not fit its stage,
    /// or without a name (or a reopening without a reason), changes nothing
    /// and says why.
    Review(ReviewStep),
    /// The reviewer's answer to an item (`None` clears its value), while
    /// the review is under way.
    SetReviewValue(String, Option<Value>),
    /// The reviewer marks an item N/A or not.
    SetReviewNa(String, bool),
    /// The reviewer gives an item an answer of its own (`true`: starting
    /// from the unit's) or accepts the unit's again (`false`).
    Reassess(String, bool),
    /// The reviewer's comment on an item.
    SetComment(String, String),
    /// Show only the items where the review differs, or all.
    DifferingOnly(bool),
    /// The user's choice for a file that came back over the copy kept
    /// here ([`AppState::arrival`]): keep these parts of the kept copy and
    /// take the rest from the file; `None` cancels and changes nothing.
    ResolveArrival(Option<Vec<Part>>),
    /// Keep the file that came back as a separate assessment beside the
    /// kept copy.
    ArrivalAsCopy,
    /// Another page saved the store (`theirs`) since this page last read or
    /// wrote it (`base`): fold its changes in (see [`crate::sync`]).
    External {
        /// The store as this page last read or wrote it.
        base: Rc<Store>,
        /// The store as the other page saved it.
        theirs: Rc<Store>,
    },
}

/// A step of a review, with who takes it (a unit's or a reviewer's name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReviewStep {
    /// The unit submits (提交审核), or resubmits after a return.
    Submit(String),
    /// The unit takes back a submission not yet taken up (撤回提交).
    Withdraw(String),
    /// The committee starts reviewing (开始审核).
    Start(String),
    /// The committee returns it for revision (退回修改).
    Return(String),
    /// The committee signs the review off (审定签字).
    SignOff(String),
    /// The committee reopens a signed-off review, for a reason (重新打开).
    Reopen(String, String),
}

/// A file that came back over the copy kept here, awaiting the user's
/// choice between them, part by part.
#[derive(Debug, Clone, PartialEq)]
pub struct PendingArrival {
    /// The file's name.
    pub file: String,
    /// The kept entry.
    pub entry: u64,
    /// The file's assessment.
    pub incoming: Rc<Assessment>,
    /// The parts to choose between, in order.
    pub conflicts: Vec<Part>,
    /// When both went on from a common point: how many steps they share
    /// (the kept copy's later steps give way to the file's).
    pub diverged: Option<usize>,
}

/// Whether `a` and `b` are files of one unit (its name, ignoring
/// surrounding spaces), year and rubric version: one replaces the other in
/// the roll-up, and a file coming back is told apart from its copy.
fn same_file(a: &Assessment, b: &Assessment) -> bool {
    a.rubric.id == b.rubric.id
        && a.rubric.version == b.rubric.version
        && a.year == b.year
        && a.unit.trim() == b.unit.trim()
}

/// The kept assessment of rubric `id` at `version` for `a`'s unit and
/// year: where a carry-over of `a` to that version is (or would be) kept.
pub fn kept_for(entries: &[Rc<Entry>], a: &Assessment, id: &str, version: &str) -> Option<u64> {
    entries
        .iter()
        .find(|e| {
            let b = &e.assessment;
            b.rubric.id == id
                && b.rubric.version == version
                && b.year == a.year
                && b.unit.trim() == a.unit.trim()
        })
        .map(|e| e.id)
}

impl Store {
    /// The open entry.
    pub fn current(&self) -> Option<&Rc<Entry>> {
        let id = self.open?;
        self.entries.iter().find(|e| e.id == id)
    }

    fn entry_mut(&mut self, id: u64) -> Option<&mut Entry> {
        self.entries
            .iter_mut()
            .find(|e| e.id == id)
            .map(Rc::make_mut)
    }

    fn current_mut(&mut self) -> Option<&mut Entry> {
        let id = self.open?;
        self.entry_mut(id)
    }

    fn add(&mut self, assessment: Assessment) -> u64 {
        let id = self
            .next_id
            .max(self.entries.iter().map(|e| e.id + 1).max().unwrap_or(0));
        self.next_id = id + 1;
        self.entries.insert(
            0,
            Rc::new(Entry {
                id,
                assessment,
                screen: Screen::Scoring,
                section: None,
                exported: None,
                unexported_since: None,
                counted: false,
            }),
        );
        id
    }

    /// Marks `id` as the file its unit counts with in the roll-up, and
    /// none of its unit's other files of that rubric and year.
    fn count_file(&mut self, id: u64) {
        let Some(chosen) = self.entries.iter().find(|e| e.id == id).cloned() else {
            return;
        };
        let a = &chosen.assessment;
        for e in &mut self.entries {
            let same = same_file(&e.assessment, a);
            let counted = e.id == id;
            if same && e.counted != counted {
                Rc::make_mut(e).counted = counted;
            }
        }
    }

    /// Records that `id` holds a change no export has yet, made `today`.
    fn mark_changed(&mut self, id: u64, today: &str) {
        if let Some(e) = self.entry_mut(id) {
            if e.unexported_since.is_none() {
                e.unexported_since = Some(today.to_owned());
            }
        }
    }

    /// The rubrics known to this browser: the shipped ones and the imported.
    pub fn catalogue(&self) -> Catalogue {
        Catalogue::new(&crate::rubrics::read_imported(&self.rubrics), &[])
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}

impl AppState {
    /// Why the file of a shipped rubric could not be fetched, if it could not.
    pub fn fetch_failure(&self, id: &str, version: &str) -> Option<&String> {
        self.fetch_failed
            .iter()
            .find(|(i, v, _)| i == id && v == version)
            .map(|(_, _, why)| why)
    }

    fn forget_fetch_failure(&mut self, id: &str, version: &str) {
        self.fetch_failed
            .retain(|(i, v, _)| i != id || v != version);
    }

    /// Applies one action. Public so that tests can drive the state without
    /// a browser.
    pub fn apply(&mut self, action: Action) {
        // The assessment whose answers or header the action changes.
        let changes = match &action {
            Action::SetMeta(..)
            | Action::SetFact(..)
            | Action::SetValue(..)
            | Action::SetNa(..)
            | Action::SetNote(..)
            | Action::AddRows(..)
            | Action::RemoveRow(..)
            | Action::EditRow(..)
            | Action::SetRowStatus(..)
            | Action::MoveRowUp(..) => self.store.open,
            Action::Rename(id, _) => Some(*id),
            _ => None,
        };
        // The entry as it was, to tell afterwards whether it changed: an
        // action that changes nothing (a bad row index, a year that is no
        // year) records no change for export.
        let before = changes.and_then(|id| self.store.entries.iter().find(|e| e.id == id).cloned());
        // The unit's work changes only in its turn: not while it waits for
        // review, is reviewed or is signed off.
        if before
            .as_ref()
            .is_some_and(|e| e.assessment.review.editable_by() != Some(Side::Unit))
        {
            return;
        }
        let today = self.today.clone();
        let lang = self.store.lang;
        let store = &mut self.store;
        match action {
            Action::Restore(saved) => *store = saved,
            Action::Storage(s) => self.storage = s,
            Action::SetLang(lang) => store.lang = lang,
            Action::Create(new) => {
                let unit = new.unit.trim();
                if unit.is_empty() || !YEARS.contains(&new.year) {
                    return;
                }
                let mut assessment = Assessment::new(new.rubric, unit, new.year);
                assessment.assessor = new.assessor.trim().to_owned();
                assessment.date = new.date.trim().to_owned();
                let id = store.add(assessment);
                store.open = Some(id);
                store.mark_changed(id, &today);
            }
            Action::Open(id) => {
                if store.entries.iter().any(|e| e.id == id) {
                    store.open = Some(id);
                }
            }
            Action::Close => store.open = None,
            Action::OpenSummary(rubric, version, year) => {
                store.open = None;
                let kept = store.summary.take().unwrap_or(SummaryPick {
                    rubric: String::new(),
                    version: String::new(),
                    year,
                    sort: SortBy::Files,
                    failing_only: false,
                    committee: String::new(),
                    problems_shown: false,
                    compare: None,
                });
                store.summary = Some(SummaryPick {
                    rubric,
                    version,
                    year,
                    // Another roll-up compares no unit until asked.
                    compare: None,
                    ..kept
                });
            }
            Action::CloseSummary => store.summary = None,
            Action::SortSummary(by) => {
                if let Some(p) = &mut store.summary {
                    p.sort = by;
                }
            }
            Action::FailingOnly(on) => {
                if let Some(p) = &mut store.summary {
                    p.failing_only = on;
                }
            }
            Action::CountFile(id) => store.count_file(id),
            Action::CompareUnit(unit) => {
                if let Some(p) = &mut store.summary {
                    p.compare = unit.map(|u| u.trim().to_owned());
                }
            }
            Action::ShowProblems(on) => {
                if let Some(p) = &mut store.summary {
                    p.problems_shown = on;
                }
            }
            Action::SetCommittee(name) => {
                if let Some(p) = &mut store.summary {
                    p.committee = name;
                }
            }
            Action::CarryOver(id) => {
                let catalogue = Catalogue::new(
                    &crate::rubrics::read_imported(&store.rubrics),
                    &self.fetched,
                );
                let Some(e) = store.entries.iter().find(|e| e.id == id) else {
                    return;
                };
                let old = &e.assessment.rubric;
                let from = catalogue.for_ref(old);
                let to = catalogue
                    .successor(old)
                    .and_then(|m| catalogue.for_ref(&m.reference()));
                let (Some(from), Some(to)) = (from, to) else {
                    return;
                };
                // Carried over before (or started anew): that one opens, and
                // no second assessment of the unit and year is made.
                let existing = kept_for(&store.entries, &e.assessment, &to.id, &to.version);
                if let Some(id) = existing {
                    store.open = Some(id);
                    return;
                }
                let (new, carried) =
                    ziping_engine::carry::assessment_for(&e.assessment, &from, &to);
                let titles = |r: &Rubric, ids: &mut dyn Iterator<Item = &String>| {
                    ids.map(|id| r.item_title(id)).collect()
                };
                self.notice = Some(Notice::CarriedOver {
                    from: from.version.clone(),
                    to: to.version.clone(),
                    kept: carried.kept.len(),
                    to_answer: titles(&to, &mut carried.to_answer()),
                    removed: titles(&from, &mut carried.removed.iter()),
                });
                let id = store.add(new);
                store.open = Some(id);
                store.mark_changed(id, &today);
            }
            Action::Duplicate(id) => {
                if let Some(e) = store.entries.iter().find(|e| e.id == id) {
                    let mut copy = e.assessment.clone();
                    copy.unit.push_str(M::CopySuffix.get(lang));
                    copy.result = None;
                    // A copy is a new self-assessment: no review comes with it.
                    copy.review = Default::default();
                    let id = store.add(copy);
                    store.mark_changed(id, &today);
                }
            }
            Action::AskDelete(id) => self.confirm_delete = id,
            Action::Delete(id) => {
                store.entries.retain(|e| e.id != id);
                if store.open == Some(id) {
                    store.open = None;
                }
                self.confirm_delete = None;
            }
            Action::SetMeta(field, value) => {
                if let Some(e) = store.current_mut() {
                    set_meta(&mut e.assessment, field, value);
                }
            }
            Action::Rename(id, unit) => {
                let unit = unit.trim();
                if unit.is_empty() {
                    return;
                }
                if let Some(e) = store.entry_mut(id) {
                    e.assessment.unit = unit.to_owned();
                }
            }
            Action::SetFact(fact, answer) => {
                if let Some(e) = store.current_mut() {
                    let facts = &mut e.assessment.answers.facts;
                    match answer {
                        Some(a) => {
                            facts.insert(fact, a);
                        }
                        None => {
                            facts.remove(&fact);
                        }
                    }
                }
            }
            Action::SetValue(item, value) => {
                if let Some(e) = store.current_mut() {
                    let answer = e.assessment.answers.items.entry(item.clone()).or_default();
                    answer.value = value;
                    prune(&mut e.assessment, &item);
                }
            }
            Action::SetNa(item, na) => {
                if let Some(e) = store.current_mut() {
                    e.assessment
                        .answers
                        .items
                        .entry(item.clone())
                        .or_default()
                        .na = na;
                    prune(&mut e.assessment, &item);
                }
            }
            Action::SetNote(item, note) => {
                if let Some(e) = store.current_mut() {
                    e.assessment
                        .answers
                        .items
                        .entry(item.clone())
                        .or_default()
                        .note = note;
                    prune(&mut e.assessment, &item);
                }
            }
            Action::GoSection(section) => {
                if let Some(e) = store.current_mut() {
                    e.section = Some(section);
                    e.screen = Screen::Scoring;
                }
            }
            Action::GoScreen(screen) => {
                if let Some(e) = store.current_mut() {
                    e.screen = screen;
                }
            }
            Action::ImportAssessments(files) => self.import_assessments(files),
            Action::ImportRubric(name, text) => self.import_rubric(&name, &text, Vec::new()),
            Action::WorkbookRead(name, read) => self.workbook_read(name, read),
            Action::WorkbookDone => {
                if self.notice == Some(Notice::WorkbookBusy) {
                    self.notice = None;
                }
            }
            Action::AddRows(rows) => {
                if let Some(e) = store.current_mut() {
                    e.assessment.rectification.extend(rows);
                }
            }
            Action::RemoveRow(i) => {
                if let Some(e) = store.current_mut() {
                    if i < e.assessment.rectification.len() {
                        e.assessment.rectification.remove(i);
                    }
                }
            }
            Action::EditRow(i, field, value) => {
                if let Some(row) = store
                    .current_mut()
                    .and_then(|e| e.assessment.rectification.get_mut(i))
                {
                    match field {
                        RowField::Problem => row.problem = value,
                        RowField::Measure => row.measure = value,
                        RowField::Department => row.department = value,
                        RowField::Deadline => row.deadline = value,
                        RowField::Note => row.note = value,
                    }
                }
            }
            Action::SetRowStatus(i, status) => {
                if let Some(row) = store
                    .current_mut()
                    .and_then(|e| e.assessment.rectification.get_mut(i))
                {
                    row.status = status;
                }
            }
            Action::MoveRowUp(i) => {
                if let Some(e) = store.current_mut() {
                    if i > 0 && i < e.assessment.rectification.len() {
                        e.assessment.rectification.swap(i - 1, i);
                    }
                }
            }
            Action::RubricFetched(r) => {
                self.forget_fetch_failure(&r.id, &r.version);
                if !self
                    .fetched
                    .iter()
                    .any(|f| f.id == r.id && f.version == r.version)
                {
                    self.fetched.push(r);
                }
            }
            Action::RubricFetchFailed(id, version, why) => {
                self.forget_fetch_failure(&id, &version);
                self.fetch_failed.push((id, version, why));
            }
            Action::RetryRubric(id, version) => self.forget_fetch_failure(&id, &version),
            Action::Notify(n @ Notice::StoreUnreadable { .. }) => self.store_notice = Some(n),
            Action::Notify(n) => self.notice = Some(n),
            Action::Dismiss => self.notice = None,
            Action::DismissStoreNotice => self.store_notice = None,
            Action::Persisted(kept) => self.persisted = Some(kept),
            Action::Today(day) => self.today = day,
            Action::Exported(id, at) => {
                if let Some(e) = store.entry_mut(id) {
                    e.exported = Some(at);
                    e.unexported_since = None;
                }
            }
            Action::ExportedAll(at) => {
                for e in store.entries.iter_mut().map(Rc::make_mut) {
                    e.exported = Some(at.clone());
                    e.unexported_since = None;
                }
            }
            Action::Review(step) => self.review_step(step),
            Action::SetReviewValue(..)
            | Action::SetReviewNa(..)
            | Action::Reassess(..)
            | Action::SetComment(..) => self.review_edit(action),
            Action::DifferingOnly(on) => self.differing_only = on,
            Action::ResolveArrival(choice) => self.resolve_arrival(choice),
            Action::ArrivalAsCopy => self.arrival_as_copy(),
            Action::External { base, theirs } => {
                let open = store.open;
                let merged = crate::sync::merge(&base, store, &theirs);
                *store = merged.store;
                // Told only of the assessment on screen; the list shows the rest.
                if let Some((_, unit, deleted)) = merged
                    .replaced
                    .into_iter()
                    .find(|(id, ..)| Some(*id) == open)
                {
                    self.notice = Some(Notice::ChangedElsewhere { unit, deleted });
                }
            }
        }
        if let Some(before) = before {
            let changed = self
                .store
                .entries
                .iter()
                .find(|e| e.id == before.id)
                .is_some_and(|e| !Rc::ptr_eq(e, &before) && e.assessment != before.assessment);
            if changed {
                self.store.mark_changed(before.id, &today);
            }
        }
    }

    fn import_assessments(&mut self, files: Vec<ReadFile>) {
        if files.is_empty() {
            return;
        }
        // The imported rubrics are read once for the whole batch (and again
        // after a backup in it added some).
        let mut catalogue = self.store.catalogue();
        let single = files.len() == 1;
        let mut imported = Vec::new();
        let mut failed = Vec::new();
        for (file, text) in files {
            let value = text.and_then(|t| Assessment::parse(&t).map_err(ImportError::File));
            if let Ok(v) = &value {
                if v.get("format").and_then(|f| f.as_str()) == Some(BACKUP_FORMAT) {
                    let backup = value.and_then(backup_contents);
                    match backup.and_then(|b| self.import_backup(b)) {
                        Ok((added, known, rubrics)) if single => {
                            self.notice = Some(Notice::BackupImported {
                                file,
                                added: added.len(),
                                known,
                                rubrics,
                            });
                            return;
                        }
                        Ok((added, _, rubrics)) => {
                            imported.extend(added.into_iter().map(|unit| (file.clone(), unit)));
                            if rubrics > 0 {
                                catalogue = self.store.catalogue();
                            }
                        }
                        Err(error) => failed.push((file, error)),
                    }
                    continue;
                }
            }
            let parsed = value
                .and_then(|v| Assessment::from_value(v).map_err(ImportError::File))
                .and_then(|a| known_rubric(&catalogue, a));
            match parsed.map(|a| self.arrive(&file, a, single)) {
                Ok(review::Arrival::Added(unit)) => imported.push((file, unit)),
                Ok(review::Arrival::Told) => return,
                Err(error) | Ok(review::Arrival::Refused(error)) => failed.push((file, error)),
            }
        }
        self.notice = Some(if !single {
            Notice::ImportedBatch { imported, failed }
        } else if let Some((file, unit)) = imported.pop() {
            Notice::Imported { file, unit }
        } else if let Some((file, error)) = failed.pop() {
            Notice::ImportFailed { file, error }
        } else {
            return;
        });
    }

    /// Adds what a backup holds and this browser does not: its rubrics
    /// first, then each assessment not already kept here (equal in every
    /// answer), so that importing one backup twice changes nothing. Checked
    /// whole before anything is added: a faulty part changes nothing.
    /// Returns the units added, how many were known, and the rubrics added.
    fn import_backup(
        &mut self,
        (assessments, rubrics): Backup,
    ) -> Result<(Vec<String>, usize, usize), ImportError> {
        let mut texts = self.store.rubrics.clone();
        let mut catalogue = self.store.catalogue();
        let mut added_rubrics = 0;
        for (i, text) in rubrics.into_iter().enumerate() {
            let r = Rubric::from_json(&text).map_err(|e| ImportError::RubricInBackup {
                index: i + 1,
                problems: e.problems().to_vec(),
            })?;
            if catalogue.meta(&r.id, &r.version).is_none() {
                texts.push(text);
                catalogue = Catalogue::new(&crate::rubrics::read_imported(&texts), &[]);
                added_rubrics += 1;
            }
        }
        for (i, a) in assessments.iter().enumerate() {
            known_rubric(&catalogue, a.clone()).map_err(|e| ImportError::InBackup {
                index: i + 1,
                error: Box::new(e),
            })?;
        }
        self.store.rubrics = texts;
        let (mut added, mut known) = (Vec::new(), 0);
        // Oldest first, so the list keeps the backup's order.
        for a in assessments.into_iter().rev() {
            if self.store.entries.iter().any(|e| e.assessment == a) {
                known += 1;
            } else {
                added.push(a.unit.clone());
                self.store.add(a);
            }
        }
        added.reverse();
        Ok((added, known, added_rubrics))
    }

    /// A workbook read as a rubric: imported as its JSON text would be, or
    /// refused with its located problems; nothing changes when it fails.
    fn workbook_read(&mut self, file: String, read: Result<crate::workbook::ReadRubric, String>) {
        match read {
            Err(reason) => self.notice = Some(Notice::WorkbookUnavailable(reason)),
            Ok(crate::workbook::ReadRubric {
                rubric: Some(text),
                warnings,
                ..
            }) => self.import_rubric(&file, &text, warnings),
            Ok(read) => {
                self.notice = Some(Notice::WorkbookRejected {
                    file,
                    issues: read.issues,
                    truncated: read.truncated,
                })
            }
        }
    }

    fn import_rubric(&mut self, file: &str, text: &str, notes: Vec<String>) {
        let file = file.to_owned();
        self.notice = Some(match Rubric::from_json(text) {
            Ok(r) if self.store.catalogue().meta(&r.id, &r.version).is_some() => {
                Notice::RubricDuplicate {
                    file,
                    id: r.id,
                    version: r.version,
                }
            }
            Ok(r) => {
                self.store.rubrics.push(Rc::from(text));
                Notice::RubricAdded {
                    file,
                    title: r.title,
                    notes,
                }
            }
            Err(e) => Notice::RubricRejected {
                file,
                problems: e.problems().to_vec(),
            },
        });
    }
}

/// The assessment, if this browser knows its rubric.
fn known_rubric(catalogue: &Catalogue, a: Assessment) -> Result<Assessment, ImportError> {
    match catalogue.meta(&a.rubric.id, &a.rubric.version) {
        Some(_) => Ok(a),
        None => Err(ImportError::UnknownRubric {
            id: a.rubric.id.clone(),
            version: a.rubric.version.clone(),
            title: a.rubric.title.clone(),
            known: catalogue.versions(&a.rubric.id),
        }),
    }
}

/// What a backup file (its JSON, `format` already checked) holds.
fn backup_contents(mut value: serde_json::Value) -> Result<Backup, ImportError> {
    use ziping_engine::{Expect, Found, ProblemKind};
    let invalid = |path: &str, found: Option<&serde_json::Value>, expected: Expect| {
        let kind = match found {
            Some(v) => ProblemKind::InvalidType {
                found: Found::of(v),
                expected,
            },
            None => ProblemKind::MissingField {
                field: path.to_owned(),
            },
        };
        // A missing field is a problem of the object holding it.
        let at = if found.is_some() { path } else { "" };
        ImportError::File(AssessmentError::Invalid {
            path: at.to_owned(),
            kind,
        })
    };
    match value.get("format_version").and_then(|v| v.as_u64()) {
        Some(1) => {}
        Some(found) => {
            return Err(ImportError::File(AssessmentError::TooNew {
                found,
                supported: 1,
            }))
        }
        None => {
            let found = value.get("format_version");
            let one = Expect::Integer { min: 1, max: 1 };
            return Err(invalid("format_version", found, one));
        }
    }
    let mut list = |name: &str| match value.get_mut(name).map(serde_json::Value::take) {
        Some(serde_json::Value::Array(items)) => Ok(items),
        found => Err(invalid(name, found.as_ref(), Expect::List)),
    };
    let (list_a, list_r) = (list("assessments")?, list("rubrics")?);
    let mut assessments = Vec::with_capacity(list_a.len());
    for (i, a) in list_a.into_iter().enumerate() {
        match Assessment::from_value(a) {
            Ok(a) => assessments.push(a),
            Err(e) => {
                return Err(ImportError::InBackup {
                    index: i + 1,
                    error: Box::new(ImportError::File(e)),
                })
            }
        }
    }
    let mut rubrics = Vec::with_capacity(list_r.len());
    for (i, r) in list_r.into_iter().enumerate() {
        match r {
            serde_json::Value::String(t) => rubrics.push(Rc::from(t)),
            other => {
                let kind = ziping_engine::ProblemKind::InvalidType {
                    found: ziping_engine::Found::of(&other),
                    expected: ziping_engine::Expect::Text,
                };
                return Err(ImportError::RubricInBackup {
                    index: i + 1,
                    problems: vec![ziping_engine::Problem::new("", kind)],
                });
            }
        }
    }
    Ok((assessments, rubrics))
}

fn set_meta(a: &mut Assessment, field: MetaField, value: String) {
    match field {
        MetaField::Unit => a.unit = value,
        MetaField::Assessor => a.assessor = value,
        MetaField::Date => a.date = value,
        MetaField::Year => {
            if let Ok(y) = value.trim().parse::<i32>() {
                if YEARS.contains(&y) {
                    a.year = y;
                }
            }
        }
    }
}

/// Drops an item's answer once it holds nothing, so "cleared" and "never
/// answered" are the same thing in files.
fn prune(a: &mut Assessment, item: &str) {
    if let Some(ans) = a.answers.items.get(item) {
        if !ans.na && ans.note.is_empty() && ans.value.is_none() {
            a.answers.items.remove(item);
        }
    }
}

#[cfg(test)]
mod tests;
