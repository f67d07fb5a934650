/**
 * The SheetView of one ExcelJS worksheet (in the workbook host), read cell by cell, so only the cells asked for
 * are ever looked at (a 20,000-row sheet costs nothing until it is scrolled).
 */
import ExcelJS from "exceljs";
import { formulaValue, type CellValue } from "../core";
import { mapValue } from "../hosts/xlsx/xlsx.loader";
import { formatDate, formatNumber, generalNumber, isDateFormat } from "./number-format";
import { textWidth, type CellLink, type SheetView } from "./grid-view";

export type { CellLink, SheetView };

/** Office's default theme colours, for fills saved as theme references (dk1, lt1, dk2, lt2, accent1–6). */
const THEME = ["FFFFFF", "000000", "E7E6E6", "44546A", "4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"];

function tinted(hex: string, tint: number): string {
  const ch = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const out = ch.map((c) => Math.round(tint < 0 ? c * (1 + tint) : c + (255 - c) * tint));
  return `#${out.map((c) => c.toString(16).padStart(2, "0")).join("")}`.toUpperCase();
}

export function cssColour(colour: Partial<ExcelJS.Color> | undefined): string | null {
  if (!colour) return null;
  if (colour.argb && /^[0-9A-Fa-f]{8}$/.test(colour.argb)) return `#${colour.argb.slice(2).toUpperCase()}`;
  if (typeof colour.theme === "number" && THEME[colour.theme]) {
    return tinted(THEME[colour.theme], (colour as { tint?: number }).tint ?? 0);
  }
  return null;
}

const LINK = /^HYPERLINK\("#((?:[^"]|"")*)"/i;

export function linkTarget(formula: string): CellLink | null {
  const m = LINK.exec(formula);
  if (!m) return null;
  const target = m[1].replace(/""/g, '"');
  const bang = target.lastIndexOf("!");
  if (bang < 0) return null;
  let sheet = target.slice(0, bang);
  if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: target.slice(bang + 1).replace(/\$/g, "") };
}

/** `HYPERLINK(…,"G12")` shows G12; any other formula without a saved result shows itself. */
function formulaText(formula: string): string {
  const label = /^HYPERLINK\((?:"(?:[^"]|"")*"),\s*"((?:[^"]|"")*)"\)$/i.exec(formula);
  return label ? label[1].replace(/""/g, '"') : `=${formula}`;
}

const isFormula = (v: ExcelJS.CellValue): v is ExcelJS.CellFormulaValue =>
  v !== null && typeof v === "object" && !(v instanceof Date) && ("formula" in v || "sharedFormula" in v);
const hasResult = (v: ExcelJS.CellFormulaValue) => v.result !== undefined && v.result !== null;

/** A value in the cell's number format; text keeps its line breaks as ⏎ (the grid shows one line). */
function shown(m: CellValue | Date, numFmt: string | undefined): string {
  if (m === null) return "";
  if (m instanceof Date) return formatDate(m, numFmt);
  if (typeof m === "number") return formatNumber(m, numFmt);
  if (typeof m === "object") return m.error;
  if (typeof m === "boolean") return m ? "TRUE" : "FALSE";
  return m.replace(/\s*\n\s*/g, " ⏎ ");
}

/**
 * The cell's text as a spreadsheet shows it. A formula shows its cached result; one without (the product's SUM and
 * subtotal formulas, written with none) shows the value `computed` gives, else the formula itself.
 */
export function displayText(cell: ExcelJS.Cell | undefined, computed?: (cell: ExcelJS.Cell) => CellValue): string {
  if (!cell || cell.type === ExcelJS.ValueType.Merge) return "";
  const v = cell.value;
  const numFmt = cell.numFmt;
  if (isFormula(v) && !hasResult(v)) {
    const value = computed?.(cell) ?? null;
    return value === null ? formulaText(cell.formula) : shown(value, numFmt);
  }
  const raw = isFormula(v) ? v.result : v;
  // ExcelJS reads a date-formatted serial as a Date; a number under a date format written by others is one too.
  if (raw instanceof Date) return shown(raw, numFmt);
  if (typeof raw === "number" && isDateFormat(numFmt)) return formatNumber(raw, numFmt);
  return shown(mapValue(v), numFmt);
}

const CYCLE = new Error("formula cycle");
const MIN_W = 56;
const MAX_AUTO_W = 360;

export function sheetView(ws: ExcelJS.Worksheet): SheetView {
  // A few empty rows and columns past the data, as a spreadsheet shows.
  const rowCount = Math.max(ws.rowCount + 5, 30);
  const colCount = Math.max(ws.columnCount + 1, 8);
  const cell = (r: number, c: number) => ws.findCell(r + 1, c + 1);
  // Values of formulas saved without a result, computed once per view (the view is rebuilt when the workbook changes).
  const computed = new Map<string, CellValue | undefined>();
  const cyclic = new Set<string>();
  const valueAt = (r: number, c: number): CellValue => {
    const x = cell(r, c);
    if (!x) return null;
    const v = x.value;
    if (!isFormula(v) || hasResult(v)) return mapValue(v);
    const key = `${r}:${c}`;
    if (!computed.has(key)) {
      // A cycle has no value (Excel warns of it): every formula on it shows itself, not a made-up number.
      computed.set(key, undefined);
      const v = formulaValue(x.formula, valueAt);
      computed.set(key, cyclic.has(key) ? null : v);
    } else if (computed.get(key) === undefined) {
      cyclic.add(key);
      throw CYCLE;
    }
    return computed.get(key) ?? null;
  };
  const compute = (x: ExcelJS.Cell) => {
    try {
      return valueAt(Number(x.row) - 1, Number(x.col) - 1);
    } catch (e) {
      if (e !== CYCLE) throw e;
      // Forget what was half computed on the way, so each cell of the cycle is found as such when it is shown.
      for (const [k, v] of computed) if (v === undefined) computed.set(k, null);
      return null;
    }
  };
  const text = (r: number, c: number) => displayText(cell(r, c), compute);
  const widths: number[] = [];
  for (let c = 0; c < colCount; c++) {
    const chars = ws.getColumn(c + 1).width;
    if (chars) {
      widths.push(Math.max(24, Math.round(chars * 7 + 5)));
      continue;
    }
    // No saved width (a .csv, a pasted table): fit the text of ~300 rows spread over the sheet, within bounds.
    let w = 72;
    const step = Math.max(1, Math.floor(ws.rowCount / 300));
    for (let r = 0; r < ws.rowCount; r += r < 100 ? 1 : step) w = Math.max(w, textWidth(text(r, c)) + 12);
    widths.push(Math.max(MIN_W, Math.min(MAX_AUTO_W, w)));
  }
  // Horizontal merges, so a merged title reads across its columns (ExcelJS indexes merges privately, by master).
  const spans = new Map<string, number>();
  const merges = (ws as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number } | undefined> })._merges ?? {};
  for (const m of Object.values(merges)) {
    if (!m || m.right === m.left) continue;
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) spans.set(`${r - 1}:${c - 1}`, r === m.top && c === m.left ? m.right - m.left + 1 : 0);
  }
  const view = ws.views?.[0] as { state?: string; ySplit?: number } | undefined;
  const frozenRows = view?.state === "frozen" ? Math.min(view.ySplit ?? 0, 10) : 0;
  const offsets = [0];
  for (const w of widths) offsets.push(offsets[offsets.length - 1] + w);
  return {
    name: ws.name,
    rowCount,
    colCount,
    frozenRows,
    widths,
    offsets,
    usedRows: ws.actualRowCount > 0 ? ws.rowCount : 0,
    usedCols: ws.actualColumnCount > 0 ? ws.columnCount : 0,
    text,
    input: (r, c) => {
      const x = cell(r, c);
      if (x && x.type === ExcelJS.ValueType.Formula && x.formula) return `=${x.formula}`;
      // A number in full, as the formula bar shows it (1234.5, not 1,234.50); percentages and dates as shown.
      if (x && typeof x.value === "number" && !/%/.test(x.numFmt ?? "") && !isDateFormat(x.numFmt)) return generalNumber(x.value);
      return text(r, c).replace(/ ⏎ /g, "\n");
    },
    fill: (r, c) => {
      const f = cell(r, c)?.style?.fill;
      return f && f.type === "pattern" && f.pattern === "solid" ? cssColour(f.fgColor) : null;
    },
    bold: (r, c) => Boolean(cell(r, c)?.style?.font?.bold),
    numeric: (r, c) => {
      const x = cell(r, c);
      if (!x) return false;
      const v = x.value;
      if (typeof v === "number" || v instanceof Date) return true;
      return isFormula(v) && (hasResult(v) ? typeof v.result === "number" || v.result instanceof Date : typeof compute(x) === "number");
    },
    span: (r, c) => spans.get(`${r}:${c}`) ?? 1,
    link: (r, c) => {
      const x = cell(r, c);
      return x && x.type === ExcelJS.ValueType.Formula ? linkTarget(x.formula) : null;
    },
  };
}
