/// <reference types="office-js" />
/**
 * The product's memory inside the workbook, as Office.js reads and writes it: the very hidden record sheet
 * `_perftarget` (its records: src/hosts/shared/perftarget-sheet.ts, the WPS and .xlsx adapters' format too), keyed
 * here by sheet id, because users rename sheets. The record sheet is known by the codec's rule (isRecordSheet): very
 * hidden and named `_perftarget`, or `_perftarget~N` with E1's marker (its name when a user's sheet holds
 * `_perftarget`); a user's sheet of that name is never read or written. Each list (fills A:D, owned F:G, settings
 * from I) is read and written on its own. New records are inserted at the top of their list, so adding needs no
 * read; for a cell remembered twice, the lowest (oldest) record holds the true original, which is how a re-run never
 * takes our own colour for the user's.
 */
import { cellText, columnLetter, type CellValue } from "../../core";
import {
  FILL_COLUMNS, ListColumns, MARKER, MARKER_COLUMN, META_SHEET, OWNED_COLUMNS, SETTING_COLUMN, isMetaName, isRecordSheet, recordSheetName, storedText,
} from "../shared/perftarget-sheet";
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
  /** Worksheet id of the record sheet, or null when the workbook has none yet. */
  id: string | null;
  /** Every sheet's name as of the first sync (ours included): a record sheet made now takes a name none of them has. */
  names: string[];
  /**
   * Each list's cells as stored, one entry per sheet row from row 1 (index = row - 1, which in-place updates rely
   * on; a row without a record is all ""). Only the lists that were asked for are read.
   */
  fills: string[][];
  owned: string[][];
  /** Rows from column I: key, then the value's pieces; cells as stored (never trimmed), "" when empty. */
  settings: string[][];
}

/** The sheet properties a probe loads for itself; a caller that needs more of every sheet asks for them here. */
export type SheetProperty = "id" | "name" | "visibility" | "position";

/**
 * Sync-1 part of reading the memory: every sheet's id, name and visibility (the record sheet is one of them) and,
 * when we already know its id, its marker and the wanted lists.
 */
export interface MemoryProbe {
  /** The workbook's sheets, loaded with id, name, visibility and what the caller added: use these, do not load the collection again. */
  sheets: Excel.WorksheetCollection;
  hint?: string;
  /** E1 of the remembered sheet. */
  marker?: Excel.Range;
  reads: Map<MemoryList, PendingRead>;
}

const MARKER_CELL = `${columnLetter(MARKER_COLUMN)}1`;

function queueMarker(ws: Excel.Worksheet): Excel.Range {
  const cell = ws.getRange(MARKER_CELL);
  cell.load("values");
  return cell;
}

const marked = (cell: Excel.Range): boolean => storedText(cell.values[0]?.[0]) === MARKER;

/**
 * Queue the first sync's part: the sheets (one collection load, also serving the caller's `more` properties: a
 * second load of the same collection would replace the first) and, through the remembered id, E1 and the lists.
 */
export function queueProbe(ctx: Excel.RequestContext, hint: string | undefined, lists: readonly MemoryList[], more: readonly SheetProperty[] = []): MemoryProbe {
  const sheets = ctx.workbook.worksheets;
  sheets.load([...new Set<SheetProperty>(["id", "name", "visibility", ...more])].map((p) => `items/${p}`).join(","));
  // Reading through the remembered id saves a round trip; a stale id fails the batch with ItemNotFound (retried without).
  const reads = new Map<MemoryList, PendingRead>();
  let marker: Excel.Range | undefined;
  if (hint) {
    const ws = ctx.workbook.worksheets.getItem(hint);
    marker = queueMarker(ws);
    for (const l of lists) reads.set(l, queueRead(ws, FIRST_ROWS, l.columns));
  }
  return { sheets, hint, marker, reads };
}

interface Candidate {
  id: string;
  /** Named `_perftarget~N`: ours only with E1's marker (an unmarked `_perftarget` is ours from before the marker). */
  needsMarker: boolean;
  /** Order among candidates: `_perftarget` first, then `~2`, `~3` … (as WPS looks for them). */
  rank: number;
}

/** Sheets that may be the record sheet by name and visibility, in the order they are tried. */
function candidates(sheets: readonly Excel.Worksheet[]): Candidate[] {
  return sheets
    .filter((s) => s.visibility === Excel.SheetVisibility.veryHidden && isMetaName(s.name))
    .map((s) => ({
      id: s.id,
      needsMarker: !isRecordSheet({ name: s.name, veryHidden: true, marked: false }),
      rank: s.name.length > META_SHEET.length ? Number(s.name.slice(META_SHEET.length + 1)) : 0,
    }))
    .sort((a, b) => a.rank - b.rank);
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

/**
 * The record sheet's id when the first sync settles it, null when the workbook has none, undefined when it takes
 * another sync: a `_perftarget~N` not read through the remembered id is ours only if its E1 says so.
 */
export function settledRecordSheet(probe: MemoryProbe): string | null | undefined {
  for (const c of candidates(probe.sheets.items)) {
    if (c.id === probe.hint) {
      if (!c.needsMarker || marked(probe.marker!)) return c.id;
    } else if (!c.needsMarker) return c.id;
    else return undefined;
  }
  return null;
}

/**
 * The record sheet and its wanted lists. Through the remembered id they came with the first sync; otherwise one more
 * sync reads them (with E1 for a `_perftarget~N`, so a workbook where the user owns `_perftarget` costs no more), and
 * none at all when no list is wanted and the sheet is `_perftarget`. A candidate without the marker is passed over
 * (one sync each: only a hand-made workbook has one).
 */
async function findRecords(ctx: Excel.RequestContext, probe: MemoryProbe, lists: readonly MemoryList[]): Promise<{ id: string; reads: Map<MemoryList, PendingRead> } | undefined> {
  for (const c of candidates(probe.sheets.items)) {
    if (c.id === probe.hint) {
      if (!c.needsMarker || marked(probe.marker!)) return { id: c.id, reads: probe.reads };
      continue;
    }
    if (!c.needsMarker && !lists.length) return { id: c.id, reads: new Map() };
    const ws = ctx.workbook.worksheets.getItem(c.id);
    const marker = c.needsMarker ? queueMarker(ws) : undefined;
    const reads = new Map(lists.map((l) => [l, queueRead(ws, FIRST_ROWS, l.columns)] as const));
    await ctx.sync();
    if (!marker || marked(marker)) return { id: c.id, reads };
  }
  return undefined;
}

export async function finishProbe(ctx: Excel.RequestContext, probe: MemoryProbe, lists: readonly MemoryList[], budget: number): Promise<Memory> {
  const memory: Memory = { id: null, names: probe.sheets.items.map((s) => s.name), fills: [], owned: [], settings: [] };
  const found = await findRecords(ctx, probe, lists);
  if (!found) return memory;
  memory.id = found.id;
  for (const [list, read] of found.reads) {
    const rows = records(await finishRead(ctx, read, budget), list);
    if (list === FILLS) memory.fills = rows;
    else if (list === OWNED) memory.owned = rows;
    else memory.settings = rows;
  }
  return memory;
}

/**
 * Queue creating the record sheet, very hidden (users cannot unhide it from the UI) and marked in E1: `_perftarget`,
 * or the first free `_perftarget~N` when a sheet in `taken` holds the name.
 */
export function queueCreate(ctx: Excel.RequestContext, taken: readonly string[]): Excel.Worksheet {
  const ws = ctx.workbook.worksheets.add(recordSheetName(taken));
  ws.visibility = Excel.SheetVisibility.veryHidden;
  const cell = ws.getRange(MARKER_CELL);
  cell.numberFormat = [["@"]];
  cell.values = [[MARKER]];
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
