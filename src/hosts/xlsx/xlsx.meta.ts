/**
 * The product's memory inside an .xlsx: the very hidden sheet `_perftarget`, so it travels with the file. Its records
 * are src/hosts/shared/perftarget-sheet.ts (the Excel and WPS adapters' format too), keyed here by sheet name like
 * the WPS adapter; the Excel add-in keys by Office.js sheet ids (a file has none), so each ignores the other's
 * records rather than misreading them. A fill's original is ExcelJS fill JSON, or `#RRGGBB` from the add-in.
 * Read once when a workbook is opened, rewritten whole after each change (a few thousand records at most).
 */
import ExcelJS from "exceljs";
import {
  DamagedRecord, FillRecord, MARKER, MARKER_COLUMN, PerftargetRecords, RememberedFill, decodeSheet, encodeRows, isRecordSheet, recordSheetName,
  fillFromCells, rememberFills, storedText,
} from "../shared/perftarget-sheet";

export interface Meta {
  /** sheet name → address → fill; lowercase-insensitive lookups are the caller's business. */
  fills: Map<string, Map<string, RememberedFill>>;
  /** Sheet key (a sheet name; the Excel add-in's records use sheet ids) → first-row signature (Excel: name when made). */
  owned: Map<string, string>;
  settings: Map<string, string>;
  /** Records that were skipped when the file was read (a hand edit broke them); the next write drops them. */
  damaged: DamagedRecord[];
}

export function emptyMeta(): Meta {
  return { fills: new Map(), owned: new Map(), settings: new Map(), damaged: [] };
}

/** The product's record sheet, not a user's sheet that took its name (perftarget-sheet.ts: isRecordSheet). */
export function isMetaSheet(ws: ExcelJS.Worksheet): boolean {
  const marker = storedText(ws.findCell(1, MARKER_COLUMN + 1)?.value);
  return isRecordSheet({ name: ws.name, veryHidden: ws.state === "veryHidden", marked: marker === MARKER });
}

export const recordSheet = (workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined => workbook.worksheets.find(isMetaSheet);

/** Row 1 first, each row's cells from A as text (`row.values` is 1-based and does not create cells). */
function sheetRows(ws: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  ws.eachRow((row, n) => {
    const values = row.values as ExcelJS.CellValue[];
    rows[n - 1] = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => storedText(values[i + 1]));
  });
  return rows;
}

/** An original this adapter can put back: none, `#RRGGBB` (the add-in's), or ExcelJS fill JSON (ours). */
function readableOriginal(original: string | null): boolean {
  if (original === null || /^#[0-9A-Fa-f]{6}$/.test(original)) return true;
  try {
    const fill = JSON.parse(original) as unknown;
    return typeof fill === "object" && fill !== null && ["pattern", "gradient"].includes(String((fill as { type?: unknown }).type));
  } catch {
    return false;
  }
}

export function readMeta(workbook: ExcelJS.Workbook): Meta {
  const meta = emptyMeta();
  const ws = recordSheet(workbook);
  if (!ws) return meta;
  const rows = sheetRows(ws);
  const { records, damaged } = decodeSheet(rows);
  // A fill whose original is no fill (hand-edited JSON) would fail the restore half-way: set aside like a bad address.
  const fills: FillRecord[] = [];
  for (const [i, row] of rows.entries()) {
    const f = row && fillFromCells(row.slice(0, 4));
    if (!f) continue;
    if (readableOriginal(f.original)) fills.push(f);
    else damaged.push({ list: "fills", row: i + 1, cells: row.slice(0, 4) });
  }
  meta.damaged = damaged.sort((a, b) => a.row - b.row);
  // Records may repeat a cell (the add-in prepends); the lowest one holds the true original.
  meta.fills = rememberFills(fills);
  // A record without a signature stands for itself (a later one of the same key wins, as each row is read).
  for (const o of records.owned) meta.owned.set(o.sheet, o.signature || o.sheet);
  // A key stored twice (only a hand-edited file has that): the first row wins, as in the Excel and WPS adapters.
  for (const s of records.settings) if (!meta.settings.has(s.key)) meta.settings.set(s.key, s.value);
  return meta;
}

/** Rewrite the record sheet from `meta`, creating it very hidden; no sheet at all when there is nothing to remember. Returns its name. */
export function writeMeta(workbook: ExcelJS.Workbook, meta: Meta): string | undefined {
  const old = recordSheet(workbook);
  if (old) workbook.removeWorksheet(old.id);
  const empty = meta.fills.size === 0 && meta.owned.size === 0 && meta.settings.size === 0;
  if (empty) return undefined;
  // A user's sheet called `_perftarget` keeps its name; ours takes the next free one.
  const ws = workbook.addWorksheet(recordSheetName(workbook.worksheets.map((w) => w.name)), { state: "veryHidden" });
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
  return ws.name;
}
