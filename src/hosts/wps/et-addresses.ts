/**
 * Addresses for ET calls. Scattered cells are painted through multi-area ranges (`ws.Range("B5:E5,G9")`), one
 * call per list; ET, like Excel's COM, refuses a Range address longer than 255 characters, so lists stay under
 * that. Cells are first merged into rectangles (vertical runs, then equal runs in adjacent columns) so a list
 * covers as many cells as it can.
 */
import { columnIndex, columnLetter } from "../../core";

/** Longest address string `Range()` accepts. */
export const RANGE_ADDRESS_CHARS = 255;

/** 0-based inclusive rectangle. */
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export function cellRef(address: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`not an A1 cell address: ${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

export const cellA1 = (row: number, col: number) => `${columnLetter(col)}${row + 1}`;

export function rectA1(r: Rect): string {
  const a = cellA1(r.r0, r.c0);
  const b = cellA1(r.r1, r.c1);
  return a === b ? a : `${a}:${b}`;
}

export function bounds(cells: readonly { row: number; col: number }[]): Rect {
  let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
  for (const { row, col } of cells) {
    r0 = Math.min(r0, row);
    r1 = Math.max(r1, row);
    c0 = Math.min(c0, col);
    c1 = Math.max(c1, col);
  }
  return { r0, c0, r1, c1 };
}

/** Cells as few rectangles: vertical runs per column, then identical runs in adjacent columns joined. */
export function cellRects(addresses: Iterable<string>): Rect[] {
  const cells = [...new Set(addresses)].map(cellRef).sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: Rect[] = [];
  for (const c of cells) {
    const last = runs[runs.length - 1];
    if (last && last.c0 === c.col && last.r1 === c.row - 1) last.r1 = c.row;
    else runs.push({ r0: c.row, r1: c.row, c0: c.col, c1: c.col });
  }
  const open = new Map<string, Rect>(); // by row span: the rectangle still growing to the right
  const out: Rect[] = [];
  for (const r of runs) {
    const key = `${r.r0}:${r.r1}`;
    const prev = open.get(key);
    if (prev && prev.c1 === r.c0 - 1) prev.c1 = r.c0;
    else {
      const rect = { ...r };
      open.set(key, rect);
      out.push(rect);
    }
  }
  return out;
}

/** Comma-joined lists of at most `maxChars` characters, each with the rectangles it covers. */
export function rectLists(rects: readonly Rect[], maxChars = RANGE_ADDRESS_CHARS): { address: string; rects: Rect[] }[] {
  const out: { address: string; rects: Rect[] }[] = [];
  let cur: { address: string; rects: Rect[] } | null = null;
  for (const r of rects) {
    const a = rectA1(r);
    if (cur && cur.address.length + 1 + a.length <= maxChars) {
      cur.address += `,${a}`;
      cur.rects.push(r);
    } else {
      cur = { address: a, rects: [r] };
      out.push(cur);
    }
  }
  return out;
}

export function* rectCells(r: Rect): Generator<string> {
  for (let row = r.r0; row <= r.r1; row++) for (let col = r.c0; col <= r.c1; col++) yield cellA1(row, col);
}
