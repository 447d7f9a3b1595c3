// A committee imports its branches' files, several at once, and sees them
// side by side: one table per rubric with two or more assessments, each
// unit's section scores, total and grade, and how many reach the top grade.
// For the branch self-check that count is the committee's "四化"党支部达标率
// (乐卫党〔2020〕25号 二(二)1: ≥ 95%), which it then enters in its own
// assessment. Each file is imported or refused on its own.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage, screenshot } from "../support/browser.mjs";
import { AppPage } from "../pages/app-page.mjs";
import { parseCsv } from "../support/csv.mjs";
import { loadRubric } from "../support/rubric-score.mjs";

const BRANCH = loadRubric("branch-standard");
const COMMITTEE = loadRubric("yueqing-2020-25");

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const PERIODS = { quarter: 4, month: 12, year: 1 };

/**
 * A branch's self-check file for 2020: every meeting held, every item at
 * its best, except `missed`: item id → how many of its periods had none.
 * The branch has 12 full members and party groups, so every item applies.
 * Each missed period costs the item's `deduct` (2.5 for 党员大会 a quarter,
 * 1 for 支委会 a month, 8 for a yearly 党课 or 民主评议).
 */
function branchFile(unit, missed = {}) {
  const items = {};
  for (const item of BRANCH.sections.flatMap((s) => s.items)) {
    const s = item.scoring;
    if (s.kind === "frequency") {
      const n = PERIODS[s.per];
      const miss = missed[item.id] ?? 0;
      items[item.id] = { value: { counts: Array.from({ length: n }, (_, i) => (i < miss ? "0" : "1")) } };
    } else if (s.kind === "checklist") {
      items[item.id] = { value: { check: "done" } };
    } else if (s.kind === "levels") {
      items[item.id] = { value: { level: s.levels[0].name } };
    } else {
      throw new Error(`branchFile: kind ${s.kind} not covered`);
    }
  }
  const json = {
    format: "dangjian-ziping.assessment",
    format_version: 1,
    rubric: { id: BRANCH.id, version: BRANCH.version, title: BRANCH.title },
    unit,
    year: 2020,
    assessor: "",
    date: "2021-01-10",
    answers: { facts: { full_members: { count: "12" }, has_party_groups: { flag: true } }, items },
    rectification: [],
  };
  return { name: `${unit}.json`, text: JSON.stringify(json, null, 2) };
}

/** The comparison table of `rubric`: units, section rows, totals, grades, share. */
async function comparison(page, rubric) {
  const table = page.getByTestId("comparison").locator(`[data-rubric="${rubric}"]`);
  await table.waitFor();
  const cells = (sel) => table.locator(sel).evaluateAll((els) => els.map((e) => e.textContent.trim()));
  const rows = await table.locator("tbody tr").evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
  const foot = await table.locator("tfoot tr").evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].slice(1).map((c) => c.textContent.trim())));
  return {
    units: (await cells("thead th")).slice(1),
    sections: Object.fromEntries(rows.map(([title, ...scores]) => [title, scores])),
    totals: foot[0],
    grades: foot[1],
    share: (await table.getByTestId("compare-top-share").textContent()).trim(),
  };
}

/** Reorders `values` (one per column of `units`) into the order of `wanted`. */
const byUnit = (units, values, wanted) => wanted.map((u) => values[units.findIndex((x) => x.startsWith(u))]);

test("several branch files imported at once, each on its own, and compared side by side", async () => {
  const { page, context, errors } = await openPage(browser);
  const app = new AppPage(page);
  await app.open();

  const files = [
    branchFile("第一党支部"),
    // Two quarters without a 党员大会 (−5) and ten months without a 支委会
    // (−10): 85, exactly the 达标 line, which "85分以上" includes.
    branchFile("第二党支部", { dydh: 2, zwh: 10 }),
    { name: "损坏的文件.json", text: "{ \"format\": \"dangjian-ziping.assessment\", " },
    // No 党课 and no 民主评议党员 all year (−8 each): 84, below the line.
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

  const seen = await comparison(page, BRANCH.id);
  const units = ["第一党支部", "第二党支部", "第三党支部"];
  assert.deepEqual(seen.units.map((u) => u.replace(/（2020）$/, "")).sort(), [...units].sort());
  const [s1, s2, s3] = BRANCH.sections.map((s) => s.title);
  assert.deepEqual(byUnit(seen.units, seen.sections[s1], units), ["38.0", "23.0", "30.0"]);
  assert.deepEqual(byUnit(seen.units, seen.sections[s2], units), ["36.0", "36.0", "28.0"]);
  assert.deepEqual(byUnit(seen.units, seen.sections[s3], units), ["26.0", "26.0", "26.0"]);
  assert.deepEqual(byUnit(seen.units, seen.totals, units), ["100.0", "85.0", "84.0"]);
  assert.deepEqual(byUnit(seen.units, seen.grades, units), ["达标", "达标", "不达标"]);
  // Only the unit below the top grade is marked.
  const marked = await page.getByTestId("compare-grade").evaluateAll((tds) => tds.map((td) => td.classList.contains("djzp-bad")));
  assert.deepEqual(byUnit(seen.units, marked, units), [false, false, true]);
  assert.equal(seen.share, "达到最高等次的（达标）：2 / 3 = 66.7%");
  await screenshot(page, "committee-1280");

  // The same table for Excel: every figure as on screen, in the same order.
  const table = page.getByTestId("comparison").locator(`[data-rubric="${BRANCH.id}"]`);
  const { name, bytes, text } = await app.download(table.getByTestId("export-compare-csv"));
  assert.equal(name, `对比-${BRANCH.title}.csv`);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.deepEqual(parseCsv(text.slice(1)), [
    ["考核内容", ...seen.units],
    ...BRANCH.sections.map((s) => [s.title, ...seen.sections[s.title]]),
    ["总分", ...seen.totals],
    ["等次", ...seen.grades],
    ["达到最高等次的（达标）", "2 / 3 = 66.7%"],
  ]);

  // A unit's heading opens its assessment.
  await page.getByTestId("comparison").getByRole("button", { name: "第二党支部" }).click();
  await app.total.waitFor();
  assert.equal(await app.totalText(), "85.0");
  await app.backToList();

  // Files dropped together are imported together too; the same file again
  // is a second assessment of that unit, as a re-submitted file is.
  await app.dropFiles("import-file-zone", [branchFile("第四党支部"), branchFile("第一党支部", { dk: 1 })]);
  await app.notice.filter({ hasText: "已导入 2 份自评文件" }).waitFor();
  assert.equal(await app.notice.getAttribute("data-kind"), "info");
  assert.equal((await app.entryUnits()).length, 5);
  assert.match((await comparison(page, BRANCH.id)).share, /：4 \/ 5 = 80\.0%$/);

  assert.deepEqual(errors, []);
  await context.close();
});

test("19 of 20 branches 达标 is a 95% 达标率, which the committee's own item counts as met", async () => {
  const { page, context, errors } = await openPage(browser);
  const app = new AppPage(page);
  await app.open();

  const files = Array.from({ length: 20 }, (_, i) => {
    const unit = `第${i + 1}党支部`;
    if (i === 0) return branchFile(unit, { dk: 1, mzpy: 1 }); // 84: 不达标
    if (i === 1) return branchFile(unit, { dydh: 2, zwh: 10 }); // 85: 达标
    return branchFile(unit);
  });
  await app.chooseFiles("import-file", files);
  await app.notice.filter({ hasText: "已导入 20 份自评文件" }).waitFor();
  const { share, grades } = await comparison(page, BRANCH.id);
  assert.equal(grades.filter((g) => g === "达标").length, 19);
  const m = share.match(/：(\d+) \/ (\d+) = ([\d.]+%)$/);
  assert.ok(m, share);
  assert.deepEqual(m.slice(1), ["19", "20", "95.0%"]);

  // The committee carries the count into its own assessment: 19 of 20
  // meets "达标率95%以上" in full.
  await app.start({ rubric: COMMITTEE.id, unit: "乐清市卫生健康局机关党委", year: 2020 });
  await app.sectionLink("s2").click();
  await app.answer("t2.1.rate", { ratio: [m[1], m[2]] });
  assert.equal(await app.itemText("t2.1.rate", "rate"), "95.0%");
  assert.equal(await app.itemStatus("t2.1.rate"), "met");

  assert.deepEqual(errors, []);
  await context.close();
});
