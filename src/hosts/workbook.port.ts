/**
 * WorkbookPort: the small, command-level interface every host adapter implements (Excel via Office.js, WPS,
 * the in-memory workbook behind tests and the web page, .xlsx files). The UI and the ribbon commands talk only
 * to this and to the core. Each method is one bulk operation; adapters batch their host calls inside it.
 */
import type { CellInput, CellValue, PrintSetup, StrayCells } from "../core";

export type { CellInput, PrintSetup };

export interface SheetValues {
  name: string;
  /** Values anchored at A1: rows[0] is sheet row 1, rows[r][0] is column A. */
  rows: CellValue[][];
  /** Populated cells far from the table that the adapter left out of `rows` (core StrayCells); absent when none. */
  stray?: StrayCells;
}

export interface Selection {
  sheet: string;
  /** 1-based first row and column of the selection, and its size. */
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
  /** True when the selection is (or is inside) a merged area larger than one cell. */
  merged: boolean;
}

export interface NewSheet {
  /** Wanted name; the adapter appends ` (2)`, ` (3)` … when it is taken, and returns the name it used. */
  name: string;
  rows: CellInput[][];
  /** 0-based columns whose cells are formatted as text before writing (so `001` stays `001`). */
  textColumns?: number[];
  /** Freeze the first row and put an autofilter on the header. */
  header?: boolean;
  /** Column widths in characters, by 0-based column. */
  widths?: number[];
  /** Drop-down lists (data validation) for data rows 2…lastRow of a 0-based column. */
  validations?: ListValidation[];
  /** Page setup for a sheet meant for paper (审核意见); hosts without print support ignore it. */
  print?: PrintSetup;
  /**
   * Layout for a form (绩效自评表): A1 ranges to merge, number formats by A1 address (`0.00%`), and 1-based rows a
   * printed page ends after. Every host writes them; Excel's page breaks need ExcelApi 1.9 and WPS's are best
   * effort (the values and formulas are the same either way).
   */
  merges?: string[];
  numberFormats?: Record<string, string>;
  pageBreaks?: number[];
  activate?: boolean;
}

export interface ListValidation {
  column: number;
  /** Last 1-based row the list applies to (the header row 1 is never validated). */
  lastRow: number;
  list: string[];
}

export interface CellWrite {
  /** A1 address of one cell. */
  address: string;
  value: CellInput;
}

export interface Highlight {
  /** A1 address of one cell. */
  address: string;
  /** `#RRGGBB`. */
  color: string;
}

/** Errors adapters report as data; the UI turns the code into a sentence. */
export type PortErrorCode = "sheet-protected" | "sheet-not-found" | "cell-edit-mode" | "payload-too-large" | "host-error";

export class PortError extends Error {
  constructor(
    readonly code: PortErrorCode,
    detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = "PortError";
  }
}

/** The port's methods that change the workbook (the web page redraws its grid after each). */
export const WRITING_METHODS: ReadonlySet<string> = new Set<keyof WorkbookPort>(["addSheet", "refreshOwnedSheet", "highlight", "clearHighlights", "insertRows", "writeCells", "setSetting"]);

export interface WorkbookPort {
  /** The active sheet's used values, anchored at A1. */
  readActiveSheet(): Promise<SheetValues>;
  readSheet(name: string): Promise<SheetValues>;
  sheetNames(): Promise<string[]>;
  /** Add a sheet after the last one, written in one go; marked as the product's own. Returns the name used. */
  addSheet(sheet: NewSheet): Promise<string>;
  /**
   * Replace the contents of a sheet the product made earlier (e.g. 校验结果), or add it when there is none.
   * A user's own sheet of that name is never touched: then a new name is used. Returns the name used.
   */
  refreshOwnedSheet(sheet: NewSheet): Promise<string>;
  /** Colour cells, remembering each cell's original fill (in the workbook) so clearHighlights can restore it. */
  highlight(sheet: string, cells: Highlight[]): Promise<void>;
  /** Restore every fill we changed on the sheet (or all sheets) exactly; returns how many cells were restored. */
  clearHighlights(sheet?: string): Promise<number>;
  /** Insert whole rows before 1-based `beforeRow`, shifting the rows below down, and write them. */
  insertRows(sheet: string, beforeRow: number, rows: CellInput[][]): Promise<void>;
  /** Formulas of a sheet by A1 address (cells without a formula are absent). */
  readFormulas(sheet: string): Promise<Record<string, string>>;
  /**
   * Write individual cells in one batch — only for writes the user confirmed in a before/after dialog
   * (回写指标, SUM formulas for subtotals). Text is written as text; `{formula}` as a formula.
   */
  writeCells(sheet: string, cells: CellWrite[]): Promise<void>;
  select(sheet: string, address: string): Promise<void>;
  getSelection(): Promise<Selection>;
  /** Small JSON settings kept in the workbook (thresholds, review state). */
  getSetting(key: string): Promise<string | null>;
  setSetting(key: string, value: string): Promise<void>;
}
