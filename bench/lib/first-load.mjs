// What the first load of a build fetches, found statically: the page plus
// every local file it references (script src, stylesheet and preload links,
// the inline loader's imports and its .wasm path), followed through JS
// imports. data: URLs fetch nothing and are skipped. Sizes raw and gzipped
// with zlib at level 9 (what `gzip -9` gives, less gzip's file-name header).
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { startTags } from "../../scripts/html-tags.mjs";

export const gzipSize = (buf) => gzipSync(buf, { level: 9 }).length;

// References in script text (the inline loader, JS modules).
const REF = [
  /\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]/g,
  /\bimport\s*\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g,
  /['"](\.{1,2}\/[^'"]+\.wasm)['"]/g,
];

function refs(text, html) {
  const out = new Set();
  if (html) {
    for (const t of startTags(text, "script")) if (t.attrs.get("src")) out.add(t.attrs.get("src"));
    for (const t of startTags(text, "link")) if (t.attrs.get("href")) out.add(t.attrs.get("href"));
  }
  for (const re of REF) for (const m of text.matchAll(re)) out.add(m[1]);
  return [...out].filter((u) => !/^(data:|blob:|[a-z]+:\/\/|\/\/|#)/i.test(u));
}

/**
 * `target` is a build folder (its index.html is the page) or an HTML file.
 * Returns [{ path, raw, gzip }] in discovery order, the page first.
 */
export function firstLoadFiles(target) {
  const page = statSync(target).isDirectory() ? join(target, "index.html") : target;
  const base = dirname(page);
  const seen = new Map();
  const visit = (file) => {
    const key = normalize(file);
    if (seen.has(key)) return;
    if (!existsSync(key)) throw new Error(`${relative(base, key)} is referenced but missing`);
    const buf = readFileSync(key);
    seen.set(key, { path: relative(base, key), raw: buf.length, gzip: gzipSize(buf) });
    if (/\.(html|js|mjs)$/.test(key)) {
      for (const r of refs(buf.toString("utf8"), key.endsWith(".html"))) visit(join(dirname(key), r.split(/[?#]/)[0]));
    }
  };
  visit(page);
  return [...seen.values()];
}
