// The totals the edits must show, computed in Node with SurveyJS's own
// evaluation of the converted form (lib/to-survey.mjs). The app's totals come
// from the Rust engine; a run only passes when both pages show exactly these
// texts, so this doubles as the check that both score the same.
import { createRequire } from "node:module";
import { answersToSurveyData, rubricToSurvey } from "./to-survey.mjs";

const require = createRequire(import.meta.url);

/** Hundredths → one decimal, half up, as the score panel shows a total. */
export function oneDecimal(total) {
  const h = Math.round(total * 100);
  const tenths = Math.floor((h + 5) / 10);
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

/** { initial, after: { value: text } } for edits of `itemId`. */
export function expectedTotals(rubric, answers, year, itemId, values) {
  const Survey = require("survey-core");
  const model = new Survey.Model(rubricToSurvey(rubric, year));
  model.data = answersToSurveyData(rubric, answers);
  const initial = oneDecimal(model.getVariable("total"));
  const after = {};
  for (const v of values) {
    model.setValue(itemId, Number(v));
    after[v] = oneDecimal(model.getVariable("total"));
  }
  return { initial, after };
}
