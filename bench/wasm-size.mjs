#!/usr/bin/env node
// Where the WebAssembly's bytes go, by crate and feature.
//
//   node bench/wasm-size.mjs [file.wasm]
//
// Without an argument it rebuilds the release .wasm the way Trunk does —
// cargo build --release --no-default-features (the shipped rubrics fetched,
// not embedded; a no-op right after trunk build --release), wasm-bindgen
// --target web on target/wasm32-unknown-unknown/release/
// dangjian-ziping.wasm, then wasm-opt -Oz — but keeping function names
// (wasm-opt -g), so the sizes are those of the shipped file plus a name
// section, which is left out of the totals. Needs twiggy (cargo install
// twiggy), wasm-bindgen and wasm-opt (scripts/lib.sh puts them on PATH).
// Functions are attributed by their Rust path; after wasm-opt's inlining a
// function carries whatever was inlined into it, so the split is
// approximate: the experiments in bench/README.md give exact savings.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = join(BENCH, "..");
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")}: ${r.stderr || r.error}`);
  return r.stdout;
};

let wasm = process.argv[2];
if (!wasm) {
  const tmp = join(BENCH, "results", "wasm-size");
  mkdirSync(tmp, { recursive: true });
  run("cargo", ["build", "--release", "--target", "wasm32-unknown-unknown", "--bin", "dangjian-ziping", "--no-default-features", "--locked", "--manifest-path", join(ROOT, "Cargo.toml")]);
  run("wasm-bindgen", ["--target", "web", "--no-typescript", "--out-dir", tmp, "--out-name", "app", join(ROOT, "target/wasm32-unknown-unknown/release/dangjian-ziping.wasm")]);
  wasm = join(tmp, "app.opt.wasm");
  run("wasm-opt", ["-Oz", "-g", join(tmp, "app_bg.wasm"), "-o", wasm]);
}
const twiggy = process.env.TWIGGY ?? join(homedir(), ".cargo/bin/twiggy");
const csv = run(twiggy, ["top", "-n", "10000000", "-f", "csv", wasm]);

// Ordered: the first rule whose pattern matches a function's name decides.
const RULES = [
  ["serde_path_to_error (located JSON errors)", /serde_path_to_error/],
  ["JSON deserialisation (serde_json::de, serde derive Deserialize, visitors)", /serde_json::de|serde_json::read|serde_core::de|Deserializ|Visitor|MapAccess|SeqAccess|EnumAccess/],
  ["JSON serialisation (serde_json::ser, serde derive Serialize)", /serde_json::ser|serde_core::ser|Serializ/],
  ["serde_json other (Value, errors, number formatting)", /serde_json::|zmij|ryu|itoa/],
  ["drop glue, Clone/PartialEq of app and engine types", /drop_in_place|as core(\[[0-9a-f]+\])?::clone::Clone>|as core(\[[0-9a-f]+\])?::cmp::PartialEq>/],
  ["app: components (src/components), outside Yew's generics", /dangjian_ziping::components::/],
  ["app: i18n (src/i18n.rs)", /dangjian_ziping::i18n/],
  ["app: state, embed, browser, export, rubrics", /dangjian_ziping::/],
  ["engine: validation (Rubric::from_json checks)", /ziping_engine::validate/],
  ["engine: scoring, decimals, dates, report", /ziping_engine::/],
  ["Yew generics monomorphised per component and hook (the app's view code is inlined here)", /CompStateInner<COMP>|FunctionProvider|HookProvider|use_effect|use_memo|use_reducer|use_state|use_context|yew::functional/],
  ["Yew core (virtual DOM diff, scheduler, events, html)", /yew::|implicit_clone|prokio|gloo|slab::|indexmap|hashbrown/],
  ["wasm-bindgen, js-sys, web-sys glue", /wasm_bindgen|js_sys|web_sys|__wbg|__wbindgen|__externref|closure|externref shim/],
  ["Rust std: fmt (incl. float formatting), alloc, collections, panics, dlmalloc, builtins", /\bcore\[|\bcore::|\balloc\[|\balloc::|\bstd\[|\bstd::|__rustc|__rdl|dlmalloc|compiler_builtins|__mul|__div|__udiv|memcpy|memset|memcmp|memmove|<(f64|f32|u128|i128|u64|i64|u32|i32|u16|u8|usize|isize|char|str|bool)\b/],
];
const DATA = "data (.rodata: strings, the rubric index, tables)";
const classify = (name) => {
  if (/^data segment|^data\[/.test(name)) return DATA;
  if (/^custom section|^elem|^table|^memory|^global|^type|^import|^export/.test(name)) return "wasm structure (types, imports, exports, tables, custom sections)";
  return RULES.find(([, re]) => re.test(name))?.[0] ?? "other (unnamed or unattributed)";
};
const groups = new Map();
let names = 0;
let total = 0;
const rows = csv.trim().split("\n").slice(1);
const parse = (line) => {
  // Name,ShallowSize,… with the name possibly quoted ("" escapes).
  let name;
  let rest;
  if (line.startsWith('"')) {
    let i = 1;
    name = "";
    for (; i < line.length; i++) {
      if (line[i] === '"' && line[i + 1] === '"') { name += '"'; i++; }
      else if (line[i] === '"') break;
      else name += line[i];
    }
    rest = line.slice(i + 2);
  } else {
    const c = line.indexOf(",");
    name = line.slice(0, c);
    rest = line.slice(c + 1);
  }
  return { name, size: Number(rest.split(",")[0]) };
};
for (const line of rows) {
  const { name, size } = parse(line);
  if (!Number.isFinite(size)) continue;
  if (/function names|local names|data names|"name" section|custom section 'name'/.test(name)) { names += size; continue; }
  total += size;
  const g = classify(name);
  if (process.env.DEBUG && g.startsWith(process.env.DEBUG)) console.error(size, name);
  groups.set(g, (groups.get(g) ?? 0) + size);
}

// What each part costs compressed. Bytes that repeat compress away, so a
// part's raw share overstates what removing it would save in transfer. The
// figure is marginal: the gzip of the code and data without that part's
// function bodies (or data segments), subtracted from the gzip with them.
const leb = (buf, at) => {
  let n = 0;
  let shift = 0;
  for (;;) {
    const b = buf[at++];
    n += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [n, at];
  }
};
const bin = readFileSync(wasm);
const bodies = []; // [group, Buffer] in file order
let imported = 0;
const fnNames = new Map();
const sections = [];
for (let at = 8; at < bin.length; ) {
  const id = bin[at];
  const [len, start] = leb(bin, at + 1);
  sections.push({ id, start, end: start + len });
  at = start + len;
}
for (const { id, start, end } of sections) {
  if (id === 2) {
    let [count, at] = leb(bin, start);
    for (let i = 0; i < count; i++) {
      for (let s = 0; s < 2; s++) { const [l, a] = leb(bin, at); at = a + l; } // module, field
      const kind = bin[at++];
      if (kind === 0) { imported++; at = leb(bin, at)[1]; }
      else if (kind === 1) { at += 1; const flags = bin[at++]; at = leb(bin, at)[1]; if (flags & 1) at = leb(bin, at)[1]; }
      else if (kind === 2) { const flags = bin[at++]; at = leb(bin, at)[1]; if (flags & 1) at = leb(bin, at)[1]; }
      else if (kind === 3) { at += 2; }
      else if (kind === 4) { at += 1; at = leb(bin, at)[1]; }
    }
  } else if (id === 0) {
    const [nl, a] = leb(bin, start);
    if (bin.subarray(a, a + nl).toString() !== "name") continue;
    for (let at = a + nl; at < end; ) {
      const sub = bin[at];
      const [sl, ss] = leb(bin, at + 1);
      if (sub === 1) {
        let [count, p] = leb(bin, ss);
        for (let i = 0; i < count; i++) {
          const [idx, p1] = leb(bin, p);
          const [l, p2] = leb(bin, p1);
          fnNames.set(idx, bin.subarray(p2, p2 + l).toString());
          p = p2 + l;
        }
      }
      at = ss + sl;
    }
  }
}
for (const { id, start, end } of sections) {
  if (id === 10) {
    let [count, at] = leb(bin, start);
    for (let i = 0; i < count; i++) {
      const [l, a] = leb(bin, at);
      bodies.push([classify(fnNames.get(imported + i) ?? ""), bin.subarray(a, a + l)]);
      at = a + l;
    }
  } else if (id === 11) bodies.push([DATA, bin.subarray(start, end)]);
}
const gz = (parts) => gzipSync(Buffer.concat(parts), { level: 9 }).length;
const gzAll = gz(bodies.map(([, b]) => b));
const gzOf = new Map();
for (const g of groups.keys()) gzOf.set(g, gzAll - gz(bodies.filter(([h]) => h !== g).map(([, b]) => b)));

const rubricsDir = join(ROOT, "rubrics");
const rubricFiles = readdirSync(rubricsDir).filter((f) => f.endsWith(".json"));
const rubricText = Buffer.concat(rubricFiles.map((f) => readFileSync(join(rubricsDir, f))));

const kb = (b) => `${(b / 1000).toFixed(1)} KB`;
console.log(`### Where the WebAssembly's bytes go (${wasm.replace(ROOT + "/", "")}; name section of ${kb(names)} left out)`);
console.log("");
console.log("| part | bytes | share | gzip saved without it |");
console.log("| --- | ---: | ---: | ---: |");
for (const [g, b] of [...groups].sort((a, b) => b[1] - a[1])) console.log(`| ${g} | ${kb(b)} | ${((b / total) * 100).toFixed(1)}% | ${gzOf.has(g) ? kb(gzOf.get(g)) : ""} |`);
console.log(`| **total** | **${kb(total)}** | | **${kb(gzAll)}** (code and data) |`);
console.log("");
console.log(`The ${rubricFiles.length} shipped rubrics are not in it: ${kb(rubricText.length)} of JSON (${kb(gzipSync(rubricText, { level: 9 }).length)} gzipped together), fetched from dist/rubrics/ one file at a time when an assessment of one is opened. The data segment holds the index the picker lists them from.`);
