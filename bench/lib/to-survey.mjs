// The one converter from a 党建自评 rubric (docs/rubric-format.md) to a
// SurveyJS form with the same items and the same scoring, written as
// SurveyJS expressions: one calculated value per section (the sum of its
// items' points, each item's rule inlined as an expression) and `total` (the
// sum of the sections), shown live by an expression question at the top of
// every page (one page per section, as the app shows one section at a time).
// Runs in the browser (bench/surveyjs/page.mjs) and in Node.
//
// Why not one calculated value per item: SurveyJS re-evaluates every
// calculated value on every change, and with 1,000 of them (plus sections
// and total) an edit took 3.5 s in Node and a cold load 8 s; inlining the
// items into the section sums was the fastest formulation tried (about 10×
// faster per edit; one single `total` expression was no faster).
//
// Covered exactly: the kinds the synthetic rubrics use — ratio
// (all_or_nothing, proportional), count, checklist, levels, frequency,
// deadline (MM-DD due dates), deduction — with every item applicable. Scores
// are truncated to hundredths like the engine's (trunc(x + 1e-6, 2) against
// binary floating point). Not modelled: facts/conditions, N/A and rescaling,
// slope awards, bonus and veto items, "-" sub-periods; the converter throws
// on what it cannot express rather than scoring it differently.

const PERIODS = { month: 12, quarter: 4, half_year: 2, year: 1 };
const num = (text) => String(Number(text));

/** `trunc(x, 2)` as the engine rounds: down to a hundredth. */
const down = (expr) => `trunc((${expr}) + 0.000001, 2)`;

function itemExpression(item, year) {
  const id = item.id;
  const P = num(item.points);
  const s = item.scoring;
  if (item.applies_if || item.na_allowed) throw new Error(`${id}: conditions and N/A are not converted`);
  switch (s.kind) {
    case "ratio": {
      const T = num(s.threshold);
      const cmp = { ">=": ">=", ">": ">", "<=": "<=", "<": "<" }[s.compare];
      if (!cmp) throw new Error(`${id}: compare ${s.compare}`);
      const mode = typeof s.award === "string" ? s.award : (s.award?.mode ?? "all_or_nothing");
      const n = `{${id}.n}`;
      const d = `{${id}.d}`;
      const met = `${n} * 100 ${cmp} ${T} * ${d}`;
      let earned;
      if (mode === "all_or_nothing") earned = `iif(${met}, ${P}, 0)`;
      else if (mode === "proportional" && (cmp === ">=" || cmp === ">"))
        earned = `iif(${met}, ${P}, ${down(`${P} * ${n} * 100 / (${d} * ${T})`)})`;
      else throw new Error(`${id}: award ${mode} with ${cmp} is not converted`);
      return `iif(${n} notempty and ${d} notempty and ${d} > 0, ${earned}, 0)`;
    }
    case "count": {
      const T = String(s.target);
      const v = `{${id}}`;
      const earned = (s.award ?? "proportional") === "proportional"
        ? down(`${P} * min(${v}, ${T}) / ${T}`)
        : `iif(${v} >= ${T}, ${P}, 0)`;
      return `iif(${v} notempty, ${earned}, 0)`;
    }
    case "deduction": {
      const v = `{${id}}`;
      return `iif(${v} notempty, max(${num(s.floor ?? "0")}, ${P} - ${num(s.per)} * ${v}), 0)`;
    }
    case "checklist": {
      const v = `{${id}}`;
      return `iif(${v} = 'done', ${P}, iif(${v} = 'partly', ${down(`${P} * ${num(s.partly ?? "0.5")}`)}, 0))`;
    }
    case "levels": {
      const v = `{${id}}`;
      return s.levels.reduceRight((rest, l) => `iif(${v} = '${l.name}', ${num(l.points)}, ${rest})`, "0");
    }
    case "frequency": {
      const k = PERIODS[s.per];
      const cells = Array.from({ length: k }, (_, i) => `{${id}.p${i + 1}}`);
      const filled = cells.map((c) => `${c} notempty`).join(" and ");
      const missed = cells.map((c) => `max(0, ${s.required} - ${c})`).join(" + ");
      return `iif(${filled}, max(${num(s.floor ?? "0")}, ${P} - ${num(s.deduct)} * (${missed})), 0)`;
    }
    case "deadline": {
      if (!/^\d\d-\d\d$/.test(s.due) || s.inclusive === false) throw new Error(`${id}: due ${s.due}`);
      const v = `{${id}}`;
      const due = `'${year}-${s.due}'`;
      return `iif(${v} notempty, iif(${v} <= ${due}, ${P}, ${down(`${P} * ${num(s.late_credit ?? "0")}`)}), 0)`;
    }
    default:
      throw new Error(`${id}: kind ${s.kind} is not converted`);
  }
}

function question(item, doc) {
  const s = item.scoring;
  const base = {
    name: item.id,
    title: item.title,
    description: `来源：${doc?.number ?? doc?.title ?? ""} ${item.source.clause}；考核层级：${item.level}；台账：${item.evidence}（${item.points} 分）`,
  };
  const numberItem = (name, title) => ({ name, title, inputType: "number", min: 0 });
  switch (s.kind) {
    case "ratio":
      return { ...base, type: "multipletext", colCount: 2, items: [numberItem("n", s.numerator), numberItem("d", s.denominator)] };
    case "count":
      return { ...base, type: "text", inputType: "number", min: 0, placeholder: `目标 ${s.target} ${s.unit}` };
    case "deduction":
      return { ...base, type: "text", inputType: "number", min: 0, placeholder: `发生次数：${s.event}` };
    case "checklist":
      return { ...base, type: "radiogroup", colCount: 3, choices: [
        { value: "done", text: "完成" }, { value: "partly", text: "部分完成" }, { value: "not_done", text: "未完成" }] };
    case "levels":
      return { ...base, type: "radiogroup", colCount: s.levels.length,
        choices: s.levels.map((l) => ({ value: l.name, text: `${l.name}（${l.points} 分）` })) };
    case "frequency": {
      const k = PERIODS[s.per];
      const label = (i) => (s.per === "month" ? `${i}月` : s.per === "quarter" ? `第${i}季度` : s.per === "half_year" ? (i === 1 ? "上半年" : "下半年") : "全年");
      return { ...base, type: "multipletext", colCount: Math.min(k, 6),
        items: Array.from({ length: k }, (_, i) => numberItem(`p${i + 1}`, label(i + 1))) };
    }
    case "deadline":
      return { ...base, type: "text", inputType: "date", title: `${item.title}（完成日期，时限 ${s.due_text ?? s.due}）` };
    default:
      throw new Error(`${item.id}: kind ${s.kind}`);
  }
}

/** The SurveyJS JSON for a rubric. `year` is the assessed year (deadlines). */
export function rubricToSurvey(rubric, year = rubric.period?.year) {
  const docs = new Map(rubric.documents.map((d) => [d.id, d]));
  const calculatedValues = [];
  const pages = rubric.sections.map((section) => {
    calculatedValues.push({ name: `sec_${section.id}`, expression: `sum(${section.items.map((i) => itemExpression(i, year)).join(", ")})` });
    return {
      name: section.id,
      title: section.title,
      elements: [
        {
          type: "expression", name: `total_${section.id}`, title: "总分", expression: "{total}",
          displayStyle: "decimal", minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false,
        },
        ...section.items.map((item) => question(item, docs.get(item.source.document))),
      ],
    };
  });
  calculatedValues.push({ name: "total", expression: `sum(${rubric.sections.map((s) => `{sec_${s.id}}`).join(", ")})` });
  return {
    title: rubric.title,
    textUpdateMode: "onTyping",
    checkErrorsMode: "onComplete",
    showQuestionNumbers: "off",
    calculatedValues,
    pages,
  };
}

/** An assessment's `answers.items` (docs/assessment-format.md) as SurveyJS data. */
export function answersToSurveyData(rubric, items = {}) {
  const data = {};
  for (const section of rubric.sections) {
    for (const item of section.items) {
      const v = items[item.id]?.value;
      if (!v) continue;
      if (v.ratio) data[item.id] = { n: Number(v.ratio.numerator), d: Number(v.ratio.denominator) };
      else if (v.count !== undefined) data[item.id] = Number(v.count);
      else if (v.check) data[item.id] = v.check;
      else if (v.level !== undefined) data[item.id] = v.level;
      else if (v.counts) data[item.id] = Object.fromEntries(v.counts.map((c, i) => [`p${i + 1}`, Number(c)]));
      else if (v.completion) { if (v.completion.done) data[item.id] = v.completion.done; }
      else throw new Error(`${item.id}: value ${JSON.stringify(v)} is not converted`);
    }
  }
  return data;
}
