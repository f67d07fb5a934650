/**
 * The grid model every host hands to the core: one sheet as a 2-D array of cell values.
 * Rows and columns are 0-based in the array; everything shown to people is 1-based rows and column letters.
 */
import { isSpaceCode } from "../_lib/text";

/** A spreadsheet error value such as `#REF!`; kept distinct from text that happens to look like one. */
export interface CellError {
  readonly error: string;
}

/** null is an empty cell. Numbers are real numeric cells (or cached formula results). */
export type CellValue = string | number | boolean | null | CellError;

export interface Grid {
  /** Sheet name as the host shows it. */
  readonly name: string;
  /** rows[r][c]; rows may be ragged (a pasted row with a missing tab is shorter). */
  readonly rows: readonly (readonly CellValue[])[];
  /** Populated cells far from the table that a loader left out of `rows` (see table-block.ts); absent when none. */
  readonly stray?: StrayCells;
}

/** Cells left out of a grid as stray: how many, the first one (reading order) and the box around them all. */
export interface StrayCells {
  readonly count: number;
  /** 1-based row and column letter of the first stray cell. */
  readonly row: number;
  readonly column: string;
  /** A1 range around every stray cell ("XFD1048576" for one). */
  readonly range: string;
}

export function isCellError(v: CellValue | undefined): v is CellError {
  return typeof v === "object" && v !== null && "error" in v;
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 address from 0-based row and column. */
export function a1(rowIndex: number, colIndex: number): string {
  return `${columnLetter(colIndex)}${rowIndex + 1}`;
}

/** The text a person sees in a cell, trimmed; "" for empty. Numbers print as JavaScript does. */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  // trim() removes what a regex `\s` matches; text that neither starts nor ends with it (most cells) is kept as is.
  if (typeof v === "string") return v === "" || (!isSpaceCode(v.charCodeAt(0)) && !isSpaceCode(v.charCodeAt(v.length - 1))) ? v : v.trim();
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v.error;
}

export function cellAt(grid: Grid, rowIndex: number, colIndex: number): CellValue {
  const row = grid.rows[rowIndex];
  if (!row) return null;
  const v = row[colIndex];
  return v === undefined ? null : v;
}

/** Index of the last non-empty cell in a row, or -1. */
export function lastFilled(row: readonly CellValue[]): number {
  for (let i = row.length - 1; i >= 0; i--) if (cellText(row[i]) !== "") return i;
  return -1;
}

export function isBlankRow(row: readonly CellValue[] | undefined): boolean {
  return !row || lastFilled(row) < 0;
}
