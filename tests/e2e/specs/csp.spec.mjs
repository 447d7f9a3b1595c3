// Both builds carry a Content-Security-Policy that lets the page connect to
// nothing else: the single file to nothing at all, the web build only to its
// own origin. Every refused URL would have answered (a route or the test's
// own server stands behind it), so a refusal is the policy's doing.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage, singleFileUrl, BASE_URL } from "../support/browser.mjs";
import { cspOf, tryConnect } from "../support/csp.mjs";
import { AppPage } from "../pages/app-page.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const hash = /^'sha256-[A-Za-z0-9+/]{43}='$/;

// Answers anything sent to example.org, so only the CSP can stop it.
async function answerExampleOrg(context) {
  await context.route("https://example.org/**", (r) => r.fulfill({ status: 200, body: "would have leaked" }));
}

test("the single file's policy allows its own inline blocks and no connection at all", async () => {
  const url = singleFileUrl();
  const { page, context, errors } = await openPage(browser);
  await answerExampleOrg(context);
  await new AppPage(page).open(url);

  const { text, directives } = await cspOf(page);
  assert.deepEqual(directives["default-src"], ["'none'"], text);
  assert.deepEqual(directives["connect-src"], ["'none'"], text);
  const scripts = directives["script-src"];
  assert.deepEqual(scripts.filter((s) => !hash.test(s)), ["'wasm-unsafe-eval'"], `script-src: only hashes and 'wasm-unsafe-eval': ${text}`);
  // The workbook module waits as base64 in a data block, which is never run
  // and needs no hash; every other script is inline and hashed.
  const inlineScripts = await page.locator("script:not([type])").count();
  assert.equal(await page.locator("script").count(), inlineScripts + 1, "one data block beside the scripts");
  assert.equal(await page.locator("script#djzp-workbook-wasm").getAttribute("type"), "application/octet-stream");
  assert.equal(scripts.length - 1, inlineScripts, "one hash per inline script");
  assert.ok(directives["style-src"].every((s) => hash.test(s)), `style-src: only hashes: ${text}`);
  assert.doesNotMatch(text, /https?:|\*|'self'|'unsafe-inline'|'unsafe-eval'/, "nothing remote, no wildcard, no unsafe-*");

  const server = new URL(BASE_URL);
  const rows = await tryConnect(page, [
    "https://example.org/collect",
    `${await page.evaluate(() => location.origin)}/x`,
    `${server.origin}/index.html`,
  ], { how: ["fetch", "beacon", "websocket"] });
  for (const row of rows) {
    assert.ok(row.blocked, `${row.how} ${row.url} was not refused by the CSP (${row.result})`);
    assert.equal(row.violation, "connect-src", `${row.how} ${row.url}`);
  }
  assert.ok(errors.every((e) => /Content Security Policy/.test(e)), `only the refusals are logged: ${errors.join("\n")}`);
  await context.close();
});

test("the web build's policy allows connections to its own origin only", async () => {
  const { page, context } = await openPage(browser);
  await answerExampleOrg(context);
  await new AppPage(page).open();

  const { text, directives } = await cspOf(page);
  assert.deepEqual(directives["connect-src"], ["'self'"], text);
  assert.deepEqual(directives["default-src"], ["'self'"], text);
  assert.doesNotMatch(text, /https?:|\*/, "no remote source, no wildcard");

  const origin = new URL(BASE_URL);
  // Same server, other origin: localhost instead of 127.0.0.1.
  const otherOrigin = `http://localhost:${origin.port}/index.html`;
  const rows = await tryConnect(page, ["https://example.org/collect", otherOrigin], { how: ["fetch", "beacon", "websocket"] });
  for (const row of rows) {
    assert.ok(row.blocked, `${row.how} ${row.url} was not refused by the CSP (${row.result})`);
    assert.equal(row.violation, "connect-src", `${row.how} ${row.url}`);
  }
  const [own] = await tryConnect(page, [`${origin.origin}/no-such-file`]);
  assert.equal(own.blocked, false, "its own origin is allowed");
  assert.equal(own.result, "HTTP 404");
  await context.close();
});
