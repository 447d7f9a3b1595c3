// Start tags of an HTML page and their attributes, read the same whether
// the page is as written (quoted attributes) or minified by Trunk's
// --minify (unquoted where possible, attributes reordered). Enough for the
// build's own pages: it does not handle comments hiding tags or `>` inside
// attribute values.

const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*\/?>/g;
const ATTR = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;

/** The attributes of a start tag's attribute text, names lower-cased. */
export function attributes(text) {
  const out = new Map();
  for (const m of text.matchAll(ATTR)) {
    out.set(m[1].toLowerCase(), m[2] ?? m[3] ?? m[4] ?? "");
  }
  return out;
}

/**
 * Every start tag named `name` (any case): `{ index, text, attrs }`, where
 * `text` is the whole tag as it appears at `index`.
 */
export function startTags(html, name) {
  const want = name.toLowerCase();
  const out = [];
  for (const m of html.matchAll(TAG)) {
    if (m[1].toLowerCase() === want) out.push({ index: m.index, text: m[0], attrs: attributes(m[2]) });
  }
  return out;
}

/** `value` as a double-quoted attribute value. */
export const quoted = (value) => `"${value.replaceAll("&", "&amp;").replaceAll('"', "&quot;")}"`;
