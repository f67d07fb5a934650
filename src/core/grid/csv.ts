/**
 * CSV (RFC 4180) into the grid model. Pure: no Node or DOM imports, so every host can use it.
 * Lenient like Excel: stray quotes are kept as text and an unclosed quote runs to the end; it never throws.
 * Cell text is kept verbatim (no number conversion): the core parses amounts such as "12,993.72" itself.
 */
import type { CellValue, Grid } from "./grid";

export type CsvDelimiter = "," | ";" | "\t";

/** Tab first on ties: tabs almost never occur inside Chinese cell text, commas often do. */
const CANDIDATES: readonly CsvDelimiter[] = ["\t", ";", ","];

/** How many records to look at when the first ones (a title row, say) hold no delimiter at all. */
const SNIFF_RECORDS = 20;

/**
 * Pick the delimiter from the first record that contains any candidate outside quotes.
 * Usually that is the first line; looking further only helps a lone title line such as "2024年绩效目标表".
 */
export function detectCsvDelimiter(text: string): CsvDelimiter {
  const counts = new Map<string, number>();
  let inQuotes = false;
  let records = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      inQuotes = !inQuotes; // a doubled quote toggles twice, so it nets out
    } else if (!inQuotes && (ch === "\n" || ch === "\r")) {
      const best = pickDelimiter(counts);
      if (best) return best;
      if (++records >= SNIFF_RECORDS) break;
      if (ch === "\r" && text[i + 1] === "\n") i++;
    } else if (!inQuotes && (ch === "," || ch === ";" || ch === "\t")) {
      counts.set(ch, (counts.get(ch) ?? 0) + 1);
    }
  }
  return pickDelimiter(counts) ?? ",";
}

function pickDelimiter(counts: Map<string, number>): CsvDelimiter | undefined {
  let best: CsvDelimiter | undefined;
  let bestCount = 0;
  for (const d of CANDIDATES) {
    const n = counts.get(d) ?? 0;
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

/**
 * Parse CSV text into a grid. A UTF-8 BOM is dropped; CRLF, LF and lone CR all end a record outside quotes;
 * line breaks inside quotes become "\n" (as a cell shows them). Empty fields (quoted or not) become null;
 * an empty line becomes an empty row, as in `gridFromTsv`.
 */
export function gridFromCsv(name: string, text: string, delimiter?: CsvDelimiter): Grid {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delim = delimiter ?? detectCsvDelimiter(body);
  const rows: CellValue[][] = [];
  let row: CellValue[] = [];
  let field = "";
  let fieldStarted = false; // distinguishes an empty line ([]) from a line holding one empty field
  let inQuotes = false;

  const endField = (): void => {
    row.push(field === "" ? null : field);
    field = "";
    fieldStarted = false;
  };
  const endRecord = (): void => {
    if (fieldStarted || row.length > 0) endField();
    rows.push(row);
    row = [];
  };

  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (inQuotes) {
      if (ch === '"') {
        if (body[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else if (ch === "\r") {
        field += "\n";
        if (body[i + 1] === "\n") i++;
      } else {
        field += ch;
      }
      continue;
    }
    if (ch === delim) {
      endField();
      fieldStarted = true; // a trailing delimiter still opens one more (empty) field
    } else if (ch === "\n" || ch === "\r") {
      endRecord();
      if (ch === "\r" && body[i + 1] === "\n") i++;
    } else if (ch === '"' && field === "") {
      inQuotes = true;
      fieldStarted = true;
    } else {
      field += ch; // includes a stray quote in the middle of a field: Excel keeps it as text
      fieldStarted = true;
    }
  }
  // The last record has no line break after it; a final line break does not open another record.
  if (fieldStarted || row.length > 0) endRecord();
  return { name, rows };
}

/**
 * Tab-separated text (the seeds' format, and what Excel puts on the clipboard) into a grid. A cell that
 * starts with a quote may hold line breaks, as Excel writes them; other quotes are plain text.
 */
export function gridFromTsv(name: string, text: string): Grid {
  return gridFromCsv(name, text, "\t");
}
