/**
 * Populated cells (sparse, as a spreadsheet file stores them) → the grid of the table's block, and the cells far
 * away from it. A sheet's "used range" runs to its farthest populated cell, so one stray value at XFD1048576 makes
 * it 1,048,576 × 16,384 cells; building that densely runs out of memory, and none of it is the table. Pure.
 *
 * Why this definition of stray: a table is one block of rows that follow each other with at most a few blank
 * rows between them (page breaks, spacer rows), and a few dozen columns at most. A cell cut off from the block by
 * STRAY_ROW_GAP empty rows or STRAY_COLUMN_GAP empty columns was not typed as part of the table (a forgotten
 * note, a test value, a cell a keyboard slip sent to the end of the sheet). The block is the run of rows — and,
 * inside it, the run of columns — holding the most populated cells; everything outside it is stray. The gaps are
 * about what people scroll past, not about any one address, so the rule is the same wherever the stray cell sits.
 */
import { a1, columnLetter, type CellValue, type Grid } from "./grid";

export type { StrayCells } from "./grid";

/** This many empty rows in a row cut a sheet into separate blocks. */
export const STRAY_ROW_GAP = 1000;
/** This many empty columns side by side cut a block into separate blocks. */
export const STRAY_COLUMN_GAP = 100;

/** A populated cell: 0-based row and column. */
export interface SparseCell {
  readonly row: number;
  readonly col: number;
  readonly value: CellValue;
}


interface Run {
  from: number;
  to: number;
  cells: number;
}

/** Split the sorted distinct indexes into runs with gaps under `gap`; the run holding the most cells wins. */
function busiestRun(indexes: readonly number[], counts: ReadonlyMap<number, number>, gap: number): Run | null {
  let best: Run | null = null;
  let run: Run | null = null;
  for (const i of indexes) {
    if (run && i - run.to > gap) {
      if (!best || run.cells > best.cells) best = run;
      run = null;
    }
    if (!run) run = { from: i, to: i, cells: 0 };
    run.to = i;
    run.cells += counts.get(i) ?? 0;
  }
  if (run && (!best || run.cells > best.cells)) best = run;
  return best;
}

function countsBy(cells: readonly SparseCell[], key: (c: SparseCell) => number): { indexes: number[]; counts: Map<number, number> } {
  const counts = new Map<number, number>();
  for (const c of cells) counts.set(key(c), (counts.get(key(c)) ?? 0) + 1);
  return { indexes: [...counts.keys()].sort((a, b) => a - b), counts };
}

/**
 * The grid of the table's block, rows anchored at A1 as the sheet has them (rows above the block are empty
 * arrays, so the memory is the block's, not the sheet's), with `stray` saying what was left out. Any cell order.
 */
export function gridFromCells(name: string, cells: readonly SparseCell[]): Grid {
  const byRow = countsBy(cells, (c) => c.row);
  const rows = busiestRun(byRow.indexes, byRow.counts, STRAY_ROW_GAP);
  if (!rows) return { name, rows: [] };
  const inRows = cells.filter((c) => c.row >= rows.from && c.row <= rows.to);
  const byCol = countsBy(inRows, (c) => c.col);
  const cols = busiestRun(byCol.indexes, byCol.counts, STRAY_COLUMN_GAP) ?? { from: 0, to: 0, cells: 0 };
  // The grid starts at A1 whatever the block's first column: column indexes stay the sheet's.
  const lastCol = cols.to;
  const out: CellValue[][] = [];
  // Blank rows above the block: full width as a sheet pasted as text has them, unless the block starts so far
  // down that something stray sits above it, where they are empty arrays (a ragged grid the core reads the same).
  for (let r = 0; r < rows.from; r++) out.push(rows.from <= STRAY_ROW_GAP ? new Array<CellValue>(lastCol + 1).fill(null) : []);
  for (let r = rows.from; r <= rows.to; r++) out.push(new Array<CellValue>(lastCol + 1).fill(null));

  let count = 0;
  let first: SparseCell | null = null;
  let top = Infinity, left = Infinity, bottom = -1, right = -1;
  for (const c of cells) {
    if (c.row >= rows.from && c.row <= rows.to && c.col >= cols.from && c.col <= cols.to) {
      out[c.row][c.col] = c.value;
      continue;
    }
    count++;
    if (!first || c.row < first.row || (c.row === first.row && c.col < first.col)) first = c;
    top = Math.min(top, c.row);
    left = Math.min(left, c.col);
    bottom = Math.max(bottom, c.row);
    right = Math.max(right, c.col);
  }
  if (!first) return { name, rows: out };
  const box = top === bottom && left === right ? a1(top, left) : `${columnLetter(left)}${top + 1}:${columnLetter(right)}${bottom + 1}`;
  return { name, rows: out, stray: { count, row: first.row + 1, column: columnLetter(first.col), range: box } };
}
