//! Reading a workbook: cells → the rubric's JSON → [`Rubric::from_json`].
//!
//! Step one checks every cell and collects every issue, remembering for
//! each JSON path the cell it came from. Step two, only when the cells are
//! fine, hands the JSON to the engine and maps each validation problem's
//! path back to its cell.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde_json::{json, Map, Value as Json};
use ziping_engine::{Decimal, Points, ProblemKind, Rubric};

use crate::columns::{self, Column, INFO_KEYS, NOTES};
use crate::error::{Expected, Found, Issue, IssueKind, Location};
use crate::names::{self, Vocab};
use crate::sheet::{Grid, Value};
use crate::{Imported, Issues, WorkbookError};

/// Reads a workbook; see [`crate::from_workbook`].
pub(crate) fn read(bytes: &[u8]) -> Result<Imported, WorkbookError> {
    let mut book = crate::sheet::open(bytes).map_err(|kind| WorkbookError {
        issues: vec![Issue {
            at: Location::file(),
            kind,
        }],
    })?;
    let mut issues = Issues::default();
    let mut warnings = Vec::new();

    let names = book.sheet_names.clone();
    let find = |want: &str| names.iter().find(|n| n.trim() == want).cloned();
    for want in columns::REQUIRED_SHEETS {
        if find(want).is_none() {
            issues.push(Issue {
                at: Location::sheet(want),
                kind: IssueKind::MissingSheet,
            });
        }
    }
    let known = [
        columns::INFO,
        columns::DOCUMENTS,
        columns::GRADES,
        columns::FACTS,
        columns::ITEMS,
        columns::HELP,
    ];
    for n in &names {
        if !known.contains(&n.trim()) {
            warnings.push(Issue {
                at: Location::sheet(n),
                kind: IssueKind::IgnoredSheet,
            });
        }
    }
    let mut grid =
        |want: &str, issues: &mut Issues| find(want).and_then(|name| book.grid(&name, issues));
    let info = grid(columns::INFO, &mut issues);
    let documents = grid(columns::DOCUMENTS, &mut issues);
    let grades = grid(columns::GRADES, &mut issues);
    let facts = grid(columns::FACTS, &mut issues);
    let items = grid(columns::ITEMS, &mut issues);

    let mut b = Builder {
        issues,
        warnings,
        places: HashMap::new(),
    };
    let json = b.rubric(
        info.as_ref(),
        documents.as_ref(),
        grades.as_ref(),
        facts.as_ref(),
        items.as_ref(),
    );
    if !b.issues.is_empty() {
        return Err(WorkbookError {
            issues: sorted(b.issues.into_vec()),
        });
    }
    let text = json.to_string();
    match Rubric::from_json(&text) {
        Ok(rubric) => Ok(Imported {
            rubric,
            warnings: b.warnings,
        }),
        Err(e) => {
            let mut issues = Issues::default();
            for p in e.problems() {
                let at = match &p.kind {
                    ProblemKind::MissingField { field } => b.locate(&join(&p.path, field), &p.path),
                    _ => b.locate(&p.path, ""),
                };
                let first = match &p.kind {
                    ProblemKind::Duplicate { first, .. } => Some(Box::new(b.locate(first, ""))),
                    _ => None,
                };
                issues.push(Issue {
                    at,
                    kind: IssueKind::Rubric {
                        path: p.path.clone(),
                        problem: p.kind.clone(),
                        first,
                    },
                });
            }
            Err(WorkbookError {
                issues: issues.into_vec(),
            })
        }
    }
}

/// A formula as a spreadsheet shows it, with its `=`.
fn formula_text(f: &str) -> String {
    if f.starts_with('=') {
        f.to_owned()
    } else {
        format!("={f}")
    }
}

fn join(path: &str, field: &str) -> String {
    if path.is_empty() {
        field.to_owned()
    } else {
        format!("{path}.{field}")
    }
}

/// The path one level up: `a.b[2].c` → `a.b[2]` → `a.b` → `a` → ``.
fn parent(path: &str) -> &str {
    match path.rfind(['.', '[']) {
        Some(i) => &path[..i],
        None => "",
    }
}

/// Issues in sheet order, then by row and column.
fn sorted(mut issues: Vec<Issue>) -> Vec<Issue> {
    let order = [
        columns::INFO,
        columns::DOCUMENTS,
        columns::GRADES,
        columns::FACTS,
        columns::ITEMS,
    ];
    let key = |i: &Issue| {
        let sheet = match &i.at.sheet {
            None => 0,
            Some(s) => order
                .iter()
                .position(|o| *o == s.trim())
                .map_or(order.len() + 1, |p| p + 1),
        };
        let column = i.at.column.clone().unwrap_or_default();
        let too_many = matches!(i.kind, IssueKind::TooManyIssues { .. });
        (too_many, sheet, i.at.row.unwrap_or(0), column.len(), column)
    };
    issues.sort_by_key(key);
    issues
}

/// A sheet read as a table: the header row's columns and the entry rows.
struct Table<'g> {
    grid: &'g Grid,
    /// Header → column (0-based).
    columns: HashMap<&'static str, u32>,
    /// The entry rows (0-based), in order.
    rows: Vec<u32>,
    /// Required columns missing from the header row (already reported:
    /// their blank cells are not reported again).
    missing: BTreeSet<&'static str>,
}

impl<'g> Table<'g> {
    /// Reads the header row against `spec` and finds the entry rows.
    fn new(grid: &'g Grid, spec: &[Column], issues: &mut Issues) -> Table<'g> {
        let name = grid.name.as_str();
        let mut columns: HashMap<&'static str, u32> = HashMap::new();
        let mut unknown = BTreeSet::new();
        for (c, cell) in grid.row(0) {
            if let Some(f) = &cell.formula {
                issues.push(Issue {
                    at: Location::cell(name, 1, c, ""),
                    kind: IssueKind::Formula {
                        formula: formula_text(f),
                    },
                });
            }
            let text = match &cell.value {
                Value::Text(t) => t.trim().to_owned(),
                other => other.found().to_string(),
            };
            if text.is_empty() {
                continue;
            }
            match spec.iter().find(|s| s.header == text) {
                Some(s) => {
                    if let Some(first) = columns.get(s.header) {
                        issues.push(Issue {
                            at: Location::cell(name, 1, c, s.header),
                            kind: IssueKind::DuplicateHeader {
                                first: crate::column_letter(*first),
                            },
                        });
                        unknown.insert(c);
                    } else {
                        columns.insert(s.header, c);
                    }
                }
                None => {
                    issues.push(Issue {
                        at: Location::cell(name, 1, c, ""),
                        kind: IssueKind::UnknownHeader {
                            found: cell.value.found(),
                            known: spec.iter().map(|s| s.header.to_owned()).collect(),
                        },
                    });
                    unknown.insert(c);
                }
            }
        }
        let mut missing = BTreeSet::new();
        for s in spec.iter().filter(|s| s.required) {
            if !columns.contains_key(s.header) {
                missing.insert(s.header);
                issues.push(Issue {
                    at: Location {
                        header: Some(s.header.to_owned()),
                        ..Location::row(name, 1)
                    },
                    kind: IssueKind::MissingColumn {
                        header: s.header.to_owned(),
                    },
                });
            }
        }
        let by_column: HashMap<u32, &'static str> = columns.iter().map(|(h, c)| (*c, *h)).collect();
        let mut rows = BTreeSet::new();
        for (&(r, c), cell) in grid.cells.range((1, 0)..) {
            let header = by_column.get(&c).copied();
            let own = cell.own((r, c));
            if let Some(f) = &cell.formula {
                if header != Some(NOTES) {
                    issues.push(Issue {
                        at: Location::cell(name, r + 1, c, header.unwrap_or("")),
                        kind: IssueKind::Formula {
                            formula: formula_text(f),
                        },
                    });
                }
            }
            match header {
                None if own && !cell.value.is_void() && !unknown.contains(&c) => {
                    issues.push(Issue {
                        at: Location::cell(name, r + 1, c, ""),
                        kind: IssueKind::OutsideColumns {
                            found: cell.value.found(),
                        },
                    });
                }
                Some(h)
                    if h != NOTES && own && (!cell.value.is_void() || cell.formula.is_some()) =>
                {
                    rows.insert(r);
                }
                _ => {}
            }
        }
        Table {
            grid,
            columns,
            rows: rows.into_iter().collect(),
            missing,
        }
    }

    fn name(&self) -> &str {
        &self.grid.name
    }

    /// The value of `header` in `row`, when not blank, and where it is
    /// written (the first cell of a merged range); or where it would be.
    fn get(&self, row: u32, header: &str) -> (Option<&'g Value>, Location) {
        let Some(&c) = self.columns.get(header) else {
            return (
                None,
                Location {
                    header: Some(header.to_owned()),
                    ..Location::row(self.name(), row + 1)
                },
            );
        };
        match self.grid.get(row, c) {
            Some(cell) if !cell.value.is_blank() => (
                Some(&cell.value),
                Location::cell(self.name(), cell.origin.0 + 1, cell.origin.1, header),
            ),
            _ => (None, Location::cell(self.name(), row + 1, c, header)),
        }
    }
}

/// Builds the rubric's JSON from the sheets.
struct Builder {
    issues: Issues,
    warnings: Vec<Issue>,
    /// JSON path → the cell it came from.
    places: HashMap<String, Location>,
}

type Conv<'v, T> = &'v dyn Fn(&Value) -> Result<T, IssueKind>;

impl Builder {
    /// The cell a JSON path came from: the nearest recorded path at or
    /// above it (`fallback` first when given).
    fn locate(&self, path: &str, fallback: &str) -> Location {
        if let Some(l) = self.places.get(path) {
            return l.clone();
        }
        let mut p = if fallback.is_empty() { path } else { fallback };
        loop {
            if let Some(l) = self.places.get(p) {
                return l.clone();
            }
            if p.is_empty() {
                return Location::file();
            }
            p = parent(p);
        }
    }

    fn place(&mut self, path: &str, at: &Location) {
        self.places.insert(path.to_owned(), at.clone());
    }

    /// Reads `header` of `row` with `conv`, recording it as `path`; a blank
    /// cell is `None`, reported when `required`.
    fn cell<T>(
        &mut self,
        t: &Table<'_>,
        row: u32,
        header: &str,
        path: &str,
        required: Option<Expected>,
        conv: Conv<'_, T>,
    ) -> Option<T> {
        let (value, at) = t.get(row, header);
        if !path.is_empty() {
            self.place(path, &at);
        }
        let Some(value) = value else {
            if let Some(expected) = required.filter(|_| !t.missing.contains(header)) {
                self.issues.push(Issue {
                    at,
                    kind: IssueKind::Required { expected },
                });
            }
            return None;
        };
        match conv(value) {
            Ok(v) => Some(v),
            Err(kind) => {
                self.issues.push(Issue { at, kind });
                None
            }
        }
    }

    fn text(
        &mut self,
        t: &Table<'_>,
        row: u32,
        header: &str,
        path: &str,
        req: bool,
    ) -> Option<String> {
        self.cell(
            t,
            row,
            header,
            path,
            req.then_some(Expected::Text),
            &as_text,
        )
    }

    fn code(
        &mut self,
        t: &Table<'_>,
        row: u32,
        header: &str,
        path: &str,
        req: bool,
    ) -> Option<String> {
        self.cell(t, row, header, path, req.then_some(Expected::Id), &|v| {
            as_code(v, Expected::Id)
        })
    }

    fn points(
        &mut self,
        t: &Table<'_>,
        row: u32,
        header: &str,
        path: &str,
        req: bool,
    ) -> Option<String> {
        self.cell(
            t,
            row,
            header,
            path,
            req.then_some(Expected::Points),
            &as_points,
        )
    }

    fn choice(
        &mut self,
        t: &Table<'_>,
        row: u32,
        header: &str,
        path: &str,
        req: bool,
        vocab: Vocab,
    ) -> Option<&'static str> {
        self.cell(
            t,
            row,
            header,
            path,
            req.then_some(Expected::Choice(vocab)),
            &|v| as_choice(v, vocab),
        )
    }

    fn yes_no(&mut self, t: &Table<'_>, row: u32, header: &str, path: &str) -> Option<bool> {
        self.cell(t, row, header, path, None, &as_yes_no)
    }

    fn whole(
        &mut self,
        t: &Table<'_>,
        row: u32,
        header: &str,
        path: &str,
        req: bool,
    ) -> Option<u64> {
        self.cell(
            t,
            row,
            header,
            path,
            req.then_some(Expected::WholeNumber),
            &|v| as_whole(v, Expected::WholeNumber),
        )
    }

    fn share(&mut self, t: &Table<'_>, row: u32, header: &str, path: &str) -> Option<String> {
        self.cell(t, row, header, path, None, &|v| {
            as_decimal(v, Expected::Share, false).map(|d| d.to_string())
        })
    }

    // -----------------------------------------------------------------------
    // The rubric.

    fn rubric(
        &mut self,
        info: Option<&Grid>,
        documents: Option<&Grid>,
        grades: Option<&Grid>,
        facts: Option<&Grid>,
        items: Option<&Grid>,
    ) -> Json {
        let mut root = Map::new();
        self.places
            .insert(String::new(), Location::sheet(columns::INFO));
        let mut level = None;
        if let Some(g) = info {
            level = self.info(g, &mut root);
        }
        let mut single_doc = None;
        if let Some(g) = documents {
            let docs = self.documents(g);
            if let [only] = docs.as_slice() {
                single_doc = only.get("id").and_then(Json::as_str).map(str::to_owned);
            }
            root.insert("documents".into(), Json::Array(docs));
        }
        if let Some(g) = grades {
            root.insert("grades".into(), Json::Array(self.grades(g)));
        }
        // An empty 基本情况 (not even its header) is as good as none.
        if let Some(g) = facts.filter(|g| !g.cells.is_empty()) {
            let facts = self.facts(g);
            if !facts.is_empty() {
                root.insert("facts".into(), Json::Array(facts));
            }
        }
        if let Some(g) = items {
            let sections = self.sections(g, level.as_deref(), single_doc.as_deref());
            root.insert("sections".into(), Json::Array(sections));
        }
        Json::Object(root)
    }

    /// Sheet 细则信息; returns the rubric's level.
    fn info(&mut self, g: &Grid, root: &mut Map<String, Json>) -> Option<String> {
        let t = Table::new(g, columns::INFO_COLUMNS, &mut self.issues);
        self.place("", &Location::sheet(t.name()));
        let mut rows: BTreeMap<&'static str, u32> = BTreeMap::new();
        for &r in &t.rows {
            let Some(key) = self.cell(&t, r, "项目", "", Some(Expected::Text), &|v| {
                as_code(v, Expected::Text)
            }) else {
                continue;
            };
            match INFO_KEYS.iter().find(|(k, _)| *k == key) {
                Some((k, _)) => {
                    if let Some(first) = rows.get(k) {
                        let (_, at) = t.get(r, "项目");
                        self.issues.push(Issue {
                            at,
                            kind: IssueKind::DuplicateKey { first: first + 1 },
                        });
                    } else {
                        rows.insert(k, r);
                    }
                }
                None => {
                    let (_, at) = t.get(r, "项目");
                    self.issues.push(Issue {
                        at,
                        kind: IssueKind::UnknownKey {
                            found: Found::Text(key),
                            known: INFO_KEYS.iter().map(|(k, _)| (*k).to_owned()).collect(),
                        },
                    });
                }
            }
        }
        let sheet = t.name().to_owned();
        // Reads key `key`'s value as `path`.
        let value = |b: &mut Builder,
                     key: &'static str,
                     path: &str,
                     expected: Expected,
                     conv: Conv<'_, Json>| {
            let required = INFO_KEYS.iter().any(|(k, req)| *k == key && *req);
            let Some(&r) = rows.get(key) else {
                let at = Location {
                    header: Some(key.to_owned()),
                    ..Location::sheet(&sheet)
                };
                b.place(path, &at);
                if required {
                    b.issues.push(Issue {
                        at,
                        kind: IssueKind::Required { expected },
                    });
                }
                return None;
            };
            let (v, mut at) = t.get(r, "内容");
            at.header = Some(key.to_owned());
            b.place(path, &at);
            match v {
                None if required => {
                    b.issues.push(Issue {
                        at,
                        kind: IssueKind::Required { expected },
                    });
                    None
                }
                None => None,
                Some(v) => match conv(v) {
                    Ok(j) => Some(j),
                    Err(kind) => {
                        b.issues.push(Issue { at, kind });
                        None
                    }
                },
            }
        };
        let text = |v: &Value| as_text(v).map(Json::String);
        let code = |v: &Value| as_code(v, Expected::Id).map(Json::String);
        let points = |v: &Value| as_points(v).map(Json::String);
        let put = |root: &mut Map<String, Json>, k: &str, v: Option<Json>| {
            if let Some(v) = v {
                root.insert(k.to_owned(), v);
            }
        };
        let id = value(self, "细则编号", "id", Expected::Id, &code);
        put(root, "id", id);
        let version = value(self, "版本", "version", Expected::Text, &text);
        put(root, "version", version);
        let title = value(self, "标题", "title", Expected::Text, &text);
        put(root, "title", title);
        let description = value(self, "说明", "description", Expected::Text, &text);
        put(root, "description", description);
        let level = value(
            self,
            "填报层级",
            "level",
            Expected::Choice(names::LEVELS),
            &|v| as_choice(v, names::LEVELS).map(|s| Json::String(s.into())),
        );
        let level_name = level.as_ref().and_then(Json::as_str).map(str::to_owned);
        put(root, "level", level);
        let mut period = Map::new();
        period.insert("unit".into(), json!("year"));
        let label = value(self, "考核周期", "period.label", Expected::Text, &text);
        put(&mut period, "label", label);
        let year = value(self, "年度", "period.year", Expected::Year, &|v| {
            as_whole(v, Expected::Year).map(Json::from)
        });
        put(&mut period, "year", year);
        root.insert("period".into(), Json::Object(period));
        let mut pass = Map::new();
        let grade = value(self, "达标等次", "pass.grade", Expected::Text, &text);
        put(&mut pass, "grade", grade);
        let min = value(self, "达标分数", "pass.min", Expected::Points, &points);
        put(&mut pass, "min", min);
        if let Some(at) = self.places.get("pass.grade").cloned() {
            self.place("pass", &at);
        }
        if !pass.is_empty() {
            root.insert("pass".into(), Json::Object(pass));
        }
        let cap = value(self, "加分上限", "bonus_cap", Expected::Points, &points);
        put(root, "bonus_cap", cap);
        let na = value(
            self,
            "不适用项",
            "na_policy",
            Expected::Choice(names::NA_POLICY),
            &|v| as_choice(v, names::NA_POLICY).map(|s| Json::String(s.into())),
        );
        put(root, "na_policy", na);
        level_name
    }

    /// Sheet 依据文件.
    fn documents(&mut self, g: &Grid) -> Vec<Json> {
        let t = Table::new(g, columns::DOCUMENT_COLUMNS, &mut self.issues);
        self.place("documents", &Location::sheet(t.name()));
        let mut out = Vec::new();
        for (i, &r) in t.rows.iter().enumerate() {
            let p = format!("documents[{i}]");
            self.place(&p, &Location::row(t.name(), r + 1));
            let mut d = Map::new();
            let mut put = |k: &str, v: Option<Json>| {
                if let Some(v) = v {
                    d.insert(k.to_owned(), v);
                }
            };
            put(
                "id",
                self.code(&t, r, "编号", &format!("{p}.id"), true)
                    .map(Json::String),
            );
            put(
                "number",
                self.text(&t, r, "文号", &format!("{p}.number"), false)
                    .map(Json::String),
            );
            put(
                "title",
                self.text(&t, r, "标题", &format!("{p}.title"), true)
                    .map(Json::String),
            );
            put(
                "issuer",
                self.text(&t, r, "发文单位", &format!("{p}.issuer"), false)
                    .map(Json::String),
            );
            put(
                "date",
                self.cell(&t, r, "发文日期", &format!("{p}.date"), None, &|v| {
                    as_date(v, Expected::Date)
                })
                .map(Json::String),
            );
            put(
                "kind",
                self.choice(
                    &t,
                    r,
                    "类别",
                    &format!("{p}.kind"),
                    false,
                    names::DOCUMENT_KINDS,
                )
                .map(|s| Json::String(s.into())),
            );
            out.push(Json::Object(d));
        }
        out
    }

    /// Sheet 等次.
    fn grades(&mut self, g: &Grid) -> Vec<Json> {
        let t = Table::new(g, columns::GRADE_COLUMNS, &mut self.issues);
        self.place("grades", &Location::sheet(t.name()));
        let mut out = Vec::new();
        for (i, &r) in t.rows.iter().enumerate() {
            let p = format!("grades[{i}]");
            self.place(&p, &Location::row(t.name(), r + 1));
            let mut band = Map::new();
            if let Some(name) = self.text(&t, r, "等次", &format!("{p}.name"), true) {
                band.insert("name".into(), Json::String(name));
            }
            if let Some(min) = self.points(&t, r, "最低分", &format!("{p}.min"), true) {
                band.insert("min".into(), Json::String(min));
            }
            out.push(Json::Object(band));
        }
        out
    }

    /// Sheet 基本情况.
    fn facts(&mut self, g: &Grid) -> Vec<Json> {
        let t = Table::new(g, columns::FACT_COLUMNS, &mut self.issues);
        self.place("facts", &Location::sheet(t.name()));
        let mut out = Vec::new();
        for (i, &r) in t.rows.iter().enumerate() {
            let p = format!("facts[{i}]");
            self.place(&p, &Location::row(t.name(), r + 1));
            let mut fact = Map::new();
            if let Some(id) = self.code(&t, r, "编号", &format!("{p}.id"), true) {
                fact.insert("id".into(), Json::String(id));
            }
            if let Some(label) = self.text(&t, r, "问题", &format!("{p}.label"), true) {
                fact.insert("label".into(), Json::String(label));
            }
            if let Some(kind) =
                self.choice(&t, r, "类型", &format!("{p}.kind"), true, names::FACT_KINDS)
            {
                fact.insert("kind".into(), Json::String(kind.into()));
            }
            out.push(Json::Object(fact));
        }
        out
    }

    /// Sheet 评分细则: the sections and their items.
    fn sections(&mut self, g: &Grid, level: Option<&str>, single_doc: Option<&str>) -> Vec<Json> {
        let columns = columns::item_columns();
        let t = Table::new(g, &columns, &mut self.issues);
        self.place("sections", &Location::sheet(t.name()));

        struct Acc {
            id: String,
            title: Option<(String, Location)>,
            points: Option<(String, Location)>,
            items: Vec<Json>,
        }
        let mut sections: Vec<Acc> = Vec::new();
        // Entry row → section index.
        let mut section_of: BTreeMap<u32, usize> = BTreeMap::new();
        for &r in &t.rows {
            let sid = self.cell(&t, r, "板块编号", "", None, &|v| {
                as_code(v, Expected::Id)
            });
            let starts = match (&sid, sections.last()) {
                (Some(id), Some(last)) => *id != last.id,
                (Some(_), None) => true,
                (None, Some(_)) => false,
                (None, None) => {
                    let (_, at) = t.get(r, "板块编号");
                    self.issues.push(Issue {
                        at,
                        kind: IssueKind::Required {
                            expected: Expected::Id,
                        },
                    });
                    true
                }
            };
            if starts {
                let si = sections.len();
                let sp = format!("sections[{si}]");
                self.place(&sp, &Location::row(t.name(), r + 1));
                let (_, id_at) = t.get(r, "板块编号");
                self.place(&format!("{sp}.id"), &id_at);
                self.place(&format!("{sp}.items"), &Location::row(t.name(), r + 1));
                let title = self
                    .text(&t, r, "板块", &format!("{sp}.title"), true)
                    .map(|v| (v, t.get(r, "板块").1));
                let points = self
                    .points(&t, r, "板块分值", &format!("{sp}.points"), true)
                    .map(|v| (v, t.get(r, "板块分值").1));
                sections.push(Acc {
                    id: sid.clone().unwrap_or_default(),
                    title,
                    points,
                    items: Vec::new(),
                });
            } else if let Some(acc) = sections.last() {
                let title = acc.title.clone();
                let points = acc.points.clone();
                self.same(&t, r, "板块", title, &as_text);
                self.same(&t, r, "板块分值", points, &as_points);
            }
            let si = sections.len().saturating_sub(1);
            section_of.insert(r, si);
            let ii = sections.last().map_or(0, |s| s.items.len());
            let item = self.item(
                &t,
                r,
                &format!("sections[{si}].items[{ii}]"),
                level,
                single_doc,
            );
            if let Some(acc) = sections.last_mut() {
                acc.items.push(item);
            }
        }
        self.merges_across_sections(
            &t,
            &section_of,
            &sections.iter().map(|s| s.id.clone()).collect::<Vec<_>>(),
        );
        sections
            .into_iter()
            .map(|s| {
                let mut m = Map::new();
                m.insert("id".into(), Json::String(s.id));
                if let Some((title, _)) = s.title {
                    m.insert("title".into(), Json::String(title));
                }
                if let Some((points, _)) = s.points {
                    m.insert("points".into(), Json::String(points));
                }
                m.insert("items".into(), Json::Array(s.items));
                Json::Object(m)
            })
            .collect()
    }

    /// A later row of a section: `header`, when given, must repeat the
    /// section's first value.
    fn same(
        &mut self,
        t: &Table<'_>,
        row: u32,
        header: &str,
        first: Option<(String, Location)>,
        conv: Conv<'_, String>,
    ) {
        let (Some(v), at) = t.get(row, header) else {
            return;
        };
        let Some((expected, first_at)) = first else {
            return;
        };
        if at == first_at {
            return;
        }
        match conv(v) {
            Ok(found) if found == expected => {}
            Ok(_) => self.issues.push(Issue {
                at,
                kind: IssueKind::SectionMismatch {
                    first: first_at.cell_ref().unwrap_or_default(),
                    expected: Found::Text(expected),
                    found: v.found(),
                },
            }),
            Err(kind) => self.issues.push(Issue { at, kind }),
        }
    }

    /// A merged range in a 板块 column must stay within one section.
    fn merges_across_sections(
        &mut self,
        t: &Table<'_>,
        section_of: &BTreeMap<u32, usize>,
        ids: &[String],
    ) {
        for header in ["板块编号", "板块", "板块分值"] {
            let Some(&c) = t.columns.get(header) else {
                continue;
            };
            for m in t.grid.merges.iter().filter(|m| m.first.1 == c) {
                let covered: BTreeSet<usize> = section_of
                    .range(m.first.0..=m.last.0)
                    .map(|(_, s)| *s)
                    .collect();
                if covered.len() > 1 {
                    self.issues.push(Issue {
                        at: t.grid.range_location(*m, header),
                        kind: IssueKind::MergedAcrossSections {
                            sections: covered
                                .iter()
                                .filter_map(|s| ids.get(*s).cloned())
                                .collect(),
                        },
                    });
                }
            }
        }
    }

    /// One item row.
    fn item(
        &mut self,
        t: &Table<'_>,
        r: u32,
        ip: &str,
        level: Option<&str>,
        single_doc: Option<&str>,
    ) -> Json {
        let p = |f: &str| format!("{ip}.{f}");
        self.place(ip, &Location::row(t.name(), r + 1));
        let mut item = Map::new();
        let id = self.code(t, r, "编号", &p("id"), true);
        let title = self.text(t, r, "考核内容", &p("title"), true);
        let points = self.points(t, r, "分值", &p("points"), true);
        let kind = self.choice(t, r, "计分方式", &p("scoring"), true, names::KINDS);
        if let Some(at) = self.places.get(&p("scoring")).cloned() {
            self.place(&p("scoring.kind"), &at);
        }
        let scoring = kind.map(|k| self.scoring(t, r, k, &p("scoring")));

        let mut source = Map::new();
        let doc = self.code(
            t,
            r,
            "依据文件",
            &p("source.document"),
            single_doc.is_none(),
        );
        if let Some(at) = self.places.get(&p("source.document")).cloned() {
            self.place(&p("source"), &at);
        }
        if let Some(doc) = doc.or_else(|| single_doc.map(str::to_owned)) {
            source.insert("document".into(), Json::String(doc));
        }
        if let Some(clause) = self.text(t, r, "条款", &p("source.clause"), true) {
            source.insert("clause".into(), Json::String(clause));
        }
        if let Some(quote) = self.text(t, r, "原文", &p("source.quote"), true) {
            source.insert("quote".into(), Json::String(quote));
        }
        let evidence = self.text(t, r, "佐证材料", &p("evidence"), true);
        let responsible = self.text(t, r, "责任部门", &p("responsible"), false);
        let item_level = self
            .choice(
                t,
                r,
                "统计层级",
                &p("level"),
                level.is_none(),
                names::LEVELS,
            )
            .or(level.and_then(|l| names::LEVELS.read(l)));

        let fact = self.code(t, r, "适用条件", &p("applies_if.fact"), false);
        if let Some(at) = self.places.get(&p("applies_if.fact")).cloned() {
            self.place(&p("applies_if"), &at);
        }
        let value = self.cell(
            t,
            r,
            "条件值",
            &p("applies_if.at_least"),
            None,
            &as_condition,
        );
        if let Some(at) = self.places.get(&p("applies_if.at_least")).cloned() {
            self.place(&p("applies_if.is"), &at);
        }
        let note = self.text(t, r, "条件说明", &p("applies_if.note"), false);
        let condition = match (fact, value) {
            (Some(fact), value) => {
                let mut c = Map::new();
                c.insert("fact".into(), Json::String(fact));
                match value {
                    Some(Condition::AtLeast(n)) => {
                        c.insert("at_least".into(), Json::from(n));
                    }
                    Some(Condition::Is(b)) => {
                        c.insert("is".into(), Json::Bool(b));
                    }
                    None => {
                        let (v, at) = t.get(r, "条件值");
                        if v.is_none() {
                            self.issues.push(Issue {
                                at,
                                kind: IssueKind::Required {
                                    expected: Expected::ConditionValue,
                                },
                            });
                        }
                    }
                }
                if let Some(note) = note {
                    c.insert("note".into(), Json::String(note));
                }
                Some(Json::Object(c))
            }
            (None, _) => {
                for header in ["条件值", "条件说明"] {
                    if let (Some(_), at) = t.get(r, header) {
                        self.issues.push(Issue {
                            at,
                            kind: IssueKind::Needs {
                                header: "适用条件".into(),
                            },
                        });
                    }
                }
                None
            }
        };
        let na_allowed = self.yes_no(t, r, "可否不适用", &p("na_allowed"));
        let missed = self.cell(t, r, "未开展后果", &p("missed"), None, &as_effect);
        if let Some(at) = self.places.get(&p("missed")).cloned() {
            self.place(&p("missed.grade"), &at);
        }

        let mut put = |k: &str, v: Option<Json>| {
            if let Some(v) = v {
                item.insert(k.to_owned(), v);
            }
        };
        put("id", id.map(Json::String));
        put("title", title.map(Json::String));
        put("source", Some(Json::Object(source)));
        put("level", item_level.map(|l| Json::String(l.into())));
        put("evidence", evidence.map(Json::String));
        put("points", points.map(Json::String));
        put("responsible", responsible.map(Json::String));
        put("applies_if", condition);
        put("na_allowed", na_allowed.map(Json::Bool));
        put("missed", missed);
        put("scoring", scoring);
        Json::Object(item)
    }

    /// The parameters of kind `kind` in row `r`, as the `scoring` object.
    fn scoring(&mut self, t: &Table<'_>, r: u32, kind: &'static str, sp: &str) -> Json {
        let by = names::KINDS.word(kind).unwrap_or(kind).to_owned();
        for p in columns::PARAMETERS {
            if !columns::kind_uses(kind, p.header) {
                if let (Some(_), at) = t.get(r, p.header) {
                    self.issues.push(Issue {
                        at,
                        kind: IssueKind::NotUsed { by: by.clone() },
                    });
                }
            }
        }
        let f = |field: &str| format!("{sp}.{field}");
        let mut s = Map::new();
        s.insert("kind".into(), Json::String(kind.into()));
        let put = |s: &mut Map<String, Json>, k: &str, v: Option<Json>| {
            if let Some(v) = v {
                s.insert(k.to_owned(), v);
            }
        };
        let string = |v: Option<String>| v.map(Json::String);
        let name = |v: Option<&'static str>| v.map(|n| Json::String(n.into()));
        match kind {
            "ratio" => {
                let v = self.choice(t, r, "比较", &f("compare"), true, names::COMPARE);
                put(&mut s, "compare", name(v));
                let v = self.threshold(t, r, &f("threshold"));
                put(&mut s, "threshold", string(v));
                let v = self.text(t, r, "分子", &f("numerator"), true);
                put(&mut s, "numerator", string(v));
                let v = self.text(t, r, "分母", &f("denominator"), true);
                put(&mut s, "denominator", string(v));
                let v = self.text(t, r, "单位", &f("gap_unit"), true);
                put(&mut s, "gap_unit", string(v));
                let v = self.yes_no(t, r, "分子计入分母", &f("share_of_total"));
                put(&mut s, "share_of_total", v.map(Json::Bool));
                let v = self.choice(
                    t,
                    r,
                    "分母为零时",
                    &f("zero_denominator"),
                    false,
                    names::ZERO_DENOMINATOR,
                );
                put(&mut s, "zero_denominator", name(v));
                let award = self.ratio_award(t, r, sp);
                put(&mut s, "award", award);
                let from = self.link(t, r, sp);
                put(&mut s, "from", from);
            }
            "frequency" => {
                let v = self.text(t, r, "事项", &f("what"), true);
                put(&mut s, "what", string(v));
                let v = self.choice(t, r, "周期", &f("per"), true, names::PER);
                put(&mut s, "per", name(v));
                let v = self.whole(t, r, "次数", &f("required"), true);
                put(&mut s, "required", v.map(Json::from));
                let v = self.points(t, r, "每次扣分", &f("deduct"), true);
                put(&mut s, "deduct", string(v));
                let v = self.points(t, r, "最低分", &f("floor"), false);
                put(&mut s, "floor", string(v));
            }
            "count" => {
                let v = self.whole(t, r, "目标", &f("target"), true);
                put(&mut s, "target", v.map(Json::from));
                let v = self.text(t, r, "单位", &f("unit"), true);
                put(&mut s, "unit", string(v));
                let v = self.choice(t, r, "得分方式", &f("award"), false, names::COUNT_AWARD);
                put(&mut s, "award", name(v));
            }
            "checklist" => {
                let v = self.share(t, r, "部分完成比例", &f("partly"));
                put(&mut s, "partly", string(v));
            }
            "levels" => {
                let v = self.cell(
                    t,
                    r,
                    "等级",
                    &f("levels"),
                    Some(Expected::Levels),
                    &as_levels,
                );
                put(&mut s, "levels", v);
            }
            "deduction" => {
                let v = self.text(t, r, "事项", &f("event"), true);
                put(&mut s, "event", string(v));
                let v = self.points(t, r, "每次扣分", &f("per"), true);
                put(&mut s, "per", string(v));
                let v = self.points(t, r, "最低分", &f("floor"), false);
                put(&mut s, "floor", string(v));
            }
            "bonus" => {
                let v = self.text(t, r, "事项", &f("event"), true);
                put(&mut s, "event", string(v));
                let v = self.points(t, r, "每次加分", &f("per"), true);
                put(&mut s, "per", string(v));
            }
            "veto" => {
                let v = self.text(t, r, "事项", &f("event"), true);
                put(&mut s, "event", string(v));
                let v = self.cell(
                    t,
                    r,
                    "否决后果",
                    &f("effect"),
                    Some(Expected::Effect),
                    &as_effect,
                );
                if let Some(at) = self.places.get(&f("effect")).cloned() {
                    self.place(&f("effect.grade"), &at);
                }
                put(&mut s, "effect", v);
            }
            "deadline" => {
                let v = self.cell(t, r, "截止", &f("due"), Some(Expected::Due), &|v| {
                    as_date(v, Expected::Due)
                });
                put(&mut s, "due", string(v));
                let v = self.yes_no(t, r, "含截止日", &f("inclusive"));
                put(&mut s, "inclusive", v.map(Json::Bool));
                let v = self.text(t, r, "截止说明", &f("due_text"), false);
                put(&mut s, "due_text", string(v));
                let v = self.share(t, r, "逾期得分比例", &f("late_credit"));
                put(&mut s, "late_credit", string(v));
            }
            "coverage" => {
                let v = self.text(t, r, "分子", &f("reached"), true);
                put(&mut s, "reached", string(v));
                let v = self.text(t, r, "分母", &f("all"), true);
                put(&mut s, "all", string(v));
                let v = self.text(t, r, "单位", &f("unit"), true);
                put(&mut s, "unit", string(v));
                let v = self.choice(t, r, "得分方式", &f("award"), false, names::COUNT_AWARD);
                put(&mut s, "award", name(v));
            }
            _ => {}
        }
        Json::Object(s)
    }

    /// 阈值: a percentage; a number cell below 1 is read, with a warning.
    fn threshold(&mut self, t: &Table<'_>, r: u32, path: &str) -> Option<String> {
        let d = self.cell(t, r, "阈值", path, Some(Expected::Percent), &|v| {
            as_decimal(v, Expected::Percent, true)
        })?;
        if let (Some(Value::Number(_)), at) = t.get(r, "阈值") {
            if d < Decimal::from_int(1) && d > Decimal::ZERO {
                self.warnings.push(Issue {
                    at,
                    kind: IssueKind::ThresholdBelowOne {
                        found: d.to_string(),
                    },
                });
            }
        }
        Some(d.to_string())
    }

    /// 得分方式 of a 比率 item, with the slope's cells.
    fn ratio_award(&mut self, t: &Table<'_>, r: u32, sp: &str) -> Option<Json> {
        let f = |field: &str| format!("{sp}.{field}");
        let mode = self.choice(t, r, "得分方式", &f("award"), false, names::RATIO_AWARD);
        if let Some(at) = self.places.get(&f("award")).cloned() {
            self.place(&f("award.mode"), &at);
        }
        let slope = ["基准分", "每10个百分点", "最低分"];
        if mode != Some("slope") {
            let by = names::RATIO_AWARD
                .word(mode.unwrap_or("all_or_nothing"))
                .unwrap_or_default()
                .to_owned();
            for h in slope {
                if let (Some(_), at) = t.get(r, h) {
                    self.issues.push(Issue {
                        at,
                        kind: IssueKind::NotUsed { by: by.clone() },
                    });
                }
            }
            return mode.map(|m| Json::String(m.into()));
        }
        let mut a = Map::new();
        a.insert("mode".into(), json!("slope"));
        if let Some(v) = self.points(t, r, "基准分", &f("award.base"), true) {
            a.insert("base".into(), Json::String(v));
        }
        if let Some(v) = self.points(t, r, "每10个百分点", &f("award.per_10pp"), true) {
            a.insert("per_10pp".into(), Json::String(v));
        }
        if let Some(v) = self.points(t, r, "最低分", &f("award.floor"), false) {
            a.insert("floor".into(), Json::String(v));
        }
        Some(Json::Object(a))
    }

    /// 数据来源, 分子来源, 分母来源: all three or none.
    fn link(&mut self, t: &Table<'_>, r: u32, sp: &str) -> Option<Json> {
        let f = |field: &str| format!("{sp}.{field}");
        let given = ["数据来源", "分子来源", "分母来源"]
            .iter()
            .any(|h| t.get(r, h).0.is_some());
        if !given {
            return None;
        }
        let rubric = self.cell(t, r, "数据来源", &f("from.rubric"), None, &|v| {
            as_code(v, Expected::Id)
        });
        if let Some(at) = self.places.get(&f("from.rubric")).cloned() {
            self.place(&f("from"), &at);
        }
        let numerator = self.cell(t, r, "分子来源", &f("from.numerator"), None, &as_figure);
        let denominator = self.cell(t, r, "分母来源", &f("from.denominator"), None, &as_figure);
        for (h, v) in [
            ("数据来源", rubric.is_some()),
            ("分子来源", numerator.is_some()),
            ("分母来源", denominator.is_some()),
        ] {
            let (cell, at) = t.get(r, h);
            if !v && cell.is_none() {
                self.issues.push(Issue {
                    at,
                    kind: IssueKind::Required {
                        expected: if h == "数据来源" {
                            Expected::Id
                        } else {
                            Expected::Figure
                        },
                    },
                });
            }
        }
        let mut m = Map::new();
        m.insert("rubric".into(), Json::String(rubric?));
        m.insert("numerator".into(), numerator?);
        m.insert("denominator".into(), denominator?);
        Some(Json::Object(m))
    }
}

// ---------------------------------------------------------------------------
// Cell conversions.

fn wrong(expected: Expected, v: &Value) -> IssueKind {
    IssueKind::WrongType {
        expected,
        found: v.found(),
    }
}

/// Free text, exactly as written; a number as its decimal.
fn as_text(v: &Value) -> Result<String, IssueKind> {
    match v {
        Value::Text(t) => Ok(t.clone()),
        Value::Number(n) => Ok(n.clone()),
        other => Err(wrong(Expected::Text, other)),
    }
}

/// An id or a key: text without surrounding spaces; a number as its
/// decimal.
fn as_code(v: &Value, expected: Expected) -> Result<String, IssueKind> {
    match v {
        Value::Text(t) => Ok(t.trim().to_owned()),
        Value::Number(n) => Ok(n.clone()),
        other => Err(wrong(expected, other)),
    }
}

/// Full-width digits and signs as ASCII, surrounding spaces removed.
fn ascii_number(text: &str) -> String {
    text.trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => {
                char::from_u32(u32::from(c) - u32::from('０') + u32::from('0')).unwrap_or(c)
            }
            '．' => '.',
            '－' => '-',
            '＋' => '+',
            '％' => '%',
            c => c,
        })
        .collect()
}

/// A decimal from a number cell or a text; with `percent`, a text may end
/// in `%`.
fn as_decimal(v: &Value, expected: Expected, percent: bool) -> Result<Decimal, IssueKind> {
    let text = match v {
        Value::Number(n) => n.clone(),
        Value::Text(t) => {
            let t = ascii_number(t);
            match t.strip_suffix('%') {
                Some(rest) if percent => rest.trim_end().to_owned(),
                _ => t,
            }
        }
        other => return Err(wrong(expected, other)),
    };
    text.parse::<Decimal>().map_err(|_| wrong(expected, v))
}

/// Points: zero or more, at most two decimals, written canonically.
fn as_points(v: &Value) -> Result<String, IssueKind> {
    let d = as_decimal(v, Expected::Points, false)?;
    if d.is_negative() {
        return Err(wrong(Expected::Points, v));
    }
    Points::from_decimal(d)
        .map(|p| p.to_string())
        .ok_or_else(|| wrong(Expected::Points, v))
}

/// A whole number of zero or more.
fn as_whole(v: &Value, expected: Expected) -> Result<u64, IssueKind> {
    let d = as_decimal(v, expected, false).map_err(|_| wrong(expected, v))?;
    if d.scale() != 0 || d.is_negative() {
        return Err(wrong(expected, v));
    }
    u64::try_from(d.units()).map_err(|_| wrong(expected, v))
}

fn as_choice(v: &Value, vocab: Vocab) -> Result<&'static str, IssueKind> {
    let word = as_code(v, Expected::Text)?;
    vocab.read(&word).ok_or_else(|| IssueKind::UnknownChoice {
        found: word,
        choices: vocab.choices().iter().map(|c| (*c).to_owned()).collect(),
    })
}

fn as_yes_no(v: &Value) -> Result<bool, IssueKind> {
    match v {
        Value::Bool(b) => Ok(*b),
        Value::Text(t) => match names::YES_NO.read(t) {
            Some(name) => Ok(name == "true"),
            None => Err(wrong(Expected::YesNo, v)),
        },
        other => Err(wrong(Expected::YesNo, other)),
    }
}

/// A date cell (midnight) as `YYYY-MM-DD`, or a text as written (the
/// engine checks its shape).
fn as_date(v: &Value, expected: Expected) -> Result<String, IssueKind> {
    match v {
        Value::Date(d, true) => Ok(d.clone()),
        Value::Text(t) => Ok(t.trim().to_owned()),
        other => Err(wrong(expected, other)),
    }
}

enum Condition {
    AtLeast(u64),
    Is(bool),
}

fn as_condition(v: &Value) -> Result<Condition, IssueKind> {
    if let Ok(b) = as_yes_no(v) {
        return Ok(Condition::Is(b));
    }
    as_whole(v, Expected::ConditionValue).map(Condition::AtLeast)
}

/// `好:5;较好:4;一般:2.5;差:0`.
fn as_levels(v: &Value) -> Result<Json, IssueKind> {
    let Value::Text(text) = v else {
        return Err(wrong(Expected::Levels, v));
    };
    let mut out = Vec::new();
    for part in text.split([';', '；', '\n']) {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        let (name, points) = names::rsplit_colon(part).ok_or_else(|| wrong(Expected::Levels, v))?;
        let points =
            as_points(&Value::Text(points.to_owned())).map_err(|_| wrong(Expected::Levels, v))?;
        out.push(json!({ "name": name.trim(), "points": points }));
    }
    if out.is_empty() {
        return Err(wrong(Expected::Levels, v));
    }
    Ok(Json::Array(out))
}

/// `总分为零`, `最低等次`, `最高等次:合格`.
fn as_effect(v: &Value) -> Result<Json, IssueKind> {
    let text = as_code(v, Expected::Effect)?;
    if let Some(name) = names::EFFECTS.read(&text) {
        return Ok(json!({ "effect": name }));
    }
    match names::split_colon(&text) {
        Some((prefix, grade)) if matches!(prefix.trim(), names::CAP_GRADE | "cap_grade") => {
            Ok(json!({ "effect": "cap_grade", "grade": grade.trim() }))
        }
        _ => Err(wrong(Expected::Effect, v)),
    }
}

/// `达标单位数`, `单位数`, `合计:id`.
fn as_figure(v: &Value) -> Result<Json, IssueKind> {
    let text = as_code(v, Expected::Figure)?;
    if let Some(name) = names::FIGURES.read(&text) {
        return Ok(Json::String(name.into()));
    }
    match names::split_colon(&text) {
        Some((prefix, id)) if matches!(prefix.trim(), names::SUM | "sum") => {
            Ok(json!({ "sum": id.trim() }))
        }
        _ => Err(wrong(Expected::Figure, v)),
    }
}
