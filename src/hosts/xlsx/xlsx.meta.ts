/**
 * The product's memory inside an .xlsx: the very hidden sheet `_perftarget`, so it travels with the file. Its records
 * are src/hosts/shared/perftarget-sheet.ts (the Excel and WPS adapters' format too), keyed here by sheet name like
 * the WPS adapter; the Excel add-in keys by Office.js sheet ids (a file has none), so each ignores the other's
 * records rather than misreading them. A fill's original is ExcelJS fill JSON, or `#RRGGBB` from the add-in.
 * Read once when a workbook is opened, rewritten whole after each change (a few thousand records at most).
 */
import ExcelJS from "exceljs";
import { META_SHEET, PerftargetRecords, RememberedFill, decodeRows, encodeRows, rememberFills, storedText } from "../shared/perftarget-sheet";

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

export function isMetaSheet(ws: ExcelJS.Worksheet): boolean {
  return ws.name === META_SHEET;
}

/** Row 1 first, each row's cells from A as text (`row.values` is 1-based and does not create cells). */
function sheetRows(ws: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  ws.eachRow((row, n) => {
    const values = row.values as ExcelJS.CellValue[];
    rows[n - 1] = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => storedText(values[i + 1]));
  });
  return rows;
}

export function readMeta(workbook: ExcelJS.Workbook): Meta {
  const meta = emptyMeta();
  const ws = workbook.getWorksheet(META_SHEET);
  if (!ws) return meta;
  const records = decodeRows(sheetRows(ws));
  // Records may repeat a cell (the add-in prepends); the lowest one holds the true original.
  meta.fills = rememberFills(records.fills);
  // A record without a signature stands for itself (a later one of the same key wins, as each row is read).
  for (const o of records.owned) meta.owned.set(o.sheet, o.signature || o.sheet);
  // A key stored twice (only a hand-edited file has that): the first row wins, as in the Excel and WPS adapters.
  for (const s of records.settings) if (!meta.settings.has(s.key)) meta.settings.set(s.key, s.value);
  return meta;
}

/** Rewrite `_perftarget` from `meta`, creating it very hidden; no sheet at all when there is nothing to remember. */
export function writeMeta(workbook: ExcelJS.Workbook, meta: Meta): void {
  const old = workbook.getWorksheet(META_SHEET);
  if (old) workbook.removeWorksheet(old.id);
  const empty = meta.fills.size === 0 && meta.owned.size === 0 && meta.settings.size === 0;
  if (empty) return;
  const ws = workbook.addWorksheet(META_SHEET, { state: "veryHidden" });
  const records: PerftargetRecords = {
    fills: [...meta.fills].flatMap(([sheet, cells]) => [...cells].map(([address, f]) => ({ sheet, address, ...f }))),
    owned: [...meta.owned].map(([sheet, signature]) => ({ sheet, signature })),
    settings: [...meta.settings].map(([key, value]) => ({ key, value })),
  };
  // Only cells that hold something: an empty one stays absent from the file.
  encodeRows(records).rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === "") return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.numFmt = "@"; // addresses, colours and JSON stay text whatever they look like
      cell.value = v;
    }),
  );
}
