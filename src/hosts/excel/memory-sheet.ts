/// <reference types="office-js" />
/**
 * The product's memory inside the workbook: a very hidden sheet `_perftarget`, so it travels with the file and
 * survives a reload. Two independent lists, each readable on its own:
 *   A:D  fills — sheet id | cell address | original fill ("" = no fill) | the colour we applied
 *   F:G  owned — sheet id | name when made (sheets the product made; by id, because users rename sheets)
 *   I:…  settings — key | value in pieces across J, K, L … (setting-cells.ts; the WPS and .xlsx adapters' layout too)
 * New records are inserted at the top of their list, so adding needs no read; for a cell remembered twice, the
 * lowest (oldest) record holds the true original, which is how a re-run never takes our own colour for the user's.
 */
import { cellText, type CellValue } from "../../core";
import { PendingRead, finishRead, queueRead } from "./block-read";

export const META_SHEET = "_perftarget";
/** Records are short (~100 bytes with their types), so the first read takes many more rows than a user sheet's. */
const FIRST_ROWS = 20_000;

export interface MemoryList {
  columns: [string, string];
  width: number;
}
export const FILLS: MemoryList = { columns: ["A", "D"], width: 4 };
export const OWNED: MemoryList = { columns: ["F", "G"], width: 2 };
/** As wide as its longest value: width 0 = every cell from I to the row's end. */
export const SETTINGS: MemoryList = { columns: ["I", "XFD"], width: 0 };

export type FillRecord = [sheetId: string, address: string, original: string, applied: string];
export type OwnedRecord = [sheetId: string, name: string];

export interface Memory {
  /** Worksheet id of `_perftarget`, or null when the workbook has none yet. */
  id: string | null;
  /** In sheet order: row 1 first (newest). Only the lists that were asked for are read. */
  fills: FillRecord[];
  owned: OwnedRecord[];
  /** Rows from column I: key, then the value's pieces; cells as stored (never trimmed), "" when empty. */
  settings: string[][];
}

export const fillRecord = (sheetId: string, address: string, original: string | null, applied: string): FillRecord => [sheetId, address, original ?? "", applied];

export interface RememberedFill {
  original: string | null;
  applied: string;
}

/** Per sheet id and address: the oldest original and the newest applied colour. */
export function rememberedFills(records: readonly FillRecord[]): Map<string, Map<string, RememberedFill>> {
  const out = new Map<string, Map<string, RememberedFill>>();
  for (const [sheetId, address, original, applied] of records) {
    if (!sheetId || !address) continue;
    const bySheet = out.get(sheetId) ?? new Map<string, RememberedFill>();
    const seen = bySheet.get(address);
    // Records run newest → oldest: each later one has an older original; the first one seen has the newest colour.
    bySheet.set(address, { original: original === "" ? null : original, applied: seen ? seen.applied : applied });
    out.set(sheetId, bySheet);
  }
  return out;
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
  const first = list.columns[0].charCodeAt(0) - 65;
  if (!list.width) return rows.map((r) => r.slice(first).map(rawText));
  return rows.map((r) => Array.from({ length: list.width }, (_, i) => cellText(r[first + i])));
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
    if (list === FILLS) memory.fills = rows as FillRecord[];
    else if (list === OWNED) memory.owned = rows as OwnedRecord[];
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
