/**
 * A check together with the sheet's stored review (verdicts), and the refresh after a review or rule-set change:
 * 一键校验 again on the sheet that was checked — even when the active sheet is now 审核意见 or another table — so
 * marks and 校验结果 follow the change.
 */
import { ActionResult, CheckResult, runCheck } from "../../actions/actions";
import type { SheetReview } from "../../core/review";
import type { RuleSet } from "../../core/rules";
import type { Locale } from "../../i18n";
import type { WorkbookPort } from "../../hosts/workbook.port";

export interface Checked {
  check: CheckResult;
  /** The checked sheet's review as stored (verdicts); undefined when there is none or it cannot be read. */
  review: SheetReview | undefined;
}

interface Opts {
  rules: RuleSet;
  locale: Locale;
}

const checked = (r: ActionResult<CheckResult>): ActionResult<Checked> => (r.ok ? { ok: true, value: { check: r.value, review: r.value.sheetReview } } : r);

/** 一键校验 on the active sheet, and its review. */
export async function checkActive(port: WorkbookPort, opts: Opts): Promise<ActionResult<Checked>> {
  return checked(await runCheck(port, opts));
}

/** The shown check again, after the review (or the rule set) changed. */
export async function refreshChecked(port: WorkbookPort, prev: CheckResult, opts: Opts): Promise<ActionResult<Checked>> {
  return checked(await runCheck(port, { ...opts, sheet: prev.source }));
}
