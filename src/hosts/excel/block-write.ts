/// <reference types="office-js" />
/**
 * Writing a 2-D block of CellInput rows through Office.js: one `values` assignment and one `formulas` assignment per
 * formula column per chunk, chunked by request size, never a call per row or per cell.
 *
 * Text stays text: text columns get numberFormat "@" before their values; elsewhere a string Excel would re-read as
 * something else (`=x`, `+x`, `-x`, `@x`, `001`, `TRUE`, `1/2`…) is prefixed with `'`, Excel's own "this is text" mark.
 * Only `{formula}` cells go through `formulas`.
 *
 * A form's number formats by cell (`0.00%`) go with the text columns' `@` as one 2-D `numberFormat` array over each
 * chunk (null where a cell keeps General), still before the values; a cell given its own format takes it over its
 * column's `@` (and is text only if that format is `@`). Without such formats a text column costs one `[["@"]]` per
 * run of columns per chunk, as before.
 */
import { columnLetter, fitText } from "../../core";
import { parseA1 } from "../a1";
import type { CellInput } from "../workbook.port";
import { chunkBySize, jsonBytes, utf8Length } from "./payload";

type Out = string | number | boolean | null;

/** Could Excel turn this string into a formula, number, date, boolean or error when it is written to a General cell? */
export function wouldCoerce(s: string): boolean {
  if (/^[=+\-@'#]/.test(s)) return true;
  const t = s.trim();
  if (/^(true|false)$/i.test(t)) return true;
  return /\d/.test(t) && /^[\d\s.,:/%$¥￥()eE+\-年月日]+$/.test(t);
}

function outValue(v: CellInput | undefined, text: boolean): Out {
  if (v === null || v === undefined) return null; // null leaves the (new, empty) cell untouched
  if (typeof v === "object") return "formula" in v ? null : v.error;
  // Excel refuses text over its cell limit; the `'` mark is not part of the text.
  if (typeof v === "string") return text || !wouldCoerce(v) ? fitText(v) : `'${fitText(v)}`;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  return v;
}

export interface PreparedBlock {
  width: number;
  values: Out[][];
  /** Per row, the formula cells as [column, formula]. */
  formulas: [number, string][][];
  rowBytes: number[];
  /** Runs of text columns, as [first, last] 0-based (written as `[["@"]]` when there is no `formats` matrix). */
  textRuns: [number, number][];
  /** With cell formats: each cell's number format (`@` in text columns, null = General), one matrix for the block. */
  formats: (string | null)[][] | null;
  /** Cell formats outside the block's rows and columns, as [address, format]. */
  outside: [string, string][];
}

/**
 * The block of `rows` anchored at A1 (insertRows passes it anchored lower: then no `numberFormats`, which are by sheet
 * address). `numberFormats` keys are A1 cell addresses (checked by the caller).
 */
export function prepareBlock(rows: readonly CellInput[][], textColumns: readonly number[] = [], numberFormats: Readonly<Record<string, string>> = {}): PreparedBlock {
  const text = new Set(textColumns);
  const width = rows.reduce((w, r) => Math.max(w, r.length), 1);
  const own = new Map<string, string>();
  const outside: [string, string][] = [];
  for (const [address, format] of Object.entries(numberFormats)) {
    const { row, col } = parseA1(address);
    if (row < rows.length && col < width) own.set(`${row}:${col}`, format);
    else outside.push([`${columnLetter(col)}${row + 1}`, format]);
  }
  const withFormats = Object.keys(numberFormats).length > 0;
  const values: Out[][] = [];
  const formulas: [number, string][][] = [];
  const formats: (string | null)[][] = [];
  const rowBytes: number[] = [];
  rows.forEach((r, i) => {
    const out: Out[] = [];
    const fs: [number, string][] = [];
    const nf: (string | null)[] = [];
    for (let c = 0; c < width; c++) {
      const v = r[c];
      const format = own.get(`${i}:${c}`) ?? (text.has(c) ? "@" : null);
      out.push(outValue(v, format === "@"));
      nf.push(format);
      if (v !== null && typeof v === "object" && "formula" in v) fs.push([c, v.formula]);
    }
    values.push(out);
    formulas.push(fs);
    if (withFormats) formats.push(nf);
    rowBytes.push(jsonBytes(out) + 1 + fs.reduce((n, [, f]) => n + utf8Length(f) + 8, 0) + (withFormats ? jsonBytes(nf) + 1 : 0));
  });
  const sorted = [...text].filter((c) => c < width).sort((a, b) => a - b);
  const textRuns: [number, number][] = [];
  for (const c of sorted) {
    const last = textRuns[textRuns.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else textRuns.push([c, c]);
  }
  return { width, values, formulas, rowBytes, textRuns, formats: withFormats ? formats : null, outside };
}

/** Row spans [from, to) whose payload stays under `budget`; at least one (possibly empty) span. */
export function planChunks(block: PreparedBlock, budget: number): [number, number][] {
  const chunks = chunkBySize(block.rowBytes, budget);
  return chunks.length ? chunks : [[0, 0]];
}

export function chunkBytes(block: PreparedBlock, [from, to]: [number, number]): number {
  let n = 0;
  for (let i = from; i < to; i++) n += block.rowBytes[i];
  return n;
}

/** Queue rows [from, to) of the block at 0-based sheet row `top`, column A: formats, then values, then formulas. */
export function queueChunk(ws: Excel.Worksheet, top: number, block: PreparedBlock, [from, to]: [number, number]): void {
  if (to <= from) return;
  const r1 = top + from + 1;
  const r2 = top + to;
  const area = `A${r1}:${columnLetter(block.width - 1)}${r2}`;
  const formats = block.formats?.slice(from, to);
  if (formats) {
    if (formats.some((r) => r.some((f) => f !== null))) ws.getRange(area).numberFormat = formats;
  } else for (const [a, b] of block.textRuns) ws.getRange(`${columnLetter(a)}${r1}:${columnLetter(b)}${r2}`).numberFormat = [["@"]];
  ws.getRange(area).values = block.values.slice(from, to);
  // One column vector per column that has formulas, spanning its first to last formula row in this chunk.
  const spans = new Map<number, { first: number; last: number; byRow: Map<number, string> }>();
  for (let i = from; i < to; i++) {
    for (const [c, f] of block.formulas[i]) {
      const s = spans.get(c) ?? { first: i, last: i, byRow: new Map<number, string>() };
      s.last = i;
      s.byRow.set(i, f);
      spans.set(c, s);
    }
  }
  for (const [c, s] of spans) {
    const col = columnLetter(c);
    const column: (string | null)[][] = [];
    for (let i = s.first; i <= s.last; i++) column.push([s.byRow.get(i) ?? null]);
    ws.getRange(`${col}${top + s.first + 1}:${col}${top + s.last + 1}`).formulas = column;
  }
}
