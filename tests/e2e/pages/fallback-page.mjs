// Page object for the start-up guard's message box (#djzp-fallback, shown by
// web/fallback.js when the app cannot run). Its data-state says which message
// shows: "unsupported" (no usable WebAssembly), "failed" (with data-cause
// "error", "trap" or "timeout") or "file" (the web build opened from disk).
export class FallbackPage {
  constructor(page) {
    this.page = page;
    this.box = page.locator("#djzp-fallback");
    this.detail = this.box.locator("[data-detail]");
  }

  /** Waits until the box is visible. */
  async waitForShown({ timeout = 10_000 } = {}) {
    await this.box.waitFor({ state: "visible", timeout });
  }

  async state() {
    return this.box.getAttribute("data-state");
  }

  async cause() {
    return this.box.getAttribute("data-cause");
  }

  /** The message that shows, split into its Chinese and English text. */
  async message() {
    const part = this.box.locator("[data-reason]:visible");
    return {
      heading: (await part.locator("h2").innerText()).trim(),
      zh: (await part.locator("p[lang=zh-CN]").innerText()).trim(),
      en: (await part.locator("p[lang=en]").innerText()).trim(),
    };
  }
}
