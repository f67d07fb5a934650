/**
 * The three things a user does, over any WorkbookPort: 拆分指标, 一键校验, 清除标记.
 * Host-agnostic: the task pane, the ribbon commands (Excel and WPS) and the web page all call these.
 * Bad input comes back as `{ok:false, code}`; port failures (protected sheet…) come back the same way.
 */
import { checkSheet } from "../core/checks";
import { Finding, summarize } from "../core/findings";
import { SheetParse } from "../core/model";
import {
  DETAIL_SHEET, DETAIL_TEXT_COLUMNS, DETAIL_WIDTHS, RESULT_SHEET, RESULT_TEXT_COLUMNS, RESULT_WIDTHS,
  detailRows, highlightsFor, resultRows,
} from "../core/output-sheets";
import { DEFAULT_RULES, RuleSet } from "../core/rules";
import { parseSheet } from "../core/sheet-parser";
import { Locale, findingMessage } from "../i18n";
import { PortError, PortErrorCode, WorkbookPort } from "../hosts/workbook.port";

export type ActionErrorCode = "sheet-empty" | "not-a-target-table" | "own-sheet" | PortErrorCode;

export type ActionResult<T> = { ok: true; value: T } | { ok: false; code: ActionErrorCode; detail?: string };

export interface ActionOptions {
  rules?: RuleSet;
  locale?: Locale;
}

const OWN_SHEETS = [DETAIL_SHEET, RESULT_SHEET];

function isOwnOutput(name: string): boolean {
  return OWN_SHEETS.some((s) => name === s || name.startsWith(`${s} (`));
}

async function guarded<T>(run: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof PortError) return { ok: false, code: e.code, detail: e.message };
    throw e;
  }
}

/** Read and parse the active sheet (refusing our own output sheets, which are not target tables). */
async function readActive(port: WorkbookPort, rules: RuleSet): Promise<ActionResult<SheetParse>> {
  const sheet = await port.readActiveSheet();
  if (isOwnOutput(sheet.name)) return { ok: false, code: "own-sheet", detail: sheet.name };
  const r = parseSheet({ name: sheet.name, rows: sheet.rows }, { framework: rules.framework, placeholders: rules.placeholders });
  return r.ok ? { ok: true, value: r.value } : { ok: false, code: r.code, detail: r.sheet };
}

export interface SplitResult {
  sheet: string;
  source: string;
  indicators: number;
  projects: number;
  parsed: SheetParse;
}

/** 拆分指标: one row per indicator on a new 指标明细 sheet (never overwriting one). */
export async function splitIndicators(port: WorkbookPort, opts: ActionOptions = {}): Promise<ActionResult<SplitResult>> {
  const rules = opts.rules ?? DEFAULT_RULES;
  return guarded(async () => {
    const parsed = await readActive(port, rules);
    if (!parsed.ok) return parsed;
    const p = parsed.value;
    const findings = checkSheet(p, rules);
    const rows = detailRows(p, findings, (f) => findingMessage(f, opts.locale));
    const sheet = await port.addSheet({ name: DETAIL_SHEET, rows, textColumns: DETAIL_TEXT_COLUMNS, header: true, widths: DETAIL_WIDTHS, activate: true });
    return { ok: true, value: { sheet, source: p.sheet, indicators: p.indicators.length, projects: p.projects.length, parsed: p } };
  });
}

export interface CheckResult {
  source: string;
  resultSheet: string;
  findings: Finding[];
  summary: { errors: number; warnings: number; infos: number };
  highlighted: number;
  parsed: SheetParse;
}

/** 一键校验: clear our old marks, colour the cells of the findings, write (or refresh) 校验结果. */
export async function runCheck(port: WorkbookPort, opts: ActionOptions & { activateResult?: boolean } = {}): Promise<ActionResult<CheckResult>> {
  const rules = opts.rules ?? DEFAULT_RULES;
  return guarded(async () => {
    const parsed = await readActive(port, rules);
    if (!parsed.ok) return parsed;
    const p = parsed.value;
    const findings = checkSheet(p, rules);
    const marks = highlightsFor(findings);
    await port.clearHighlights(p.sheet);
    let resultSheet: string;
    try {
      await port.highlight(p.sheet, marks.map(({ address, color }) => ({ address, color })));
      resultSheet = await port.refreshOwnedSheet({
        name: RESULT_SHEET,
        rows: resultRows(p.sheet, findings, (f) => findingMessage(f, opts.locale)),
        textColumns: RESULT_TEXT_COLUMNS,
        header: true,
        widths: RESULT_WIDTHS,
        activate: opts.activateResult ?? false,
      });
    } catch (e) {
      // No colours without their 校验结果: take the new marks back off, then report the failure.
      await port.clearHighlights(p.sheet).catch(() => 0);
      throw e;
    }
    return { ok: true, value: { source: p.sheet, resultSheet, findings, summary: summarize(findings), highlighted: marks.length, parsed: p } };
  });
}

/** 清除标记: restore every fill we changed, exactly. */
export async function clearMarks(port: WorkbookPort): Promise<ActionResult<{ restored: number }>> {
  return guarded(async () => ({ ok: true, value: { restored: await port.clearHighlights() } }));
}
