/// <reference types="office-js" />
/**
 * A sheet meant for paper (审核意见) in Excel: the page setup the .xlsx adapter writes into a file (xlsx.print.ts) —
 * A4, one page wide and as tall as it takes, centred, the title rows on every page, page numbers in the footer —
 * and the same cell styles: long-text columns wrapped, everything top-aligned, numbers centred, heading rows bold.
 * Queued with the sheet's last write, so it costs no sync of its own; Excel then fits the row heights to the wrapped
 * text itself (autofitRows), which the file adapter has to estimate.
 * Page layout needs ExcelApi 1.9: below it the sheet is written with its cell styles but without page setup.
 */
import { columnLetter } from "../../core";
import type { CellInput, PrintSetup } from "../workbook.port";
import { PAGE_FOOTER, PRINT_MARGINS, runs } from "../print-layout";
import { ACTION_BYTES, addressLists, cellAreas, jsonBytes } from "./payload";


export interface PrintPlan {
  /** Estimated request bytes of what `queue` adds. */
  bytes: number;
  queue(ws: Excel.Worksheet): void;
}


/**
 * What to queue for `print` on a sheet whose rows are `rows` (anchored at A1, `width` columns). Scattered areas (bold
 * rows, number cells) go as `getRanges` lists of at most `listChars` characters; without ExcelApi 1.9, one range each.
 */
export function planPrint(rows: readonly CellInput[][], width: number, print: PrintSetup, listChars: number): PrintPlan {
  const layout = Office.context.requirements.isSetSupported("ExcelApi", "1.9");
  const n = Math.max(1, rows.length);
  const last = columnLetter(width - 1);
  const block = `A1:${last}${n}`;
  const wrap = runs(print.wrapColumns.filter((c) => c >= 0 && c < width)).map(([a, b]) => `${columnLetter(a)}1:${columnLetter(b)}${n}`);
  const bold = runs(print.boldRows.filter((r) => r >= 1 && r <= n)).map(([a, b]) => `A${a}:${last}${b}`);
  const numbers = cellAreas(rows.flatMap((r, i) => r.flatMap((v, c) => (typeof v === "number" ? [`${columnLetter(c)}${i + 1}`] : [])))).map((a) => a.address);
  const lists = (areas: string[]) => (layout ? addressLists(areas.map((address) => ({ address, cells: [] })), listChars).map((l) => l.address) : areas);
  const boldLists = lists(bold);
  const numberLists = lists(numbers);
  const titles = print.titleRows ? `$${print.titleRows[0]}:$${print.titleRows[1]}` : null;
  const ranges = 2 + wrap.length + boldLists.length + numberLists.length;

  return {
    bytes: ACTION_BYTES * (3 * ranges + (layout ? 12 : 0)) + jsonBytes([block, wrap, boldLists, numberLists, titles, PAGE_FOOTER, PRINT_MARGINS]),
    queue: (ws) => {
      const many = (address: string) => (layout ? ws.getRanges(address) : ws.getRange(address));
      ws.getRange(block).format.verticalAlignment = Excel.VerticalAlignment.top;
      for (const a of wrap) ws.getRange(a).format.wrapText = true;
      for (const a of numberLists) many(a).format.horizontalAlignment = Excel.HorizontalAlignment.center;
      for (const a of boldLists) many(a).format.font.bold = true;
      if (layout) {
        const page = ws.pageLayout;
        page.paperSize = Excel.PaperType.a4;
        page.orientation = print.orientation === "landscape" ? Excel.PageOrientation.landscape : Excel.PageOrientation.portrait;
        // One page wide, as many pages tall as it takes (0 = automatic, as Excel's own recorder writes it).
        page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        page.centerHorizontally = true;
        page.setPrintMargins(Excel.PrintMarginUnit.inches, PRINT_MARGINS);
        if (titles) page.setPrintTitleRows(titles);
        page.headersFooters.defaultForAllPages.centerFooter = PAGE_FOOTER;
      }
      // Last, once widths and wrapping are in place: Excel sizes each row to its wrapped text.
      ws.getRange(block).format.autofitRows();
    },
  };
}
