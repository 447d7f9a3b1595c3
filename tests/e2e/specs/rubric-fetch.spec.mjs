// The shipped rubrics are not in the first load: the picker lists them from
// a small index, and a rubric's file (rubrics/<id>.json beside the app) is
// fetched once, when an assessment of it is first opened. A slow file shows
// a loading card; a failed one says which file and why, loses nothing and
// can be tried again, for an open assessment and for a roll-up alike.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage, BASE_URL } from "../support/browser.mjs";
import { AppPage } from "../pages/app-page.mjs";
import { branchSelfCheck } from "../support/branch-files.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const RUBRIC = "yueqing-2020-25";
const FILES = "**/rubrics/*.json*";
const rubricRequests = (urls) => urls.filter((u) => u.includes("/rubrics/"));
/** Page errors other than the browser's own line about a request we failed on purpose. */
const unexpected = (errors) => errors.filter((e) => !e.includes("Failed to load resource"));

test("the first load fetches no rubric; opening one fetches its file once", async () => {
  const { page, context, requests, errors } = await openPage(browser);
  const app = new AppPage(page);
  await app.open();
  assert.equal((await app.rubricOptions()).length, 6, "the picker lists every shipped rubric");
  assert.deepEqual(rubricRequests(requests), [], "no rubric file in the first load");

  await app.start({ rubric: RUBRIC, unit: "第一党支部" });
  await app.backToList();
  await app.start({ rubric: RUBRIC, unit: "第二党支部" });
  assert.deepEqual(rubricRequests(requests), [
    new URL(`rubrics/${RUBRIC}.json?v=2.0.0`, BASE_URL).href,
  ]);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a slow rubric file shows a loading card, then the items", async () => {
  const { page, context, errors } = await openPage(browser);
  const app = new AppPage(page);
  await app.open();
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(FILES, async (route) => { await held; await route.continue(); });
  await app.begin({ rubric: RUBRIC, unit: "第一党支部" });
  const loading = page.getByTestId("rubric-loading");
  await loading.waitFor();
  assert.equal(await loading.getAttribute("role"), "status");
  assert.match(await page.getByTestId("rubric-pending").textContent(), /乐卫党〔2020〕25号/);
  release();
  await app.total.waitFor();
  assert.equal(await page.getByTestId("rubric-pending").count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a failed rubric file says which file and why, loses nothing, and can be tried again", async () => {
  const { page, context, errors } = await openPage(browser);
  const app = new AppPage(page);
  await app.open();
  await page.route(FILES, (route) => route.fulfill({ status: 404, body: "not here" }));
  await app.begin({ rubric: RUBRIC, unit: "第一党支部" });
  const failed = page.getByTestId("rubric-failed");
  await failed.waitFor();
  assert.equal(await failed.getAttribute("role"), "alert");
  const said = await failed.textContent();
  assert.match(said, new RegExp(`rubrics/${RUBRIC}\\.json\\?v=2\\.0\\.0: HTTP 404`), said);

  // The assessment is kept: back to the list, it is there.
  await page.getByTestId("back").click();
  await app.entry("第一党支部").waitFor();

  // Served again, opening it and pressing retry brings the items.
  await page.unroute(FILES);
  await app.entry("第一党支部").getByTestId("open").click();
  await page.getByTestId("rubric-retry").click();
  await app.total.waitFor();
  await app.answer("t1.1.a", { check: "partly" });
  assert.notEqual(await app.totalText(), "0");
  assert.deepEqual(unexpected(errors), []);
  await context.close();
});

test("a rubric file that is not the rubric expected is refused with its name", async () => {
  const { page, context, errors } = await openPage(browser);
  const app = new AppPage(page);
  await app.open();
  await page.route(FILES, (route) => route.fulfill({
    status: 200,
    contentType: "application/json",
    body: "{\"format\": \"djzp-rubric\", \"id\": ",
  }));
  await app.begin({ rubric: RUBRIC, unit: "第一党支部" });
  const failed = page.getByTestId("rubric-failed");
  await failed.waitFor();
  assert.match(await failed.textContent(), new RegExp(`rubrics/${RUBRIC}\\.json`));
  assert.equal(await app.total.count(), 0, "no scoring on a rubric that did not read");
  assert.deepEqual(unexpected(errors), []);
  await context.close();
});

test("a roll-up whose rubric file fails to load says why and can be tried again", async () => {
  const { page, context, errors } = await openPage(browser);
  const app = new AppPage(page);
  await app.open();
  await app.chooseFiles("import-file", [branchSelfCheck("第一党支部"), branchSelfCheck("第二党支部", { dk: 1 })]);
  const row = page.getByTestId("rollup-choices").locator("tbody tr");
  await row.first().waitFor();
  await row.first().getByTestId("open-rollup").click();
  await page.getByTestId("summary-rate").waitFor();

  // Reopened with the rubric's file failing: the roll-up screen says which
  // file and why instead of waiting for ever.
  await page.route(FILES, (route) => route.fulfill({ status: 503, body: "busy" }));
  await page.reload();
  const failed = page.getByTestId("rubric-failed");
  await failed.waitFor();
  assert.match(await failed.textContent(), /rubrics\/branch-standard\.json\?v=2\.0\.0: HTTP 503/);

  // Served again, retry brings the roll-up back: 1 of 2 branches passing.
  await page.unroute(FILES);
  await page.getByTestId("rubric-retry").click();
  const rate = page.getByTestId("summary-rate");
  await rate.waitFor();
  assert.match(await rate.textContent(), /1 \/ 2/);

  // Back leaves the roll-up for the list.
  await page.route(FILES, (route) => route.fulfill({ status: 503, body: "busy" }));
  await page.reload();
  await page.getByTestId("rubric-failed").waitFor();
  await page.getByTestId("back").click();
  await app.entry("第一党支部").waitFor();
  assert.deepEqual(unexpected(errors), []);
  await context.close();
});
