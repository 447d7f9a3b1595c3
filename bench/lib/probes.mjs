// Code that runs inside the page under test. Both functions are serialised
// with Function.prototype.toString, so they must not use outer variables.

/**
 * Installed with context.addInitScript before the page's own scripts run.
 * A MutationObserver on the whole document records, with performance.now()
 * (milliseconds since the navigation started: performance.timeOrigin):
 *  - `input`: the first item's input is in the document, connected, neither
 *    disabled nor read-only;
 *  - then, if `cfg.type`: as soon as the first count item's input and the
 *    total are there, types `cfg.value` into it (value set, then an `input`
 *    event, as a keystroke gives) at `typed`, and `score`: the total shows
 *    `cfg.expect`, the total that edit must give.
 * Also notes when Trunk's loader reports the app started (`started`: the
 * WebAssembly is instantiated and main() has returned) and keeps its exports,
 * to read the size of its linear memory later.
 */
export function loadProbe(cfg) {
  if (!location.href.startsWith(cfg.url)) return;
  const r = (window.__ttfi = { done: false });
  addEventListener("TrunkApplicationStarted", (e) => {
    r.started = performance.now();
    window.__benchWasm = e.detail && e.detail.wasm;
  });
  let mo;
  const check = () => {
    const now = performance.now();
    if (r.input === undefined) {
      const el = document.querySelector(cfg.first);
      if (!el || !el.isConnected || el.disabled || el.readOnly) return;
      r.input = now;
      if (!cfg.type) {
        r.done = true;
        mo.disconnect();
        return;
      }
    }
    if (r.typed === undefined) {
      const c = document.querySelector(cfg.count);
      const t = document.querySelector(cfg.total);
      if (!c || !t || c.disabled || c.readOnly) return;
      r.before = t.textContent;
      r.typed = performance.now();
      c.value = cfg.value;
      c.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText", data: cfg.value }));
      return;
    }
    const t = document.querySelector(cfg.total);
    if (t && t.textContent === cfg.expect) {
      r.score = now;
      r.after = t.textContent;
      r.done = true;
      mo.disconnect();
    }
  };
  mo = new MutationObserver(check);
  mo.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
}

/**
 * `n` edits of the input `cfg.input`, cycling through `cfg.values` (chosen so
 * that every edit changes the total; `cfg.expect[i]` is the total edit i
 * must give). Per edit: t0 = performance.now(); the value is set and an
 * `input` event dispatched (bubbling, as typing gives); a MutationObserver
 * on document.body records t1 when the text of `cfg.total` is the expected
 * total (the DOM shows the new total; an intermediate blank or stale text
 * does not count);
 * from that callback a MessageChannel message is posted and its arrival is
 * t2 (everything the edit started synchronously or in microtasks — render,
 * effects, autosave — has finished). Between edits: two animation frames and
 * 10 ms, so every edit starts on an idle page.
 * Returns [{ t0, dom: t1 - t0, free: t2 - t0, sync, total }].
 */
export async function keystrokes(cfg) {
  const out = [];
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  for (let i = 0; i < cfg.n; i++) {
    const el = document.querySelector(cfg.input);
    const before = document.querySelector(cfg.total).textContent;
    const v = cfg.values[i % cfg.values.length];
    const expect = cfg.expect[i % cfg.expect.length];
    let t1;
    let timer;
    const changed = new Promise((resolve, reject) => {
      const mo = new MutationObserver(() => {
        const now = performance.now();
        const t = document.querySelector(cfg.total);
        if (t && t.textContent === expect) {
          t1 = now;
          mo.disconnect();
          clearTimeout(timer);
          const ch = new MessageChannel();
          ch.port1.onmessage = () => resolve(performance.now());
          ch.port2.postMessage(0);
        }
      });
      mo.observe(document.body, { subtree: true, childList: true, characterData: true });
      timer = setTimeout(() => {
        mo.disconnect();
        const now = document.querySelector(cfg.total);
        reject(new Error(`edit ${i}: typed ${v}, expected the total ${expect}, still ${now && now.textContent} after 10 s (was ${before})`));
      }, 10000);
    });
    const t0 = performance.now();
    el.value = v;
    el.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText", data: v }));
    const sync = performance.now() - t0;
    const t2 = await changed;
    out.push({ t0, dom: t1 - t0, free: t2 - t0, sync, total: document.querySelector(cfg.total).textContent });
    await frame();
    await frame();
    await sleep(10);
  }
  return out;
}

/**
 * Busy-waits 30 ms and returns when it started (performance.now()): run just
 * after the CPU profiler starts, its samples tie the profile's clock to the
 * page's. The name is what the profile shows.
 */
export function __benchCalibrate() {
  const t = performance.now();
  while (performance.now() - t < 30);
  return t;
}
