// Reading the app's CSV exports back as a spreadsheet program does.

/**
 * Parses CSV text (RFC 4180: commas, quoted cells with doubled quotes,
 * CRLF after every row) into rows of cells. Anything else the app must not
 * write — a bare line feed outside quotes, a quote inside an unquoted cell,
 * a last row without its CRLF — throws, so a test sees it.
 */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = "";
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') cell += c;
      else if (text[i + 1] === '"') { cell += '"'; i++; }
      else { quoted = false; wasQuoted = true; }
    } else if (c === '"') {
      if (cell !== "" || wasQuoted) throw new Error(`a quote inside an unquoted cell at ${i}`);
      quoted = true;
    } else if (c === ",") {
      row.push(cell); cell = ""; wasQuoted = false;
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell); rows.push(row); row = []; cell = ""; wasQuoted = false; i++;
    } else if (c === "\n" || c === "\r") {
      throw new Error(`a bare line break outside quotes at ${i}`);
    } else {
      if (wasQuoted) throw new Error(`text after a closing quote at ${i}`);
      cell += c;
    }
  }
  if (quoted) throw new Error("an unclosed quote");
  if (cell !== "" || row.length) throw new Error("the last row has no CRLF");
  return rows;
}
