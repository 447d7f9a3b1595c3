// The report screen: header, score table, grade, shortfalls, the 问题清单
// (filled from the rectification tab) and signature lines; printed, the
// toolbar and score panel disappear, and the PDF is A4. The item-by-item
// score table (考核表) holds every item with its points, rule, self-assessed
// score and note, and fits the page from a wide and a phone-sized screen.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { launch, openPage, ARTIFACTS } from "../support/browser.mjs";
import { AppPage } from "../pages/app-page.mjs";
import { loadRubric } from "../support/rubric-score.mjs";
import { branchSelfCheck, withReview } from "../support/branch-files.mjs";

const RUBRIC = loadRubric("yueqing-2020-25");
const TITLE = Object.fromEntries(RUBRIC.sections.flatMap((s) => s.items).map((i) => [i.id, i.title]));
const UNIT = "乐清市第二人民医院党委";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The value cell beside header cell `label` of the report's head table. */
function headValue(report, label) {
  return report.locator(".djzp-report-head th", { hasText: label }).locator("xpath=following-sibling::td[1]");
}

test("the report shows header, scores, grade, shortfalls, 问题清单 and signatures, and prints on A4", async () => {
  const { page, context, errors } = await openPage(browser);
  const app = new AppPage(page);
  await app.open();
  await app.pickRubric("yueqing-2020-25");
  await page.getByTestId("new-date").fill("2021-01-15");
  await app.start({ unit: UNIT, year: 2020, assessor: "张三" });
  await app.answer("t1.1.a", { check: "partly" });
  await app.sectionLink("s2").click();
  await app.answer("t2.1.rate", { ratio: ["18", "19"] });
  const total = await app.totalText(); // 1 + 0: short of 95% earns nothing
  assert.equal(total, "1.0");

  await app.tab("report");
  const report = page.getByTestId("report");
  assert.match(await report.locator("h1").textContent(), /2020.*党建工作自评报告/);
  assert.equal((await page.getByTestId("report-unit").textContent()).trim(), UNIT);
  assert.equal((await headValue(report, "考核年度").textContent()).trim(), "2020");
  assert.equal((await headValue(report, "填表人").textContent()).trim(), "张三");
  assert.equal((await headValue(report, "填表日期").textContent()).trim(), "2021-01-15");
  assert.match(await headValue(report, "考核细则").textContent(), /乐卫党〔2020〕25号/);

  // One row per section with its points, then the total and the grade.
  const scoreRows = report.locator(".djzp-report-scores tbody tr");
  assert.equal(await scoreRows.count(), RUBRIC.sections.length);
  const cells = await scoreRows.evaluateAll((rows) => rows.map((r) => [...r.cells].map((c) => c.textContent.trim())));
  assert.deepEqual(cells.map((c) => c[0]), RUBRIC.sections.map((s) => s.title));
  assert.deepEqual(cells.map((c) => c[1]), RUBRIC.sections.map((s) => s.points));
  assert.deepEqual(cells[0].slice(2), ["1.0", "4.5%"]);
  assert.deepEqual(cells[1].slice(2), ["0.0", "0.0%"]);
  assert.equal((await page.getByTestId("report-total").textContent()).trim(), total);
  const grade = (await page.getByTestId("report-grade").textContent()).trim();
  assert.match(grade, /^不合格/);
  assert.match(grade, /已填 2\/46/, "an incomplete report says so");

  // The shortfalls, largest loss first, with what closes the gap.
  const lost = report.locator("h2", { hasText: "失分项" }).locator("xpath=following-sibling::table[1]//tbody/tr");
  const lostRows = await lost.evaluateAll((rows) => rows.map((r) => [...r.cells].map((c) => c.textContent.trim())));
  assert.equal(lostRows.length, 2);
  assert.equal(lostRows[0][1], TITLE["t2.1.rate"] + "还差 1 个支部达标");
  assert.equal(lostRows[0][2], "6");
  assert.equal(lostRows[1][1], TITLE["t1.1.a"] + "部分完成");
  assert.equal(lostRows[1][2], "1");

  // The 问题清单 is empty until generated from the shortfalls.
  const rect = page.getByTestId("report-rectification").locator("tbody tr");
  assert.deepEqual(await rect.allTextContents(), ["问题清单为空。"]);
  await app.tab("rectification");
  await page.getByTestId("prefill").click();
  assert.equal(await page.getByTestId("rect-row").count(), 2);
  await app.tab("report");
  const rows = await rect.evaluateAll((trs) => trs.map((r) => [...r.cells].map((c) => c.textContent.trim())));
  assert.equal(rows.length, 2);
  assert.deepEqual(rows.map((r) => r[0]), ["1", "2"]);
  assert.ok(rows.some((r) => r[1] === `${TITLE["t2.1.rate"]}：还差 1 个支部达标`), JSON.stringify(rows));
  assert.ok(rows.some((r) => r[1] === `${TITLE["t1.1.a"]}：部分完成`), JSON.stringify(rows));
  for (const r of rows) {
    assert.equal(r[2], "对照要求补齐短板，完善台账");
    assert.match(r[5], /^未整改/);
  }

  // Signature lines.
  for (const line of ["党组织书记（签字）：", "填表人（签字）：", "日期："]) {
    await report.locator(".djzp-signatures p", { hasText: line }).waitFor();
  }
  assert.equal(await report.locator(".djzp-signatures .djzp-sign-line").count(), 3);

  // On paper: no toolbar, no score panel, no header; the report remains.
  assert.ok(await page.getByTestId("score-panel").isVisible());
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.getByTestId("score-panel").isVisible(), false, "score panel hidden in print");
  assert.equal(await page.getByTestId("export").isVisible(), false, "toolbar hidden in print");
  assert.equal(await page.getByTestId("tab-report").isVisible(), false, "tabs hidden in print");
  assert.equal(await page.getByTestId("lang-switch").isVisible(), false, "header hidden in print");
  assert.equal(await page.getByTestId("meta-unit").isVisible(), false, "the form fields are not printed");
  assert.ok(await report.isVisible());
  assert.ok(await page.getByTestId("report-total").isVisible());
  await page.emulateMedia({ media: null });
  assert.ok(await page.getByTestId("score-panel").isVisible());

  // The PDF, sized by the stylesheet's @page rule.
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, "report.pdf");
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  assert.ok(statSync(path).size > 10_000, "a non-empty PDF");
  const pdf = readFileSync(path).toString("latin1");
  assert.ok(pdf.startsWith("%PDF-"));
  const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
  assert.ok(boxes.length >= 1, "the PDF has pages");
  for (const [w, h] of boxes) {
    // A4 is 210 × 297 mm = 595.3 × 841.9 pt.
    assert.ok(Math.abs(w - 595.3) < 2 && Math.abs(h - 841.9) < 2, `page is ${w} × ${h} pt, not A4`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

const BRANCH = loadRubric("branch-standard");

/**
 * No column of the score `table` is cut: every cell's text fits its cell
 * and ends inside the table; the table fits the report or (on a phone's
 * screen, `width` px) scrolls sideways inside it. On paper, which lays the
 * page out at A4's width whatever the window's, it fits. Leaves the page in
 * print media at `width`.
 */
async function assertUncut(page, table, width) {
  const cutCells = () => table.evaluate((t) => {
    const right = t.getBoundingClientRect().right + 0.5;
    const wrap = t.parentElement;
    const page = t.closest("[data-testid=report]").getBoundingClientRect().right + 0.5;
    const scrolls = getComputedStyle(wrap).overflowX === "auto";
    const cut = [...t.querySelectorAll("td, th")].filter((c) => c.getBoundingClientRect().right > right || c.scrollWidth > c.clientWidth + 1);
    const outside = (scrolls ? wrap : t).getBoundingClientRect().right > page;
    return { table: outside, cut: cut.map((c) => c.textContent.slice(0, 20)) };
  });
  assert.deepEqual(await cutCells(), { table: false, cut: [] }, "on screen");
  await page.emulateMedia({ media: "print" });
  await page.setViewportSize({ width: 688, height: 900 }); // A4 less the 14 mm margins
  assert.deepEqual(await cutCells(), { table: false, cut: [] }, "on paper");
  assert.ok((await table.evaluate((t) => t.getBoundingClientRect().right <= t.parentElement.getBoundingClientRect().right + 0.5)), "on paper the table does not scroll");
  await page.setViewportSize({ width, height: 900 });
}

/**
 * Prints the page to `name` (A4, checked) and returns `holds(words)`:
 * whether the PDF's text holds `words`. A cell's lines come out between
 * other columns' text: its characters are looked for in order, close
 * together.
 */
async function printedText(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, name);
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  const pdf = readFileSync(path).toString("latin1");
  const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
  assert.ok(boxes.length >= 1, "the PDF has pages");
  for (const [w, h] of boxes) {
    assert.ok(Math.abs(w - 595.3) < 2 && Math.abs(h - 841.9) < 2, `page is ${w} × ${h} pt, not A4`);
  }
  const text = execFileSync("pdftotext", [path, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
  return (words) => {
    const chars = [...words.replace(/\s+/g, "")];
    let at = text.indexOf(chars[0]);
    while (at >= 0) {
      let i = at, ok = true;
      for (const ch of chars.slice(1)) {
        const next = text.indexOf(ch, i + 1);
        if (next < 0 || next - i > 40) { ok = false; break; }
        i = next;
      }
      if (ok) return true;
      at = text.indexOf(chars[0], at + 1);
    }
    return false;
  };
}

for (const width of [1280, 360]) {
  test(`the printed score table holds every item, its rule, score and note, uncut on A4 (from ${width} px)`, async () => {
    const { page, context, errors } = await openPage(browser, { viewport: { width, height: 900 } });
    const app = new AppPage(page);
    await app.open();
    // Every item answered, 支委会 short of four months, notes on two items.
    const file = branchSelfCheck("内科第一党支部", { zwh: 4 });
    const json = JSON.parse(file.text);
    json.answers.items.dydh.note = "党员大会记录本第1—4次";
    json.answers.items.fzdy.note = "发展党员档案3份";
    await app.chooseFile("import-file", { ...file, text: JSON.stringify(json) });
    await app.total.waitFor();
    assert.equal(await app.totalText(), "96.0");
    await app.tab("report");
    const table = page.getByTestId("report-items");
    await table.waitFor();

    const items = BRANCH.sections.flatMap((s) => s.items);
    // A self-assessment no committee has taken up: no 考核分 column.
    assert.deepEqual(await table.locator("thead th").allTextContents(), ["序号", "考核内容", "分值", "评分标准", "自评分", "说明/佐证"]);
    assert.equal(await page.getByTestId("report-stage").count(), 0);
    const rows = await table.locator("tbody tr[data-item]").evaluateAll((trs) =>
      trs.map((r) => ({ id: r.dataset.item, cells: [...r.cells].map((c) => c.textContent.trim()) })));
    assert.deepEqual(rows.map((r) => r.id), items.map((i) => i.id));
    const zwh = rows.find((r) => r.id === "zwh").cells;
    assert.deepEqual([zwh[0], zwh[2], zwh[4]], ["2", "12", "8"]);
    assert.equal(zwh[3], "支委会每月至少 1 次，每缺 1 次扣 1 分，扣完为止");
    assert.equal(rows.find((r) => r.id === "dydh").cells[5], "党员大会记录本第1—4次");
    assert.match(rows.find((r) => r.id === "dk").cells[3], /全年未开展的，等次最高为“不达标”$/);
    const subtotals = await table.locator("tr.djzp-row-subtotal").evaluateAll((trs) =>
      trs.map((r) => [...r.cells].map((c) => c.textContent.trim())));
    // Exact, as the items are.
    assert.deepEqual(subtotals.map((c) => [c[1], c[3]]), [["38", "34"], ["36", "36"], ["26", "26"]]);
    assert.equal((await page.getByTestId("report-items-total").textContent()).trim(), "96");

    await assertUncut(page, table, width);
    const holds = await printedText(page, `score-table-${width}.pdf`);
    for (const words of ["逐项评分表", "评分标准", "自评分", "说明/佐证", "小计", "党员大会记录本第1—4次", "发展党员档案3份", "96.0"]) {
      assert.ok(holds(words), `the printout holds ${words}`);
    }
    for (const item of items) {
      assert.ok(holds(item.title), `the printout holds ${item.title}`);
    }
    await page.emulateMedia({ media: null });
    assert.deepEqual(errors, []);
    await context.close();
  });
}

for (const width of [1280, 360]) {
  test(`a signed-off review prints both columns, the comments and the reviewer's signature, uncut on A4 (from ${width} px)`, async () => {
    const { page, context, errors } = await openPage(browser, { viewport: { width, height: 900 } });
    const app = new AppPage(page);
    await app.open();
    // The branch's 96 (支委会 short of four months); the committee finds
    // no 党课 held (−8), the 发展党员 files incomplete (10 → 6) and two more
    // months without a 支委会 (8 → 6): 82, and 不达标 for the 党课.
    const own = branchSelfCheck("内科第一党支部", { zwh: 4 });
    const json = JSON.parse(own.text);
    json.answers.items.dydh.note = "党员大会记录本第1—4次";
    json.answers.items.fzdy.note = "发展党员档案3份";
    const file = withReview({ ...own, text: JSON.stringify(json) }, {
      stage: "approved",
      answers: {
        dk: { counts: ["0"] },
        fzdy: { level: "基本规范，个别材料不全" },
        zwh: { counts: Array.from({ length: 12 }, (_, i) => (i < 6 ? "0" : "1")) },
      },
      comments: { dk: "全年未讲党课", fzdy: "缺2名发展对象的政审材料", dydh: "请附签到表" },
      reviewer: "党办王某",
      date: "2021-01-20",
    });
    await app.chooseFile("import-file", file);
    await app.total.waitFor();
    assert.equal(await app.totalText(), "96.0");
    await app.tab("report");
    const report = page.getByTestId("report");
    const table = page.getByTestId("report-items");
    await table.waitFor();

    // The stage and the reviewer in the header.
    const stage = page.getByTestId("report-stage");
    assert.equal((await stage.textContent()).trim(), "已审定");
    assert.equal(await stage.getAttribute("data-stage"), "approved");
    assert.equal((await page.getByTestId("report-reviewer").textContent()).trim(), "党办王某");

    assert.deepEqual(await table.locator("thead th").allTextContents(), ["序号", "考核内容", "分值", "评分标准", "自评分", "考核分", "说明/佐证"]);
    const items = BRANCH.sections.flatMap((s) => s.items);
    const rows = await table.locator("tbody tr[data-item]").evaluateAll((trs) =>
      trs.map((r) => ({ id: r.dataset.item, differs: r.dataset.differs === "true", cells: [...r.cells].map((c) => c.textContent.trim()) })));
    assert.deepEqual(rows.map((r) => r.id), items.map((i) => i.id));
    assert.ok(rows.every((r) => r.cells.length === 7), "every item has both scores");
    const row = (id) => rows.find((r) => r.id === id);
    assert.deepEqual(row("zwh").cells.slice(4, 6), ["8", "6"]);
    assert.deepEqual(row("dk").cells.slice(4, 7), ["8", "0", "审核意见：全年未讲党课"]);
    assert.deepEqual(row("fzdy").cells.slice(4, 7), ["10", "6", "发展党员档案3份审核意见：缺2名发展对象的政审材料"]);
    assert.deepEqual(row("dydh").cells.slice(4, 7), ["10", "10", "党员大会记录本第1—4次审核意见：请附签到表"]);
    assert.deepEqual(rows.filter((r) => r.differs).map((r) => r.id).sort(), ["dk", "fzdy", "zwh"]);
    // Untouched items: the same score in both columns.
    for (const r of rows.filter((r) => !["dk", "fzdy", "zwh"].includes(r.id))) assert.equal(r.cells[5], r.cells[4], r.id);

    // Subtotals, totals and grades of both.
    const subtotals = await table.locator("tr.djzp-row-subtotal").evaluateAll((trs) =>
      trs.map((r) => [...r.cells].map((c) => c.textContent.trim())));
    assert.deepEqual(subtotals.map((c) => [c[1], c[3], c[4]]), [["38", "34", "24"], ["36", "36", "36"], ["26", "26", "22"]]);
    assert.equal((await page.getByTestId("report-items-total").textContent()).trim(), "96");
    assert.equal((await page.getByTestId("report-items-reviewed-total").textContent()).trim(), "82");
    assert.equal((await page.getByTestId("report-items-reviewed-grade").textContent()).trim(), "不达标");
    assert.equal((await page.getByTestId("report-reviewed-total").textContent()).trim(), "82.0");

    // The signature lines, the reviewer's filled in from the sign-off.
    for (const line of ["党组织书记（签字）：", "填表人（签字）：", "考核人（签字）：", "日期："]) {
      await report.locator(".djzp-signatures p", { hasText: line }).waitFor();
    }
    assert.equal((await page.getByTestId("sign-reviewer").textContent()).trim(), "党办王某");
    assert.equal((await page.getByTestId("sign-date").textContent()).trim(), "2021-01-20");

    await assertUncut(page, table, width);
    const holds = await printedText(page, `reviewed-score-table-${width}.pdf`);
    for (const words of ["已审定", "考核分", "自评分", "说明/佐证", "小计", "审核意见：全年未讲党课", "审核意见：缺2名发展对象的政审材料",
      "审核意见：请附签到表", "党员大会记录本第1—4次", "96.0", "82.0", "不达标", "考核人（签字）：党办王某", "日期：2021-01-20"]) {
      assert.ok(holds(words), `the printout holds ${words}`);
    }
    for (const item of items) {
      assert.ok(holds(item.title), `the printout holds ${item.title}`);
    }
    await page.emulateMedia({ media: null });
    assert.deepEqual(errors, []);
    await context.close();
  });
}
