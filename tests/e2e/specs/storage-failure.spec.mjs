// When the browser gives no storage (disabled, blocked) or storage is full,
// the page says so, keeps working in memory, and export still works.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage } from "../support/browser.mjs";
import { AppPage } from "../pages/app-page.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function scoreAndExport(page) {
  const app = new AppPage(page);
  await app.start({ rubric: "yueqing-2020-25", unit: "内科第一党支部" });
  await app.answer("t1.1.a", { check: "done" });
  const before = await app.totalText();
  assert.notEqual(before, "0.0", "scoring works without storage");
  const exported = await app.exportAssessment();
  assert.equal(exported.json.unit, "内科第一党支部");
  assert.equal(Number(exported.json.result.total).toFixed(1), before, "the export carries the score on screen");
  assert.ok(exported.json.answers.items["t1.1.a"], "the export holds the answer");
  return app;
}

test("storage disabled: the page says so and work goes on in memory", async () => {
  const { page, context, errors } = await openPage(browser);
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      configurable: true,
      get() { throw new DOMException("The operation is insecure.", "SecurityError"); },
    });
  });
  const app = new AppPage(page);
  await app.open();
  const state = page.getByTestId("storage-state");
  assert.equal(await state.getAttribute("data-state"), "unavailable");
  assert.match(await state.textContent(), /不允许保存数据/);
  await scoreAndExport(page);
  assert.deepEqual(errors, []);
  await context.close();
});

test("storage full: the page says autosave failed, keeps the work and still exports", async () => {
  const { page, context, errors } = await openPage(browser);
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  const app = new AppPage(page);
  await app.open();
  const appPage = await scoreAndExport(page);
  const state = page.getByTestId("storage-state");
  // Autosave writes 300 ms after the last change.
  await page.waitForFunction(
    () => document.querySelector("[data-testid=storage-state]")?.dataset.state === "failed",
    null,
    { timeout: 5000 },
  );
  assert.equal(await state.getAttribute("data-state"), "failed");
  assert.match(await state.textContent(), /自动保存失败/);
  // The work is still on screen after the failed saves.
  assert.equal(await appPage.itemStatus("t1.1.a"), "met");
  assert.deepEqual(errors, []);
  await context.close();
});
