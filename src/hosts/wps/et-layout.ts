/**
 * A form's layout in WPS 表格 (绩效自评表): merged areas, number formats by cell (`0.00%`) and the manual page breaks
 * that end each project's printed page, as the .xlsx adapter writes them into a file (xlsx.cells.ts).
 *
 * Number formats go in with the values (et-block.ts): one `NumberFormat` per multi-area list of the cells sharing a
 * format, never a call per cell. Merges are one `Range(area).Merge()` each: a multi-area Merge is not known to merge
 * each area on its own in every build, and guessing wrong would merge a whole block into one cell. Both are part of
 * the sheet write: a failure rolls it back. Page breaks are print layout, and best effort like the page setup
 * (et-print.ts): `HPageBreaks.Add(Range)` once per break, and a build without them gets the sheet without them.
 */
import { columnLetter } from "../../core";
import { NewSheet, PortError } from "../workbook.port";
import { read, tolerant } from "./et-bridge";
import { cellA1, cellRef } from "./et-addresses";
import type { EtPageBreaks, EtWorksheet } from "./et-types";

/** ET's last row: a page cannot end after it. */
const LAST_ROW = 1_048_576;

export interface EtLayout {
  /** Merged areas as `A1:H1` (corners in order); one-cell "areas" are left out (merging one cell changes nothing). */
  merges: string[];
  /** Number formats by cell address (`C7`, upper case, no `$`). */
  formats: Map<string, string>;
  /** 1-based rows a printed page ends after, ascending, each once. */
  pageBreaks: number[];
}

const bad = (what: string): never => {
  throw new PortError("host-error", `form layout cannot be written: ${what}`);
};

function cell(address: string, what: string): { row: number; col: number } {
  try {
    return cellRef(address);
  } catch {
    return bad(`${what} "${address}"`);
  }
}

/**
 * The layout of `spec`, checked before anything is written: a malformed merge range, format address or page-break
 * row is a caller's mistake, refused as host-error.
 */
export function sheetLayout(spec: Pick<NewSheet, "merges" | "numberFormats" | "pageBreaks">): EtLayout {
  const merges: string[] = [];
  for (const m of spec.merges ?? []) {
    const parts = m.split(":");
    if (parts.length > 2) bad(`merge range "${m}"`);
    const [a, b] = [cell(parts[0], "merge range"), cell(parts[1] ?? parts[0], "merge range")];
    const [r0, r1] = [a.row, b.row].sort((x, y) => x - y);
    const [c0, c1] = [a.col, b.col].sort((x, y) => x - y);
    if (r0 !== r1 || c0 !== c1) merges.push(`${columnLetter(c0)}${r0 + 1}:${columnLetter(c1)}${r1 + 1}`);
  }
  const formats = new Map<string, string>();
  for (const [address, format] of Object.entries(spec.numberFormats ?? {})) {
    const { row, col } = cell(address, "number format address");
    if (typeof format !== "string" || !format) bad(`number format of ${address}`);
    formats.set(cellA1(row, col), format);
  }
  for (const r of spec.pageBreaks ?? []) if (!Number.isInteger(r) || r < 1 || r >= LAST_ROW) bad(`page break after row ${r}`);
  return { merges, formats, pageBreaks: [...new Set(spec.pageBreaks ?? [])].sort((a, b) => a - b) };
}

/** Merge each area (DisplayAlerts is off for the operation: ET keeps the upper-left value without asking). */
export function mergeAreas(ws: EtWorksheet, merges: readonly string[]): void {
  for (const a of merges) ws.Range(a).Merge(false);
}

/**
 * A page ends after each row in `rows`: a break above the next row. Never throws; returns what was skipped
 * (`HPageBreaks` on a build without them, `HPageBreaks.Add` when a break was refused).
 */
export function addPageBreaks(ws: EtWorksheet, rows: readonly number[]): string[] {
  const { attempt, skipped } = tolerant();
  if (!rows.length) return skipped;
  let breaks: EtPageBreaks | null | undefined;
  attempt("HPageBreaks", () => (breaks = read<EtPageBreaks | null | undefined>(ws, "HPageBreaks")));
  if (!breaks || typeof breaks !== "object") {
    if (!skipped.length) skipped.push("HPageBreaks");
    return skipped;
  }
  const collection: EtPageBreaks = breaks;
  for (const r of rows) attempt("HPageBreaks.Add", () => collection.Add(ws.Range(`A${r + 1}`)));
  return skipped;
}
