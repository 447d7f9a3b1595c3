// Launches Debian's Chromium through playwright-core (no browser download)
// and records every request a page makes; locates the two builds.
import { chromium } from "playwright-core";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const BASE_URL = process.env.BASE_URL ?? "http://127.0.0.1:8080/";
export const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), "..", "artifacts");
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

/** The single-file edition on disk (scripts/build-single writes it). */
export const SINGLE_FILE = process.env.SINGLE_FILE ?? join(ROOT, "dist-single", "dangjian-ziping.html");
/** Its file:// URL, as when the file is double-clicked. Throws if it was not built. */
export function singleFileUrl() {
  if (!existsSync(SINGLE_FILE)) throw new Error(`${SINGLE_FILE} missing: run scripts/build-single first`);
  return pathToFileURL(SINGLE_FILE).href;
}
/** The web build's index.html opened from disk (file://), which cannot work. */
export function webBuildFileUrl() {
  return pathToFileURL(join(ROOT, "dist", "index.html")).href;
}

const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
  "--no-first-run",
];

/** Starts Chromium; close it with `browser.close()`. */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_BIN ?? "/usr/bin/chromium",
    args: FLAGS,
    headless: true,
  });
}

/**
 * Opens a fresh context (empty storage) and page. `requests` collects the URL
 * of every request made in the context (`recorder` is the same record, with
 * `mark`/`since`/`network`, see recordRequests); `errors` collects page errors
 * and console errors, which the specs assert are empty.
 */
export async function openPage(browser, { viewport = { width: 1280, height: 900 }, locale = "zh-CN" } = {}) {
  const context = await browser.newContext({ viewport, locale, acceptDownloads: true });
  const recorder = recordRequests(context);
  const page = await context.newPage();
  const requests = recorder.urls;
  const errors = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => { if (m.type() === "error") errors.push(`console: ${m.text()}`); });
  return { context, page, requests, recorder, errors };
}

/** data: and blob: URLs are made inside the page and never reach a network. */
export const isLocalUrl = (u) => u.startsWith("data:") || u.startsWith("blob:");

/**
 * Records every request made in a browser context (all its pages, workers,
 * downloads) or one page: the URL, method and Playwright resource type, in
 * order. Use `mark()` / `network(mark)` to check a stretch of a session, e.g.
 *
 *   const rec = recordRequests(context);
 *   await app.open();
 *   const loaded = rec.mark();
 *   ...score, export, import, print...
 *   assert.deepEqual(rec.network(loaded), []);   // nothing sent after load
 */
export function recordRequests(target) {
  const entries = [];
  const urls = [];
  target.on("request", (r) => {
    entries.push({ url: r.url(), method: r.method(), type: r.resourceType() });
    urls.push(r.url());
  });
  return {
    /** Every request, in order (a live array). */
    entries,
    /** Their URLs (a live array). */
    urls,
    /** A position in the record, for `since` and `network`. */
    mark: () => urls.length,
    /** URLs requested after `mark`. */
    since: (mark = 0) => urls.slice(mark),
    /** URLs requested after `mark` that could reach a network (not data:/blob:). */
    network: (mark = 0) => urls.slice(mark).filter((u) => !isLocalUrl(u)),
  };
}

/** Saves a full-page screenshot under tests/e2e/artifacts/ and returns its path. */
export async function screenshot(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** The requests that went anywhere but the app's own origin. */
export function foreignRequests(requests, base = BASE_URL) {
  const origin = new URL(base).origin;
  return requests.filter((u) => !u.startsWith(origin + "/") && !isLocalUrl(u));
}
