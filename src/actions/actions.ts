/**
 * The three things a user does, over any WorkbookPort: 拆分指标, 一键校验, 清除标记.
 * Host-agnostic: the task pane, the ribbon commands (Excel and WPS), the web page and the CLI all call these.
 */
import {
  DEFAULT_RULES, DETAIL_SHEET, DETAIL_TEXT_COLUMNS, DETAIL_WIDTHS, RESULT_SHEET, RESULT_TEXT_COLUMNS, RESULT_WIDTHS,
  REVIEW_SETTING_KEY, applyReview, checkSheet, detailSheetRows, highlightsFor, parseReviewState, resultRows, summarize,
  type Finding, type Grid, type ReviewSplit, type ReviewState, type SheetParse, type SheetReview, type RuleSet,
} from "../core";
import type { WorkbookPort } from "../hosts/workbook.port";
import { replaceMarks } from "./marks";
import { readTable } from "./read-table";
import { ActionOptions, ActionResult, CANCELLED, FindingMessage, Writes, guard, startWriting } from "./result";

export interface CheckOptions extends ActionOptions {
  activateResult?: boolean;
  /** Check this sheet instead of the active one (the pane re-checks the shown table after a review change). */
  sheet?: string;
  /** 校验结果's 类别 for a finding, in words (src/i18n findingKinds); the finding's code when absent. */
  kind?: FindingMessage;
}

/** The workbook's review state; unreadable state is reported, and then never overwritten by a later save. */
export async function readReviewState(port: WorkbookPort): Promise<{ state: ReviewState; problem?: "malformed-json" | "invalid" }> {
  const r = parseReviewState(await port.getSetting(REVIEW_SETTING_KEY));
  return r.ok ? { state: r.state } : { state: r.state, problem: r.problem };
}

export interface SplitResult {
  sheet: string;
  source: string;
  indicators: number;
  projects: number;
  parsed: SheetParse;
}

/** 拆分指标: one row per indicator on a new 指标明细 sheet (never overwriting one). */
export async function splitIndicators(port: WorkbookPort, opts: Writes): Promise<ActionResult<SplitResult>> {
  const rules = opts.rules ?? DEFAULT_RULES;
  return guard(async () => {
    const read = await readTable(port, rules, undefined, opts);
    if (!read.ok) return read;
    const p = read.value.parsed;
    const rows = detailSheetRows(p, checkSheet(p, rules), opts.message);
    if (!(await startWriting(opts))) return CANCELLED;
    const sheet = await port.addSheet({ name: DETAIL_SHEET, rows, textColumns: DETAIL_TEXT_COLUMNS, header: true, widths: DETAIL_WIDTHS, activate: true });
    return { ok: true, value: { sheet, source: p.sheet, indicators: p.indicators.length, projects: p.projects.length, parsed: p } };
  });
}

export interface CheckResult {
  source: string;
  resultSheet: string;
  /** Every finding of this run; `review` says which are accepted. */
  findings: Finding[];
  review: ReviewSplit;
  /** The sheet's stored review (verdicts included); undefined when there is none or it cannot be read. */
  sheetReview: SheetReview | undefined;
  /** Unreadable review state in the workbook: nothing counts as accepted, and the pane says so. */
  reviewProblem?: "malformed-json" | "invalid";
  /** Counts of the open findings (accepted ones are reported apart). */
  summary: { errors: number; warnings: number; infos: number };
  highlighted: number;
  parsed: SheetParse;
  grid: Grid;
  rules: { name: string; version: string; dimensions?: RuleSet["dimensions"] };
}

/** 一键校验: clear our old marks, colour the cells of the open findings, write (or refresh) 校验结果. */
export async function runCheck(port: WorkbookPort, opts: Writes<CheckOptions>): Promise<ActionResult<CheckResult>> {
  const rules = opts.rules ?? DEFAULT_RULES;
  return guard(async () => {
    const read = await readTable(port, rules, opts.sheet, opts);
    if (!read.ok) return read;
    const { parsed: p, grid } = read.value;
    const findings = checkSheet(p, rules);
    const stored = await readReviewState(port);
    const review = applyReview(findings, stored.state.sheets[p.sheet], grid);
    const marks = highlightsFor(review.open);
    const rows = resultRows(p.sheet, review, opts.message, rules, opts.kind);
    if (!(await startWriting(opts))) return CANCELLED;
    const resultSheet = await replaceMarks(port, p.sheet, marks.map(({ address, color }) => ({ address, color })), {
      name: RESULT_SHEET,
      rows,
      textColumns: RESULT_TEXT_COLUMNS,
      header: true,
      widths: RESULT_WIDTHS,
      activate: opts.activateResult ?? false,
    });
    return {
      ok: true,
      value: {
        source: p.sheet, resultSheet, findings, review, sheetReview: stored.problem ? undefined : stored.state.sheets[p.sheet], ...(stored.problem ? { reviewProblem: stored.problem } : {}),
        summary: summarize(review.open), highlighted: marks.length, parsed: p, grid, rules: { name: rules.name, version: rules.version, ...(rules.dimensions ? { dimensions: rules.dimensions } : {}) },
      },
    };
  });
}

/** 清除标记: restore every fill we changed, exactly. */
export async function clearMarks(port: WorkbookPort): Promise<ActionResult<{ restored: number }>> {
  return guard(async () => ({ ok: true, value: { restored: await port.clearHighlights() } }));
}
