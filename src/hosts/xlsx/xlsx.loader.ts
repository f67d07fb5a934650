/**
 * .xlsx bytes → one Grid per worksheet, via ExcelJS. No Node imports: the same code runs in the browser.
 * The grid looks like the sheet pasted as text: cached values only, merged areas empty except the master cell.
 */
import ExcelJS from "exceljs";
import { gridFromCells, isBlankRow, type CellValue, type Grid, type SparseCell } from "../../core";
import { loadFailure, type LoadResult } from "../load-result";
import { loadWorkbook } from "./xlsx.foreign";
import { isMetaSheet, readMeta } from "./xlsx.meta";
import { countCells, MAX_WORKBOOK_CELLS } from "./xlsx.size";

export type { LoadErrorCode, LoadResult } from "../load-result";

/** The `detail` of an xlsx-corrupt result for a zip that is no workbook at all (a .docx, a plain .zip). */
export const NOT_A_WORKBOOK = "not an Excel workbook: no xl/workbook.xml";

export async function loadXlsx(data: ArrayBuffer | Uint8Array): Promise<LoadResult> {
  const tooLarge = await refuseHuge(data);
  if (tooLarge) return tooLarge;
  const workbook = new ExcelJS.Workbook();
  try {
    // Other writers' comment and drawing parts in the form ExcelJS reads (xlsx.foreign.ts).
    await loadWorkbook(workbook, data);
  } catch (e) {
    // Truncated zips, a .docx renamed .xlsx, XML ExcelJS chokes on: all the same thing to the user.
    return loadFailure("xlsx-corrupt", errorText(e));
  }
  let sheets: Grid[];
  try {
    // The product's own record sheet (very hidden, marked) is not one of the user's sheets; a user's `_perftarget` is.
    sheets = workbook.worksheets.filter((ws) => !isMetaSheet(ws)).map(worksheetToGrid);
  } catch (e) {
    // A workbook model ExcelJS accepted but cannot walk (seen with odd third-party writers).
    return loadFailure("xlsx-corrupt", errorText(e));
  }
  // ExcelJS silently returns an empty workbook for any zip without xl/workbook.xml (e.g. a .docx).
  if (sheets.length === 0 && !containsAscii(data, "xl/workbook.xml")) return loadFailure("xlsx-corrupt", NOT_A_WORKBOOK);
  if (sheets.length === 0 || sheets.every((s) => s.rows.every((r) => isBlankRow(r)))) {
    return loadFailure("workbook-empty");
  }
  const settings = readMeta(workbook).settings;
  return settings.size ? { ok: true, sheets, settings: Object.fromEntries(settings) } : { ok: true, sheets };
}

/** A workbook with more cells than can be opened, refused before ExcelJS builds its model (xlsx.size.ts). */
export async function refuseHuge(data: ArrayBuffer | Uint8Array): Promise<LoadResult | null> {
  const counted = await countCells(data);
  return counted && counted.total > MAX_WORKBOOK_CELLS ? loadFailure("workbook-too-large", String(counted.total)) : null;
}

/** Zip entry names are stored uncompressed, so a byte search finds them. */
function containsAscii(data: ArrayBuffer | Uint8Array, needle: string): boolean {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const first = needle.charCodeAt(0);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return true;
  }
  return false;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Rectangular rows up to the last row/column of the table's block that holds a value or lies inside a merge of a
 * non-empty master. Cells far from the block are left out and named in `stray` (core gridFromCells): the sheet's
 * used range can reach XFD1048576, and memory must follow the populated cells, not rows × columns.
 */
export function worksheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const cells: SparseCell[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      let v: CellValue;
      if (cell.type === ExcelJS.ValueType.Merge) {
        // ExcelJS reports a merged cell's value as the master's; a pasted table leaves it empty.
        if (mapValue(cell.master.value) === null) return;
        v = null;
      } else {
        v = mapValue(cell.value);
        if (v === null) return;
      }
      cells.push({ row: r - 1, col: c - 1, value: v });
    });
  });
  return gridFromCells(ws.name, cells);
}

/** ExcelJS cell value → grid value. Unknown shapes become null rather than an exception: the file is user input. */
export function mapValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string") return value === "" ? null : cleanText(value);
  if (typeof value === "boolean") return value;
  if (value instanceof Date) return isoDate(value);
  if (typeof value !== "object") return null;
  if ("error" in value) return { error: String(value.error) };
  if ("formula" in value || "sharedFormula" in value) {
    // Only the cached result: we never recalculate. A formula saved without one (some writers) is empty.
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null) return null;
    return mapValue(result as ExcelJS.CellValue);
  }
  if ("richText" in value) return textOf(value);
  if ("hyperlink" in value || "text" in value) {
    // The link text may itself be rich text.
    return mapValue((value as { text?: unknown }).text as ExcelJS.CellValue);
  }
  return null;
}

function textOf(value: { richText?: unknown }): CellValue {
  const runs = Array.isArray(value.richText) ? value.richText : [];
  const joined = runs.map((run: { text?: unknown }) => (typeof run?.text === "string" ? run.text : "")).join("");
  return joined === "" ? null : cleanText(joined);
}

/**
 * Excel saves a CR (text pasted or imported with CRLF line breaks) as "_x000D_", which ExcelJS decodes to "\r"
 * (it decodes _xHHHH_ itself, so decoding again would be wrong). People see one line break: the grid holds "\n".
 */
function cleanText(s: string): string {
  return s.includes("\r") ? s.replace(/\r\n?/g, "\n") : s;
}

/** ExcelJS builds dates in UTC from the serial number, so the UTC calendar day is the one the sheet shows. */
function isoDate(d: Date): CellValue {
  const t = d.getTime();
  if (Number.isNaN(t)) return null;
  return d.toISOString().slice(0, 10);
}
