// 汇总: a committee imports its branches' files, several at once, and
// rolls them up: the "四化"党支部达标率 (乐卫党〔2020〕25号 二(二)1: ≥ 95%)
// counted over one file per branch of one year, one row per branch, the
// common weaknesses and every branch's 问题清单; a re-sent file replaces the
// older one, a file of another year is listed apart. The committee's own
// assessment takes the count from the files on one click.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ARTIFACTS, launch, openPage, screenshot } from "../support/browser.mjs";
import { AppPage } from "../pages/app-page.mjs";
import { parseCsv } from "../support/csv.mjs";
import { branchSelfCheck as branchFile, withReview } from "../support/branch-files.mjs";
import { loadRubric } from "../support/rubric-score.mjs";

const BRANCH = loadRubric("branch-standard");
const COMMITTEE = loadRubric("yueqing-2020-25");

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** `file` with these 问题清单 rows. */
function withRows(file, rows) {
  const json = JSON.parse(file.text);
  json.rectification = rows.map((r) => ({ item: null, note: "", ...r }));
  return { ...file, text: JSON.stringify(json) };
}

/** The roll-up screen as shown: rate line, target, roster rows, apart list. */
async function rollup(page) {
  const screen = page.getByTestId("summary");
  await screen.waitFor();
  const text = async (id) => (await screen.getByTestId(id).textContent()).trim();
  // The unit's columns, without the button at the end of the row.
  const roster = await screen.getByTestId("roster").locator("tbody tr").evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].slice(0, 9).map((c) => c.textContent.trim())));
  const apart = (await screen.getByTestId("apart").count())
    ? await screen.getByTestId("apart").locator("tbody tr").evaluateAll((trs) =>
      trs.map((tr) => [...tr.children].slice(0, 3).map((c) => c.textContent.trim())))
    : [];
  return {
    rate: await text("summary-rate"),
    target: await text("summary-target"),
    met: await screen.locator(".djzp-summary-head").getAttribute("data-met"),
    roster,
    apart,
  };
}

/** The start screen's roll-ups: [rubric, year, files, units, passing]. */
async function rollupChoices(page) {
  return page.getByTestId("rollup-choices").locator("tbody tr").evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].slice(0, 5).map((c) => c.textContent.trim())));
}

/** Opens the roll-up of the branch rubric for `year` from the start screen. */
async function openRollup(page, year = 2020) {
  const row = page.getByTestId("rollup-choices").locator("tbody tr")
    .filter({ hasText: BRANCH.title }).filter({ hasText: String(year) });
  await row.getByTestId("open-rollup").click();
  await page.getByTestId("summary").waitFor();
}

test("several branch files imported at once, each on its own, and rolled up", async () => {
  const { page, context, errors } = await openPage(browser);
  const app = new AppPage(page);
  await app.open();

  const files = [
    branchFile("第一党支部"),
    // Two quarters without a 党员大会 (−5) and ten months without a 支委会
    // (−10): 85, exactly the 达标 line, which "85分以上" includes.
    branchFile("第二党支部", { dydh: 2, zwh: 10 }),
    { name: "损坏的文件.json", text: "{ \"format\": \"dangjian-ziping.assessment\", " },
    // No 党课 and no 民主评议党员 all year (−8 each): 84, and 不达标 for
    // the 党课 not held, whatever the total.
    branchFile("第三党支部", { dk: 1, mzpy: 1 }),
  ];
  await app.chooseFiles("import-file", files);

  // One notice for the batch: the refused file first, named with its
  // reason; the three others imported. The list stays in view.
  await app.notice.filter({ hasText: "已导入 3 份自评文件，1 份未导入" }).waitFor();
  assert.equal(await app.notice.getAttribute("data-kind"), "error");
  const lines = await app.notice.locator("li").allTextContents();
  assert.match(lines[0], /^未导入：损坏的文件\.json：文件不是有效的 JSON/);
  assert.deepEqual(lines.slice(1), [
    "已导入：第一党支部.json：第一党支部",
    "已导入：第二党支部.json：第二党支部",
    "已导入：第三党支部.json：第三党支部",
  ]);
  assert.deepEqual((await app.entryUnits()).sort(), ["第一党支部", "第三党支部", "第二党支部"].sort());
  assert.deepEqual(await rollupChoices(page), [[BRANCH.title, "2020", "3", "3", "2"]]);

  await openRollup(page);
  const seen = await rollup(page);
  assert.equal(seen.rate, "达标率：2 / 3 = 66.7%");
  assert.equal(seen.met, "false");
  assert.match(seen.target, /^未达到要求（≥ 95%），还差 1 个单位达标：/);
  // Newest first, as imported; the failing one marked by the activity not held.
  assert.deepEqual(seen.roster, [
    ["第三党支部", "84.0", "—", "自评中", "不达标", "否", "必须开展而未开展：党课每年至少1次", "11 / 11", "0"],
    ["第二党支部", "85.0", "—", "自评中", "达标", "是", "", "11 / 11", "0"],
    ["第一党支部", "100.0", "—", "自评中", "达标", "是", "", "11 / 11", "0"],
  ]);
  // A unit's name opens its assessment; closing it comes back here.
  await page.getByTestId("roster").getByRole("button", { name: "第二党支部" }).click();
  await app.total.waitFor();
  assert.equal(await app.totalText(), "85.0");
  await page.getByTestId("back").click();
  await page.getByTestId("summary").waitFor();
  await page.getByTestId("summary-back").click();

  // Files dropped together are imported together too; a unit's file sent
  // again replaces its older one in the roll-up.
  await app.dropFiles("import-file-zone", [branchFile("第四党支部"), branchFile("第一党支部", { zwh: 8 })]);
  await app.notice.filter({ hasText: "已导入 2 份自评文件" }).waitFor();
  assert.equal(await app.notice.getAttribute("data-kind"), "info");
  assert.equal((await app.entryUnits()).length, 5);
  await openRollup(page);
  const after = await rollup(page);
  assert.equal(after.rate, "达标率：3 / 4 = 75.0%");
  assert.deepEqual(after.apart, [["第一党支部", "2020", "已由本单位较新的文件替换"]]);

  assert.deepEqual(errors, []);
  await context.close();
});

test("20 branches, one re-sent, one of 2019: 19 / 20 = 95.0% met, and the committee's item filled from them", async () => {
  const { page, context, errors } = await openPage(browser);
  const app = new AppPage(page);
  await app.open();

  const files = Array.from({ length: 20 }, (_, i) => {
    const unit = `第${i + 1}党支部`;
    if (i === 0) return withRows(branchFile(unit, { dk: 1, mzpy: 1 }), [ // 84: 不达标
      { problem: "全年未讲党课", measure: "书记带头讲党课", department: "第1党支部", deadline: "2021-03-31", status: "open" },
      { problem: "未开展民主评议党员", measure: "=补开评议会", department: "组织委员", deadline: "2021-02-28", status: "in_progress" },
    ]);
    if (i === 1) return branchFile(unit, { dydh: 2, zwh: 10 }); // 85: 达标
    if (i === 2) return branchFile(unit, { dk: 1, zzshh: 1 }); // 84 at first
    return branchFile(unit);
  });
  // 第3党支部's corrected file (its 党课 and 组织生活会 held, eight months
  // without a 支委会: 92, 达标), and 第5党支部's file of 2019.
  files.push({ ...branchFile("第3党支部", { zwh: 8 }), name: "第3党支部（更正）.json" });
  files.push({ ...branchFile("第5党支部", { dk: 1, mzpy: 1 }, 2019), name: "第5党支部2019.json" });
  await app.chooseFiles("import-file", files);
  await app.notice.filter({ hasText: "已导入 22 份自评文件" }).waitFor();

  await openRollup(page);
  const seen = await rollup(page);
  assert.equal(seen.rate, "达标率：19 / 20 = 95.0%");
  assert.equal(seen.met, "true");
  assert.match(seen.target, /^已达到要求（≥ 95%）：“四化”党支部达标率达95%以上/);
  assert.equal(seen.roster.length, 20);
  assert.deepEqual(seen.apart, [["第3党支部", "2020", "已由本单位较新的文件替换"], ["第5党支部", "2019", "其他年度"]]);
  // 不达标 for the 党课 not held, not for points: no shortfall is given.
  assert.equal((await page.getByTestId("summary-closest").textContent()).trim(), "最接近达标：第1党支部");

  // Only the failing branch, and the roster as a spreadsheet: the rows shown.
  await page.getByTestId("summary-failing").check();
  const failing = (await rollup(page)).roster;
  assert.deepEqual(failing, [["第1党支部", "84.0", "—", "自评中", "不达标", "否", "必须开展而未开展：党课每年至少1次", "11 / 11", "2"]]);
  const roster = await app.download(page.getByTestId("export-roster"));
  assert.equal(roster.name, `汇总-各单位得分-${BRANCH.title}-2020.csv`);
  assert.deepEqual([...roster.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.deepEqual(parseCsv(roster.text.slice(1)), [
    ["单位", "自评分", "考核分", "状态", "等次", "是否达标", "差距（分）", "已填项", "未完成整改"],
    ...failing,
  ]);
  await page.getByTestId("summary-failing").uncheck();

  // Every branch's 问题清单 in one, shown on request, and the same as a spreadsheet.
  assert.equal(await page.getByTestId("merged-problems").count(), 0);
  await page.getByTestId("show-problems").click();
  const merged = await page.getByTestId("merged-problems").locator("tr").evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
  assert.deepEqual(merged, [
    ["单位", "序号", "存在主要问题", "整改措施", "责任部门", "完成时限", "状态", "备注"],
    ["第1党支部", "1", "全年未讲党课", "书记带头讲党课", "第1党支部", "2021-03-31", "未整改", ""],
    ["第1党支部", "2", "未开展民主评议党员", "=补开评议会", "组织委员", "2021-02-28", "整改中", ""],
  ]);
  const problems = await app.download(page.getByTestId("export-problems"));
  assert.equal(problems.name, `汇总-汇总问题清单-${BRANCH.title}-2020.csv`);
  // A cell that would be a formula is kept as text.
  assert.deepEqual(parseCsv(problems.text.slice(1)), merged.map((r) => r.map((c) => (c.startsWith("=") ? `'${c}` : c))));
  const weak = await app.download(page.getByTestId("export-weaknesses"));
  const weakRows = parseCsv(weak.text.slice(1));
  assert.deepEqual(weakRows[0], ["所属部分", "考核内容", "达标", "部分达标", "未达标", "不适用", "未填", "失分合计"]);
  // 支委会 short in two branches (ten months and eight) costs the most: 18 points.
  assert.equal(weakRows[1].at(-1), "18.0");
  await page.setViewportSize({ width: 1280, height: 900 });
  await screenshot(page, "rollup-1280");
  await page.setViewportSize({ width: 360, height: 800 });
  await screenshot(page, "rollup-360");
  await page.setViewportSize({ width: 1280, height: 900 });

  // A branch beside its year before: 第5党支部 84 in 2019, 100 in 2020.
  await page.getByTestId("roster").locator("tr", { hasText: "第5党支部" }).getByTestId("compare-years").click();
  const yoy = page.getByTestId("year-on-year");
  assert.match(await yoy.locator("h3").textContent(), /^第5党支部：2019 与 2020 年度对比$/);
  const totals = await yoy.getByTestId("yoy-sections").locator("tbody tr").last().evaluate((tr) =>
    [...tr.children].map((c) => c.textContent.trim()));
  assert.deepEqual(totals, ["总分", "84.0", "100.0", "+16.0"]);
  await yoy.getByTestId("close-compare").click();
  assert.equal(await page.getByTestId("year-on-year").count(), 0);

  // Counting the older file instead: 18 of 20, one branch short.
  await page.getByTestId("apart").getByTestId("count-this").click();
  const restored = await rollup(page);
  assert.equal(restored.rate, "达标率：18 / 20 = 90.0%");
  assert.equal(restored.met, "false");
  assert.match(restored.target, /^未达到要求（≥ 95%），还差 1 个单位达标：/);
  await page.getByTestId("apart").getByTestId("count-this").click();
  assert.equal((await rollup(page)).rate, "达标率：19 / 20 = 95.0%");

  // The roll-up is kept over a reload.
  await page.reload();
  assert.equal((await rollup(page)).rate, "达标率：19 / 20 = 95.0%");
  await page.getByTestId("summary-back").click();

  // The committee's own assessment: the item shows the count from the
  // files and fills it on one click, never by itself.
  await app.start({ rubric: COMMITTEE.id, unit: "乐清市卫生健康局机关党委", year: 2020 });
  await app.sectionLink("s2").click();
  const linked = app.item("t2.1.rate").getByTestId("linked");
  assert.equal(
    (await linked.getByTestId("linked-from").textContent()).trim(),
    `由 20 份《${BRANCH.title}》自评文件汇总（2020年度）：19 个达标 / 20 个单位`,
  );
  assert.equal(await app.itemStatus("t2.1.rate"), "incomplete");
  await linked.getByTestId("linked-fill").click();
  assert.equal(await app.itemText("t2.1.rate", "rate"), "95.0%");
  assert.equal(await app.itemStatus("t2.1.rate"), "met");
  assert.equal(await linked.getByTestId("linked-state").getAttribute("data-state"), "same");
  // A figure typed that differs stays, and the computed one is shown beside it.
  await app.answer("t2.1.rate", { ratio: ["18", "20"] });
  assert.equal(await linked.getByTestId("linked-state").getAttribute("data-state"), "differs");
  assert.match(await linked.getByTestId("linked-state").textContent(), /18 \/ 20 ≠ 19 \/ 20/);
  assert.equal(await app.itemText("t2.1.rate", "rate"), "90.0%");
  await screenshot(page, "rollup-linked-1280");

  assert.deepEqual(errors, []);
  await context.close();
});

test("the roll-up prints on A4 landscape with the committee, the year and the date", async () => {
  const { page, context, errors } = await openPage(browser);
  const app = new AppPage(page);
  await app.open();
  const files = Array.from({ length: 12 }, (_, i) => branchFile(`第${i + 1}党支部`, i === 0 ? { dk: 1, mzpy: 1 } : {}));
  await app.chooseFiles("import-file", files);
  await app.notice.filter({ hasText: "已导入 12 份自评文件" }).waitFor();
  await openRollup(page);
  await page.getByTestId("summary-committee").fill("乐清市卫生健康局机关党委");
  await page.emulateMedia({ media: "print" });
  // The toolbar is not printed; the committee and the date are.
  assert.equal(await page.getByTestId("summary-year").isVisible(), false);
  const head = (await page.getByTestId("summary-print-head").textContent()).trim();
  assert.match(head, /^乐清市卫生健康局机关党委 打印日期：\d{4}-\d{2}-\d{2}$/);
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, "rollup.pdf");
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  const pdf = readFileSync(path).toString("latin1");
  const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
  assert.ok(boxes.length >= 1, "the PDF has pages");
  for (const [w, h] of boxes) {
    // A4 landscape: 297 × 210 mm = 841.9 × 595.3 pt.
    assert.ok(Math.abs(w - 841.9) < 2 && Math.abs(h - 595.3) < 2, `page is ${w} × ${h} pt, not A4 landscape`);
  }
  const text = execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" });
  for (const words of ["汇总：", "（2020年度）", "乐清市卫生健康局机关党委", "达标率：11 / 12 = 91.7%", "第1党支部", "第12党支部", "84.0", "党课每年至少1次"]) {
    assert.ok(text.includes(words), `the printout holds ${words}`);
  }
  // Every column of the roster, none cut: the last heading and its figures.
  assert.ok(text.includes("未完成整改"));
  assert.ok(!text.includes("导出各单位得分"), "no buttons on paper");
  await page.emulateMedia({ media: "screen" });
  assert.deepEqual(errors, []);
  await context.close();
});

test("reviewed files: each unit's 自评分, 考核分 and 状态, and the rate by the 考核分", async () => {
  const { page, context, errors } = await openPage(browser);
  const app = new AppPage(page);
  await app.open();
  const files = [
    branchFile("第一党支部", {}, 2019),
    // 100 by the branch; its committee found no 党课 held: 92, 不达标. Signed off.
    withReview(branchFile("第一党支部"), { stage: "approved", answers: { dk: { counts: ["0"] } }, comments: { dk: "全年未讲党课" } }),
    // 100, a plain self-assessment.
    branchFile("第二党支部"),
    // 85, under review, nothing changed yet.
    withReview(branchFile("第三党支部", { dydh: 2, zwh: 10 })),
    // 100, returned with a comment only.
    withReview(branchFile("第四党支部"), { stage: "returned", comments: { fzdy: "请补充政审材料" } }),
  ].map((f, i) => ({ ...f, name: `${i}-${f.name}` }));
  await app.chooseFiles("import-file", files);
  await app.notice.filter({ hasText: "已导入 5 份自评文件" }).waitFor();

  // The list: a badge for each stage but a plain draft's, and the 考核分
  // beside the total once reviewed.
  const first = app.entry("第一党支部").filter({ has: page.getByTestId("entry-stage") });
  assert.equal(await first.count(), 1, "the 2019 file has no stage");
  assert.equal((await first.getByTestId("entry-stage").textContent()).trim(), "已审定");
  assert.equal(await first.getByTestId("entry-stage").getAttribute("data-stage"), "approved");
  assert.equal((await first.getByTestId("entry-total").textContent()).trim(), "100.0 / 100");
  assert.equal((await first.getByTestId("entry-reviewed").textContent()).trim(), "考核分 92.0 / 100");
  assert.equal(await app.entry("第二党支部").getByTestId("entry-stage").count(), 0);
  assert.equal(await app.entry("第二党支部").getByTestId("entry-reviewed").count(), 0);
  assert.equal(await app.entry("第四党支部").getByTestId("entry-stage").getAttribute("data-stage"), "returned");
  // The roll-up offered counts 3 passing: 第一党支部 by its 考核分 (once
  // the rubric's file, fetched on demand, is in).
  const offered = [[BRANCH.title, "2020", "4", "4", "3"]];
  for (let i = 0; i < 50 && JSON.stringify(await rollupChoices(page)) !== JSON.stringify(offered); i++) {
    await page.waitForTimeout(100);
  }
  assert.deepEqual(await rollupChoices(page), offered);

  await openRollup(page);
  const seen = await rollup(page);
  assert.equal(seen.rate, "达标率：3 / 4 = 75.0%");
  assert.deepEqual(seen.roster, [
    ["第四党支部", "100.0", "100.0", "已退回", "达标", "是", "", "11 / 11", "0"],
    ["第三党支部", "85.0", "85.0", "审核中", "达标", "是", "", "11 / 11", "0"],
    ["第二党支部", "100.0", "—", "自评中", "达标", "是", "", "11 / 11", "0"],
    ["第一党支部", "100.0", "92.0", "已审定", "不达标", "否", "必须开展而未开展：党课每年至少1次", "11 / 11", "0"],
  ]);
  const csv = await app.download(page.getByTestId("export-roster"));
  assert.deepEqual(parseCsv(csv.text.slice(1)), [
    ["单位", "自评分", "考核分", "状态", "等次", "是否达标", "差距（分）", "已填项", "未完成整改"],
    ...seen.roster,
  ]);

  // Beside its year before: the status of each year, the 考核分 counted.
  await page.getByTestId("roster").locator("tr", { hasText: "第一党支部" }).getByTestId("compare-years").click();
  const yoy = await page.getByTestId("year-on-year").getByTestId("yoy-sections").locator("tbody tr").evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
  assert.deepEqual(yoy[0], ["状态", "自评中", "已审定", ""]);
  assert.deepEqual(yoy.at(-1), ["总分", "100.0", "92.0", "-8.0"]);
  await page.setViewportSize({ width: 360, height: 800 });
  await screenshot(page, "rollup-reviewed-360");
  assert.deepEqual(errors, []);
  await context.close();
});
