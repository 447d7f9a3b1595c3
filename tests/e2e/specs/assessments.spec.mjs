// The saved assessments: listed newest first with their totals; open,
// rename, duplicate (a copy to start next year's from) and delete, which
// asks first — cancel keeps it, confirm removes it, also after a reload.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage } from "../support/browser.mjs";
import { AppPage } from "../pages/app-page.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function listed(app) {
  return app.entries().evaluateAll((rows) =>
    rows.map((r) => [r.querySelector("[data-testid=entry-unit]")?.textContent, r.querySelector("[data-testid=entry-total]")?.textContent]),
  );
}

test("list, open, rename, duplicate and delete with confirmation", async () => {
  const { page, context, errors } = await openPage(browser);
  const app = new AppPage(page);
  await app.open();
  await page.getByText("还没有自评记录").waitFor();

  await app.start({ rubric: "yueqing-2020-25", unit: "内科党支部", year: 2020 });
  await app.answer("t1.1.a", { check: "done" });
  await app.backToList();
  await app.start({ rubric: "branch-standard", unit: "外科党支部", year: 2021 });
  await app.backToList();
  assert.deepEqual(await listed(app), [["外科党支部", "0.0 / 100"], ["内科党支部", "2.0 / 100"]]);

  // Open.
  await app.entry("内科党支部").getByTestId("open").click();
  await app.total.waitFor();
  assert.equal(await page.getByTestId("meta-unit").inputValue(), "内科党支部");
  assert.equal(await app.totalText(), "2.0");
  assert.equal(await app.itemStatus("t1.1.a"), "met");
  await app.backToList();

  // Rename: a blank name is not taken; a new one is, and is kept.
  await app.entry("内科党支部").getByTestId("rename").click();
  const input = page.getByTestId("rename-input");
  assert.equal(await input.inputValue(), "内科党支部");
  await input.fill("   ");
  await input.press("Enter");
  assert.deepEqual((await listed(app)).map((r) => r[0]), ["外科党支部", "内科党支部"]);
  await app.entry("内科党支部").getByTestId("rename").click();
  await input.fill("内科第一党支部");
  await input.press("Enter");
  await input.waitFor({ state: "detached" });
  assert.deepEqual(await listed(app), [["外科党支部", "0.0 / 100"], ["内科第一党支部", "2.0 / 100"]]);

  // Duplicate: a copy with the same answers, independent of the original.
  await app.entry("内科第一党支部").getByTestId("duplicate").click();
  assert.deepEqual(await listed(app), [
    ["内科第一党支部（副本）", "2.0 / 100"],
    ["外科党支部", "0.0 / 100"],
    ["内科第一党支部", "2.0 / 100"],
  ]);
  await app.entry("内科第一党支部（副本）").getByTestId("open").click();
  await app.total.waitFor();
  assert.equal(await app.itemStatus("t1.1.a"), "met");
  await app.answer("t1.1.a", { check: "partly" });
  assert.equal(await app.totalText(), "1.0");
  await app.backToList();
  assert.deepEqual(await listed(app), [
    ["内科第一党支部（副本）", "1.0 / 100"],
    ["外科党支部", "0.0 / 100"],
    ["内科第一党支部", "2.0 / 100"],
  ]);

  // Delete asks first; cancel keeps it.
  const surgery = app.entry("外科党支部");
  await surgery.getByTestId("delete").click();
  const ask = surgery.getByRole("alert");
  assert.match(await ask.textContent(), /确定删除这份自评？/);
  assert.equal(await surgery.getByTestId("open").count(), 0, "no other action while asking");
  await surgery.getByRole("button", { name: "取消" }).click();
  await ask.waitFor({ state: "detached" });
  assert.equal(await app.entries().count(), 3);

  // Confirmed, it is gone, and stays gone.
  await surgery.getByTestId("delete").click();
  await surgery.getByTestId("confirm-delete").click();
  await surgery.waitFor({ state: "detached" });
  assert.deepEqual((await listed(app)).map((r) => r[0]), ["内科第一党支部（副本）", "内科第一党支部"]);
  await page.reload();
  await page.getByTestId("rubric-select").waitFor();
  assert.deepEqual(await listed(app), [["内科第一党支部（副本）", "1.0 / 100"], ["内科第一党支部", "2.0 / 100"]]);
  assert.deepEqual(errors, []);
  await context.close();
});
