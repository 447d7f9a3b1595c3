// A screenshot of each main screen at 1280 px and 360 px wide, into
// tests/e2e/artifacts/, and no horizontal scrolling on any of them.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage, screenshot } from "../support/browser.mjs";
import { AppPage } from "../pages/app-page.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** An assessment with answers of several kinds, a few shortfalls and rows. */
async function someWork(app) {
  const page = app.page;
  await app.start({ rubric: "yueqing-2020-25", unit: "乐清市卫生健康局机关第一党支部", year: 2020, assessor: "张三" });
  await app.answer("t1.1.a", { check: "partly", note: "重大事项请示报告登记台账（2020）" });
  await app.answer("t1.1.b", { level: "较好" });
  await app.answer("t1.1.c", { level: "好" });
  await app.sectionLink("s2").click();
  await app.answer("t2.1.rate", { ratio: ["18", "19"] });
  await app.answer("t2.1.b", { na: true });
  await app.answer("t2.1.c", { check: "not_done" });
  await app.tab("rectification");
  await page.getByTestId("prefill").click();
  await page.getByTestId("rect-row").first().waitFor();
}

async function overflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

for (const width of [1280, 360]) {
  test(`each main screen at ${width} px: screenshot, and no horizontal scrolling`, async () => {
    const { page, context, errors } = await openPage(browser, { viewport: { width, height: width > 600 ? 900 : 740 } });
    const app = new AppPage(page);
    await app.open();
    await someWork(app);
    const shots = {};
    const wide = {};

    await app.tab("scoring");
    await app.sectionLink("s2").click();
    wide.scoring = await overflow(page);
    shots.scoring = await screenshot(page, `scoring-${width}`);

    await app.tab("rectification");
    wide.rectification = await overflow(page);
    shots.rectification = await screenshot(page, `rectification-${width}`);

    await app.tab("report");
    wide.report = await overflow(page);
    shots.report = await screenshot(page, `report-${width}`);

    await app.backToList();
    wide.home = await overflow(page);
    shots.home = await screenshot(page, `home-list-${width}`);

    // Every screen at once, so one report names all that scroll sideways.
    const tooWide = Object.entries(wide).filter(([, px]) => px > 0).map(([screen, px]) => `${screen}: ${px} px too wide`);
    assert.deepEqual(tooWide, [], `at ${width} px the page scrolls sideways on: ${tooWide.join(", ")}`);
    assert.equal(Object.keys(shots).length, 4);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
