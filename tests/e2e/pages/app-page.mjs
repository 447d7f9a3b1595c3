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
}
