// The single-file edition (dist-single/dangjian-ziping.html) opened from disk,
// as when it is double-clicked: the app runs with nothing but the file, and
// autosave works on file://.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { launch, openPage, screenshot, singleFileUrl, SINGLE_FILE } from "../support/browser.mjs";
import { AppPage } from "../pages/app-page.mjs";
import { FallbackPage } from "../pages/fallback-page.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("runs from file:// and requests nothing but the file itself", async () => {
  const url = singleFileUrl();
  const { page, context, recorder, errors } = await openPage(browser);
  const app = new AppPage(page);
  await app.open(url);
  assert.equal(await app.title.textContent(), "党建自评");
  const options = await app.rubricOptions();
  assert.ok(options.length >= 1, `expected shipped rubrics in the picker, found ${options.length}`);
  assert.ok(await new FallbackPage(page).box.isHidden(), "the start-up failure message stays hidden");
  await page.waitForLoadState("networkidle");
  await screenshot(page, "single-file-1280");
  // Only the file itself; data: and blob: URLs never leave the page.
  assert.deepEqual(recorder.network(), [url]);
  assert.deepEqual(errors, []);
  await context.close();
});

test("autosaves on file://: a change survives a reload and a copy of the file sees it", async () => {
  const url = singleFileUrl();
  const { page, context, errors } = await openPage(browser);
  const app = new AppPage(page);
  await app.open(url);
  const storage = page.getByTestId("storage-state");
  assert.equal(await storage.getAttribute("data-state"), "saving", "autosave is on, no storage warning");

  // The interface language is part of the saved store.
  await page.getByTestId("lang-switch").click();
  await page.getByRole("heading", { level: 1, name: "Party-building self-assessment" }).waitFor();
  await page.reload();
  await app.title.waitFor();
  assert.equal(await app.title.textContent(), "Party-building self-assessment", "the saved language came back");
  assert.equal(await storage.getAttribute("data-state"), "saving");

  // Browsers keep one local storage for all file:// pages of a profile, so a
  // copy of the file elsewhere on disk opens the same saved work.
  const dir = mkdtempSync(join(tmpdir(), "djzp-copy-"));
  try {
    const copy = join(dir, "副本.html");
    copyFileSync(SINGLE_FILE, copy);
    await app.open(pathToFileURL(copy).href);
    assert.equal(await app.title.textContent(), "Party-building self-assessment");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  assert.deepEqual(errors, []);
  await context.close();
});
