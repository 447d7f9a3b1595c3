// The committee's review (审核) of a branch's self-assessment, end to end
// (issue 16), as a branch and its committee do it: each in its own browser
// (fresh storage), the files passing between them as downloads and imports.
// The branch submits and exports; the committee imports, starts the review,
// assesses three items anew and comments on them (自评分 beside 考核分,
// exact differences per item, section and total), returns it; the branch
// imports it over its copy, sees the three differences and comments, revises
// one item and resubmits; the committee sees the revision in the history,
// signs off, and the assessment is read-only (after a reload too, and in a
// third browser) until reopened with a reason. Also: a file that comes back
// over changes made since (the choice, cancelled and applied), and the
// review in the 360 px layout.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage } from "../support/browser.mjs";
import { AppPage } from "../pages/app-page.mjs";
import { loadRubric, hundredths, exact, scoreItem } from "../support/rubric-score.mjs";
import { branchSelfCheck } from "../support/branch-files.mjs";

const RUBRIC = loadRubric("branch-standard");
const ITEMS = Object.fromEntries(RUBRIC.sections.flatMap((s) => s.items).map((i) => [i.id, i]));
const TITLE = (id) => ITEMS[id].title;
const SECTION_OF = Object.fromEntries(RUBRIC.sections.flatMap((s) => s.items.map((i) => [i.id, s.id])));

const UNIT = "内科第一党支部";
const REVIEWER = "机关党委 王某";

// ---- Expected figures, from the rubric file --------------------------------

/** An item's points (hundredths) for an answer ({ counts } | { check } | { level }). */
function earned(id, answer) {
  const item = ITEMS[id];
  const s = item.scoring;
  if (s.kind === "frequency") {
    // Each period short of the required count costs `deduct`, down to `floor`.
    const missed = answer.counts.filter((c) => Number(c) < s.required).length;
    return Math.max(hundredths(s.floor), hundredths(item.points) - missed * hundredths(s.deduct));
  }
  return scoreItem(item, answer).earned;
}

/** Section scores and total (hundredths) for a full set of answers (no N/A). */
function scores(answers) {
  const sections = RUBRIC.sections.map((sec) => {
    const e = sec.items.reduce((a, i) => a + earned(i.id, answers[i.id]), 0);
    const p = sec.items.reduce((a, i) => a + hundredths(i.points), 0);
    return { id: sec.id, title: sec.title, score: Math.floor((Math.min(e, p) * hundredths(sec.points)) / p) };
  });
  const total = sections.reduce((a, s) => a + s.score, 0); // every section counts: no rescaling
  const grade = RUBRIC.grades.find((g) => total >= hundredths(g.min)).name;
  return { sections, total, grade };
}

/** "+1.5", "-2.5", "0", as the review shows a difference. */
const signed = (h) => (h > 0 ? `+${exact(h)}` : h < 0 ? `-${exact(-h)}` : "0");

/** What the review bar must show for the unit's answers and the reviewed ones. */
function expectedReview(own, reviewed) {
  const a = scores(own), b = scores(reviewed);
  return {
    totals: { own: exact(a.total), reviewed: exact(b.total), difference: signed(b.total - a.total) },
    totalsText: `自评总分：${exact(a.total)}（${a.grade}）考核总分：${exact(b.total)}（${b.grade}）差异：${signed(b.total - a.total)}`,
    sections: a.sections.map((s, i) => ({
      id: s.id,
      title: s.title,
      own: exact(s.score),
      reviewed: exact(b.sections[i].score),
      difference: signed(b.sections[i].score - s.score),
    })),
  };
}

/** An item's figures on its card: own, reviewed, difference. */
function expectedItem(id, own, reviewed) {
  const a = earned(id, own[id]), b = earned(id, reviewed[id]);
  return { own: exact(a), reviewed: exact(b), difference: signed(b - a) };
}

// The branch's file: every meeting held, every item at its best, except
// two months without a 支委会 (zwh 12 − 2 = 10): 98 in all.
const SELF_CHECK = branchSelfCheck(UNIT, { zwh: 2 });
const OWN = Object.fromEntries(Object.entries(JSON.parse(SELF_CHECK.text).answers.items).map(([id, a]) => [id, a.value]));

// What the committee finds: no 党员大会 in the third quarter (10 → 7.5), the
// 换届 only partly done (6 → 3), the 发展党员 procedure not followed
// (10 → 0): 82.5, 不达标.
const FOUND = {
  dydh: { counts: ["1", "1", "0", "1"] },
  hj: { check: "partly" },
  fzdy: { level: "程序不规范" },
};
const COMMENTS = {
  dydh: "第三季度未见党员大会记录",
  hj: "换届请示未见上级批复",
  fzdy: "发展对象未经支部大会讨论",
};
// The branch's revision after the return: 发展党员 "基本规范，个别材料不全" (10 → 6).
const REVISED = { fzdy: { level: "基本规范，个别材料不全" } };

// ---- Shared course of the review ------------------------------------------

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Today in the browser's clock, as the review dates its steps. */
function today(page) {
  return page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  });
}

/** A fresh browser (its own storage) with the app open. */
async function freshBrowser(options) {
  const session = await openPage(browser, options);
  const app = new AppPage(session.page);
  await app.open();
  return { ...session, app };
}

/** Reads the frequency counts the unit's own input of item `id` shows. */
function ownCounts(app, id) {
  return app.item(id).getByTestId("own-answer").locator("input[data-period]").evaluateAll((is) => is.map((i) => i.value));
}

/** The checked radio of item `id`'s own input. */
function ownChoice(app, id) {
  return app.item(id).getByTestId("own-answer").locator("input[type=radio]:checked").getAttribute("value");
}

// The course runs over several tests, in order: the branch, the committee
// and the files between them.
const course = {};

test("the branch submits its self-assessment and exports the file", async () => {
  const branch = await freshBrowser();
  course.branch = branch;
  const { app, page } = branch;
  course.today = await today(page);
  await app.chooseFile("import-file", SELF_CHECK);
  await app.total.waitFor();
  assert.equal(await app.totalText(), "98.0");

  // A plain self-assessment: 自评中, the unit's name offered, no scores yet.
  assert.equal(await app.reviewStage(), "draft");
  assert.equal(await app.reviewStageText(), "自评中");
  assert.equal(await app.reviewName(), UNIT);
  assert.equal(await page.getByTestId("review-totals").count(), 0);
  assert.equal(await page.getByTestId("review-history").count(), 0);

  // Its 问题清单, made from its one shortfall (支委会).
  await app.tab("rectification");
  await page.getByTestId("prefill").click();
  assert.equal(await page.getByTestId("rect-row").count(), 1);
  await app.tab("scoring");

  await app.submitForReview();
  assert.equal(await app.reviewStageText(), "已提交");
  assert.deepEqual(await app.reviewHistory(), [{ side: "unit", text: `${course.today} ${UNIT} 提交审核` }]);
  // Submitted: the branch can no longer change its answers, header or list.
  assert.ok(await app.item("dydh").getByTestId("own-answer").isVisible());
  assert.deepEqual(await app.enabledFields(), ["review-name"]);
  assert.equal(await app.item("dydh").getByTestId("item-review").count(), 0, "nothing reviewed yet");

  const file = await app.exportAssessment();
  assert.equal(file.name, `党建自评-${UNIT}-2020.json`);
  assert.equal(file.json.format_version, 2);
  const r = file.json.review;
  assert.equal(r.stage, "submitted");
  assert.equal(r.signed, null);
  assert.deepEqual(r.answers, {});
  assert.deepEqual(r.comments, {});
  assert.deepEqual(r.submitted, JSON.parse(SELF_CHECK.text).answers);
  assert.deepEqual(r.history, [{ step: "submit", who: UNIT, when: course.today }]);
  assert.deepEqual(file.json.rectification.map((row) => row.item), ["zwh"]);
  course.submitted = file;
  assert.deepEqual(branch.errors, []);
});

test("the committee imports it, reviews three items and sees 自评分 beside 考核分, exactly", async () => {
  assert.ok(course.submitted, "the branch's file");
  const committee = await freshBrowser();
  course.committee = committee;
  const { app, page } = committee;
  await app.chooseFile("import-file", course.submitted);
  await app.total.waitFor();
  assert.match(await app.notice.textContent(), new RegExp(`已导入并打开：${UNIT}`));
  assert.equal(await app.reviewStage(), "submitted");
  assert.equal(await app.reviewStageText(), "已提交");

  // No committee step yet: no name to offer, and a blank name is refused.
  assert.equal(await app.reviewName(), "");
  await app.reviewStep("review-start");
  assert.match(await app.notice.textContent(), /请填写姓名（重新打开还需填写原因），未作任何更改。/);
  assert.equal(await app.reviewStage(), "submitted");

  await app.startReview(REVIEWER);
  assert.equal(await app.reviewStageText(), "审核中");
  assert.equal(await app.reviewName(), REVIEWER);
  // Nothing judged yet: both columns alike.
  const none = expectedReview(OWN, OWN);
  assert.deepEqual(await app.reviewTotals(), none.totals);
  assert.deepEqual(await app.reviewTotals(), { own: "98", reviewed: "98", difference: "0" });
  assert.equal(await app.differingOnlyLabel(), "只看有差异的项（0）");
  // The committee's turn: the branch's answers, notes and header are locked;
  // each card offers the review (认可自评 / 另行评定) and a comment.
  await app.goSection("s1");
  assert.deepEqual(await app.enabledFields(), ["review-name", "differing-only", "comment", "comment", "comment", "comment"]);
  assert.ok(await page.getByTestId("meta-unit").isDisabled());
  assert.equal(await app.itemReview("dydh").getByTestId("accept-own").getAttribute("aria-pressed"), "true");

  // Three items assessed anew, with the branch's own input, and commented.
  await app.goSection("s1");
  await app.reassess("dydh", FOUND.dydh);
  await app.comment("dydh", COMMENTS.dydh);
  await app.goSection("s3");
  await app.reassess("hj", FOUND.hj);
  await app.comment("hj", COMMENTS.hj);
  await app.reassess("fzdy", FOUND.fzdy);
  await app.comment("fzdy", COMMENTS.fzdy);

  const reviewed = { ...OWN, ...FOUND };
  const want = expectedReview(OWN, reviewed);
  // 98 → 82.5: −2.5 (dydh), −3 (hj), −10 (fzdy).
  assert.deepEqual(want.totals, { own: "98", reviewed: "82.5", difference: "-15.5" });
  assert.deepEqual(await app.reviewTotals(), want.totals);
  assert.equal((await page.getByTestId("review-totals").textContent()).trim(), want.totalsText);
  assert.deepEqual(await app.reviewSections(), want.sections);
  assert.deepEqual(want.sections.map((s) => s.difference), ["-2.5", "0", "-13"]);

  // Per item, on the cards (the unit's own inputs stay as they were, locked).
  for (const id of ["hj", "fzdy"]) {
    assert.deepEqual(await app.itemReviewShown(id), {
      differs: "true", ...expectedItem(id, OWN, reviewed), answer: null, comment: null,
    }, id);
  }
  assert.deepEqual(expectedItem("fzdy", OWN, reviewed), { own: "10", reviewed: "0", difference: "-10" });
  assert.equal(await ownChoice(app, "hj"), "done");
  assert.equal(await app.itemReview("df").getAttribute("data-differs"), "false");
  assert.deepEqual(await app.itemReviewShown("df"), {
    differs: "false", own: "10", reviewed: "10", difference: "0", answer: null, comment: null,
  });
  await app.goSection("s1");
  assert.deepEqual(await app.itemReviewShown("dydh"), {
    differs: "true", ...expectedItem("dydh", OWN, reviewed), answer: null, comment: null,
  });
  assert.deepEqual(await ownCounts(app, "dydh"), ["1", "1", "1", "1"]);
  assert.equal(await app.item("dydh").getByTestId("reviewer-input").locator('input[data-period="3"]').inputValue(), "0");
  assert.equal(await app.item("dydh").locator("textarea[data-field=comment]").inputValue(), COMMENTS.dydh);
  assert.deepEqual(await app.itemReviewShown("zwh"), {
    differs: "false", own: "10", reviewed: "10", difference: "0", answer: null, comment: null,
  });

  // The filter: exactly the three items, in rubric order.
  assert.equal(await app.differingOnlyLabel(), "只看有差异的项（3）");
  await app.showDifferingOnly(true);
  assert.deepEqual(await app.differingItems(), ["dydh", "hj", "fzdy"]);
  await app.showDifferingOnly(false);
  assert.equal(await app.items.count(), 4, "section 1's four items again");
  assert.deepEqual(committee.errors, []);
});

test("the committee returns it; the branch imports it and sees the three differences and comments", async () => {
  assert.ok(course.committee, "the committee's review");
  const { app: committee } = course.committee;
  await committee.returnForRevision();
  assert.equal(await committee.reviewStageText(), "已退回");
  const t = course.today;
  assert.deepEqual(await committee.reviewHistory(), [
    { side: "unit", text: `${t} ${UNIT} 提交审核` },
    { side: "reviewer", text: `${t} ${REVIEWER} 开始审核` },
    // The items answered or commented on, by id: dydh, fzdy, hj.
    { side: "reviewer", text: `${t} ${REVIEWER} 审核意见 3 项：${TITLE("dydh")}、${TITLE("fzdy")}、${TITLE("hj")}` },
    { side: "reviewer", text: `${t} ${REVIEWER} 退回修改` },
  ]);
  const file = await committee.exportAssessment();
  const r = file.json.review;
  assert.equal(r.stage, "returned");
  assert.deepEqual(r.answers, { items: Object.fromEntries(Object.entries(FOUND).map(([id, v]) => [id, { value: v }])) });
  assert.deepEqual(r.comments, COMMENTS);
  assert.deepEqual(r.history.map((h) => [h.step, h.who, h.when, h.items ?? null]), [
    ["submit", UNIT, t, null],
    ["start_review", REVIEWER, t, null],
    ["reviewed", REVIEWER, t, ["dydh", "fzdy", "hj"]],
    ["return", REVIEWER, t, null],
  ]);
  course.returned = file;

  // The branch imports it over its own copy.
  const { app, page, errors } = course.branch;
  await app.importFile(file);
  await app.total.waitFor();
  assert.match(await app.notice.textContent(), new RegExp(`${UNIT}：已按文件更新，当前状态“已退回”`));
  assert.equal(await app.entries().count(), 0, "the workspace is open");
  assert.equal(await app.reviewStage(), "returned");
  assert.equal(await app.reviewStageText(), "已退回");
  assert.equal(await app.reviewName(), UNIT, "the branch's next step is its own");
  assert.equal(await page.getByTestId("review-submit").textContent(), "修改后重新提交");

  const reviewed = { ...OWN, ...FOUND };
  const want = expectedReview(OWN, reviewed);
  assert.deepEqual(await app.reviewTotals(), want.totals);
  assert.deepEqual(await app.reviewSections(), want.sections);
  await app.goSection("s1");
  assert.deepEqual(await app.itemReviewShown("dydh"), {
    differs: "true", own: "10", reviewed: "7.5", difference: "-2.5",
    answer: "考核认定：1、1、0、1", comment: `审核意见：${COMMENTS.dydh}`,
  });
  assert.deepEqual(await app.itemReviewShown("zwh"), {
    differs: "false", own: "10", reviewed: "10", difference: "0", answer: null, comment: null,
  });
  await app.goSection("s3");
  assert.deepEqual(await app.itemReviewShown("hj"), {
    differs: "true", own: "6", reviewed: "3", difference: "-3",
    answer: "考核认定：部分完成", comment: `审核意见：${COMMENTS.hj}`,
  });
  assert.deepEqual(await app.itemReviewShown("fzdy"), {
    differs: "true", own: "10", reviewed: "0", difference: "-10",
    answer: "考核认定：程序不规范", comment: `审核意见：${COMMENTS.fzdy}`,
  });
  // The branch cannot accept or assess for the committee.
  assert.equal(await app.item("fzdy").locator("[data-testid=accept-own], [data-testid=reassess], textarea[data-field=comment]").count(), 0);

  // The filter shows exactly those three.
  assert.equal(await app.differingOnlyLabel(), "只看有差异的项（3）");
  await app.showDifferingOnly(true);
  assert.deepEqual(await app.differingItems(), ["dydh", "hj", "fzdy"]);
  assert.equal(await app.itemText("hj", "item-comment"), `审核意见：${COMMENTS.hj}`);
  await app.showDifferingOnly(false);
  assert.deepEqual(errors, []);
});

test("the branch revises one item and resubmits; the committee sees the revision in the history", async () => {
  assert.ok(course.returned, "the returned file");
  const { app, errors } = course.branch;
  // Its turn again: its own inputs are open.
  await app.goSection("s3");
  assert.ok(await app.item("fzdy").locator("input[type=radio]").first().isEnabled());
  await app.answer("fzdy", REVISED.fzdy);
  const own = { ...OWN, ...REVISED };
  const reviewed = { ...own, ...FOUND };
  // 自评 94 now; the committee's 0 for 发展党员 still stands: −6 there.
  assert.deepEqual(await app.itemReviewShown("fzdy"), {
    differs: "true", ...expectedItem("fzdy", own, reviewed),
    answer: "考核认定：程序不规范", comment: `审核意见：${COMMENTS.fzdy}`,
  });
  assert.deepEqual(expectedItem("fzdy", own, reviewed), { own: "6", reviewed: "0", difference: "-6" });
  assert.deepEqual(await app.reviewTotals(), expectedReview(own, reviewed).totals);

  await app.submitForReview();
  const t = course.today;
  const history = await app.reviewHistory();
  assert.deepEqual(history.slice(4), [
    { side: "unit", text: `${t} ${UNIT} 修改 1 项：${TITLE("fzdy")}` },
    { side: "unit", text: `${t} ${UNIT} 提交审核` },
  ]);
  const file = await app.exportAssessment();
  assert.equal(file.json.review.stage, "submitted");
  assert.deepEqual(file.json.review.history.slice(4).map((h) => [h.step, h.who, h.items ?? null]),
    [["revise", UNIT, ["fzdy"]], ["submit", UNIT, null]]);
  assert.deepEqual(file.json.answers.items.fzdy, { value: REVISED.fzdy });
  course.resubmitted = file;
  assert.deepEqual(errors, []);

  // The committee imports it over its copy.
  const { app: committee, errors: cErrors } = course.committee;
  await committee.importFile(file);
  await committee.total.waitFor();
  assert.match(await committee.notice.textContent(), new RegExp(`${UNIT}：已按文件更新，当前状态“已提交”`));
  assert.equal(await committee.reviewStage(), "submitted");
  const seen = await committee.reviewHistory();
  assert.equal(seen.length, 6);
  assert.deepEqual(seen[4], { side: "unit", text: `${t} ${UNIT} 修改 1 项：${TITLE("fzdy")}` });
  assert.deepEqual(seen[5], { side: "unit", text: `${t} ${UNIT} 提交审核` });
  await committee.goSection("s3");
  assert.equal(await ownChoice(committee, "fzdy"), REVISED.fzdy.level);
  assert.deepEqual(await committee.reviewTotals(), expectedReview(own, reviewed).totals);

  // The same file again changes nothing, and says so.
  await committee.importFile(file);
  await committee.total.waitFor();
  assert.match(await committee.notice.textContent(), new RegExp(`${UNIT}：文件与本机保存的内容相同，未作更改`));
  assert.equal(await committee.reviewStage(), "submitted");
  assert.equal((await committee.reviewHistory()).length, 6);
  // And the first, older file is not taken over the review kept here.
  await committee.importFile(course.submitted);
  await committee.total.waitFor();
  assert.match(await committee.notice.textContent(), new RegExp(`${UNIT}：本机保存的审核记录比文件更新，未导入`));
  assert.equal(await committee.reviewStage(), "submitted");
  assert.equal((await committee.reviewHistory()).length, 6);
  await committee.goSection("s3");
  assert.equal(await ownChoice(committee, "fzdy"), REVISED.fzdy.level);
  await committee.backToList();
  assert.deepEqual(await committee.entryUnits(), [UNIT], "one copy, not two");
  await committee.entry(UNIT).getByTestId("open").click();
  await committee.total.waitFor();
  assert.deepEqual(cErrors, []);
});

test("the committee signs off: everything is read-only, after a reload too, until reopened with a reason", async () => {
  assert.ok(course.resubmitted, "the resubmitted file");
  const { app, page, errors } = course.committee;
  const t = course.today;
  assert.equal(await app.reviewName(), REVIEWER, "the last reviewer's name is offered");
  await app.startReview();
  // The revision is accepted; the comment on it stays.
  await app.goSection("s3");
  await app.acceptOwn("fzdy");
  const own = { ...OWN, ...REVISED };
  const reviewed = { ...own, dydh: FOUND.dydh, hj: FOUND.hj };
  const want = expectedReview(own, reviewed);
  assert.deepEqual(want.totals, { own: "94", reviewed: "88.5", difference: "-5.5" });
  assert.deepEqual(await app.reviewTotals(), want.totals);
  assert.deepEqual(await app.reviewSections(), want.sections);
  assert.deepEqual(await app.itemReviewShown("fzdy"), {
    differs: "true", own: "6", reviewed: "6", difference: "0", answer: null, comment: null,
  });

  await app.signOff();
  assert.equal(await app.reviewStageText(), "已审定");
  assert.equal((await page.getByTestId("review-signed").textContent()).trim(), `审定人：${REVIEWER} ${t}`);
  const history = await app.reviewHistory();
  assert.deepEqual(history.slice(6), [
    { side: "reviewer", text: `${t} ${REVIEWER} 开始审核` },
    { side: "reviewer", text: `${t} ${REVIEWER} 审核意见 3 项：${TITLE("dydh")}、${TITLE("fzdy")}、${TITLE("hj")}` },
    { side: "reviewer", text: `${t} ${REVIEWER} 审定签字` },
  ]);
  assert.deepEqual(await app.reviewTotals(), want.totals);

  /** Every section's cards, the facts, the header and the list: nothing to change. */
  async function readOnly(when) {
    for (const s of RUBRIC.sections) {
      await app.goSection(s.id);
      assert.deepEqual(await app.enabledFields(), ["review-name", "review-reason", "differing-only"], `${when}, ${s.id}`);
      assert.equal(await page.locator("[data-testid=item] button:enabled").count(), 0, `${when}, ${s.id}: no button on the cards`);
    }
    assert.ok(await page.getByTestId("meta-unit").isDisabled(), `${when}: header`);
    await app.tab("rectification");
    assert.equal(await page.getByTestId("rect-row").count(), 1);
    assert.deepEqual(await app.enabledFields(), ["review-name", "review-reason", "differing-only"], `${when}, 问题清单`);
    for (const id of ["prefill", "add-row", "remove-row"]) {
      assert.ok(await page.getByTestId(id).isDisabled(), `${when}: ${id}`);
    }
    await app.tab("scoring");
  }
  await readOnly("signed off");
  const signed = await app.exportAssessment();
  assert.equal(signed.json.review.stage, "approved");
  assert.deepEqual(signed.json.review.signed, { name: REVIEWER, date: t });
  course.approved = signed;

  await page.reload();
  await app.total.waitFor();
  assert.equal(await app.reviewStage(), "approved");
  assert.equal((await page.getByTestId("review-signed").textContent()).trim(), `审定人：${REVIEWER} ${t}`);
  await readOnly("after a reload");

  // Reopening without a reason is refused, and nothing changes.
  await app.reopen("");
  assert.match(await app.notice.textContent(), /请填写姓名（重新打开还需填写原因），未作任何更改。/);
  assert.equal(await app.reviewStage(), "approved");
  assert.equal((await app.reviewHistory()).length, 9);
  await app.reopen("   ");
  assert.equal(await app.reviewStage(), "approved", "a blank reason is no reason");
  assert.deepEqual(JSON.parse((await app.exportAssessment()).text), signed.json);

  const reason = "支部补交第三季度党员大会记录，需重新核定";
  await app.reopen(reason, { stage: "in_review" });
  assert.equal(await app.reviewStageText(), "审核中");
  assert.equal(await page.getByTestId("review-signed").count(), 0);
  const after = await app.reviewHistory();
  assert.equal(after.length, 10);
  assert.deepEqual(after[9], { side: "reviewer", text: `${t} ${REVIEWER} 重新打开，原因：${reason}` });
  // The reviewer's turn again: it can assess the items anew.
  await app.goSection("s1");
  assert.ok(await app.itemReview("dydh").getByTestId("accept-own").isEnabled());
  const reopened = await app.exportAssessment();
  assert.deepEqual(reopened.json.review.history.at(-1), { step: "reopen", reason, who: REVIEWER, when: t });
  assert.equal(reopened.json.review.signed, null);
  assert.deepEqual(errors, []);
});

test("the signed-off file opens read-only in a third, fresh browser", async () => {
  assert.ok(course.approved, "the signed-off file");
  const { app, page, context, errors } = await freshBrowser();
  await app.chooseFile("import-file", course.approved);
  await app.total.waitFor();
  assert.match(await app.notice.textContent(), new RegExp(`已导入并打开：${UNIT}`));
  assert.equal(await app.reviewStage(), "approved");
  assert.equal(await app.reviewStageText(), "已审定");
  assert.equal((await page.getByTestId("review-signed").textContent()).trim(), `审定人：${REVIEWER} ${course.today}`);
  assert.deepEqual(await app.reviewTotals(), { own: "94", reviewed: "88.5", difference: "-5.5" });
  for (const s of RUBRIC.sections) {
    await app.goSection(s.id);
    assert.deepEqual(await app.enabledFields(), ["review-name", "review-reason", "differing-only"], s.id);
    assert.equal(await page.locator("[data-testid=item] button:enabled").count(), 0, `${s.id}: no button on the cards`);
  }
  assert.ok(await page.getByTestId("meta-unit").isDisabled());
  assert.deepEqual(await app.itemReviewShown("fzdy"), {
    differs: "true", own: "6", reviewed: "6", difference: "0", answer: null, comment: `审核意见：${COMMENTS.fzdy}`,
  });
  course.third = { app, page, context, errors };
  assert.deepEqual(errors, []);
});

test("signed off, the score table and 问题清单 can still be exported (reading is not changing)", async () => {
  assert.ok(course.third, "the signed-off assessment in the third browser");
  const { app, page, context, errors } = course.third;
  try {
    await app.tab("rectification");
    assert.equal(await page.getByTestId("rect-row").count(), 1);
    assert.ok(await page.getByTestId("add-row").isDisabled(), "the list itself is read-only");
    for (const id of ["export-rect-csv", "export-xlsx"]) {
      assert.ok(await page.getByTestId(id).isEnabled(), `${id} is disabled on a signed-off assessment`);
    }
    const csv = await app.download(page.getByTestId("export-rect-csv"));
    assert.equal(csv.name, `问题清单-${UNIT}-2020.csv`);
    const xlsx = await app.download(page.getByTestId("export-xlsx"));
    assert.equal(xlsx.name, `逐项评分表-${UNIT}-2020.xlsx`);
    assert.deepEqual([...xlsx.bytes.subarray(0, 2)], [0x50, 0x4b], "a workbook (zip)");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await course.branch?.context.close();
    await course.committee?.context.close();
  }
});

test("a returned file over changes made since: the choice; cancel changes nothing, the choice keeps exactly what was chosen", async () => {
  const unit = "外科第二党支部";
  const branch = await freshBrowser();
  const committee = await freshBrowser();
  const t = await today(branch.page);
  const { app } = branch;
  await app.chooseFile("import-file", branchSelfCheck(unit));
  await app.total.waitFor();
  await app.submitForReview();
  const sent = await app.exportAssessment();

  // The committee reviews what was sent and returns it.
  await committee.app.chooseFile("import-file", sent);
  await committee.app.total.waitFor();
  await committee.app.startReview(REVIEWER);
  await committee.app.goSection("s3");
  await committee.app.reassess("hj", { check: "not_done" });
  await committee.app.comment("hj", "未按期换届");
  await committee.app.returnForRevision();
  const back = await committee.app.exportAssessment();

  // Meanwhile the branch withdrew its submission and changed two items.
  await app.withdrawSubmission(unit);
  assert.equal(await app.reviewStageText(), "自评中");
  await app.goSection("s1");
  await app.answer("dydh", { counts: ["1", "0", "1", "1"] });
  await app.answer("zwh", { counts: ["2", "2", "2", "2", "2", "2", "2", "2", "2", "2", "2", "2"] });
  const mine = await app.exportAssessment();
  assert.deepEqual((await app.reviewHistory()).map((h) => h.text), [`${t} ${unit} 提交审核`, `${t} ${unit} 撤回提交`]);

  // The returned file comes: both versions of each differing item.
  await app.importFile(back);
  await app.arrival().waitFor();
  assert.ok(await branch.page.getByTestId("arrival-diverged").isVisible());
  assert.deepEqual(await app.arrivalLines(), [
    { title: TITLE("dydh"), here: "保留本机：1、0、1、1", file: "采用文件：1、1、1、1", choice: "here" },
    { title: TITLE("zwh"), here: `保留本机：${Array(12).fill("2").join("、")}`, file: `采用文件：${Array(12).fill("1").join("、")}`, choice: "here" },
  ]);

  // Cancelled: nothing changes.
  await app.cancelArrival();
  await app.total.waitFor();
  assert.equal(await app.reviewStage(), "draft");
  assert.deepEqual((await app.exportAssessment()).json, mine.json);
  await app.backToList();
  assert.deepEqual(await app.entryUnits(), [unit]);

  // Again, taking the file's 党员大会 and keeping this browser's 支委会.
  await app.chooseFile("import-file", back);
  await app.arrival().waitFor();
  await app.chooseArrival(TITLE("dydh"), "file");
  assert.deepEqual((await app.arrivalLines()).map((l) => l.choice), ["file", "here"]);
  await app.applyArrival();
  await app.total.waitFor();
  assert.match(await app.notice.textContent(), new RegExp(`${unit}：已按文件更新，保留本机 1 项，当前状态“已退回”`));
  assert.equal(await app.reviewStage(), "returned");
  await app.goSection("s1");
  assert.deepEqual(await ownCounts(app, "dydh"), ["1", "1", "1", "1"]);
  assert.deepEqual(await ownCounts(app, "zwh"), Array(12).fill("2"));
  await app.goSection("s3");
  assert.deepEqual(await app.itemReviewShown("hj"), {
    differs: "true", own: "6", reviewed: "0", difference: "-6", answer: "考核认定：未完成", comment: "审核意见：未按期换届",
  });
  // The file's review stands; the withdrawal made here is not in it.
  assert.deepEqual((await app.reviewHistory()).map((h) => h.text), [
    `${t} ${unit} 提交审核`, `${t} ${REVIEWER} 开始审核`, `${t} ${REVIEWER} 审核意见 1 项：${TITLE("hj")}`, `${t} ${REVIEWER} 退回修改`,
  ]);
  const merged = await app.exportAssessment();
  assert.deepEqual(merged.json.answers.items, { ...back.json.answers.items, zwh: mine.json.answers.items.zwh });
  assert.deepEqual(merged.json.review, back.json.review);
  await app.backToList();
  assert.deepEqual(await app.entryUnits(), [unit], "merged into the one copy");
  assert.deepEqual(branch.errors, []);
  assert.deepEqual(committee.errors, []);
  await branch.context.close();
  await committee.context.close();
});

test("in the 360 px layout the review bar and an item's review are visible and usable, without sideways scrolling", async () => {
  const unit = "儿科党支部";
  const { app, page, context, errors } = await freshBrowser({ viewport: { width: 360, height: 780 } });
  const noScroll = async (when) => {
    const w = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(w <= 360, `${when}: the page is ${w} px wide`);
  };
  // A file sent without the submit step: the committee starts directly.
  await app.chooseFile("import-file", branchSelfCheck(unit, { zwh: 2 }));
  await app.total.waitFor();
  const bar = app.reviewBar();
  await bar.scrollIntoViewIfNeeded();
  assert.ok(await bar.isVisible());
  const within = async (locator, what) => {
    const b = await locator.boundingBox();
    assert.ok(b && b.x >= 0 && b.x + b.width <= 360, `${what} spans ${b?.x}–${b ? b.x + b.width : "?"} px`);
  };
  await within(bar, "the review bar");
  await within(page.getByTestId("review-start"), "开始审核");
  assert.equal(await app.reviewStageText(), "自评中");
  await noScroll("draft");
  await app.startReview(REVIEWER);
  await noScroll("in review");

  await app.goSection("s3");
  const review = app.itemReview("hj");
  await review.scrollIntoViewIfNeeded();
  assert.ok(await review.isVisible());
  await app.reassess("hj", { check: "not_done" });
  await app.comment("hj", "未按期换届");
  await within(review, "the item's review");
  await within(app.item("hj").getByTestId("reviewer-input"), "the reviewer's input");
  for (const id of ["own-score", "reviewed-score", "score-difference", "accept-own", "reassess"]) {
    assert.ok(await review.getByTestId(id).isVisible(), id);
  }
  assert.deepEqual(await app.itemReviewShown("hj"), {
    differs: "true", own: "6", reviewed: "0", difference: "-6", answer: null, comment: null,
  });
  await noScroll("an item assessed anew");
  assert.deepEqual(await app.reviewTotals(), { own: "98", reviewed: "92", difference: "-6" });
  assert.deepEqual((await app.reviewSections()).map((s) => s.difference), ["0", "0", "-6"]);
  await within(page.getByTestId("review-sections"), "the section table");
  await within(page.getByTestId("review-return"), "退回修改");

  await app.returnForRevision();
  assert.equal(await app.reviewStageText(), "已退回");
  await review.scrollIntoViewIfNeeded();
  assert.equal(await app.itemText("hj", "item-comment"), "审核意见：未按期换届");
  assert.ok(await app.item("hj").getByTestId("item-comment").isVisible());
  await app.reviewHistory();
  await noScroll("returned, history open");
  assert.deepEqual(errors, []);
  await context.close();
});
