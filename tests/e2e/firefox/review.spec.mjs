// Firefox ESR, through WebDriver: the committee reviews a submitted branch
// file — 另行评定 with the branch's own input, a comment, 自评分 beside
// 考核分 — signs it off, and the assessment is read-only, after a reload too.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { BASE_URL } from "../support/browser.mjs";
import { By, until, launchFirefox, waitForApp } from "../support/firefox.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
let ff;
before(async () => { ff = await launchFirefox(); });
after(async () => { await ff?.quit(); });

/** The release's version-1 branch file, submitted by the branch. */
function submittedFile() {
  const a = JSON.parse(readFileSync(join(HERE, "../fixtures/assessment-v1.json"), "utf8"));
  a.format_version = 2;
  a.review = {
    stage: "submitted",
    submitted: a.answers,
    history: [{ step: "submit", who: a.unit, when: "2020-12-01" }],
  };
  const path = join(mkdtempSync(join(tmpdir(), "djzp-ff-")), "内科第一党支部-提交.json");
  writeFileSync(path, JSON.stringify(a, null, 2));
  return path;
}

const stageIs = (driver, stage) => driver.wait(async () => {
  const bar = await driver.findElements(By.css(`[data-testid=review-bar][data-stage=${stage}]`));
  return bar.length === 1;
}, 20_000, `the review did not reach ${stage}`);

const text = async (driver, css) => (await driver.findElement(By.css(css))).getText();

test("Firefox ESR: a committee reviews a branch file, signs it off, and it stays read-only after a reload", async () => {
  const d = ff.driver;
  const mark = ff.mark();
  await d.get(BASE_URL);
  await waitForApp(d);
  await d.findElement(By.css("[data-testid=import-file]")).sendKeys(submittedFile());
  await stageIs(d, "submitted");
  assert.equal(await text(d, "[data-testid=review-stage]"), "已提交");
  // Not the branch's turn: its own inputs are disabled.
  const own = await d.findElement(By.css("[data-item=dydh] fieldset[data-testid=own-answer]"));
  assert.equal(await own.getAttribute("disabled"), "true");

  const name = await d.findElement(By.css("[data-testid=review-name]"));
  await name.sendKeys("党办 王某");
  await d.findElement(By.css("[data-testid=review-start]")).click();
  await stageIs(d, "in_review");

  // Go to 换届 (section s3) and assess it anew: not done.
  await d.findElement(By.css("[data-testid=section-link][data-section=s3]")).click();
  const card = await d.wait(until.elementLocated(By.css("[data-item=hj]")), 10_000);
  const ownScore = await text(d, "[data-item=hj] [data-testid=own-score]");
  await card.findElement(By.css("[data-testid=reassess]")).click();
  const notDone = await d.wait(until.elementLocated(By.css("[data-item=hj] [data-testid=reviewer-input] input[type=radio][value=not_done]")), 10_000);
  await notDone.click();
  await d.findElement(By.css("[data-item=hj] textarea[data-field=comment]")).sendKeys("换届批复未见");
  await d.wait(async () => (await text(d, "[data-item=hj] [data-testid=reviewed-score]")) === "0", 10_000);
  assert.equal(await text(d, "[data-item=hj] [data-testid=score-difference]"), ownScore === "0" ? "0" : `-${ownScore}`);
  const own0 = Number(await text(d, "[data-testid=own-total]"));
  const rev0 = Number(await text(d, "[data-testid=reviewed-total]"));
  assert.equal(Math.round((own0 - rev0) * 100), Math.round(Number(ownScore) * 100));

  await d.findElement(By.css("[data-testid=review-signoff]")).click();
  await stageIs(d, "approved");
  assert.match(await text(d, "[data-testid=review-signed]"), /党办 王某 \d{4}-\d{2}-\d{2}/);
  const readOnly = async () => {
    await stageIs(d, "approved");
    const sets = await d.findElements(By.css("fieldset[data-testid=own-answer]"));
    assert.ok(sets.length > 0);
    for (const f of sets) assert.equal(await f.getAttribute("disabled"), "true");
    // The reviewer's input is gone; what it found and said is shown.
    assert.equal((await d.findElements(By.css("[data-testid=reviewer-input]"))).length, 0);
    assert.equal((await d.findElements(By.css("textarea[data-field=comment]"))).length, 0);
    assert.match(await text(d, "[data-item=hj] [data-testid=item-comment]"), /换届批复未见/);
    assert.match(await text(d, "[data-item=hj] [data-testid=reviewer-answer]"), /未完成|not done/i);
  };
  await readOnly();
  await d.sleep(800); // autosave
  await d.navigate().refresh();
  await readOnly();
  const origin = new URL(BASE_URL).origin;
  assert.deepEqual(ff.requestsSince(mark).filter((u) => !u.startsWith(`${origin}/`)), []);
  assert.deepEqual(ff.errorsSince(mark), []);
});
