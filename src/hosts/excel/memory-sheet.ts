/// <reference types="office-js" />
/**
 * The product's memory inside the workbook, as Office.js reads and writes it: the very hidden sheet `_perftarget`
 * (its records: src/hosts/shared/perftarget-sheet.ts, the WPS and .xlsx adapters' format too), keyed here by sheet
 * id, because users rename sheets. Each list (fills A:D, owned F:G, settings from I) is read and written on its
 * own. New records are inserted at the top of their list, so adding needs no read; for a cell remembered twice, the
 * lowest (oldest) record holds the true original, which is how a re-run never takes our own colour for the user's.
 */
import { cellText, columnLetter, type CellValue } from "../../core";
import { FILL_COLUMNS, ListColumns, META_SHEET, OWNED_COLUMNS, SETTING_COLUMN } from "../shared/perftarget-sheet";
import { PendingRead, finishRead, queueRead } from "./block-read";

/** Records are short (~100 bytes with their types), so the first read takes many more rows than a user sheet's. */
const FIRST_ROWS = 20_000;

export interface MemoryList {
  /** 0-based first column, and the list's columns as letters (`["A", "D"]`). */
  first: number;
  columns: [string, string];
  width: number;
}
const list = ({ first, width }: ListColumns): MemoryList => ({ first, columns: [columnLetter(first), columnLetter(first + width - 1)], width });
export const FILLS: MemoryList = list(FILL_COLUMNS);
export const OWNED: MemoryList = list(OWNED_COLUMNS);
/** As wide as its longest value: width 0 = every cell from I to the row's end. */
export const SETTINGS: MemoryList = { first: SETTING_COLUMN, columns: [columnLetter(SETTING_COLUMN), "XFD"], width: 0 };

export interface Memory {
  /** Worksheet id of `_perftarget`, or null when the workbook has none yet. */
  id: string | null;
  /**
   * Each list's cells as stored, one entry per sheet row from row 1 (index = row - 1, which in-place updates rely
   * on; a row without a record is all ""). Only the lists that were asked for are read.
   */
  fills: string[][];
  owned: string[][];
  /** Rows from column I: key, then the value's pieces; cells as stored (never trimmed), "" when empty. */
  settings: string[][];
}

/** Sync-1 part of reading the memory: whether the sheet exists and, when we already know its id, the wanted lists. */
export interface MemoryProbe {
  named: Excel.Worksheet;
  hint?: string;
  reads: Map<MemoryList, PendingRead>;
}

export function queueProbe(ctx: Excel.RequestContext, hint: string | undefined, lists: readonly MemoryList[]): MemoryProbe {
  const named = ctx.workbook.worksheets.getItemOrNullObject(META_SHEET);
  named.load("id");
  // Reading through the remembered id saves a round trip; a stale id fails the batch with ItemNotFound (retried without).
  const reads = new Map<MemoryList, PendingRead>();
  if (hint) for (const l of lists) reads.set(l, queueRead(ctx.workbook.worksheets.getItem(hint), FIRST_ROWS, l.columns));
  return { named, hint, reads };
}

/** A setting cell as written: text is not trimmed (a value's piece may begin or end with spaces). */
const rawText = (v: CellValue | undefined): string => (typeof v === "string" ? v : cellText(v));

/** One record per sheet row from row 1 (index = row - 1, which in-place updates rely on). */
function records(rows: CellValue[][], list: MemoryList): string[][] {
  const { first, width } = list;
  if (!width) return rows.map((r) => r.slice(first).map(rawText));
  return rows.map((r) => Array.from({ length: width }, (_, i) => cellText(r[first + i])));
}

export const isBlank = (r: readonly string[]) => r.every((x) => x === "");

export async function finishProbe(ctx: Excel.RequestContext, probe: MemoryProbe, lists: readonly MemoryList[], budget: number): Promise<Memory> {
  const memory: Memory = { id: null, fills: [], owned: [], settings: [] };
  if (probe.named.isNullObject) return memory;
  memory.id = probe.named.id;
  let reads = probe.reads;
  if (lists.length && probe.hint !== memory.id) {
    const ws = ctx.workbook.worksheets.getItem(memory.id);
    reads = new Map(lists.map((l) => [l, queueRead(ws, FIRST_ROWS, l.columns)] as const));
    await ctx.sync();
  }
  for (const [list, read] of reads) {
    const rows = records(await finishRead(ctx, read, budget), list);
    if (list === FILLS) memory.fills = rows;
    else if (list === OWNED) memory.owned = rows;
    else memory.settings = rows;
  }
  return memory;
}

/** Queue creating `_perftarget`, very hidden (users cannot unhide it from the UI). */
export function queueCreate(ctx: Excel.RequestContext): Excel.Worksheet {
  const ws = ctx.workbook.worksheets.add(META_SHEET);
  ws.visibility = Excel.SheetVisibility.veryHidden;
  return ws;
}

const area = (list: MemoryList, from: number, to: number) => `${list.columns[0]}${from}:${list.columns[1]}${to}`;

function queueWrite(meta: Excel.Worksheet, list: MemoryList, rows: readonly string[][]): void {
  if (!rows.length) return;
  const block = meta.getRange(area(list, 1, rows.length));
  block.numberFormat = [["@"]]; // ids, addresses and colours stay text whatever they look like
  block.values = rows.map((r) => [...r]);
}

/** Insert `rows` above the list's existing records (only its columns shift). */
export function queuePrepend(meta: Excel.Worksheet, list: MemoryList, rows: readonly string[][]): void {
  if (!rows.length) return;
  meta.getRange(area(list, 1, rows.length)).insert(Excel.InsertShiftDirection.down);
  queueWrite(meta, list, rows);
}

/** Undo of `queuePrepend`. */
export function queueUnprepend(meta: Excel.Worksheet, list: MemoryList, count: number): void {
  if (count > 0) meta.getRange(area(list, 1, count)).delete(Excel.DeleteShiftDirection.up);
}

/** Replace the list's `oldCount` records with `rows`. */
export function queueReplace(meta: Excel.Worksheet, list: MemoryList, oldCount: number, rows: readonly string[][]): void {
  if (oldCount > 0) meta.getRange(area(list, 1, oldCount)).clear(Excel.ClearApplyTo.contents);
  queueWrite(meta, list, rows);
}

/** Overwrite one record in place (0-based index). */
export function queueSetRow(meta: Excel.Worksheet, list: MemoryList, index: number, row: readonly string[]): void {
  meta.getRange(area(list, index + 1, index + 1)).values = [[...row]];
}
