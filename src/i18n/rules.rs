//! A scoring rule in words: the 评分标准 column of the printed score table,
//! written from the item's own parameters so that paper and app never
//! disagree. Rubric nouns (what is counted, events, level names) are shown as
//! the rubric writes them.

use ziping_engine::{Compare, CountAward, Decimal, Item, Points, RatioAward, Scoring, VetoEffect};

use super::{per_label, Lang};

/// `share` (0–1) in per cent: 0.5 → 50, 0.333 → 33.3.
fn percent(share: Decimal) -> Decimal {
    let (units, scale) = (share.units(), share.scale());
    if scale >= 2 {
        Decimal::new(units, scale - 2).unwrap_or(share)
    } else {
        Decimal::from_int(units.saturating_mul(10_i64.pow(2 - scale)))
    }
}

fn compare_sign(c: Compare) -> &'static str {
    match c {
        Compare::AtLeast => "≥",
        Compare::Above => ">",
        Compare::AtMost => "≤",
        Compare::Below => "<",
    }
}

/// What a veto's effect does, as the end of a sentence.
fn effect_text(lang: Lang, effect: &VetoEffect) -> String {
    match (lang, effect) {
        (Lang::Zh, VetoEffect::ZeroTotal) => "总分为 0".into(),
        (Lang::En, VetoEffect::ZeroTotal) => "the total is 0".into(),
        (Lang::Zh, VetoEffect::CapGrade { grade }) => format!("等次最高为“{grade}”"),
        (Lang::En, VetoEffect::CapGrade { grade }) => format!("the grade is at most “{grade}”"),
        (Lang::Zh, VetoEffect::LowestGrade) => "等次为最低等次".into(),
        (Lang::En, VetoEffect::LowestGrade) => "the grade is the lowest".into(),
    }
}

/// "最低 0 分" / "扣完为止" for a floor.
fn floor_text(lang: Lang, floor: Points) -> String {
    match (lang, floor == Points::ZERO) {
        (Lang::Zh, true) => "扣完为止".into(),
        (Lang::Zh, false) => format!("最低 {floor} 分"),
        (Lang::En, true) => "down to 0".into(),
        (Lang::En, false) => format!("not below {floor}"),
    }
}

/// The item's scoring rule in words, with its `missed` consequence.
pub fn rule_text(lang: Lang, item: &Item) -> String {
    let zh = lang == Lang::Zh;
    let p = item.points;
    let mut s = match &item.scoring {
        Scoring::Ratio(r) => {
            let target = format!(
                "{}/{} {} {}%",
                r.numerator,
                r.denominator,
                compare_sign(r.compare),
                r.threshold
            );
            match (&r.award, zh) {
                (RatioAward::AllOrNothing, true) => format!("{target}：达到得 {p} 分，未达到不得分"),
                (RatioAward::AllOrNothing, false) => {
                    format!("{target}: {p} when met, 0 otherwise")
                }
                (RatioAward::Proportional, true) => format!("{target}：达到得 {p} 分，未达到按比例得分"),
                (RatioAward::Proportional, false) => {
                    format!("{target}: {p} when met, pro rata otherwise")
                }
                (RatioAward::Slope { base, per_10pp, floor }, true) => format!(
                    "{target}：恰好达到得 {base} 分，每相差 10 个百分点增减 {per_10pp} 分，最低 {floor} 分，最高 {p} 分"
                ),
                (RatioAward::Slope { base, per_10pp, floor }, false) => format!(
                    "{target}: {base} at the threshold, {per_10pp} per 10 percentage points either way, between {floor} and {p}"
                ),
            }
        }
        Scoring::Frequency(f) => {
            let per = per_label(lang, f.per);
            if zh {
                format!(
                    "{}{per}至少 {} 次，每缺 1 次扣 {} 分，{}",
                    f.what,
                    f.required,
                    f.deduct,
                    floor_text(lang, f.floor)
                )
            } else {
                format!(
                    "{} at least {} time(s) {per}; {} off per one missed, {}",
                    f.what,
                    f.required,
                    f.deduct,
                    floor_text(lang, f.floor)
                )
            }
        }
        Scoring::Count(c) => match (&c.award, zh) {
            (CountAward::Proportional, true) => {
                format!("目标 {} {}，按完成比例得分", c.target, c.unit)
            }
            (CountAward::Proportional, false) => {
                format!("target {} {}, pro rata", c.target, c.unit)
            }
            (CountAward::AllOrNothing, true) => {
                format!("目标 {} {}，达到得 {p} 分，未达到不得分", c.target, c.unit)
            }
            (CountAward::AllOrNothing, false) => {
                format!(
                    "target {} {}: {p} when reached, 0 otherwise",
                    c.target, c.unit
                )
            }
        },
        Scoring::Coverage(c) => match (&c.award, zh) {
            (CountAward::Proportional, true) => {
                format!("{}/{}：按覆盖比例得分", c.reached, c.all)
            }
            (CountAward::Proportional, false) => format!("{}/{}: pro rata", c.reached, c.all),
            (CountAward::AllOrNothing, true) => {
                format!("{}/{}：全部覆盖得 {p} 分，否则不得分", c.reached, c.all)
            }
            (CountAward::AllOrNothing, false) => {
                format!(
                    "{}/{}: {p} when all are reached, 0 otherwise",
                    c.reached, c.all
                )
            }
        },
        Scoring::Checklist(c) => {
            let partly = percent(c.partly);
            if zh {
                format!("完成得 {p} 分；部分完成得 {partly}%；未完成不得分")
            } else {
                format!("done {p}; partly done {partly}%; not done 0")
            }
        }
        Scoring::Levels(l) => {
            let sep = if zh { "；" } else { "; " };
            l.levels
                .iter()
                .map(|o| {
                    if zh {
                        format!("{} {} 分", o.name, o.points)
                    } else {
                        format!("{} {}", o.name, o.points)
                    }
                })
                .collect::<Vec<_>>()
                .join(sep)
        }
        Scoring::Deduction(d) => {
            if zh {
                format!(
                    "每发生 1 次{}扣 {} 分，{}",
                    d.event,
                    d.per,
                    floor_text(lang, d.floor)
                )
            } else {
                format!(
                    "{} off per {}, {}",
                    d.per,
                    d.event,
                    floor_text(lang, d.floor)
                )
            }
        }
        Scoring::Bonus(b) => {
            if zh {
                format!("每{} 1 次加 {} 分，最多加 {p} 分", b.event, b.per)
            } else {
                format!("{} added per {}, at most {p}", b.per, b.event)
            }
        }
        Scoring::Veto(v) => {
            if zh {
                format!(
                    "发生{}的，{}（一票否决）",
                    v.event,
                    effect_text(lang, &v.effect)
                )
            } else {
                format!("{}: {} (veto)", v.event, effect_text(lang, &v.effect))
            }
        }
        Scoring::Deadline(d) => {
            // The due day itself is on time unless the rule says otherwise.
            let day = match (d.inclusive, zh) {
                (true, true) => format!("{} 当日及以前", d.due),
                (false, true) => format!("{} 以前，不含当日", d.due),
                (true, false) => format!("on or before {}", d.due),
                (false, false) => format!("before {}", d.due),
            };
            let due = if d.due_text.is_empty() {
                day
            } else if zh {
                format!("{}（{day}）", d.due_text)
            } else {
                format!("{} ({day})", d.due_text)
            };
            let late = percent(d.late_credit);
            match (late == Decimal::ZERO, zh) {
                (true, true) => format!("{due}完成得 {p} 分；逾期或未完成不得分"),
                (false, true) => format!("{due}完成得 {p} 分；逾期完成得 {late}%；未完成不得分"),
                (true, false) => format!("done {due}: {p}; late or not done: 0"),
                (false, false) => format!("done {due}: {p}; late: {late}%; not done: 0"),
            }
        }
    };
    if let Some(effect) = &item.missed {
        // What "earns nothing" means for the kind: a yearly activity not
        // held, otherwise the item scoring 0.
        let yearly =
            matches!(&item.scoring, Scoring::Frequency(f) if f.per == ziping_engine::Per::Year);
        let when = match (yearly, zh) {
            (true, true) => "全年未开展的",
            (false, true) => "本项得 0 分的",
            (true, false) => "if not done all year",
            (false, false) => "if this item scores 0",
        };
        s.push_str(if zh { "；" } else { "; " });
        s.push_str(when);
        s.push_str(if zh { "，" } else { ", " });
        s.push_str(&effect_text(lang, effect));
    }
    s
}
