//! Writing a rubric as a workbook: the sheets of `docs/rubric-workbook.md`,
//! header rows frozen, column widths, drop-downs, text kept as text.

use rust_xlsxwriter::{
    Color, DataValidation, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};
use serde::Serialize;
use ziping_engine::{
    CountAward, Figure, Item, Link, RatioAward, Rubric, Scoring, Section, VetoEffect,
};

use crate::columns::{self, Column, Style, INFO_KEYS};
use crate::error::{ExportError, Inexpressible, MAX_TEXT};
use crate::names::{self, Vocab};
use crate::MAX_ROWS;

impl From<XlsxError> for ExportError {
    fn from(e: XlsxError) -> ExportError {
        ExportError::Xlsx {
            detail: e.to_string(),
        }
    }
}

/// Writes `rubric`; see [`crate::to_workbook`].
pub(crate) fn write(rubric: &Rubric) -> Result<Vec<u8>, ExportError> {
    check(rubric)?;
    let f = Formats::new();
    let mut wb = Workbook::new();
    items_sheet(wb.add_worksheet(), rubric, &f)?;
    info_sheet(wb.add_worksheet(), rubric, &f)?;
    documents_sheet(wb.add_worksheet(), rubric, &f)?;
    grades_sheet(wb.add_worksheet(), rubric, &f)?;
    facts_sheet(wb.add_worksheet(), rubric, &f)?;
    help_sheet(wb.add_worksheet(), &f)?;
    Ok(wb.save_to_buffer()?)
}

// ---------------------------------------------------------------------------
// What cannot be written.

fn check(r: &Rubric) -> Result<(), ExportError> {
    let bad = |path: String, what| Err(ExportError::Inexpressible { path, what });
    if let Ok(json) = serde_json::to_value(r) {
        too_long(&json, String::new())?;
    }
    for (i, d) in r.documents.iter().enumerate() {
        if d.number.as_deref() == Some("") {
            return bad(format!("documents[{i}].number"), Inexpressible::EmptyNumber);
        }
    }
    let effect = |path: String, e: &VetoEffect| match e {
        VetoEffect::CapGrade { grade } if grade.trim() != grade => bad(
            format!("{path}.grade"),
            Inexpressible::GradeName {
                name: grade.clone(),
            },
        ),
        _ => Ok(()),
    };
    for (si, s) in r.sections.iter().enumerate() {
        for (ii, item) in s.items.iter().enumerate() {
            let ip = format!("sections[{si}].items[{ii}]");
            if let Some(m) = &item.missed {
                effect(format!("{ip}.missed"), m)?;
            }
            match &item.scoring {
                Scoring::Levels(l) => {
                    for (li, level) in l.levels.iter().enumerate() {
                        let n = &level.name;
                        if n.contains([';', '；', '\n', '\r']) || n.trim() != n {
                            return bad(
                                format!("{ip}.scoring.levels[{li}].name"),
                                Inexpressible::LevelName { name: n.clone() },
                            );
                        }
                    }
                }
                Scoring::Veto(v) => effect(format!("{ip}.scoring.effect"), &v.effect)?,
                _ => {}
            }
        }
    }
    Ok(())
}

/// The first text in `json` longer than a cell holds, by its path.
fn too_long(json: &serde_json::Value, path: String) -> Result<(), ExportError> {
    use serde_json::Value as J;
    match json {
        J::String(s) => {
            let chars = s.chars().count();
            if chars > MAX_TEXT {
                return Err(ExportError::Inexpressible {
                    path,
                    what: Inexpressible::TooLong { chars },
                });
            }
        }
        J::Array(a) => {
            for (i, v) in a.iter().enumerate() {
                too_long(v, format!("{path}[{i}]"))?;
            }
        }
        J::Object(o) => {
            for (k, v) in o {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                too_long(v, p)?;
            }
        }
        _ => {}
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Formats and cells.

struct Formats {
    header: Format,
    code: Format,
    text: Format,
    number: Format,
    merged_code: Format,
    merged_text: Format,
    merged_number: Format,
    help: Format,
}

impl Formats {
    fn new() -> Formats {
        let base = Format::new().set_align(FormatAlign::Top);
        let merged = Format::new()
            .set_align(FormatAlign::VerticalCenter)
            .set_text_wrap();
        Formats {
            header: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::VerticalCenter)
                .set_background_color(Color::RGB(0x00DD_EBF7))
                .set_border(FormatBorder::Thin),
            code: base.clone().set_num_format("@"),
            text: base.clone().set_num_format("@").set_text_wrap(),
            number: base,
            merged_code: merged.clone().set_num_format("@"),
            merged_text: merged.clone().set_num_format("@"),
            merged_number: merged,
            help: Format::new().set_text_wrap().set_align(FormatAlign::Top),
        }
    }

    fn of(&self, style: Style) -> &Format {
        match style {
            Style::Code => &self.code,
            Style::Text => &self.text,
            Style::Number => &self.number,
        }
    }
}

/// A cell's content.
enum Out {
    Text(String),
    /// A decimal, written as a number cell.
    Number(String),
}

fn text(s: impl Into<String>) -> Option<Out> {
    let s = s.into();
    (!s.is_empty()).then_some(Out::Text(s))
}

fn number(d: impl ToString) -> Option<Out> {
    Some(Out::Number(d.to_string()))
}

fn word(vocab: Vocab, name: &str) -> Option<Out> {
    vocab.word(name).and_then(text)
}

/// The JSON name of a unit-like enum (`"committee"`, `">="`).
fn wire<T: Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|j| j.as_str().map(str::to_owned))
        .unwrap_or_default()
}

fn put(
    ws: &mut Worksheet,
    row: u32,
    col: u16,
    out: Option<Out>,
    format: &Format,
) -> Result<(), XlsxError> {
    match out {
        None => {}
        Some(Out::Text(s)) => {
            ws.write_string_with_format(row, col, s, format)?;
        }
        Some(Out::Number(d)) => {
            let n: f64 = d.parse().unwrap_or_default();
            ws.write_number_with_format(row, col, n, format)?;
        }
    }
    Ok(())
}

/// The header row, widths, column formats, frozen header, print set-up.
fn header(ws: &mut Worksheet, name: &str, cols: &[Column], f: &Formats) -> Result<(), XlsxError> {
    ws.set_name(name)?;
    for (i, c) in cols.iter().enumerate() {
        let col = u16::try_from(i).unwrap_or(u16::MAX);
        ws.set_column_width(col, c.width)?;
        ws.set_column_format(col, f.of(c.style))?;
        ws.write_string_with_format(0, col, c.header, &f.header)?;
    }
    ws.set_freeze_panes(1, 0)?;
    ws.set_paper_size(9);
    ws.set_landscape();
    ws.set_repeat_rows(0, 0)?;
    Ok(())
}

fn col_of(cols: &[Column], header: &str) -> u16 {
    let i = cols.iter().position(|c| c.header == header).unwrap_or(0);
    u16::try_from(i).unwrap_or(u16::MAX)
}

fn drop_down(
    ws: &mut Worksheet,
    col: u16,
    first: u32,
    last: u32,
    choices: &[&str],
) -> Result<(), XlsxError> {
    let dv = DataValidation::new().allow_list_strings(choices)?;
    ws.add_data_validation(first, col, last, col, &dv)?;
    Ok(())
}

// ---------------------------------------------------------------------------
// The sheets.

fn items_sheet(ws: &mut Worksheet, r: &Rubric, f: &Formats) -> Result<(), XlsxError> {
    let cols = columns::item_columns();
    header(ws, columns::ITEMS, &cols, f)?;
    let mut row = 1;
    for s in &r.sections {
        let first = row;
        for item in &s.items {
            for (header, out) in item_cells(item) {
                let c = col_of(&cols, header);
                let style = cols[usize::from(c)].style;
                put(ws, row, c, out, f.of(style))?;
            }
            row += 1;
        }
        section_cells(ws, &cols, s, first, row.saturating_sub(1), f)?;
    }
    for (header, vocab) in [
        ("计分方式", names::KINDS),
        ("统计层级", names::LEVELS),
        ("比较", names::COMPARE),
        ("周期", names::PER),
        ("得分方式", names::RATIO_AWARD),
        ("分母为零时", names::ZERO_DENOMINATOR),
        ("分子计入分母", names::YES_NO),
        ("含截止日", names::YES_NO),
        ("可否不适用", names::YES_NO),
    ] {
        drop_down(ws, col_of(&cols, header), 1, MAX_ROWS, &vocab.choices())?;
    }
    Ok(())
}

/// 板块编号, 板块, 板块分值 of section `s` on rows `first..=last`, merged
/// when the section has more than one item.
fn section_cells(
    ws: &mut Worksheet,
    cols: &[Column],
    s: &Section,
    first: u32,
    last: u32,
    f: &Formats,
) -> Result<(), XlsxError> {
    let id = col_of(cols, "板块编号");
    let title = col_of(cols, "板块");
    let points = col_of(cols, "板块分值");
    let n: f64 = s.points.to_string().parse().unwrap_or_default();
    if last > first {
        ws.merge_range(first, id, last, id, &s.id, &f.merged_code)?;
        ws.merge_range(first, title, last, title, &s.title, &f.merged_text)?;
        ws.merge_range(first, points, last, points, "", &f.merged_number)?;
        ws.write_number_with_format(first, points, n, &f.merged_number)?;
    } else {
        put(ws, first, id, text(s.id.clone()), &f.code)?;
        put(ws, first, title, text(s.title.clone()), &f.text)?;
        ws.write_number_with_format(first, points, n, &f.number)?;
    }
    Ok(())
}

fn effect_text(e: &VetoEffect) -> String {
    match e {
        VetoEffect::ZeroTotal => names::EFFECTS
            .word("zero_total")
            .unwrap_or_default()
            .to_owned(),
        VetoEffect::LowestGrade => names::EFFECTS
            .word("lowest_grade")
            .unwrap_or_default()
            .to_owned(),
        VetoEffect::CapGrade { grade } => format!("{}:{grade}", names::CAP_GRADE),
    }
}

fn figure_text(f: &Figure) -> String {
    match f {
        Figure::Passed => names::FIGURES.word("passed").unwrap_or_default().to_owned(),
        Figure::Units => names::FIGURES.word("units").unwrap_or_default().to_owned(),
        Figure::Sum(id) => format!("{}:{id}", names::SUM),
    }
}

fn yes(b: bool) -> Option<Out> {
    b.then(|| text("是")).flatten()
}

/// An item's cells (the 板块 columns apart), by header.
fn item_cells(item: &Item) -> Vec<(&'static str, Option<Out>)> {
    let mut out = vec![
        ("编号", text(item.id.clone())),
        ("考核内容", text(item.title.clone())),
        ("分值", number(item.points)),
        ("计分方式", word(names::KINDS, item.scoring.kind_name())),
        ("依据文件", text(item.source.document.clone())),
        ("条款", text(item.source.clause.clone())),
        ("原文", text(item.source.quote.clone())),
        ("佐证材料", text(item.evidence.clone())),
        ("责任部门", text(item.responsible.clone())),
        ("统计层级", word(names::LEVELS, &wire(&item.level))),
        ("可否不适用", yes(item.na_allowed)),
        (
            "未开展后果",
            item.missed.as_ref().and_then(|m| text(effect_text(m))),
        ),
    ];
    if let Some(c) = &item.applies_if {
        out.push(("适用条件", text(c.fact.clone())));
        let value = match (c.at_least, c.is) {
            (Some(n), _) => number(n),
            (None, Some(b)) => text(if b { "是" } else { "否" }),
            (None, None) => None,
        };
        out.push(("条件值", value));
        out.push(("条件说明", text(c.note.clone())));
    }
    let count_award = |a: &CountAward| match a {
        CountAward::Proportional => None,
        CountAward::AllOrNothing => word(names::COUNT_AWARD, "all_or_nothing"),
    };
    let floor = |p: ziping_engine::Points| (p.hundredths() != 0).then(|| number(p)).flatten();
    match &item.scoring {
        Scoring::Ratio(r) => {
            out.push(("比较", word(names::COMPARE, &wire(&r.compare))));
            out.push(("阈值", text(r.threshold.to_string())));
            out.push(("分子", text(r.numerator.clone())));
            out.push(("分母", text(r.denominator.clone())));
            out.push(("单位", text(r.gap_unit.clone())));
            out.push(("分子计入分母", yes(r.share_of_total)));
            let zero = wire(&r.zero_denominator);
            if zero != "na" {
                out.push(("分母为零时", word(names::ZERO_DENOMINATOR, &zero)));
            }
            match &r.award {
                RatioAward::AllOrNothing => {}
                RatioAward::Proportional => {
                    out.push(("得分方式", word(names::RATIO_AWARD, "proportional")));
                }
                RatioAward::Slope {
                    base,
                    per_10pp,
                    floor: fl,
                } => {
                    out.push(("得分方式", word(names::RATIO_AWARD, "slope")));
                    out.push(("基准分", number(base)));
                    out.push(("每10个百分点", number(per_10pp)));
                    out.push(("最低分", floor(*fl)));
                }
            }
            if let Some(Link {
                rubric,
                numerator,
                denominator,
            }) = &r.from
            {
                out.push(("数据来源", text(rubric.clone())));
                out.push(("分子来源", text(figure_text(numerator))));
                out.push(("分母来源", text(figure_text(denominator))));
            }
        }
        Scoring::Frequency(fr) => {
            out.push(("事项", text(fr.what.clone())));
            out.push(("周期", word(names::PER, &wire(&fr.per))));
            out.push(("次数", number(fr.required)));
            out.push(("每次扣分", number(fr.deduct)));
            out.push(("最低分", floor(fr.floor)));
        }
        Scoring::Count(c) => {
            out.push(("目标", number(c.target)));
            out.push(("单位", text(c.unit.clone())));
            out.push(("得分方式", count_award(&c.award)));
        }
        Scoring::Checklist(c) => {
            if c.partly != ziping_engine::ChecklistRule::default().partly {
                out.push(("部分完成比例", number(c.partly)));
            }
        }
        Scoring::Levels(l) => {
            let cell = l
                .levels
                .iter()
                .map(|o| format!("{}:{}", o.name, o.points))
                .collect::<Vec<_>>()
                .join(";");
            out.push(("等级", text(cell)));
        }
        Scoring::Deduction(d) => {
            out.push(("事项", text(d.event.clone())));
            out.push(("每次扣分", number(d.per)));
            out.push(("最低分", floor(d.floor)));
        }
        Scoring::Bonus(b) => {
            out.push(("事项", text(b.event.clone())));
            out.push(("每次加分", number(b.per)));
        }
        Scoring::Veto(v) => {
            out.push(("事项", text(v.event.clone())));
            out.push(("否决后果", text(effect_text(&v.effect))));
        }
        Scoring::Deadline(d) => {
            out.push(("截止", text(d.due.clone())));
            if !d.inclusive {
                out.push(("含截止日", text("否")));
            }
            out.push(("截止说明", text(d.due_text.clone())));
            if d.late_credit != ziping_engine::Decimal::ZERO {
                out.push(("逾期得分比例", number(d.late_credit)));
            }
        }
        Scoring::Coverage(c) => {
            out.push(("分子", text(c.reached.clone())));
            out.push(("分母", text(c.all.clone())));
            out.push(("单位", text(c.unit.clone())));
            out.push(("得分方式", count_award(&c.award)));
        }
    }
    out
}

fn info_sheet(ws: &mut Worksheet, r: &Rubric, f: &Formats) -> Result<(), XlsxError> {
    header(ws, columns::INFO, columns::INFO_COLUMNS, f)?;
    for (i, (key, _)) in INFO_KEYS.iter().enumerate() {
        let row = u32::try_from(i + 1).unwrap_or(u32::MAX);
        ws.write_string_with_format(row, 0, *key, &f.code)?;
        let (value, format) = match *key {
            "细则编号" => (text(r.id.clone()), &f.code),
            "版本" => (text(r.version.clone()), &f.code),
            "标题" => (text(r.title.clone()), &f.text),
            "说明" => (text(r.description.clone()), &f.text),
            "填报层级" => {
                drop_down(ws, 1, row, row, &names::LEVELS.choices())?;
                (word(names::LEVELS, &wire(&r.level)), &f.code)
            }
            "考核周期" => (text(r.period.label.clone()), &f.text),
            "年度" => (r.period.year.and_then(number), &f.number),
            "达标等次" => match &r.pass {
                Some(ziping_engine::PassMark::Grade(g)) => (text(g.clone()), &f.text),
                _ => (None, &f.text),
            },
            "达标分数" => match &r.pass {
                Some(ziping_engine::PassMark::Min(p)) => (number(p), &f.number),
                _ => (None, &f.number),
            },
            "加分上限" => (r.bonus_cap.and_then(number), &f.number),
            "不适用项" => {
                drop_down(ws, 1, row, row, &names::NA_POLICY.choices())?;
                (word(names::NA_POLICY, &wire(&r.na_policy)), &f.code)
            }
            _ => (None, &f.text),
        };
        put(ws, row, 1, value, format)?;
    }
    Ok(())
}

fn table_rows(
    ws: &mut Worksheet,
    cols: &[Column],
    rows: Vec<Vec<(&'static str, Option<Out>)>>,
    f: &Formats,
) -> Result<(), XlsxError> {
    for (i, cells) in rows.into_iter().enumerate() {
        let row = u32::try_from(i + 1).unwrap_or(u32::MAX);
        for (header, out) in cells {
            let c = col_of(cols, header);
            put(ws, row, c, out, f.of(cols[usize::from(c)].style))?;
        }
    }
    Ok(())
}

fn documents_sheet(ws: &mut Worksheet, r: &Rubric, f: &Formats) -> Result<(), XlsxError> {
    let cols = columns::DOCUMENT_COLUMNS;
    header(ws, columns::DOCUMENTS, cols, f)?;
    let rows = r
        .documents
        .iter()
        .map(|d| {
            vec![
                ("编号", text(d.id.clone())),
                ("文号", d.number.clone().and_then(text)),
                ("标题", text(d.title.clone())),
                ("发文单位", text(d.issuer.clone())),
                ("发文日期", text(d.date.clone())),
                ("类别", word(names::DOCUMENT_KINDS, &wire(&d.kind))),
            ]
        })
        .collect();
    table_rows(ws, cols, rows, f)?;
    drop_down(
        ws,
        col_of(cols, "类别"),
        1,
        MAX_ROWS,
        &names::DOCUMENT_KINDS.choices(),
    )
}

fn grades_sheet(ws: &mut Worksheet, r: &Rubric, f: &Formats) -> Result<(), XlsxError> {
    let cols = columns::GRADE_COLUMNS;
    header(ws, columns::GRADES, cols, f)?;
    let rows = r
        .grades
        .iter()
        .map(|g| vec![("等次", text(g.name.clone())), ("最低分", number(g.min))])
        .collect();
    table_rows(ws, cols, rows, f)
}

fn facts_sheet(ws: &mut Worksheet, r: &Rubric, f: &Formats) -> Result<(), XlsxError> {
    let cols = columns::FACT_COLUMNS;
    header(ws, columns::FACTS, cols, f)?;
    let rows = r
        .facts
        .iter()
        .map(|fact| {
            vec![
                ("编号", text(fact.id.clone())),
                ("问题", text(fact.label.clone())),
                ("类型", word(names::FACT_KINDS, &wire(&fact.kind))),
            ]
        })
        .collect();
    table_rows(ws, cols, rows, f)?;
    drop_down(
        ws,
        col_of(cols, "类型"),
        1,
        MAX_ROWS,
        &names::FACT_KINDS.choices(),
    )
}

/// The instructions sheet (never read back).
const HELP: &[&str] = &[
    "本工作簿是一份考核细则（评分细则），可在 Excel、WPS 或 LibreOffice 中编辑后导入“党建自评”。",
    "评分细则：每行一个考核项目。板块编号、板块、板块分值可合并单元格，也可逐行重复或留空（留空表示沿用上一行的板块）。",
    "计分方式从下拉列表中选择：比率、频次、数量、完成情况、等级、扣分、加分、否决、时限、覆盖；每种方式只填写它用到的参数列，其余参数列留空。",
    "等级写作“好:5;较好:4;一般:2.5;差:0”（从高到低）；否决后果与未开展后果写作“总分为零”“最低等次”或“最高等次:合格”。",
    "阈值填写百分数的数值，如 95 表示 95%。单元格中不要使用公式，需要时请“粘贴为数值”。",
    "细则信息、依据文件、等次、基本情况四张表分别填写细则本身、依据文件、等次划分和适用条件所用的基本情况；本表（填写说明）不会被读取。",
    "导入时，所有问题都会注明工作表、单元格和列名，例如“评分细则 F12（分值）：应为数字”。",
];

fn help_sheet(ws: &mut Worksheet, f: &Formats) -> Result<(), XlsxError> {
    ws.set_name(columns::HELP)?;
    ws.set_column_width(0, 100)?;
    for (i, line) in HELP.iter().enumerate() {
        let row = u32::try_from(i).unwrap_or(u32::MAX);
        ws.write_string_with_format(row, 0, *line, &f.help)?;
    }
    Ok(())
}
