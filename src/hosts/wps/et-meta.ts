/**
 * The product's memory inside the workbook: a very hidden sheet `_perftarget`, so it travels with the file and the
 * user cannot unhide it from the UI. Read in one call and rewritten as one text-formatted block:
 *   A:D  fills    sheet name | cell | original fill ("" = no fill) | the colour we applied
 *   F:G  owned    sheet name | its first row when we wrote it (a user's later sheet of that name will not match)
 *   I:J  settings key | value
 * ET worksheets have no stable id across builds, so sheets are remembered by name.
 */
import type { CellValue } from "../../core/grid";
import { count, item, read } from "./et-bridge";
import type { EtSession } from "./et-bridge";
import { readUsedExtent } from "./et-block";
import type { Fill } from "./et-fills";
import type { EtWorksheet } from "./et-types";
import { XL } from "./et-types";

export const META_SHEET = "_perftarget";
const WIDTH = 10; // A…J

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
  /** Rows of the sheet ET counts as used (text-formatted ones included), when it was read. */
  extent?: number;
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
  for (const r of used.rows) {
    const t = Array.from({ length: WIDTH }, (_, i) => text(r[i]));
    if (t[0] && t[1]) meta.fills.push({ sheet: t[0], address: t[1], original: t[2] || null, applied: t[3] });
    if (t[5]) meta.owned.push({ name: t[5], signature: t[6] });
    if (t[8]) meta.settings.push([t[8], t[9]]);
  }
  return meta;
}

function block(m: Meta): string[][] {
  const n = Math.max(m.fills.length, m.owned.length, m.settings.length);
  return Array.from({ length: n }, (_, i) => {
    const f = m.fills[i];
    const o = m.owned[i];
    const kv = m.settings[i];
    return [f?.sheet ?? "", f?.address ?? "", f ? (f.original ?? "") : "", f?.applied ?? "", "", o?.name ?? "", o?.signature ?? "", "", kv?.[0] ?? "", kv?.[1] ?? ""];
  });
}

function put(ws: EtWorksheet, rows: string[][], oldCount: number): void {
  if (oldCount > 0) ws.Range("A1").Resize(oldCount, WIDTH).ClearContents();
  if (!rows.length) return;
  const r = ws.Range("A1").Resize(rows.length, WIDTH);
  r.NumberFormat = "@"; // names, addresses, colours and JSON stay text whatever they look like
  r.Value2 = rows;
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
  const rows = block(after);
  const ws = before.ws ?? create(s);
  after.ws = ws;
  // Registered first: a write that fails half-way is undone too. A sheet made here is simply deleted.
  if (before.ws) {
    s.onUndo(() => {
      put(ws, old, Math.max(rows.length, old.length));
      const formatted = Math.max(old.length, before.extent ?? 0); // rows already text-formatted before
      if (rows.length > formatted) ws.Range(`A${formatted + 1}`).Resize(rows.length - formatted, WIDTH).NumberFormat = "General";
    });
  }
  put(ws, rows, old.length);
}

export const isMetaName = (name: string) => name.toLowerCase() === META_SHEET;

export const nameOf = (ws: EtWorksheet): string => String(read(ws, "Name"));
