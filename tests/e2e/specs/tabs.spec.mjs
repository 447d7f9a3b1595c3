// Several pages of one storage key: two tabs, or an embedded widget and the
// standalone page. No page's save ever replaces work another page saved.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { launch, openPage, BASE_URL } from "../support/browser.mjs";
import { AppPage } from "../pages/app-page.mjs";
import { countWrites } from "../support/storage.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const KEY = "dangjian-ziping.v1";
const RUBRIC = "nhc-2020-10";

/** The saved store as a page of the context reads it. */
const saved = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "null"), KEY);

/** Unit → answers of every saved assessment. */
async function savedAnswers(page) {
  const store = await saved(page);
  return Object.fromEntries((store?.entries ?? []).map((e) => [e.assessment.unit, e.assessment.answers.items]));
}

/** The ids of the first two count items on screen. */
const countItems = (page) =>
  page.locator("[data-testid=item]:has([data-field=count])").evaluateAll((cards) => cards.slice(0, 2).map((c) => c.dataset.item));

/** Keeps the browser's news of other pages' writes from the page's scripts,
 * as when they come too late: the page must then find out before it writes. */
async function muteStorageEvents(page) {
  await page.addInitScript(() => {
    window.addEventListener("storage", (e) => e.stopImmediatePropagation(), true);
  });
}

/** Waits until the saved store satisfies `ok(store)`. */
async function until(page, ok, what) {
  const deadline = Date.now() + 5000;
  for (;;) {
    const store = await saved(page);
    if (ok(store)) return store;
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}\n${JSON.stringify(store)?.slice(0, 400)}`);
    await page.waitForTimeout(100);
  }
}

for (const muted of [false, true]) {
  const how = muted ? "even when a page hears of the other's writes only when it writes" : "each page seeing the other's at once";
  test(`two tabs each create and edit an assessment: both are kept (${how})`, async () => {
    const { context, page, errors } = await openPage(browser);
    const second = await context.newPage();
    if (muted) await muteStorageEvents(second);
    second.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
    const [a, b] = [new AppPage(page), new AppPage(second)];
    // Both tabs are open on the empty list before either starts.
    await a.open();
    await b.open();

    await a.start({ rubric: RUBRIC, unit: "内科第一党支部", year: 2020 });
    const [item] = await countItems(page);
    await a.answer(item, { count: "7" });
    await until(page, (s) => s?.entries?.some((e) => e.assessment.answers?.items?.[item]), "the first tab's answer saved");

    await b.start({ rubric: RUBRIC, unit: "外科党支部", year: 2020 });
    await b.answer(item, { count: "3" });
    await until(page, (s) => s?.entries?.length === 2 && s.entries.every((e) => e.assessment.answers?.items?.[item]),
      "both assessments saved with their answers");
    await page.waitForTimeout(500);

    const answers = await savedAnswers(page);
    assert.deepEqual(Object.keys(answers).sort(), ["内科第一党支部", "外科党支部"]);
    assert.equal(answers["内科第一党支部"][item].value.count, "7");
    assert.equal(answers["外科党支部"][item].value.count, "3");
    // Two assessments, two ids.
    const ids = (await saved(page)).entries.map((e) => e.id);
    assert.equal(new Set(ids).size, 2, `distinct ids, got ${ids}`);

    // A third tab lists both; so does the first after a reload.
    const third = new AppPage(await context.newPage());
    await third.open();
    if (await third.page.getByTestId("back").count()) await third.backToList();
    assert.deepEqual((await third.entryUnits()).sort(), ["内科第一党支部", "外科党支部"]);
    await page.reload();
    await a.total.or(a.rubricSelect).first().waitFor();
    if (await page.getByTestId("back").count()) await a.backToList();
    assert.deepEqual((await a.entryUnits()).sort(), ["内科第一党支部", "外科党支部"]);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("the same assessment edited in two tabs: the later edit is kept, the other tab shows it and says so", async () => {
  const { context, page, errors } = await openPage(browser);
  await countWrites(page, KEY);
  const a = new AppPage(page);
  await a.open();
  await a.start({ rubric: RUBRIC, unit: "内科第一党支部", year: 2020 });
  const [first, other] = await countItems(page);
  await a.answer(first, { count: "5" });
  await until(page, (s) => s?.entries?.[0]?.assessment.answers?.items?.[first]?.value.count === "5", "the first edit saved");

  // The second tab opens where the first was: the same assessment.
  const second = await context.newPage();
  await countWrites(second, KEY);
  const b = new AppPage(second);
  await b.open();
  await b.total.waitFor();
  assert.equal(await b.item(first).locator("[data-field=count]").inputValue(), "5");

  // A later edit in the second tab: the first tab shows it, and says why.
  await b.answer(first, { count: "9" });
  await page.waitForFunction(
    (id) => document.querySelector(`[data-testid=item][data-item="${id}"] [data-field=count]`)?.value === "9",
    first, { timeout: 5000 },
  );
  const notice = a.notice;
  await notice.waitFor();
  assert.match(await notice.textContent(), /此评估已在另一个页面中修改.*内科第一党支部/);
  assert.equal(await notice.getAttribute("data-kind"), "info");

  // An edit in the first tab now keeps the second tab's too.
  await a.answer(other, { count: "2" });
  await second.waitForFunction(
    (id) => document.querySelector(`[data-testid=item][data-item="${id}"] [data-field=count]`)?.value === "2",
    other, { timeout: 5000 },
  );
  const items = (await saved(page)).entries[0].assessment.answers.items;
  assert.equal(items[first].value.count, "9");
  assert.equal(items[other].value.count, "2");

  // Then quiet: no page writes again because the other one did.
  await page.waitForTimeout(800);
  const writes = async () => [await page.evaluate(() => window.__writes), await second.evaluate(() => window.__writes)];
  const settled = await writes();
  await page.waitForTimeout(1500);
  assert.deepEqual(await writes(), settled, "no back-and-forth of writes between the tabs");

  // A reload of either shows both edits.
  await second.reload();
  await b.total.waitFor();
  assert.equal(await b.item(first).locator("[data-field=count]").inputValue(), "9");
  assert.equal(await b.item(other).locator("[data-field=count]").inputValue(), "2");
  assert.deepEqual(errors, []);
  await context.close();
});

test("an assessment deleted in another tab closes here with a word, unless changed here", async () => {
  const { context, page, errors } = await openPage(browser);
  const a = new AppPage(page);
  await a.open();
  await a.start({ rubric: RUBRIC, unit: "口腔科党支部", year: 2020 });
  await page.waitForTimeout(500);
  const second = await context.newPage();
  const b = new AppPage(second);
  await b.open();
  await b.backToList();
  second.once("dialog", (d) => d.accept());
  await b.entry("口腔科党支部").getByTestId("delete").click();
  const confirm = second.getByTestId("confirm-delete");
  if (await confirm.count()) await confirm.click();
  await until(page, (s) => s?.entries?.length === 0, "the deletion saved");
  await a.notice.waitFor();
  assert.match(await a.notice.textContent(), /此评估已在另一个页面中删除.*口腔科党支部/);
  await a.rubricSelect.waitFor();
  assert.deepEqual(await a.entryUnits(), []);
  assert.deepEqual(errors, []);
  await context.close();
});

const FIXTURE = readFileSync(fileURLToPath(new URL("../fixtures/intranet.html", import.meta.url)), "utf8")
  .replace('data-storage-key="djzp-host-a"', `data-storage-key="${KEY}"`);
const HOST_URL = new URL("intranet-same-key.html", BASE_URL).href;

test("an embedded widget and the standalone page with the same key stay in step", async () => {
  const { context, page, errors } = await openPage(browser);
  const app = new AppPage(page);
  await app.open();
  await app.start({ rubric: RUBRIC, unit: "检验科党支部", year: 2021 });
  await page.waitForTimeout(500);

  const host = await context.newPage();
  host.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  await host.route(HOST_URL, (route) => route.fulfill({ body: FIXTURE, contentType: "text/html; charset=utf-8" }));
  await host.goto(HOST_URL);
  const widget = host.locator("#widget-a");
  // The widget opens where the standalone page is: the same assessment.
  await widget.getByTestId("total-score").waitFor();
  const [item] = await widget.locator("[data-testid=item]:has([data-field=count])")
    .evaluateAll((cards) => cards.slice(0, 1).map((c) => c.dataset.item));
  await widget.locator(`[data-testid=item][data-item="${item}"] [data-field=count]`).fill("4");
  await page.waitForFunction(
    (id) => document.querySelector(`[data-testid=item][data-item="${id}"] [data-field=count]`)?.value === "4",
    item, { timeout: 5000 },
  );
  // And back: a note typed in the standalone page reaches the widget.
  await app.answer(item, { note: "见支部会议记录" });
  await host.waitForFunction(
    (id) => document.querySelector(`#widget-a [data-testid=item][data-item="${id}"] [data-field=note]`)?.value === "见支部会议记录",
    item, { timeout: 5000 },
  );
  // The other widget, with its own key, saw none of it.
  const other = await host.evaluate(() => localStorage.getItem("djzp-host-b"));
  assert.ok(!other || !other.includes("检验科党支部"));
  assert.deepEqual(errors, []);
  await context.close();
});

test("a store another page saved that this one cannot read (a newer version's) is kept aside, not written over", async () => {
  const { context, page, errors } = await openPage(browser);
  const app = new AppPage(page);
  await app.open();
  await app.start({ rubric: RUBRIC, unit: "内科第一党支部", year: 2020 });
  const [item] = await countItems(page);
  await page.waitForTimeout(500);
  // What a newer version in another tab might have written.
  const newer = JSON.stringify({ format_version: 9, entries: "stored another way" });
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, newer]);
  await app.answer(item, { count: "4" });
  const notice = page.getByTestId("store-notice");
  await notice.waitFor();
  const kept = await page.evaluate((key) => Object.keys(localStorage)
    .filter((k) => k.startsWith(`${key}.unreadable.`)).map((k) => localStorage.getItem(k)), KEY);
  assert.deepEqual(kept, [newer]);
  assert.match(await notice.textContent(), new RegExp(`${KEY.replace(".", "\\.")}\\.unreadable\\.`));
  // This page's work is saved, once.
  await until(page, (s) => s?.entries?.[0]?.assessment.answers?.items?.[item]?.value.count === "4", "this page's answer saved");
  await app.answer(item, { count: "5" });
  await until(page, (s) => s?.entries?.[0]?.assessment.answers?.items?.[item]?.value.count === "5", "the next answer saved");
  const copies = await page.evaluate((key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}.unreadable.`)).length, KEY);
  assert.equal(copies, 1, "kept aside once");
  assert.deepEqual(errors, []);
  await context.close();
});

const TWO_WIDGETS = readFileSync(fileURLToPath(new URL("../fixtures/intranet.html", import.meta.url)), "utf8")
  .replace('data-storage-key="djzp-host-a"', 'data-storage-key="djzp-shared"')
  .replace('data-storage-key="djzp-host-b"', 'data-storage-key="djzp-shared"');
const TWO_URL = new URL("intranet-two-widgets.html", BASE_URL).href;

test("two widgets of one page with the same key stay in step", async () => {
  const { context, page, errors } = await openPage(browser);
  await page.route(TWO_URL, (route) => route.fulfill({ body: TWO_WIDGETS, contentType: "text/html; charset=utf-8" }));
  await page.goto(TWO_URL);
  const [a, b] = [page.locator("#widget-a"), page.locator("#widget-b")];
  await a.getByTestId("rubric-select").waitFor();
  await b.getByTestId("rubric-select").waitFor();
  await a.getByTestId("rubric-select").selectOption({ index: 0 });
  await a.getByTestId("new-unit").fill("药剂科党支部");
  await a.getByTestId("start").click();
  await a.getByTestId("total-score").waitFor();
  // The other widget lists it without a reload.
  await b.getByTestId("entry-unit").filter({ hasText: "药剂科党支部" }).waitFor({ timeout: 5000 });
  // And a rename there reaches the first, which shows it in its header.
  await b.getByTestId("rename").click();
  await b.getByTestId("rename-input").fill("药剂科第一党支部");
  await b.getByTestId("rename-input").press("Enter");
  await page.waitForFunction(() => document.querySelector("#widget-a [data-testid=meta-unit]")?.value === "药剂科第一党支部", null, { timeout: 5000 });
  const store = await page.evaluate(() => JSON.parse(localStorage.getItem("djzp-shared")));
  assert.deepEqual(store.entries.map((e) => e.assessment.unit), ["药剂科第一党支部"]);
  assert.deepEqual(errors, []);
  await context.close();
});
