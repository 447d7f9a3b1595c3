// Watching what a page writes to local storage.

/** Counts the page's writes to local storage under `key` in `window.__writes`, from before its scripts run. */
export async function countWrites(page, key) {
  await page.addInitScript((key) => {
    const set = Storage.prototype.setItem;
    window.__writes = 0;
    Storage.prototype.setItem = function (k, v) {
      if (k === key) window.__writes += 1;
      return set.call(this, k, v);
    };
  }, key);
}
