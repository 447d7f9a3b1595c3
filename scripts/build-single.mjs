// Writes the single-file edition from index.html: the stylesheet in a
// <style>, web/fallback.js and the app (wasm-bindgen's no-modules glue plus
// the WebAssembly as base64) in two <script>s, the workbook module's glue in
// a third and its WebAssembly as base64 in an inert data block that the app
// decodes only when a workbook is imported or exported, and a
// Content-Security-Policy that allows exactly those four blocks by SHA-256
// and nothing remote. Run by scripts/build-single:
//   node scripts/build-single.mjs <glue.js> <module.wasm> <workbook.js> <workbook.wasm> <out.html>
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const [gluePath, wasmPath, workbookGluePath, workbookWasmPath, outPath] = process.argv.slice(2);
if (!outPath) {
  console.error("usage: node scripts/build-single.mjs <glue.js> <module.wasm> <workbook.js> <workbook.wasm> <out.html>");
  process.exit(2);
}
const fail = (msg) => { console.error(`build-single: ${msg}`); process.exit(1); };

const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
const read = (rel) => readFileSync(join(root, rel), "utf8");

// The policy of the single file. The page needs nothing from anywhere:
// default-src 'none' forbids every fetch kind not listed; connect-src 'none'
// says so explicitly for fetch/XHR/WebSocket/beacons. 'wasm-unsafe-eval'
// lets the inlined WebAssembly be compiled; img-src data: covers the empty
// data: favicon (and the app's own data:/blob: images, if any).
function policy({ scripts, styles }) {
  return [
    "default-src 'none'",
    `script-src ${scripts.join(" ")} 'wasm-unsafe-eval'`,
    `style-src ${styles.join(" ")}`,
    "img-src data: blob:",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

// Text inlined into <script>/<style> must not be able to end the element or
// switch the HTML parser into its escaped states.
function checkInline(text, what, tag) {
  if (new RegExp(`</${tag}`, "i").test(text)) fail(`${what} contains "</${tag}"`);
  if (tag === "script" && /<!--/.test(text)) fail(`${what} contains "<!--"`);
}

// index.html's comments are notes on the web build; the single file gets its own.
let html = read("index.html").replace(/[ \t]*<!--[\s\S]*?-->\n?/g, "");
const glue = readFileSync(gluePath, "utf8");
const wasm = readFileSync(wasmPath);

// wasm-bindgen's no-modules glue defines `wasm_bindgen`, the async
// initialiser. It is given the bytes, so it fetches nothing: it calls
// WebAssembly.instantiate(bytes), which has no size limit on the main thread
// (unlike initSync's `new WebAssembly.Module`, refused above 4 KB by
// Chromium up to 114), and then runs the binary's `main`, which mounts the
// app on #app (marked data-djzp-widget). A failure rejects the promise;
// web/fallback.js reports it.
if (!/^let wasm_bindgen = \(function\(exports\) \{/m.test(glue)) fail(`${gluePath} is not wasm-bindgen's no-modules output`);
const app = `${glue.trimEnd()}
(function () {
  var text = atob("${wasm.toString("base64")}");
  var bytes = new Uint8Array(text.length);
  for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  wasm_bindgen({ module_or_path: bytes });
})();
`;

const scripts = [];
const styles = [];
const inline = (tag, text, what) => {
  checkInline(text, what, tag);
  (tag === "script" ? scripts : styles).push(sha256(text));
  return `<${tag}>${text}</${tag}>`;
};

// Trunk's asset tags, replaced by what they stand for.
let rustSeen = false, guardSeen = false;
html = html.replace(/<link\s+data-trunk\s[^>]*>/g, (tag) => {
  const rel = /\brel="([^"]+)"/.exec(tag)?.[1];
  const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
  if (rel === "rust") { rustSeen = true; return ""; }
  // The web build fetches the shipped rubrics from a copy of rubrics/; the
  // single file's app embeds them (the default embed-rubrics feature).
  if (rel === "copy-dir" && href === "rubrics") return "";
  if (rel === "css" && href) return inline("style", read(href), href);
  return fail(`index.html: no single-file rule for Trunk asset ${tag}`);
});
html = html.replace(/<script\s+data-trunk\s[^>]*><\/script>/g, (tag) => {
  const src = /\bsrc="([^"]+)"/.exec(tag)?.[1];
  if (!src) fail(`index.html: ${tag} has no src`);
  guardSeen = true;
  // The guard first, as in the web build; then the app.
  return `${inline("script", read(src), src)}\n    ${inline("script", app, "the app script")}`;
});
// The workbook module (scripts/build-workbook): its glue only defines the
// global `ziping_workbook` at start-up; the WebAssembly waits as base64 in
// a <script type="application/octet-stream">, which the browser neither
// runs nor checks against the policy, until src/workbook.rs decodes it.
const workbookGlue = readFileSync(workbookGluePath, "utf8");
if (!/^let ziping_workbook = /m.test(workbookGlue) || !/globalThis\.ziping_workbook = ziping_workbook;/.test(workbookGlue)) {
  fail(`${workbookGluePath} is not scripts/build-workbook's glue`);
}
const workbookWasm = readFileSync(workbookWasmPath);
if (!/<\/body>/.test(html)) fail("index.html has no </body>");
html = html.replace(/<\/body>/, () =>
  `  ${inline("script", workbookGlue.trimEnd(), workbookGluePath)}\n` +
  `    <script type="application/octet-stream" id="djzp-workbook-wasm">${workbookWasm.toString("base64")}</script>\n  </body>`);

if (!rustSeen) fail("index.html has no <link data-trunk rel=\"rust\">");
if (!guardSeen) fail("index.html has no <script data-trunk src=…> (the start-up guard)");
if (/data-trunk/.test(html)) fail("index.html has a Trunk asset this script does not handle");

const cspMeta = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>/;
if (!cspMeta.test(html)) fail("index.html has no Content-Security-Policy meta tag");
html = html.replace(cspMeta, `<meta http-equiv="Content-Security-Policy" content="${policy({ scripts, styles })}" />`);
html = html.replace(/<html([^>]*)>/, `<html$1>\n  <!-- 党建自评 单文件版：双击即可在浏览器中打开，无需联网，不上传任何数据。 Single-file edition: open it by double-clicking; works offline and sends nothing. -->`);
// Blank lines left where the asset tags were.
html = html.replace(/\n[ \t]*\n(?=[ \t]*<)/g, "\n");

writeFileSync(outPath, html);
const gz = gzipSync(html, { level: 9 }).length;
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`wasm ${wasm.length} bytes (${kib(wasm.length)}), glue ${Buffer.byteLength(glue)} bytes`);
console.log(`workbook module ${workbookWasm.length} bytes (${kib(workbookWasm.length)}), glue ${Buffer.byteLength(workbookGlue)} bytes`);
console.log(`${outPath}: ${Buffer.byteLength(html)} bytes (${kib(Buffer.byteLength(html))}) raw, ${gz} bytes (${kib(gz)}) gzip -9`);
