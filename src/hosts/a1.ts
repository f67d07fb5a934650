/** A1 address helpers shared by the adapters (parsing, shifting rows on insert). */
import { columnIndex, columnLetter } from "../core";

export interface CellRef {
  row: number; // 0-based
  col: number; // 0-based
}

export function parseA1(address: string): CellRef {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`not an A1 cell address: ${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

export function toA1(ref: CellRef): string {
  return `${columnLetter(ref.col)}${ref.row + 1}`;
}

/** `A1:C3` → its corners (a single cell is its own range). */
export function parseRange(address: string): { start: CellRef; end: CellRef } {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b] = bare.split(":");
  const start = parseA1(a);
  return { start, end: b ? parseA1(b) : start };
}

/** Re-key an address map after inserting `count` rows before 0-based row `at`. */
export function shiftKeys<T>(map: Record<string, T>, at: number, count: number): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [k, v] of Object.entries(map)) {
    const r = parseA1(k);
    out[r.row >= at ? toA1({ row: r.row + count, col: r.col }) : k] = v;
  }
  return out;
}

/** Excel-style numbered name: `指标明细`, `指标明细 (2)`, `指标明细 (3)` … avoiding every taken name (case-insensitive). */
export function uniqueSheetName(wanted: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const name = `${wanted} (${n})`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}
