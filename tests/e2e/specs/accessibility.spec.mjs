// axe-core finds no WCAG 2 A/AA violation on the main screens, in Chinese
// and in English; and the scoring works from the keyboard: Tab reaches the
// first item's input, arrow keys move within a radio group, focus is visible.
// axe is injected as an init script (the page's CSP allows no inline script,
// and an init script is not subject to it).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { launch, openPage } from "../support/browser.mjs";
import { AppPage } from "../pages/app-page.mjs";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Runs axe on the page; returns "rule: target" lines for each violation. */
async function violations(page) {
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa"] }, resultTypes: ["violations"] }),
  );
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(" ")} — ${n.failureSummary?.split("\n")[1]?.trim() ?? v.help}`),
  );
}

/** Brings each main screen up with content on it and runs axe on it. */
async function auditScreens(app, lang) {
  const page = app.page;
  const found = {};
  found.home = await violations(page);
  await app.start({ rubric: "branch-standard", unit: lang === "zh" ? "内科第一党支部" : "Internal Medicine Branch 1" });
  // Facts, a frequency grid with a shortfall and a bad entry, a checklist, levels.
  await page.locator("[data-fact=full_members]").fill("9");
  await app.answer("dydh", { counts: ["1", "0", "1", "x"] });
  await app.answer("zwh", { counts: ["1", "1", "1", "1", "1", "1", "1", "0", "1", "1", "1", "1"], note: "支委会记录" });
  found.scoring = await violations(page);
  await app.sectionLink("s3").click();
  await app.answer("hj", { check: "partly" });
  await app.answer("fzdy", { na: true });
  found.scoringS3 = await violations(page);
  await app.tab("rectification");
  await page.getByTestId("prefill").click();
  await page.getByTestId("add-row").click();
  found.rectification = await violations(page);
  await app.tab("report");
  found.report = await violations(page);
  await app.backToList();
  found.list = await violations(page);
  return found;
}

for (const lang of ["zh", "en"]) {
  test(`no WCAG 2 A/AA violations on home, scoring, rectification and report (${lang})`, async () => {
    const { page, context, errors } = await openPage(browser);
    await page.addInitScript({ path: AXE });
    const app = new AppPage(page);
    await app.open();
    if (lang === "en") {
      await page.getByTestId("lang-switch").click();
      await page.getByText("New assessment").waitFor();
    }
    assert.equal(await page.evaluate(() => typeof window.axe?.run), "function", "axe is loaded");
    const found = await auditScreens(app, lang);
    for (const [screen, list] of Object.entries(found)) {
      assert.deepEqual(list, [], `${screen} (${lang}):\n${list.join("\n")}`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("in English, the rubric's Chinese text is marked as Chinese (WCAG 3.1.2, language of parts)", async () => {
  // Rubric content (titles, quotes, evidence, level names) is Chinese data and
  // is shown as written; in the English interface a screen reader must be
  // told it is Chinese, or it reads it with an English voice.
  const { page, context } = await openPage(browser);
  const app = new AppPage(page);
  await app.open();
  await page.getByTestId("lang-switch").click();
  await app.start({ rubric: "branch-standard", unit: "Internal Medicine Branch 1" });
  const unmarked = await page.evaluate(() => {
    const out = [];
    const root = document.querySelector(".djzp-workspace");
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (!/[\u3400-\u9fff]/.test(node.textContent)) continue;
      const lang = node.parentElement.closest("[lang]")?.getAttribute("lang") ?? "";
      if (!lang.toLowerCase().startsWith("zh")) {
        out.push(`<${node.parentElement.tagName.toLowerCase()} class="${node.parentElement.getAttribute("class") ?? ""}"> in lang="${lang}": ${node.textContent.trim().slice(0, 24)}`);
      }
    }
    return out;
  });
  assert.deepEqual(unmarked, [], `${unmarked.length} Chinese texts inside lang="en":\n${unmarked.join("\n")}`);
  await context.close();
});

test("keyboard: Tab reaches the first item's input, arrows change the verdict, focus is visible", async () => {
  const { page, context, errors } = await openPage(browser);
  const app = new AppPage(page);
  await app.open();
  await app.start({ rubric: "yueqing-2020-25", unit: "机关第一党支部" });
  await page.reload();
  await app.total.waitFor();

  // From the top of the page, Tab until the focus is in the first item's input.
  const first = app.items.first();
  const firstId = await first.getAttribute("data-item");
  let presses = 0;
  let where = null;
  while (presses < 60) {
    await page.keyboard.press("Tab");
    presses++;
    where = await page.evaluate(() => {
      const el = document.activeElement;
      const card = el?.closest("[data-testid=item]");
      return { tag: el?.tagName, type: el?.getAttribute("type"), item: card?.dataset.item ?? null };
    });
    if (where.item && where.tag === "INPUT") break;
  }
  assert.deepEqual(where, { tag: "INPUT", type: "radio", item: firstId }, `after ${presses} Tab presses`);

  // The focused radio shows a visible focus ring.
  const ring = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement);
    return { visible: document.activeElement.matches(":focus-visible"), style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  assert.ok(ring.visible && ring.style !== "none" && ring.width >= 2, `focus ring: ${JSON.stringify(ring)}`);

  // Space chooses, arrows move along the group (and choose).
  await page.keyboard.press("Space");
  assert.equal(await app.itemStatus(firstId), "met");
  await page.keyboard.press("ArrowRight");
  assert.equal(await app.itemStatus(firstId), "partly");
  assert.equal(await first.locator("input[value=partly]").evaluate((el) => el === document.activeElement), true);
  await page.keyboard.press("ArrowDown");
  assert.equal(await app.itemStatus(firstId), "unmet");
  await page.keyboard.press("ArrowLeft");
  assert.equal(await app.itemStatus(firstId), "partly");
  assert.equal(await app.totalText(), "1.0");

  // Tab leaves the group for the next control rather than walking its options.
  await page.keyboard.press("Tab");
  const next = await page.evaluate(() => document.activeElement.getAttribute("value"));
  assert.notEqual(next, "not_done");
  assert.deepEqual(errors, []);
  await context.close();
});
