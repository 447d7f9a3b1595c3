// Firefox ESR smoke test, through WebDriver: both builds render the app with
// no error, and make no request but their own.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE_URL, singleFileUrl } from "../support/browser.mjs";
import { By, launchFirefox, waitForApp, firefoxScreenshot } from "../support/firefox.mjs";

let ff;
before(async () => { ff = await launchFirefox(); });
after(async () => { await ff?.quit(); });

async function checkApp(driver) {
  const title = await waitForApp(driver);
  assert.equal(await title.getText(), "党建自评");
  const options = await driver.findElements(By.css("[data-testid=rubric-select] option"));
  assert.ok(options.length >= 1, `expected shipped rubrics in the picker, found ${options.length}`);
  const fallback = await driver.findElement(By.id("djzp-fallback"));
  assert.equal(await fallback.isDisplayed(), false, "the start-up failure message stays hidden");
  const storage = await driver.findElement(By.css("[data-testid=storage-state]"));
  assert.equal(await storage.getAttribute("data-state"), "saving", "autosave works");
}

test("Firefox ESR: the single file runs from file:// with no error and no request but itself", async () => {
  const url = singleFileUrl();
  const mark = ff.mark();
  await ff.driver.get(url);
  await checkApp(ff.driver);
  await firefoxScreenshot(ff.driver, "firefox-single-file");
  await ff.driver.sleep(300); // let a late request or error show up
  // (Firefox's BiDi does not report file:// loads; anything else would show.)
  assert.deepEqual(ff.requestsSince(mark).filter((u) => u !== url), []);
  assert.deepEqual(ff.errorsSince(mark), []);
});

test("Firefox ESR: the served release build runs with no error and no request outside its origin", async () => {
  const mark = ff.mark();
  await ff.driver.get(BASE_URL);
  await checkApp(ff.driver);
  await ff.driver.sleep(300);
  const origin = new URL(BASE_URL).origin;
  const requests = ff.requestsSince(mark);
  assert.ok(requests.length >= 3, `the page, its script and its WebAssembly: ${requests.join(", ")}`);
  assert.deepEqual(requests.filter((u) => !u.startsWith(`${origin}/`)), []);
  assert.deepEqual(ff.errorsSince(mark), []);
});
