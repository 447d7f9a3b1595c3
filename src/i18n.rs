//! The message catalogue. Every user-visible string of the interface is a
//! [`M`] variant; [`M::tr`] gives both languages in one struct literal, so a
//! missing translation does not compile. Rubric content (titles, quotes) is
//! Chinese data and is shown as written.

use serde::Serialize;

mod problems;
pub mod review;
pub mod review_table;
pub mod rules;
pub mod workbook;

pub use problems::{assessment_error_text, problem_kind_text, problem_text};

/// Interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub enum Lang {
    /// 简体中文 (default).
    #[default]
    Zh,
    /// English.
    En,
}

// Saved under serde's default names.
ziping_engine::from_json_names!(Lang { "Zh" => Lang::Zh, "En" => Lang::En });

impl Lang {
    /// The `lang` attribute value.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// Parses `zh`, `zh-CN`, `en`, `en-GB`…; anything else is `None`.
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim().to_ascii_lowercase();
        if s == "zh" || s.starts_with("zh-") {
            Some(Lang::Zh)
        } else if s == "en" || s.starts_with("en-") {
            Some(Lang::En)
        } else {
            None
        }
    }
}

/// One message in both languages.
#[derive(Debug, Clone, Copy)]
pub struct Tr {
    /// Chinese.
    pub zh: &'static str,
    /// English.
    pub en: &'static str,
}

/// Every fixed string of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum M {
    AppName,
    Tagline,
    LocalOnly,
    SwitchLanguage,
    SwitchLanguageLabel,
    StorageUnavailable,
    StorageFailed,
    Saved,
    Dismiss,
    NewAssessment,
    ChooseRubric,
    ItemsCount,
    ImportedRubric,
    Unit,
    UnitPlaceholder,
    Year,
    Assessor,
    Date,
    Start,
    UnitRequired,
    YearInvalid,
    SavedAssessments,
    NoAssessments,
    Open,
    Rename,
    Duplicate,
    CopySuffix,
    Delete,
    ConfirmDelete,
    Cancel,
    ImportAssessment,
    ImportAssessmentHint,
    ImportRubric,
    ImportRubricHint,
    Score,
    UpdatedScore,
    BackToList,
    RubricLoading,
    RubricLoadFailed,
    Retry,
    TabScoring,
    TabRectification,
    TabReport,
    Export,
    Print,
    Sections,
    Facts,
    FactsHint,
    Yes,
    No,
    NotAnswered,
    Points,
    PointsAtStake,
    Source,
    Requirement,
    ShowQuote,
    Evidence,
    EvidenceNote,
    NotApplicable,
    Responsible,
    Clear,
    Earned,
    AppliesOnlyIf,
    ConditionUnknown,
    MeasuredAt,
    LevelBranch,
    LevelCommittee,
    LevelHospital,
    LevelSystem,
    StatusMet,
    StatusPartly,
    StatusUnmet,
    StatusNa,
    StatusIncomplete,
    StatusInvalid,
    Numerator,
    Denominator,
    Rate,
    Threshold,
    CoverageRate,
    CoverageFull,
    CoverageShort,
    Verdict,
    PerMonth,
    PerQuarter,
    PerHalfYear,
    PerYear,
    Required,
    TimesUnit,
    CountGridHint,
    Count,
    Target,
    Done,
    PartlyDone,
    NotDone,
    Occurrences,
    BonusOccurrences,
    VetoQuestion,
    VetoOccurred,
    VetoNotOccurred,
    Due,
    CompletedOn,
    NotCompleted,
    OnTime,
    Late,
    Bonus,
    Deduction,
    PrevSection,
    NextSection,
    Total,
    Grade,
    NoGrade,
    Completion,
    SectionScores,
    VetoBanner,
    ReportItems,
    OpenCarried,
    ColRule,
    ColSelfScore,
    ColEvidence,
    ColClause,
    ColGap,
    WeaknessesSheet,
    PageFooter,
    ReviewHeading,
    ReviewName,
    ReviewReason,
    ReviewSubmit,
    ReviewResubmit,
    ReviewWithdraw,
    ReviewStart,
    ReviewReturn,
    ReviewSignOff,
    ReviewReopen,
    ReviewHintDraft,
    ReviewHintSubmitted,
    ReviewHintInReview,
    ReviewHintReturned,
    ReviewHintApproved,
    OwnScore,
    ReviewedScore,
    ScoreDifference,
    OwnTotal,
    ReviewedTotal,
    DifferingOnly,
    NoDifferences,
    ReviewHistory,
    SignedBy,
    AcceptOwn,
    Reassess,
    ReviewerAnswer,
    ReviewComment,
    ArrivalTitle,
    ArrivalHint,
    ArrivalDiverged,
    KeepHere,
    TakeFile,
    ArrivalApply,
    ArrivalCopy,
    HereVersion,
    FileVersion,
    ExportXlsx,
    ExportXlsxHint,
    WorkbookTools,
    WorkbookHint,
    WorkbookTemplate,
    WorkbookRubric,
    WorkbookExport,
    WorkbookBusy,
    WorkbookUnavailable,
    Subtotal,
    MissedBanner,
    Radar,
    IncompleteWarning,
    Shortfalls,
    NoShortfalls,
    Lost,
    GoToItem,
    Rectification,
    RectificationHint,
    Prefill,
    AddRow,
    RemoveRow,
    MoveUp,
    ColNo,
    ColProblem,
    ColMeasure,
    ColDepartment,
    ColDeadline,
    ColNote,
    ColStatus,
    RowOpen,
    RowInProgress,
    RowDone,
    NoRows,
    MeasurePrefill,
    ReportTitle,
    ReportRubric,
    ReportSection,
    ReportPossible,
    ReportEarned,
    ReportRate,
    ReportSum,
    ReportSignatures,
    SignSecretary,
    SignAssessor,
    SignDate,
    ReportGenerated,
    ExportCsv,
    ImportedOk,
    ImportFailedTitle,
    NotImported,
    ImportedLine,
    NotJson,
    NotAssessment,
    TooNew,
    BadField,
    RubricMismatch,
    UnknownRubric,
    KnownVersions,
    ImportRubricFirst,
    RubricAdded,
    RubricRejectedTitle,
    RubricDuplicate,
    Unreadable,
    StoreUnreadable,
    StoreKeptAt,
    StoreNotKept,
    DownloadUnreadable,
    ExportFailed,
    Skip,
    Summary,
    SummaryHint,
    OpenSummary,
    Roster,
    ColUnit,
    ColPassed,
    ColShort,
    ColCompletion,
    ColOpenRows,
    ColItem,
    ColSection,
    ColChange,
    CompareYears,
    Worse,
    NoWorse,
    CloseCompare,
    ColReason,
    SummaryCommittee,
    ColRubric,
    ColFiles,
    ColUnits,
    ColPassing,
    ColLost,
    Vetoed,
    SortLabel,
    SortFiles,
    SortTotal,
    SortShortfall,
    SortCompletion,
    FailingOnly,
    NoFailing,
    Weaknesses,
    NoWeaknesses,
    MergedProblems,
    NoProblems,
    Apart,
    Replaced,
    OtherYearFile,
    OtherVersionFile,
    CountThis,
    ExportRoster,
    ExportWeaknesses,
    ExportProblems,
    PrintSummary,
    SummaryYear,
    SummaryPending,
    FillLinked,
    LinkedDiffers,
    LinkedFilled,
    OpenLinkedSummary,
    ClosestToPass,
    PrintedOn,
    ChangedElsewhere,
    DeletedElsewhere,
    ChangedElsewhereHint,
    TooLarge,
    NotText,
    ExportDueComplete,
    ExportDueOld,
    ColExported,
    ChangedSinceExport,
    NotExported,
    SavedForGood,
    Evictable,
    Backup,
    BackupHint,
}

impl M {
    /// Both translations of the message.
    pub const fn tr(self) -> Tr {
        match self {
            M::AppName => Tr {
                zh: "党建自评",
                en: "Party-building self-assessment",
            },
            M::Tagline => Tr {
                zh: "对照考核细则逐项自评，分数、差距与整改清单即时生成。",
                en: "Score your party-building work item by item; see the total, the gaps and a rectification list at once.",
            },
            M::LocalOnly => Tr {
                zh: "数据只保存在本机浏览器，不会上传",
                en: "Stays in this browser; nothing is uploaded",
            },
            M::SwitchLanguage => Tr {
                zh: "English",
                en: "中文",
            },
            M::SwitchLanguageLabel => Tr {
                zh: "Switch to English",
                en: "切换到中文",
            },
            M::StorageUnavailable => Tr {
                zh: "本浏览器不允许保存数据：填写内容只在本页打开期间保留，请及时“导出”文件保存。",
                en: "This browser does not allow saving: your work lasts only while this page is open. Use “Export” to keep it.",
            },
            M::StorageFailed => Tr {
                zh: "自动保存失败（存储空间可能已满）：请“导出”文件保存当前内容。",
                en: "Autosave failed (storage may be full): use “Export” to keep your work.",
            },
            M::Saved => Tr {
                zh: "已自动保存",
                en: "Saved automatically",
            },
            M::Dismiss => Tr {
                zh: "关闭",
                en: "Dismiss",
            },
            M::NewAssessment => Tr {
                zh: "新建自评",
                en: "New assessment",
            },
            M::ChooseRubric => Tr {
                zh: "考核细则",
                en: "Rubric",
            },
            M::ItemsCount => Tr {
                zh: "项",
                en: "items",
            },
            M::ImportedRubric => Tr {
                zh: "导入",
                en: "imported",
            },
            M::Unit => Tr {
                zh: "单位/支部名称",
                en: "Unit / branch",
            },
            M::UnitPlaceholder => Tr {
                zh: "如：内科第一党支部",
                en: "e.g. Internal Medicine Branch 1",
            },
            M::Year => Tr {
                zh: "考核年度",
                en: "Year assessed",
            },
            M::Assessor => Tr {
                zh: "填表人",
                en: "Assessed by",
            },
            M::Date => Tr {
                zh: "填表日期",
                en: "Date",
            },
            M::Start => Tr {
                zh: "开始自评",
                en: "Start",
            },
            M::UnitRequired => Tr {
                zh: "请填写单位/支部名称",
                en: "Enter the unit or branch name",
            },
            // The bounds of ziping_engine::YEARS.
            M::YearInvalid => Tr {
                zh: "请填写 1921 至 2999 年之间的年份",
                en: "Enter a year from 1921 to 2999",
            },
            M::SavedAssessments => Tr {
                zh: "已保存的自评",
                en: "Saved assessments",
            },
            M::NoAssessments => Tr {
                zh: "还没有自评记录。选择考核细则并填写单位名称即可开始。",
                en: "No assessments yet. Choose a rubric and enter the unit to start.",
            },
            M::Open => Tr {
                zh: "打开",
                en: "Open",
            },
            M::Rename => Tr {
                zh: "改名",
                en: "Rename",
            },
            M::Duplicate => Tr {
                zh: "复制",
                en: "Duplicate",
            },
            // Appended to the unit of a duplicated assessment.
            M::CopySuffix => Tr {
                zh: "（副本）",
                en: " (copy)",
            },
            M::Delete => Tr {
                zh: "删除",
                en: "Delete",
            },
            M::ConfirmDelete => Tr {
                zh: "确定删除这份自评？删除后无法恢复（已导出的文件不受影响）。",
                en: "Delete this assessment? This cannot be undone (exported files are not affected).",
            },
            M::Cancel => Tr {
                zh: "取消",
                en: "Cancel",
            },
            M::ImportAssessment => Tr {
                zh: "导入自评文件",
                en: "Import an assessment file",
            },
            M::ImportAssessmentHint => Tr {
                zh: "选择或拖入由本工具导出的 .json 文件（自评文件或全部备份），可一次多份（如各支部的自评文件）；每份单独导入，有误的文件不会改动现有内容。",
                en: "Choose or drop .json files exported by this app (assessments or a backup), several at once if need be (say, every branch's); each is imported on its own, and a faulty file changes nothing.",
            },
            M::ImportRubric => Tr {
                zh: "导入考核细则文件",
                en: "Import a rubric file",
            },
            M::ImportRubricHint => Tr {
                zh: "选择或拖入 Excel/WPS 考核细则工作簿（.xlsx，可先下载 Excel 模板）或按《考核细则文件格式》编写的 .json 文件；有误的文件不会被导入，并逐处指出问题所在。",
                en: "Choose or drop an Excel/WPS rubric workbook (.xlsx; the Excel template is a start) or a .json rubric written to the rubric file format; a faulty file is not imported, and each problem is located.",
            },
            M::Score => Tr {
                zh: "得分",
                en: "Score",
            },
            M::UpdatedScore => Tr {
                zh: "总分",
                en: "Total",
            },
            M::BackToList => Tr {
                zh: "返回列表",
                en: "Back to list",
            },
            M::RubricLoading => Tr {
                zh: "正在载入评分细则……",
                en: "Loading the rubric…",
            },
            M::RubricLoadFailed => Tr {
                zh: "评分细则文件未能载入，已填写的内容没有丢失。请检查网络连接后重试。",
                en: "The rubric's file could not be loaded. Nothing you entered is lost. Check the connection and try again.",
            },
            M::Retry => Tr {
                zh: "重试",
                en: "Try again",
            },
            M::TabScoring => Tr {
                zh: "逐项评分",
                en: "Score items",
            },
            M::TabRectification => Tr {
                zh: "问题与整改",
                en: "Gaps & rectification",
            },
            M::TabReport => Tr {
                zh: "报告",
                en: "Report",
            },
            M::Export => Tr {
                zh: "导出文件",
                en: "Export file",
            },
            M::Print => Tr {
                zh: "打印 / 存为 PDF",
                en: "Print / save as PDF",
            },
            M::Sections => Tr {
                zh: "章节",
                en: "Sections",
            },
            M::Facts => Tr {
                zh: "基本情况",
                en: "About the unit",
            },
            M::FactsHint => Tr {
                zh: "以下情况决定部分条目是否适用。",
                en: "These decide whether some items apply.",
            },
            M::Yes => Tr {
                zh: "是",
                en: "Yes",
            },
            M::No => Tr {
                zh: "否",
                en: "No",
            },
            M::NotAnswered => Tr {
                zh: "未填",
                en: "Not answered",
            },
            M::Points => Tr {
                zh: "分",
                en: "pts",
            },
            M::PointsAtStake => Tr {
                zh: "分值",
                en: "Points",
            },
            M::Source => Tr {
                zh: "出处",
                en: "Source",
            },
            M::Requirement => Tr {
                zh: "要求",
                en: "Requirement",
            },
            M::ShowQuote => Tr {
                zh: "查看原文",
                en: "Show original text",
            },
            M::Evidence => Tr {
                zh: "佐证材料",
                en: "Evidence",
            },
            M::EvidenceNote => Tr {
                zh: "台账/佐证说明",
                en: "Evidence note (records)",
            },
            M::NotApplicable => Tr {
                zh: "不适用",
                en: "Not applicable",
            },
            M::Responsible => Tr {
                zh: "责任单位",
                en: "Responsible",
            },
            M::Clear => Tr {
                zh: "清除",
                en: "Clear",
            },
            M::Earned => Tr {
                zh: "得分",
                en: "Earned",
            },
            M::AppliesOnlyIf => Tr {
                zh: "适用条件",
                en: "Applies only if",
            },
            M::ConditionUnknown => Tr {
                zh: "请先在“基本情况”中填写",
                en: "Answer “About the unit” first",
            },
            M::MeasuredAt => Tr {
                zh: "统计层级",
                en: "Measured at",
            },
            M::LevelBranch => Tr {
                zh: "党支部",
                en: "branch",
            },
            M::LevelCommittee => Tr {
                zh: "党委/党总支",
                en: "committee",
            },
            M::LevelHospital => Tr {
                zh: "医院/单位",
                en: "hospital / unit",
            },
            M::LevelSystem => Tr {
                zh: "系统",
                en: "system",
            },
            M::StatusMet => Tr {
                zh: "达标",
                en: "Met",
            },
            M::StatusPartly => Tr {
                zh: "部分达标",
                en: "Partly met",
            },
            M::StatusUnmet => Tr {
                zh: "未达标",
                en: "Not met",
            },
            M::StatusNa => Tr {
                zh: "不适用",
                en: "N/A",
            },
            M::StatusIncomplete => Tr {
                zh: "未填",
                en: "Not answered",
            },
            M::StatusInvalid => Tr {
                zh: "填写有误",
                en: "Invalid",
            },
            M::Numerator => Tr {
                zh: "分子",
                en: "Numerator",
            },
            M::Denominator => Tr {
                zh: "分母",
                en: "Denominator",
            },
            M::Rate => Tr {
                zh: "比率",
                en: "Rate",
            },
            M::CoverageRate => Tr {
                zh: "覆盖率",
                en: "Coverage",
            },
            M::CoverageFull => Tr {
                zh: "全覆盖",
                en: "Everyone reached",
            },
            M::CoverageShort => Tr {
                zh: "未全覆盖",
                en: "Not everyone reached",
            },
            M::Threshold => Tr {
                zh: "要求",
                en: "Required",
            },
            M::Verdict => Tr {
                zh: "结论",
                en: "Verdict",
            },
            M::PerMonth => Tr {
                zh: "每月",
                en: "per month",
            },
            M::PerQuarter => Tr {
                zh: "每季度",
                en: "per quarter",
            },
            M::PerHalfYear => Tr {
                zh: "每半年",
                en: "per half-year",
            },
            M::PerYear => Tr {
                zh: "每年",
                en: "per year",
            },
            M::Required => Tr {
                zh: "应开",
                en: "required",
            },
            M::TimesUnit => Tr {
                zh: "次",
                en: "times",
            },
            M::CountGridHint => Tr {
                zh: "填写每个时段实际次数；该时段不适用（如支部尚未成立）填“-”。",
                en: "Enter the number held in each period; “-” for a period that does not apply (e.g. before the branch existed).",
            },
            M::Count => Tr {
                zh: "实际数量",
                en: "Count",
            },
            M::Target => Tr {
                zh: "目标",
                en: "Target",
            },
            M::Done => Tr {
                zh: "已完成",
                en: "Done",
            },
            M::PartlyDone => Tr {
                zh: "部分完成",
                en: "Partly done",
            },
            M::NotDone => Tr {
                zh: "未完成",
                en: "Not done",
            },
            M::Occurrences => Tr {
                zh: "发生次数",
                en: "Occurrences",
            },
            M::BonusOccurrences => Tr {
                zh: "加分事项次数",
                en: "Occurrences earning a bonus",
            },
            M::VetoQuestion => Tr {
                zh: "是否发生",
                en: "Did it occur?",
            },
            M::VetoOccurred => Tr {
                zh: "发生（一票否决）",
                en: "Occurred (veto)",
            },
            M::VetoNotOccurred => Tr {
                zh: "未发生",
                en: "Did not occur",
            },
            M::Due => Tr {
                zh: "时限",
                en: "Due",
            },
            M::CompletedOn => Tr {
                zh: "完成日期",
                en: "Completed on",
            },
            M::NotCompleted => Tr {
                zh: "尚未完成",
                en: "Not completed",
            },
            M::OnTime => Tr {
                zh: "按时完成",
                en: "On time",
            },
            M::Late => Tr {
                zh: "逾期完成",
                en: "Late",
            },
            M::Bonus => Tr {
                zh: "加分",
                en: "Bonus",
            },
            M::Deduction => Tr {
                zh: "扣分",
                en: "Deduction",
            },
            M::PrevSection => Tr {
                zh: "上一章",
                en: "Previous section",
            },
            M::NextSection => Tr {
                zh: "下一章",
                en: "Next section",
            },
            M::Total => Tr {
                zh: "总分",
                en: "Total",
            },
            M::Grade => Tr {
                zh: "等次",
                en: "Grade",
            },
            M::NoGrade => Tr {
                zh: "未定",
                en: "none",
            },
            M::Completion => Tr {
                zh: "已填",
                en: "Answered",
            },
            M::SectionScores => Tr {
                zh: "分项得分",
                en: "Section scores",
            },
            M::VetoBanner => Tr {
                zh: "一票否决",
                en: "Veto",
            },
            M::OpenCarried => Tr {
                zh: "打开新版本自评",
                en: "Open the current version's assessment",
            },
            M::ReportItems => Tr {
                zh: "逐项评分表",
                en: "Scores item by item",
            },
            M::ColRule => Tr {
                zh: "评分标准",
                en: "Scoring rule",
            },
            M::ColSelfScore => Tr {
                zh: "自评分",
                en: "Self-assessed",
            },
            M::ColEvidence => Tr {
                zh: "说明/佐证",
                en: "Notes and evidence",
            },
            M::ColClause => Tr {
                zh: "依据条款",
                en: "Source clause",
            },
            M::PageFooter => Tr {
                zh: "第 &P 页，共 &N 页",
                en: "Page &P of &N",
            },
            M::WeaknessesSheet => Tr {
                zh: "共性问题",
                en: "Common weaknesses",
            },
            M::ColGap => Tr {
                zh: "差距",
                en: "Gap",
            },
            M::ReviewHeading => Tr {
                zh: "审核",
                en: "Review",
            },
            M::ReviewName => Tr {
                zh: "姓名或单位",
                en: "Name or unit",
            },
            M::ReviewReason => Tr {
                zh: "重新打开的原因",
                en: "Reason for reopening",
            },
            M::ReviewSubmit => Tr {
                zh: "提交审核",
                en: "Submit for review",
            },
            M::ReviewResubmit => Tr {
                zh: "修改后重新提交",
                en: "Resubmit after revising",
            },
            M::ReviewWithdraw => Tr {
                zh: "撤回提交",
                en: "Withdraw the submission",
            },
            M::ReviewStart => Tr {
                zh: "开始审核",
                en: "Start the review",
            },
            M::ReviewReturn => Tr {
                zh: "退回修改",
                en: "Return for revision",
            },
            M::ReviewSignOff => Tr {
                zh: "审定签字",
                en: "Sign off",
            },
            M::ReviewReopen => Tr {
                zh: "重新打开",
                en: "Reopen",
            },
            M::ReviewHintDraft => Tr {
                zh: "支部自评完成后提交审核，再导出文件交党委（党总支）。党委（党总支）收到未提交的文件也可直接开始审核。",
                en: "When the self-assessment is done, submit it, then export the file for the committee. A committee that receives a file not submitted can start the review directly.",
            },
            M::ReviewHintSubmitted => Tr {
                zh: "已提交，等待审核，自评内容不能再改。党委（党总支）导入后开始审核；支部如需修改，可在审核开始前撤回。",
                en: "Submitted and waiting for review; the answers cannot change. The committee starts the review once imported; the branch can withdraw it before then to make changes.",
            },
            M::ReviewHintInReview => Tr {
                zh: "审核中：逐项认可自评，或以相同的方式另行评定并填写审核意见。完成后退回修改或审定签字，再导出文件交回支部。",
                en: "Under review: accept each item's self-assessment, or assess it anew with the same input and comment. Then return it or sign it off, and export the file for the branch.",
            },
            M::ReviewHintReturned => Tr {
                zh: "已退回：请查看各项的审核意见与差异，修改后重新提交，再导出文件交党委（党总支）。",
                en: "Returned: read each item's comment and difference, revise, resubmit and export the file for the committee.",
            },
            M::ReviewHintApproved => Tr {
                zh: "已审定，全部内容只读。如需改动，须填写原因重新打开。",
                en: "Signed off: everything is read-only. To change anything, reopen it with a reason.",
            },
            M::OwnScore => Tr {
                zh: "自评分",
                en: "Self-assessed",
            },
            M::ReviewedScore => Tr {
                zh: "考核分",
                en: "Reviewed",
            },
            M::ScoreDifference => Tr {
                zh: "差异",
                en: "Difference",
            },
            M::OwnTotal => Tr {
                zh: "自评总分",
                en: "Self-assessed total",
            },
            M::ReviewedTotal => Tr {
                zh: "考核总分",
                en: "Reviewed total",
            },
            M::DifferingOnly => Tr {
                zh: "只看有差异的项",
                en: "Only items where the review differs",
            },
            M::NoDifferences => Tr {
                zh: "审核与自评没有差异。",
                en: "The review does not differ anywhere.",
            },
            M::ReviewHistory => Tr {
                zh: "审核记录",
                en: "Review history",
            },
            M::SignedBy => Tr {
                zh: "审定人",
                en: "Signed off by",
            },
            M::AcceptOwn => Tr {
                zh: "认可自评",
                en: "Accept the self-assessment",
            },
            M::Reassess => Tr {
                zh: "另行评定",
                en: "Assess anew",
            },
            M::ReviewerAnswer => Tr {
                zh: "考核认定",
                en: "Reviewer's finding",
            },
            M::ReviewComment => Tr {
                zh: "审核意见",
                en: "Reviewer's comment",
            },
            M::ArrivalTitle => Tr {
                zh: "文件与本机的内容不一致，请逐项选择",
                en: "The file differs from this browser's copy: choose item by item",
            },
            M::ArrivalHint => Tr {
                zh: "以下各项本机与文件不同。未选择的部分以文件为准；取消则不作任何更改。",
                en: "These parts differ between this browser and the file. Everything else is taken from the file; cancel to change nothing.",
            },
            M::ArrivalDiverged => Tr {
                zh: "本机在文件之外另有审核步骤（如撤回），合并后以文件的审核记录为准。",
                en: "This browser took review steps the file does not have (such as a withdrawal); once merged, the file's review record stands.",
            },
            M::KeepHere => Tr {
                zh: "保留本机",
                en: "Keep this browser's",
            },
            M::TakeFile => Tr {
                zh: "采用文件",
                en: "Take the file's",
            },
            M::ArrivalApply => Tr {
                zh: "按所选合并",
                en: "Merge as chosen",
            },
            M::ArrivalCopy => Tr {
                zh: "另存为一份",
                en: "Keep the file as a separate copy",
            },
            M::HereVersion => Tr {
                zh: "本机",
                en: "This browser",
            },
            M::FileVersion => Tr {
                zh: "文件",
                en: "File",
            },
            M::ExportXlsx => Tr {
                zh: "导出 Excel",
                en: "Export Excel",
            },
            M::ExportXlsxHint => Tr {
                zh: "一个 .xlsx 文件，每张表一个工作表，首行冻结，按 A4 打印。",
                en: "One .xlsx file, a sheet per table, header row frozen, set up for A4.",
            },
            M::WorkbookTools => Tr {
                zh: "Excel 细则工作簿",
                en: "Rubric workbooks (Excel)",
            },
            M::WorkbookHint => Tr {
                zh: "在 Excel 或 WPS 中编写考核细则：下载模板，按“填写说明”工作表填写，保存为 .xlsx 后用“导入考核细则文件”导入。也可把任一细则导出为工作簿，修改后再导入。",
                en: "Write a rubric in Excel or WPS: download the template, fill it in as its sheet 填写说明 explains, save it as .xlsx and import it with “Import a rubric file”. Any rubric can also be exported as a workbook, edited and imported again.",
            },
            M::WorkbookTemplate => Tr {
                zh: "下载 Excel 模板",
                en: "Download the Excel template",
            },
            M::WorkbookRubric => Tr {
                zh: "要导出的细则",
                en: "Rubric to export",
            },
            M::WorkbookExport => Tr {
                zh: "导出为 Excel",
                en: "Export as Excel",
            },
            M::WorkbookBusy => Tr {
                zh: "正在处理 Excel 工作簿…",
                en: "Working on the Excel workbook…",
            },
            M::WorkbookUnavailable => Tr {
                zh: "未能加载 Excel 功能，未作任何更改。请刷新本页后重试。",
                en: "The Excel feature could not be loaded; nothing was changed. Reload this page and try again.",
            },
            M::Subtotal => Tr {
                zh: "小计",
                en: "Subtotal",
            },
            M::MissedBanner => Tr {
                zh: "必须开展而未开展",
                en: "Required but not done",
            },
            M::Radar => Tr {
                zh: "各部分得分率",
                en: "Share of points by section",
            },
            M::IncompleteWarning => Tr {
                zh: "尚有条目未填，分数为当前已填部分的得分。",
                en: "Some items are unanswered; the score counts only what is answered.",
            },
            M::Shortfalls => Tr {
                zh: "失分项",
                en: "Items losing points",
            },
            M::NoShortfalls => Tr {
                zh: "没有失分项。",
                en: "No item loses points.",
            },
            M::Lost => Tr {
                zh: "失分",
                en: "Lost",
            },
            M::GoToItem => Tr {
                zh: "去填写",
                en: "Go to item",
            },
            M::Rectification => Tr {
                zh: "问题清单",
                en: "Rectification list",
            },
            M::RectificationHint => Tr {
                zh: "按粤二医党〔2018〕90号附件格式；可从失分项一键生成，再逐条修改。",
                en: "In the format of the annex to 粤二医党〔2018〕90号; generate from the shortfalls, then edit.",
            },
            M::Prefill => Tr {
                zh: "从失分项生成",
                en: "Generate from shortfalls",
            },
            M::AddRow => Tr {
                zh: "添加一行",
                en: "Add a row",
            },
            M::RemoveRow => Tr {
                zh: "删除此行",
                en: "Remove row",
            },
            M::MoveUp => Tr {
                zh: "上移",
                en: "Move up",
            },
            M::ColNo => Tr {
                zh: "序号",
                en: "No.",
            },
            M::ColProblem => Tr {
                zh: "存在主要问题",
                en: "Main problem",
            },
            M::ColMeasure => Tr {
                zh: "整改措施",
                en: "Corrective measure",
            },
            M::ColDepartment => Tr {
                zh: "责任部门",
                en: "Responsible department",
            },
            M::ColDeadline => Tr {
                zh: "完成时限",
                en: "Deadline",
            },
            M::ColNote => Tr {
                zh: "备注",
                en: "Notes",
            },
            M::ColStatus => Tr {
                zh: "状态",
                en: "Status",
            },
            M::RowOpen => Tr {
                zh: "未整改",
                en: "Open",
            },
            M::RowInProgress => Tr {
                zh: "整改中",
                en: "In progress",
            },
            M::RowDone => Tr {
                zh: "已完成",
                en: "Done",
            },
            M::NoRows => Tr {
                zh: "问题清单为空。",
                en: "The list is empty.",
            },
            M::MeasurePrefill => Tr {
                zh: "对照要求补齐短板，完善台账",
                en: "Close the gap against the requirement and complete the records",
            },
            M::ReportTitle => Tr {
                zh: "党建工作自评报告",
                en: "Party-building self-assessment report",
            },
            M::ReportRubric => Tr {
                zh: "考核细则",
                en: "Rubric",
            },
            M::ReportSection => Tr {
                zh: "考核内容",
                en: "Section",
            },
            M::ReportPossible => Tr {
                zh: "分值",
                en: "Points",
            },
            M::ReportEarned => Tr {
                zh: "得分",
                en: "Earned",
            },
            M::ReportRate => Tr {
                zh: "得分率",
                en: "Share",
            },
            M::ReportSum => Tr {
                zh: "合计",
                en: "Total",
            },
            M::ReportSignatures => Tr {
                zh: "签字",
                en: "Signatures",
            },
            M::SignSecretary => Tr {
                zh: "党组织书记（签字）：",
                en: "Party secretary (signature):",
            },
            M::SignAssessor => Tr {
                zh: "填表人（签字）：",
                en: "Assessor (signature):",
            },
            M::SignDate => Tr {
                zh: "日期：",
                en: "Date:",
            },
            M::ReportGenerated => Tr {
                zh: "本报告由党建自评在本机生成。",
                en: "Generated locally by 党建自评.",
            },
            M::ImportedOk => Tr {
                zh: "已导入并打开",
                en: "Imported and opened",
            },
            M::ImportFailedTitle => Tr {
                zh: "导入失败，现有内容未作任何改动",
                en: "Import failed; nothing was changed",
            },
            M::ExportCsv => Tr {
                zh: "导出 Excel 表格（CSV）",
                en: "Export for Excel (CSV)",
            },
            M::NotImported => Tr {
                zh: "未导入",
                en: "Not imported",
            },
            M::ImportedLine => Tr {
                zh: "已导入",
                en: "Imported",
            },
            M::NotJson => Tr {
                zh: "文件不是有效的 JSON",
                en: "The file is not valid JSON",
            },
            M::NotAssessment => Tr {
                zh: "这不是党建自评导出的自评文件",
                en: "This is not an assessment file exported by this app",
            },
            M::TooNew => Tr {
                zh: "文件由更新版本的党建自评生成，请升级后再导入",
                en: "The file was made by a newer version of this app; update it first",
            },
            M::BadField => Tr {
                zh: "文件内容有误",
                en: "The file has an error",
            },
            M::RubricMismatch => Tr {
                zh: "文件与考核细则版本不符",
                en: "The file does not match the rubric version",
            },
            M::UnknownRubric => Tr {
                zh: "本机没有该文件所用的考核细则",
                en: "This browser does not have the rubric the file uses",
            },
            M::KnownVersions => Tr {
                zh: "本机已有版本",
                en: "Versions available here",
            },
            M::ImportRubricFirst => Tr {
                zh: "请先导入该考核细则文件，再导入自评文件。",
                en: "Import that rubric file first, then the assessment.",
            },
            M::RubricAdded => Tr {
                zh: "已添加考核细则",
                en: "Rubric added",
            },
            M::RubricRejectedTitle => Tr {
                zh: "考核细则文件有误，未导入",
                en: "The rubric file has errors and was not imported",
            },
            M::RubricDuplicate => Tr {
                zh: "已有相同编号和版本的考核细则",
                en: "A rubric with the same id and version is already present",
            },
            M::Unreadable => Tr {
                zh: "无法读取文件",
                en: "The file could not be read",
            },
            M::StoreUnreadable => Tr {
                zh: "无法读取本浏览器中保存的填写内容，已从空白开始",
                en: "The work saved in this browser could not be read; starting empty",
            },
            M::StoreKeptAt => Tr {
                zh: "原数据未删除，已另存于本浏览器存储",
                en: "The saved data was not deleted; it is kept in this browser's storage under",
            },
            M::StoreNotKept => Tr {
                zh: "原数据未删除；为免覆盖，本次填写不会自动保存，请先“下载原数据”，再“导出”本次填写的内容",
                en: "The saved data was not deleted. So as not to overwrite it, nothing is saved now: download it first, then use “Export” for new work",
            },
            M::DownloadUnreadable => Tr {
                zh: "下载原数据",
                en: "Download the saved data",
            },
            M::ExportFailed => Tr {
                zh: "无法导出文件",
                en: "The file could not be exported",
            },
            M::Summary => Tr {
                zh: "汇总",
                en: "Roll-up",
            },
            M::SummaryHint => Tr {
                zh: "同一考核细则、同一年度的各单位自评文件汇总：达标率、各单位得分、共性问题和问题清单。同一单位重复报送的，以较新的文件为准。",
                en: "Each unit's file of one rubric and one year, rolled up: the pass rate, every unit's score, common weaknesses and the rectification lists. Of a unit's re-sent files, the newer counts.",
            },
            M::OpenSummary => Tr {
                zh: "查看汇总",
                en: "Open the roll-up",
            },
            M::Roster => Tr {
                zh: "各单位得分",
                en: "Units",
            },
            M::ColUnit => Tr {
                zh: "单位",
                en: "Unit",
            },
            M::ColPassed => Tr {
                zh: "是否达标",
                en: "Passes",
            },
            M::ColShort => Tr {
                zh: "差距（分）",
                en: "Short by (points)",
            },
            M::ColCompletion => Tr {
                zh: "已填项",
                en: "Answered",
            },
            M::ColOpenRows => Tr {
                zh: "未完成整改",
                en: "Open rows",
            },
            M::ColRubric => Tr {
                zh: "考核细则",
                en: "Rubric",
            },
            M::ColFiles => Tr {
                zh: "文件数",
                en: "Files",
            },
            M::ColUnits => Tr {
                zh: "单位数",
                en: "Units",
            },
            M::ColPassing => Tr {
                zh: "达标单位数",
                en: "Passing",
            },
            M::ColReason => Tr {
                zh: "原因",
                en: "Why",
            },
            M::SummaryCommittee => Tr {
                zh: "汇总单位",
                en: "Committee",
            },
            M::ColChange => Tr {
                zh: "变化",
                en: "Change",
            },
            M::CompareYears => Tr {
                zh: "对比上一年",
                en: "Compare with the year before",
            },
            M::Worse => Tr {
                zh: "比上一年失分的考核项",
                en: "Items that lost points since the year before",
            },
            M::NoWorse => Tr {
                zh: "没有比上一年得分更低的考核项。",
                en: "No item scored lower than the year before.",
            },
            M::CloseCompare => Tr {
                zh: "关闭对比",
                en: "Close the comparison",
            },
            M::ColSection => Tr {
                zh: "所属部分",
                en: "Section",
            },
            M::ColItem => Tr {
                zh: "考核内容",
                en: "Item",
            },
            M::ColLost => Tr {
                zh: "失分合计",
                en: "Points lost",
            },
            M::Vetoed => Tr {
                zh: "一票否决",
                en: "Veto",
            },
            M::SortLabel => Tr {
                zh: "排序",
                en: "Order",
            },
            M::SortFiles => Tr {
                zh: "按导入先后",
                en: "As imported",
            },
            M::SortTotal => Tr {
                zh: "按总分",
                en: "By total",
            },
            M::SortShortfall => Tr {
                zh: "按差距",
                en: "By shortfall",
            },
            M::SortCompletion => Tr {
                zh: "按完成度",
                en: "By completion",
            },
            M::FailingOnly => Tr {
                zh: "只看未达标单位",
                en: "Only units not passing",
            },
            M::NoFailing => Tr {
                zh: "所有单位均已达标。",
                en: "Every unit passes.",
            },
            M::Weaknesses => Tr {
                zh: "共性问题（各单位失分合计，由多到少）",
                en: "Common weaknesses (points lost over all units, most first)",
            },
            M::NoWeaknesses => Tr {
                zh: "各单位均未在任何考核项上失分。",
                en: "No unit lost points on any item.",
            },
            M::MergedProblems => Tr {
                zh: "汇总问题清单",
                en: "All rectification lists",
            },
            M::NoProblems => Tr {
                zh: "各单位的问题清单均为空。",
                en: "No unit has rectification rows.",
            },
            M::Apart => Tr {
                zh: "未计入汇总的文件",
                en: "Files not rolled up",
            },
            M::Replaced => Tr {
                zh: "已由本单位较新的文件替换",
                en: "Replaced by the unit's newer file",
            },
            M::OtherYearFile => Tr {
                zh: "其他年度",
                en: "Another year",
            },
            M::OtherVersionFile => Tr {
                zh: "细则版本不同",
                en: "Another rubric version",
            },
            M::CountThis => Tr {
                zh: "改用此文件",
                en: "Count this file",
            },
            M::ExportRoster => Tr {
                zh: "导出各单位得分（CSV）",
                en: "Export units (CSV)",
            },
            M::ExportWeaknesses => Tr {
                zh: "导出共性问题（CSV）",
                en: "Export weaknesses (CSV)",
            },
            M::ExportProblems => Tr {
                zh: "导出汇总问题清单（CSV）",
                en: "Export rectification lists (CSV)",
            },
            M::PrintSummary => Tr {
                zh: "打印汇总",
                en: "Print the roll-up",
            },
            M::SummaryYear => Tr {
                zh: "年度",
                en: "Year",
            },
            M::SummaryPending => Tr {
                zh: "该考核细则尚未载入，载入后显示汇总。",
                en: "This rubric is not loaded yet; the roll-up shows once it is.",
            },
            M::FillLinked => Tr {
                zh: "填入汇总结果",
                en: "Fill in the computed counts",
            },
            M::LinkedDiffers => Tr {
                zh: "已填的数与汇总结果不同，未自动改动：",
                en: "The counts entered differ from the computed ones and were left as entered: ",
            },
            M::LinkedFilled => Tr {
                zh: "与汇总结果一致。",
                en: "Matches the computed counts.",
            },
            M::OpenLinkedSummary => Tr {
                zh: "查看汇总明细",
                en: "See the roll-up",
            },
            M::ClosestToPass => Tr {
                zh: "最接近达标：",
                en: "Closest to passing: ",
            },
            M::PrintedOn => Tr {
                zh: "打印日期：",
                en: "Printed: ",
            },
            M::ChangedElsewhere => Tr {
                zh: "此评估已在另一个页面中修改，这里显示的是最新内容",
                en: "This assessment was changed in another page; it now shows the latest version",
            },
            M::DeletedElsewhere => Tr {
                zh: "此评估已在另一个页面中删除",
                en: "This assessment was deleted in another page",
            },
            M::ChangedElsewhereHint => Tr {
                zh: "同一浏览器中打开的页面共用保存的数据，各页的修改都会保留。",
                en: "Pages open in this browser share the saved work; each page's changes are kept.",
            },
            M::ExportDueComplete => Tr {
                zh: "已填写完整：建议“导出文件”另存一份",
                en: "Complete: export the file to keep a copy",
            },
            M::ExportDueOld => Tr {
                zh: "有一天前的修改尚未导出：建议“导出文件”另存一份",
                en: "Changes older than a day are not exported yet: export the file to keep a copy",
            },
            M::ColExported => Tr {
                zh: "上次导出",
                en: "Last exported",
            },
            M::ChangedSinceExport => Tr {
                zh: "（之后有修改）",
                en: " (changed since)",
            },
            M::NotExported => Tr {
                zh: "尚未导出",
                en: "Not exported yet",
            },
            M::SavedForGood => Tr {
                zh: "（浏览器已同意长期保留）",
                en: " (kept for good by the browser)",
            },
            M::Evictable => Tr {
                zh: "浏览器可能在空间不足或长期未访问时清除本机保存的数据（Safari 会清除 7 天未访问网站的数据），请定期“备份全部”。",
                en: "The browser may clear work saved here when space runs low or the site goes unvisited (Safari after 7 days): use “Back up everything” regularly.",
            },
            M::NotText => Tr {
                zh: "文件不是文本文件（或不是 UTF-8 编码），未导入",
                en: "The file is not text (or not UTF-8) and was not imported",
            },
            M::TooLarge => Tr {
                zh: "文件过大，未读取",
                en: "The file is too large and was not read",
            },
            M::Backup => Tr {
                zh: "备份全部",
                en: "Back up everything",
            },
            M::BackupHint => Tr {
                zh: "全部自评和导入的考核细则存为一个文件，可在“导入自评文件”中恢复（重复导入不会重复添加）。",
                en: "Every assessment and imported rubric in one file; restore it with “Import an assessment file” (nothing is added twice).",
            },
            M::Skip => Tr {
                zh: "跳到评分内容",
                en: "Skip to content",
            },
        }
    }

    /// The message in `lang`.
    pub const fn get(self, lang: Lang) -> &'static str {
        let t = self.tr();
        match lang {
            Lang::Zh => t.zh,
            Lang::En => t.en,
        }
    }
}

/// The words for an item's status.
pub fn status_label(lang: Lang, status: ziping_engine::Status) -> &'static str {
    use ziping_engine::Status;
    match status {
        Status::Met => M::StatusMet,
        Status::Partly => M::StatusPartly,
        Status::Unmet => M::StatusUnmet,
        Status::Na => M::StatusNa,
        Status::Incomplete => M::StatusIncomplete,
        Status::Invalid => M::StatusInvalid,
    }
    .get(lang)
}

/// The `data-status` value of an item's status.
pub fn status_code(status: ziping_engine::Status) -> &'static str {
    use ziping_engine::Status;
    match status {
        Status::Met => "met",
        Status::Partly => "partly",
        Status::Unmet => "unmet",
        Status::Na => "na",
        Status::Incomplete => "incomplete",
        Status::Invalid => "invalid",
    }
}

/// The name of an organisational level.
pub fn level_label(lang: Lang, level: ziping_engine::Level) -> &'static str {
    use ziping_engine::Level;
    match level {
        Level::Branch => M::LevelBranch,
        Level::Committee => M::LevelCommittee,
        Level::Hospital => M::LevelHospital,
        Level::System => M::LevelSystem,
    }
    .get(lang)
}

/// The name of sub-period `n` (from 1).
pub fn period_name(lang: Lang, per: ziping_engine::Per, n: u32) -> String {
    use ziping_engine::Per;
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    match (lang, per) {
        (Lang::Zh, Per::Month) => format!("{n}月"),
        (Lang::Zh, Per::Quarter) => format!("第{n}季度"),
        (Lang::Zh, Per::HalfYear) => if n == 1 { "上半年" } else { "下半年" }.to_owned(),
        (Lang::Zh, Per::Year) => "全年".to_owned(),
        (Lang::En, Per::Month) => MONTHS
            .get(n.saturating_sub(1) as usize)
            .copied()
            .unwrap_or("?")
            .to_owned(),
        (Lang::En, Per::Quarter) => format!("Q{n}"),
        (Lang::En, Per::HalfYear) => if n == 1 { "H1" } else { "H2" }.to_owned(),
        (Lang::En, Per::Year) => "year".to_owned(),
    }
}

/// "per month" etc.
pub fn per_label(lang: Lang, per: ziping_engine::Per) -> &'static str {
    use ziping_engine::Per;
    match per {
        Per::Month => M::PerMonth,
        Per::Quarter => M::PerQuarter,
        Per::HalfYear => M::PerHalfYear,
        Per::Year => M::PerYear,
    }
    .get(lang)
}

/// What closes an item's gap, in the interface language, from the
/// engine's figures and the rubric's own nouns (shown as written).
pub fn gap_text(lang: Lang, gap: &ziping_engine::Gap) -> String {
    use ziping_engine::Gap;
    match (lang, gap) {
        (Lang::Zh, Gap::More { k, unit }) => format!("还差 {k} {unit}"),
        (Lang::En, Gap::More { k, unit }) => format!("{k} more needed ({unit})"),
        (Lang::Zh, Gap::Fewer { k, unit }) => format!("还需减少 {k} {unit}"),
        (Lang::En, Gap::Fewer { k, unit }) => format!("{k} fewer needed ({unit})"),
        (
            _,
            Gap::MissedPeriods {
                what,
                per,
                required,
                missed,
            },
        ) => missed_periods_text(lang, what, *per, *required, missed),
        (Lang::Zh, Gap::BestLevel { name }) => format!("未达到“{name}”档"),
        (Lang::En, Gap::BestLevel { name }) => format!("below the top level “{name}”"),
        (Lang::Zh, Gap::Overdue { days, .. }) => format!("逾期 {days} 天完成"),
        (Lang::En, Gap::Overdue { days, .. }) => {
            format!("completed {days} day{} late", plural(*days))
        }
        (_, Gap::NotDone { due, due_text }) => {
            let when = due_text.clone().unwrap_or_else(|| iso_date_text(lang, due));
            match lang {
                Lang::Zh => format!("未完成（时限 {when}）"),
                Lang::En => format!("not completed (due {when})"),
            }
        }
        (Lang::Zh, Gap::Occurrences { n, event }) => format!("{event} {n} 次"),
        (Lang::En, Gap::Occurrences { n, event }) => {
            format!("{event}: {n} time{}", plural(*n))
        }
        (Lang::Zh, Gap::Partly) => "部分完成".to_owned(),
        (Lang::En, Gap::Partly) => "partly done".to_owned(),
        (Lang::Zh, Gap::NotDoneChecklist) => "未完成".to_owned(),
        (Lang::En, Gap::NotDoneChecklist) => "not done".to_owned(),
        (Lang::Zh, Gap::Vetoed { event }) => format!("发生{event}，一票否决"),
        (Lang::En, Gap::Vetoed { event }) => format!("{event}: veto applies"),
        (Lang::Zh, Gap::Unreachable) => "按现有数据无法达到要求".to_owned(),
        (Lang::En, Gap::Unreachable) => "cannot be met by changing the numerator alone".to_owned(),
    }
}

/// "" for one, "s" for any other number.
fn plural<N: TryInto<i64> + Copy>(n: N) -> &'static str {
    match n.try_into() {
        Ok(1) => "",
        _ => "s",
    }
}

/// "3月、7月支委会未开；5月支委会少开1次".
fn missed_periods_text(
    lang: Lang,
    what: &str,
    per: ziping_engine::Per,
    required: u32,
    missed: &[ziping_engine::MissedPeriod],
) -> String {
    match lang {
        Lang::Zh => {
            let mut parts = Vec::new();
            let none: Vec<String> = missed
                .iter()
                .filter(|m| m.missing >= required)
                .map(|m| period_name(lang, per, m.period))
                .collect();
            if !none.is_empty() {
                parts.push(format!("{}{what}未开", none.join("、")));
            }
            for m in missed.iter().filter(|m| m.missing < required) {
                let name = period_name(lang, per, m.period);
                parts.push(format!("{name}{what}少开{}次", m.missing));
            }
            parts.join("；")
        }
        Lang::En => {
            let parts: Vec<String> = missed
                .iter()
                .map(|m| {
                    let name = period_name(lang, per, m.period);
                    if m.missing >= required {
                        name
                    } else {
                        format!("{name} ({} short)", m.missing)
                    }
                })
                .collect();
            format!("{what} not held: {}", parts.join(", "))
        }
    }
}

/// A date in the interface language: "2020年9月30日", "30 Sep 2020".
pub fn date_text(lang: Lang, date: ziping_engine::Date) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    match lang {
        Lang::Zh => format!("{}年{}月{}日", date.year(), date.month(), date.day()),
        Lang::En => {
            let month = MONTHS
                .get(usize::from(date.month()).saturating_sub(1))
                .copied()
                .unwrap_or("?");
            format!("{} {month} {}", date.day(), date.year())
        }
    }
}

/// [`date_text`] of a `YYYY-MM-DD` date; the text itself if it is not one.
fn iso_date_text(lang: Lang, iso: &str) -> String {
    ziping_engine::Date::parse(iso).map_or_else(|_| iso.to_owned(), |d| date_text(lang, d))
}

/// How a document is cited: its number (文号) when it has one, otherwise
/// its title and date: `乐卫党〔2020〕25号`,
/// `《绍兴市中医院2020年党建工作计划》（2020-04-08）`. Rubric content, in
/// Chinese whatever the interface language.
pub fn citation(doc: &ziping_engine::Document) -> String {
    match (&doc.number, doc.date.is_empty()) {
        (Some(n), _) => n.clone(),
        (None, false) => format!("《{}》（{}）", doc.title, doc.date),
        (None, true) => format!("《{}》", doc.title),
    }
}

/// What an item takes, named in "此项应填写…".
fn expected_text(lang: Lang, expected: ziping_engine::Expected) -> &'static str {
    use ziping_engine::Expected as E;
    match (lang, expected) {
        (Lang::Zh, E::Ratio) => "分子和分母",
        (Lang::Zh, E::Counts) => "各时段的次数",
        (Lang::Zh, E::Count) => "数量",
        (Lang::Zh, E::Occurrences) => "发生次数",
        (Lang::Zh, E::Check) => "完成情况",
        (Lang::Zh, E::Level) => "评定档次",
        (Lang::Zh, E::Triggered) => "是否发生",
        (Lang::Zh, E::Completion) => "完成日期或“未完成”",
        (Lang::Zh, E::FactCount) => "人数或个数，而不是“是/否”",
        (Lang::Zh, E::FactFlag) => "“是/否”",
        (Lang::En, E::Ratio) => "a numerator and a denominator",
        (Lang::En, E::Counts) => "a count for each period",
        (Lang::En, E::Count) => "a number",
        (Lang::En, E::Occurrences) => "the number of occurrences",
        (Lang::En, E::Check) => "done, partly or not done",
        (Lang::En, E::Level) => "a level",
        (Lang::En, E::Triggered) => "whether it occurred",
        (Lang::En, E::Completion) => "a completion date or “not completed”",
        (Lang::En, E::FactCount) => "a number, not yes/no",
        (Lang::En, E::FactFlag) => "yes or no",
    }
}

/// Why an answer cannot be used, in the interface language.
pub fn answer_error_text(lang: Lang, e: &ziping_engine::AnswerError) -> String {
    use ziping_engine::AnswerErrorKind as K;
    match (lang, &e.kind) {
        (Lang::Zh, K::NotANumber { input }) => format!("“{input}”不是数字，请填写整数"),
        (Lang::En, K::NotANumber { input }) => {
            format!("“{input}” is not a number; enter a whole number")
        }
        (Lang::Zh, K::Negative { input }) => format!("“{input}”是负数，请填写 0 或正整数"),
        (Lang::En, K::Negative { input }) => format!("“{input}” is negative; enter 0 or more"),
        (Lang::Zh, K::NotWhole { input }) => format!("“{input}”不是整数，请填写整数"),
        (Lang::En, K::NotWhole { input }) => format!("“{input}” is not a whole number"),
        (Lang::Zh, K::TooLarge { input }) => format!("“{input}”过大，请核对"),
        (Lang::En, K::TooLarge { input }) => {
            format!("“{input}” is implausibly large; please check it")
        }
        (
            Lang::Zh,
            K::NumeratorAboveDenominator {
                numerator,
                denominator,
                numerator_label,
                denominator_label,
            },
        ) => {
            format!("{numerator_label}（{numerator}）不能大于{denominator_label}（{denominator}）")
        }
        (
            Lang::En,
            K::NumeratorAboveDenominator {
                numerator,
                denominator,
                numerator_label,
                denominator_label,
            },
        ) => format!(
            "{numerator_label} ({numerator}) cannot exceed {denominator_label} ({denominator})"
        ),
        (Lang::Zh, K::BadDate { input }) => {
            format!("“{input}”不是日期，请按 2020-09-30 的格式填写")
        }
        (Lang::En, K::BadDate { input }) => {
            format!("“{input}” is not a date; write it as 2020-09-30")
        }
        (Lang::Zh, K::NoSuchDate { input }) => format!("没有“{input}”这一天"),
        (Lang::En, K::NoSuchDate { input }) => format!("there is no such day as “{input}”"),
        (
            Lang::Zh,
            K::WrongKind {
                expected: ziping_engine::Expected::FactFlag,
            },
        ) => "此项应选择“是/否”".to_owned(),
        (Lang::Zh, K::WrongKind { expected }) => {
            format!("此项应填写{}", expected_text(lang, *expected))
        }
        (Lang::En, K::WrongKind { expected }) => {
            format!("this item takes {}", expected_text(lang, *expected))
        }
        (Lang::Zh, K::WrongLength { expected, found }) => {
            format!("应填写 {expected} 个时段的次数，实际填写了 {found} 个")
        }
        (Lang::En, K::WrongLength { expected, found }) => {
            format!("{expected} period counts are needed, {found} were given")
        }
        (Lang::Zh, K::UnknownLevel { input, levels }) => {
            format!("“{input}”不是可选档次（{}）", levels.join("、"))
        }
        (Lang::En, K::UnknownLevel { input, levels }) => {
            format!("“{input}” is not one of the levels ({})", levels.join(", "))
        }
        (Lang::Zh, K::BadRubric { due }) => format!("评分细则中的时限“{due}”无效"),
        (Lang::En, K::BadRubric { due }) => {
            format!("the rubric's deadline “{due}” cannot be read")
        }
    }
}

/// "尚有 3 项未填或填写有误".
pub fn unanswered_text(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Zh => format!("尚有 {n} 项未填或填写有误，不计入失分项。"),
        Lang::En => format!(
            "{n} item{} unanswered or invalid; not counted as shortfalls.",
            if n == 1 { " is" } else { "s are" }
        ),
    }
}

/// The name of a 问题清单 row's status.
pub fn row_status_label(lang: Lang, status: ziping_engine::RectificationStatus) -> &'static str {
    use ziping_engine::RectificationStatus as S;
    match status {
        S::Open => M::RowOpen.get(lang),
        S::InProgress => M::RowInProgress.get(lang),
        S::Done => M::RowDone.get(lang),
    }
}

/// The title of the notice after several assessment files were imported at
/// once: "已导入 3 份自评文件", or with refusals "已导入 2 份，1 份未导入…".
pub fn batch_import_title(lang: Lang, imported: usize, failed: usize) -> String {
    match (lang, failed) {
        (Lang::Zh, 0) => format!("已导入 {imported} 份自评文件"),
        (Lang::Zh, _) => format!(
            "已导入 {imported} 份自评文件，{failed} 份未导入（未导入的文件没有改动任何内容）"
        ),
        (Lang::En, 0) => format!(
            "{imported} assessment file{} imported",
            if imported == 1 { "" } else { "s" }
        ),
        (Lang::En, _) => format!(
            "{imported} assessment file{} imported, {failed} not imported (those changed nothing)",
            if imported == 1 { "" } else { "s" }
        ),
    }
}

/// A size in bytes as megabytes with one decimal (1 MB = 1,000,000 B),
/// rounded up so that a file over the limit never reads as the limit.
fn megabytes(bytes: u64) -> String {
    let tenths = bytes.div_ceil(100_000);
    format!("{}.{} MB", tenths / 10, tenths % 10)
}

/// Why a file was not read: "文件大小 12.3 MB，超过上限 8.0 MB".
pub fn too_large_text(lang: Lang, bytes: u64, limit: u64) -> String {
    let (size, limit) = (megabytes(bytes), megabytes(limit));
    match lang {
        Lang::Zh => format!("文件大小 {size}，超过上限 {limit}"),
        Lang::En => format!("the file is {size}, over the limit of {limit}"),
    }
}

/// Where a file stops being text: "第 12 字节起无法按 UTF-8 解码…".
pub fn not_text_text(lang: Lang, e: crate::decode::DecodeError) -> String {
    use crate::decode::DecodeError as E;
    let (offset, utf16) = match e {
        E::NotUtf8 { offset } => (offset, false),
        E::NotUtf16 { offset } => (offset, true),
    };
    match (lang, utf16) {
        (Lang::Zh, false) => format!("从第 {offset} 字节起无法按 UTF-8 解码；请导入本工具导出的文件，或在编辑器中另存为 UTF-8"),
        (Lang::Zh, true) => format!("从第 {offset} 字节起无法按 UTF-16 解码"),
        (Lang::En, false) => format!("not UTF-8 from byte {offset} on; import a file this app exported, or save it as UTF-8"),
        (Lang::En, true) => format!("not UTF-16 from byte {offset} on"),
    }
}

/// Where in a backup file a faulty part is: "备份中的第 3 份评估".
pub fn in_backup_text(lang: Lang, index: usize, rubric: bool) -> String {
    match (lang, rubric) {
        (Lang::Zh, false) => format!("备份中的第 {index} 份评估（整个备份均未导入）"),
        (Lang::Zh, true) => format!("备份中的第 {index} 个考核细则（整个备份均未导入）"),
        (Lang::En, false) => {
            format!("assessment {index} of the backup (nothing of the backup was imported)")
        }
        (Lang::En, true) => {
            format!("rubric {index} of the backup (nothing of the backup was imported)")
        }
    }
}

/// The notice after a backup file was imported: title and lines.
pub fn backup_imported_text(
    lang: Lang,
    added: usize,
    known: usize,
    rubrics: usize,
) -> (String, Vec<String>) {
    match lang {
        Lang::Zh => (
            format!("已从备份导入 {added} 份自评"),
            vec![
                format!("{known} 份本浏览器中已有，未重复导入"),
                format!("新增考核细则 {rubrics} 个"),
            ],
        ),
        Lang::En => (
            format!(
                "{added} assessment{} imported from the backup",
                if added == 1 { "" } else { "s" }
            ),
            vec![
                format!("{known} already in this browser, not imported twice"),
                format!(
                    "{rubrics} rubric{} added",
                    if rubrics == 1 { "" } else { "s" }
                ),
            ],
        ),
    }
}

/// The language of rubric content (titles, quotes, evidence prompts, level
/// names): shipped rubrics are Chinese and are shown as written, so in the
/// English interface their text is marked with this `lang`.
pub const RUBRIC_LANG: &str = "zh-CN";

#[cfg(test)]
mod tests;

/// What a decisive veto is called: a veto item triggered, or a required
/// item (`missed`) not done.
pub fn veto_word(missed: bool) -> M {
    if missed {
        M::MissedBanner
    } else {
        M::VetoBanner
    }
}

/// The notice after carrying an assessment over to a newer rubric version.
pub fn carried_title(lang: Lang, from: &str, to: &str, kept: usize) -> String {
    match lang {
        Lang::Zh => format!("已转入 {to} 版：带入 {kept} 项答案；按 {from} 版填写的原自评保留不变"),
        Lang::En => format!(
            "Carried over to version {to}: {kept} answers kept; the version {from} assessment is unchanged"
        ),
    }
}

/// The items to answer again and those dropped, one line each (none when
/// there are none).
pub fn carried_lines(lang: Lang, to_answer: &[String], removed: &[String]) -> Vec<String> {
    let list = |titles: &[String]| titles.join(if lang == Lang::Zh { "、" } else { "; " });
    let mut out = Vec::new();
    if !to_answer.is_empty() {
        out.push(match lang {
            Lang::Zh => format!(
                "计分已调整或新增、需要填写的 {} 项：{}",
                to_answer.len(),
                list(to_answer)
            ),
            Lang::En => format!(
                "{} items changed or new, to answer: {}",
                to_answer.len(),
                list(to_answer)
            ),
        });
    }
    if !removed.is_empty() {
        out.push(match lang {
            Lang::Zh => format!("新版本已删除、答案仅留在原自评中的 {} 项：{}", removed.len(), list(removed)),
            Lang::En => format!(
                "{} items no longer in the new version (their answers stay in the old assessment): {}",
                removed.len(),
                list(removed)
            ),
        });
    }
    out
}

/// The banner on an assessment made with a retired rubric version.
pub fn retired_text(lang: Lang, from: &str, to: &str) -> String {
    match lang {
        Lang::Zh => format!("此自评按本细则 {from} 版填写，现行为 {to} 版。按 {from} 版继续填写和评分不受影响。"),
        Lang::En => format!(
            "This assessment uses version {from} of its rubric; the current version is {to}. It still fills in and scores as version {from}."
        ),
    }
}

/// What carrying over would do.
pub fn carry_preview(
    lang: Lang,
    to: &str,
    kept: usize,
    to_answer: usize,
    removed: usize,
) -> String {
    match lang {
        Lang::Zh => {
            let mut s = format!(
                "转入 {to} 版可带入 {kept} 项答案，另有 {to_answer} 项计分已调整或为新增，需要填写"
            );
            if removed > 0 {
                s.push_str(&format!("；{removed} 项在新版本中已删除"));
            }
            s.push_str("。原自评保留不变。");
            s
        }
        Lang::En => {
            let mut s = format!(
                "Carrying it over to version {to} keeps {kept} answers; {to_answer} items changed or are new and need answering"
            );
            if removed > 0 {
                s.push_str(&format!(
                    "; {removed} items are no longer in the new version"
                ));
            }
            s.push_str(". This assessment stays as it is.");
            s
        }
    }
}

/// A rubric's title with its version, where two versions are listed.
pub fn rubric_with_version(lang: Lang, title: &str, version: &str) -> String {
    match lang {
        Lang::Zh => format!("{title}（{version} 版）"),
        Lang::En => format!("{title} (version {version})"),
    }
}

/// The title of a table in a workbook's page header: "内科第一党支部
/// 2020年 问题清单".
pub fn table_title(lang: Lang, whose: &str, year: i32, what: &str) -> String {
    match lang {
        Lang::Zh => format!("{whose} {year}年 {what}"),
        Lang::En => format!("{whose} {year} {what}"),
    }
}

/// Why a rubric could not be exported: its file is not at hand.
pub fn rubric_text_missing(lang: Lang, title: &str, version: &str) -> String {
    match lang {
        Lang::Zh => format!("找不到{}的文件", rubric_with_version(lang, title, version)),
        Lang::En => format!(
            "the file of {} is not at hand",
            rubric_with_version(lang, title, version)
        ),
    }
}

/// The mark of an assessment of a retired rubric version in the list.
pub fn retired_tag(lang: Lang, version: &str) -> String {
    match lang {
        Lang::Zh => format!("（{version} 版，已停用）"),
        Lang::En => format!(" (version {version}, retired)"),
    }
}

/// The banner of an old assessment whose unit and year already have one
/// of the current version.
pub fn carried_before(lang: Lang, to: &str) -> String {
    match lang {
        Lang::Zh => format!("本单位本年度已有按 {to} 版填写的自评。"),
        Lang::En => format!("This unit and year already have an assessment of version {to}."),
    }
}

/// The button carrying an assessment over to version `to`.
pub fn carry_button(lang: Lang, to: &str) -> String {
    match lang {
        Lang::Zh => format!("转入 {to} 版"),
        Lang::En => format!("Carry over to version {to}"),
    }
}

/// The pass rate: "达标率：19 / 20 = 95.0%".
pub fn rate_text(lang: Lang, passed: u64, units: u64, percent: &str) -> String {
    match lang {
        Lang::Zh => format!("达标率：{passed} / {units} = {percent}"),
        Lang::En => format!("Pass rate: {passed} / {units} = {percent}"),
    }
}

/// The verdict against a committee item's threshold: "达到《…》“…”的要求（≥ 95%）"
/// or "未达到…，还差 1 个单位达标".
pub fn target_text(
    lang: Lang,
    rubric: &str,
    item: &str,
    compare: ziping_engine::Compare,
    threshold: &str,
    met: bool,
    needed: Option<u64>,
) -> String {
    let c = match compare {
        ziping_engine::Compare::AtLeast => "≥",
        ziping_engine::Compare::Above => ">",
        ziping_engine::Compare::AtMost => "≤",
        ziping_engine::Compare::Below => "<",
    };
    match (lang, met, needed) {
        (Lang::Zh, true, _) => format!("已达到要求（{c} {threshold}%）：{item}（{rubric}）"),
        (Lang::Zh, false, Some(k)) => {
            format!("未达到要求（{c} {threshold}%），还差 {k} 个单位达标：{item}（{rubric}）")
        }
        (Lang::Zh, false, None) => format!("未达到要求（{c} {threshold}%）：{item}（{rubric}）"),
        (Lang::En, true, _) => format!("Meets the target ({c} {threshold}%): {item} ({rubric})"),
        (Lang::En, false, Some(k)) => format!(
            "Short of the target ({c} {threshold}%) by {k} passing unit{}: {item} ({rubric})",
            if k == 1 { "" } else { "s" }
        ),
        (Lang::En, false, None) => {
            format!("Short of the target ({c} {threshold}%): {item} ({rubric})")
        }
    }
}

/// A unit not passing and how far it is: "第1党支部（差 1.0 分）".
pub fn closest_text(lang: Lang, unit: &str, short: Option<&str>) -> String {
    match (lang, short) {
        (Lang::Zh, Some(s)) => format!("{unit}（差 {s} 分）"),
        (Lang::En, Some(s)) => format!("{unit} ({s} points short)"),
        (_, None) => unit.to_owned(),
    }
}

/// Where a linked item's counts come from: "由 20 份《…》文件汇总（2020年度）：
/// 19 个达标 / 20 个单位".
pub fn linked_text(lang: Lang, line: &crate::view::rollup::LinkLine) -> String {
    let word = |f: &ziping_engine::Figure, name: &str| match (lang, f) {
        (Lang::Zh, ziping_engine::Figure::Passed) => "个达标".to_owned(),
        (Lang::Zh, ziping_engine::Figure::Units) => "个单位".to_owned(),
        (Lang::En, ziping_engine::Figure::Passed) => "passing".to_owned(),
        (Lang::En, ziping_engine::Figure::Units) => "units".to_owned(),
        (Lang::Zh, ziping_engine::Figure::Sum(_)) => format!("（{name}合计）"),
        (Lang::En, ziping_engine::Figure::Sum(_)) => format!("({name}, summed)"),
    };
    let n = word(&line.figures.0, &line.names.0);
    let d = word(&line.figures.1, &line.names.1);
    let mut text = match lang {
        Lang::Zh => format!(
            "由 {} 份《{}》自评文件汇总（{}年度）：{} {n} / {} {d}",
            line.files, line.rubric, line.year, line.numerator, line.denominator
        ),
        Lang::En => format!(
            "From {} files of “{}” ({}): {} {n} / {} {d}",
            line.files, line.rubric, line.year, line.numerator, line.denominator
        ),
    };
    if line.unanswered > 0 {
        text.push_str(&match lang {
            Lang::Zh => format!("；其中 {} 份文件未填写，未计入合计", line.unanswered),
            Lang::En => format!("; {} files leave it blank and add nothing", line.unanswered),
        });
    }
    text
}

/// The button that shows or hides the merged 问题清单: "显示全部 1200 条" /
/// "收起".
pub fn problems_toggle_text(lang: Lang, shown: bool, rows: usize) -> String {
    match (lang, shown) {
        (Lang::Zh, false) => format!("显示全部 {rows} 条"),
        (Lang::Zh, true) => "收起".to_owned(),
        (Lang::En, false) => format!("Show all {rows} rows"),
        (Lang::En, true) => "Hide".to_owned(),
    }
}

/// The heading of a unit's two years: "第1党支部：2019 与 2020 年度对比".
pub fn year_on_year_title(lang: Lang, unit: &str, then: i32, now: i32) -> String {
    match lang {
        Lang::Zh => format!("{unit}：{then} 与 {now} 年度对比"),
        Lang::En => format!("{unit}: {then} beside {now}"),
    }
}

/// The roll-up's heading: "汇总：<rubric>（2020年度）" / "Roll-up: <rubric> (2020)".
pub fn summary_title(lang: Lang, rubric: &str, year: i32) -> String {
    match lang {
        Lang::Zh => format!("汇总：{rubric}（{year}年度）"),
        Lang::En => format!("Roll-up: {rubric} ({year})"),
    }
}
