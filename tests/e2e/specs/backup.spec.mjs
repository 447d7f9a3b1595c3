// 备份全部: every assessment and imported rubric in one file, imported back
// in a fresh browser; importing it twice changes nothing. The list says when
// each assessment was last exported and whether it changed since.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage } from "../support/browser.mjs";
import { AppPage } from "../pages/app-page.mjs";
import { generateRubric } from "../../../bench/lib/rubric-gen.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const KEY = "dangjian-ziping.v1";
const saved = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "null"), KEY);
const exportedCell = (app, unit) => app.entry(unit).getByTestId("entry-exported");

/** What the list shows: unit and total of every row, in order. */
const rows = (page) => page.getByTestId("entry").evaluateAll((trs) =>
  trs.map((tr) => [tr.querySelector("[data-testid=entry-unit]").textContent, tr.querySelector("[data-testid=entry-total]").textContent]));

test("a backup of everything comes back whole in a fresh browser, and a second import adds nothing", async () => {
  const { page, context, errors } = await openPage(browser);
  const app = new AppPage(page);
  await app.open();
  // An own rubric and three assessments, one of them of that rubric.
  const own = generateRubric(5);
  own.id = "own-committee";
  own.title = "本院党委自定考核细则";
  await app.chooseFile("import-rubric", { name: "own.json", text: JSON.stringify(own) });
  await app.start({ rubric: "nhc-2020-10", unit: "机关党委", year: 2020 });
  const item = await page.locator("[data-testid=item]:has([data-field=count])").first().getAttribute("data-item");
  await app.answer(item, { count: "3", note: "见台账" });
  await app.backToList();
  await app.start({ rubric: "yueqing-2020-25", unit: "门诊党支部", year: 2020 });
  await app.backToList();
  await app.start({ rubric: "own-committee", unit: "后勤党支部", year: 2026 });
  await app.backToList();
  // Nothing exported yet.
  assert.equal((await exportedCell(app, "机关党委").textContent()).trim(), "尚未导出");

  const { name, text } = await app.download(page.getByTestId("backup"));
  assert.match(name, /^党建自评-全部备份-\d{4}-\d{2}-\d{2}\.json$/);
  const backup = JSON.parse(text);
  assert.equal(backup.format, "dangjian-ziping.backup");
  assert.equal(backup.assessments.length, 3);
  assert.equal(backup.rubrics.length, 1);
  // The list now says when; an edit after it shows too.
  await page.waitForFunction(() => [...document.querySelectorAll("[data-testid=entry-exported]")].every((td) => /\d{4}-\d{2}-\d{2} \d{2}:\d{2}/.test(td.textContent)));
  await app.entry("门诊党支部").getByTestId("open").click();
  await app.total.waitFor();
  await page.getByTestId("meta-assessor").fill("王五");
  await app.backToList();
  assert.match(await exportedCell(app, "门诊党支部").textContent(), /之后有修改/);
  const shown = await rows(page);

  // A fresh browser: everything comes back, in the same order.
  const fresh = await openPage(browser);
  const b = new AppPage(fresh.page);
  await b.open();
  await b.chooseFile("import-file", { name, text });
  await b.notice.waitFor();
  assert.match(await b.notice.textContent(), /已从备份导入 3 份自评.*0 份本浏览器中已有.*新增考核细则 1 个/);
  assert.deepEqual((await rows(fresh.page)).map(([u]) => u), ["后勤党支部", "门诊党支部", "机关党委"]);
  await fresh.page.waitForFunction((key) => JSON.parse(localStorage.getItem(key) ?? "{}").entries?.length === 3, KEY);
  const once = await saved(fresh.page);
  // The same backup again: nothing changes.
  await b.page.getByTestId("dismiss").click();
  await b.chooseFile("import-file", { name, text });
  await b.notice.waitFor();
  assert.match(await b.notice.textContent(), /已从备份导入 0 份自评.*3 份本浏览器中已有.*新增考核细则 0 个/);
  await fresh.page.waitForTimeout(500);
  assert.deepEqual((await saved(fresh.page)).entries.map((e) => e.assessment), once.entries.map((e) => e.assessment));
  assert.deepEqual((await saved(fresh.page)).rubrics, once.rubrics);
  // The own rubric's assessment opens with its rubric.
  await b.entry("后勤党支部").getByTestId("open").click();
  await b.total.waitFor();
  await b.backToList();

  // Back in the first browser: only the assessment changed since is added.
  await app.chooseFile("import-file", { name, text });
  await app.notice.waitFor();
  assert.match(await app.notice.textContent(), /已从备份导入 1 份自评.*2 份本浏览器中已有/);
  assert.equal((await rows(page)).length, shown.length + 1);
  assert.deepEqual(errors, []);
  assert.deepEqual(fresh.errors, []);
  await fresh.context.close();
  await context.close();
});

test("changes a day old that no export holds bring a reminder beside 导出文件, which the export clears", async () => {
  const { page, context, errors } = await openPage(browser);
  const app = new AppPage(page);
  await app.open();
  await app.start({ rubric: "nhc-2020-10", unit: "机关党委", year: 2020 });
  // Today's first change: no reminder yet (the assessment is far from complete).
  assert.equal(await page.getByTestId("export-reminder").count(), 0);
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key) ?? "{}").entries?.length === 1, KEY);
  // As if the change were made yesterday.
  await page.evaluate((key) => {
    const s = JSON.parse(localStorage.getItem(key));
    s.entries[0].unexported_since = "2020-01-01";
    localStorage.setItem(key, JSON.stringify(s));
  }, KEY);
  await page.reload();
  await app.total.waitFor();
  const reminder = page.getByTestId("export-reminder");
  await reminder.waitFor();
  assert.match(await reminder.textContent(), /有一天前的修改尚未导出/);
  await app.exportAssessment();
  await reminder.waitFor({ state: "detached" });
  await app.backToList();
  assert.match(await app.entry("机关党委").getByTestId("entry-exported").textContent(), /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  assert.deepEqual(errors, []);
  await context.close();
});
