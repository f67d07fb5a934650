/**
 * What the web grid needs of one worksheet, read straight from the ExcelJS model cell by cell, so only the
 * cells on screen are ever looked at (a 20,000-row sheet costs nothing until it is scrolled).
 */
import ExcelJS from "exceljs";
import { mapValue } from "../hosts/xlsx/xlsx.loader";

export interface CellLink {
  sheet: string;
  address: string;
}

export interface SheetView {
  name: string;
  rowCount: number;
  colCount: number;
  /** Column widths in pixels, and each column's left edge (offsets[colCount] is the total width). */
  widths: number[];
  offsets: number[];
  text(row: number, col: number): string;
  /** CSS colour of a solid fill, or null. */
  fill(row: number, col: number): string | null;
  /** Where a HYPERLINK("#'Sheet'!A1", …) formula points, for a click to follow. */
  link(row: number, col: number): CellLink | null;
  bold(row: number, col: number): boolean;
  /** Numbers are right-aligned, as in a spreadsheet. */
  numeric(row: number, col: number): boolean;
  /** Columns a cell spans: its merge's width for the first cell of a merge, 0 for the others in that row, else 1. */
  span(row: number, col: number): number;
  /** Rows frozen at the top (the header of 指标明细 and 校验结果). */
  frozenRows: number;
}

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

export function displayText(cell: ExcelJS.Cell | undefined): string {
  if (!cell || cell.type === ExcelJS.ValueType.Merge) return "";
  const v = cell.value;
  if (v !== null && typeof v === "object" && "formula" in v && (v.result === undefined || v.result === null)) return formulaText(cell.formula);
  const m = mapValue(v);
  if (m === null) return "";
  if (typeof m === "object") return m.error;
  if (typeof m === "boolean") return m ? "TRUE" : "FALSE";
  return String(m).replace(/\s*\n\s*/g, " ⏎ ");
}

/** Display width of text in pixels at the grid's 13px font: CJK characters count double. */
function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.charCodeAt(0) > 0x2e80 ? 13 : 7;
  return w;
}

const MIN_W = 56;
const MAX_AUTO_W = 360;

export function sheetView(ws: ExcelJS.Worksheet): SheetView {
  // A few empty rows and columns past the data, as a spreadsheet shows.
  const rowCount = Math.max(ws.rowCount + 5, 30);
  const colCount = Math.max(ws.columnCount + 1, 8);
  const cell = (r: number, c: number) => ws.findCell(r + 1, c + 1);
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
    for (let r = 0; r < ws.rowCount; r += r < 100 ? 1 : step) w = Math.max(w, textWidth(displayText(cell(r, c))) + 12);
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
    text: (r, c) => displayText(cell(r, c)),
    fill: (r, c) => {
      const f = cell(r, c)?.style?.fill;
      return f && f.type === "pattern" && f.pattern === "solid" ? cssColour(f.fgColor) : null;
    },
    bold: (r, c) => Boolean(cell(r, c)?.style?.font?.bold),
    numeric: (r, c) => {
      const x = cell(r, c);
      return typeof x?.value === "number" || (x?.type === ExcelJS.ValueType.Formula && typeof (x.value as ExcelJS.CellFormulaValue).result === "number");
    },
    span: (r, c) => spans.get(`${r}:${c}`) ?? 1,
    link: (r, c) => {
      const x = cell(r, c);
      return x && x.type === ExcelJS.ValueType.Formula ? linkTarget(x.formula) : null;
    },
  };
}

/** Index of the column whose span holds pixel `x` (binary search over the offsets). */
export function columnAt(offsets: readonly number[], x: number): number {
  let lo = 0;
  let hi = offsets.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}
