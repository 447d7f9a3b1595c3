// Firefox ESR, through WebDriver: the workbook module loads in both builds
// (fetched beside the app when served, decoded from the page in the single
// file opened from file://), writes the template, and reads it back as a
// rubric. The download is caught in the page (WebDriver sees no file):
// the Blob handed to URL.createObjectURL is read there.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BASE_URL, singleFileUrl } from "../support/browser.mjs";
import { By, until, launchFirefox, waitForApp } from "../support/firefox.mjs";

let ff;
before(async () => { ff = await launchFirefox(); });
after(async () => { await ff?.quit(); });

const CATCH = `
  window.__downloads = [];
  const make = URL.createObjectURL;
  URL.createObjectURL = function (blob) {
    blob.arrayBuffer().then((b) => {
      let s = "";
      for (const x of new Uint8Array(b)) s += String.fromCharCode(x);
      window.__downloads.push(btoa(s));
    });
    return make.call(URL, blob);
  };
  HTMLAnchorElement.prototype.click = function () {};
`;

async function roundTrip(driver) {
  await waitForApp(driver);
  await driver.executeScript(CATCH);
  const before = (await driver.findElements(By.css("[data-testid=rubric-select] option"))).length;
  await driver.findElement(By.css("[data-testid=workbook-template]")).click();
  await driver.wait(async () => (await driver.executeScript("return window.__downloads.length")) === 1, 60_000,
    "the template was not written");
  const bytes = Buffer.from(await driver.executeScript("return window.__downloads[0]"), "base64");
  assert.deepEqual([...bytes.subarray(0, 4)], [0x50, 0x4b, 0x03, 0x04]);
  const file = join(mkdtempSync(join(tmpdir(), "djzp-ff-")), "考核细则模板.xlsx");
  writeFileSync(file, bytes);
  await driver.findElement(By.css("[data-testid=import-rubric]")).sendKeys(file);
  const notice = await driver.wait(until.elementLocated(By.css("[data-testid=notice][data-kind=info]")), 30_000);
  await driver.wait(async () => /已添加考核细则/.test(await notice.getText()), 30_000,
    "the template was not imported");
  const after = (await driver.findElements(By.css("[data-testid=rubric-select] option"))).length;
  assert.equal(after, before + 1);
}

test("Firefox ESR: the single file writes the Excel template and imports it, fetching nothing", async () => {
  const url = singleFileUrl();
  const mark = ff.mark();
  await ff.driver.get(url);
  await roundTrip(ff.driver);
  assert.deepEqual(ff.requestsSince(mark).filter((u) => u !== url), []);
  assert.deepEqual(ff.errorsSince(mark), []);
});

test("Firefox ESR: the served build fetches the workbook module on demand and imports the template", async () => {
  const mark = ff.mark();
  await ff.driver.get(BASE_URL);
  await roundTrip(ff.driver);
  const requests = ff.requestsSince(mark);
  assert.ok(requests.some((u) => /\/workbook\/ziping_workbook\.wasm\?v=[0-9a-f]{16}$/.test(u)), requests.join(", "));
  const origin = new URL(BASE_URL).origin;
  assert.deepEqual(requests.filter((u) => !u.startsWith(`${origin}/`)), []);
  assert.deepEqual(ff.errorsSince(mark), []);
});
