// Reads a page's Content-Security-Policy and tries to connect out of the page,
// telling a connection the policy blocked from one that failed for another
// reason (the test machine has no internet, so "it failed" proves nothing).

/** The page's CSP meta tag: its text and directives ({ name: [sources] }). */
export async function cspOf(page) {
  const metas = await page.locator('meta[http-equiv="Content-Security-Policy"]').evaluateAll((ms) => ms.map((m) => m.content));
  if (metas.length !== 1) throw new Error(`expected one CSP meta tag, found ${metas.length}`);
  const directives = {};
  for (const part of metas[0].split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives[name] = sources;
  }
  return { text: metas[0], directives };
}

/**
 * Tries each way of connecting out (`fetch`; for http(s) URLs also
 * `navigator.sendBeacon` and `WebSocket`) to each URL from inside the page. Returns one row per attempt:
 * `{ url, how, blocked, violation, result }` where `blocked` is true when the
 * page's CSP refused it (a securitypolicyviolation event named the directive,
 * given in `violation`) and `result` says what the page saw.
 */
export async function tryConnect(page, urls, { how = ["fetch"] } = {}) {
  return page.evaluate(async ({ urls, how }) => {
    const seen = [];
    document.addEventListener("securitypolicyviolation", (e) => seen.push(e.effectiveDirective || e.violatedDirective));
    const settle = () => new Promise((r) => setTimeout(r, 100));
    const rows = [];
    for (const url of urls) {
      for (const kind of how) {
        // Beacons and WebSockets exist for http(s) only.
        if (kind !== "fetch" && !/^https?:/.test(url)) continue;
        const before = seen.length;
        let result;
        try {
          if (kind === "fetch") {
            const res = await fetch(url, { cache: "no-store" });
            result = `HTTP ${res.status}`;
          } else if (kind === "beacon") {
            result = navigator.sendBeacon(url, "x") ? "queued" : "refused";
          } else if (kind === "websocket") {
            const wsUrl = url.replace(/^http/, "ws");
            result = await new Promise((resolve) => {
              const ws = new WebSocket(wsUrl);
              ws.onopen = () => { ws.close(); resolve("open"); };
              ws.onerror = () => resolve("error");
            });
          }
        } catch (e) {
          result = `${e.name}: ${e.message}`;
        }
        await settle();
        const violations = seen.slice(before);
        rows.push({ url, how: kind, blocked: violations.length > 0, violation: violations[0] ?? null, result });
      }
    }
    return rows;
  }, { urls, how });
}
