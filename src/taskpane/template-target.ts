/**
 * Whether the selection lies inside the data rows of a target table. Nothing is written. (The pane's
 * 插入项目模板 now asks previewProjectTemplate, which also says where the rows would go.)
 */
import { DETAIL_SHEET, parseSheet, RESULT_SHEET, type RuleSet } from "../core";
import type { WorkbookPort } from "../hosts/workbook.port";
import type { ActionErrorCode } from "../actions/actions";

export interface TemplateTarget {
  sheet: string;
  /** 1-based sheet row of the selection's first cell. */
  row: number;
}

export type TemplateTargetResult =
  | { ok: true; value: TemplateTarget }
  | { ok: false; code: ActionErrorCode | "selection-outside-table"; detail?: string };

export async function templateTarget(port: WorkbookPort, rules: RuleSet): Promise<TemplateTargetResult> {
  const sel = await port.getSelection();
  if ([DETAIL_SHEET, RESULT_SHEET].some((s) => sel.sheet === s || sel.sheet.startsWith(`${s} (`))) {
    return { ok: false, code: "own-sheet", detail: sel.sheet };
  }
  const values = await port.readSheet(sel.sheet);
  const r = parseSheet({ name: values.name, rows: values.rows }, { framework: rules.framework, placeholders: rules.placeholders });
  if (!r.ok) return { ok: false, code: r.code, detail: r.sheet };
  // The table's data rows: from the first to the last row the parser recognised as money or project rows.
  // (A loop, not Math.min(...rows): a 20,000-row table would overflow the argument list.)
  let first = Infinity;
  let last = -Infinity;
  for (const row of [...r.value.money.map((m) => m.row), ...r.value.projects.map((p) => p.row)]) {
    first = Math.min(first, row);
    last = Math.max(last, row);
  }
  if (sel.row < first || sel.row > last) return { ok: false, code: "selection-outside-table" };
  return { ok: true, value: { sheet: sel.sheet, row: sel.row } };
}
