/**
 * The three things a user does, over any WorkbookPort: 拆分指标, 一键校验, 清除标记.
 * Host-agnostic: the task pane, the ribbon commands (Excel and WPS) and the web page all call these.
 * Bad input comes back as `{ok:false, code}`; port failures (protected sheet…) come back the same way.
 */
import { applyReview, checkSheet, DEFAULT_RULES, DETAIL_SHEET, DETAIL_TEXT_COLUMNS, DETAIL_WIDTHS, detailSheetRows, Finding, Grid, highlightsFor, parseReviewState, parseSheet, RESULT_SHEET, RESULT_TEXT_COLUMNS, RESULT_WIDTHS, resultRows, REVIEW_SETTING_KEY, REVIEW_SHEET, ReviewSplit, ReviewState, RuleSet, SheetParse, SheetReview, summarize } from "../core";
import { Locale, findingMessage } from "../i18n";
import { PortError, PortErrorCode, WorkbookPort } from "../hosts/workbook.port";

export type ActionErrorCode =
  | "sheet-empty" | "not-a-target-table" | "own-sheet" | PortErrorCode
  // review (review-actions.ts)
  | "review-unreadable" | "reason-required" | "unknown-project" | "comment-too-long";

export type ActionResult<T> = { ok: true; value: T } | { ok: false; code: ActionErrorCode; detail?: string };

export interface ActionOptions {
  rules?: RuleSet;
  locale?: Locale;
}

export interface CheckOptions extends ActionOptions {
  activateResult?: boolean;
  /** Check this sheet instead of the active one (the pane re-checks the shown table after a review change). */
  sheet?: string;
}

const OWN_SHEETS = [DETAIL_SHEET, RESULT_SHEET, REVIEW_SHEET];

function isOwnOutput(name: string): boolean {
  return OWN_SHEETS.some((s) => name === s || name.startsWith(`${s} (`));
}

export async function guarded<T>(run: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof PortError) return { ok: false, code: e.code, detail: e.message };
    throw e;
  }
}

export interface ReadSheet {
  parsed: SheetParse;
  /** The sheet as read, for review fingerprints (the values findings were computed from). */
  grid: Grid;
}

/** Read and parse the active sheet, or a named one (refusing our own output sheets, which are not target tables). */
export async function readTable(port: WorkbookPort, rules: RuleSet, name?: string): Promise<ActionResult<ReadSheet>> {
  const sheet = name === undefined ? await port.readActiveSheet() : await port.readSheet(name);
  if (isOwnOutput(sheet.name)) return { ok: false, code: "own-sheet", detail: sheet.name };
  const grid: Grid = { name: sheet.name, rows: sheet.rows };
  const r = parseSheet(grid, { framework: rules.framework, placeholders: rules.placeholders });
  return r.ok ? { ok: true, value: { parsed: r.value, grid } } : { ok: false, code: r.code, detail: r.sheet };
}

async function readActive(port: WorkbookPort, rules: RuleSet): Promise<ActionResult<SheetParse>> {
  const r = await readTable(port, rules);
  return r.ok ? { ok: true, value: r.value.parsed } : r;
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
export async function splitIndicators(port: WorkbookPort, opts: ActionOptions = {}): Promise<ActionResult<SplitResult>> {
  const rules = opts.rules ?? DEFAULT_RULES;
  return guarded(async () => {
    const parsed = await readActive(port, rules);
    if (!parsed.ok) return parsed;
    const p = parsed.value;
    const findings = checkSheet(p, rules);
    const rows = detailSheetRows(p, findings, (f) => findingMessage(f, opts.locale));
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
  rules: { name: string; version: string };
}

/** 一键校验: clear our old marks, colour the cells of the open findings, write (or refresh) 校验结果. */
export async function runCheck(port: WorkbookPort, opts: CheckOptions = {}): Promise<ActionResult<CheckResult>> {
  const rules = opts.rules ?? DEFAULT_RULES;
  return guarded(async () => {
    const read = await readTable(port, rules, opts.sheet);
    if (!read.ok) return read;
    const { parsed: p, grid } = read.value;
    const findings = checkSheet(p, rules);
    const stored = await readReviewState(port);
    const review = applyReview(findings, stored.state.sheets[p.sheet], grid);
    const marks = highlightsFor(review.open);
    await port.clearHighlights(p.sheet);
    let resultSheet: string;
    try {
      await port.highlight(p.sheet, marks.map(({ address, color }) => ({ address, color })));
      resultSheet = await port.refreshOwnedSheet({
        name: RESULT_SHEET,
        rows: resultRows(p.sheet, review, (f) => findingMessage(f, opts.locale), rules),
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
    return {
      ok: true,
      value: {
        source: p.sheet, resultSheet, findings, review, sheetReview: stored.problem ? undefined : stored.state.sheets[p.sheet], ...(stored.problem ? { reviewProblem: stored.problem } : {}),
        summary: summarize(review.open), highlighted: marks.length, parsed: p, grid, rules: { name: rules.name, version: rules.version },
      },
    };
  });
}

/** 清除标记: restore every fill we changed, exactly. */
export async function clearMarks(port: WorkbookPort): Promise<ActionResult<{ restored: number }>> {
  return guarded(async () => ({ ok: true, value: { restored: await port.clearHighlights() } }));
}
