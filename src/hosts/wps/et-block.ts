/**
 * Bulk reads and writes of a sheet's values: one `Value2` per block of rows (a normal sheet is one block), never a
 * call per row or per cell. Text columns get `NumberFormat = "@"` before their values; elsewhere text ET would
 * re-read as something else gets a leading `'`; formulas go through `.Formula`, one call per run of formula cells
 * in a column. A form's number formats by cell (`0.00%`) go in after the text columns' and before the values, one
 * `NumberFormat` per multi-area list of the block's cells that share a format; a cell given its own format takes it
 * over its column's `@` (and is text only if that format is `@`).
 */
import { columnLetter, type CellValue } from "../../core";
import type { CellInput } from "../workbook.port";
import { count, read } from "./et-bridge";
import { RANGE_ADDRESS_CHARS, cellA1, cellRects, cellRef, rectLists } from "./et-addresses";
import type { EtWorksheet } from "./et-types";
import { cellFromEt, cellToEt, grid2D, isFormula } from "./et-values";

/** Rows per `Value2` call: bounds what one bridge call carries on a huge sheet. */
export const BLOCK_ROWS = 10_000;

/** The sheet's used values anchored at A1 (ET's UsedRange may start anywhere, and includes formatted cells). */
export function readUsed(ws: EtWorksheet, blockRows = BLOCK_ROWS): CellValue[][] {
  return readUsedExtent(ws, blockRows).rows;
}

/** The values, and the last row and column ET counts as used (formats included). */
export function readUsedExtent(ws: EtWorksheet, blockRows = BLOCK_ROWS): { rows: CellValue[][]; lastRow: number; lastColumn: number } {
  const used = ws.UsedRange;
  const top = read<number>(used, "Row");
  const left = read<number>(used, "Column");
  const rows = count(used.Rows);
  const columns = count(used.Columns);
  const body: CellValue[][] = [];
  for (let r = 0; r < rows; r += blockRows) {
    const n = Math.min(blockRows, rows - r);
    const v = n === rows ? used.Value2 : ws.Range(cellA1(top - 1 + r, left - 1)).Resize(n, columns).Value2;
    for (const row of grid2D(v, n, columns)) body.push(row.map(cellFromEt));
  }
  const pad: null[] = new Array(Math.max(0, left - 1)).fill(null);
  const out: CellValue[][] = [...Array.from({ length: Math.max(0, top - 1) }, () => [] as CellValue[]), ...body.map((r) => [...pad, ...r])];
  while (out.length && out[out.length - 1].every((c) => c === null)) out.pop();
  return { rows: out, lastRow: top + rows - 1, lastColumn: left + columns - 1 };
}

/** Runs of consecutive 0-based columns, as [first, last]. */
function runs(columns: Iterable<number>): [number, number][] {
  const out: [number, number][] = [];
  for (const c of [...new Set(columns)].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else out.push([c, c]);
  }
  return out;
}

/** Give each cell its format: one `NumberFormat` per list (≤ `maxChars`) of the cells sharing a format. */
function applyFormats(ws: EtWorksheet, cells: readonly [string, string][], maxChars: number): void {
  const byFormat = new Map<string, string[]>();
  for (const [address, format] of cells) byFormat.set(format, [...(byFormat.get(format) ?? []), address]);
  for (const [format, addresses] of byFormat) {
    for (const list of rectLists(cellRects(addresses), maxChars)) ws.Range(list.address).NumberFormat = format;
  }
}

/**
 * Write `rows` with their top-left at column A of 0-based sheet row `top` (the cells are empty: a new sheet or new
 * rows). `formats` are by sheet address (`C7`); those outside the written rows are set after the last block.
 */
export function writeBlock(
  ws: EtWorksheet, top: number, rows: readonly CellInput[][], textColumns: readonly number[] = [], blockRows = BLOCK_ROWS,
  formats: ReadonlyMap<string, string> = new Map(), addressChars = RANGE_ADDRESS_CHARS,
): void {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 1);
  const text = new Set(textColumns.filter((c) => c >= 0 && c < width));
  // Each format under its 1-based sheet row, so every block sets its own before its values.
  const byRow = new Map<number, [string, string][]>();
  for (const [address, format] of formats) {
    const row = cellRef(address).row + 1;
    byRow.set(row, [...(byRow.get(row) ?? []), [address, format]]);
  }
  const isText = formats.size ? (row: number, c: number) => (formats.get(cellA1(row - 1, c)) ?? (text.has(c) ? "@" : null)) === "@" : (_row: number, c: number) => text.has(c);
  for (let from = 0; from < rows.length; from += blockRows) {
    const part = rows.slice(from, from + blockRows);
    const r1 = top + from + 1;
    const r2 = r1 + part.length - 1;
    for (const [a, b] of runs(text)) ws.Range(`${columnLetter(a)}${r1}:${columnLetter(b)}${r2}`).NumberFormat = "@";
    if (byRow.size) applyFormats(ws, [...byRow].flatMap(([row, cells]) => (row >= r1 && row <= r2 ? cells : [])), addressChars);
    ws.Range(`A${r1}`).Resize(part.length, width).Value2 = part.map((r, i) => Array.from({ length: width }, (_, c) => cellToEt(r[c], isText(r1 + i, c))));
    for (let c = 0; c < width; c++) {
      let start = -1;
      for (let i = 0; i <= part.length; i++) {
        const f = i < part.length ? part[i][c] : undefined;
        if (isFormula(f)) {
          if (start < 0) start = i;
          continue;
        }
        if (start >= 0) {
          const col = columnLetter(c);
          ws.Range(`${col}${r1 + start}:${col}${r1 + i - 1}`).Formula = part.slice(start, i).map((r) => [(r[c] as { formula: string }).formula]);
          start = -1;
        }
      }
    }
  }
  const outside = [...byRow].flatMap(([row, cells]) => (row <= top || row > top + rows.length ? cells : []));
  if (outside.length) applyFormats(ws, outside, addressChars);
}
