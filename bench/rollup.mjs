#!/usr/bin/env node
// 汇总 at a committee's scale, in headless Chromium on the release build:
//
//   node bench/rollup.mjs [--files 200] [--runs 5] [dist]
//
// Each run starts from empty storage and times, inside the page (from the
// input's change event or the button's click to the DOM showing the result):
//   1. importing the branch files at once, until the notice says so;
//   2. opening the roll-up, until its roster shows every branch;
//   3. one more branch file imported (which opens it), until its notice;
//   4. back on the list, the roll-up opened again, until the roster shows
//      the new branch.
// (1 + 2) is "imported and rolled up" (target ≤ 1 s for 200 files); (3 + 4)
// "one more import" (target ≤ 100 ms). Prints medians and worst of the runs.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { launch } from "../tests/e2e/support/browser.mjs";
import { branchFile } from "../tests/e2e/support/branch-files.mjs";
import { serve } from "./lib/serve.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const FILES = opt("files", 200);
const RUNS = opt("runs", 5);
const DIST = resolve(args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--")) ?? join(ROOT, "dist"));

/**
 * Times `act` inside the page: from the first change or click event it
 * causes to the first DOM change after which the notice holds `text`
 * (`{ notice: text }`) or the roster shows `n` rows (`{ rows: n }`).
 */
async function timed(page, act, until) {
  await page.evaluate((until) => {
    const holds = () => until.notice !== undefined
      ? (document.querySelector("[data-testid=notice]")?.textContent ?? "").includes(until.notice)
      : document.querySelectorAll("[data-testid=roster] tbody tr").length === until.rows;
    window.__took = new Promise((done) => {
      let t0 = null;
      const start = () => { t0 ??= performance.now(); };
      document.addEventListener("change", start, { capture: true, once: true });
      document.addEventListener("click", start, { capture: true, once: true });
      const obs = new MutationObserver(() => {
        if (t0 !== null && holds()) {
          obs.disconnect();
          done(performance.now() - t0);
        }
      });
      obs.observe(document, { subtree: true, childList: true, characterData: true });
    });
  }, until);
  await act();
  return page.evaluate(() => window.__took);
}

const asFile = (name, text) => ({ name, mimeType: "application/json", buffer: Buffer.from(text, "utf8") });

async function run(browser, url, files, extra) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url);
  await page.getByTestId("import-file").waitFor({ state: "attached" });
  const input = page.getByTestId("import-file");
  const n = files.length;
  const imported = await timed(page, () => input.setInputFiles(files), { notice: `已导入 ${n} 份` });
  // The roll-up is offered once the branch rubric's file has arrived.
  await page.getByTestId("rollup-choices").waitFor();
  const open = () => page.getByTestId("rollup-choices").getByTestId("open-rollup").first().click();
  const rolled = await timed(page, open, { rows: n });
  await page.getByTestId("summary-back").click();
  await page.getByTestId("import-file").waitFor({ state: "attached" });
  // One file imported alone opens it, as a branch's late file would.
  const one = await timed(page, () => input.setInputFiles([extra]), { notice: "已导入并打开" });
  await page.getByTestId("back").click();
  await page.getByTestId("rollup-choices").waitFor();
  const again = await timed(page, open, { rows: n + 1 });
  await context.close();
  if (errors.length) throw new Error(errors.join("\n"));
  return { imported, rolled, one, again };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(0)} ms`;

const server = await serve(DIST);
const browser = await launch();
try {
  const files = Array.from({ length: FILES }, (_, i) => asFile(`第${i + 1}党支部.json`, branchFile(i)));
  const extra = asFile(`第${FILES + 1}党支部.json`, branchFile(FILES));
  const results = [];
  for (let r = 0; r < RUNS; r++) results.push(await run(browser, server.url, files, extra));
  const col = (k) => results.map((x) => x[k]);
  const sum = (a, b) => results.map((x) => x[a] + x[b]);
  const line = (label, xs, target) =>
    `| ${label} | ${ms(median(xs))} | ${ms(Math.max(...xs))} | ${target ?? ""} |`;
  const total = sum("imported", "rolled");
  const more = sum("one", "again");
  console.log(`### 汇总 in the browser (${FILES} branch files, ${RUNS} runs, median and worst)\n`);
  console.log("| step | median | worst | target |");
  console.log("| --- | ---: | ---: | --- |");
  console.log(line(`${FILES} files imported at once`, col("imported")));
  console.log(line("roll-up opened, every branch shown", col("rolled")));
  console.log(line(`**imported and rolled up**`, total, `≤ 1 s: ${median(total) <= 1000 ? "met" : "**missed**"}`));
  console.log(line("one more file imported", col("one")));
  console.log(line("roll-up opened again", col("again")));
  console.log(line("**one more import, rolled up**", more, `≤ 100 ms: ${median(more) <= 100 ? "met" : "**missed**"}`));
} finally {
  await browser.close();
  server.stop();
}
