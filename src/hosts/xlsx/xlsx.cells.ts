/**
 * Cell-level writing for the .xlsx adapter: port values → ExcelJS values, the product's new sheets, fills.
 * Styles are never mutated in place: ExcelJS shares one style object between all cells loaded with the same
 * style id, so `cell.fill = …` would colour every one of them. We always assign a fresh object.
 */
import ExcelJS from "exceljs";
import { CELL_CHAR_LIMIT, columnLetter, fitText } from "../../core";
import { CellInput, ListValidation, NewSheet, PortError } from "../workbook.port";
import { applyPrintSetup } from "./xlsx.print";

/** Excel refuses a typed list source longer than this (the Excel adapter has the same rule). */
export const LIST_SOURCE_CHARS = 255;

/** A port value as ExcelJS stores it. Text stays text (ExcelJS never reads `=…` in a string as a formula). */
export function excelValue(v: CellInput): ExcelJS.CellValue {
  if (v === null) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "object") {
    // No cached result: a stale one would be shown until the next recalculation.
    if ("formula" in v) return { formula: v.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
    return { error: v.error } as ExcelJS.CellErrorValue;
  }
  return v;
}

export const isFormulaInput = (v: CellInput): v is { formula: string } => v !== null && typeof v === "object" && "formula" in v;

/** Write one value; a formula going into a text-formatted cell gets General first, or Excel would keep it as text. */
export function writeValue(cell: ExcelJS.Cell, v: CellInput): void {
  if (isFormulaInput(v) && cell.numFmt === "@") {
    const style = { ...cell.style };
    delete style.numFmt;
    cell.style = style;
  }
  cell.value = excelValue(v);
}

export function solidFill(colour: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: `FF${colour.replace(/^#/, "").toUpperCase()}` } };
}

/** The remembered form of a cell's fill: JSON, or null for none (absent or pattern "none" — never "white"). */
export function fillMemo(cell: ExcelJS.Cell): string | null {
  const fill = cell.style?.fill;
  if (!fill || (fill.type === "pattern" && fill.pattern === "none")) return null;
  return JSON.stringify(fill);
}

/** The fill a memo stands for; `#RRGGBB` memos come from the Excel add-in's records. */
export function fillFromMemo(memo: string | null): ExcelJS.Fill | undefined {
  if (memo === null) return undefined;
  if (/^#[0-9A-Fa-f]{6}$/.test(memo)) return solidFill(memo);
  return JSON.parse(memo) as ExcelJS.Fill;
}

export function setFill(cell: ExcelJS.Cell, fill: ExcelJS.Fill | undefined): void {
  const style: Partial<ExcelJS.Style> = { ...cell.style };
  if (fill) style.fill = fill;
  else delete style.fill;
  cell.style = style;
}

/** Refuse drop-down lists Excel cannot hold as a typed source, before anything is written. */
export function checkValidations(list: readonly ListValidation[] | undefined): void {
  for (const v of list ?? []) {
    const source = v.list.join(",");
    if (!v.list.length || v.list.some((x) => x === "" || x.includes(",") || x.includes('"')) || source.length > LIST_SOURCE_CHARS) {
      throw new PortError("host-error", `drop-down list for column ${columnLetter(v.column)} cannot be written (${source.length} characters)`);
    }
  }
}

/** The longest row's length, at least 1; a loop, since spreading 20,000 rows as arguments overflows the stack. */
export function widestRow(rows: readonly (readonly unknown[])[]): number {
  let width = 1;
  for (const r of rows) if (r.length > width) width = r.length;
  return width;
}

/** Fill a fresh worksheet from a NewSheet: text columns formatted "@" before writing, header frozen and filtered. */
export function writeNewSheet(ws: ExcelJS.Worksheet, spec: NewSheet): void {
  const text = new Set(spec.textColumns ?? []);
  const width = widestRow(spec.rows);
  // One style object for every text cell of the new sheet, as ExcelJS shares one per style id when it loads a file
  // (a 150,000-row 指标明细 has 1.9 million text cells); nothing here mutates a style in place.
  const textStyle: Partial<ExcelJS.Style> = { numFmt: "@" };
  spec.rows.forEach((row, r) => {
    // One row object per row: ws.getCell(r, c) finds the row again for every cell (a 150,000-row 指标明细).
    const sheetRow = ws.getRow(r + 1);
    for (let c = 0; c < Math.max(row.length, text.size ? width : 0); c++) {
      const v = c < row.length ? row[c] : null;
      if (!text.has(c) && (v === null || v === undefined)) continue;
      const cell = sheetRow.getCell(c + 1);
      if (text.has(c) && !isFormulaInput(v)) cell.style = textStyle;
      if (v !== null && v !== undefined) cell.value = excelValue(v);
    }
  });
  spec.widths?.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  if (spec.header) {
    ws.views = [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }];
    ws.autoFilter = `A1:${columnLetter(width - 1)}${Math.max(1, spec.rows.length)}`;
  }
  for (const v of spec.validations ?? []) {
    const col = columnLetter(v.column);
    const range = `${col}2:${col}${Math.max(2, v.lastRow)}`;
    // ExcelJS writes a range key as one <dataValidation sqref="F2:F99">.
    (ws as unknown as { dataValidations: { add(a: string, dv: ExcelJS.DataValidation): void } }).dataValidations.add(range, {
      type: "list",
      allowBlank: true,
      showErrorMessage: true,
      formulae: [`"${v.list.join(",")}"`],
    });
  }
  for (const range of spec.merges ?? []) ws.mergeCells(range);
  for (const [address, numFmt] of Object.entries(spec.numberFormats ?? {})) {
    const cell = ws.getCell(address);
    cell.style = { ...cell.style, numFmt };
  }
  // ExcelJS writes a row's page break as a manual <rowBreaks> entry after that row.
  for (const r of spec.pageBreaks ?? []) ws.getRow(r).addPageBreak();
  if (spec.print) applyPrintSetup(ws, spec.print);
}

/** Excel's rules for a sheet name: 31 characters, none of `[]:*?/\`, no leading or trailing quote. */
export function safeSheetName(name: string): string {
  const cleaned = name.replace(/[[\]:*?/\\]/g, "_").replace(/^'+|'+$/g, "").trim();
  return (cleaned || "Sheet1").slice(0, 31);
}

/** Text a file cannot hold as it is: an `_xHHHH_` sequence (which readers decode) or a control character. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
const NEEDS_ESCAPE = /_x[0-9A-Fa-f]{4}_|[\u0000-\u0008\u000B\u000C\u000E-\u001F\r]/;

/** OOXML's own escapes: `_x005F_` before a literal `_xHHHH_`, `_xHHHH_` for CR and control characters. */
export function ooxmlEscape(s: string): string {
  return s
    .replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_")
    // eslint-disable-next-line no-control-regex -- as above
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\r]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

/** A text as a file may hold it: no longer than a cell allows (Excel would offer to repair the file), then escaped. */
function savedText(s: string): string {
  const fitted = fitText(s);
  return NEEDS_ESCAPE.test(fitted) ? ooxmlEscape(fitted) : fitted;
}

/**
 * Every cell of every sheet passes here on its way to a file, so this is where each text is made what a file can
 * hold: at most CELL_CHAR_LIMIT characters (a longer cell — a message quoting a huge cell, or a CSV cell no Excel
 * could hold — would make Excel offer to repair the file), and escaped, since ExcelJS decodes `_xHHHH_` when it
 * reads but does not encode when it writes, and drops CR and control characters (text such as `_x0041_` or a CR
 * line break would not survive a save). Returns the undo, so the workbook in memory keeps the text as it is.
 */
export function escapeForSave(workbook: ExcelJS.Workbook): () => void {
  const undo: [ExcelJS.Cell, ExcelJS.CellValue][] = [];
  const needed = (s: string) => s.length > CELL_CHAR_LIMIT || NEEDS_ESCAPE.test(s);
  for (const ws of workbook.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        let escaped: ExcelJS.CellValue | undefined;
        if (typeof v === "string") {
          if (needed(v)) escaped = savedText(v);
        } else if (v && typeof v === "object" && "richText" in v && (v.richText.some((run) => needed(run.text)) || richLength(v.richText) > CELL_CHAR_LIMIT)) {
          escaped = { ...v, richText: fitRuns(v.richText).map((run) => ({ ...run, text: savedText(run.text) })) };
        } else if (v && typeof v === "object" && "hyperlink" in v && typeof v.text === "string" && needed(v.text)) {
          escaped = { ...v, text: savedText(v.text) };
        }
        if (escaped === undefined) return;
        undo.push([cell, v]);
        cell.value = escaped;
      }),
    );
  }
  return () => undo.forEach(([cell, v]) => (cell.value = v));
}

const richLength = (runs: readonly ExcelJS.RichText[]): number => runs.reduce((n, r) => n + r.text.length, 0);

/** Rich-text runs cut to CELL_CHAR_LIMIT characters in all, "…" at the cut. */
function fitRuns(runs: readonly ExcelJS.RichText[]): ExcelJS.RichText[] {
  if (richLength(runs) <= CELL_CHAR_LIMIT) return [...runs];
  const out: ExcelJS.RichText[] = [];
  let room = CELL_CHAR_LIMIT;
  for (const run of runs) {
    if (room <= 0) break;
    out.push(run.text.length <= room ? run : { ...run, text: fitText(run.text, room) });
    room -= run.text.length;
  }
  return out;
}
