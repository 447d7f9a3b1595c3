// What a committee's browser can keep: 300 branch files and its own
// assessment are imported, saved, and still there after a reload; and how
// many such files local storage holds in all (printed for the README).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage } from "../support/browser.mjs";
import { AppPage } from "../pages/app-page.mjs";
import { backupOf, branchFile, probeCapacity } from "../support/branch-files.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const KEY = "dangjian-ziping.v1";

test("a committee keeps 300 branch files and its own assessment, across a reload", async () => {
  const { page, context, errors } = await openPage(browser);
  const app = new AppPage(page);
  await app.open();
  const started = Date.now();
  await app.chooseFile("import-file", { name: "党建自评-全部备份.json", text: backupOf(300) });
  await app.notice.waitFor();
  const imported = Date.now() - started;
  assert.match(await app.notice.textContent(), /已从备份导入 300 份自评/);
  await app.start({ rubric: "nhc-2020-10", unit: "某医院党委", year: 2020 });
  await app.answer((await page.locator("[data-testid=item]:has([data-field=count])").first().getAttribute("data-item")), { count: "3" });
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key))?.entries?.length === 301, KEY, { timeout: 10000 });
  assert.equal(await page.getByTestId("storage-state").getAttribute("data-state"), "saving");
  const chars = await page.evaluate((key) => localStorage.getItem(key).length, KEY);

  await page.reload();
  await app.total.waitFor();
  await app.backToList();
  assert.equal(await app.entries().count(), 301);
  console.log(`capacity: 300 branch files + 1 imported in ${imported} ms (backup of ${(backupOf(300).length / 1e6).toFixed(2)} M chars); saved store ${(chars / 1e6).toFixed(2)} M chars`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("how many branch files local storage holds (Chromium)", async () => {
  const { page, context } = await openPage(browser);
  const app = new AppPage(page);
  await app.open();
  await app.chooseFile("import-file", { name: "branch.json", text: branchFile(0) });
  await app.total.waitFor();
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key) ?? "{}").entries?.length === 1, KEY);
  const entry = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)).entries[0], KEY);
  const { entryChars, fits } = await page.evaluate(probeCapacity, ["capacity-probe", entry]);
  console.log(`capacity: Chromium local storage holds ${fits} branch files of ${entryChars} chars each`);
  assert.ok(fits >= 301, `a committee needs 300 branch files and its own; ${fits} fit`);
  await context.close();
});
