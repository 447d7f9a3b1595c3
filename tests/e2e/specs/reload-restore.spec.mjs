// After answering, moving to another section and another screen, a reload
// brings everything back exactly: the values as typed, the section, the
// screen, the total, and the language.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage } from "../support/browser.mjs";
import { AppPage } from "../pages/app-page.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const NOTE = "见党委会议记录第12页";

async function snapshot(app) {
  return {
    total: await app.totalText(),
    grade: (await app.grade.textContent()).trim(),
    completion: (await app.completion.textContent()).trim(),
    sections: await app.page.getByTestId("section-score").allTextContents(),
  };
}

test("values, section, screen and total survive a reload", async () => {
  const { page, context, errors } = await openPage(browser);
  const app = new AppPage(page);
  await app.open();
  await app.start({ rubric: "yueqing-2020-25", unit: "乐清市中医院党委", year: 2020, assessor: "李四" });

  await app.answer("t1.1.a", { check: "done" });
  await app.answer("t1.1.b", { level: "较好" });
  await app.answer("t1.1.c", { note: NOTE });
  await app.sectionLink("s2").click();
  await app.answer("t2.1.rate", { ratio: ["18", "19"] });
  await app.answer("t2.1.b", { na: true });
  await app.sectionLink("s4").click();
  await app.answer("t4.2.cz", { ratio: ["2", "3"] });
  await page.getByTestId("meta-assessor").fill("李四、赵六");
  await app.tab("rectification");

  const before = await snapshot(app);
  // 2 + 1.6; 18 of 19 is short of 95% and earns 0, rescaled over section 二
  // without t2.1.b still 0; one of three clues not handled, 0: 3.6 of 100.
  assert.equal(before.total, "3.6");
  assert.equal(before.completion, "4/45");
  // Autosave writes a moment (SAVE_DELAY_MS) after the last change: wait
  // for the last one, the assessor's name, to be in what is saved.
  await page.waitForFunction(
    () => (localStorage.getItem("dangjian-ziping.v1") ?? "").includes("李四、赵六"),
    null,
    { timeout: 5000 },
  );
  const saved = await page.evaluate(() => localStorage.getItem("dangjian-ziping.v1"));
  assert.ok(saved, "the work is saved under dangjian-ziping.v1");

  await page.reload();
  await app.total.waitFor();
  assert.equal(await app.screen(), "rectification");
  assert.deepEqual(await snapshot(app), before);
  assert.equal(await page.getByTestId("meta-unit").inputValue(), "乐清市中医院党委");
  assert.equal(await page.getByTestId("meta-year").inputValue(), "2020");
  assert.equal(await page.getByTestId("meta-assessor").inputValue(), "李四、赵六");

  await app.tab("scoring");
  assert.equal(await app.currentSection(), "s4");
  const clues = app.item("t4.2.cz");
  assert.equal(await clues.locator("[data-field=numerator]").inputValue(), "2");
  assert.equal(await clues.locator("[data-field=denominator]").inputValue(), "3");
  assert.equal(await app.itemStatus("t4.2.cz"), "unmet");

  await app.sectionLink("s2").click();
  const rate = app.item("t2.1.rate");
  assert.equal(await rate.locator("[data-field=numerator]").inputValue(), "18");
  assert.equal(await rate.locator("[data-field=denominator]").inputValue(), "19");
  assert.equal(await app.itemText("t2.1.rate", "rate"), "94.7%");
  assert.equal(await app.item("t2.1.b").locator("[data-field=na]").isChecked(), true);
  assert.equal(await app.itemStatus("t2.1.b"), "na");

  await app.sectionLink("s1").click();
  assert.equal(await app.item("t1.1.a").locator("input[value=done]").isChecked(), true);
  assert.equal(await app.item("t1.1.b").locator("input[value=较好]").isChecked(), true);
  assert.equal(await app.item("t1.1.c").locator("[data-field=note]").inputValue(), NOTE);
  assert.equal(await app.itemStatus("t1.1.c"), "incomplete");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the report screen, the list and the language survive a reload too", async () => {
  const { page, context, errors } = await openPage(browser);
  const app = new AppPage(page);
  await app.open();
  await app.start({ rubric: "branch-standard", unit: "内科第一党支部" });
  await page.locator("[data-fact=full_members]").fill("9");
  await app.answer("dydh", { counts: ["1", "1", "0", "1"] });
  await app.tab("report");
  await page.getByTestId("lang-switch").click();
  await page.getByTestId("report").getByText("Party-building self-assessment report", { exact: false }).waitFor();

  await page.reload();
  await app.total.waitFor();
  assert.equal(await app.screen(), "report");
  assert.equal((await app.title.textContent()).trim(), "Party-building self-assessment");
  assert.equal(await app.totalText(), "7.5");
  assert.equal(await page.locator("[data-fact=full_members]").count(), 0, "facts are on the scoring screen only");

  await app.tab("scoring");
  assert.equal(await page.locator("[data-fact=full_members]").inputValue(), "9");
  assert.equal(await app.item("dydh").locator("input[data-period='3']").inputValue(), "0");
  assert.match(await app.itemText("dydh", "item-gap"), /Q3/);

  // Closed: a reload stays on the list, which shows the assessment's total.
  await app.backToList();
  await page.reload();
  await page.getByTestId("rubric-select").waitFor();
  assert.equal(await app.total.count(), 0);
  assert.deepEqual(await app.entryUnits(), ["内科第一党支部"]);
  assert.equal((await app.entry("内科第一党支部").getByTestId("entry-total").textContent()).trim(), "7.5 / 100");
  assert.deepEqual(errors, []);
  await context.close();
});
