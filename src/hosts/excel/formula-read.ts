/// <reference types="office-js" />
/**
 * Reading a sheet's formulas by A1 address, in row blocks sized like block-read.ts (the first block rides in the
 * first sync; taller sheets continue in blocks planned from the bytes per row seen, halved if Excel still refuses).
 * `range.formulas` gives a formula for formula cells and the value for the others, so a cell counts as a formula
 * when that text starts with `=` and differs from the cell's value (a text cell holding `=x` reads the same twice).
 */
import { columnLetter } from "../../core";
import { readRemainingBlocks } from "./block-read";
import { jsonBytes } from "./payload";

export interface PendingFormulas {
  ws: Excel.Worksheet;
  used: Excel.Range;
  first: Excel.Range;
  firstRows: number;
}

function queueBlock(ws: Excel.Worksheet, from: number, to: number): Excel.Range {
  const block = ws.getRange(`${from}:${to}`).getUsedRangeOrNullObject(true);
  block.load("formulas,values,rowIndex,columnIndex");
  return block;
}

/** Queue (do not sync) the used extent and the first block. */
export function queueFormulaRead(ws: Excel.Worksheet, firstRows: number): PendingFormulas {
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("rowIndex,rowCount");
  return { ws, used, first: queueBlock(ws, 1, firstRows), firstRows };
}

/** Add a loaded block's formulas to `out`; returns its JSON size for sizing the next block. */
function collect(out: Record<string, string>, block: Excel.Range): number {
  const formulas = block.formulas as unknown[][];
  const values = block.values as unknown[][];
  formulas.forEach((row, i) =>
    row.forEach((f, j) => {
      if (typeof f === "string" && f.startsWith("=") && f !== values[i][j]) out[`${columnLetter(block.columnIndex + j)}${block.rowIndex + i + 1}`] = f;
    }),
  );
  return jsonBytes(formulas) + jsonBytes(values);
}

/** After the caller's sync: the remaining blocks, then every formula of the sheet. */
export async function finishFormulaRead(ctx: Excel.RequestContext, read: PendingFormulas, budget: number): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  if (read.used.isNullObject) return out;
  await readRemainingBlocks(ctx, read, budget, (from, to) => queueBlock(read.ws, from, to), (block) => collect(out, block));
  return out;
}
