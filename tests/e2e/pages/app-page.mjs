// Page object for the app: what a user sees and does, by stable test hooks.
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

  /** Starts a new assessment and waits for the scoring screen. */
  async start({ rubric, unit, year, assessor } = {}) {
    if (rubric) await this.pickRubric(rubric);
    if (unit !== undefined) await this.page.getByTestId("new-unit").fill(unit);
    if (year !== undefined) await this.page.getByTestId("new-year").fill(String(year));
    if (assessor !== undefined) await this.page.getByTestId("new-assessor").fill(assessor);
    await this.page.getByTestId("start").click();
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
}
