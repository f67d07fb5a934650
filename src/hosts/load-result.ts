/**
 * What every loader (xlsx, text file, later the browser) hands back: the sheets, or one error code that the
 * UI turns into a sentence (see src/i18n/load-messages.ts). Bad user input is a result, never an exception.
 */
import type { Grid } from "../core";

export type LoadErrorCode =
  /** The path is missing or cannot be read; detail is the OS error code (ENOENT, EACCES, EISDIR…). */
  | "file-unreadable"
  /** Zero bytes, only whitespace, or only empty cells. */
  | "file-empty"
  /** Not a zip and not decodable text (NUL bytes, neither UTF-8 nor GB18030); detail "ole2" for .xls/encrypted. */
  | "file-binary"
  /** Readable text, but an extension this tool does not read (e.g. .docx, .xls saved as text). */
  | "file-type"
  /** A zip (or a file named .xlsx) that ExcelJS cannot open: truncated, damaged, or not a workbook. */
  | "xlsx-corrupt"
  /** A workbook with no worksheets, or only empty ones. */
  | "workbook-empty"
  /** More cells than can be opened in the memory a read may take (xlsx.size.ts); detail is the count. */
  | "workbook-too-large"
  /** A text file with more columns than an Excel sheet has (16,384); detail is the count. */
  | "too-many-columns"
  /** A text file with more rows than an Excel sheet has (1,048,576); detail is the count. */
  | "too-many-rows";

export const LOAD_ERROR_CODES: readonly LoadErrorCode[] = [
  "file-unreadable",
  "file-empty",
  "file-binary",
  "file-type",
  "xlsx-corrupt",
  "workbook-empty",
  "workbook-too-large",
  "too-many-columns",
  "too-many-rows",
];

export type LoadResult =
  | {
      ok: true;
      sheets: Grid[];
      /** The product's settings kept in the workbook (`_perftarget`: rule set, review), when it has any. */
      settings?: Record<string, string>;
    }
  | { ok: false; code: LoadErrorCode; detail?: string };

export function loadFailure(code: LoadErrorCode, detail?: string): LoadResult {
  return detail === undefined ? { ok: false, code } : { ok: false, code, detail };
}
