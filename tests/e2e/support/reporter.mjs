// Reporter for node:test that prints one line per test and ends with
// "N passed, N failed" (plus ", N skipped" when any were skipped); what a
// spec prints on its standard output is passed on as it comes.
export default async function* reporter(source) {
  let passed = 0, failed = 0, skipped = 0;
  const failures = [];
  for await (const event of source) {
    const { type, data } = event;
    // Measurements a spec prints ("capacity: …") are passed on.
    if (type === "test:stdout") { yield data.message; continue; }
    if (type !== "test:pass" && type !== "test:fail") continue;
    if (data.details?.type === "suite") continue;
    const indent = "  ".repeat(data.nesting ?? 0);
    if (type === "test:pass" && (data.skip || data.todo)) {
      skipped++;
      yield `${indent}- ${data.name} (skipped)\n`;
    } else if (type === "test:pass") {
      passed++;
      yield `${indent}✓ ${data.name} (${Math.round(data.details?.duration_ms ?? 0)} ms)\n`;
    } else {
      failed++;
      const err = data.details?.error;
      const cause = err?.cause ?? err;
      const message = cause?.stack ?? cause?.message ?? String(cause);
      failures.push(`${data.file ?? ""} › ${data.name}\n${message}`);
      yield `${indent}✗ ${data.name}\n`;
    }
  }
  for (const f of failures) yield `\nFAILED ${f}\n`;
  yield `\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}\n`;
}
