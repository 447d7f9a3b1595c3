// Embedding: two widgets in an intranet page with aggressive global CSS.
// Styles are isolated in both directions and each widget keeps its own
// saved work under its own storage key.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { launch, openPage, foreignRequests, screenshot, BASE_URL } from "../support/browser.mjs";
import { branchSelfCheck } from "../support/branch-files.mjs";

const FIXTURE = readFileSync(fileURLToPath(new URL("../fixtures/intranet.html", import.meta.url)), "utf8");
const HOST_URL = new URL("intranet-fixture.html", BASE_URL).href;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Opens the fixture, served from the same origin as the build. */
async function openHost() {
  const session = await openPage(browser);
  await session.page.route(HOST_URL, (route) => route.fulfill({ body: FIXTURE, contentType: "text/html; charset=utf-8" }));
  await session.page.goto(HOST_URL);
  await session.page.locator("#widget-a [data-testid=rubric-select]").waitFor();
  await session.page.locator("#widget-b [data-testid=rubric-select]").waitFor();
  return session;
}

const style = (page, selector, props) =>
  page.locator(selector).first().evaluate((el, props) => {
    const cs = getComputedStyle(el);
    return Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
  }, props);

test("mounts one widget per marked element with its own options", async () => {
  const { page, context, requests, errors } = await openHost();
  assert.equal(await page.locator("#widget-a h1").textContent(), "党建自评");
  assert.equal(await page.locator("#widget-b h1").textContent(), "Party-building self-assessment");
  const selected = async (w) => page.locator(`${w} [data-testid=rubric-select] option:checked`).getAttribute("data-rubric");
  assert.equal(await selected("#widget-a"), "branch-standard");
  assert.equal(await selected("#widget-b"), "yueqing-2020-25");
  // Ids, label targets and radio-group names never collide between widgets.
  const dupes = await page.evaluate(() => {
    const seen = new Map();
    for (const el of document.querySelectorAll("[id]")) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
    return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
  });
  assert.deepEqual(dupes, []);
  const label = page.locator("#widget-b label", { hasText: "Unit / branch" });
  assert.equal(await label.getAttribute("for"), await page.locator("#widget-b [data-testid=new-unit]").getAttribute("id"));
  await screenshot(page, "embedded-intranet");
  assert.deepEqual(foreignRequests(requests), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the host page's CSS does not break the widget", async () => {
  const { page, context } = await openHost();
  const title = await style(page, "#widget-a .djzp-title", ["font-size", "color", "text-transform", "box-sizing"]);
  assert.deepEqual(title, { "font-size": "28px", color: "rgb(163, 20, 15)", "text-transform": "none", "box-sizing": "border-box" });
  const button = await style(page, "#widget-a [data-testid=start]", ["font-size", "background-color", "border-top-width", "text-transform", "box-sizing"]);
  assert.deepEqual(button, { "font-size": "15px", "background-color": "rgb(163, 20, 15)", "border-top-width": "1px", "text-transform": "none", "box-sizing": "border-box" });
  const input = await style(page, "#widget-a [data-testid=new-unit]", ["width", "border-top-style", "background-color"]);
  assert.equal(input["border-top-style"], "solid");
  assert.equal(input["background-color"], "rgb(255, 255, 255)");
  assert.ok(parseFloat(input.width) > 150, `unit field keeps its width, got ${input.width}`);
  const label = await style(page, "#widget-a .djzp-label", ["color", "font-size"]);
  assert.deepEqual(label, { color: "rgb(79, 79, 86)", "font-size": "14px" });
  // Nothing of the widget overflows its host element.
  const overflow = await page.locator("#widget-a").evaluate((el) => el.scrollWidth - el.clientWidth);
  assert.ok(overflow <= 0, `widget overflows by ${overflow}px`);
  await context.close();
});

test("the widget's CSS does not leak into the host page", async () => {
  const { page, context } = await openHost();
  const h1 = await style(page, "#host-title", ["font-size", "color", "text-transform"]);
  assert.deepEqual(h1, { "font-size": "40px", color: "rgb(0, 102, 0)", "text-transform": "uppercase" });
  const button = await style(page, "#host-button", ["background-color", "color", "border-top-width", "box-sizing"]);
  assert.deepEqual(button, { "background-color": "rgb(51, 51, 51)", color: "rgb(255, 255, 0)", "border-top-width": "4px", "box-sizing": "content-box" });
  const cell = await style(page, "#host-cell", ["border-top-style", "padding-top", "background-color"]);
  assert.deepEqual(cell, { "border-top-style": "dashed", "padding-top": "20px", "background-color": "rgb(255, 255, 204)" });
  const text = await style(page, "#host-text", ["line-height", "font-size"]);
  assert.deepEqual(text, { "line-height": "54px", "font-size": "18px" });
  await context.close();
});

test("two widgets keep separate work under separate storage keys", async () => {
  const { page, context } = await openHost();
  const a = page.locator("#widget-a");
  await a.getByTestId("new-unit").fill("内科第一党支部");
  await a.getByTestId("start").click();
  await a.getByTestId("total-score").waitFor();
  // Widget B still shows its start screen and has no saved assessment.
  assert.equal(await page.locator("#widget-b [data-testid=total-score]").count(), 0);
  assert.equal(await page.locator("#widget-b [data-testid=entry]").count(), 0);
  await page.reload();
  await page.locator("#widget-a [data-testid=total-score]").waitFor();
  assert.equal(await page.locator("#widget-b [data-testid=entry]").count(), 0);
  const keys = await page.evaluate(() => Object.keys(localStorage).sort());
  assert.ok(keys.includes("djzp-host-a"), `storage keys: ${keys}`);
  assert.ok(!keys.includes("dangjian-ziping.v1"), "the default key is untouched");
  await context.close();
});

test("an embedded widget rolls up its branches' files, in its own language, beside the other widget", async () => {
  const { page, context, errors } = await openHost();
  const b = page.locator("#widget-b");
  const files = [
    branchSelfCheck("Branch 1"),
    branchSelfCheck("Branch 2", { dk: 1, mzpy: 1 }), // 84: not passing
    branchSelfCheck("Branch 3"),
  ];
  await b.getByTestId("import-file").setInputFiles(files.map(({ name, text }) => ({
    name, mimeType: "application/json", buffer: Buffer.from(text, "utf8"),
  })));
  await b.getByTestId("rollup-choices").getByTestId("open-rollup").click();
  assert.equal((await b.getByTestId("summary-rate").textContent()).trim(), "Pass rate: 2 / 3 = 66.7%");
  assert.match(await b.getByTestId("summary-target").textContent(), /^Short of the target \(≥ 95%\) by 1 passing unit: /);
  assert.equal(await b.getByTestId("roster").locator("tbody tr").count(), 3);
  // The other widget still shows its own start screen, with nothing to roll up.
  assert.equal(await page.locator("#widget-a [data-testid=summary]").count(), 0);
  assert.equal(await page.locator("#widget-a [data-testid=rollup-choices]").count(), 0);
  await screenshot(page, "embedded-rollup");
  assert.deepEqual(errors, []);
  await context.close();
});

test("an embedded widget loads the workbook module from beside the app and writes the template", async () => {
  const { page, context, requests, errors } = await openHost();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator("#widget-b [data-testid=workbook-template]").click(),
  ]);
  const bytes = readFileSync(await download.path());
  assert.deepEqual([...bytes.subarray(0, 4)], [0x50, 0x4b, 0x03, 0x04]);
  const module = requests.filter((u) => /\/workbook\/ziping_workbook\.(js|wasm)\?v=[0-9a-f]{16}$/.test(u));
  assert.equal(module.length, 2, requests.join("\n"));
  assert.ok(module.every((u) => u.startsWith(new URL("workbook/", BASE_URL).href)), module.join("\n"));
  assert.deepEqual(foreignRequests(requests), []);
  assert.deepEqual(errors, []);
  await context.close();
});
