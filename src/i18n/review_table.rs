//! The words of the review where it is printed and rolled up: the 考核分
//! column of the score table, the reviewer's comment, the signature line of
//! the reviewer, and the roll-up's columns, in Chinese and English.

use super::Lang;

/// The column of the reviewed score: "考核分".
pub fn col_reviewed(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "考核分",
        Lang::En => "Reviewed",
    }
}

/// The column of a unit's stage in the roll-up, and the header row of the
/// printed report: "状态".
pub fn col_stage(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "状态",
        Lang::En => "Review status",
    }
}

/// The column of the reviewer's comments in a spreadsheet: "审核意见".
pub fn col_comment(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "审核意见",
        Lang::En => "Review comment",
    }
}

/// The label of the reviewer's comment in a score table's note cell.
pub fn comment_label(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "审核意见：",
        Lang::En => "Review comment: ",
    }
}

/// The reviewer, in the printed report's header: "考核人".
pub fn reviewer(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "考核人",
        Lang::En => "Reviewer",
    }
}

/// The reviewer's signature line.
pub fn sign_reviewer(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "考核人（签字）：",
        Lang::En => "Reviewer (signature):",
    }
}

/// The reviewed total beside the own one in the list of assessments:
/// "考核分 92.0 / 100".
pub fn reviewed_total(lang: Lang, total: &str) -> String {
    format!("{} {total}", col_reviewed(lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_of_the_printed_review_are_those_of_the_paper_form() {
        assert_eq!(
            [
                col_reviewed(Lang::Zh),
                col_stage(Lang::Zh),
                reviewer(Lang::Zh),
                sign_reviewer(Lang::Zh),
            ],
            ["考核分", "状态", "考核人", "考核人（签字）："]
        );
        assert_eq!(reviewed_total(Lang::Zh, "92.0 / 100"), "考核分 92.0 / 100");
        for lang in [Lang::Zh, Lang::En] {
            assert!(comment_label(lang).ends_with([' ', '：']));
        }
        assert!([
            col_reviewed,
            col_stage,
            comment_label,
            reviewer,
            sign_reviewer
        ]
        .iter()
        .all(|f| f(Lang::En).is_ascii()));
    }
}
