// An independent reading of the scoring rules in docs/rubric-format.md, for
// the specs to compute what the app must show from the rubric file itself.
// Points are integers in hundredths; every computed score is rounded down.
// Covers the kinds the specs answer: checklist, levels, deduction, count and
// ratio (all_or_nothing and slope), with the N/A tick and "rescale".
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

/** A shipped rubric, read from rubrics/<id>.json. */
export function loadRubric(id) {
  return JSON.parse(readFileSync(join(ROOT, "rubrics", `${id}.json`), "utf8"));
}

/** "2.5" → 250. */
export function hundredths(text) {
  const [whole, frac = ""] = String(text).split(".");
  if (frac.length > 2) throw new Error(`more than two decimals: ${text}`);
  return Number(whole) * 100 + Number(frac.padEnd(2, "0"));
}

/** 9272 → "92.7" (one decimal, half up), as the score panel shows a total. */
export function oneDecimal(h) {
  const tenths = Math.floor((h + 5) / 10);
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

/** 250 → "2.5", 2200 → "22": the exact value without trailing zeros. */
export function exact(h) {
  const whole = Math.floor(h / 100);
  const frac = String(h % 100).padStart(2, "0").replace(/0+$/, "");
  return frac ? `${whole}.${frac}` : String(whole);
}

/** A decimal string as an integer scaled by 10^6 (thresholds: "95", "0.5"). */
function micro(text) {
  const [whole, frac = ""] = String(text).split(".");
  return Number(whole) * 1e6 + Number(frac.padEnd(6, "0"));
}

/** The best answer of an item, as AppPage.answer takes it. */
export function bestAnswer(item) {
  const s = item.scoring;
  switch (s.kind) {
    case "checklist": return { check: "done" };
    case "levels": return { level: s.levels[0].name };
    case "deduction": return { count: "0" };
    case "count": return { count: String(s.target) };
    case "ratio": {
      // The least that meets the threshold out of 20.
      const d = 20;
      for (let n = 0; n <= d; n++) if (ratioMet(s, n, d)) return { ratio: [String(n), String(d)] };
      throw new Error(`no n of ${d} meets ${item.id}`);
    }
    default: throw new Error(`bestAnswer: kind ${s.kind} not covered`);
  }
}

function ratioMet(s, n, d) {
  const lhs = n * 100 * 1e6;
  const rhs = micro(s.threshold) * d;
  switch (s.compare) {
    case ">=": return lhs >= rhs;
    case ">": return lhs > rhs;
    case "<=": return lhs <= rhs;
    case "<": return lhs < rhs;
    default: throw new Error(`compare ${s.compare}`);
  }
}

/** { earned, possible, na } in hundredths for one item and its answer. */
export function scoreItem(item, answer) {
  const p = hundredths(item.points);
  if (answer?.na && item.na_allowed) return { earned: 0, possible: p, na: true };
  const s = item.scoring;
  switch (s.kind) {
    case "checklist": {
      const partly = micro(s.partly ?? "0.5");
      const earned = { done: p, partly: Math.floor((p * partly) / 1e6), not_done: 0 }[answer.check];
      return { earned, possible: p };
    }
    case "levels":
      return { earned: hundredths(s.levels.find((l) => l.name === answer.level).points), possible: p };
    case "deduction": {
      const n = Number(answer.count);
      const floor = hundredths(s.floor ?? "0");
      return { earned: Math.max(floor, p - hundredths(s.per) * n), possible: p };
    }
    case "count": {
      const x = Number(answer.count);
      const earned = x >= s.target ? p : (s.award === "all_or_nothing" ? 0 : Math.floor((p * x) / s.target));
      return { earned, possible: p };
    }
    case "ratio": {
      const [n, d] = answer.ratio.map(Number);
      if (d === 0) throw new Error("zero denominators are not covered");
      const mode = typeof s.award === "string" ? s.award : (s.award?.mode ?? "all_or_nothing");
      const met = ratioMet(s, n, d);
      if (mode === "all_or_nothing") return { earned: met ? p : 0, possible: p };
      if (mode === "slope") {
        // base + per_10pp × (rate − threshold) / 10, rate in per cent.
        const higher = s.compare === ">=" || s.compare === ">";
        const diff = higher ? n * 100 * 1e6 - micro(s.threshold) * d : micro(s.threshold) * d - n * 100 * 1e6;
        const delta = Math.floor((hundredths(s.award.per_10pp) * diff) / (10 * d * 1e6));
        const low = Math.min(Math.max(hundredths(s.award.floor ?? "0"), 0), p);
        let earned = Math.min(Math.max(hundredths(s.award.base) + delta, low), p);
        return { earned, possible: p };
      }
      throw new Error(`ratio award ${mode} not covered`);
    }
    default:
      throw new Error(`scoreItem: kind ${s.kind} not covered`);
  }
}

/**
 * What the report must say for `answers` (item id → answer; every item
 * answered): total and grade, per-section earned/possible, completion, and
 * the items losing points in the order listed.
 */
export function expectedReport(rubric, answers) {
  const sections = [];
  const items = [];
  let max = 0, sumEarned = 0, sumPossible = 0;
  for (const sec of rubric.sections) {
    const secPoints = hundredths(sec.points);
    max += secPoints;
    let e = 0, p = 0;
    for (const item of sec.items) {
      if (!(item.id in answers)) throw new Error(`no answer for ${item.id}`);
      const r = { id: item.id, ...scoreItem(item, answers[item.id]) };
      items.push(r);
      if (!r.na) { e += r.earned; p += r.possible; }
    }
    const counts = p > 0;
    const earned = counts ? Math.floor((Math.min(e, p) * secPoints) / p) : 0;
    const possible = counts ? secPoints : 0;
    sections.push({ id: sec.id, earned, possible });
    sumEarned += earned;
    sumPossible += possible;
  }
  const total = sumPossible > 0 ? Math.floor((sumEarned * max) / sumPossible) : 0;
  const grade = rubric.grades.find((g) => total >= hundredths(g.min)).name;
  const applicable = items.filter((i) => !i.na).length;
  // Largest loss first; Array.prototype.sort is stable, so ties keep rubric order.
  const shortfalls = items
    .filter((i) => !i.na && i.possible - i.earned > 0)
    .map((i) => ({ id: i.id, lost: i.possible - i.earned }))
    .sort((a, b) => b.lost - a.lost);
  return { total, max, grade, sections, answered: applicable, applicable, shortfalls, items };
}
