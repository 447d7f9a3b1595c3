// Nothing leaves the page: a whole working session — load, score, switch
// language, prefill the rectification list, export, import, print, reload —
// makes no request to another origin, and after the app has loaded it makes
// only one: the GET of the chosen rubric's file from the app's own folder
// (rubrics/<id>.json), once. Everything else is data:/blob: URLs, which never
// leave the browser.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage, foreignRequests, BASE_URL } from "../support/browser.mjs";
import { AppPage } from "../pages/app-page.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("a full session sends nothing anywhere after load", async () => {
  const { page, context, recorder, errors } = await openPage(browser);
  const app = new AppPage(page);
  await app.open();
  const loaded = recorder.mark();
  assert.ok(loaded >= 3, `the load itself is recorded (${recorder.urls.join(", ")})`);

  await app.start({ rubric: "yueqing-2020-25", unit: "局机关第一党支部", assessor: "张三" });
  await app.answer("t1.1.a", { check: "partly", note: "支部会议记录第3页" });
  await app.goSection("s2");
  await app.answer("t2.1.rate", { ratio: [18, 19] });
  await page.getByTestId("lang-switch").click();
  await page.getByTestId("lang-switch").click();
  await app.tab("rectification");
  await page.getByTestId("prefill").click();
  const exported = await app.exportAssessment();
  await app.tab("report");
  await page.emulateMedia({ media: "print" });
  await page.pdf({ format: "A4" });
  await page.emulateMedia({ media: "screen" });
  await app.backToList();
  await app.chooseFile("import-file", { name: exported.name, text: exported.text });
  await page.getByTestId("notice").waitFor();
  // Between load and here: the rubric's file, fetched once from the app's
  // own folder (no query string but its version), and nothing else.
  assert.deepEqual(recorder.network(loaded), [
    new URL("rubrics/yueqing-2020-25.json?v=2.0.0", BASE_URL).href,
  ]);
  await page.reload();
  await app.total.waitFor();

  // The reload fetches the app again from its own origin, and nothing else.
  assert.deepEqual(foreignRequests(recorder.urls), []);
  assert.deepEqual(errors, []);
  await context.close();
});
