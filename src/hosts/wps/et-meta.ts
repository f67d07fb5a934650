/**
 * The product's memory inside the workbook: a very hidden sheet `_perftarget`, so it travels with the file and the
 * user cannot unhide it from the UI. Read in one call and rewritten as one text-formatted block:
 *   A:D  fills    sheet name | cell | original fill ("" = no fill) | the colour we applied
 *   F:G  owned    sheet name | its first row when we wrote it (a user's later sheet of that name will not match)
 *   I:…  settings key | value in pieces across J, K, L … (setting-cells.ts: the Excel and .xlsx adapters' layout)
 * ET worksheets have no stable id across builds, so sheets are remembered by name.
 */
import { columnLetter, type CellValue } from "../../core";
import { SETTING_COLUMN, settingPieces, settingValue } from "../excel/setting-cells";
import { count, item, read } from "./et-bridge";
import type { EtSession } from "./et-bridge";
import { readUsedExtent } from "./et-block";
import type { Fill } from "./et-fills";
import type { EtWorksheet } from "./et-types";
import { XL } from "./et-types";

export const META_SHEET = "_perftarget";
/** Columns A…J: the two lists, and a setting's key and first piece. */
const WIDTH = SETTING_COLUMN + 2;

export interface FillRecord {
  sheet: string;
  address: string;
  original: Fill;
  applied: string;
}

export interface OwnedRecord {
  name: string;
  signature: string;
}

export interface Meta {
  ws?: EtWorksheet;
  /** Rows and columns of the sheet ET counts as used (text-formatted ones included), when it was read. */
  extent?: number;
  columns?: number;
  fills: FillRecord[];
  owned: OwnedRecord[];
  settings: [string, string][];
}

const text = (v: CellValue | { formula: string } | undefined): string =>
  v === null || v === undefined ? "" : typeof v === "object" ? ("error" in v ? v.error : "") : String(v);

/** A first row as one string, to recognise a sheet we wrote (headers are text; a formula counts as empty). */
export const signature = (row: readonly unknown[]): string => row.map((v) => text(v as CellValue)).join("\t").slice(0, 500);

export function readMeta(s: EtSession): Meta {
  const meta: Meta = { fills: [], owned: [], settings: [] };
  const ws = s.find(META_SHEET);
  if (!ws) return meta;
  meta.ws = ws;
  const used = readUsedExtent(ws);
  meta.extent = used.lastRow;
  meta.columns = used.lastColumn;
  for (const r of used.rows) {
    const t = Array.from({ length: Math.max(WIDTH, r.length) }, (_, i) => text(r[i]));
    if (t[0] && t[1]) meta.fills.push({ sheet: t[0], address: t[1], original: t[2] || null, applied: t[3] });
    if (t[5]) meta.owned.push({ name: t[5], signature: t[6] });
    if (t[SETTING_COLUMN]) meta.settings.push([t[SETTING_COLUMN], settingValue(t.slice(SETTING_COLUMN + 1))]);
  }
  return meta;
}

interface Block {
  rows: string[][];
  /** Columns from A: past J when a setting's value takes more than one piece. */
  width: number;
}

function block(m: Meta): Block {
  const settings = m.settings.map(([k, v]) => [k, ...settingPieces(v)]);
  const width = settings.reduce((w, s) => Math.max(w, SETTING_COLUMN + s.length), WIDTH);
  const n = Math.max(m.fills.length, m.owned.length, settings.length);
  const rows = Array.from({ length: n }, (_, i) => {
    const f = m.fills[i];
    const o = m.owned[i];
    const row = [f?.sheet ?? "", f?.address ?? "", f ? (f.original ?? "") : "", f?.applied ?? "", "", o?.name ?? "", o?.signature ?? "", "", ...(settings[i] ?? [])];
    return [...row, ...new Array<string>(width - row.length).fill("")];
  });
  return { rows, width };
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
  ws.Name = META_SHEET;
  ws.Visible = XL.veryHidden;
  active.Activate(); // Add activates the new sheet
  return ws;
}

/** Replace the stored memory `before` by `after` (undone with the rest of the session on failure). */
export function writeMeta(s: EtSession, before: Meta, after: Meta): void {
  const old = block(before);
  const next = block(after);
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

export const isMetaName = (name: string) => name.toLowerCase() === META_SHEET;

export const nameOf = (ws: EtWorksheet): string => String(read(ws, "Name"));
