#!/usr/bin/env node
// Size budget: the gzip size of everything the first load of a build fetches.
//
//   node bench/size-budget.mjs [dist] [--budget 200] [--goal 150]
//   node bench/size-budget.mjs dist-single/dangjian-ziping.html --budget 500
//   node bench/size-budget.mjs --module dist/workbook/ziping_workbook.js dist/workbook/ziping_workbook.wasm --budget 660
//
// --module sizes the files named instead of a first load: an on-demand
// module (the workbook module, fetched when a workbook is first imported
// or exported).
// Lists each file raw and gzipped (zlib level 9, as gzip -9), sums them and
// exits 1 when the gzip total is above the budget (in KB of 1000 bytes;
// default 200 KB), 2 on a usage or build error. --goal only prints how far
// the total is from a lower figure. scripts/test runs it on dist/.
import { readFileSync } from "node:fs";
import { firstLoadFiles, gzipSize } from "./lib/first-load.mjs";

const args = process.argv.slice(2);
let target = "dist";
let budgetKb = 200;
let goalKb = null;
const modules = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--module") { while (args[i + 1] && !args[i + 1].startsWith("--")) modules.push(args[++i]); }
  else if (args[i] === "--budget") budgetKb = Number(args[++i]);
  else if (args[i].startsWith("--budget=")) budgetKb = Number(args[i].slice(9));
  else if (args[i] === "--goal") goalKb = Number(args[++i]);
  else target = args[i];
}
if (!Number.isFinite(budgetKb) || budgetKb <= 0 || (goalKb !== null && !(goalKb > 0))) {
  console.error("usage: size-budget.mjs [build folder or .html file] [--budget KB] [--goal KB]");
  process.exit(2);
}

let files;
try {
  files = modules.length
    ? modules.map((f) => { const b = readFileSync(f); return { path: f, raw: b.length, gzip: gzipSize(b) }; })
    : firstLoadFiles(target);
} catch (e) {
  console.error(`size-budget: ${target}: ${e.message}`);
  process.exit(2);
}
const kb = (b) => (b / 1000).toFixed(1).padStart(8) + " KB";
const w = Math.max(...files.map((f) => f.path.length), 5);
console.log(`${modules.length ? "on-demand module" : `first load of ${target}`} (gzip: zlib level 9; 1 KB = 1000 B)`);
console.log(`${"file".padEnd(w)}  ${"raw".padStart(11)}  ${"gzip".padStart(11)}`);
for (const f of files) console.log(`${f.path.padEnd(w)}  ${kb(f.raw)}  ${kb(f.gzip)}`);
const raw = files.reduce((s, f) => s + f.raw, 0);
const gz = files.reduce((s, f) => s + f.gzip, 0);
console.log(`${"total".padEnd(w)}  ${kb(raw)}  ${kb(gz)}`);
const over = gz > budgetKb * 1000;
console.log(`budget: ${budgetKb} KB gzip — ${over ? `OVER by ${((gz - budgetKb * 1000) / 1000).toFixed(1)} KB` : `within (${((budgetKb * 1000 - gz) / 1000).toFixed(1)} KB to spare)`}`);
if (goalKb !== null) {
  const gap = gz - goalKb * 1000;
  console.log(`goal: ${goalKb} KB gzip — ${gap > 0 ? `${(gap / 1000).toFixed(1)} KB to go` : "reached"}`);
}
process.exit(over ? 1 : 0);
