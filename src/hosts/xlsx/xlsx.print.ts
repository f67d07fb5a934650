/**
 * A sheet meant for paper (审核意见) in an .xlsx file: A4, fitted to one page wide, wrapped long-text columns,
 * bold headings. Written into the file's own page setup, so Excel, WPS and LibreOffice print it the same way.
 */
import ExcelJS from "exceljs";
import { PAGE_FOOTER, PRINT_MARGINS } from "../print-layout";
import type { PrintSetup } from "../workbook.port";

/** OOXML paper size code of A4. */
export const PAPER_A4 = 9;


export function applyPrintSetup(ws: ExcelJS.Worksheet, print: PrintSetup): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: PAPER_A4 as ExcelJS.PaperSize,
    orientation: print.orientation,
    // One page wide, as many pages tall as it takes (0 = automatic).
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { ...PRINT_MARGINS },
    ...(print.titleRows ? { printTitlesRow: `${print.titleRows[0]}:${print.titleRows[1]}` } : {}),
  };
  ws.headerFooter = { ...ws.headerFooter, oddFooter: `&C${PAGE_FOOTER}` };

  const wrap = new Set(print.wrapColumns);
  const bold = new Set(print.boldRows);
  ws.eachRow((row, r) => {
    let lines = 1;
    row.eachCell((cell, c) => {
      if (cell.value === null || cell.value === undefined) return;
      // Fresh style objects: ExcelJS shares one style between cells (see xlsx.cells.ts).
      const style: Partial<ExcelJS.Style> = { ...cell.style };
      // Top-aligned everywhere, so a row's short cells line up with the first line of its wrapped ones;
      // numbers (序号, counts) centred, so they do not run into the text beside them.
      const centre = typeof cell.value === "number" ? { horizontal: "center" as const } : {};
      style.alignment = { ...style.alignment, vertical: "top", ...centre, ...(wrap.has(c - 1) ? { wrapText: true } : {}) };
      if (bold.has(r)) style.font = { ...style.font, bold: true };
      cell.style = style;
      if (wrap.has(c - 1)) lines = Math.max(lines, lineCount(String(cell.value), ws.getColumn(c).width ?? DEFAULT_WIDTH));
    });
    // Neither LibreOffice nor every Excel fits row heights to wrapped text when opening a file: set them here.
    if (lines > 1) row.height = lines * LINE_POINTS + ROW_PADDING;
  });
}

/** Excel's default column width, in characters. */
const DEFAULT_WIDTH = 8.43;
/** One line of 11 pt text in a CJK font (Noto Sans CJK, 等线, 宋体 all fit), and a little air below it. */
const LINE_POINTS = 16;
const ROW_PADDING = 2;
/** CJK and full-width characters: about 2.1 digit widths in Excel (14.7 px against Calibri's 7 px digit). */
const WIDE = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;
const NARROW = /[\s.,:;'"!|()\-\u2018\u2019\u201C\u201D]/;

/** Width of text in column-width units (digit widths). */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? 2.1 : NARROW.test(ch) ? 0.6 : 1;
  return w;
}

/** Lines a wrapped cell takes (an estimate that errs long: a clipped line on paper is worse than a gap). */
export function lineCount(text: string, width: number): number {
  return text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line) / Math.max(1, width))), 0);
}
