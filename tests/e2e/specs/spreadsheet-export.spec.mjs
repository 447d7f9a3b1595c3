// The 问题清单 exported for Excel: a CSV file named for the unit and year,
// with a byte-order mark (without it Excel shows Chinese as mojibake), the
// report's columns, and every cell read back exactly as typed — commas,
// quotes and line breaks included — except that a cell Excel would take
// for a formula is kept as text.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage } from "../support/browser.mjs";
import { AppPage } from "../pages/app-page.mjs";
import { parseCsv } from "../support/csv.mjs";
import { loadRubric } from "../support/rubric-score.mjs";

const RUBRIC = loadRubric("yueqing-2020-25");
const TITLE = Object.fromEntries(RUBRIC.sections.flatMap((s) => s.items).map((i) => [i.id, i.title]));
const UNIT = "乐清市人民医院第三党支部";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("the 问题清单 opens in Excel as typed, and no cell becomes a formula", async () => {
  const { page, context, errors } = await openPage(browser);
  const app = new AppPage(page);
  await app.open();
  await app.start({ rubric: RUBRIC.id, unit: UNIT, year: 2020 });
  await app.answer("t1.1.a", { check: "partly" });
  await app.sectionLink("s2").click();
  await app.answer("t2.1.rate", { ratio: ["18", "19"] });

  await app.tab("rectification");
  const exportButton = page.getByTestId("export-rect-csv");
  assert.equal(await exportButton.count(), 0, "nothing to export while the list is empty");
  await page.getByTestId("prefill").click();
  const rows = page.getByTestId("rect-row");
  assert.equal(await rows.count(), 2);

  const measure = "一、补齐台账，\"逐月\"登记；\n二、每季度检查一次";
  await rows.nth(0).locator("[data-field=measure]").fill(measure);
  await rows.nth(0).locator("[data-field=deadline]").fill("2021年3月底前");
  await rows.nth(1).locator("[data-field=department]").fill("=HYPERLINK(\"http://example.com\",\"点此\")");
  await rows.nth(1).locator("[data-field=note]").fill("-待党委复核");
  await rows.nth(1).locator("select").selectOption("done");

  const { name, bytes, text } = await app.download(exportButton);
  assert.equal(name, `问题清单-${UNIT}-2020.csv`);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], "UTF-8 byte-order mark");
  const cells = parseCsv(text.slice(1));
  assert.deepEqual(cells[0], ["序号", "存在主要问题", "整改措施", "责任部门", "完成时限", "状态", "备注"]);
  assert.equal(cells.length, 3);

  const onScreen = await rows.evaluateAll((trs) => trs.map((tr) => ({
    problem: tr.querySelector("[data-field=problem]").value,
    measure: tr.querySelector("[data-field=measure]").value,
    department: tr.querySelector("[data-field=department]").value,
  })));
  assert.deepEqual(cells[1], ["1", onScreen[0].problem, measure, onScreen[0].department, "2021年3月底前", "未整改", ""]);
  // Largest loss first: 18 of 19 branches (short of 95%) loses all 6 points.
  assert.equal(onScreen[0].problem, `${TITLE["t2.1.rate"]}：还差 1 个支部达标`);
  assert.equal(onScreen[1].problem, `${TITLE["t1.1.a"]}：部分完成`);
  assert.deepEqual(cells[2], [
    "2",
    onScreen[1].problem,
    onScreen[1].measure,
    "'=HYPERLINK(\"http://example.com\",\"点此\")",
    "",
    "已完成",
    "'-待党委复核",
  ]);

  assert.deepEqual(errors, []);
  await context.close();
});
