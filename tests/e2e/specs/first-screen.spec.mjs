// The first screen: name, rubric picker fed by the engine, the start form,
// and no request outside the page's own origin.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage, foreignRequests, screenshot } from "../support/browser.mjs";
import { AppPage } from "../pages/app-page.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("shows the name, every shipped rubric and the start form", async () => {
  const { page, context, requests, errors } = await openPage(browser);
  const app = new AppPage(page);
  await app.open();
  assert.equal(await app.title.textContent(), "党建自评");
  const ids = await app.rubricSelect.locator("option").evaluateAll((os) => os.map((o) => o.dataset.rubric));
  for (const id of ["branch-standard", "yueqing-2020-25", "jilin-2020-20", "shaoxing-tcm-2020", "nhc-2020-10", "gd2h-2018-90"]) {
    assert.ok(ids.includes(id), `picker lists ${id}`);
  }
  await page.getByTestId("start").waitFor();
  await screenshot(page, "home-1280");
  assert.deepEqual(foreignRequests(requests), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("starting without a unit name says what is missing and starts nothing", async () => {
  const { page, context } = await openPage(browser);
  const app = new AppPage(page);
  await app.open();
  await page.getByTestId("start").click();
  await page.getByText("请填写单位/支部名称").waitFor();
  assert.equal(await app.total.count(), 0);
  await context.close();
});

test("fits a 360 px wide screen without horizontal scrolling", async () => {
  const { page, context } = await openPage(browser, { viewport: { width: 360, height: 740 } });
  const app = new AppPage(page);
  await app.open();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  await screenshot(page, "home-360");
  await context.close();
});
