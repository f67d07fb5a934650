/**
 * The pane's long actions, as one seam: by default they run here over the port; the web page runs them inside
 * its workbook host (a worker), beside the workbook, so reading, working out and writing a big table never holds
 * the page's thread (issue 19 item 1). Same functions, same results: only where they run differs.
 * `locale` lets a runner elsewhere rebuild the message functions (`message`, `kind`, `label`) in that language.
 */
import { CheckOptions, CheckResult, SplitResult, runCheck, splitIndicators } from "../actions/actions";
import { CompareOptions, CompareResult, compareSheets } from "../actions/compare-actions";
import type { ActionResult, Writes } from "../actions/result";
import { ReviewSheetResult, writeReviewSheet } from "../actions/review-actions";
import { MadeSelfEvaluation, SelfEvaluationActionOptions, makeSelfEvaluation } from "../actions/selfeval-actions";
import type { WorkbookPort } from "../hosts/workbook.port";
import type { Locale } from "../i18n";

export type ReviewSheetOptions = Parameters<typeof writeReviewSheet>[3];

export interface ActionRunner {
  split(port: WorkbookPort, opts: Writes, locale: Locale): Promise<ActionResult<SplitResult>>;
  check(port: WorkbookPort, opts: Writes<CheckOptions>, locale: Locale): Promise<ActionResult<CheckResult>>;
  compare(port: WorkbookPort, opts: CompareOptions, locale: Locale): Promise<ActionResult<CompareResult>>;
  selfEval(port: WorkbookPort, opts: SelfEvaluationActionOptions, locale: Locale): Promise<ActionResult<MadeSelfEvaluation>>;
  reviewSheet(port: WorkbookPort, sheet: string | undefined, meta: { date: string; reviewer?: string }, opts: ReviewSheetOptions, locale: Locale): Promise<ActionResult<ReviewSheetResult>>;
}

export const directActions: ActionRunner = {
  split: (port, opts) => splitIndicators(port, opts),
  check: (port, opts) => runCheck(port, opts),
  compare: (port, opts) => compareSheets(port, opts),
  selfEval: (port, opts) => makeSelfEvaluation(port, opts),
  reviewSheet: (port, sheet, meta, opts) => writeReviewSheet(port, sheet, meta, opts),
};
