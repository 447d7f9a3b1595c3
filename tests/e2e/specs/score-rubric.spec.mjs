// Scoring 乐卫党〔2020〕25号 (yueqing-2020-25) end to end through the
// interface: every item answered section by section, then the total, grade,
// section scores, completion and shortfalls checked against what the
// rubric's own rules give (computed here from rubrics/yueqing-2020-25.json).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage } from "../support/browser.mjs";
import { AppPage } from "../pages/app-page.mjs";
import { loadRubric, bestAnswer, expectedReport, oneDecimal, exact } from "../support/rubric-score.mjs";

const RUBRIC = loadRubric("yueqing-2020-25");
const ITEMS = RUBRIC.sections.flatMap((s) => s.items);

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

function bestAnswers() {
  return Object.fromEntries(ITEMS.map((i) => [i.id, bestAnswer(i)]));
}

/** Answers every item, going from section to section by the section links. */
async function answerAll(app, answers) {
  for (const section of RUBRIC.sections) {
    await app.sectionLink(section.id).click();
    assert.equal(await app.currentSection(), section.id);
    assert.equal(await app.items.count(), section.items.length, `items shown in ${section.id}`);
    for (const item of section.items) await app.answer(item.id, answers[item.id]);
  }
}

async function checkReport(app, expected) {
  assert.equal(await app.totalText(), oneDecimal(expected.total));
  assert.equal((await app.grade.textContent()).trim(), expected.grade);
  assert.equal((await app.completion.textContent()).trim(), `${expected.answered}/${expected.applicable}`);
  for (const s of expected.sections) {
    assert.equal(await app.sectionScoreValue(s.id), `${oneDecimal(s.earned)} / ${exact(s.possible)}`, `section ${s.id}`);
  }
}

test("every item at its best scores 100 and 优秀, 46/46 answered, nothing lost", async () => {
  const { page, context, errors } = await openPage(browser);
  const app = new AppPage(page);
  await app.open();
  await app.start({ rubric: "yueqing-2020-25", unit: "乐清市卫生健康局机关党委", year: 2020, assessor: "王五" });
  assert.equal(ITEMS.length, 46);
  const answers = bestAnswers();
  assert.deepEqual(answers["t2.1.rate"], { ratio: ["19", "20"] });
  await answerAll(app, answers);

  const expected = expectedReport(RUBRIC, answers);
  assert.equal(expected.total, 10000);
  await checkReport(app, expected);
  assert.equal(await app.totalText(), "100.0");
  assert.equal((await app.grade.textContent()).trim(), "优秀");
  assert.equal((await app.completion.textContent()).trim(), "46/46");
  assert.equal(await app.page.locator("[data-testid=item][data-status]:not([data-status=met])").count(), 0);

  await app.tab("rectification");
  assert.deepEqual(await app.shortfalls(), []);
  await page.getByTestId("shortfalls").getByText("没有失分项。").waitFor();
  assert.equal(await page.getByTestId("unanswered").count(), 0, "nothing left blank");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a known set of shortfalls gives the total, grade and list the rubric's rules give", async () => {
  const { page, context, errors } = await openPage(browser);
  const app = new AppPage(page);
  await app.open();
  await app.start({ rubric: "yueqing-2020-25", unit: "乐清市人民医院党委", year: 2020 });

  const answers = {
    ...bestAnswers(),
    "t1.1.a": { check: "partly" },        // 2 → 1
    "t1.1.b": { level: "较好" },           // 2 → 1.6
    "t2.1.rate": { ratio: ["18", "19"] }, // 94.7%: short of 95%, 6 → 0
    "t3.1.a": { level: "一般" },           // 3 → 1.5
    "t3.3.b": { na: true },               // N/A: section 三 rescaled over 15
    "t4.1.a": { level: "差" },             // 3 → 0
    "t4.2.cz": { ratio: ["4", "5"] },     // one clue of five not handled: 2 → 0
    "t5.1.a": { check: "not_done" },      // 3 → 0
    "t5.1.b": { level: "差" },             // 2 → 0
  };
  await answerAll(app, answers);

  const expected = expectedReport(RUBRIC, answers);
  // By hand: 20.6 + 20 + 13.5×18/15 + 13 + 11 = 80.8.
  assert.equal(expected.total, 8080);
  assert.equal(expected.grade, "良好");
  await checkReport(app, expected);
  assert.equal((await app.completion.textContent()).trim(), "45/45");
  assert.equal(await app.sectionScoreValue("s3"), "16.2 / 18");

  await app.sectionLink("s2").click();
  assert.equal(await app.itemText("t2.1.rate", "rate"), "94.7%");
  assert.equal(await app.itemText("t2.1.rate", "item-gap"), "还差 1 个支部达标");
  await app.sectionLink("s3").click();
  assert.equal(await app.itemStatus("t3.3.b"), "na");

  await app.tab("rectification");
  const listed = await app.shortfalls();
  assert.deepEqual(
    listed.map((s) => [s.item, s.lost]),
    expected.shortfalls.map((s) => [s.id, `−${exact(s.lost)}`]),
  );
  assert.deepEqual(listed.map((s) => s.item),
    ["t2.1.rate", "t4.1.a", "t5.1.a", "t4.2.cz", "t5.1.b", "t3.1.a", "t1.1.a", "t1.1.b"]);
  assert.equal(listed.find((s) => s.item === "t2.1.rate").gap, "还差 1 个支部达标");
  assert.match(await page.getByTestId("shortfalls").locator("h2").textContent(), /（8）/);
  assert.equal(await page.getByTestId("unanswered").count(), 0, "nothing left blank");

  // 去填写 leads back to the item's card, in its section, with the focus on it.
  await page.locator("[data-testid=shortfall][data-item='t2.1.rate']").getByRole("button").click();
  await page.locator(".djzp-workspace[data-screen=scoring]").waitFor();
  assert.equal(await app.currentSection(), "s2");
  await page.waitForFunction(() => document.activeElement?.dataset?.item === "t2.1.rate");
  assert.deepEqual(errors, []);
  await context.close();
});

test("blank items are not shortfalls: the list says how many are left and leads to the first", async () => {
  const { page, context, errors } = await openPage(browser);
  const app = new AppPage(page);
  await app.open();
  await app.start({ rubric: "yueqing-2020-25", unit: "乐清市第四人民医院党支部", year: 2020 });
  await app.answer("t1.1.a", { check: "not_done" });
  await app.sectionLink("s3").click();
  await app.answer("t3.1.a", { level: "一般" });
  await app.answer("t3.1.b", { check: "done" });
  await app.tab("rectification");
  assert.deepEqual((await app.shortfalls()).map((s) => [s.item, s.lost, s.gap]), [
    ["t1.1.a", "−2", "未完成"],
    ["t3.1.a", "−1.5", "未达到“好”档"],
  ]);
  const left = page.getByTestId("unanswered");
  assert.match(await left.textContent(), /尚有 43 项未填或填写有误/);
  await left.getByRole("button").click();
  await page.locator(".djzp-workspace[data-screen=scoring]").waitFor();
  assert.equal(await app.currentSection(), "s1");
  await page.waitForFunction(() => document.activeElement?.dataset?.item === "t1.1.b");
  assert.deepEqual(errors, []);
  await context.close();
});
