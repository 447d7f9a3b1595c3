// Autosave writes once after a burst of typing, not on every keystroke, and
// nothing typed is lost when the page is left before that write was due.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage } from "../support/browser.mjs";
import { AppPage } from "../pages/app-page.mjs";
import { countWrites } from "../support/storage.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const KEY = "dangjian-ziping.v1";

/** The id of the first item on screen answered with a count. */
const firstCountItem = (page) =>
  page.locator("[data-testid=item]:has([data-field=count])").first().getAttribute("data-item");

test("a burst of keystrokes is saved once, 300 ms after the last", async () => {
  const { page, context, errors } = await openPage(browser);
  await countWrites(page, KEY);
  const app = new AppPage(page);
  await app.open();
  await app.start({ rubric: "nhc-2020-10", unit: "某医院党委", year: 2020 });
  const id = await firstCountItem(page);
  const field = app.item(id).locator("[data-field=count]");
  await page.waitForTimeout(500);
  const before = await page.evaluate(() => window.__writes);

  await field.click();
  await field.pressSequentially("321", { delay: 40 });
  // Every keystroke is taken...
  assert.equal(await field.inputValue(), "321");
  const during = await page.evaluate(() => window.__writes);
  assert.equal(during, before, "no write while typing");
  // ...and the store is written once when the typing stops.
  await page.waitForFunction(
    ([key, id]) => JSON.parse(localStorage.getItem(key))?.entries?.[0]?.assessment?.answers?.items?.[id] !== undefined,
    [KEY, id],
    { timeout: 5000 },
  );
  await page.waitForTimeout(400);
  assert.equal(await page.evaluate(() => window.__writes), before + 1, "one write for the burst");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a change made just before leaving the page is kept", async () => {
  const { page, context, errors } = await openPage(browser);
  const app = new AppPage(page);
  await app.open();
  await app.start({ rubric: "nhc-2020-10", unit: "某医院党委", year: 2020 });
  const id = await firstCountItem(page);
  await app.answer(id, { count: "7" });
  // Reload at once: the write was not due yet; leaving the page makes it.
  await page.reload();
  await app.total.waitFor();
  assert.equal(await app.item(id).locator("[data-field=count]").inputValue(), "7");
  assert.deepEqual(errors, []);
  await context.close();
});
