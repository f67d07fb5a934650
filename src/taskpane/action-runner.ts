/**
 * The pane's long actions, as one seam: by default they run here over the port; the web page runs them inside
 * its workbook host (a worker), beside the workbook, so reading, working out and writing a big table never holds
 * the page's thread (issue 19 item 1). Same functions; the results are as the pane shows them (actions/shown.ts),
 * so a runner elsewhere need not copy what the pane never reads.
 * `locale` lets a runner elsewhere rebuild the message functions (`message`, `kind`, `label`) in that language.
 */
import { CheckOptions, runCheck, splitIndicators } from "../actions/actions";
import { CompareOptions, compareSheets } from "../actions/compare-actions";
import type { ActionResult, Writes } from "../actions/result";
import { ReviewSheetResult, writeReviewSheet } from "../actions/review-actions";
import { ShownCheck, ShownCompare, ShownSplit, shownCheck } from "../actions/shown";
import { MadeSelfEvaluation, SelfEvaluationActionOptions, makeSelfEvaluation } from "../actions/selfeval-actions";
import type { WorkbookPort } from "../hosts/workbook.port";
import type { Locale } from "../i18n";

export type ReviewSheetOptions = Parameters<typeof writeReviewSheet>[3];

export interface ActionRunner {
  split(port: WorkbookPort, opts: Writes, locale: Locale): Promise<ActionResult<ShownSplit>>;
  check(port: WorkbookPort, opts: Writes<CheckOptions>, locale: Locale): Promise<ActionResult<ShownCheck>>;
  compare(port: WorkbookPort, opts: CompareOptions, locale: Locale): Promise<ActionResult<ShownCompare>>;
  selfEval(port: WorkbookPort, opts: SelfEvaluationActionOptions, locale: Locale): Promise<ActionResult<MadeSelfEvaluation>>;
  reviewSheet(port: WorkbookPort, sheet: string | undefined, meta: { date: string; reviewer?: string }, opts: ReviewSheetOptions, locale: Locale): Promise<ActionResult<ReviewSheetResult>>;
}

export const directActions: ActionRunner = {
  split: (port, opts) => splitIndicators(port, opts),
  check: async (port, opts) => {
    const r = await runCheck(port, opts);
    return r.ok ? { ok: true, value: shownCheck(r.value) } : r;
  },
  compare: (port, opts) => compareSheets(port, opts),
  selfEval: (port, opts) => makeSelfEvaluation(port, opts),
  reviewSheet: (port, sheet, meta, opts) => writeReviewSheet(port, sheet, meta, opts),
};
