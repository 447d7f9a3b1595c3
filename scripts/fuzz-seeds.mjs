// Writes the fuzzers' seed corpus from the project's own files into
// <dir>/<target>/: the shipped rubrics and the docs' examples (rubric), the
// documented assessment file and one per shipped rubric (assessment,
// score), and saved stores holding them (store). Files already there (what
// earlier runs found) are kept. Usage: node scripts/fuzz-seeds.mjs fuzz/corpus
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";

const dir = process.argv[2] ?? "fuzz/corpus";
const read = (p) => readFileSync(p, "utf8");
const jsonBlocks = (md) => md.split("```json\n").slice(1).map((b) => b.split("\n```")[0]);

const rubrics = readdirSync("rubrics").filter((f) => f.endsWith(".json")).map((f) => read(join("rubrics", f)));
rubrics.push(read("crates/engine/tests/data/example-rubric.json"));
const rubricFragments = jsonBlocks(read("docs/rubric-format.md"));

const example = jsonBlocks(read("docs/assessment-format.md"))[0];
// One assessment per shipped rubric, every item answered with a plausible
// value of its kind, so that the fuzzer starts inside every kind's scoring.
const periods = { month: 12, quarter: 4, half: 2, year: 1 };
const value = (s) => {
  switch (s.kind) {
    case "count": case "deduction": case "bonus": return { count: "1" };
    case "ratio": return { ratio: { numerator: "19", denominator: "20" } };
    case "checklist": return { check: "partly" };
    case "levels": return { level: s.levels?.[0]?.name ?? "好" };
    case "veto": return { triggered: false };
    case "frequency": return { counts: Array.from({ length: periods[s.per] ?? 4 }, (_, i) => String(i % 3)) };
    case "deadline": return { completion: { done: "2020-06-30" } };
    default: return null;
  }
};
const assessments = rubrics.map((text) => {
  const r = JSON.parse(text);
  const items = {};
  for (const s of r.sections ?? []) for (const i of s.items ?? []) {
    const v = value(i.scoring ?? {});
    items[i.id] = v ? { value: v, note: "见会议记录" } : { na: true };
  }
  return JSON.stringify({
    format: "dangjian-ziping.assessment", format_version: 1,
    rubric: { id: r.id, version: r.version, title: r.title },
    unit: "内科第一党支部", year: 2020, assessor: "张三", date: "2020-12-31",
    answers: { facts: {}, items }, rectification: [{ problem: "党课次数不足", measure: "补上", department: "党办", deadline: "2021-03-31", status: "open", note: "" }],
  }, null, 2);
});
assessments.push(example);

const store = (list, extra = []) => JSON.stringify({
  lang: "zh", open: 0, next_id: list.length,
  entries: list.map((a, id) => ({ id, assessment: JSON.parse(a), screen: "scoring", section: null })),
  rubrics: extra,
});
const stores = [store([example]), store(assessments.slice(0, 3), [rubrics.at(-1)]), store([])];

const seeds = {
  rubric: [...rubrics, ...rubricFragments],
  assessment: assessments,
  score: assessments,
  store: stores,
};
for (const [target, texts] of Object.entries(seeds)) {
  mkdirSync(join(dir, target), { recursive: true });
  for (const t of texts) {
    writeFileSync(join(dir, target, "seed-" + createHash("sha1").update(t).digest("hex").slice(0, 16)), t);
  }
}
console.log(Object.entries(seeds).map(([t, s]) => `${t}: ${s.length} seeds`).join(", "));
