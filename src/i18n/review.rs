//! The words of the committee's review (审核): its stages, the steps of its
//! history, and what the review screen and the print say, in Chinese and
//! English.

use ziping_engine::review::{Stage, Step};

use super::Lang;

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
