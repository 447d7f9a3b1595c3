// Rubrics and reports in Excel/WPS (.xlsx). A clerk downloads the blank
// template, or any rubric as a workbook, and imports a workbook as a rubric;
// a faulty one is refused with located problems and changes nothing. An
// assessment's score table and 问题清单, and a roll-up's tables, download as
// one workbook each, which a real spreadsheet program (LibreOffice) opens
// with the cells the screen shows. The spreadsheet code is a second
// WebAssembly module: the first load never fetches it, the first workbook
// action does, in the web build; the single file carries it and fetches
// nothing.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch, openPage, singleFileUrl } from "../support/browser.mjs";
import { AppPage } from "../pages/app-page.mjs";
import { sheetsOf } from "../support/libreoffice.mjs";
import { branchSelfCheck as branchFile } from "../support/branch-files.mjs";
import { loadRubric } from "../support/rubric-score.mjs";

const BRANCH = loadRubric("branch-standard");
const MODULE = /\/workbook\/ziping_workbook\.(js|wasm)\?v=[0-9a-f]{16}$/;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const notice = (page) => page.getByTestId("notice");

/** `bytes` (an .xlsx) with the number in cell `ref` of its first sheet replaced by the text 五分. */
function pointsAsWords(bytes, ref) {
  const dir = mkdtempSync(join(tmpdir(), "djzp-xlsx-"));
  writeFileSync(join(dir, "in.xlsx"), bytes);
  execFileSync("python3", ["-c", `
import re, sys, zipfile
src, dst, ref = sys.argv[1:4]
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
    for info in zin.infolist():
        data = zin.read(info.filename)
        if info.filename == "xl/worksheets/sheet1.xml":
            text = data.decode("utf-8")
            new, n = re.subn(r'<c r="%s"([^>]*?)(?: t="[^"]*")?([^>]*)>.*?</c>' % ref,
                             r'<c r="%s"\\1\\2 t="inlineStr"><is><t>五分</t></is></c>' % ref, text, count=1)
            assert n == 1, "cell not found"
            data = new.encode("utf-8")
        zout.writestr(info, data)
`, join(dir, "in.xlsx"), join(dir, "out.xlsx"), ref]);
  return readFileSync(join(dir, "out.xlsx"));
}

/** Waits for the notice that ends a workbook action and returns it. */
async function settled(page) {
  const n = notice(page);
  await n.filter({ hasNotText: "正在处理" }).waitFor();
  return { kind: await n.getAttribute("data-kind"), text: (await n.textContent()).trim() };
}

test("the template and a shipped rubric download as workbooks, load the module only then, and import", async () => {
  const { page, context, recorder, errors } = await openPage(browser);
  const app = new AppPage(page);
  await app.open();
  await page.waitForLoadState("networkidle");
  assert.deepEqual(recorder.urls.filter((u) => MODULE.test(u)), [], "the first load fetches no workbook code");
  const before = await app.rubricOptions();

  // Two clicks before the module has loaded: one load, two files, no error.
  const downloads = [];
  page.on("download", (d) => downloads.push(d));
  await page.getByTestId("workbook-template").evaluate((b) => { b.click(); b.click(); });
  for (let i = 0; i < 600 && downloads.length < 2; i++) await page.waitForTimeout(100);
  assert.equal(downloads.length, 2, "a file per click");
  const template = { name: downloads[0].suggestedFilename(), bytes: await readFile(await downloads[0].path()) };
  assert.equal(template.name, "考核细则模板.xlsx");
  assert.deepEqual([...template.bytes.subarray(0, 4)], [0x50, 0x4b, 0x03, 0x04], "a zip, as .xlsx is");
  // The same workbook but for the time written in its properties.
  const second = await readFile(await downloads[1].path());
  assert.deepEqual([...second.subarray(0, 4)], [0x50, 0x4b, 0x03, 0x04]);
  assert.ok(Math.abs(second.length - template.bytes.length) < 16, `${second.length} / ${template.bytes.length}`);
  assert.equal(recorder.urls.filter((u) => MODULE.test(u)).length, 2, "the glue and the module, once each");
  page.removeAllListeners("download");

  // LibreOffice opens it: every sheet of the convention, an example row per kind.
  const sheets = sheetsOf(template.bytes);
  for (const name of ["评分细则", "细则信息", "依据文件", "等次", "基本情况", "填写说明"]) {
    assert.ok(sheets[name], `sheet ${name} in ${Object.keys(sheets)}`);
  }
  assert.ok(sheets["评分细则"].length >= 11, "a header and ten example rows");

  // The template imports as a rubric of its own.
  await app.chooseBytes("import-rubric", "考核细则模板.xlsx", template.bytes);
  const added = await settled(page);
  assert.equal(added.kind, "info", added.text);
  assert.match(added.text, /已添加考核细则/);
  assert.equal((await app.rubricOptions()).length, before.length + 1);

  // The imported rubric exports too, and reads back as the rubric it is.
  const imported = page.locator("[data-testid=workbook-rubric] option").last();
  await page.getByTestId("workbook-rubric").selectOption(await imported.getAttribute("value"));
  const own = await app.download(page.getByTestId("workbook-export"));
  assert.match(own.name, /^考核细则-.+\.xlsx$/);
  await app.chooseBytes("import-rubric", own.name, own.bytes);
  const known = await settled(page);
  assert.equal(known.kind, "error");
  assert.match(known.text, /已有相同编号和版本的考核细则/);

  // A shipped rubric as a workbook: every item, in LibreOffice too.
  const value = await page.locator(`[data-testid=workbook-rubric] option[data-rubric="${BRANCH.id}"]`).getAttribute("value");
  await page.getByTestId("workbook-rubric").selectOption(value);
  const exported = await app.download(page.getByTestId("workbook-export"));
  assert.equal(exported.name, `考核细则-${BRANCH.title}-${BRANCH.version}.xlsx`);
  const items = sheetsOf(exported.bytes)["评分细则"];
  const cells = new Set(items.flat());
  for (const item of BRANCH.sections.flatMap((s) => s.items)) {
    assert.ok(cells.has(item.id), `item ${item.id} in the workbook`);
    assert.ok(cells.has(item.title), `title of ${item.id} in the workbook`);
  }
  // Read back, it is the very rubric the app ships: known, not added twice.
  await app.chooseBytes("import-rubric", exported.name, exported.bytes);
  const again = await settled(page);
  assert.equal(again.kind, "error");
  assert.match(again.text, new RegExp(`${BRANCH.id} ${BRANCH.version.replaceAll(".", "\\.")}`));
  assert.equal((await app.rubricOptions()).length, before.length + 1);
  assert.equal(recorder.urls.filter((u) => MODULE.test(u)).length, 2, "the module is loaded once per page");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a faulty workbook is refused with located problems and changes nothing", async () => {
  const { page, context, errors } = await openPage(browser);
  const app = new AppPage(page);
  await app.open();
  const before = await app.rubricOptions();

  // A text file renamed .xlsx.
  await app.chooseBytes("import-rubric", "细则.xlsx", Buffer.from("编号,分值\nx,5\n", "utf8"));
  const renamed = await settled(page);
  assert.equal(renamed.kind, "error");
  assert.match(renamed.text, /“细则\.xlsx”未导入：发现 1 处问题/);
  const renamedLines = await notice(page).locator("li").allTextContents();
  assert.equal(renamedLines.length, 1, renamedLines.join("\n"));
  assert.equal(renamedLines[0].trim(), "不是 .xlsx 工作簿：这不是电子表格文件");

  // The template with one item's 分值 typed as words, as a clerk might:
  // the cell is named, with what it should hold and what it holds.
  const template = await app.download(page.getByTestId("workbook-template"));
  const header = sheetsOf(template.bytes)["评分细则"][0];
  const column = String.fromCharCode(65 + header.indexOf("分值"));
  assert.ok(header.includes("分值"), `分值 in ${header}`);
  const bad = pointsAsWords(template.bytes, `${column}2`);
  await app.chooseBytes("import-rubric", "改过的细则.xlsx", bad);
  const located = await settled(page);
  assert.equal(located.kind, "error");
  assert.match(located.text, /“改过的细则\.xlsx”未导入/);
  assert.ok(located.text.includes(`评分细则 ${column}2：分值应为`), located.text);
  assert.match(located.text, /实际为文字“五分”/);

  // An old .xls (an OLE container): the advice to save it as .xlsx.
  const oldXls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
  await app.chooseBytes("import-rubric", "旧细则.xls", oldXls, "application/vnd.ms-excel");
  const old = await settled(page);
  assert.equal(old.kind, "error");
  assert.match(old.text, /“旧细则\.xls”未导入/);
  assert.match(old.text, /另存为 \.xlsx/);
  assert.deepEqual(await app.rubricOptions(), before, "nothing was added");
  assert.deepEqual(errors, []);
  await context.close();
});

test("an assessment's score table and 问题清单 open in LibreOffice as one workbook", async () => {
  const { page, context, errors } = await openPage(browser);
  const app = new AppPage(page);
  await app.open();
  const unit = "内科第一党支部";
  await app.start({ rubric: BRANCH.id, unit, year: 2020 });
  const levels = BRANCH.sections.flatMap((s) => s.items).find((i) => i.id === "fzdy");
  await app.goSection(BRANCH.sections.find((s) => s.items.some((i) => i.id === "fzdy")).id);
  await app.answer("fzdy", { level: levels.scoring.levels[1].name });
  await app.tab("rectification");
  await page.getByTestId("prefill").click();
  await page.getByTestId("rect-row").nth(0).locator("[data-field=department]").fill("=HYPERLINK(\"http://example.com\")");

  const { name, bytes } = await app.download(page.getByTestId("export-xlsx"));
  assert.equal(name, `逐项评分表-${unit}-2020.xlsx`);
  const sheets = sheetsOf(bytes);
  assert.deepEqual(Object.keys(sheets).sort(), ["逐项评分表", "问题清单"].sort());
  const scores = sheets["逐项评分表"];
  assert.deepEqual(scores[0], ["序号", "考核内容", "依据条款", "分值", "评分标准", "自评分", "状态", "差距", "说明/佐证"]);
  const row = scores.find((r) => r[1] === levels.title);
  assert.ok(row, "the item's row");
  // Numbers, shown with the decimals the app writes.
  assert.equal(Number(row[3]), Number(levels.points));
  assert.equal(Number(row[5]), Number(levels.scoring.levels[1].points));
  assert.equal(row[6], "部分达标");
  const total = scores.find((r) => r[1] === "合计");
  assert.equal(Number(total[3]), BRANCH.sections.reduce((s, x) => s + Number(x.points), 0));
  assert.ok(Number(total[5]) > 0 && Number(total[5]) < Number(total[3]), total.join(","));
  const list = sheets["问题清单"];
  assert.equal(list[0][1], "存在主要问题");
  assert.equal(list[1][3], "=HYPERLINK(\"http://example.com\")", "a typed formula stays text");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a roll-up's three tables download as one workbook", async () => {
  const { page, context, errors } = await openPage(browser);
  const app = new AppPage(page);
  await app.open();
  await app.chooseFiles("import-file", [branchFile("一支部"), branchFile("二支部", { dk: 1 })]);
  await page.getByTestId("rollup-choices").locator("tbody tr").filter({ hasText: BRANCH.title })
    .getByTestId("open-rollup").click();
  await page.getByTestId("summary").waitFor();
  const { name, bytes } = await app.download(page.getByTestId("summary-xlsx"));
  assert.equal(name, `汇总-${BRANCH.title}-2020.xlsx`);
  const sheets = sheetsOf(bytes);
  assert.deepEqual(Object.keys(sheets).sort(), ["共性问题", "各单位得分", "汇总问题清单"].sort());
  const roster = sheets["各单位得分"];
  assert.equal(roster[0][0], "单位");
  assert.deepEqual(roster.slice(1).map((r) => r[0]).sort(), ["一支部", "二支部"]);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the single file reads and writes workbooks from file:// without fetching anything", async () => {
  const url = singleFileUrl();
  const { page, context, recorder, errors } = await openPage(browser);
  const app = new AppPage(page);
  await app.open(url);
  const before = await app.rubricOptions();
  const template = await app.download(page.getByTestId("workbook-template"));
  assert.deepEqual([...template.bytes.subarray(0, 2)], [0x50, 0x4b]);
  await app.chooseBytes("import-rubric", "考核细则模板.xlsx", template.bytes);
  const added = await settled(page);
  assert.equal(added.kind, "info", added.text);
  assert.equal((await app.rubricOptions()).length, before.length + 1);
  assert.deepEqual(recorder.network(), [url], "only the file itself");
  assert.deepEqual(errors, []);
  await context.close();
});
