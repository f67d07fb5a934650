/// <reference types="office-js" />
/**
 * Reading a sheet's used values as 2-D blocks anchored at A1. The first block (rows 1…N) is queued with the caller's
 * other reads, so a normal sheet costs that one sync; taller sheets continue in row blocks sized from the bytes per
 * row measured so far to stay under the response budget, halving a block if Excel still rejects it.
 */
import type { CellValue } from "../../core";
import { isPayloadError } from "./office-errors";
import { jsonBytes } from "./payload";

export const FIRST_BLOCK_ROWS = 1000;

export interface PendingRead {
  ws: Excel.Worksheet;
  used: Excel.Range;
  first: Excel.Range;
  firstRows: number;
  columns?: [string, string];
}

/** Rows `from`…`to` (1-based), whole rows or only the given columns. */
const rowsArea = (from: number, to: number, columns?: [string, string]) => (columns ? `${columns[0]}${from}:${columns[1]}${to}` : `${from}:${to}`);

/** Queue (do not sync) the reads of the used extent and of the first block; `columns` limits both to e.g. A…D. */
export function queueRead(ws: Excel.Worksheet, firstRows = FIRST_BLOCK_ROWS, columns?: [string, string]): PendingRead {
  const used = columns ? ws.getRange(`${columns[0]}:${columns[1]}`).getUsedRangeOrNullObject(true) : ws.getUsedRangeOrNullObject(true);
  used.load("rowIndex,rowCount");
  const first = ws.getRange(rowsArea(1, firstRows, columns)).getUsedRangeOrNullObject(true);
  first.load("values,valueTypes,rowIndex,columnIndex");
  return { ws, used, first, firstRows, columns };
}

function cell(v: unknown, type: string): CellValue {
  if (type === "Empty") return null;
  if (type === "Error") return { error: String(v) };
  return v as CellValue;
}

/** Put a loaded block into `out` at its sheet position; returns its JSON size for sizing the next block. */
function place(out: CellValue[][], block: Excel.Range): number {
  const values = block.values;
  const types = block.valueTypes as string[][];
  const pad: null[] = new Array(block.columnIndex).fill(null);
  values.forEach((row, i) => {
    out[block.rowIndex + i] = [...pad, ...row.map((v, j) => cell(v, types[i][j]))];
  });
  return jsonBytes(values) + jsonBytes(types);
}

/**
 * The shared loop of every block read: after the caller's sync took the first block, read rows firstRows…end in
 * blocks sized from the largest bytes-per-row seen (`take` returns a block's size), halving a block Excel refuses.
 */
export async function readRemainingBlocks(
  ctx: Excel.RequestContext,
  read: { used: Excel.Range; first: Excel.Range; firstRows: number },
  budget: number,
  queue: (from: number, to: number) => Excel.Range,
  take: (block: Excel.Range) => number,
): Promise<void> {
  const end = read.used.rowIndex + read.used.rowCount;
  let perRow = 0;
  if (!read.first.isNullObject) perRow = take(read.first) / Math.max(1, read.first.values.length);
  let next = Math.max(read.firstRows, read.used.rowIndex);
  while (next < end) {
    // perRow is the largest seen so far; the budget itself is 20% under Excel's limit for rows longer still.
    let n = Math.min(end - next, perRow > 0 ? Math.max(1, Math.floor(budget / perRow)) : read.firstRows);
    let block: Excel.Range;
    for (;;) {
      block = queue(next + 1, next + n);
      try {
        await ctx.sync();
        break;
      } catch (e) {
        if (!isPayloadError(e) || n === 1) throw e;
        n = Math.ceil(n / 2);
      }
    }
    if (!block.isNullObject) perRow = Math.max(perRow, take(block) / n);
    next += n;
  }
}

/** After the caller's sync: the rest of the blocks, then the rows anchored at A1 (missing rows as []). */
export async function finishRead(ctx: Excel.RequestContext, read: PendingRead, budget: number): Promise<CellValue[][]> {
  if (read.used.isNullObject) return [];
  const out: CellValue[][] = [];
  const queue = (from: number, to: number) => {
    const block = read.ws.getRange(rowsArea(from, to, read.columns)).getUsedRangeOrNullObject(true);
    block.load("values,valueTypes,rowIndex,columnIndex");
    return block;
  };
  await readRemainingBlocks(ctx, read, budget, queue, (block) => place(out, block));
  for (let i = 0; i < out.length; i++) out[i] ??= [];
  return out;
}
