//! Workbooks through a real spreadsheet program: LibreOffice Calc
//! (`soffice --headless --convert-to`) re-saves exported workbooks, edits
//! come back through its flat ODS (`.fods`), and its CSV shows what a clerk
//! sees in the cells.
//!
//! Without `soffice` on the PATH the tests say "skipped" on stderr and
//! pass, unless `ZIPING_REQUIRE_LIBREOFFICE=1` (the project's test script
//! sets it), when they fail. Every start of LibreOffice costs seconds, so
//! the calls are serialised and convert several files at once where they
//! can.

#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use ziping_engine::shipped::SHIPPED;
use ziping_engine::Rubric;
use ziping_workbook::columns::{self, item_columns};
use ziping_workbook::tables::{Book, Table};
use ziping_workbook::{
    column_letter, from_workbook, to_workbook, write_tables, Expected, Found, IssueKind,
};

/// LibreOffice's xlsx filter.
const XLSX: &str = "xlsx:Calc MS Excel 2007 XML";
/// Flat ODS: one XML file.
const FODS: &str = "fods";
/// CSV of every sheet (the 12th token, -1, since LibreOffice 7.2), in
/// UTF-8 (76), separated by `,` (44), quoted with `"` (34), cells as shown
/// (the 9th token): a number formatted `0.0` writes 38.0.
const CSV_ALL: &str =
    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1";
/// How long one conversion may take.
const TIMEOUT: Duration = Duration::from_secs(120);

/// `soffice` on the PATH; `None` (the test then passes, saying so) when it
/// is missing, unless `ZIPING_REQUIRE_LIBREOFFICE=1`.
fn soffice() -> Option<PathBuf> {
    let found = std::env::var_os("PATH").and_then(|path| {
        std::env::split_paths(&path)
            .map(|dir| dir.join("soffice"))
            .find(|p| p.is_file())
    });
    if found.is_none() {
        if std::env::var("ZIPING_REQUIRE_LIBREOFFICE").as_deref() == Ok("1") {
            panic!(
                "LibreOffice (soffice) not found on the PATH, and ZIPING_REQUIRE_LIBREOFFICE=1: \
                 install it (scripts/setup --browsers installs libreoffice-calc-nogui)"
            );
        }
        eprintln!("skipped: LibreOffice (soffice) not found");
    }
    found
}

/// A fresh empty directory under the system's temporary directory.
fn scratch(label: &str) -> Scratch {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!(
        "ziping-libreoffice-{}-{n}-{label}",
        std::process::id()
    ));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    Scratch(dir)
}

/// A temporary directory, removed when dropped unless the test failed (so
/// that its files can be looked at).
struct Scratch(PathBuf);

impl Scratch {
    fn path(&self) -> &Path {
        &self.0
    }

    fn join(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }

    fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let p = self.join(name);
        fs::write(&p, bytes).unwrap();
        p
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!("kept {}", self.0.display());
        } else {
            let _ = fs::remove_dir_all(&self.0);
        }
    }
}

/// Converts `files` with LibreOffice to `to` (`xlsx:…`, `fods`, `csv:…`)
/// into `out`, in one start of LibreOffice with a fresh profile; panics
/// with its output when it fails, takes longer than [`TIMEOUT`] or leaves
/// an expected file out. Returns the files written, by input.
fn convert(soffice: &Path, to: &str, files: &[PathBuf], out: &Path) -> Vec<PathBuf> {
    // One LibreOffice at a time: it is heavy, and instances would share
    // nothing but the cores.
    static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let profile = scratch("profile");
    let log = profile.join("soffice.log");
    let started = Instant::now();
    let mut child = Command::new(soffice)
        .arg("--headless")
        .arg("--norestore")
        .arg("--nolockcheck")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.path().display()
        ))
        .arg("--convert-to")
        .arg(to)
        .arg("--outdir")
        .arg(out)
        .args(files)
        .stdin(Stdio::null())
        .stdout(fs::File::create(&log).unwrap())
        .stderr(fs::File::create(profile.join("soffice.err")).unwrap())
        .spawn()
        .unwrap();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("soffice --convert-to {to} took more than {TIMEOUT:?}: killed");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let output = || {
        let read = |name| fs::read_to_string(profile.join(name)).unwrap_or_default();
        format!("{}{}", read("soffice.log"), read("soffice.err"))
    };
    assert!(status.success(), "soffice: {status}\n{}", output());
    eprintln!(
        "soffice --convert-to {} of {} file(s): {:.1?}",
        to.split(':').next().unwrap_or(to),
        files.len(),
        started.elapsed()
    );
    if to.starts_with("csv") {
        // One file per sheet, `<name>-<sheet>.csv`: checked by the caller.
        return Vec::new();
    }
    let ext = to.split(':').next().unwrap_or(to);
    files
        .iter()
        .map(|f| {
            let stem = f.file_stem().unwrap().to_str().unwrap();
            let written = out.join(format!("{stem}.{ext}"));
            assert!(
                written.is_file(),
                "soffice wrote no {}\n{}",
                written.display(),
                output()
            );
            written
        })
        .collect()
}

fn shipped() -> Vec<Rubric> {
    SHIPPED
        .iter()
        .map(|s| Rubric::from_json(s.json).unwrap())
        .collect()
}

#[test]
fn every_shipped_rubric_resaved_by_libreoffice_imports_identical() {
    let Some(soffice) = soffice() else { return };
    let rubrics = shipped();
    let ours = scratch("ours");
    let files: Vec<PathBuf> = rubrics
        .iter()
        .map(|r| ours.write(&format!("{}.xlsx", r.id), &to_workbook(r).unwrap()))
        .collect();
    let theirs = scratch("theirs");
    let resaved = convert(&soffice, XLSX, &files, theirs.path());
    for (rubric, file) in rubrics.iter().zip(&resaved) {
        let bytes = fs::read(file).unwrap();
        // LibreOffice's own file, not ours copied.
        assert_ne!(bytes, to_workbook(rubric).unwrap());
        let imported = from_workbook(&bytes).unwrap_or_else(|e| panic!("{}:\n{e}", rubric.id));
        assert!(imported.warnings.is_empty(), "{:#?}", imported.warnings);
        assert_eq!(imported.rubric, *rubric, "{}", rubric.id);
    }
}

/// An exported shipped rubric as LibreOffice's flat ODS, made once for the
/// tests that edit it.
fn flat_ods(soffice: &Path) -> &'static (Rubric, String) {
    static FODS_TEXT: OnceLock<(Rubric, String)> = OnceLock::new();
    FODS_TEXT.get_or_init(|| {
        let rubric = Rubric::from_json(SHIPPED[0].json).unwrap();
        let dir = scratch("fods");
        let file = dir.write("rubric.xlsx", &to_workbook(&rubric).unwrap());
        let out = convert(soffice, FODS, &[file], dir.path());
        (rubric, fs::read_to_string(&out[0]).unwrap())
    })
}

/// The first item (by section, then item: its row on 评分细则 is the
/// index plus 2) whose title stands exactly once in the `.fods` as a cell's
/// whole paragraph, with that paragraph.
fn editable_item(rubric: &Rubric, fods: &str) -> (usize, usize, u32, String) {
    let mut row = 2;
    for (si, s) in rubric.sections.iter().enumerate() {
        for (ii, item) in s.items.iter().enumerate() {
            let p = format!("<text:p>{}</text:p>", item.title);
            if fods.matches(&p).count() == 1 {
                return (si, ii, row, p);
            }
            row += 1;
        }
    }
    panic!("no item's title stands alone in a cell of the .fods");
}

/// `fods` converted back to `.xlsx` by LibreOffice, read.
fn through_libreoffice(soffice: &Path, fods: &str) -> Vec<u8> {
    let dir = scratch("edited");
    let file = dir.write("edited.fods", fods.as_bytes());
    let out = scratch("edited-xlsx");
    let written = convert(soffice, XLSX, &[file], out.path());
    fs::read(&written[0]).unwrap()
}

#[test]
fn a_title_edited_in_libreoffice_imports_with_only_that_title_changed() {
    let Some(soffice) = soffice() else { return };
    let (rubric, fods) = flat_ods(&soffice);
    let (si, ii, _, p) = editable_item(rubric, fods);
    let title = &rubric.sections[si].items[ii].title;
    let edited = fods.replace(&p, &format!("<text:p>{title}（修订）</text:p>"));
    let bytes = through_libreoffice(&soffice, &edited);
    let imported = from_workbook(&bytes).unwrap_or_else(|e| panic!("{e}"));
    let mut expected = rubric.clone();
    expected.sections[si].items[ii].title = format!("{title}（修订）");
    assert_eq!(imported.rubric, expected);
}

#[test]
fn points_typed_as_words_in_libreoffice_give_a_located_issue() {
    let Some(soffice) = soffice() else { return };
    let (rubric, fods) = flat_ods(&soffice);
    let (_, _, row, p) = editable_item(rubric, fods);
    // The 分值 cell follows the 考核内容 cell: replace it, a number cell,
    // with the text 五分.
    let at = fods.find(&p).unwrap() + p.len();
    let cell_start = at + fods[at..].find("<table:table-cell").unwrap();
    let cell_end = cell_start + fods[cell_start..].find("</table:table-cell>").unwrap();
    let cell = &fods[cell_start..cell_end];
    assert!(cell.contains("office:value-type=\"float\""), "{cell}");
    let tag_end = cell.find('>').unwrap();
    let tag: String = cell[..tag_end]
        .split(' ')
        .filter(|a| !a.starts_with("office:value=") && !a.contains("value-type="))
        .collect::<Vec<_>>()
        .join(" ");
    let text = format!(
        "{tag} office:value-type=\"string\" calcext:value-type=\"string\"><text:p>五分</text:p>"
    );
    let edited = format!("{}{text}{}", &fods[..cell_start], &fods[cell_end..]);
    let bytes = through_libreoffice(&soffice, &edited);
    let err = from_workbook(&bytes).unwrap_err();
    let points = item_columns()
        .iter()
        .position(|c| c.header == "分值")
        .unwrap();
    let issue = err
        .issues
        .iter()
        .find(|i| matches!(i.kind, IssueKind::WrongType { .. }))
        .unwrap_or_else(|| panic!("{err}"));
    assert_eq!(issue.at.sheet.as_deref(), Some(columns::ITEMS), "{err}");
    assert_eq!(
        issue.at.cell_ref(),
        Some(format!(
            "{}{row}",
            column_letter(u32::try_from(points).unwrap())
        )),
        "{err}"
    );
    assert_eq!(issue.at.header.as_deref(), Some("分值"));
    assert_eq!(
        issue.kind,
        IssueKind::WrongType {
            expected: Expected::Points,
            found: Found::Text("五分".into()),
        }
    );
}

/// The rows of a CSV file: fields separated by `,`, quoted with `"` when
/// they hold `,`, `"` or a line break, a `"` inside written `""`.
fn csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// The CSV LibreOffice wrote for sheet `sheet` of the file `stem`.
fn sheet_csv(dir: &Scratch, stem: &str, sheet: &str) -> Vec<Vec<String>> {
    let file = dir.join(&format!("{stem}-{sheet}.csv"));
    let listing = || {
        fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
    };
    let text = fs::read_to_string(&file)
        .unwrap_or_else(|e| panic!("{}: {e}; written: {:?}", file.display(), listing()));
    csv(&text)
}

#[test]
fn the_csv_of_an_export_holds_every_item() {
    let Some(soffice) = soffice() else { return };
    let rubric = Rubric::from_json(SHIPPED[0].json).unwrap();
    let dir = scratch("csv");
    let file = dir.write("rubric.xlsx", &to_workbook(&rubric).unwrap());
    convert(&soffice, CSV_ALL, &[file], dir.path());
    let rows = sheet_csv(&dir, "rubric", columns::ITEMS);
    let col = |h: &str| rows[0].iter().position(|c| c == h).unwrap();
    let (id, title) = (col("编号"), col("考核内容"));
    let items: Vec<(&str, &str)> = rows[1..]
        .iter()
        .map(|r| (r[id].as_str(), r[title].as_str()))
        .collect();
    let expected: Vec<(&str, &str)> = rubric
        .sections
        .iter()
        .flat_map(|s| &s.items)
        .map(|i| (i.id.as_str(), i.title.as_str()))
        .collect();
    assert_eq!(items, expected);
    // Every sheet has its CSV.
    for sheet in [
        columns::INFO,
        columns::DOCUMENTS,
        columns::GRADES,
        columns::FACTS,
        columns::HELP,
    ] {
        assert!(!sheet_csv(&dir, "rubric", sheet).is_empty(), "{sheet}");
    }
}

#[test]
fn tables_show_in_libreoffice_as_written() {
    let Some(soffice) = soffice() else { return };
    let strings = |cells: &[&str]| cells.iter().map(|c| (*c).to_owned()).collect::<Vec<_>>();
    let problems = Table {
        name: "问题清单".into(),
        title: "示例党委 2020 年度自评".into(),
        header: strings(&[
            "序号",
            "存在主要问题",
            "整改措施",
            "责任部门",
            "完成时限",
            "得分",
        ]),
        rows: vec![
            strings(&["1", "=1+1", "+86 123", "组织部", "2020-10-20", "38.0"]),
            strings(&["2", "-5 分", "@台账, \"三会一课\"", "宣传部", "10-20", "—"]),
            strings(&["3", "多行\n文字", "001", "", "2020/10/20", "14.95"]),
        ],
        numeric: vec![0, 5],
    };
    let scores = Table {
        name: "得分".into(),
        title: String::new(),
        header: strings(&["编号", "得分", "说明"]),
        rows: vec![
            strings(&["a", "5", "2 / 3 = 66.7%"]),
            strings(&["b", "-2.50", "TRUE"]),
        ],
        numeric: vec![1],
    };
    let book = Book {
        sheets: vec![problems.clone(), scores.clone()],
        footer: "第 &P 页，共 &N 页".into(),
    };
    let dir = scratch("tables");
    let file = dir.write("tables.xlsx", &write_tables(&book).unwrap());
    convert(&soffice, CSV_ALL, &[file], dir.path());
    for t in [&problems, &scores] {
        let mut expected = vec![t.header.clone()];
        expected.extend(t.rows.iter().cloned());
        assert_eq!(sheet_csv(&dir, "tables", &t.name), expected, "{}", t.name);
    }
}
