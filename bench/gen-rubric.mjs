#!/usr/bin/env node
// Writes a synthetic benchmark rubric (see lib/rubric-gen.mjs) to stdout.
//   node bench/gen-rubric.mjs 1000                 the rubric of 1,000 items
//   node bench/gen-rubric.mjs 1000 --assessments K  K assessment files of it,
//                                                   one JSON array, answers varied
//   node bench/gen-rubric.mjs --answers-for F [K]   K assessments (default 1) of
//                                                   the rubric file F, as one array
// Used by bench/run and by the engine's criterion benches.
import { readFileSync } from "node:fs";
import { assessment, generateAnswers, generateRubric } from "./lib/rubric-gen.mjs";

const args = process.argv.slice(2);
let rubric;
let k = 0;
if (args[0] === "--answers-for") {
  rubric = JSON.parse(readFileSync(args[1], "utf8"));
  k = Number(args[2] ?? 1);
} else {
  const n = Number(args[0]);
  if (!Number.isInteger(n) || n < 1) {
    console.error("usage: gen-rubric.mjs N [--assessments K] | --answers-for FILE [K]");
    process.exit(2);
  }
  rubric = generateRubric(n);
  if (args[1] === "--assessments") k = Number(args[2] ?? 1);
}
if (k > 0) {
  const files = Array.from({ length: k }, (_, v) => assessment(rubric, generateAnswers(rubric, v), `基准测试第${v + 1}党支部`));
  process.stdout.write(JSON.stringify(files));
} else {
  process.stdout.write(JSON.stringify(rubric, null, 2) + "\n");
}
