/**
 * 插入项目模板 and the SUM offer over any WorkbookPort (§8, §9). Host-agnostic, like actions.ts: the task pane, the
 * web page and the CLI call these. Every refusal comes back as `{ok:false, code}` with nothing written; the only
 * writes are whole inserted rows, and SUM formulas the user confirmed in a dialog that listed them first.
 */
import {
  DEFAULT_RULES, DEFAULT_TEMPLATE_CATEGORIES, REVIEW_SETTING_KEY, columnIndex, parseReviewState, planSums, planTemplate, reviewToJson,
  sameFormula, shiftReview, type CellValue, type SumEntry, type SumPlan, type TemplateKind, type TemplatePlan,
} from "../core";
import type { WorkbookPort } from "../hosts/workbook.port";
import { isOwnSheet } from "./own-sheets";
import { readTable } from "./read-table";
import { ActionOptions, ActionResult, guard } from "./result";

export interface TemplateActionOptions extends ActionOptions {
  /** How many projects (or key tasks); default 1. */
  count?: number;
  /** 二级 codes, one skeleton line each; default 产出 数量/质量/时效, 效益 社会效益, 满意度, 成本 经济成本. */
  categories?: readonly string[];
}

export interface TemplatePreview {
  sheet: string;
  /** The selected row (1-based). */
  row: number;
  plan: TemplatePlan;
}

/** Where templates would go for the current selection, and what they would hold. Reads only. */
export async function previewProjectTemplate(port: WorkbookPort, opts: TemplateActionOptions = {}): Promise<ActionResult<TemplatePreview>> {
  const rules = opts.rules ?? DEFAULT_RULES;
  return guard(async () => {
    const sel = await port.getSelection();
    if (isOwnSheet(sel.sheet)) return { ok: false, code: "own-sheet", detail: sel.sheet };
    if (sel.merged) return { ok: false, code: "selection-merged", detail: sel.sheet };
    const table = await readTable(port, rules, sel.sheet);
    if (!table.ok) return table;
    const plan = planTemplate(table.value.grid, table.value.parsed, sel.row, {
      count: opts.count ?? 1,
      categories: opts.categories ?? DEFAULT_TEMPLATE_CATEGORIES,
      framework: rules.framework,
    });
    if (!plan.ok) return { ok: false, code: plan.code, detail: sel.sheet };
    return { ok: true, value: { sheet: sel.sheet, row: sel.row, plan: plan.value } };
  });
}

export interface InsertedTemplate {
  sheet: string;
  kind: TemplateKind;
  firstRow: number;
  lastRow: number;
  unit: string | null;
}

/** 插入项目模板: whole rows at the planned place, in one port call (all or nothing). */
export async function insertProjectTemplate(port: WorkbookPort, opts: TemplateActionOptions = {}): Promise<ActionResult<InsertedTemplate>> {
  const pre = await previewProjectTemplate(port, opts);
  if (!pre.ok) return pre;
  const { sheet, plan } = pre.value;
  return guard(async () => {
    await port.insertRows(sheet, plan.beforeRow, plan.rows);
    await shiftStoredReview(port, sheet, plan.beforeRow, plan.rows.length);
    // Put the cursor on the first new row, where the clerk types next; a failure here changes nothing written.
    await port.select(sheet, `A${plan.beforeRow}`).catch(() => undefined);
    return { ok: true, value: { sheet, kind: plan.kind, firstRow: plan.beforeRow, lastRow: plan.beforeRow + plan.rows.length - 1, unit: plan.unit } };
  });
}

/**
 * The review follows the rows it is about: acceptances and verdicts below the inserted rows move down with them.
 * Unreadable review state is left as it is (never saved over); the rows are in, so this never fails the insert.
 */
async function shiftStoredReview(port: WorkbookPort, sheet: string, beforeRow: number, count: number): Promise<void> {
  const stored = parseReviewState(await port.getSetting(REVIEW_SETTING_KEY).catch(() => null));
  const review = stored.ok ? stored.state.sheets[sheet] : undefined;
  if (!stored.ok || !review) return;
  const next = { ...stored.state, sheets: { ...stored.state.sheets, [sheet]: shiftReview(review, beforeRow, count) } };
  await port.setSetting(REVIEW_SETTING_KEY, reviewToJson(next)).catch(() => undefined);
}

/** The SUM offer for the active sheet: which totals would become which formulas. Reads only. */
export async function planSubtotalFormulas(port: WorkbookPort, opts: ActionOptions & { sheet?: string } = {}): Promise<ActionResult<SumPlan>> {
  const rules = opts.rules ?? DEFAULT_RULES;
  return guard(async () => {
    const sheet = opts.sheet ?? (await port.getSelection()).sheet;
    const table = await readTable(port, rules, sheet, { formulas: true });
    if (!table.ok) return table;
    if (table.value.parsed.layout !== "A") return { ok: false, code: "layout-unsupported", detail: sheet };
    return { ok: true, value: planSums(table.value.grid, table.value.parsed, table.value.formulas) };
  });
}

const sameValue = (a: CellValue, b: CellValue) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Write the confirmed entries (the pane may pass a subset). Refused when any listed cell no longer holds what the
 * dialog showed: the user confirmed a before/after, not whatever is there now.
 */
export async function applySubtotalFormulas(port: WorkbookPort, plan: SumPlan, entries: readonly SumEntry[] = plan.entries): Promise<ActionResult<{ written: number }>> {
  return guard(async () => {
    if (!entries.length) return { ok: true, value: { written: 0 } };
    const values = await port.readSheet(plan.sheet);
    const formulas = await port.readFormulas(plan.sheet);
    for (const e of entries) {
      const now = values.rows[e.row - 1]?.[columnIndex(e.address.replace(/\d+$/, ""))] ?? null;
      const f = formulas[e.address] ?? null;
      const unchanged = e.currentFormula === null ? f === null && sameValue(now, e.current) : sameFormula(f, e.currentFormula);
      if (!unchanged) return { ok: false, code: "sheet-changed", detail: e.address };
    }
    await port.writeCells(plan.sheet, entries.map((e) => ({ address: e.address, value: { formula: e.formula } })));
    return { ok: true, value: { written: entries.length } };
  });
}
