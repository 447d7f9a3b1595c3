// The first screen: name, rubric picker fed by the engine, score panel, and
// no request outside the page's own origin.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage, foreignRequests, screenshot } from "../support/browser.mjs";
import { AppPage } from "../pages/app-page.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("shows the name, the rubric picker and the score panel", async () => {
  const { page, context, requests, errors } = await openPage(browser);
  const app = new AppPage(page);
  await app.open();
  assert.equal(await app.title.textContent(), "党建自评");
  const options = await app.rubricOptions();
  assert.ok(options.length >= 1, `expected shipped rubrics in the picker, found ${options.length}`);
  assert.equal(await app.total.textContent(), "0.0");
  assert.ok((await app.sectionScores.count()) >= 1, "section subtotals are listed");
  await screenshot(page, "first-screen-1280");
  assert.deepEqual(foreignRequests(requests), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("picking another rubric updates the score panel", async () => {
  const { page, context } = await openPage(browser);
  const app = new AppPage(page);
  await app.open();
  const values = await app.rubricSelect.locator("option").evaluateAll((os) => os.map((o) => o.value));
  for (const id of values) {
    await app.pickRubric(id);
    assert.equal(await app.rubricSelect.inputValue(), id);
    const sections = await app.sectionScores.evaluateAll((els) => els.map((e) => e.dataset.section));
    assert.ok(sections.length >= 1, `rubric ${id} shows its sections`);
  }
  await context.close();
});

test("fits a 360 px wide screen without horizontal scrolling", async () => {
  const { page, context } = await openPage(browser, { viewport: { width: 360, height: 740 } });
  const app = new AppPage(page);
  await app.open();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  await screenshot(page, "first-screen-360");
  await context.close();
});
