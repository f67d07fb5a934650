/**
 * The data behind the fake ET object model: sheets as sparse rows, addresses (cells, ranges, whole rows and
 * columns, multi-area lists), what ET stores when text is typed into a cell, and a plain-data dump of everything a
 * user could notice. Test-only: never bundled in the add-in.
 */
import { columnIndex, columnLetter } from "../../../core";
import { recalculating } from "../../testing/recalculating";
import { cvErrCode } from "../et-values";
import { typeIntoGeneralCell } from "../../testing/typed-cell";

export type EtCell = string | number | boolean | { error: string } | null;

export interface EtRow {
  v: EtCell[];
  f?: (string | null)[];
  nf?: (string | null)[];
  /** BGR long, or null for no fill. */
  fill?: (number | null)[];
  /** Cell styles beyond number format and fill: wrap, bold, alignments (ET's constants). */
  st?: (EtStyle | null)[];
  /** True once `Rows.AutoFit` sized the row to its content (the fake cannot measure text; it records the fit). */
  fit?: boolean;
}

export interface EtStyle {
  wrap?: boolean;
  bold?: boolean;
  vertical?: number;
  horizontal?: number;
}

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface EtSheetData {
  name: string;
  /** -1 visible, 0 hidden, 2 very hidden. */
  visible: number;
  protected: boolean;
  rows: (EtRow | undefined)[];
  merges: Rect[];
  /** Manual page breaks (HPageBreaks), as 1-based rows a printed page ends after (a break above row n + 1), ascending. */
  pageBreaks: number[];
  validations: { rect: Rect; list: string[] }[];
  splitRow: number;
  frozen: boolean;
  autoFilter: string | null;
  /** Column widths in characters, by 0-based column. */
  widths: Record<number, number>;
  selection: string;
  deleted: boolean;
  /** PageSetup members set on the sheet (unset ones read as ET's defaults). */
  page: Record<string, unknown>;
}

export interface EtBookData {
  sheets: EtSheetData[];
  active: EtSheetData;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;
export const WHITE = 0xffffff;

/** What ET throws: a plain Error with a (here bilingual) message, no code. */
export class EtError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "Error";
  }
}

export const etFail = (message: string): never => {
  throw new EtError(message);
};

export const PROTECTED = "不能更改受保护的工作表中的单元格 (The cell is on a protected sheet)";

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** `A1`, `A1:C3`, `A:C`, `3:5`, optionally `Sheet!`-prefixed; 0-based inclusive. */
export function parseArea(address: string): Rect {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b = a] = bare.trim().split(":");
  const rows = /^\$?(\d+)$/;
  const cols = /^\$?([A-Za-z]{1,3})$/;
  let r: Rect | null = null;
  if (rows.test(a) && rows.test(b)) r = { r0: Number(rows.exec(a)![1]) - 1, r1: Number(rows.exec(b)![1]) - 1, c0: 0, c1: MAX_COLS - 1 };
  else if (cols.test(a) && cols.test(b)) r = { r0: 0, r1: MAX_ROWS - 1, c0: columnIndex(cols.exec(a)![1]), c1: columnIndex(cols.exec(b)![1]) };
  else if (CELL.test(a) && CELL.test(b)) {
    const p = CELL.exec(a)!;
    const q = CELL.exec(b)!;
    r = { r0: Number(p[2]) - 1, c0: columnIndex(p[1]), r1: Number(q[2]) - 1, c1: columnIndex(q[1]) };
  }
  if (!r || r.r0 < 0 || r.c0 < 0 || r.r1 >= MAX_ROWS || r.c1 >= MAX_COLS) return etFail(`Range 方法失败：无效的地址 "${address}"`);
  return { r0: Math.min(r.r0, r.r1), r1: Math.max(r.r0, r.r1), c0: Math.min(r.c0, r.c1), c1: Math.max(r.c0, r.c1) };
}

export const isWholeRows = (r: Rect) => r.c0 === 0 && r.c1 === MAX_COLS - 1;
export const isWholeColumns = (r: Rect) => r.r0 === 0 && r.r1 === MAX_ROWS - 1;

export function areaAddress(r: Rect, rowAbs = true, colAbs = true): string {
  const R = rowAbs ? "$" : "";
  const C = colAbs ? "$" : "";
  if (isWholeRows(r)) return `${R}${r.r0 + 1}:${R}${r.r1 + 1}`;
  if (isWholeColumns(r)) return `${C}${columnLetter(r.c0)}:${C}${columnLetter(r.c1)}`;
  const a = `${C}${columnLetter(r.c0)}${R}${r.r0 + 1}`;
  const b = `${C}${columnLetter(r.c1)}${R}${r.r1 + 1}`;
  return a === b ? a : `${a}:${b}`;
}

export const inside = (r: Rect, row: number, col: number) => row >= r.r0 && row <= r.r1 && col >= r.c0 && col <= r.c1;
export const cells = (r: Rect) => (r.r1 - r.r0 + 1) * (r.c1 - r.c0 + 1);

export function intersects(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

const ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"]);

/** What ET stores when `s` is typed into a General cell (see typed-cell.ts). */
export function typeIn(s: string): { v: EtCell; f?: string } {
  return typeIntoGeneralCell(s, ERRORS);
}

export function newSheetData(name: string): EtSheetData {
  return { name, visible: -1, protected: false, rows: [], merges: [], pageBreaks: [], validations: [], splitRow: 0, frozen: false, autoFilter: null, widths: {}, selection: "A1", deleted: false, page: {} };
}

export function rowOf(s: EtSheetData, r: number): EtRow {
  return (s.rows[r] ??= { v: [] });
}

/** A cell's value; the product's SUMs and sums are computed from the cells now, as ET recalculates. */
export const valueAt = recalculating(
  (s: EtSheetData, r: number, c: number): EtCell => s.rows[r]?.v[c] ?? null,
  (s, r, c) => s.rows[r]?.f?.[c],
);
export const formulaAt = (s: EtSheetData, r: number, c: number): string | null => s.rows[r]?.f?.[c] ?? null;
export const formatAt = (s: EtSheetData, r: number, c: number): string => s.rows[r]?.nf?.[c] ?? "General";
export const fillAt = (s: EtSheetData, r: number, c: number): number | null => s.rows[r]?.fill?.[c] ?? null;

export function setCell(s: EtSheetData, r: number, c: number, cell: { v: EtCell; f?: string }): void {
  const row = rowOf(s, r);
  row.v[c] = cell.v;
  if (cell.f !== undefined) (row.f ??= [])[c] = cell.f;
  else if (row.f) row.f[c] = null;
}

/** How a cell's value crosses the bridge: errors as CVErr numbers, empty as the build's empty value. */
export function valueOut(v: EtCell, empty: unknown): unknown {
  if (v === null) return empty;
  if (typeof v === "object") return cvErrCode(v.error) ?? v.error;
  return v;
}

/** Bounding box of cells with a value, formula, format or fill (ET's UsedRange); A1 for an empty sheet. */
export function usedRect(s: EtSheetData): Rect {
  let r0 = Infinity, r1 = -1, c0 = Infinity, c1 = -1;
  s.rows.forEach((row, r) => {
    if (!row) return;
    const width = Math.max(row.v.length, row.f?.length ?? 0, row.nf?.length ?? 0, row.fill?.length ?? 0, row.st?.length ?? 0);
    for (let c = 0; c < width; c++) {
      if (row.v[c] == null && row.f?.[c] == null && row.nf?.[c] == null && row.fill?.[c] == null && row.st?.[c] == null) continue;
      r0 = Math.min(r0, r);
      r1 = Math.max(r1, r);
      c0 = Math.min(c0, c);
      c1 = Math.max(c1, c);
    }
  });
  return r1 < 0 ? { r0: 0, c0: 0, r1: 0, c1: 0 } : { r0, r1, c0, c1 };
}

export function hexOf(bgr: number): string {
  const h = (x: number) => x.toString(16).padStart(2, "0").toUpperCase();
  return `#${h(bgr & 0xff)}${h((bgr >> 8) & 0xff)}${h((bgr >> 16) & 0xff)}`;
}

export interface EtDumpCell {
  v?: EtCell;
  f?: string;
  nf?: string;
  fill?: string;
  st?: EtStyle;
}

export interface EtDumpSheet {
  name: string;
  visible: number;
  protected: boolean;
  frozenRows: number;
  autoFilter: string | null;
  widths: Record<number, number>;
  merges: string[];
  /** 1-based rows a printed page ends after. */
  pageBreaks: number[];
  validations: { range: string; list: string[] }[];
  selection: string;
  cells: Record<string, EtDumpCell>;
  /** 1-based rows Rows.AutoFit sized. */
  fitRows: number[];
  page: Record<string, unknown>;
}

export interface EtDump {
  active: string;
  sheets: EtDumpSheet[];
}

const copy = (v: EtCell): EtCell => (v !== null && typeof v === "object" ? { error: v.error } : v);

/** Everything a user could notice, as plain data: compare two dumps to prove nothing changed. */
export function dumpBook(book: EtBookData): EtDump {
  return {
    active: book.active.name,
    sheets: book.sheets.map((s) => {
      const out: Record<string, EtDumpCell> = {};
      const fitRows: number[] = [];
      s.rows.forEach((row, r) => {
        if (!row) return;
        if (row.fit) fitRows.push(r + 1);
        const width = Math.max(row.v.length, row.f?.length ?? 0, row.nf?.length ?? 0, row.fill?.length ?? 0, row.st?.length ?? 0);
        for (let c = 0; c < width; c++) {
          const cell: EtDumpCell = {};
          if (row.v[c] != null) cell.v = copy(row.v[c]);
          if (row.f?.[c] != null) cell.f = row.f[c]!;
          if (row.nf?.[c] != null) cell.nf = row.nf[c]!;
          if (row.fill?.[c] != null) cell.fill = hexOf(row.fill[c]!);
          if (row.st?.[c] != null) cell.st = { ...row.st[c]! };
          if (Object.keys(cell).length) out[`${columnLetter(c)}${r + 1}`] = cell;
        }
      });
      return {
        name: s.name,
        visible: s.visible,
        protected: s.protected,
        frozenRows: s.frozen ? s.splitRow : 0,
        autoFilter: s.autoFilter,
        widths: { ...s.widths },
        merges: s.merges.map((m) => areaAddress(m, false, false)),
        pageBreaks: [...s.pageBreaks],
        validations: s.validations.map((v) => ({ range: areaAddress(v.rect, false, false), list: [...v.list] })),
        selection: s.selection,
        cells: out,
        fitRows,
        page: { ...s.page },
      };
    }),
  };
}
