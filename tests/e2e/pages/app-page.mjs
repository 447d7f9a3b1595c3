// Page object for the app: what a user sees and does, by stable test hooks.
import { BASE_URL } from "../support/browser.mjs";

export class AppPage {
  constructor(page) {
    this.page = page;
    this.title = page.locator("h1");
    this.rubricSelect = page.getByTestId("rubric-select");
    this.total = page.getByTestId("total-score");
    this.grade = page.getByTestId("grade");
    this.completion = page.getByTestId("completion");
    this.sectionScores = page.getByTestId("section-score");
  }

  /** Opens the app and waits until the WebAssembly has rendered it. */
  async open(url = BASE_URL) {
    await this.page.goto(url);
    await this.total.waitFor({ state: "visible" });
  }

  async rubricOptions() {
    return this.rubricSelect.locator("option").allTextContents();
  }

  async pickRubric(id) {
    await this.rubricSelect.selectOption(id);
  }
}
