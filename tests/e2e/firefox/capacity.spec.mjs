// Firefox ESR: how many branch files its local storage holds (printed for
// the README); a committee needs 300 and its own.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BASE_URL } from "../support/browser.mjs";
import { By, until, launchFirefox, waitForApp } from "../support/firefox.mjs";
import { branchFile, probeCapacity } from "../support/branch-files.mjs";

let ff;
before(async () => { ff = await launchFirefox(); });
after(async () => { await ff?.quit(); });

const KEY = "dangjian-ziping.v1";

test("Firefox ESR: how many branch files local storage holds", async () => {
  const { driver } = ff;
  await driver.get(BASE_URL);
  await waitForApp(driver);
  const file = join(mkdtempSync(join(tmpdir(), "djzp-")), "branch.json");
  writeFileSync(file, branchFile(0));
  await driver.findElement(By.css("[data-testid=import-file]")).sendKeys(file);
  await driver.wait(until.elementLocated(By.css("[data-testid=total-score]")), 20_000);
  await driver.wait(async () => driver.executeScript(
    (key) => (JSON.parse(localStorage.getItem(key) ?? "{}").entries ?? []).length === 1, KEY), 10_000);
  const entry = await driver.executeScript((key) => JSON.parse(localStorage.getItem(key)).entries[0], KEY);
  const { entryChars, fits } = await driver.executeScript(
    `return (${probeCapacity.toString()})(arguments[0]);`, ["capacity-probe", entry]);
  console.log(`capacity: Firefox ESR local storage holds ${fits} branch files of ${entryChars} chars each`);
  assert.ok(fits >= 301, `a committee needs 300 branch files and its own; ${fits} fit`);
  await driver.executeScript((key) => localStorage.removeItem(key), KEY);
});
