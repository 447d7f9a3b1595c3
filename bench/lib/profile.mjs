// Reads Chrome CPU profiles (CDP Profiler, 100 µs sampling) taken during the
// keystroke loop. The profile's clock is tied to the page's by the samples of
// __benchCalibrate (lib/probes.mjs), so every sample can be placed inside an
// edit's window — from t0 (input event dispatched) to t2 (thread free) — or
// between edits (mostly the browser rendering frames).

const IDLE = new Set(["(idle)", "(root)"]);
const isWasm = (f) => f.callFrame.url.startsWith("wasm://") || /::|^\$?wasm-function/.test(f.callFrame.functionName);

function index(profile, calibrationStart) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stack = (id) => {
    const out = [];
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) out.push(byId.get(cur));
    return out.reverse(); // root first
  };
  const ts = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) ts.push((t += d));
  // Weight of sample i: the time until the next sample.
  const weights = profile.samples.map((_, i) => (i + 1 < ts.length ? ts[i + 1] - ts[i] : 0) / 1000);
  let offset = null;
  if (calibrationStart != null) {
    const i = profile.samples.findIndex((id) => stack(id).some((f) => f.callFrame.functionName === "__benchCalibrate"));
    if (i >= 0) offset = ts[i] / 1000 - calibrationStart;
  }
  // Page time (performance.now()) of sample i, or null without calibration.
  const pageTime = (i) => (offset == null ? null : ts[i] / 1000 - offset);
  return { byId, stack, weights, pageTime };
}

/**
 * Phases of the app's keystroke path, tested on every frame of a sample's
 * stack from the root down; the outermost frame that matches decides. Names
 * are the Rust paths of the wasm name section.
 */
export const APP_PHASES = [
  ["autosave: serialise the Store (serde_json)", /serde_json::ser::|as serde_core::ser::Serialize>::serialize|as serde::ser::Serialize>::serialize|serde_json::to_string/],
  ["autosave: Store text to JS (TextDecoder) + localStorage.setItem", /^setItem$|__wbg_setItem|^decodeText$|getStringFromWasm0/],
  ["engine: score the rubric", /ziping_engine::score::|ziping_engine::ratio::|ziping_engine::date::/],
  ["JSON parse (serde_json)", /serde_json::de::|as serde_core::de::Deserialize|from_json/],
  ["state and props: deep compare (PartialEq)", /as core::cmp::PartialEq>::eq/],
  ["state and props: deep clone", /as core::clone::Clone>::clone/],
];

const BETWEEN = "between edits (not in the latency): frames' style, layout, paint; timers";

/**
 * `edits` = [{ t0, free }] from the keystroke loop, `calibrationStart` from
 * __benchCalibrate. Returns per-edit milliseconds by phase, inside the edit
 * windows, plus what ran between edits and the heaviest functions.
 */
export function classifyProfile(profile, edits, calibrationStart, phases = APP_PHASES) {
  const { byId, stack, weights, pageTime } = index(profile, calibrationStart);
  // 0: t0 → DOM shows the total, 1: DOM → thread free, -1: between edits.
  const part = (t) => {
    if (t == null) return 0;
    for (const e of edits) {
      if (t >= e.t0 && t <= e.t0 + e.dom) return 0;
      if (t > e.t0 + e.dom && t <= e.t0 + e.free) return 1;
    }
    return -1;
  };
  const cats = new Map();
  const self = new Map();
  const busy = [0, 0];
  let between = 0;
  const add = (m, k, w, j) => {
    const v = m.get(k) ?? [0, 0];
    v[j] += w;
    m.set(k, v);
  };
  profile.samples.forEach((id, i) => {
    const w = weights[i];
    const leaf = byId.get(id);
    const name = leaf.callFrame.functionName;
    if (IDLE.has(name)) return;
    const frames = stack(id);
    if (frames.some((f) => f.callFrame.functionName === "__benchCalibrate")) return;
    const j = part(pageTime(i));
    if (j < 0) {
      between += w;
      return;
    }
    busy[j] += w;
    add(self, `${name || "(anonymous)"}${isWasm(leaf) || !leaf.callFrame.url ? "" : ` (${leaf.callFrame.url.split("/").pop()})`}`.replace(/::h[0-9a-f]{16}$/, ""), w, j);
    if (name === "(garbage collector)") return add(cats, "garbage collection", w, j);
    if (name === "(program)") return add(cats, "browser native, no JS on the stack (style, layout, paint, task switching)", w, j);
    for (const f of frames) {
      for (const [cat, re] of phases) if (re.test(f.callFrame.functionName)) return add(cats, cat, w, j);
    }
    if (!frames.some(isWasm)) return add(cats, "other JS (harness, event dispatch, observers)", w, j);
    if (isWasm(leaf)) return add(cats, "Yew: render, diff, hooks, app components (wasm)", w, j);
    return add(cats, "Yew: DOM updates (JS glue + browser DOM)", w, j);
  });
  const n = edits.length;
  const total = busy[0] + busy[1];
  return {
    edits: n,
    calibrated: pageTime(0) != null,
    busyPerEdit: total / n,
    toDomPerEdit: busy[0] / n,
    afterDomPerEdit: busy[1] / n,
    betweenPerEdit: between / n,
    between: BETWEEN,
    categories: [...cats.entries()]
      .map(([name, [a, b]]) => ({ name, toDom: a / n, afterDom: b / n, perEdit: (a + b) / n, share: (a + b) / total }))
      .sort((a, b) => b.perEdit - a.perEdit),
    top: [...self.entries()].sort((a, b) => b[1][0] + b[1][1] - a[1][0] - a[1][1]).slice(0, 12).map(([name, [a, b]]) => ({ name, toDom: a / n, afterDom: b / n, perEdit: (a + b) / n })),
  };
}

/**
 * SurveyJS: inside the edit windows, time by the innermost SurveyJS script
 * on the stack: survey-core (model, expressions, calculated values) or
 * survey-js-ui (Preact render and the DOM updates under it).
 */
export function summariseSurveyProfile(profile, edits, calibrationStart) {
  const { byId, stack, weights, pageTime } = index(profile, calibrationStart);
  const windows = edits.map((e) => [e.t0, e.t0 + e.free]);
  const inWindow = (t) => t == null || windows.some(([a, b]) => t >= a && t <= b);
  const cats = new Map();
  let busy = 0;
  let between = 0;
  const add = (k, w) => cats.set(k, (cats.get(k) ?? 0) + w);
  profile.samples.forEach((id, i) => {
    const w = weights[i];
    const name = byId.get(id).callFrame.functionName;
    if (IDLE.has(name)) return;
    const frames = stack(id);
    if (frames.some((f) => f.callFrame.functionName === "__benchCalibrate")) return;
    if (!inWindow(pageTime(i))) return void (between += w);
    busy += w;
    if (name === "(garbage collector)") return add("garbage collection", w);
    if (name === "(program)") return add("browser native", w);
    const file = [...frames].reverse().map((f) => f.callFrame.url.split("/").pop()).find((u) => /survey/.test(u));
    if (file === "survey.core.min.js") return add("survey-core (model, expressions)", w);
    if (file === "survey-js-ui.min.js") return add("survey-js-ui (Preact render, DOM)", w);
    return add("other JS", w);
  });
  const n = edits.length;
  return {
    edits: n,
    busyPerEdit: busy / n,
    betweenPerEdit: between / n,
    categories: [...cats.entries()].map(([name, t]) => ({ name, perEdit: t / n, share: t / busy })).sort((a, b) => b.perEdit - a.perEdit),
  };
}
