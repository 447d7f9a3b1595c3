// When the WebAssembly cannot be loaded, never arrives, or the app traps (a
// Rust panic), the user sees why, that their saved work is safe in this
// browser, and how to get it out, in Chinese with English under it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage, screenshot, singleFileUrl, webBuildFileUrl, BASE_URL } from "../support/browser.mjs";
import { AppPage } from "../pages/app-page.mjs";
import { FallbackPage } from "../pages/fallback-page.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function expectFailed(page, cause) {
  const fallback = new FallbackPage(page);
  await fallback.waitForShown();
  assert.equal(await fallback.state(), "failed");
  assert.equal(await fallback.cause(), cause);
  const { heading, zh, en } = await fallback.message();
  assert.equal(heading, "党建自评未能启动");
  assert.match(zh, /没有丢失/, "says the saved work is safe");
  assert.match(zh, /本浏览器/, "says where it is");
  assert.match(zh, /刷新/, "says to reload");
  assert.match(zh, /导出文件/, "says how to get it out");
  assert.match(en, /saved work is safe/);
  assert.match(en, /Reload/);
  assert.match(await fallback.detail.innerText(), /^技术信息 \/ Technical detail: /);
}

test("the web build: a failed .wasm request shows the failure message at once", async () => {
  const { page, context } = await openPage(browser);
  await page.route("**/*.wasm", (r) => r.abort());
  const started = Date.now();
  await page.goto(BASE_URL);
  await expectFailed(page, "error");
  // Reported by the error itself, well before the start-up timeout (20 s).
  assert.ok(Date.now() - started < 10_000, `took ${Date.now() - started} ms`);
  await screenshot(page, "fallback-failed");
  await context.close();
});

test("the web build: a .wasm that never arrives shows the message after the start-up timeout", async () => {
  const { page, context } = await openPage(browser);
  await page.route("**/*.wasm", () => {}); // never answered
  await page.addInitScript(() => { window.djzpStartTimeoutMs = 1500; });
  await page.goto(BASE_URL);
  await expectFailed(page, "timeout");
  await context.close();
});

for (const [build, url] of [["the web build", () => BASE_URL], ["the single file", () => singleFileUrl()]]) {
  test(`${build}: a WebAssembly trap after start (how a Rust panic surfaces) shows the message`, async () => {
    const { page, context } = await openPage(browser);
    const app = new AppPage(page);
    await app.open(url());
    const fallback = new FallbackPage(page);
    assert.ok(await fallback.box.isHidden());
    // panic = "abort": a panic runs the panic hook, then the `unreachable`
    // instruction, which throws this to the JavaScript that called in.
    await page.evaluate(() => setTimeout(() => { throw new WebAssembly.RuntimeError("unreachable"); }));
    await expectFailed(page, "trap");
    await context.close();
  });
}

test("the web build: an error before start that proves harmless leaves no message up", async () => {
  const { page, context } = await openPage(browser);
  await page.addInitScript(() => {
    window.fallbackStates = [];
    document.addEventListener("readystatechange", () => {
      if (document.readyState !== "interactive") return;
      const box = document.getElementById("djzp-fallback");
      new MutationObserver(() => window.fallbackStates.push(box.getAttribute("data-state")))
        .observe(box, { attributes: true, attributeFilter: ["data-state"] });
    });
    // Say, a script added by a browser add-on that throws while the app loads.
    document.addEventListener("DOMContentLoaded", () => { throw new Error("not ours"); });
  });
  const app = new AppPage(page);
  await app.open(BASE_URL);
  await new FallbackPage(page).box.waitFor({ state: "hidden" });
  // The guard did see the error and showed its message, then took it back.
  assert.deepEqual(await page.evaluate(() => window.fallbackStates), ["failed", null]);
  await context.close();
});

test("the web build opened from disk says to serve it or use the single file", async () => {
  const { page, context } = await openPage(browser);
  await page.goto(webBuildFileUrl());
  const fallback = new FallbackPage(page);
  await fallback.waitForShown();
  assert.equal(await fallback.state(), "file");
  const { zh, en } = await fallback.message();
  assert.match(zh, /dangjian-ziping\.html/);
  assert.match(en, /single-file version/);
  await context.close();
});
