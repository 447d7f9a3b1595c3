// Realistic branch assessment files, as a branch secretary fills them in:
// the shipped branch rubric (branch-standard), every item answered, an
// evidence note on each, a 问题清单 of several rows. Used to measure what a
// committee's browser can keep, and to import a whole committee's files.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const RUBRIC = JSON.parse(readFileSync(fileURLToPath(new URL("../../../rubrics/branch-standard.json", import.meta.url)), "utf8"));
const PERIODS = { month: 12, quarter: 4, half: 2, year: 1 };
const NOTE = "见支部会议记录本第3—7页、签到表及照片；组织委员负责整理，已报党办备案。";

function value(s, i) {
  switch (s.kind) {
    case "count": case "deduction": case "bonus": return { count: String(i % 4) };
    case "ratio": return { ratio: { numerator: String(18 + (i % 3)), denominator: "20" } };
    case "checklist": return { check: ["done", "partly", "done", "not_done"][i % 4] };
    case "levels": return { level: s.levels[i % s.levels.length].name };
    case "veto": return { triggered: false };
    case "frequency": return { counts: Array.from({ length: PERIODS[s.per] ?? 4 }, (_, p) => String((i + p) % 3 ? 1 : 0)) };
    case "deadline": return { completion: { done: `${2020}-${String(1 + (i % 9)).padStart(2, "0")}-15` } };
    default: throw new Error(`no sample answer for kind ${s.kind}`);
  }
}

/** The `i`-th branch's assessment file (JSON text) for `year`. */
export function branchFile(i, year = 2020) {
  const items = {};
  for (const [n, item] of RUBRIC.sections.flatMap((s) => s.items).entries()) {
    items[item.id] = { value: value(item.scoring, i + n), note: `${NOTE}（第${n + 1}项）` };
  }
  const rows = Array.from({ length: 6 }, (_, r) => ({
    item: null,
    problem: `第${r + 1}项：“三会一课”记录不够完整，个别党员参加组织生活次数偏少。`,
    measure: "由组织委员每月核对签到表，缺席党员由支部书记谈心谈话并补课。",
    department: "党支部委员会",
    deadline: "2021-03-31",
    status: r % 2 ? "done" : "open",
    note: "",
  }));
  return JSON.stringify({
    format: "dangjian-ziping.assessment",
    format_version: 1,
    rubric: { id: RUBRIC.id, version: RUBRIC.version, title: RUBRIC.title },
    unit: `第${i + 1}党支部`,
    year,
    assessor: "张某某",
    date: `${year}-12-20`,
    answers: { facts: { full_members: { count: String(20 + (i % 30)) }, has_party_groups: { flag: true } }, items },
    rectification: rows,
  }, null, 2);
}

/** One backup file holding `n` branch files. */
export function backupOf(n, year = 2020) {
  return JSON.stringify({
    format: "dangjian-ziping.backup",
    format_version: 1,
    assessments: Array.from({ length: n }, (_, i) => JSON.parse(branchFile(i, year))),
    rubrics: [],
  });
}

/**
 * Runs in the page: how many copies of `entry` (one saved entry as the app
 * wrote it) fit in local storage under `key` beside what is already there,
 * found by writing stores of ever more entries (then halving the step).
 * Leaves the storage as it found it. Returns { entryChars, fits }.
 */
export function probeCapacity([key, entry]) {
  const before = localStorage.getItem(key);
  const store = (n) => {
    const one = JSON.stringify(entry);
    const parts = [];
    for (let i = 0; i < n; i++) parts.push(one.replace(/^\{"id":\d+/, `{"id":${i}`));
    return `{"lang":"zh","open":null,"next_id":${n},"entries":[${parts.join(",")}],"rubrics":[]}`;
  };
  const fits = (n) => {
    try { localStorage.setItem(key, store(n)); return true; } catch { return false; }
  };
  let lo = 0, hi = 64;
  while (fits(hi)) { lo = hi; hi *= 2; if (hi > 1 << 20) break; }
  while (hi - lo > 1) { const mid = (lo + hi) >> 1; if (fits(mid)) lo = mid; else hi = mid; }
  if (before === null) localStorage.removeItem(key); else localStorage.setItem(key, before);
  return { entryChars: JSON.stringify(entry).length, fits: lo };
}


/**
 * A branch's self-check file for 2020: every meeting held, every item at
 * its best, except `missed`: item id → how many of its periods had none.
 * The branch has 12 full members and party groups, so every item applies.
 * Each missed period costs the item's `deduct` (2.5 for 党员大会 a quarter,
 * 1 for 支委会 a month, 8 for a yearly 党课 or 民主评议); a yearly 党课,
 * 组织生活会, 民主评议党员 or 谈心谈话 not held also makes the file 不达标,
 * whatever its total.
 */
export function branchSelfCheck(unit, missed = {}, year = 2020) {
  const items = {};
  for (const item of RUBRIC.sections.flatMap((s) => s.items)) {
    const s = item.scoring;
    if (s.kind === "frequency") {
      const n = PERIODS[s.per];
      const miss = missed[item.id] ?? 0;
      items[item.id] = { value: { counts: Array.from({ length: n }, (_, i) => (i < miss ? "0" : "1")) } };
    } else if (s.kind === "checklist") {
      items[item.id] = { value: { check: "done" } };
    } else if (s.kind === "levels") {
      items[item.id] = { value: { level: s.levels[0].name } };
    } else {
      throw new Error(`branchFile: kind ${s.kind} not covered`);
    }
  }
  const json = {
    format: "dangjian-ziping.assessment",
    format_version: 1,
    rubric: { id: RUBRIC.id, version: RUBRIC.version, title: RUBRIC.title },
    unit,
    year,
    assessor: "",
    date: "2021-01-10",
    answers: { facts: { full_members: { count: "12" }, has_party_groups: { flag: true } }, items },
    rectification: [],
  };
  return { name: `${unit}.json`, text: JSON.stringify(json, null, 2) };
}


/**
 * `file` (as `branchSelfCheck` gives it) as its committee sends it back: a
 * version-2 file whose `review` holds the reviewer's answers `answers`
 * (item id → value) and `comments`, at `stage`, signed off by `reviewer`
 * on `date` when the stage is "approved".
 */
export function withReview(file, { stage = "in_review", answers = {}, comments = {}, reviewer = "党办 王某", date = "2021-01-20" } = {}) {
  const json = JSON.parse(file.text);
  const history = [
    { step: "submit", who: json.unit, when: "2021-01-12" },
    { step: "start_review", who: reviewer, when: "2021-01-15" },
  ];
  const touched = [...new Set([...Object.keys(answers), ...Object.keys(comments)])].sort();
  if (stage === "approved" || stage === "returned") {
    if (touched.length) history.push({ step: "reviewed", items: touched, who: reviewer, when: date });
    history.push({ step: stage === "approved" ? "sign_off" : "return", who: reviewer, when: date });
  }
  json.format_version = 2;
  json.review = {
    stage,
    signed: stage === "approved" ? { name: reviewer, date } : null,
    answers: { items: Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, { value }])) },
    comments,
    submitted: json.answers,
    history,
  };
  return { ...file, text: JSON.stringify(json, null, 2) };
}
