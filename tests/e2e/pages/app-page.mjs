// Page object for the app: what a user sees and does, by stable test hooks.
import { readFile } from "node:fs/promises";
import { BASE_URL } from "../support/browser.mjs";

export class AppPage {
  constructor(page) {
    this.page = page;
    this.title = page.locator("h1").first();
    this.rubricSelect = page.getByTestId("rubric-select");
    this.total = page.getByTestId("total-score");
    this.grade = page.getByTestId("grade");
    this.completion = page.getByTestId("completion");
    this.sectionScores = page.getByTestId("section-score");
    this.items = page.getByTestId("item");
    this.notice = page.getByTestId("notice");
  }

  /** Opens the app and waits until the WebAssembly has rendered it. */
  async open(url = BASE_URL) {
    await this.page.goto(url);
    await this.title.waitFor({ state: "visible" });
    await this.page.locator("[data-testid=rubric-select], [data-testid=total-score]").first().waitFor();
  }

  async rubricOptions() {
    return this.rubricSelect.locator("option").allTextContents();
  }

  /** Picks a rubric in the new-assessment form by its id. */
  async pickRubric(id) {
    const value = await this.rubricSelect.locator(`option[data-rubric="${id}"]`).getAttribute("value");
    await this.rubricSelect.selectOption(value);
  }

  /** Fills the new-assessment form and presses start, without waiting. */
  async begin({ rubric, unit, year, assessor } = {}) {
    if (rubric) await this.pickRubric(rubric);
    if (unit !== undefined) await this.page.getByTestId("new-unit").fill(unit);
    if (year !== undefined) await this.page.getByTestId("new-year").fill(String(year));
    if (assessor !== undefined) await this.page.getByTestId("new-assessor").fill(assessor);
    await this.page.getByTestId("start").click();
  }

  /** Starts a new assessment and waits for the scoring screen (its rubric's
   * file fetched, if it was not yet). */
  async start(options = {}) {
    await this.begin(options);
    await this.total.waitFor();
  }

  item(id) {
    return this.page.locator(`[data-testid=item][data-item="${id}"]`);
  }

  async goSection(id) {
    await this.page.locator(`[data-testid=section-link][data-section="${id}"]`).click();
  }

  async totalText() {
    return (await this.total.textContent()).trim();
  }

  // ---- The self-scoring workflow ------------------------------------------

  /** The section link of section `id` in the section navigation. */
  sectionLink(id) {
    return this.page.locator(`[data-testid=section-link][data-section="${id}"]`);
  }

  /** The id of the section shown (the link marked aria-current). */
  async currentSection() {
    return this.page.locator("[data-testid=section-link][aria-current=step]").getAttribute("data-section");
  }

  /** The score panel's line for section `id`. */
  sectionScore(id) {
    return this.page.locator(`[data-testid=section-score][data-section="${id}"]`);
  }

  /** "20.6 / 22" (or "不适用") as shown for section `id` in the score panel. */
  async sectionScoreValue(id) {
    // The line is the section's title (a button) followed by its value.
    return this.sectionScore(id).evaluate((li) => {
      const title = li.querySelector("button")?.textContent ?? "";
      return li.textContent.slice(title.length).trim();
    });
  }

  /** The open assessment's screen: "scoring", "rectification" or "report". */
  async screen() {
    return this.page.locator(".djzp-workspace[data-screen]").getAttribute("data-screen");
  }

  /** Switches to a screen of the open assessment by its tab. */
  async tab(name) {
    await this.page.getByTestId(`tab-${name}`).click();
    await this.page.locator(`.djzp-workspace[data-screen="${name}"]`).waitFor();
  }

  async itemStatus(id) {
    return this.item(id).getAttribute("data-status");
  }

  /** Text of a hook (`data-testid`) inside item `id`'s card. */
  async itemText(id, testid) {
    return (await this.item(id).getByTestId(testid).textContent()).trim();
  }

  /**
   * Answers item `id` (its card must be on screen) the way a user does:
   *   { check: "done" | "partly" | "not_done" }   checklist
   *   { level: "较好" }                             levels
   *   { count: "3" }                               count, deduction, bonus
   *   { ratio: ["18", "19"] }                      ratio
   *   { counts: ["1", "-", …] }                    frequency (one per period)
   *   { completed: "2020-09-30" } / { notDone: true }   deadline
   *   { triggered: true | false }                  veto
   *   { na: true | false }                         the N/A tick
   *   { note: "…" }                                evidence note
   * Keys may be combined ({ na: true, note: "…" }).
   */
  async answer(id, a) {
    const card = this.item(id);
    if (a.na !== undefined) await card.locator("[data-field=na]").setChecked(a.na);
    if (a.check !== undefined) await card.locator(`input[type=radio][value="${a.check}"]`).check();
    if (a.level !== undefined) await card.locator(`input[type=radio][value="${a.level}"]`).check();
    if (a.triggered !== undefined) {
      await card.locator(`input[type=radio][value="${a.triggered ? "yes" : "no"}"]`).check();
    }
    if (a.count !== undefined) await card.locator("[data-field=count]").fill(String(a.count));
    if (a.ratio !== undefined) {
      await card.locator("[data-field=numerator]").fill(String(a.ratio[0]));
      await card.locator("[data-field=denominator]").fill(String(a.ratio[1]));
    }
    if (a.counts !== undefined) {
      for (const [i, c] of a.counts.entries()) {
        await card.locator(`input[data-period="${i + 1}"]`).fill(String(c));
      }
    }
    if (a.completed !== undefined) await card.locator("[data-field=completed]").fill(a.completed);
    if (a.notDone !== undefined) await card.locator("[data-field=not-done]").setChecked(a.notDone);
    if (a.note !== undefined) await card.locator("[data-field=note]").fill(a.note);
  }

  /** The items losing points, in the order listed: [{ item, lost, gap }]. */
  async shortfalls() {
    return this.page.getByTestId("shortfall").evaluateAll((lis) =>
      lis.map((li) => ({
        item: li.dataset.item,
        lost: li.querySelector(".djzp-lost")?.textContent.trim(),
        gap: li.querySelector("[data-testid=shortfall-gap]")?.textContent.trim() ?? null,
      })),
    );
  }

  /** Clicks 导出文件 and returns the download's file name, text and JSON. */
  async exportAssessment() {
    const { name, text } = await this.download(this.page.getByTestId("export"));
    return { name, text, json: JSON.parse(text) };
  }

  /** Clicks `button` and reads the file it downloads: name, bytes, text. */
  async download(button) {
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      button.click(),
    ]);
    const failure = await download.failure();
    if (failure) throw new Error(`the download failed: ${failure}`);
    const bytes = await readFile(await download.path());
    return { name: download.suggestedFilename(), bytes, text: bytes.toString("utf8") };
  }

  /** Back to the list of assessments. */
  async backToList() {
    await this.page.getByTestId("back").click();
    await this.page.getByTestId("rubric-select").waitFor();
  }

  /** Chooses a file in the picker with test id `testid` ("import-file", "import-rubric"). */
  async chooseFile(testid, file) {
    await this.chooseFiles(testid, [file]);
  }

  /** Chooses several files at once in the picker with test id `testid`. */
  async chooseFiles(testid, files) {
    await this.page.getByTestId(testid).setInputFiles(files.map(({ name, text }) => ({
      name,
      mimeType: "application/json",
      buffer: Buffer.from(text, "utf8"),
    })));
  }

  /** Chooses a file of bytes (a workbook) in the picker with test id `testid`. */
  async chooseBytes(testid, name, bytes, mimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") {
    await this.page.getByTestId(testid).setInputFiles([{ name, mimeType, buffer: Buffer.from(bytes) }]);
  }

  /** Drops a file named `name` holding `text` onto the zone with test id `zone`. */
  async dropFile(zone, file) {
    await this.dropFiles(zone, [file]);
  }

  /** Drops several files at once onto the zone with test id `zone`. */
  async dropFiles(zone, files) {
    const dataTransfer = await this.page.evaluateHandle((files) => {
      const dt = new DataTransfer();
      for (const { name, text } of files) dt.items.add(new File([text], name, { type: "application/json" }));
      return dt;
    }, files);
    const target = this.page.getByTestId(zone);
    await target.dispatchEvent("dragenter", { dataTransfer });
    await target.dispatchEvent("dragover", { dataTransfer });
    await target.dispatchEvent("drop", { dataTransfer });
  }

  /** The rows of the saved-assessments list. */
  entries() {
    return this.page.getByTestId("entry");
  }

  /** The saved-assessments row whose unit is exactly `unit`. */
  entry(unit) {
    return this.entries().filter({
      has: this.page.getByTestId("entry-unit").getByText(unit, { exact: true }),
    });
  }

  /** The units listed, in order. */
  async entryUnits() {
    return this.page.getByTestId("entry-unit").allTextContents();
  }

  // ---- The committee's review (审核) --------------------------------------

  /** The review bar of the open assessment. */
  reviewBar() {
    return this.page.getByTestId("review-bar");
  }

  /** The review's stage code: draft, submitted, in_review, returned, approved. */
  async reviewStage() {
    return this.reviewBar().getAttribute("data-stage");
  }

  /** The stage badge as shown: 自评中, 已提交, 审核中, 已退回, 已审定. */
  async reviewStageText() {
    return (await this.page.getByTestId("review-stage").textContent()).trim();
  }

  /** The name the next review step is taken under, as the field shows it. */
  async reviewName() {
    return this.page.getByTestId("review-name").inputValue();
  }

  /**
   * Takes a review step by its button (test id "review-submit",
   * "review-start", "review-withdraw", "review-return", "review-signoff",
   * "review-reopen"), under `name` if given (else the name the field
   * shows), and, when `stage` is given, waits until the bar is there.
   */
  async reviewStep(testid, { name, stage } = {}) {
    if (name !== undefined) await this.page.getByTestId("review-name").fill(name);
    await this.page.getByTestId(testid).click();
    if (stage) await this.page.locator(`[data-testid=review-bar][data-stage="${stage}"]`).waitFor();
  }

  /** 提交审核 (or 修改后重新提交 after a return). */
  async submitForReview(name) {
    await this.reviewStep("review-submit", { name, stage: "submitted" });
  }

  /** 撤回提交. */
  async withdrawSubmission(name) {
    await this.reviewStep("review-withdraw", { name, stage: "draft" });
  }

  /** 开始审核. */
  async startReview(name) {
    await this.reviewStep("review-start", { name, stage: "in_review" });
  }

  /** 退回修改. */
  async returnForRevision(name) {
    await this.reviewStep("review-return", { name, stage: "returned" });
  }

  /** 审定签字. */
  async signOff(name) {
    await this.reviewStep("review-signoff", { name, stage: "approved" });
  }

  /** 重新打开 with `reason` typed in its field; `stage` to wait for, if it should work. */
  async reopen(reason, { name, stage } = {}) {
    await this.page.getByTestId("review-reason").fill(reason);
    await this.reviewStep("review-reopen", { name, stage });
  }

  /** The totals beside each other: { own, reviewed, difference } as shown. */
  async reviewTotals() {
    const t = this.page.getByTestId("review-totals");
    const text = async (id) => (await t.getByTestId(id).textContent()).trim();
    return { own: await text("own-total"), reviewed: await text("reviewed-total"), difference: await text("total-difference") };
  }

  /** The per-section table: [{ id, title, own, reviewed, difference }], in order. */
  async reviewSections() {
    return this.page.getByTestId("review-sections").locator("tbody tr[data-section]").evaluateAll((trs) =>
      trs.map((tr) => {
        const [title, own, reviewed, difference] = [...tr.cells].map((c) => c.textContent.trim());
        return { id: tr.dataset.section, title, own, reviewed, difference };
      }));
  }

  /** The filter 只看有差异的项（N） and its label as shown. */
  differingOnly() {
    return this.page.getByTestId("differing-only");
  }

  async differingOnlyLabel() {
    return (await this.differingOnly().locator("xpath=..").textContent()).trim();
  }

  /** Ticks or clears the filter and waits for the screen that follows. */
  async showDifferingOnly(on) {
    await this.differingOnly().setChecked(on);
    await this.page.getByTestId("differing-items").waitFor({ state: on ? "visible" : "detached" });
  }

  /** The ids of the item cards the filtered screen shows, in order. */
  async differingItems() {
    return this.page.getByTestId("differing-items").getByTestId("item")
      .evaluateAll((cards) => cards.map((c) => c.dataset.item));
  }

  /** The review part of item `id`'s card. */
  itemReview(id) {
    return this.item(id).getByTestId("item-review");
  }

  /**
   * What item `id`'s card shows of the review: { differs, own, reviewed,
   * difference, answer, comment } (answer: the 考核认定 line, comment: the
   * 审核意见 line, each null when absent — both are absent while reviewing).
   */
  async itemReviewShown(id) {
    const r = this.itemReview(id);
    const text = async (testid) => {
      const l = r.getByTestId(testid);
      return (await l.count()) ? (await l.textContent()).trim() : null;
    };
    return {
      differs: await r.getAttribute("data-differs"),
      own: await text("own-score"),
      reviewed: await text("reviewed-score"),
      difference: await text("score-difference"),
      answer: await text("reviewer-answer"),
      comment: await text("item-comment"),
    };
  }

  /** 认可自评 on item `id` (while reviewing). */
  async acceptOwn(id) {
    await this.itemReview(id).getByTestId("accept-own").click();
    await this.item(id).getByTestId("reviewer-input").waitFor({ state: "detached" });
  }

  /**
   * 另行评定 on item `id` (while reviewing) and gives the reviewer's answer
   * with the same input as the unit's, in the form `answer` takes
   * ({ check }, { level }, { counts }, { count }…).
   */
  async reassess(id, a) {
    await this.itemReview(id).getByTestId("reassess").click();
    const input = this.item(id).getByTestId("reviewer-input");
    await input.waitFor();
    if (a.check !== undefined) await input.locator(`input[type=radio][value="${a.check}"]`).check();
    if (a.level !== undefined) await input.locator(`input[type=radio][value="${a.level}"]`).check();
    if (a.count !== undefined) await input.locator("[data-field=count]").fill(String(a.count));
    if (a.counts !== undefined) {
      for (const [i, c] of a.counts.entries()) await input.locator(`input[data-period="${i + 1}"]`).fill(String(c));
    }
  }

  /** Types the reviewer's comment on item `id` (while reviewing). */
  async comment(id, text) {
    await this.itemReview(id).locator("textarea[data-field=comment]").fill(text);
  }

  /** The history lines, opened as a user opens them: [{ side, text }]. */
  async reviewHistory() {
    const details = this.page.getByTestId("review-history");
    if (!(await details.evaluate((d) => d.open))) await details.locator("summary").click();
    return details.getByTestId("history-line").evaluateAll((lis) =>
      lis.map((li) => ({ side: li.dataset.side, text: li.innerText.replace(/\s+/g, " ").trim() })));
  }

  /** The form fields (input, select, textarea) of the open assessment a user can still change, by test id or field. */
  async enabledFields() {
    return this.page.locator(".djzp-workspace").locator("input:enabled, select:enabled, textarea:enabled")
      .evaluateAll((els) => els.map((e) => e.dataset.testid ?? e.dataset.field ?? `${e.tagName.toLowerCase()}:${e.type}`));
  }

  // ---- A file that came back: the choice ---------------------------------

  /** The choice panel for a file that came back over changes made here. */
  arrival() {
    return this.page.getByTestId("arrival");
  }

  /** Its lines: [{ title, here, file, choice }] (choice: "here" or "file", as ticked). */
  async arrivalLines() {
    return this.arrival().getByTestId("arrival-line").evaluateAll((trs) => trs.map((tr) => ({
      title: tr.cells[0].textContent.trim(),
      here: tr.cells[1].textContent.trim(),
      file: tr.cells[2].textContent.trim(),
      choice: tr.querySelector("input[data-choice]:checked")?.dataset.choice ?? null,
    })));
  }

  /** Ticks "here" (保留本机) or "file" (采用文件) on the line titled `title`. */
  async chooseArrival(title, which) {
    const line = this.arrival().getByTestId("arrival-line").filter({
      has: this.page.locator("th", { hasText: title }),
    });
    await line.locator(`input[data-choice="${which}"]`).check();
  }

  /** 按所选合并 / 取消: the panel closes either way. */
  async applyArrival() {
    await this.page.getByTestId("arrival-apply").click();
    await this.arrival().waitFor({ state: "detached" });
  }

  async cancelArrival() {
    await this.page.getByTestId("arrival-cancel").click();
    await this.arrival().waitFor({ state: "detached" });
  }

  /** Back to the list (if an assessment is open) and imports `file` there by the file picker. */
  async importFile(file) {
    if (await this.page.getByTestId("back").count()) await this.backToList();
    await this.chooseFile("import-file", file);
  }
}
