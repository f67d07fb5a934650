/// <reference types="office-js" />
/**
 * A form's layout in Excel (绩效自评表): its merged areas and the manual page breaks that end each project's printed
 * page, as the .xlsx adapter writes them into a file (xlsx.cells.ts). Its number formats go with the values, as one
 * `numberFormat` array per chunk (block-write.ts).
 *
 * One `range.merge()` per merged area and one `horizontalPageBreaks.add()` per break, all queued as steps of the
 * sheet's write, after its values: they share its last sync (a form with thousands of merges still costs no sync of
 * its own until they outgrow the request budget). Page breaks need ExcelApi 1.9: below it the sheet is written
 * without them, as print-setup.ts writes it without page setup. Merging needs ExcelApi 1.2.
 */
import { columnLetter } from "../../core";
import { parseA1, parseRange } from "../a1";
import { NewSheet, PortError } from "../workbook.port";
import type { Step } from "./batches";
import { ACTION_BYTES, chunkBySize, jsonBytes } from "./payload";

/** Excel's last row: a page cannot end after it. */
const LAST_ROW = 1_048_576;

export interface SheetLayout {
  /** Merged areas as `A1:H1` (corners in order); one-cell "areas" are left out (merging one cell changes nothing). */
  merges: string[];
  /** 1-based rows a printed page ends after, ascending, each once. */
  pageBreaks: number[];
}

const bad = (what: string): never => {
  throw new PortError("host-error", `form layout cannot be written: ${what}`);
};

/**
 * The layout of `spec`, checked before anything is written: a malformed merge range, format address or page-break
 * row is a caller's mistake, refused as host-error (as drop-down lists are, excel-cells.ts).
 */
export function sheetLayout(spec: Pick<NewSheet, "merges" | "numberFormats" | "pageBreaks">): SheetLayout {
  const merges: string[] = [];
  for (const m of spec.merges ?? []) {
    let corners: ReturnType<typeof parseRange>;
    try {
      corners = parseRange(m);
    } catch {
      return bad(`merge range "${m}"`);
    }
    const [r0, r1] = [corners.start.row, corners.end.row].sort((a, b) => a - b);
    const [c0, c1] = [corners.start.col, corners.end.col].sort((a, b) => a - b);
    if (r0 !== r1 || c0 !== c1) merges.push(`${columnLetter(c0)}${r0 + 1}:${columnLetter(c1)}${r1 + 1}`);
  }
  for (const [address, format] of Object.entries(spec.numberFormats ?? {})) {
    try {
      parseA1(address);
    } catch {
      bad(`number format address "${address}"`);
    }
    if (typeof format !== "string" || !format) bad(`number format of ${address}`);
  }
  for (const r of spec.pageBreaks ?? []) if (!Number.isInteger(r) || r < 1 || r >= LAST_ROW) bad(`page break after row ${r}`);
  return { merges, pageBreaks: [...new Set(spec.pageBreaks ?? [])].sort((a, b) => a - b) };
}

/**
 * Steps that merge the areas, give the cells outside the written block their formats (`outside`, from prepareBlock)
 * and add the page breaks, in as few steps as `room` bytes allow: consecutive steps share a sync.
 */
export function layoutSteps(ws: Excel.Worksheet, layout: SheetLayout, outside: readonly [string, string][], room: number): Step[] {
  const steps: Step[] = [];
  const mergeBytes = layout.merges.map((a) => ACTION_BYTES * 2 + jsonBytes(a));
  for (const [from, to] of chunkBySize(mergeBytes, room)) {
    const part = layout.merges.slice(from, to);
    steps.push({ bytes: mergeBytes.slice(from, to).reduce((n, b) => n + b, 0), queue: () => part.forEach((a) => ws.getRange(a).merge(false)) });
  }
  if (outside.length) {
    steps.push({ bytes: ACTION_BYTES * 2 * outside.length + jsonBytes(outside), queue: () => outside.forEach(([a, f]) => (ws.getRange(a).numberFormat = [[f]])) });
  }
  if (layout.pageBreaks.length && Office.context.requirements.isSetSupported("ExcelApi", "1.9")) {
    const breaks = layout.pageBreaks;
    steps.push({
      bytes: ACTION_BYTES * (1 + 2 * breaks.length) + jsonBytes(breaks) * 2,
      // A break goes above the row it is given: the page ends after row r when the next one starts at row r + 1.
      queue: () => {
        const collection = ws.horizontalPageBreaks;
        for (const r of breaks) collection.add(`A${r + 1}`);
      },
    });
  }
  return steps;
}
