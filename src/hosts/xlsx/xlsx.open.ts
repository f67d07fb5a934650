/**
 * File bytes → an XlsxAdapter, or a load error code (the same codes, and so the same sentences, as the CLI's
 * loader). An .xlsx is opened once, as the workbook we will annotate; a .csv/.tsv/.txt becomes a new workbook.
 * Runs in Node and in the browser (the web build maps load-bytes.ts's `path` import to a small shim).
 */
import ExcelJS from "exceljs";
import { isBlankRow } from "../../core";
import { loadBytes } from "../load-bytes";
import { loadFailure, type LoadErrorCode } from "../load-result";
import { XlsxAdapter } from "./xlsx.adapter";
import { loadWorkbook } from "./xlsx.foreign";
import { isMetaSheet } from "./xlsx.meta";
import { refuseHuge, worksheetToGrid } from "./xlsx.loader";

/** Parts of an .xlsx that ExcelJS reads past and does not write back: saving would drop them, so we say so. */
export type Unkept = "charts" | "pivot-tables" | "slicers" | "external-links";
const UNKEPT: [Unkept, string][] = [
  ["charts", "xl/charts/"],
  ["pivot-tables", "xl/pivotTables/"],
  ["slicers", "xl/slicers/"],
  ["external-links", "xl/externalLinks/"],
];

export type OpenResult =
  | { ok: true; adapter: XlsxAdapter; kind: "xlsx" | "text"; unkept: Unkept[] }
  | { ok: false; code: LoadErrorCode; detail?: string };

const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

export async function openWorkbook(fileName: string, bytes: Uint8Array): Promise<OpenResult> {
  if (!isZip(bytes)) {
    const loaded = await loadBytes(fileName, bytes);
    if (!loaded.ok) return loaded;
    return { ok: true, adapter: XlsxAdapter.fromGrid(loaded.sheets[0]), kind: "text", unkept: [] };
  }
  const tooLarge = await refuseHuge(bytes);
  if (tooLarge) return tooLarge as OpenResult;
  const workbook = new ExcelJS.Workbook();
  let usable = false;
  try {
    await loadWorkbook(workbook, bytes);
    usable = workbook.worksheets.some((ws) => !isMetaSheet(ws) && worksheetToGrid(ws).rows.some((r) => !isBlankRow(r)));
  } catch (e) {
    return loadFailure("xlsx-corrupt", e instanceof Error ? e.message : String(e)) as OpenResult;
  }
  if (!usable) {
    // Empty, or a zip that is no workbook: let the CLI's loader say which, in its words.
    const loaded = await loadBytes(fileName, bytes);
    return loaded.ok ? (loadFailure("workbook-empty") as OpenResult) : loaded;
  }
  return { ok: true, adapter: new XlsxAdapter(workbook), kind: "xlsx", unkept: UNKEPT.filter(([, part]) => containsAscii(bytes, part)).map(([name]) => name) };
}

/** Zip entry names are stored uncompressed, so a byte search finds a part. */
function containsAscii(bytes: Uint8Array, needle: string): boolean {
  const first = needle.charCodeAt(0);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return true;
  }
  return false;
}
