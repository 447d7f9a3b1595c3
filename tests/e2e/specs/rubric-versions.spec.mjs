// A rubric's version changes when its scoring changes. Work saved against
// the old version is not stranded: a branch's file of the first branch
// self-check (1.0.0, held as it was shipped in rubrics/retired/) opens and
// scores as it did, says a newer version exists, and carries its answers
// over on request into a new assessment, listing the items to answer
// again; the old assessment stays as it was, also after a reload.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { launch, openPage, screenshot } from "../support/browser.mjs";
import { AppPage } from "../pages/app-page.mjs";
import { loadRubric } from "../support/rubric-score.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const OLD = JSON.parse(readFileSync(join(ROOT, "rubrics", "retired", "branch-standard-1.0.0.json"), "utf8"));
const CURRENT = loadRubric("branch-standard");
const UNIT = "内科第一党支部";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const PERIODS = { month: 12, quarter: 4, half_year: 2, year: 1 };

/**
 * The branch's 2020 file as version 1.0.0 wrote it: every activity held,
 * except no 党课 all year (which 1.0.0 still graded 达标, at 92).
 */
function oldFile() {
  const items = {};
  for (const item of OLD.sections.flatMap((s) => s.items)) {
    const s = item.scoring;
    if (s.kind === "frequency") {
      const held = item.id === "dk" ? "0" : String(s.required);
      items[item.id] = { value: { counts: Array.from({ length: PERIODS[s.per] }, () => held) }, note: `${item.id} 台账` };
    } else if (s.kind === "checklist") {
      items[item.id] = { value: { check: "done" } };
    } else {
      items[item.id] = { value: { level: s.levels[0].name } };
    }
  }
  const json = {
    format: "dangjian-ziping.assessment",
    format_version: 1,
    rubric: { id: OLD.id, version: OLD.version, title: OLD.title },
    unit: UNIT,
    year: 2020,
    assessor: "张三",
    date: "2021-01-10",
    answers: { facts: { full_members: { count: "9" }, has_party_groups: { flag: true } }, items },
    rectification: [{ problem: "全年未讲党课", measure: "书记带头讲党课", department: "", deadline: "", note: "", status: "open", item: "dk" }],
  };
  return { name: `${UNIT}.json`, text: JSON.stringify(json, null, 2) };
}

/** Items whose rule is the same in both versions (the app keeps their answers). */
function unchangedItems() {
  const same = (a, b) => JSON.stringify([a.scoring, a.points, a.applies_if, a.na_allowed ?? false, a.missed])
    === JSON.stringify([b.scoring, b.points, b.applies_if, b.na_allowed ?? false, b.missed]);
  const old = new Map(OLD.sections.flatMap((s) => s.items).map((i) => [i.id, i]));
  return CURRENT.sections.flatMap((s) => s.items).filter((i) => old.has(i.id) && same(old.get(i.id), i));
}

test("an assessment of a retired version scores as it did and carries over on request", async () => {
  assert.notEqual(OLD.version, CURRENT.version);
  const { page, context } = await openPage(browser);
  const app = new AppPage(page);
  await app.open();
  await app.chooseFile("import-file", oldFile());
  await app.total.waitFor();

  // Opened as 1.0.0: its own verdict, and the banner naming both versions.
  assert.equal(await app.totalText(), "92.0");
  const banner = page.getByTestId("retired-version");
  await banner.waitFor();
  const bannerText = await banner.textContent();
  assert.match(bannerText, new RegExp(`${OLD.version} 版填写，现行为 ${CURRENT.version} 版`));
  const kept = unchangedItems();
  const toAnswer = CURRENT.sections.flatMap((s) => s.items).length - kept.length;
  assert.match(await page.getByTestId("carry-preview").textContent(),
    new RegExp(`可带入 ${kept.length} 项答案，另有 ${toAnswer} 项`));
  await screenshot(page, "rubric-versions-retired");

  // Carried over: a new assessment of the current version, open.
  await page.getByTestId("carry-over").click();
  await app.notice.waitFor();
  const notice = await app.notice.textContent();
  assert.match(notice, new RegExp(`已转入 ${CURRENT.version} 版：带入 ${kept.length} 项答案`));
  await banner.waitFor({ state: "detached" });
  for (const section of CURRENT.sections) {
    await app.goSection(section.id);
    for (const item of section.items) {
      const status = await app.itemStatus(item.id);
      const wasKept = kept.some((k) => k.id === item.id);
      assert.equal(status !== "incomplete", wasKept, `${item.id}: ${status}`);
    }
  }
  await screenshot(page, "rubric-versions-carried");

  // Both are listed; the old one is marked and still scores 92.0; a reload
  // keeps them both.
  for (const pass of ["before reload", "after reload"]) {
    if (pass === "after reload") {
      await page.reload();
      await page.getByTestId("rubric-select").waitFor();
    } else {
      await app.backToList();
    }
    assert.equal(await app.entries().count(), 2, pass);
    const retired = app.entries().filter({ has: page.getByTestId("entry-retired") });
    assert.equal(await retired.count(), 1, pass);
    assert.equal((await retired.getByTestId("entry-total").textContent()).trim(), "92.0 / 100", pass);
  }
  const retired = app.entries().filter({ has: page.getByTestId("entry-retired") });
  await retired.getByTestId("open").click();
  await app.total.waitFor();
  assert.equal(await app.totalText(), "92.0");
  // Carried over once: the old one now leads to the new one, and no second
  // copy is made.
  assert.equal(await page.getByTestId("carry-over").count(), 0);
  await page.getByTestId("open-carried").click();
  await banner.waitFor({ state: "detached" });
  await app.backToList();
  assert.equal(await app.entries().count(), 2);
  await context.close();
});
