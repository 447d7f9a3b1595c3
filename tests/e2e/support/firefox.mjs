// Starts Debian's Firefox ESR headless through geckodriver (WebDriver, with
// WebDriver BiDi for console errors and requests) using selenium-webdriver.
// Both binaries are given explicitly, so Selenium Manager never runs (it
// would try to download a driver); the preferences below switch off
// Firefox's own background traffic (updates, telemetry, safe browsing,
// remote settings, captive-portal and connectivity checks, prefetching).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import webdriver from "selenium-webdriver";
import firefox from "selenium-webdriver/firefox.js";
import { ARTIFACTS, isLocalUrl } from "./browser.mjs";

export const { By, until } = webdriver;

// Belt and braces: should Selenium Manager be reached anyway, it must not go online.
process.env.SE_OFFLINE = "true";

const PREFS = {
  "app.update.auto": false,
  "app.update.enabled": false,
  "app.normandy.enabled": false,
  "app.shield.optoutstudies.enabled": false,
  "browser.aboutwelcome.enabled": false,
  "browser.discovery.enabled": false,
  "browser.newtabpage.enabled": false,
  "browser.newtabpage.activity-stream.feeds.section.topstories": false,
  "browser.newtabpage.activity-stream.feeds.topsites": false,
  "browser.ping-centre.telemetry": false,
  "browser.region.network.url": "",
  "browser.region.update.enabled": false,
  "browser.safebrowsing.blockedURIs.enabled": false,
  "browser.safebrowsing.downloads.enabled": false,
  "browser.safebrowsing.downloads.remote.enabled": false,
  "browser.safebrowsing.malware.enabled": false,
  "browser.safebrowsing.phishing.enabled": false,
  "browser.safebrowsing.provider.google.updateURL": "",
  "browser.safebrowsing.provider.google4.updateURL": "",
  "browser.safebrowsing.provider.mozilla.updateURL": "",
  "browser.search.geoip.url": "",
  "browser.search.update": false,
  "browser.shell.checkDefaultBrowser": false,
  "browser.startup.homepage": "about:blank",
  "browser.startup.page": 0,
  "browser.topsites.contile.enabled": false,
  "captivedetect.canonicalURL": "",
  "datareporting.healthreport.uploadEnabled": false,
  "datareporting.policy.dataSubmissionEnabled": false,
  "dom.push.connection.enabled": false,
  "dom.push.enabled": false,
  "extensions.blocklist.enabled": false,
  "extensions.getAddons.cache.enabled": false,
  "extensions.systemAddon.update.enabled": false,
  "extensions.update.enabled": false,
  "geo.enabled": false,
  "media.gmp-manager.updateEnabled": false,
  "network.captive-portal-service.enabled": false,
  "network.connectivity-service.enabled": false,
  "network.dns.disablePrefetch": true,
  "network.http.speculative-parallel-limit": 0,
  "network.prefetch-next": false,
  "network.trr.mode": 5,
  "services.settings.server": "data:,#remote-settings-disabled",
  "toolkit.telemetry.enabled": false,
  "toolkit.telemetry.server": "",
  "toolkit.telemetry.unified": false,
};

/**
 * Starts Firefox. Returns `{ driver, requests, errors, mark, quit }`:
 * `requests` lists the URL of every request a page makes and `errors` every
 * uncaught exception and console error, both in order; `mark()` is a
 * position in them for `requestsSince` / `errorsSince`.
 */
export async function launchFirefox() {
  const options = new firefox.Options()
    .setBinary(process.env.FIREFOX_BIN ?? "/usr/bin/firefox-esr")
    .addArguments("-headless")
    .windowSize({ width: 1280, height: 900 })
    .enableBidi();
  for (const [name, value] of Object.entries(PREFS)) options.setPreference(name, value);
  options.setPreference("intl.accept_languages", "zh-CN, zh, en");
  const geckodriver = process.env.GECKODRIVER ?? join(process.env.HOME ?? "/root", ".cargo", "bin", "geckodriver");
  const driver = firefox.Driver.createSession(options, new firefox.ServiceBuilder(geckodriver).build());

  const requests = [];
  const errors = [];
  const bidi = await driver.getBidi();
  await bidi.subscribe("network.beforeRequestSent");
  await bidi.subscribe("log.entryAdded");
  const socket = await bidi.socket;
  socket.on("message", (data) => {
    const { method, params } = JSON.parse(data.toString());
    if (method === "network.beforeRequestSent") requests.push(params.request.url);
    if (method === "log.entryAdded" && (params.type === "javascript" || params.level === "error")) {
      errors.push(`${params.type} ${params.level}: ${params.text}`);
    }
  });

  return {
    driver,
    requests,
    errors,
    mark: () => ({ requests: requests.length, errors: errors.length }),
    /** Requests after `mark` that could reach a network (not data:/blob:). */
    requestsSince: (mark) => requests.slice(mark.requests).filter((u) => !isLocalUrl(u)),
    errorsSince: (mark) => errors.slice(mark.errors),
    quit: () => driver.quit(),
  };
}

/** Waits until the app has rendered its title and rubric picker. */
export async function waitForApp(driver, timeout = 30_000) {
  const title = await driver.wait(until.elementLocated(By.css("#app h1")), timeout);
  await driver.wait(until.elementLocated(By.css("[data-testid=rubric-select]")), timeout);
  return title;
}

/** Saves a screenshot of the viewport under tests/e2e/artifacts/. */
export async function firefoxScreenshot(driver, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  writeFileSync(path, Buffer.from(await driver.takeScreenshot(), "base64"));
  return path;
}
