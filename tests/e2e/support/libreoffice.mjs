// Opening the app's .xlsx downloads in a real spreadsheet program:
// LibreOffice headless (Debian's libreoffice-calc-nogui, installed by
// scripts/setup --browsers) converts a workbook to one CSV file per sheet,
// with every cell as the program shows it.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Comma, double quote, UTF-8, from row 1, cells as shown ("formatted"),
// every sheet (-1): LibreOffice 7.4 writes <name>-<sheet>.csv for each.
const FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1";

/** Rows of cells of CSV text as LibreOffice writes it (LF line ends). */
function parse(text) {
  const rows = [];
  let row = [], cell = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') cell += c;
      else if (text[i + 1] === '"') { cell += '"'; i++; }
      else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(cell); cell = ""; }
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(cell); rows.push(row); row = []; cell = "";
    } else cell += c;
  }
  if (cell !== "" || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

/**
 * The sheets of the workbook `bytes` as LibreOffice reads them:
 * `{ [sheet name]: rows of cells }`, in no particular order.
 */
export function sheetsOf(bytes) {
  const dir = mkdtempSync(join(tmpdir(), "djzp-lo-"));
  const file = join(dir, "book.xlsx");
  writeFileSync(file, bytes);
  execFileSync("soffice", [
    "--headless", "--norestore", "--nolockcheck",
    `-env:UserInstallation=file://${join(dir, "profile")}`,
    "--convert-to", FILTER, "--outdir", dir, file,
  ], { stdio: "pipe", timeout: 120_000 });
  const sheets = {};
  for (const name of readdirSync(dir)) {
    const m = /^book-(.+)\.csv$/.exec(name);
    if (m) sheets[m[1]] = parse(readFileSync(join(dir, name), "utf8"));
  }
  if (!Object.keys(sheets).length) throw new Error(`LibreOffice wrote no CSV for ${file}`);
  return sheets;
}
