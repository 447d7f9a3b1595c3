// Builds the SurveyJS form from the rubric and answers in the app's saved
// Store (local storage key "dangjian-ziping.v1": the imported rubric text
// and the open assessment) and renders it: the same input the app starts from.
import { answersToSurveyData, rubricToSurvey } from "./to-survey.mjs";

const store = JSON.parse(localStorage.getItem("dangjian-ziping.v1"));
const rubric = JSON.parse(store.rubrics[0]);
const assessment = store.entries[0].assessment;
const survey = new Survey.Model(rubricToSurvey(rubric, assessment.year));
survey.data = answersToSurveyData(rubric, assessment.answers.items);
window.benchSurvey = survey;
survey.render(document.getElementById("surveyElement"));
