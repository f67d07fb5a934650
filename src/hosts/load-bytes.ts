/**
 * Bytes plus a file name → sheets, for every host that opens files (the CLI's file loader, the .xlsx opener, the web
 * page). The content decides before the extension does (a zip is an xlsx whatever it is called), and every bad
 * file becomes a LoadResult code, never an exception. The web build maps `path` to a small shim (basename/extname).
 */
import * as path from "path";
import { gridFromCsv, gridFromTsv, isBlankRow, type Grid } from "../core";
import { loadFailure, type LoadResult } from "./load-result";
import { loadXlsx, NOT_A_WORKBOOK } from "./xlsx/xlsx.loader";

const TEXT_PARSERS: Record<string, (name: string, text: string) => Grid> = {
  ".csv": gridFromCsv,
  ".tsv": gridFromTsv,
  ".txt": gridFromTsv,
};

/** The size of an Excel sheet (XFD1048576). */
const EXCEL_MAX_ROWS = 1_048_576;
const EXCEL_MAX_COLUMNS = 16_384;

/** Extensions whose zip content must be a workbook; any of the text ones may be a mis-named .xlsx too. */
const WORKBOOK_EXTENSIONS = new Set([".xlsx", ".xlsm", ".csv", ".tsv", ".txt", ""]);

/** The dispatch on bytes plus file name, separate from the disk read so other hosts can reuse it. */
export async function loadBytes(fileName: string, bytes: Uint8Array): Promise<LoadResult> {
  if (bytes.length === 0) return loadFailure("file-empty");
  const ext = path.extname(fileName).toLowerCase();
  if (isZip(bytes)) {
    const result = await loadXlsx(bytes);
    // A zip that holds no workbook is only "a broken xlsx" if it claims to be one; a .docx is the wrong type.
    if (!result.ok && result.detail === NOT_A_WORKBOOK && !WORKBOOK_EXTENSIONS.has(ext)) {
      return loadFailure("file-type", ext === "" ? undefined : ext);
    }
    return result;
  }

  const text = decodeText(bytes);
  if (text === undefined) return loadFailure("file-binary", isOle2(bytes) ? "ole2" : undefined);
  if (text.trim() === "") return loadFailure("file-empty");
  // Text named .xlsx/.xlsm: the user thinks it is a workbook, so say the workbook is broken.
  if (ext === ".xlsx" || ext === ".xlsm") return loadFailure("xlsx-corrupt", "not a zip file");
  const parse = TEXT_PARSERS[ext];
  if (!parse) return loadFailure("file-type", ext === "" ? undefined : ext);

  const grid = parse(path.basename(fileName, path.extname(fileName)), text);
  // "\t\t\n,,," is not whitespace but still has nothing in it.
  if (grid.rows.every((r) => isBlankRow(r))) return loadFailure("file-empty");
  // Every host puts the grid into a sheet (the web page and annotate into an .xlsx): what no sheet can hold is
  // refused here, as bad input, rather than failing inside ExcelJS as an internal error.
  if (grid.rows.length > EXCEL_MAX_ROWS) return loadFailure("too-many-rows", String(grid.rows.length));
  let widest = 0;
  for (const r of grid.rows) if (r.length > widest) widest = r.length;
  if (widest > EXCEL_MAX_COLUMNS) return loadFailure("too-many-columns", String(widest));
  return { ok: true, sheets: [grid] };
}

/** PK\x03\x04: a local file header, how every .xlsx starts. */
function isZip(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}

/** D0 CF 11 E0: OLE2 compound file, i.e. a legacy .xls or a password-protected .xlsx. */
function isOle2(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;
}

/**
 * Bytes → text without the BOM, or undefined when this is not text. Tries, in order: UTF-16 with a BOM (Excel's
 * "Unicode text" export), UTF-8, then GB18030 (a superset of GBK, what Chinese Windows saves by default).
 */
export function decodeText(bytes: Uint8Array): string | undefined {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const text = tryDecode(bytes[0] === 0xff ? "utf-16le" : "utf-16be", bytes);
    return text !== undefined && !hasControlChars(text) ? text : undefined;
  }
  // Outside UTF-16, a NUL byte means binary.
  if (bytes.includes(0)) return undefined;
  const utf8 = tryDecode("utf-8", bytes);
  if (utf8 !== undefined) return utf8;
  const gb = tryDecode("gb18030", bytes);
  // GB18030 maps most byte pairs to something, so also insist the result looks like text.
  return gb !== undefined && !hasControlChars(gb) ? gb : undefined;
}

function tryDecode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    // fatal: an invalid sequence throws instead of becoming U+FFFD; the decoder drops a leading BOM itself.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** C0 controls other than tab, line feed, form feed and carriage return (and a DOS end-of-file ^Z). */
function hasControlChars(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d && c !== 0x1a) return true;
  }
  return false;
}
