// Hostile and huge input: each file gives a clear message naming what is
// wrong, or is shown as plain text; none freezes the page for long (the
// time each takes is printed), none leaves an error in the console, and a
// refused file changes nothing.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage, foreignRequests } from "../support/browser.mjs";
import { AppPage } from "../pages/app-page.mjs";
import { generateRubric } from "../../../bench/lib/rubric-gen.mjs";
import { branchFile } from "../support/branch-files.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const KEY = "dangjian-ziping.v1";

/** Chooses one file of raw bytes in the picker `testid`; returns the ms until a notice or the scoring screen shows. */
async function choose(app, testid, name, bytes) {
  const started = Date.now();
  await app.page.getByTestId(testid).setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(bytes) });
  await app.notice.or(app.total).first().waitFor({ timeout: 30_000 });
  return Date.now() - started;
}

/**
 * Watches the app's own share of an import: from the file input's `change`
 * event (after the test tool has handed the file to the page) to the
 * notice or the scoring screen, and the longest task of the main thread in
 * that time. Returns a function that reports "N ms, longest task M ms".
 */
async function watchLongTasks(page) {
  await page.evaluate(() => {
    const w = window;
    w.__t0 = null; w.__t1 = null; w.__longest = 0;
    document.addEventListener("change", () => { w.__t0 = performance.now(); w.__t1 = null; }, true);
    new MutationObserver(() => {
      if (w.__t0 !== null && w.__t1 === null && document.querySelector("[data-testid=notice], [data-testid=total-score]")) w.__t1 = performance.now();
    }).observe(document.body, { childList: true, subtree: true });
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) if (w.__t0 !== null && e.startTime >= w.__t0 - 1) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({ type: "longtask", buffered: false });
  });
  return () => page.evaluate(() => `${Math.round((window.__t1 ?? performance.now()) - window.__t0)} ms in the app, longest task ${Math.round(window.__longest)} ms`);
}

async function fresh() {
  const session = await openPage(browser);
  const app = new AppPage(session.page);
  await app.open();
  // One assessment already kept, which no refused file may touch.
  await app.chooseFile("import-file", { name: "keep.json", text: branchFile(0) });
  await app.total.waitFor();
  await app.backToList();
  await session.page.waitForTimeout(400);
  const saved = await session.page.evaluate((k) => localStorage.getItem(k), KEY);
  return { ...session, app, saved };
}

const refusals = [
  {
    what: "a file over the 8 MB limit (an assessment with a 9 MB note)",
    name: "巨大备注.json",
    bytes: () => {
      const a = JSON.parse(branchFile(1));
      a.answers.items[Object.keys(a.answers.items)[0]].note = "记".repeat(3_000_000);
      return JSON.stringify(a);
    },
    says: [/文件过大，未读取/, /文件大小 9\.\d MB，超过上限 8\.0 MB/],
  },
  {
    what: "10,000 rectification rows",
    name: "一万行.json",
    bytes: () => {
      const a = JSON.parse(branchFile(2));
      a.rectification = Array.from({ length: 10_000 }, (_, i) => ({ problem: `问题${i}`, measure: "整改" }));
      return JSON.stringify(a);
    },
    says: [/文件内容有误/, /rectification：问题清单最多 1000 行，实际有 10000 行/],
  },
  {
    what: "JSON nested 100,000 deep",
    name: "嵌套.json",
    bytes: () => "[".repeat(100_000) + "]".repeat(100_000),
    says: [/文件内容有误/, /嵌套超过 127 层，不是本工具导出的文件/],
  },
  {
    what: "bytes that are not UTF-8 (a GBK file)",
    name: "gbk.json",
    bytes: () => Buffer.concat([Buffer.from('{"unit": "'), Buffer.from([0xc4, 0xda, 0xbf, 0xc6]), Buffer.from('"}')]),
    says: [/文件不是文本文件/, /从第 10 字节起无法按 UTF-8 解码/],
  },
];

for (const r of refusals) {
  test(`refused with a clear message, nothing changed: ${r.what}`, async () => {
    const { page, context, errors, app, saved } = await fresh();
    const longest = await watchLongTasks(page);
    const ms = await choose(app, "import-file", r.name, r.bytes());
    const text = await app.notice.textContent();
    for (const re of r.says) assert.match(text, re);
    assert.match(text, new RegExp(r.name.replace(".", "\\.")));
    assert.equal(await app.notice.getAttribute("data-kind"), "error");
    await page.waitForTimeout(400);
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), saved, "the store is as it was");
    assert.deepEqual(await app.entryUnits(), ["第1党支部"]);
    console.log(`hostile input: ${r.what}: message after ${ms} ms in all, ${await longest()}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("a UTF-16 file with a byte-order mark (Notepad's “Unicode”) imports as what it says", async () => {
  const { page, context, errors, app } = await fresh();
  const text = branchFile(4);
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  await choose(app, "import-file", "utf16.json", bytes);
  await app.total.waitFor();
  assert.match(await app.notice.textContent(), /第5党支部/);
  await page.waitForFunction((k) => JSON.parse(localStorage.getItem(k) ?? "{}").entries?.some((e) => e.assessment.unit === "第5党支部"), KEY, { timeout: 5000 });
  assert.deepEqual(errors, []);
  await context.close();
});

test("a 1,000-item rubric imports and opens without freezing the page", async () => {
  const { page, context, errors, app } = await fresh();
  const longest = await watchLongTasks(page);
  const rubric = generateRubric(1000);
  let ms = await choose(app, "import-rubric", "千项细则.json", JSON.stringify(rubric));
  assert.match(await app.notice.textContent(), /已添加|added/i);
  const started = Date.now();
  await app.start({ rubric: rubric.id, unit: "基准党支部", year: 2020 });
  ms += Date.now() - started;
  const total = await app.totalText();
  assert.ok(total.length > 0);
  console.log(`hostile input: a 1,000-item rubric: imported and opened in ${ms} ms in all; the assessment opened: ${await longest()}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a 7 MB note under the limit imports, shows and saves", async () => {
  const { page, context, errors, app } = await fresh();
  const longest = await watchLongTasks(page);
  const a = JSON.parse(branchFile(5));
  const first = Object.keys(a.answers.items)[0];
  a.answers.items[first].note = "记".repeat(2_300_000);
  const ms = await choose(app, "import-file", "大备注.json", JSON.stringify(a));
  await app.total.waitFor();
  const shown = await page.locator(`[data-testid=item][data-item="${first}"] [data-field=note]`).inputValue();
  assert.equal(shown.length, 2_300_000);
  await page.waitForFunction((k) => (localStorage.getItem(k) ?? "").length > 2_300_000, KEY, { timeout: 10_000 });
  console.log(`hostile input: a 7 MB note: imported and shown after ${ms} ms in all, ${await longest()}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a rubric whose text holds HTML and script renders it as plain text", async () => {
  const { page, context, errors, requests, app } = await fresh();
  const rubric = generateRubric(3);
  const evil = `<img src="http://192.0.2.1/x.png" onerror="window.__pwned=1"><script>window.__pwned=2</script>`;
  rubric.id = "evil-rubric";
  rubric.title = `恶意细则 ${evil}`;
  rubric.sections[0].title = evil;
  rubric.sections[0].items[0].title = evil;
  let dialogs = 0;
  page.on("dialog", (d) => { dialogs++; d.dismiss(); });
  await choose(app, "import-rubric", "evil.json", JSON.stringify(rubric));
  await app.start({ rubric: "evil-rubric", unit: "测试党支部", year: 2020 });
  const heading = await page.getByTestId("section-heading").textContent();
  assert.equal(heading, evil, "the markup is shown as text");
  assert.equal(await page.evaluate(() => window.__pwned ?? null), null);
  assert.equal(await page.locator(".djzp-app img, .djzp-app script").count(), 0);
  assert.equal(dialogs, 0);
  assert.deepEqual(foreignRequests(requests), []);
  assert.deepEqual(errors, []);
  await context.close();
});
