/**
 * The data behind the strict fake Excel: sheets as sparse rows, Excel's input coercion, A1 rectangles, and a
 * copy-on-write transaction so a failed `sync()` applies nothing of its batch. Test-only: never bundled in the add-in.
 */
import { columnIndex, columnLetter } from "../../../core";
import { recalculating } from "../../testing/recalculating";
import { typeIntoGeneralCell } from "../../testing/typed-cell";
import type { FakePage } from "./fake-page";

export type FakeValue = string | number | boolean | { error: string } | null;

/** One sheet row. Only `v` always exists; the other arrays appear when a cell of the row needs them. */
export interface FakeRow {
  v: FakeValue[];
  f?: (string | null)[];
  nf?: (string | null)[];
  fill?: (string | null)[];
  /** Cell formats beyond number format and fill (wrap, bold, alignment), as the format proxies set them. */
  st?: (FakeStyle | null)[];
  /** True once `autofitRows` sized the row to its content (the fake cannot measure text; it records the fit). */
  fit?: boolean;
}

export interface FakeStyle {
  wrap?: boolean;
  bold?: boolean;
  vertical?: string;
  horizontal?: string;
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export interface FakeSheet {
  id: string;
  name: string;
  visibility: Visibility;
  protected: boolean;
  frozenRows: number;
  autoFilter: string | null;
  /** Column widths in points, by 0-based column. */
  widths: Record<number, number>;
  merges: string[];
  /**
   * Manual horizontal page breaks (ExcelApi 1.9), as 1-based rows a printed page ends after (a break above row n + 1),
   * ascending; they move with their rows when whole rows are inserted or deleted.
   */
  pageBreaks: number[];
  /** List data validations (drop-downs), as Excel holds them: a range and its comma-separated source. */
  validations: FakeValidation[];
  /** Page layout (ExcelApi 1.9); null until the sheet's layout is first changed (then Excel's defaults apply). */
  page: FakePage | null;
  rows: (FakeRow | undefined)[];
}

export interface FakeValidation {
  range: string;
  source: string;
  inCellDropDown: boolean;
}

export interface FakeBook {
  sheets: FakeSheet[];
  activeId: string;
  selection: { sheetId: string; address: string };
  settings: Record<string, unknown>;
  /** Source of worksheet ids. */
  seq: number;
}

export const MAX_ROWS = 1_048_576;
/** The newest ExcelApi minor version the fake answers to by default. */
export const LATEST_EXCEL_API = 20;
export const MAX_COLS = 16_384;
export const NO_FILL = "#FFFFFF";

/** The error office.js throws: `code` is what callers switch on. */
export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string };
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message };
  }
}

export const fail = (code: string, message: string): never => {
  throw new FakeOfficeError(code, message);
};

/** A member of a later requirement set than the host's: Excel refuses it when the batch runs. */
export function needApi(tx: Tx, minor: number, what: string): void {
  if (tx.excelApi < minor) fail("ApiNotFound", `The API you are trying to use could not be found (${what} needs ExcelApi 1.${minor}).`);
}

/** 0-based inclusive rectangle. */
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** `A1`, `A1:C3`, `A:C` (whole columns), `3:5` (whole rows); an optional `Sheet!` prefix is ignored. */
export function parseRect(address: string): Rect {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b = a] = bare.trim().split(":");
  const rows = /^\$?(\d+)$/;
  const cols = /^\$?([A-Za-z]{1,3})$/;
  let rect: Rect | null = null;
  if (rows.test(a) && rows.test(b)) {
    rect = { r0: Number(rows.exec(a)![1]) - 1, r1: Number(rows.exec(b)![1]) - 1, c0: 0, c1: MAX_COLS - 1 };
  } else if (cols.test(a) && cols.test(b)) {
    rect = { r0: 0, r1: MAX_ROWS - 1, c0: columnIndex(cols.exec(a)![1]), c1: columnIndex(cols.exec(b)![1]) };
  } else if (CELL.test(a) && CELL.test(b)) {
    const p = CELL.exec(a)!;
    const q = CELL.exec(b)!;
    rect = { r0: Number(p[2]) - 1, c0: columnIndex(p[1]), r1: Number(q[2]) - 1, c1: columnIndex(q[1]) };
  }
  if (!rect || rect.r0 < 0 || rect.c0 < 0 || rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLS || rect.r1 < rect.r0 || rect.c1 < rect.c0) {
    return fail("InvalidArgument", `The argument is invalid or missing or has an incorrect format: "${address}"`);
  }
  return rect;
}

export function rectAddress(r: Rect): string {
  if (r.c0 === 0 && r.c1 === MAX_COLS - 1) return `${r.r0 + 1}:${r.r1 + 1}`;
  if (r.r0 === 0 && r.r1 === MAX_ROWS - 1) return `${columnLetter(r.c0)}:${columnLetter(r.c1)}`;
  const a = `${columnLetter(r.c0)}${r.r0 + 1}`;
  const b = `${columnLetter(r.c1)}${r.r1 + 1}`;
  return a === b ? a : `${a}:${b}`;
}

export function qualified(sheet: string, r: Rect): string {
  const name = /^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${rectAddress(r)}`;
}

export const isWholeRows = (r: Rect) => r.c0 === 0 && r.c1 === MAX_COLS - 1;
export const cellCount = (r: Rect) => (r.r1 - r.r0 + 1) * (r.c1 - r.c0 + 1);

export function intersect(a: Rect, b: Rect): Rect | null {
  const r = { r0: Math.max(a.r0, b.r0), c0: Math.max(a.c0, b.c0), r1: Math.min(a.r1, b.r1), c1: Math.min(a.c1, b.c1) };
  return r.r0 > r.r1 || r.c0 > r.c1 ? null : r;
}

const ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#SPILL!", "#CALC!"]);

/** What Excel stores when a string is written to a General cell, as if typed (see typed-cell.ts). */
export function coerce(s: string): { v: FakeValue; f?: string } {
  return typeIntoGeneralCell(s, ERRORS);
}

/** A string written through `formulas`: read exactly as if typed (a `=…` string is a formula either way). */
export const formulaCell = coerce;

export function newSheetData(id: string, name: string): FakeSheet {
  return { id, name, visibility: "Visible", protected: false, frozenRows: 0, autoFilter: null, widths: {}, merges: [], pageBreaks: [], validations: [], page: null, rows: [] };
}

/** JSON text length in UTF-8 bytes: what a request or response carries over the wire. */
export function jsonBytes(x: unknown): number {
  const s = JSON.stringify(x) ?? "";
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * One batch's view of the workbook: sheets are copied on first write and rows on first touch, so a batch that
 * throws is dropped whole and a batch that succeeds costs only what it changed.
 */
export class Tx {
  readonly book: FakeBook;
  private readonly drafted = new Set<string>();
  private readonly fresh = new Set<FakeRow>();
  responseBytes = 0;
  /** Minor version of the ExcelApi requirement set the host supports (1.9 → 9). */
  excelApi = LATEST_EXCEL_API;

  constructor(base: FakeBook) {
    this.book = { ...base, sheets: base.sheets.slice(), selection: { ...base.selection }, settings: { ...base.settings } };
  }

  sheet(id: string): FakeSheet {
    return this.book.sheets.find((s) => s.id === id) ?? fail("ItemNotFound", `The requested resource doesn't exist (worksheet ${id}).`);
  }

  /** A sheet that may be changed; `write` also refuses a protected sheet, as Excel does. */
  mut(id: string, write = true): FakeSheet {
    const i = this.book.sheets.findIndex((s) => s.id === id);
    if (i < 0) fail("ItemNotFound", `The requested resource doesn't exist (worksheet ${id}).`);
    if (!this.drafted.has(id)) {
      const s = this.book.sheets[i];
      this.book.sheets[i] = { ...s, rows: s.rows.slice(), widths: { ...s.widths }, merges: s.merges.slice(), pageBreaks: s.pageBreaks.slice(), validations: s.validations.slice() };
      this.drafted.add(id);
    }
    const s = this.book.sheets[i];
    if (write && s.protected) fail("AccessDenied", `The cell or chart you're trying to change is on a protected sheet (${s.name}).`);
    return s;
  }

  addSheet(s: FakeSheet): void {
    this.book.sheets.push(s);
    this.drafted.add(s.id);
  }

  /** A row of a drafted sheet that may be changed (copied once per batch). */
  row(s: FakeSheet, r: number): FakeRow {
    const old = s.rows[r];
    if (old && this.fresh.has(old)) return old;
    const row: FakeRow = old ? { ...old, v: old.v.slice(), f: old.f?.slice(), nf: old.nf?.slice(), fill: old.fill?.slice(), st: old.st?.slice() } : { v: [] };
    s.rows[r] = row;
    this.fresh.add(row);
    return row;
  }
}

/** A cell's value; the product's SUMs and sums are computed from the cells now, as Excel recalculates. */
export const getValue = recalculating(
  (s: FakeSheet, r: number, c: number): FakeValue => s.rows[r]?.v[c] ?? null,
  (s, r, c) => s.rows[r]?.f?.[c],
);

export function getFormula(s: FakeSheet, r: number, c: number): string | null {
  return s.rows[r]?.f?.[c] ?? null;
}

export function getFormat(s: FakeSheet, r: number, c: number): string {
  return s.rows[r]?.nf?.[c] ?? "General";
}

export function getFill(s: FakeSheet, r: number, c: number): string | null {
  return s.rows[r]?.fill?.[c] ?? null;
}

export function setCell(row: FakeRow, c: number, cell: { v: FakeValue; f?: string }): void {
  row.v[c] = cell.v;
  if (cell.f !== undefined) (row.f ??= [])[c] = cell.f;
  else if (row.f) row.f[c] = null;
}

export function setArr(row: FakeRow, key: "nf" | "fill", c: number, x: string | null): void {
  if (x === null && !row[key]) return;
  (row[key] ??= [])[c] = x;
}

/** Bounding box of the cells with a value or formula (and, unless `valuesOnly`, a format or fill) inside `within`. */
export function usedRect(s: FakeSheet, valuesOnly: boolean, within?: Rect): Rect | null {
  let r0 = Infinity, r1 = -1, c0 = Infinity, c1 = -1;
  const from = within ? within.r0 : 0;
  const to = within ? Math.min(within.r1, s.rows.length - 1) : s.rows.length - 1;
  const cLo = within ? within.c0 : 0;
  const cHi = within ? within.c1 : MAX_COLS - 1;
  for (let r = from; r <= to; r++) {
    const row = s.rows[r];
    if (!row) continue;
    const width = Math.max(row.v.length, row.f?.length ?? 0, valuesOnly ? 0 : Math.max(row.nf?.length ?? 0, row.fill?.length ?? 0, row.st?.length ?? 0));
    for (let c = Math.max(cLo, 0); c < Math.min(width, cHi + 1); c++) {
      const used = row.v[c] != null || row.f?.[c] != null || (!valuesOnly && (row.nf?.[c] != null || row.fill?.[c] != null || row.st?.[c] != null));
      if (!used) continue;
      r0 = Math.min(r0, r);
      r1 = Math.max(r1, r);
      c0 = Math.min(c0, c);
      c1 = Math.max(c1, c);
    }
  }
  return r1 < 0 ? null : { r0, r1, c0, c1 };
}

export function valueOut(v: FakeValue): string | number | boolean {
  if (v === null) return "";
  return typeof v === "object" ? v.error : v;
}

export function valueType(v: FakeValue): string {
  if (v === null) return "Empty";
  if (typeof v === "object") return "Error";
  return typeof v === "string" ? "String" : typeof v === "number" ? "Double" : "Boolean";
}
