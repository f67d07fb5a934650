/**
 * The write both 一键校验 and 对比 end with: the sheet's earlier marks cleared, the new ones coloured, and the
 * product's result sheet (校验结果 / 版本对比) written or refreshed — all or nothing: if the result sheet cannot be
 * written, the new marks come back off, so no colour is ever left without the sheet that explains it.
 */
import type { Highlight, NewSheet, WorkbookPort } from "../hosts/workbook.port";

/** Returns the name the result sheet was written under. */
export async function replaceMarks(port: WorkbookPort, sheet: string, marks: readonly Highlight[], result: NewSheet): Promise<string> {
  await port.clearHighlights(sheet);
  try {
    await port.highlight(sheet, [...marks]);
    return await port.refreshOwnedSheet(result);
  } catch (e) {
    await port.clearHighlights(sheet).catch(() => 0);
    throw e;
  }
}
