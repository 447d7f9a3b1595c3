#!/usr/bin/env node
// The benchmark run behind bench/run: 党建自评 side by side with SurveyJS.
// Prints one Markdown report (also written to bench/results/latest.md, the
// raw figures to bench/results/latest.json). See bench/README.md.
//
//   node bench/bench.mjs [--runs 10] [--edits 100] [--sizes 50,200,1000]
//                        [--no-engine] [--no-profile]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

import { launch } from "../tests/e2e/support/browser.mjs";
import { firstLoadFiles, gzipSize } from "./lib/first-load.mjs";
import { serve } from "./lib/serve.mjs";
import { expectedTotals } from "./lib/expected.mjs";
import { __benchCalibrate, keystrokes, loadProbe } from "./lib/probes.mjs";
import { classifyProfile, summariseSurveyProfile } from "./lib/profile.mjs";
import { firstOfKind, generateAnswers, generateRubric, store } from "./lib/rubric-gen.mjs";
import { assembleProfile, assembleSite } from "./lib/site.mjs";

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = join(BENCH, "..");
const SITE = join(BENCH, "site");
const RESULTS = join(BENCH, "results");
const SINGLE = join(ROOT, "dist-single", "dangjian-ziping.html");
const KEY = "dangjian-ziping.v1";

// ---------------------------------------------------------------- options
const opts = { runs: 10, edits: 100, sizes: [50, 200, 1000], ttfi: true, keys: true, wasmSize: true, engine: true, profile: true, profileEdits: 40 };
{
  const a = process.argv.slice(2);
  for (let i = 0; i < a.length; i++) {
    if (a[i] === "--runs") opts.runs = Number(a[++i]);
    else if (a[i] === "--edits") opts.edits = Number(a[++i]);
    else if (a[i] === "--sizes") opts.sizes = a[++i].split(",").map(Number);
    else if (a[i] === "--no-engine") opts.engine = false;
    else if (a[i] === "--no-profile") opts.profile = false;
    else if (a[i] === "--no-ttfi") opts.ttfi = false;
    else if (a[i] === "--no-keys") opts.keys = false;
    else if (a[i] === "--no-wasm-size") opts.wasmSize = false;
    else throw new Error(`unknown option ${a[i]}`);
  }
}
const started = Date.now();
const log = (msg) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}\n`);

// ---------------------------------------------------------------- statistics
const sorted = (xs) => [...xs].sort((a, b) => a - b);
function median(xs) {
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
/** Nearest-rank 95th percentile. */
const p95 = (xs) => sorted(xs)[Math.ceil(0.95 * xs.length) - 1];
const stat = (xs) => ({ n: xs.length, median: median(xs), p95: p95(xs), min: Math.min(...xs), max: Math.max(...xs) });

// ---------------------------------------------------------------- inputs
function scenario(n) {
  const rubric = generateRubric(n);
  const text = JSON.stringify(rubric, null, 2);
  const answers = generateAnswers(rubric, 0);
  const first = rubric.sections[0].items[0];
  const count = firstOfKind(rubric, "count");
  const sec = rubric.sections[0].id;
  // The count item is answered "1" of 4: "4" and "0" alternately always
  // move the total (by +1.5, then −2 points).
  const values = ["4", "0"];
  const expect = expectedTotals(rubric, answers, 2026, count.id, values);
  return {
    n,
    rubric,
    rubricBytes: Buffer.byteLength(text),
    storeText: JSON.stringify(store(text, rubric, answers)),
    count: count.id,
    values,
    initial: expect.initial,
    expect: values.map((v) => expect.after[v]),
    sel: {
      app: {
        first: `[data-testid=item][data-item="${first.id}"] input`,
        count: `[data-testid=item][data-item="${count.id}"] input[data-field=count]`,
        total: "[data-testid=total-score]",
      },
      surveyjs: {
        first: `[data-name="${first.id}"] input`,
        count: `[data-name="${count.id}"] input`,
        total: `[data-name="total_${sec}"] .sd-expression`,
      },
    },
  };
}

// ---------------------------------------------------------------- server
// ---------------------------------------------------------------- browser
const CONTEXT = { viewport: { width: 1280, height: 900 }, locale: "zh-CN" };

function targets(base) {
  const t = {
    app: { label: "党建自评 (dist/)", url: `${base}app/`, seed: `${base}seed.html`, sel: "app" },
    surveyjs: { label: "SurveyJS 2.5.38", url: `${base}surveyjs/`, seed: `${base}seed.html`, sel: "surveyjs" },
  };
  if (existsSync(SINGLE)) {
    t.single = { label: "党建自评 single file", url: pathToFileURL(SINGLE).href, seed: pathToFileURL(join(SITE, "seed.html")).href, sel: "app" };
  }
  return t;
}

/**
 * A fresh context (empty cache and storage), local storage seeded from a
 * blank page of the same origin, the probe installed, then the page under
 * test loaded. Returns the context and page, still open.
 */
async function openSeeded(browser, target, sc, probeCfg, { record = false } = {}) {
  const context = await browser.newContext(CONTEXT);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  await page.goto(target.seed);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, sc.storeText]);
  await context.addInitScript({ content: `(${loadProbe})(${JSON.stringify({ url: target.url, ...probeCfg })});` });
  const fetched = [];
  if (record) {
    page.on("response", (res) => {
      const u = res.url();
      if (u.startsWith("data:")) return;
      fetched.push(res.body().then((b) => ({ url: u, raw: b.length, gzip: gzipSize(b) }), () => ({ url: u, raw: 0, gzip: 0, error: true })));
    });
  }
  await page.goto(target.url);
  await page.waitForFunction(() => window.__ttfi && window.__ttfi.done, null, { timeout: 60000, polling: 50 });
  return { context, page, errors, fetched };
}

async function coldLoad(browser, target, sc, record) {
  const s = sc.sel[target.sel];
  const { context, page, errors, fetched } = await openSeeded(
    browser,
    target,
    sc,
    { first: s.first, count: s.count, total: s.total, type: true, value: sc.values[0], expect: sc.expect[0] },
    { record },
  );
  await page.waitForLoadState("load");
  const r = await page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0];
    const fcp = performance.getEntriesByType("paint").find((p) => p.name === "first-contentful-paint");
    const res = performance.getEntriesByType("resource");
    const end = (re) => Math.max(0, ...res.filter((e) => re.test(e.name)).map((e) => e.responseEnd));
    return {
      ...window.__ttfi,
      fcp: fcp && fcp.startTime,
      html: nav && nav.responseEnd,
      scripts: end(/\.(js|mjs|css)$/),
      wasm: end(/\.wasm$/),
      dcl: nav && nav.domContentLoadedEventEnd,
      load: nav && nav.loadEventEnd,
    };
  });
  const files = record ? await Promise.all(fetched) : null;
  await context.close();
  if (errors.length) throw new Error(`${target.label}, ${sc.n} items: ${errors.join("; ")}`);
  return { ...r, files };
}

async function cdp(page) {
  const s = await page.context().newCDPSession(page);
  return s;
}

async function memory(page, session) {
  await session.send("HeapProfiler.collectGarbage");
  const heap = await session.send("Runtime.getHeapUsage");
  const dom = await session.send("Memory.getDOMCounters");
  const wasm = await page.evaluate(() => {
    const w = window.__benchWasm;
    return w && w.memory ? w.memory.buffer.byteLength : null;
  });
  return { heap, dom, wasm };
}

/** One page, `edits` keystrokes; memory before and after when asked. */
async function typing(browser, target, sc, edits, { mem = false, profile = false } = {}) {
  const s = sc.sel[target.sel];
  const { context, page, errors } = await openSeeded(browser, target, sc, { first: s.first, type: false });
  await page.waitForSelector(s.count);
  await page.waitForTimeout(1000);
  const session = await cdp(page);
  const initial = await page.locator(s.total).textContent();
  if (initial !== sc.initial) throw new Error(`${target.label}, ${sc.n} items: the total on opening is ${initial}, expected ${sc.initial}`);
  const before = mem ? await memory(page, session) : null;
  let prof = null;
  let calibration = null;
  if (profile) {
    await session.send("Profiler.enable");
    await session.send("Profiler.setSamplingInterval", { interval: 100 });
    await session.send("Profiler.start");
    calibration = await page.evaluate(__benchCalibrate);
  }
  const times = await page.evaluate(keystrokes, { n: edits, input: s.count, total: s.total, values: sc.values, expect: sc.expect });
  if (profile) prof = (await session.send("Profiler.stop")).profile;
  await page.waitForTimeout(300);
  const after = mem ? await memory(page, session) : null;
  await context.close();
  if (errors.length) throw new Error(`${target.label}, ${sc.n} items: ${errors.join("; ")}`);
  return { times, initial, final: times[times.length - 1].total, before, after, profile: prof, calibration };
}

// ---------------------------------------------------------------- engine
function engineBench() {
  const r = spawnSync("cargo", ["bench", "-p", "ziping-engine", "--bench", "scoring", "--locked", "--", "--output-format", "bencher"], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) throw new Error(`cargo bench failed:\n${r.stderr.slice(-3000)}`);
  const out = {};
  for (const m of r.stdout.matchAll(/^test (\S+)\s+\.\.\. bench:\s+([\d,]+) ns\/iter \(\+\/- ([\d,]+)\)/gm)) {
    out[m[1]] = { ns: Number(m[2].replace(/,/g, "")), pm: Number(m[3].replace(/,/g, "")) };
  }
  return out;
}

// ---------------------------------------------------------------- formatting
const kb = (b) => (b == null ? "—" : `${(b / 1000).toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} KB`);
const mb = (b) => (b == null ? "—" : `${(b / 1e6).toFixed(1)} MB`);
const ms = (x) => (x == null ? "—" : x < 10 ? `${x.toFixed(2)} ms` : x < 100 ? `${x.toFixed(1)} ms` : `${Math.round(x)} ms`);
const ratio = (a, b) => (a == null || b == null || !b ? "—" : `${(a / b).toFixed(2)}×`);
const ns = (x) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)} ms` : x >= 1e3 ? `${(x / 1e3).toFixed(1)} µs` : `${x} ns`);
const table = (head, rows) => [`| ${head.join(" | ")} |`, `|${head.map((h, i) => (i ? " ---: " : " --- ")).join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
const tick = (ok) => (ok ? "met" : "**missed**");

function machine(browserVersion) {
  const model = readFileSync("/proc/cpuinfo", "utf8").match(/model name\s*:\s*(.*)/)?.[1] ?? cpus()[0]?.model;
  const nproc = spawnSync("nproc", { encoding: "utf8" }).stdout.trim();
  return { cpu: model, cores: nproc, chromium: browserVersion, node: process.version, date: new Date().toISOString().slice(0, 10) };
}

// ---------------------------------------------------------------- main
async function main() {
  if (!existsSync(join(ROOT, "dist", "index.html"))) throw new Error("dist/ missing: run trunk build --release (or bench/run --build)");
  if (!existsSync(join(BENCH, "node_modules", "survey-core"))) throw new Error("bench/node_modules missing: run bench/run (it runs npm ci)");
  mkdirSync(RESULTS, { recursive: true });
  const notes = [];

  log("assembling bench/site/");
  assembleSite({ root: ROOT, bench: BENCH, site: SITE });
  let profileReady = false;
  if (opts.profile) {
    try {
      notes.push(assembleProfile({ root: ROOT, site: SITE }));
      profileReady = true;
    } catch (e) {
      notes.push(`no CPU profile: ${e.message}`);
    }
  }
  const scenarios = opts.sizes.map(scenario);
  const server = await serve(SITE);
  const browser = await launch();
  const res = {
    machine: machine(browser.version()),
    options: opts,
    notes,
    sizes: {},
    ttfi: {},
    keys: {},
    memory: {},
    profile: {},
    engine: null,
    static: {},
    totals: {},
  };
  try {
    const T = targets(server.url);
    if (!T.single) notes.push("dist-single/dangjian-ziping.html missing (scripts/build-single not run): single-file rows left out");

    // Load size, statically and as fetched.
    res.static.app = firstLoadFiles(join(ROOT, "dist"));
    if (T.single) res.static.single = firstLoadFiles(SINGLE);
    res.static.surveyjs = firstLoadFiles(join(SITE, "surveyjs"));

    // Time to first input: cold loads, targets interleaved per run.
    for (const sc of opts.ttfi ? scenarios : []) {
      log(`time to first input: ${sc.n} items, ${opts.runs} cold loads of each of ${Object.keys(T).join(", ")}`);
      const acc = Object.fromEntries(Object.keys(T).map((k) => [k, []]));
      for (let i = 0; i < opts.runs; i++) {
        for (const [k, t] of Object.entries(T)) {
          const record = i === 0 && sc === scenarios[0] && k !== "single";
          const r = await coldLoad(browser, t, sc, record);
          if (record) res.sizes[k] = r.files.map((f) => ({ ...f, path: new URL(f.url).pathname.replace(/^\/(app|surveyjs)\//, "") || "index.html" }));
          acc[k].push(r);
        }
      }
      res.ttfi[sc.n] = Object.fromEntries(
        Object.entries(acc).map(([k, rs]) => [
          k,
          {
            input: stat(rs.map((r) => r.input)),
            score: stat(rs.map((r) => r.score)),
            fcp: stat(rs.map((r) => r.fcp ?? NaN)),
            load: stat(rs.map((r) => r.load)),
            html: stat(rs.map((r) => r.html)),
            scripts: stat(rs.map((r) => r.scripts)),
            wasm: stat(rs.map((r) => r.wasm)),
            started: stat(rs.map((r) => r.started ?? NaN)),
            raw: rs.map(({ input, typed, score, fcp, html, scripts, wasm, started, dcl, load, before, after }) => ({ input, typed, score, fcp, html, scripts, wasm, started, dcl, load, before, after })),
          },
        ]),
      );
    }

    // Keystroke to score, and memory at the largest size.
    const largest = Math.max(...opts.sizes);
    for (const sc of opts.keys ? scenarios : []) {
      for (const k of ["app", "surveyjs"]) {
        log(`keystroke to score: ${T[k].label}, ${sc.n} items, ${opts.edits} edits`);
        const r = await typing(browser, T[k], sc, opts.edits, { mem: sc.n === largest });
        res.keys[sc.n] ??= {};
        res.keys[sc.n][k] = { dom: stat(r.times.map((t) => t.dom)), free: stat(r.times.map((t) => t.free)), sync: stat(r.times.map((t) => t.sync)), raw: r.times.map(({ dom, free }) => ({ dom, free })) };
        res.totals[sc.n] ??= {};
        res.totals[sc.n][k] = { initial: r.initial, final: r.final };
        if (r.after) res.memory[k] = { n: sc.n, before: r.before, after: r.after };
      }
    }

    // Where the time goes at the largest size.
    const big = scenarios.find((s) => s.n === largest);
    if (profileReady) {
      log(`CPU profile: 党建自评 (function names kept), ${big.n} items, ${opts.profileEdits} edits`);
      const prof = { label: "党建自评 (profile build)", url: `${server.url}profile/`, seed: `${server.url}seed.html`, sel: "app" };
      const r = await typing(browser, prof, big, opts.profileEdits, { profile: true });
      writeFileSync(join(RESULTS, "app-keystrokes.cpuprofile"), JSON.stringify(r.profile));
      res.profile.app = { n: big.n, ...classifyProfile(r.profile, r.times, r.calibration), keys: stat(r.times.map((t) => t.dom)), free: stat(r.times.map((t) => t.free)) };
    }
    if (opts.profile) {
      log(`CPU profile: SurveyJS, ${big.n} items, ${opts.profileEdits} edits`);
      const r = await typing(browser, T.surveyjs, big, opts.profileEdits, { profile: true });
      writeFileSync(join(RESULTS, "surveyjs-keystrokes.cpuprofile"), JSON.stringify(r.profile));
      res.profile.surveyjs = { n: big.n, ...summariseSurveyProfile(r.profile, r.times, r.calibration), keys: stat(r.times.map((t) => t.dom)) };
    }
  } finally {
    await browser.close();
    server.stop();
  }

  if (opts.engine) {
    log("engine alone: cargo bench -p ziping-engine --bench scoring");
    res.engine = engineBench();
  }
  if (opts.wasmSize) {
    log("where the WebAssembly's bytes go: bench/wasm-size.mjs (wasm-bindgen, wasm-opt -Oz -g, twiggy)");
    const r = spawnSync(process.execPath, [join(BENCH, "wasm-size.mjs")], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 26 });
    if (r.status === 0) res.wasmSize = r.stdout;
    else notes.push(`no size breakdown: bench/wasm-size.mjs failed: ${(r.stderr || "").trim().split("\n").pop()}`);
  }
  res.seconds = Math.round((Date.now() - started) / 1000);
  writeFileSync(join(RESULTS, "latest.json"), JSON.stringify(res, null, 1));
  const md = report(res, scenarios);
  writeFileSync(join(RESULTS, "latest.md"), md);
  process.stdout.write(md);
}

// ---------------------------------------------------------------- report
function report(res, scenarios) {
  const m = res.machine;
  const out = [];
  const sum = (fs, key) => fs.reduce((s, f) => s + f[key], 0);
  out.push(`## Benchmarks — ${m.date}`);
  out.push("");
  out.push(`Machine: ${m.cores} cores (${m.cpu}), ${m.chromium.startsWith("1") ? "Chromium " : ""}${m.chromium} headless (playwright-core, loopback), Node ${m.node}. Run took ${res.seconds} s.`);
  out.push(`Rubrics: synthetic, ${scenarios.map((s) => `${s.n} items (${kb(s.rubricBytes)} JSON)`).join(", ")}; mixed kinds; every item answered; both apps start from the same saved Store.`);
  out.push("");

  // Load size.
  const app = res.sizes.app ?? [];
  const sj = res.sizes.surveyjs ?? [];
  const single = res.static.single;
  out.push("### Load size (first load; every file fetched; gzip = zlib level 9; 1 KB = 1000 B)");
  out.push("");
  const rows = [];
  rows.push(["党建自评 dist/ (as fetched)", `${app.length}`, kb(sum(app, "raw")), kb(sum(app, "gzip"))]);
  for (const f of app) rows.push([`&nbsp;&nbsp;${f.path}`, "", kb(f.raw), kb(f.gzip)]);
  rows.push(single ? ["党建自评 single file", "1", kb(sum(single, "raw")), kb(sum(single, "gzip"))] : ["党建自评 single file", "missing", "—", "—"]);
  rows.push(["SurveyJS 2.5.38 (as fetched)", `${sj.length}`, kb(sum(sj, "raw")), kb(sum(sj, "gzip"))]);
  for (const f of sj) rows.push([`&nbsp;&nbsp;${f.path}`, "", kb(f.raw), kb(f.gzip)]);
  rows.push(["ratio dist/ ÷ SurveyJS", "", ratio(sum(app, "raw"), sum(sj, "raw")), ratio(sum(app, "gzip"), sum(sj, "gzip"))]);
  if (single) rows.push(["ratio single file ÷ SurveyJS", "", ratio(sum(single, "raw"), sum(sj, "raw")), ratio(sum(single, "gzip"), sum(sj, "gzip"))]);
  out.push(table(["build", "files", "raw", "gzip"], rows));
  const staticGz = sum(res.static.app, "gzip");
  if (Math.abs(staticGz - sum(app, "gzip")) > 0) out.push(`\n(Static count from dist/index.html: ${kb(staticGz)} gzip — differs from what was fetched.)`);
  out.push("");

  // Time to first input.
  if (res.options.ttfi) {
  out.push(`### Time to first input (${res.options.runs} cold loads each: fresh browser context, empty cache)`);
  out.push("");
  out.push("*First input*: navigation start (performance.timeOrigin) → a MutationObserver installed before any page script sees the first item's input in the document, enabled and not read-only. *First edit scored*: typing into the first count item as soon as it and the total exist → the total shows the change (the page really accepts input). Median / p95, ms.");
  out.push("");
  const T = Object.keys(res.ttfi[scenarios[0].n]);
  const ttRows = [];
  for (const sc of scenarios) {
    const t = res.ttfi[sc.n];
    const cell = (k, f) => (t[k] ? `${ms(t[k][f].median)} / ${ms(t[k][f].p95)}` : "—");
    ttRows.push([
      `${sc.n}`,
      cell("app", "input"),
      ...(T.includes("single") ? [cell("single", "input")] : []),
      cell("surveyjs", "input"),
      ratio(t.app.input.median, t.surveyjs.input.median),
      cell("app", "score"),
      cell("surveyjs", "score"),
      ratio(t.app.score.median, t.surveyjs.score.median),
    ]);
  }
  out.push(table(["items", "党建自评 first input", ...(T.includes("single") ? ["single file first input"] : []), "SurveyJS first input", "ratio (median)", "党建自评 first edit scored", "SurveyJS first edit scored", "ratio (median)"], ttRows));
  out.push("");
  out.push("Milestones of the same loads (medians, ms since navigation start; Resource Timing `responseEnd`; *started*: Trunk's loader has instantiated the WebAssembly and `main()` returned; FCP: first contentful paint):");
  out.push("");
  const mRows = [];
  for (const sc of scenarios) {
    const t = res.ttfi[sc.n];
    const md = (k, f) => (t[k] && Number.isFinite(t[k][f].median) ? ms(t[k][f].median) : "—");
    mRows.push([`${sc.n}`, "党建自评", md("app", "html"), md("app", "scripts"), md("app", "wasm"), md("app", "started"), md("app", "input"), md("app", "fcp"), md("app", "score")]);
    mRows.push([`${sc.n}`, "SurveyJS", md("surveyjs", "html"), md("surveyjs", "scripts"), "—", "—", md("surveyjs", "input"), md("surveyjs", "fcp"), md("surveyjs", "score")]);
  }
  out.push(table(["items", "page", "HTML", "JS/CSS loaded", ".wasm loaded", "started", "first input", "FCP", "first edit scored"], mRows));
  out.push("");

  }
  // Keystroke to score.
  if (res.options.keys) {
  out.push(`### Keystroke to score (${res.options.edits} edits per cell, measured in the page)`);
  out.push("");
  out.push("t0 = performance.now(), value set and an `input` event dispatched on a count item of the shown section (values alternate 4 and 0 of a target of 4, so every edit changes the total); *DOM* = a MutationObserver sees the total's new text; *thread free* = a MessageChannel message posted from that observer arrives (the edit's synchronous and microtask work is done, including the style and layout the browser does before it; autosave writes 300 ms after the last edit, outside the window). Paint is not included. Median / p95.");
  out.push("");
  const kRows = [];
  for (const sc of scenarios) {
    const k = res.keys[sc.n];
    kRows.push([
      `${sc.n}`,
      `${ms(k.app.dom.median)} / ${ms(k.app.dom.p95)}`,
      `${ms(k.app.free.median)} / ${ms(k.app.free.p95)}`,
      `${ms(k.surveyjs.dom.median)} / ${ms(k.surveyjs.dom.p95)}`,
      `${ms(k.surveyjs.free.median)} / ${ms(k.surveyjs.free.p95)}`,
      `${ratio(k.app.dom.median, k.surveyjs.dom.median)} / ${ratio(k.app.dom.p95, k.surveyjs.dom.p95)}`,
    ]);
  }
  out.push(table(["items", "党建自评 DOM", "党建自评 thread free", "SurveyJS DOM", "SurveyJS thread free", "ratio DOM (median / p95)"], kRows));
  const agree = scenarios.map((sc) => {
    const t = res.totals[sc.n];
    return `${sc.n}: ${t.app.initial} vs ${t.surveyjs.initial} → ${t.app.final} vs ${t.surveyjs.final}`;
  });
  out.push("");
  out.push(`Same scoring check — totals shown by 党建自评 vs SurveyJS, on opening → after the last edit: ${agree.join("; ")}.`);
  out.push("");

  }
  // Memory.
  if (res.memory.app) {
    out.push(`### Memory (${res.memory.app.n} items, after load and after the ${res.options.edits} edits; forced GC first)`);
    out.push("");
    out.push("JS heap: CDP `Runtime.getHeapUsage().usedSize` (V8 heap; ArrayBuffer backing stores excluded). WebAssembly: `memory.buffer.byteLength` of the app's wasm-bindgen exports (from Trunk's `TrunkApplicationStarted` event): the linear memory the Rust allocator has claimed, which never shrinks. DOM nodes: CDP `Memory.getDOMCounters`.");
    out.push("");
    const mem = (k, when) => res.memory[k]?.[when];
    const mRows = [];
    for (const [label, f] of [
      ["JS heap used", (x) => x.heap.usedSize],
      ["WebAssembly memory", (x) => x.wasm ?? 0],
      ["JS heap + WebAssembly", (x) => x.heap.usedSize + (x.wasm ?? 0)],
      ["DOM nodes", (x) => x.dom.nodes],
      ["JS event listeners", (x) => x.dom.jsEventListeners],
    ]) {
      const fmt = label.startsWith("DOM") || label.startsWith("JS event") ? (v) => String(v) : mb;
      mRows.push([
        label,
        `${fmt(f(mem("app", "before")))} → ${fmt(f(mem("app", "after")))}`,
        `${fmt(f(mem("surveyjs", "before")))} → ${fmt(f(mem("surveyjs", "after")))}`,
        ratio(f(mem("app", "after")), f(mem("surveyjs", "after"))),
      ]);
    }
    out.push(table(["", "党建自评", "SurveyJS", "ratio (after)"], mRows));
    out.push("");
  }

  // Engine.
  if (res.engine) {
    out.push("### Engine alone (native, criterion, `cargo bench -p ziping-engine --bench scoring`)");
    out.push("");
    const e = res.engine;
    const desc = {
      "score/rubric-1000-items": "score one assessment of the 1,000-item rubric (every item answered)",
      "score/1000-assessments": "score 1,000 assessments of rubrics/branch-standard.json",
      "import/1000-assessment-files": "the same from JSON text: from_json + check_rubric + score",
      "parse/rubric-1000-items": "Rubric::from_json + validation, 1,000-item rubric",
      "serialise/assessment-1000-items": "Assessment::to_json, 1,000 answers",
    };
    out.push(table(["benchmark", "what", "time (± criterion's spread)"], Object.entries(e).map(([k, v]) => [k, desc[k] ?? "", `${ns(v.ns)} ± ${ns(v.pm)}`])));
    out.push("");
  }

  // Profile.
  if (res.profile.app) {
    const p = res.profile.app;
    out.push(`### Where a keystroke's time goes (党建自评, ${p.n} items: CPU profile, ${p.edits} edits, 100 µs sampling, function names kept)`);
    out.push("");
    out.push(`Samples inside each edit's window, split at the moment the DOM shows the new total: input event → DOM ${ms(p.toDomPerEdit)}, DOM → thread free ${ms(p.afterDomPerEdit)} per edit (this build's keystroke→DOM median ${ms(p.keys.median)}, thread free ${ms(p.free.median)}); ${p.calibrated ? "" : "(clock calibration failed: all samples counted as before the DOM) "}between edits a further ${ms(p.betweenPerEdit)} per edit (${p.between}). Each sample is charged to the outermost frame on its stack that names a phase, the rest by its leaf:`);
    out.push("");
    out.push(table(["phase", "→ DOM (ms/edit)", "DOM → free (ms/edit)", "share of busy"], p.categories.map((c) => [c.name, ms(c.toDom), ms(c.afterDom), `${(c.share * 100).toFixed(0)}%`])));
    out.push("");
    if (p.top?.length) {
      out.push("Heaviest functions (self time):");
      out.push("");
      out.push(table(["function", "→ DOM (ms/edit)", "DOM → free (ms/edit)"], p.top.map((f) => [`\`${f.name.slice(0, 90)}\``, ms(f.toDom), ms(f.afterDom)])));
      out.push("");
    }
  }
  if (res.profile.surveyjs) {
    const p = res.profile.surveyjs;
    out.push(`SurveyJS, ${p.n} items, ${p.edits} edits profiled the same way: busy ${ms(p.busyPerEdit)} per edit inside the windows — ${p.categories.map((c) => `${c.name} ${ms(c.perEdit)}`).join(", ")}; ${ms(p.betweenPerEdit)} per edit between edits.`);
    out.push("");
  }

  if (res.wasmSize) {
    out.push(res.wasmSize.replace(/^### /, "### ").trim());
    out.push("");
  }

  // Targets.
  const gz = sum(res.sizes.app ?? [], "gzip");
  const largest = Math.max(...scenarios.map((s) => s.n));
  out.push("### Targets");
  out.push("");
  const tRows = [];
  if (res.sizes.app?.length) {
    tRows.push([`first-load gzip ≤ 150 KB (SurveyJS ${kb(sum(sj, "gzip"))})`, kb(gz), tick(gz <= 150000)]);
    tRows.push(["size budget of the test run: first-load gzip ≤ 200 KB", kb(gz), tick(gz <= 200000)]);
  }
  for (const sc of res.options.ttfi ? scenarios : []) {
    const t = res.ttfi[sc.n];
    tRows.push([`time to first input ≤ ½ SurveyJS's, ${sc.n} items (median)`, `${ms(t.app.input.median)} vs ${ms(t.surveyjs.input.median)} (${ratio(t.app.input.median, t.surveyjs.input.median)})`, tick(t.app.input.median <= t.surveyjs.input.median / 2)]);
  }
  const kk = res.keys[largest]?.app;
  if (kk) tRows.push([`keystroke→score p95 ≤ 16 ms at ${largest} items`, `${ms(kk.dom.p95)} (thread free ${ms(kk.free.p95)})`, tick(kk.dom.p95 <= 16)]);
  out.push(table(["target", "measured", ""], tRows));
  out.push("");
  if (res.notes.length) {
    out.push(res.notes.map((n) => `- ${n}`).join("\n"));
    out.push("");
  }
  return out.join("\n");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
