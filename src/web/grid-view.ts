/**
 * What the web grid needs of one sheet. The workbook host makes one from an ExcelJS worksheet (sheet-view.ts);
 * the page reads it over the host's messages (workbook/remote-view.ts). Kept apart from both so the page's
 * bundle does not carry ExcelJS, which lives in the worker.
 */
export interface CellLink {
  sheet: string;
  address: string;
}

export interface SheetView {
  name: string;
  rowCount: number;
  colCount: number;
  /** Column widths in pixels, and each column's left edge (offsets[colCount] is the total width). */
  widths: number[];
  offsets: number[];
  /** What the cell shows: the cached (or, for the product's own formulas, computed) value in its number format. */
  text(row: number, col: number): string;
  /** What the formula bar shows: the formula (`=SUM(B3:B9)`), else the value in full (line breaks kept). */
  input(row: number, col: number): string;
  /** CSS colour of a solid fill, or null. */
  fill(row: number, col: number): string | null;
  /** Where a HYPERLINK("#'Sheet'!A1", …) formula points, for a click to follow. */
  link(row: number, col: number): CellLink | null;
  bold(row: number, col: number): boolean;
  /** Numbers are right-aligned, as in a spreadsheet. */
  numeric(row: number, col: number): boolean;
  /** Columns a cell spans: its merge's width for the first cell of a merge, 0 for the others in that row, else 1. */
  span(row: number, col: number): number;
  /** Rows frozen at the top (the header of 指标明细 and 校验结果). */
  frozenRows: number;
  /** The used range (rows and columns holding anything), where Ctrl+End goes. */
  usedRows: number;
  usedCols: number;
  /** False while the row's cells are still being fetched (asking starts the fetch); absent when all are here. */
  ready?(row: number): boolean;
}

/** Display width of text in pixels at the grid's 13px font: CJK characters count double. */
export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.charCodeAt(0) > 0x2e80 ? 13 : 7;
  return w;
}

/** Index of the column whose span holds pixel `x` (binary search over the offsets). */
export function columnAt(offsets: readonly number[], x: number): number {
  let lo = 0;
  let hi = offsets.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}
