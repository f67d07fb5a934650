/**
 * The product's memory inside an .xlsx: a very hidden sheet `_perftarget`, so it travels with the file. The layout
 * is the WPS adapter's (src/hosts/wps/et-meta.ts), keyed by sheet name; the Excel add-in uses the same columns keyed
 * by Office.js sheet ids (a file has none), so each ignores the other's records rather than misreading them.
 *   A:D  fills    — sheet | cell address | original fill (ExcelJS fill JSON, or `#RRGGBB`; "" = no fill) | applied colour
 *   F:G  owned    — sheet | its first row when written (rowSignature; the WPS adapter's record too)
 *   I:J… settings — key | value (long values continue in K, L … so no cell exceeds Excel's 32,767 characters;
 *                   setting-cells.ts, shared with the Excel and WPS adapters)
 */
import ExcelJS from "exceljs";
import { SETTING_COLUMN, settingPieces, settingValue } from "../excel/setting-cells";

export const META_SHEET = "_perftarget";

export interface RememberedFill {
  /** Fill JSON or `#RRGGBB` as found before our first colouring; null = the cell had no fill. */
  original: string | null;
  applied: string;
}

export interface Meta {
  /** sheet name → address → fill; lowercase-insensitive lookups are the caller's business. */
  fills: Map<string, Map<string, RememberedFill>>;
  /** Sheet key (a sheet name; the Excel add-in's records use sheet ids) → first-row signature (Excel: name when made). */
  owned: Map<string, string>;
  settings: Map<string, string>;
}

export function emptyMeta(): Meta {
  return { fills: new Map(), owned: new Map(), settings: new Map() };
}

const text = (v: ExcelJS.CellValue): string => (v === null || v === undefined ? "" : typeof v === "object" ? "" : String(v));

export function isMetaSheet(ws: ExcelJS.Worksheet): boolean {
  return ws.name === META_SHEET;
}

export function readMeta(workbook: ExcelJS.Workbook): Meta {
  const meta = emptyMeta();
  const ws = workbook.getWorksheet(META_SHEET);
  if (!ws) return meta;
  ws.eachRow((row) => {
    const cell = (c: number) => text(row.getCell(c).value);
    const [sheet, address, original, applied] = [cell(1), cell(2), cell(3), cell(4)];
    if (sheet && address) {
      const bySheet = meta.fills.get(sheet) ?? new Map<string, RememberedFill>();
      const seen = bySheet.get(address);
      // Records may repeat a cell (the add-in prepends); the lowest one holds the true original.
      bySheet.set(address, { original: original === "" ? null : original, applied: seen ? seen.applied : applied });
      meta.fills.set(sheet, bySheet);
    }
    if (cell(6)) meta.owned.set(cell(6), cell(7) || cell(6));
    const key = cell(SETTING_COLUMN + 1);
    if (key) {
      const pieces: string[] = [];
      for (let c = SETTING_COLUMN + 2; cell(c); c++) pieces.push(cell(c));
      meta.settings.set(key, settingValue(pieces));
    }
  });
  return meta;
}

/** Rewrite `_perftarget` from `meta` (small: a few thousand records at most), creating it very hidden if needed. */
export function writeMeta(workbook: ExcelJS.Workbook, meta: Meta): void {
  const old = workbook.getWorksheet(META_SHEET);
  if (old) workbook.removeWorksheet(old.id);
  const empty = meta.fills.size === 0 && meta.owned.size === 0 && meta.settings.size === 0;
  if (empty) return;
  const ws = workbook.addWorksheet(META_SHEET, { state: "veryHidden" });
  const put = (r: number, c: number, v: string) => {
    if (v === "") return;
    const cell = ws.getCell(r, c);
    cell.numFmt = "@"; // addresses, colours and JSON stay text whatever they look like
    cell.value = v;
  };
  let r = 1;
  for (const [sheet, cells] of meta.fills) {
    for (const [address, f] of cells) {
      put(r, 1, sheet);
      put(r, 2, address);
      put(r, 3, f.original ?? "");
      put(r, 4, f.applied);
      r++;
    }
  }
  r = 1;
  for (const [key, name] of meta.owned) {
    put(r, 6, key);
    put(r, 7, name);
    r++;
  }
  r = 1;
  for (const [key, value] of meta.settings) {
    put(r, SETTING_COLUMN + 1, key);
    settingPieces(value).forEach((piece, i) => put(r, SETTING_COLUMN + 2 + i, piece)); // never half a surrogate pair
    r++;
  }
}
