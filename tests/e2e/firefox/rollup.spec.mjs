// Firefox ESR, through WebDriver, on the single file from file:// (the
// rubrics compiled in): a committee imports 20 branch files of 2020, one of
// them 84 points (不达标), one re-sent, one of 2019, and the roll-up counts
// 19 of 20 branches, 95.0%, which meets 乐清's "达标率95%以上".
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { singleFileUrl } from "../support/browser.mjs";
import { branchSelfCheck } from "../support/branch-files.mjs";
import { By, until, launchFirefox, waitForApp, firefoxScreenshot } from "../support/firefox.mjs";

let ff;
let dir;
before(async () => {
  ff = await launchFirefox();
  dir = mkdtempSync(join(tmpdir(), "djzp-rollup-"));
});
after(async () => {
  await ff?.quit();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test("Firefox ESR: the single file rolls up 20 branch files to 19 / 20 = 95.0%, met", async () => {
  const files = Array.from({ length: 20 }, (_, i) =>
    branchSelfCheck(`第${i + 1}党支部`, i === 0 ? { dk: 1, mzpy: 1 } : i === 2 ? { dk: 1, zzshh: 1 } : {}));
  // The corrected file holds its 党课 and 组织生活会 (a yearly one not held
  // is 不达标); eight months without a 支委会: 92, 达标.
  files.push({ ...branchSelfCheck("第3党支部", { zwh: 8 }), name: "第3党支部（更正）.json" });
  files.push({ ...branchSelfCheck("第5党支部", {}, 2019), name: "第5党支部2019.json" });
  const paths = files.map((f) => {
    const path = join(dir, f.name);
    writeFileSync(path, f.text);
    return path;
  });
  const mark = ff.mark();
  const d = ff.driver;
  await d.get(singleFileUrl());
  await waitForApp(d);
  await d.findElement(By.css("[data-testid=import-file]")).sendKeys(paths.join("\n"));
  await d.wait(until.elementLocated(By.css("[data-testid=open-rollup]")), 30_000);
  await d.findElement(By.css("[data-testid=open-rollup]")).click();
  const rate = await d.wait(until.elementLocated(By.css("[data-testid=summary-rate]")), 30_000);
  assert.equal(await rate.getText(), "达标率：19 / 20 = 95.0%");
  const head = await d.findElement(By.css(".djzp-summary-head"));
  assert.equal(await head.getAttribute("data-met"), "true");
  const rows = await d.findElements(By.css("[data-testid=roster] tbody tr"));
  assert.equal(rows.length, 20);
  const apart = await d.findElements(By.css("[data-testid=apart] tbody tr"));
  assert.equal(apart.length, 2, "the replaced file and the 2019 file, listed apart");
  await firefoxScreenshot(d, "firefox-rollup");
  assert.deepEqual(ff.errorsSince(mark), []);
});
