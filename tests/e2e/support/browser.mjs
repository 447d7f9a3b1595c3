// Launches Debian's Chromium through playwright-core (no browser download)
// and records every request a page makes.
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const BASE_URL = process.env.BASE_URL ?? "http://127.0.0.1:8080/";
export const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), "..", "artifacts");

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
 * of every request the page makes; `errors` collects page errors and console
 * errors, which the specs assert are empty.
 */
export async function openPage(browser, { viewport = { width: 1280, height: 900 }, locale = "zh-CN" } = {}) {
  const context = await browser.newContext({ viewport, locale, acceptDownloads: true });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => { if (m.type() === "error") errors.push(`console: ${m.text()}`); });
  return { context, page, requests, errors };
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
  return requests.filter((u) => !u.startsWith(origin + "/") && !u.startsWith("data:") && !u.startsWith("blob:"));
}
