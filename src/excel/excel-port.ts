/**
 * The Excel adapter, created only inside Office. Imported lazily so the demo page and the tests never load the
 * Office.js-bound code; `webpackMode: "eager"` keeps it in the same bundle (no extra chunk request).
 */
import type { WorkbookPort } from "../hosts/workbook.port";

export async function createExcelPort(): Promise<WorkbookPort> {
  const { ExcelAdapter } = await import(/* webpackMode: "eager" */ "../hosts/excel/excel.adapter");
  return new ExcelAdapter();
}
