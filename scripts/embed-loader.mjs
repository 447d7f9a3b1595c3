// Trunk post-build hook: writes `embed.js`, a loader with a stable name for
// host pages. It adds the widget's stylesheet and starts the WebAssembly,
// which mounts a widget on every element marked `data-djzp-widget`. The
// hashed file names it points to are read from the built index.html.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startTags } from "./html-tags.mjs";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("embed-loader: TRUNK_STAGING_DIR is not set (run as a Trunk hook)");
  process.exit(1);
}
const html = readFileSync(join(dir, "index.html"), "utf8");
const pick = (re, what) => {
  const m = html.match(re);
  if (!m) {
    console.error(`embed-loader: no ${what} found in index.html`);
    process.exit(1);
  }
  return m[1];
};
const js = pick(/import init[^']*from '\.\/([^']+\.js)'/, "module script");
const wasm = pick(/module_or_path: '\.\/([^']+\.wasm)'/, "wasm file");
const sheet = startTags(html, "link").find((t) => t.attrs.get("rel") === "stylesheet");
if (!sheet) {
  console.error("embed-loader: no stylesheet found in index.html");
  process.exit(1);
}
const css = sheet.attrs.get("href").replace(/^\.\//, "");

const loader = `// 党建自评 embedding loader. Include it as
//   <script type="module" src=".../embed.js"></script>
// and mark elements with data-djzp-widget (see the README).
const base = new URL(".", import.meta.url);
// The app fetches its rubric files (rubrics/<id>.json) from this folder,
// not from the host page's.
globalThis.djzpBase = base.href;
if (!document.querySelector('link[data-djzp-style]')) {
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = new URL(${JSON.stringify(css)}, base).href;
  link.setAttribute("data-djzp-style", "");
  document.head.append(link);
}
const { default: init } = await import(new URL(${JSON.stringify(js)}, base).href);
await init({ module_or_path: new URL(${JSON.stringify(wasm)}, base) });
`;
writeFileSync(join(dir, "embed.js"), loader);
console.log(`embed-loader: embed.js → ${js}, ${wasm}, ${css}`);
