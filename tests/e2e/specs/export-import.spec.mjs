// Export an assessment (the file a branch hands to its committee), check it
// against docs/assessment-format.md, and import it into a browser that has
// never seen it — by the file picker and by dropping the file — getting the
// same total, grade and answers back.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage } from "../support/browser.mjs";
import { AppPage } from "../pages/app-page.mjs";
import { loadRubric } from "../support/rubric-score.mjs";

const RUBRIC = loadRubric("yueqing-2020-25");
const UNIT = "乐清市第三人民医院党委";
const NOTE = "各支部“四化”达标验收表";

let browser;
let exported; // { name, text, json, seen, errors }, made once by theFile()
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Starts an assessment and answers a few items of several kinds. */
async function makeAssessment(page) {
  const app = new AppPage(page);
  await app.open();
  await app.pickRubric("yueqing-2020-25");
  await page.getByTestId("new-date").fill("2021-01-15");
  await app.start({ unit: UNIT, year: 2020, assessor: "张三" });
  await app.answer("t1.1.a", { check: "partly" });
  await app.sectionLink("s2").click();
  await app.answer("t2.1.rate", { ratio: ["18", "19"], note: NOTE });
  await app.sectionLink("s3").click();
  await app.answer("t3.3.b", { na: true });
  await app.sectionLink("s4").click();
  await app.answer("t4.2.cz", { ratio: ["2", "3"] });
  await app.tab("rectification");
  await page.getByTestId("prefill").click();
  await page.getByTestId("rect-row").first().waitFor();
  return app;
}

/** What a user can see of an assessment: figures, answers, rows. */
async function visible(app) {
  const page = app.page;
  await app.tab("scoring");
  const seen = {
    total: await app.totalText(),
    grade: (await app.grade.textContent()).trim(),
    completion: (await app.completion.textContent()).trim(),
    unit: await page.getByTestId("meta-unit").inputValue(),
    assessor: await page.getByTestId("meta-assessor").inputValue(),
    date: await page.getByTestId("meta-date").inputValue(),
  };
  await app.sectionLink("s1").click();
  seen.t11a = await app.item("t1.1.a").locator("input[type=radio]:checked").getAttribute("value");
  await app.sectionLink("s2").click();
  seen.rate = [
    await app.item("t2.1.rate").locator("[data-field=numerator]").inputValue(),
    await app.item("t2.1.rate").locator("[data-field=denominator]").inputValue(),
    await app.item("t2.1.rate").locator("[data-field=note]").inputValue(),
  ];
  await app.sectionLink("s3").click();
  seen.na = await app.item("t3.3.b").locator("[data-field=na]").isChecked();
  await app.sectionLink("s4").click();
  seen.clues = [
    await app.item("t4.2.cz").locator("[data-field=numerator]").inputValue(),
    await app.item("t4.2.cz").locator("[data-field=denominator]").inputValue(),
  ];
  await app.tab("rectification");
  seen.rows = await page.getByTestId("rect-row").count();
  return seen;
}

const EXPECTED_SEEN = {
  total: "1.0", // 1 + 0 (18 of 19 is short of 95%) + 0 + 0 (a clue not handled) + 0
  grade: "不合格",
  completion: "3/45",
  unit: UNIT,
  assessor: "张三",
  date: "2021-01-15",
  t11a: "partly",
  rate: ["18", "19", NOTE],
  na: true,
  clues: ["2", "3"],
  rows: 3,
};

/** The exported file, made once in its own browser context. */
async function theFile() {
  if (!exported) {
    const { page, context, errors } = await openPage(browser);
    const app = await makeAssessment(page);
    const seen = await visible(app);
    exported = { ...(await app.exportAssessment()), seen, errors };
    await context.close();
  }
  return exported;
}

test("the exported file follows docs/assessment-format.md", async () => {
  const { json: a, name, seen, errors } = await theFile();
  assert.deepEqual(seen, EXPECTED_SEEN);
  assert.equal(name, `党建自评-${UNIT}-2020.json`);
  assert.equal(a.format, "dangjian-ziping.assessment");
  assert.equal(a.format_version, 2);
  assert.deepEqual(a.rubric, { id: RUBRIC.id, version: RUBRIC.version, title: RUBRIC.title });
  assert.equal(a.unit, UNIT);
  assert.equal(a.year, 2020);
  assert.equal(a.assessor, "张三");
  assert.equal(a.date, "2021-01-15");
  // Answers as typed; keys in sorted order; nothing for unanswered items.
  assert.deepEqual(a.answers.items, {
    "t1.1.a": { value: { check: "partly" } },
    "t2.1.rate": { note: NOTE, value: { ratio: { numerator: "18", denominator: "19" } } },
    "t3.3.b": { na: true },
    "t4.2.cz": { value: { ratio: { numerator: "2", denominator: "3" } } },
  });
  assert.deepEqual(Object.keys(a.answers.items), [...Object.keys(a.answers.items)].sort());
  // The rectification rows made from the three shortfalls, linked to their items.
  assert.deepEqual(a.rectification.map((r) => r.item).sort(), ["t1.1.a", "t2.1.rate", "t4.2.cz"]);
  for (const r of a.rectification) {
    assert.equal(r.status, "open");
    for (const f of ["problem", "measure", "department", "deadline", "note"]) assert.equal(typeof r[f], "string", f);
  }
  assert.match(a.rectification.find((r) => r.item === "t2.1.rate").problem, /还差 1 个支部达标/);
  // The result as it stood, exact to the hundredth.
  assert.equal(a.result.total, "1");
  assert.equal(a.result.max, "100");
  assert.equal(a.result.grade, "不合格");
  assert.equal(a.result.veto, null);
  assert.equal(a.result.answered, 3);
  assert.equal(a.result.applicable, 45);
  assert.deepEqual(a.result.sections, [
    { id: "s1", earned: "1", possible: "22" },
    { id: "s2", earned: "0", possible: "26" },
    { id: "s3", earned: "0", possible: "18" },
    { id: "s4", earned: "0", possible: "18" },
    { id: "s5", earned: "0", possible: "16" },
  ]);
  // Every field the document lists, and no other.
  assert.deepEqual(Object.keys(a).sort(),
    ["answers", "assessor", "date", "format", "format_version", "rectification", "result", "rubric", "unit", "year"]);
  assert.deepEqual(errors, []);
});

test("importing the file in a fresh browser gives the same total, grade and answers", async () => {
  const file = await theFile();
  const { page, context, errors } = await openPage(browser);
  const app = new AppPage(page);
  await app.open();
  assert.equal(await app.entries().count(), 0, "fresh storage");
  await app.chooseFile("import-file", file);
  await app.total.waitFor();
  assert.equal(await app.notice.getAttribute("data-kind"), "info");
  assert.match(await app.notice.textContent(), new RegExp(`已导入并打开：${UNIT}`));
  assert.deepEqual(await visible(app), EXPECTED_SEEN);

  // Exported again, it is the same file.
  const again = await app.exportAssessment();
  assert.equal(again.name, file.name);
  assert.deepEqual(again.json, file.json);

  // And it is kept in this browser.
  await page.reload();
  await app.total.waitFor();
  assert.equal(await app.totalText(), "1.0");
  assert.deepEqual(errors, []);
  await context.close();
});

test("dropping the file on the import zone imports it too", async () => {
  const file = await theFile();
  const { page, context, errors } = await openPage(browser);
  const app = new AppPage(page);
  await app.open();
  await app.dropFile("import-file-zone", file);
  await app.total.waitFor();
  assert.equal(await app.notice.getAttribute("data-kind"), "info");
  assert.deepEqual(await visible(app), EXPECTED_SEEN);
  await app.backToList();
  assert.deepEqual(await app.entryUnits(), [UNIT]);
  assert.deepEqual(errors, []);
  await context.close();
});
