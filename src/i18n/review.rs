//! The words of the committee's review (审核): its stages, the steps of its
//! history, and what the review screen and the print say, in Chinese and
//! English.

use ziping_engine::review::{Stage, Step, StepError};

use super::Lang;
use crate::state::{Arrived, ImportError};

/// 自评中 / 已提交 / 审核中 / 已退回 / 已审定.
pub fn stage_label(lang: Lang, stage: Stage) -> &'static str {
    match (lang, stage) {
        (Lang::Zh, Stage::Draft) => "自评中",
        (Lang::Zh, Stage::Submitted) => "已提交",
        (Lang::Zh, Stage::InReview) => "审核中",
        (Lang::Zh, Stage::Returned) => "已退回",
        (Lang::Zh, Stage::Approved) => "已审定",
        (Lang::En, Stage::Draft) => "Self-assessing",
        (Lang::En, Stage::Submitted) => "Submitted",
        (Lang::En, Stage::InReview) => "Under review",
        (Lang::En, Stage::Returned) => "Returned",
        (Lang::En, Stage::Approved) => "Signed off",
    }
}

/// A stable code for a stage, for `data-stage` attributes and styles.
pub fn stage_code(stage: Stage) -> &'static str {
    match stage {
        Stage::Draft => "draft",
        Stage::Submitted => "submitted",
        Stage::InReview => "in_review",
        Stage::Returned => "returned",
        Stage::Approved => "approved",
    }
}

/// What a step of the history did: "提交审核", "退回修改"…
pub fn step_label(lang: Lang, step: &Step) -> &'static str {
    match (lang, step) {
        (Lang::Zh, Step::Submit) => "提交审核",
        (Lang::Zh, Step::Withdraw) => "撤回提交",
        (Lang::Zh, Step::StartReview) => "开始审核",
        (Lang::Zh, Step::Return) => "退回修改",
        (Lang::Zh, Step::Revise(_)) => "修改",
        (Lang::Zh, Step::Reviewed(_)) => "审核意见",
        (Lang::Zh, Step::SignOff) => "审定签字",
        (Lang::Zh, Step::Reopen(_)) => "重新打开",
        (Lang::En, Step::Submit) => "Submitted for review",
        (Lang::En, Step::Withdraw) => "Withdrew the submission",
        (Lang::En, Step::StartReview) => "Started the review",
        (Lang::En, Step::Return) => "Returned for revision",
        (Lang::En, Step::Revise(_)) => "Revised",
        (Lang::En, Step::Reviewed(_)) => "Reviewed",
        (Lang::En, Step::SignOff) => "Signed off",
        (Lang::En, Step::Reopen(_)) => "Reopened",
    }
}

/// Why a review step was refused.
pub fn step_refused_text(lang: Lang, e: &StepError) -> String {
    match (lang, e) {
        (Lang::Zh, StepError::Blank) => {
            "请填写姓名（重新打开还需填写原因），未作任何更改。".to_owned()
        }
        (Lang::En, StepError::Blank) => {
            "Enter a name (and, to reopen, a reason); nothing was changed.".to_owned()
        }
        (Lang::Zh, StepError::NotNow { stage }) => format!(
            "该自评当前为“{}”，不能进行这一步，未作任何更改。",
            stage_label(lang, *stage)
        ),
        (Lang::En, StepError::NotNow { stage }) => format!(
            "The assessment is “{}”: that step does not fit now; nothing was changed.",
            stage_label(lang, *stage)
        ),
    }
}

/// The notice for a file that came back over the copy kept here: title
/// and lines.
pub fn arrived_text(lang: Lang, file: &str, unit: &str, outcome: Arrived) -> (String, Vec<String>) {
    let title = match (lang, outcome) {
        (Lang::Zh, Arrived::Same) => format!("{unit}：文件与本机保存的内容相同，未作更改"),
        (Lang::En, Arrived::Same) => {
            format!("{unit}: the file holds what this browser keeps; nothing changed")
        }
        (Lang::Zh, Arrived::Older) => {
            format!("{unit}：本机保存的审核记录比文件更新，未导入")
        }
        (Lang::En, Arrived::Older) => format!(
            "{unit}: this browser's copy has gone further than the file; it was not imported"
        ),
        (Lang::Zh, Arrived::Taken { stage, kept: 0 }) => {
            format!(
                "{unit}：已按文件更新，当前状态“{}”",
                stage_label(lang, stage)
            )
        }
        (Lang::En, Arrived::Taken { stage, kept: 0 }) => format!(
            "{unit}: updated from the file, now “{}”",
            stage_label(lang, stage)
        ),
        (Lang::Zh, Arrived::Taken { stage, kept }) => format!(
            "{unit}：已按文件更新，保留本机 {kept} 项，当前状态“{}”",
            stage_label(lang, stage)
        ),
        (Lang::En, Arrived::Taken { stage, kept }) => format!(
            "{unit}: updated from the file, keeping {kept} of this browser's answers, now “{}”",
            stage_label(lang, stage)
        ),
    };
    (title, vec![file.to_owned()])
}

/// Why a file of a batch that came back was not imported: head and line.
pub fn not_taken_text(lang: Lang, e: &ImportError) -> Option<(String, Vec<String>)> {
    let (head, line) = match (lang, e) {
        (Lang::Zh, ImportError::Known { older: false }) => {
            ("本机已有相同内容", "未作更改。".to_owned())
        }
        (Lang::En, ImportError::Known { older: false }) => (
            "This browser already has it",
            "Nothing changed.".to_owned(),
        ),
        (Lang::Zh, ImportError::Known { older: true }) => (
            "本机的审核记录更新",
            "文件是较早的版本，未作更改。".to_owned(),
        ),
        (Lang::En, ImportError::Known { older: true }) => (
            "This browser's copy is newer",
            "The file is an earlier version; nothing changed.".to_owned(),
        ),
        (Lang::Zh, ImportError::NeedsChoice { parts }) => (
            "与本机的修改不一致",
            format!("有 {parts} 处不同，请单独导入此文件，逐项选择保留哪一份。"),
        ),
        (Lang::En, ImportError::NeedsChoice { parts }) => (
            "Differs from changes made here",
            format!("{parts} parts differ: import this file on its own to choose, item by item, which to keep."),
        ),
        _ => return None,
    };
    Some((head.to_owned(), vec![line]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_stage_has_words_in_both_languages_and_a_distinct_code() {
        let stages = [
            Stage::Draft,
            Stage::Submitted,
            Stage::InReview,
            Stage::Returned,
            Stage::Approved,
        ];
        let zh: Vec<&str> = stages.iter().map(|s| stage_label(Lang::Zh, *s)).collect();
        assert_eq!(zh, ["自评中", "已提交", "审核中", "已退回", "已审定"]);
        let mut codes: Vec<&str> = stages.iter().map(|s| stage_code(*s)).collect();
        codes.dedup();
        assert_eq!(codes.len(), 5);
        for s in stages {
            assert!(stage_label(Lang::En, s).is_ascii());
        }
    }
}
