/**
 * An in-memory workbook: the model behind the memory adapter (tests, the web page) and the .xlsx round trip.
 * Plain data, so it can be cloned to make every port operation all-or-nothing.
 */
import type { CellValue } from "../../core";
import type { PrintSetup } from "../workbook.port";

export interface MemorySheet {
  name: string;
  /** Anchored at A1; ragged rows allowed. */
  values: CellValue[][];
  /** Formulas by A1 address (the value cell holds the cached result, or null). */
  formulas: Record<string, string>;
  /** Fill colours by A1 address (`#RRGGBB`); absent = no fill. */
  fills: Record<string, string>;
  /** Number formats by A1 address (`@` = text). */
  numberFormats: Record<string, string>;
  /** Merged areas as A1 ranges (`A1:C1`). */
  merges: string[];
  widths: Record<number, number>;
  /** Drop-down lists (data validation) by A1 range. */
  validations: { range: string; list: string[] }[];
  frozenRows: number;
  autoFilter: string | null;
  /** Page setup of a sheet meant for paper, as written (kept so a later .xlsx export can apply it). */
  print?: PrintSetup;
  /** A sheet the product made (指标明细, 校验结果), so it may be refreshed. */
  owned: boolean;
  protected: boolean;
  hidden: boolean;
}

export interface MemoryWorkbookData {
  sheets: MemorySheet[];
  active: string;
  selection: { sheet: string; address: string };
  settings: Record<string, string>;
}

export function newSheet(name: string, values: CellValue[][] = []): MemorySheet {
  return { name, values, formulas: {}, fills: {}, numberFormats: {}, merges: [], widths: {}, validations: [], frozenRows: 0, autoFilter: null, owned: false, protected: false, hidden: false };
}

export function newWorkbook(sheets: MemorySheet[]): MemoryWorkbookData {
  const first = sheets[0]?.name ?? "Sheet1";
  return { sheets: sheets.length ? sheets : [newSheet(first)], active: first, selection: { sheet: first, address: "A1" }, settings: {} };
}

export function cloneWorkbook(wb: MemoryWorkbookData): MemoryWorkbookData {
  return structuredClone(wb);
}
