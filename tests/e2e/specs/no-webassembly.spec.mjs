// A browser without usable WebAssembly gets a clear Chinese message (English
// under it) instead of a blank page, in both builds.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage, screenshot, singleFileUrl, BASE_URL } from "../support/browser.mjs";
import { FallbackPage } from "../pages/fallback-page.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const builds = [
  ["the web build", () => BASE_URL],
  ["the single file", () => singleFileUrl()],
];

async function expectUnsupported(page, name) {
  const fallback = new FallbackPage(page);
  await fallback.waitForShown();
  assert.equal(await fallback.state(), "unsupported");
  const { heading, zh, en } = await fallback.message();
  assert.equal(heading, "此浏览器无法运行党建自评");
  assert.match(zh, /WebAssembly/);
  assert.match(zh, /极速模式/);
  assert.match(en, /cannot run/);
  assert.equal(await page.locator("#app > *").count(), 0, "no half-started app");
  if (name) await screenshot(page, name);
}

for (const [build, url] of builds) {
  test(`${build}: no WebAssembly at all shows the unsupported-browser message`, async () => {
    const { page, context } = await openPage(browser);
    await page.addInitScript(() => { delete window.WebAssembly; });
    await page.goto(url());
    await expectUnsupported(page, build === "the web build" ? "fallback-unsupported" : null);
    await context.close();
  });

  test(`${build}: WebAssembly without the features the build needs shows the same message`, async () => {
    const { page, context } = await openPage(browser);
    // An engine too old for reference types etc.: the guard's probe module
    // does not validate, and the app's module does not compile.
    await page.addInitScript(() => {
      const tooOld = () => Promise.reject(new WebAssembly.CompileError("invalid value type 0x6f"));
      WebAssembly.validate = () => false;
      WebAssembly.compile = WebAssembly.instantiate = tooOld;
      WebAssembly.compileStreaming = WebAssembly.instantiateStreaming = tooOld;
    });
    await page.goto(url());
    await expectUnsupported(page);
    await context.close();
  });
}
