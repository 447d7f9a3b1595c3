// Firefox ESR: two tabs of the app each create an assessment and edit it;
// neither loses the other's, and a tab shows the other's change at once.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE_URL } from "../support/browser.mjs";
import { By, until, launchFirefox, waitForApp } from "../support/firefox.mjs";

let ff;
before(async () => { ff = await launchFirefox(); });
after(async () => { await ff?.quit(); });

const KEY = "dangjian-ziping.v1";
const css = (s) => By.css(s);

/** Starts an assessment of nhc-2020-10 for `unit` and answers its first count item with `count`. */
async function startAndAnswer(driver, unit, count) {
  const option = await driver.findElement(css('[data-testid=rubric-select] option[data-rubric="nhc-2020-10"]'));
  await driver.findElement(css("[data-testid=rubric-select]")).sendKeys(await option.getText());
  const field = await driver.findElement(css("[data-testid=new-unit]"));
  await field.clear();
  await field.sendKeys(unit);
  await driver.findElement(css("[data-testid=start]")).click();
  const input = await driver.wait(until.elementLocated(css("[data-testid=item] [data-field=count]")), 20_000);
  await input.sendKeys(String(count));
  return driver.findElement(css("[data-testid=item]:has([data-field=count])")).getAttribute("data-item");
}

const savedUnits = (driver) => driver.executeScript(
  (key) => (JSON.parse(localStorage.getItem(key) ?? "{}").entries ?? []).map((e) => e.assessment.unit).sort(), KEY);

test("Firefox ESR: two tabs each create and edit an assessment, and both are kept", async () => {
  const { driver } = ff;
  const mark = ff.mark();
  await driver.get(BASE_URL);
  await waitForApp(driver);
  const first = await driver.getWindowHandle();
  await driver.switchTo().newWindow("tab");
  await driver.get(BASE_URL);
  await waitForApp(driver);
  const second = await driver.getWindowHandle();

  await driver.switchTo().window(first);
  const item = await startAndAnswer(driver, "内科第一党支部", 7);
  await driver.wait(async () => (await savedUnits(driver)).length === 1, 5000);
  await driver.switchTo().window(second);
  // The second tab lists the first tab's assessment without a reload.
  await driver.wait(until.elementLocated(css("[data-testid=entry-unit]")), 5000);
  await startAndAnswer(driver, "外科党支部", 3);
  await driver.wait(async () => {
    const store = await driver.executeScript((key) => JSON.parse(localStorage.getItem(key) ?? "{}"), KEY);
    return store.entries?.length === 2 && store.entries.every((e) => e.assessment.answers?.items?.[item]);
  }, 5000);
  assert.deepEqual(await savedUnits(driver), ["内科第一党支部", "外科党支部"]);

  // A reload of the first tab lists both.
  await driver.switchTo().window(first);
  await driver.navigate().refresh();
  await driver.wait(until.elementLocated(css("[data-testid=back]")), 20_000).click();
  await driver.wait(async () => (await driver.findElements(css("[data-testid=entry-unit]"))).length === 2, 5000);
  const units = await Promise.all((await driver.findElements(css("[data-testid=entry-unit]"))).map((e) => e.getText()));
  assert.deepEqual(units.sort(), ["内科第一党支部", "外科党支部"]);
  assert.deepEqual(ff.errorsSince(mark), []);
  await driver.executeScript((key) => localStorage.removeItem(key), KEY);
});
