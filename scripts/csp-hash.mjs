// Trunk post-build hook: Trunk starts the app with a small inline module
// script. The page's Content-Security-Policy allows no inline script, so this
// adds the exact SHA-256 of each inline script to `script-src` — that script
// and nothing else may run inline.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { quoted, startTags } from "./html-tags.mjs";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("csp-hash: TRUNK_STAGING_DIR is not set (run as a Trunk hook)");
  process.exit(1);
}
const file = join(dir, "index.html");
let html = readFileSync(file, "utf8");
const hashes = [];
for (const m of html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
  hashes.push(`'sha256-${createHash("sha256").update(m[1], "utf8").digest("base64")}'`);
}
const meta = startTags(html, "meta").find(
  (t) => t.attrs.get("http-equiv")?.toLowerCase() === "content-security-policy",
);
const policy = meta?.attrs.get("content");
if (!meta || !/script-src 'self'/.test(policy)) {
  console.error("csp-hash: no Content-Security-Policy meta tag with script-src 'self' found in index.html");
  process.exit(1);
}
if (hashes.length) {
  const allowed = policy.replace(/script-src 'self'/, `script-src 'self' ${hashes.join(" ")}`);
  const tag = `<meta http-equiv="Content-Security-Policy" content=${quoted(allowed)}>`;
  html = html.slice(0, meta.index) + tag + html.slice(meta.index + meta.text.length);
}
writeFileSync(file, html);
console.log(`csp-hash: allowed ${hashes.length} inline script(s)`);
