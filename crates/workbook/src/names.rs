//! The Chinese words a clerk writes in choice cells, and the names the
//! rubric's JSON uses for them.
//!
//! Each [`Vocab`] lists the accepted words, each with the JSON name it
//! stands for. The first word for a JSON name is the one the workbook
//! writes (and the template's drop-downs offer); the others are accepted
//! when reading, and so is the JSON name itself.
//!
//! ```
//! use ziping_workbook::names::{COMPARE, KINDS};
//!
//! assert_eq!(KINDS.read("比率"), Some("ratio"));
//! assert_eq!(KINDS.read("ratio"), Some("ratio"));
//! assert_eq!(KINDS.word("coverage"), Some("覆盖"));
//! assert_eq!(COMPARE.read("不低于"), Some(">="));
//! assert_eq!(COMPARE.word(">="), Some("≥"));
//! ```

/// Words of one choice cell and the JSON names they stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Vocab {
    /// `(word, JSON name)`, the written word first for each name.
    pub words: &'static [(&'static str, &'static str)],
}

impl Vocab {
    /// The JSON name of `word` (surrounding spaces ignored), or of a JSON
    /// name written as such.
    pub fn read(&self, word: &str) -> Option<&'static str> {
        let word = word.trim();
        self.words
            .iter()
            .find(|(w, _)| *w == word)
            .or_else(|| self.words.iter().find(|(_, n)| *n == word))
            .map(|(_, n)| *n)
    }

    /// The word the workbook writes for the JSON name `name`.
    pub fn word(&self, name: &str) -> Option<&'static str> {
        self.words.iter().find(|(_, n)| *n == name).map(|(w, _)| *w)
    }

    /// The written words, one per JSON name, in order: what a drop-down
    /// offers and what a message lists.
    pub fn choices(&self) -> Vec<&'static str> {
        let mut out: Vec<&'static str> = Vec::new();
        let mut seen: Vec<&'static str> = Vec::new();
        for (w, n) in self.words {
            if !seen.contains(n) {
                seen.push(n);
                out.push(w);
            }
        }
        out
    }
}

/// 计分方式: the ten scoring kinds.
pub const KINDS: Vocab = Vocab {
    words: &[
        ("比率", "ratio"),
        ("频次", "frequency"),
        ("数量", "count"),
        ("完成情况", "checklist"),
        ("等级", "levels"),
        ("扣分", "deduction"),
        ("加分", "bonus"),
        ("否决", "veto"),
        ("时限", "deadline"),
        ("覆盖", "coverage"),
    ],
};

/// 填报层级 and 统计层级.
pub const LEVELS: Vocab = Vocab {
    words: &[
        ("党支部", "branch"),
        ("党委", "committee"),
        ("单位", "hospital"),
        ("系统", "system"),
        ("支部", "branch"),
        ("党总支", "committee"),
        ("机关党委", "committee"),
        ("医院", "hospital"),
    ],
};

/// 比较 of a 比率 item.
pub const COMPARE: Vocab = Vocab {
    words: &[
        ("≥", ">="),
        (">", ">"),
        ("≤", "<="),
        ("<", "<"),
        ("＞＝", ">="),
        ("≧", ">="),
        ("不低于", ">="),
        ("以上", ">="),
        ("达到", ">="),
        ("＞", ">"),
        ("超过", ">"),
        ("高于", ">"),
        ("＜＝", "<="),
        ("≦", "<="),
        ("不超过", "<="),
        ("以内", "<="),
        ("不高于", "<="),
        ("＜", "<"),
        ("低于", "<"),
    ],
};

/// 周期 of a 频次 item.
pub const PER: Vocab = Vocab {
    words: &[
        ("每月", "month"),
        ("每季度", "quarter"),
        ("每半年", "half_year"),
        ("每年", "year"),
        ("月", "month"),
        ("季度", "quarter"),
        ("半年", "half_year"),
        ("年", "year"),
    ],
};

/// 得分方式 of a 比率 item.
pub const RATIO_AWARD: Vocab = Vocab {
    words: &[
        ("全或无", "all_or_nothing"),
        ("按比例", "proportional"),
        ("按斜率", "slope"),
    ],
};

/// 得分方式 of a 数量 or 覆盖 item (no slope).
pub const COUNT_AWARD: Vocab = Vocab {
    words: &[("按比例", "proportional"), ("全或无", "all_or_nothing")],
};

/// 分母为零时 of a 比率 item.
pub const ZERO_DENOMINATOR: Vocab = Vocab {
    words: &[("不适用", "na"), ("达标", "met"), ("不达标", "unmet")],
};

/// 类别 of a document.
pub const DOCUMENT_KINDS: Vocab = Vocab {
    words: &[
        ("工作方案", "plan"),
        ("党内法规", "regulation"),
        ("通行做法", "practice"),
    ],
};

/// 类型 of a fact.
pub const FACT_KINDS: Vocab = Vocab {
    words: &[("数量", "count"), ("是否", "flag")],
};

/// 不适用项: the rubric's N/A policy.
pub const NA_POLICY: Vocab = Vocab {
    words: &[("折算", "rescale"), ("计满分", "full_marks")],
};

/// 是 / 否.
pub const YES_NO: Vocab = Vocab {
    words: &[
        ("是", "true"),
        ("否", "false"),
        ("TRUE", "true"),
        ("FALSE", "false"),
        ("True", "true"),
        ("False", "false"),
    ],
};

/// The figures of a linked ratio's counts that have no id (`合计:id` is
/// the third).
pub const FIGURES: Vocab = Vocab {
    words: &[("达标单位数", "passed"), ("单位数", "units")],
};

/// The prefix of a summed figure: `合计:recruits`.
pub const SUM: &str = "合计";

/// The veto effects that have no grade (`最高等次:合格` is the third).
pub const EFFECTS: Vocab = Vocab {
    words: &[("总分为零", "zero_total"), ("最低等次", "lowest_grade")],
};

/// The prefix of a grade cap: `最高等次:合格`.
pub const CAP_GRADE: &str = "最高等次";

/// Splits `text` at its first `:` or `：`.
#[cfg(feature = "codec")]
pub(crate) fn split_colon(text: &str) -> Option<(&str, &str)> {
    let i = text.find([':', '：'])?;
    let sep = text[i..].chars().next().map_or(1, char::len_utf8);
    Some((&text[..i], &text[i + sep..]))
}

/// Splits `text` at its last `:` or `：`.
#[cfg(feature = "codec")]
pub(crate) fn rsplit_colon(text: &str) -> Option<(&str, &str)> {
    let i = text.rfind([':', '：'])?;
    let sep = text[i..].chars().next().map_or(1, char::len_utf8);
    Some((&text[..i], &text[i + sep..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_vocab_names_each_json_name_once_in_its_choices() {
        for v in [
            KINDS,
            LEVELS,
            COMPARE,
            PER,
            RATIO_AWARD,
            COUNT_AWARD,
            ZERO_DENOMINATOR,
            DOCUMENT_KINDS,
            FACT_KINDS,
            NA_POLICY,
            YES_NO,
            FIGURES,
            EFFECTS,
        ] {
            let choices = v.choices();
            for c in &choices {
                let name = v.read(c).unwrap_or_default();
                assert_eq!(v.word(name), Some(*c));
            }
        }
        assert_eq!(KINDS.choices().len(), ziping_engine::Scoring::NAMES.len());
        for name in ziping_engine::Scoring::NAMES {
            assert!(KINDS.word(name).is_some(), "{name}");
        }
    }

    #[cfg(feature = "codec")]
    #[test]
    fn colons_split_full_width_too() {
        assert_eq!(split_colon("最高等次：合格"), Some(("最高等次", "合格")));
        assert_eq!(rsplit_colon("a:b：5"), Some(("a:b", "5")));
        assert_eq!(split_colon("x"), None);
    }
}
