/**
 * The product's memory inside the workbook, as ET reads and writes it: the very hidden sheet `_perftarget` (its
 * records: src/hosts/shared/perftarget-sheet.ts, the Excel and .xlsx adapters' format too), read in one call and
 * rewritten as one text-formatted block. ET worksheets have no stable id across builds, so sheets are remembered
 * by name; an owned sheet's record holds its first row when we wrote it (rowSignature).
 */
import { columnLetter } from "../../core";
import {
  Block, MARKER, META_SHEET, PerftargetRecords, decodeRows, encodeRows, isRecordSheet, storedText,
} from "../shared/perftarget-sheet";
import { count, item, read } from "./et-bridge";
import type { EtSession } from "./et-bridge";
import { readUsedExtent } from "./et-block";
import type { EtWorksheet } from "./et-types";
import { XL } from "./et-types";

export interface Meta extends PerftargetRecords {
  ws?: EtWorksheet;
  /** Rows and columns of the sheet ET counts as used (text-formatted ones included), when it was read. */
  extent?: number;
  columns?: number;
}

/**
 * The record sheet: `_perftarget` when very hidden (marked or, written before the marker, not), else the first very
 * hidden, marked `_perftarget~N` (its name when a user's sheet holds `_perftarget`). A user's sheet is never it.
 */
export function findRecordSheet(s: EtSession): EtWorksheet | undefined {
  const veryHidden = (ws: EtWorksheet) => read(ws, "Visible") === XL.veryHidden;
  const first = s.find(META_SHEET);
  if (first && veryHidden(first)) return first;
  // No very hidden `_perftarget`: ours may be `_perftarget~N` — also after the user deleted their own `_perftarget`.
  for (let n = 2; ; n++) {
    const name = `${META_SHEET}~${n}`;
    const ws = s.find(name);
    if (!ws) return undefined;
    const marked = veryHidden(ws) && storedText(ws.Range("E1").Value2) === MARKER;
    if (isRecordSheet({ name, veryHidden: veryHidden(ws), marked })) return ws;
  }
}

export function readMeta(s: EtSession): Meta {
  const ws = findRecordSheet(s);
  if (!ws) return { fills: [], owned: [], settings: [] };
  const used = readUsedExtent(ws);
  return { ws, extent: used.lastRow, columns: used.lastColumn, ...decodeRows(used.rows.map((r) => Array.from(r, storedText))) };
}

/** Write `b` from A1 over the `clear` rows × columns written before. */
function put(ws: EtWorksheet, b: Block, clear: { rows: number; width: number }): void {
  if (clear.rows > 0) ws.Range("A1").Resize(clear.rows, clear.width).ClearContents();
  if (!b.rows.length) return;
  const r = ws.Range("A1").Resize(b.rows.length, b.width);
  r.NumberFormat = "@"; // names, addresses, colours and JSON stay text whatever they look like
  r.Value2 = b.rows;
}

/** Create `_perftarget` (very hidden) after the last sheet, leaving the active sheet active. */
function create(s: EtSession): EtWorksheet {
  const active = s.app.ActiveSheet;
  const sheets = s.sheets;
  s.onUndo(() => active.Activate()); // after the delete below: ET would activate a neighbour
  const ws = sheets.Add(null, item<EtWorksheet>(sheets, count(sheets)));
  s.onUndo(() => ws.Delete());
  // A user's sheet called `_perftarget` keeps its name; ours takes the next free one.
  // (recordSheetName's rule, probed with one find per name rather than a read of every sheet's name)
  let name = META_SHEET;
  for (let n = 2; s.find(name); n++) name = `${META_SHEET}~${n}`;
  ws.Name = name;
  ws.Visible = XL.veryHidden;
  active.Activate(); // Add activates the new sheet
  return ws;
}

/** Replace the stored memory `before` by `after` (undone with the rest of the session on failure). */
export function writeMeta(s: EtSession, before: Meta, after: Meta): void {
  const old = encodeRows(before);
  const next = encodeRows(after);
  const ws = before.ws ?? create(s);
  after.ws = ws;
  // Registered first: a write that fails half-way is undone too. A sheet made here is simply deleted.
  if (before.ws) {
    s.onUndo(() => {
      put(ws, old, { rows: Math.max(next.rows.length, old.rows.length), width: Math.max(next.width, old.width) });
      // Cells text-formatted by this write only go back to General: below the rows, or right of the columns, used before.
      const rows = Math.max(old.rows.length, before.extent ?? 0);
      const columns = Math.max(old.width, before.columns ?? 0);
      if (next.rows.length > rows) ws.Range(`A${rows + 1}`).Resize(next.rows.length - rows, next.width).NumberFormat = "General";
      if (next.width > columns && rows > 0) ws.Range(`${columnLetter(columns)}1`).Resize(Math.min(rows, next.rows.length), next.width - columns).NumberFormat = "General";
    });
  }
  put(ws, next, { rows: old.rows.length, width: old.width });
}

export const nameOf = (ws: EtWorksheet): string => String(read(ws, "Name"));
