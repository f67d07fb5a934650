/**
 * Values across the ET bridge. Reads: `Value2` is a scalar for one cell and an array of row arrays otherwise (a
 * 1-D array in some builds for a single row or column), empty cells come back as null, undefined or "", and error
 * values as CVErr numbers (HRESULT 0x800A0000 + Excel's error code). Writes: one 2-D block, text kept as text.
 * Colours: ET speaks BGR longs (r + g*256 + b*65536), the port `#RRGGBB`.
 */
import { fitText, type CellValue } from "../../core";
import type { CellInput } from "../workbook.port";

const CVERR_BASE = -2146826288; // 0x800A07D0 as a signed 32-bit number: #NULL!, Excel code 2000
const ERROR_NAMES: Record<number, string> = {
  2000: "#NULL!",
  2007: "#DIV/0!",
  2015: "#VALUE!",
  2023: "#REF!",
  2029: "#NAME?",
  2036: "#NUM!",
  2042: "#N/A",
  2043: "#GETTING_DATA",
  2045: "#SPILL!",
  2046: "#CONNECT!",
  2047: "#BLOCKED!",
  2048: "#UNKNOWN!",
  2049: "#FIELD!",
  2050: "#CALC!",
};

/** `-2146826281` → `#DIV/0!`; anything else → undefined. */
export function cvErrName(n: number): string | undefined {
  if (!Number.isInteger(n)) return undefined;
  return ERROR_NAMES[n - CVERR_BASE + 2000];
}

/** The CVErr number ET uses for an error name (the fake model writes these). */
export function cvErrCode(name: string): number | undefined {
  const hit = Object.entries(ERROR_NAMES).find(([, v]) => v === name.toUpperCase());
  return hit ? Number(hit[0]) - 2000 + CVERR_BASE : undefined;
}

export function cellFromEt(v: unknown): CellValue {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number") {
    const e = cvErrName(v);
    return e ? { error: e } : v;
  }
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString();
  return String(v);
}

/** Any `Value2` (or `Formula`) answer as `rows × columns` raw values. */
export function grid2D(v: unknown, rows: number, columns: number): unknown[][] {
  if (!Array.isArray(v)) return [[v]];
  if (v.every((r) => Array.isArray(r))) return v as unknown[][];
  // A 1-D answer: one row, or one column.
  return rows === 1 || columns !== 1 ? [v] : v.map((x) => [x]);
}

/** Rows of cell values, trailing empty rows dropped (a fill or format alone does not make a row used). */
export function valuesFromEt(v: unknown, rows: number, columns: number): CellValue[][] {
  const out = grid2D(v, rows, columns).map((r) => r.map(cellFromEt));
  while (out.length && out[out.length - 1].every((c) => c === null)) out.pop();
  return out;
}

/** Could ET turn this string into a formula, number, date, boolean or error when typed into a General cell? */
export function wouldCoerce(s: string): boolean {
  if (/^[=+\-@'#]/.test(s)) return true;
  const t = s.trim();
  if (/^(true|false)$/i.test(t)) return true;
  return /\d/.test(t) && /^[\d\s.,:/%$¥￥()eE+\-年月日]+$/.test(t);
}

export type EtOut = string | number | boolean | null;

/** One cell for `Value2 =`: null clears (formula cells get their formula afterwards); risky text gets `'`. */
export function cellToEt(v: CellInput | undefined, textFormatted: boolean): EtOut {
  if (v === null || v === undefined) return null;
  if (typeof v === "object") return "formula" in v ? null : v.error;
  // ET, like Excel, holds no longer text in a cell; the `'` mark is not part of the text.
  if (typeof v === "string") return textFormatted || !wouldCoerce(v) ? fitText(v) : `'${fitText(v)}`;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  return v;
}

export const isFormula = (v: CellInput | undefined): v is { formula: string } => v !== null && typeof v === "object" && "formula" in v;

/** `#FFC7CE` → BGR long. */
export function bgrFromHex(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) throw new Error(`not a #RRGGBB colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x, 16));
  return r + g * 256 + b * 65536;
}

/** BGR long → `#RRGGBB`. */
export function hexFromBgr(bgr: number): string {
  const n = Math.trunc(bgr) & 0xffffff;
  const hex = (x: number) => x.toString(16).padStart(2, "0").toUpperCase();
  return `#${hex(n & 0xff)}${hex((n >> 8) & 0xff)}${hex((n >> 16) & 0xff)}`;
}
