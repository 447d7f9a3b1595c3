//! The message catalogue. Every user-visible string of the interface is a
//! [`M`] variant; [`M::tr`] gives both languages in one struct literal, so a
//! missing translation does not compile. Rubric content (titles, quotes) is
//! Chinese data and is shown as written.

use serde::{Deserialize, Serialize};

/// Interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Lang {
    /// 简体中文 (default).
    #[default]
    Zh,
    /// English.
    En,
}

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
pub enum M {
    AppName,
    Tagline,
    Rubric,
    ChooseRubric,
    ItemsCount,
    Total,
    Grade,
    NoGrade,
    Completion,
    SectionScores,
    LocalOnly,
    SwitchLanguage,
    RubricLoadFailed,
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
            M::Rubric => Tr {
                zh: "考核细则",
                en: "Rubric",
            },
            M::ChooseRubric => Tr {
                zh: "选择考核细则",
                en: "Choose a rubric",
            },
            M::ItemsCount => Tr {
                zh: "项",
                en: "items",
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
                zh: "完成度",
                en: "Completion",
            },
            M::SectionScores => Tr {
                zh: "分项得分",
                en: "Section scores",
            },
            M::LocalOnly => Tr {
                zh: "所有数据只保存在本机浏览器中，不会上传。",
                en: "Everything stays in this browser; nothing is uploaded.",
            },
            M::SwitchLanguage => Tr {
                zh: "English",
                en: "中文",
            },
            M::RubricLoadFailed => Tr {
                zh: "考核细则无法载入",
                en: "The rubric could not be loaded",
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
